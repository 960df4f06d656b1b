// The shape of a junk rule over the text blocks of an article, and the block features rules share.
// It holds no rule itself; each rule lives in its own file in this folder.
import type { TextBlock } from "../blocks.js";

export interface Block extends TextBlock {
  /** Words; a run of CJK characters counts one word per two characters. */
  words: number;
  /** Share of non-space characters inside links (0–1). */
  linkDensity: number;
  /** Position in the article, 0-based. */
  index: number;
}

export interface PageInfo {
  /** Title candidates (Readability's, og:title, <title>, first <h1>), normalised with `normalizeForMatch`. */
  titles: ReadonlySet<string>;
  /** The page's own addresses (given URL, canonical, og:url), normalised with `normalizeUrl`. */
  urls: ReadonlySet<string>;
}

export interface JunkRule {
  /** Kebab-case name, used by the dev script to switch a rule off. */
  readonly name: string;
  /** Indices of the blocks the rule finds to be junk. */
  find(blocks: readonly Block[], page: PageInfo): Iterable<number>;
}

/** One rule per block, for rules that need no neighbours. */
export function perBlock(name: string, isJunk: (block: Block, blocks: readonly Block[], page: PageInfo) => boolean): JunkRule {
  return {
    name,
    *find(blocks, page) {
      for (const block of blocks) if (isJunk(block, blocks, page)) yield block.index;
    },
  };
}

const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** Lower-cased letters and digits only, single-spaced: the form titles are compared in. */
export function normalizeForMatch(text: string): string {
  return text.toLowerCase().replace(NON_WORD, " ").trim();
}

/** A URL without scheme, "www.", query, fragment and trailing slash, lower-cased. */
export function normalizeUrl(url: string): string {
  return url.trim().toLowerCase().replace(/^[a-z]+:\/\//, "").replace(/^www\./, "").replace(/[?#].*$/, "").replace(/\/+$/, "");
}
