// Filters the text blocks of an article through the junk rules (junk/*.ts), then drops headings
// left with nothing under them. It does not touch the DOM; see prune-content.ts for that.
import { type TextBlock, linkDensity } from "./blocks.js";
import { boilerplate } from "./junk/boilerplate.js";
import { captions } from "./junk/captions.js";
import { contactOrBio } from "./junk/contact-bio.js";
import { dateOrByline } from "./junk/date-byline.js";
import { linkLists } from "./junk/link-lists.js";
import { noWords } from "./junk/no-words.js";
import { readMore } from "./junk/read-more.js";
import { relatedSection } from "./junk/related-section.js";
import type { Block, JunkRule, PageInfo } from "./junk/rule.js";
import { titleDuplicate } from "./junk/title-duplicate.js";

/** Every rule, in no particular order (each sees all blocks). The dev script may switch some off. */
export const JUNK_RULES: JunkRule[] = [noWords, titleDuplicate, dateOrByline, linkLists, readMore, relatedSection, boilerplate, captions, contactOrBio];

const HEADING = /^h([1-6])$/;
const WORD = /[\p{L}\p{N}]+/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

export function removeJunkBlocks(textBlocks: readonly TextBlock[], page: PageInfo): TextBlock[] {
  const blocks: Block[] = textBlocks.map((block, index) => ({ ...block, index, words: countWords(block.text), linkDensity: linkDensity(block) }));
  const junk = new Set<number>();
  for (const rule of JUNK_RULES) for (const index of rule.find(blocks, page)) junk.add(index);
  dropOrphanHeadings(blocks, junk);
  return textBlocks.filter((_, index) => !junk.has(index));
}

/** Words for spaced scripts; CJK runs count one word per two characters, about a word's length. */
export function countWords(text: string): number {
  let count = 0;
  for (const token of text.match(WORD) ?? []) count += CJK.test(token) ? Math.ceil(token.length / 2) : 1;
  return count;
}

/** A heading whose section lost every block ("Related stories" above a dropped list) goes too. */
function dropOrphanHeadings(blocks: readonly Block[], junk: Set<number>): void {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i];
    const level = block ? HEADING.exec(block.tag)?.[1] : undefined;
    if (!block || level === undefined || junk.has(i)) continue;
    let keptBody = false;
    let droppedBody = false;
    for (let j = i + 1; j < blocks.length; j++) {
      const next = blocks[j];
      if (!next) break;
      const nextLevel = HEADING.exec(next.tag)?.[1];
      if (nextLevel !== undefined && nextLevel <= level) break;
      if (junk.has(j)) droppedBody = true;
      else if (nextLevel === undefined) {
        keptBody = true;
        break;
      }
    }
    if (droppedBody && !keptBody) junk.add(i);
  }
}
