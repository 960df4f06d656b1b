// Word tokens with their offsets, the unit the actor gazetteer matches on. Splits at hyphens and
// apostrophes ("China-Russia", "Russia's") but keeps dotted abbreviations whole ("U.S.", "U.N.").
export interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /\p{Lu}(?:\.\p{Lu})+\.?|[\p{L}\p{N}]+/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    tokens.push({ text: match[0], start: offset + match.index, end: offset + match.index + match[0].length });
  }
  return tokens;
}
