// Hosts where `/<owner>/<name>` is a repository.
const FORGES = new Set(['github.com', 'gitlab.com', 'codeberg.org', 'bitbucket.org', 'gitee.com']);
// Self-hosted forges are named for what they run: git.sr.ht, gitlab.inria.fr, gitea.example.org.
const FORGE_PREFIX = /^(?:git|gitlab|gitea|forgejo)\./;
// Hugging Face pages under these first segments are not repositories of code or models:
// papers (the paper itself), datasets (data), and the site's own sections.
const HUGGING_FACE_PAGES = new Set([
  'papers',
  'datasets',
  'docs',
  'blog',
  'collections',
  'posts',
  'learn',
  'tasks',
  'models',
  'organizations',
  'settings',
  'join',
  'login',
  'pricing',
]);

/**
 * Whether `url` names a code repository: `/<owner>/<name>` (or deeper) on GitHub, GitLab,
 * Codeberg, Bitbucket or Gitee; a Hugging Face model or Space; a SourceForge project; any
 * path on a self-hosted forge (`git.*`, `gitlab.*`, `gitea.*`, `forgejo.*`). A paper (arXiv,
 * DOI, OpenReview, Hugging Face's paper pages), a project page (`*.github.io`) or a forge's
 * bare owner page is not one: a code link must lead to code.
 */
export function isRepositoryUrl(url: string): boolean {
  const parsed = URL.parse(url);
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) return false;
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const segments = parsed.pathname.split('/').filter((segment) => segment !== '');
  const [first = ''] = segments;
  if (FORGES.has(host)) return segments.length >= 2;
  if (host === 'huggingface.co' || host === 'hf.co') {
    return first === 'spaces' ? segments.length >= 3 : segments.length >= 2 && !HUGGING_FACE_PAGES.has(first);
  }
  if (host === 'sourceforge.net') return (first === 'projects' || first === 'p') && segments.length >= 2;
  return FORGE_PREFIX.test(host) && segments.length >= 1;
}
