// Latin letters that do not decompose into a base letter and a combining mark.
const FOLDED: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŋ: 'n',
};

/**
 * The text lowercased with accents and ligatures folded to ASCII letters (`Fréchet` → `frechet`,
 * `Straße` → `strasse`): what slugs, citation keys and related-paper words are made of.
 * Lowercased after NFKD, which can turn caseless letters into capitals (𝐓𝐡𝐞 → The).
 */
export function foldLatin(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþıħŋ]/g, (letter) => FOLDED[letter] ?? letter);
}
