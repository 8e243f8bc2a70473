/** What the site shows of a topic: the vocabulary entry without its matching rules. */
export interface TopicInfo {
  /** Kebab-case id, as used in paper frontmatter and topic URLs. */
  id: string;
  /** Human-readable name. */
  name: string;
  /** One-sentence description shown on the topic page. */
  description: string;
}
