// Drops lists and runs of blocks that are wholly links: "related stories", "most read" and menus.
// It does not drop a lone linked line or short lists (deal pages link every product).
import type { DomElement } from "../dom.js";
import type { Block, JunkRule } from "./rule.js";

/** A block at or above this link density is a link, not text. */
const LINK_BLOCK_DENSITY = 0.75;
/** A list needs this many items for a links-only list to be taken as navigation (deal posts list two shops). */
const MIN_LIST_ITEMS = 3;
/** Share of a list's items that must be links. */
const LINK_ITEM_SHARE = 0.8;
/** Non-list blocks: this many linked headlines in a row make a "more stories" rail. */
const MIN_RUN = 3;
/** Linked blocks longer than this are teasers with text, judged by other rules. */
const MAX_LINK_BLOCK_WORDS = 30;

function isLinkBlock(block: Block): boolean {
  return block.linkDensity >= LINK_BLOCK_DENSITY && block.words <= MAX_LINK_BLOCK_WORDS;
}

export const linkLists: JunkRule = {
  name: "link-lists",
  *find(blocks) {
    const lists = new Map<DomElement, Block[]>();
    for (const block of blocks) {
      if (block.tag !== "li") continue;
      const list = block.element.parentElement;
      if (!list) continue;
      const items = lists.get(list);
      if (items) items.push(block);
      else lists.set(list, [block]);
    }
    for (const items of lists.values()) {
      if (items.length < MIN_LIST_ITEMS) continue;
      const linked = items.filter(isLinkBlock).length;
      if (linked / items.length >= LINK_ITEM_SHARE) for (const item of items) yield item.index;
    }
    let run: Block[] = [];
    const flush = function* (): Generator<number> {
      if (run.length >= MIN_RUN) for (const block of run) yield block.index;
      run = [];
    };
    for (const block of blocks) {
      if (block.tag !== "li" && block.tag !== "td" && block.tag !== "th" && isLinkBlock(block)) run.push(block);
      else yield* flush();
    }
    yield* flush();
  },
};
