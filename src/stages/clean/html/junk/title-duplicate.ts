// Drops blocks that repeat the page title or are the page's own URL (headline and print headers
// left in the content); the title is returned apart. It does not drop text that merely mentions the title.
import { normalizeForMatch, normalizeUrl, perBlock } from "./rule.js";

const URL_ONLY = /^(https?:\/\/)?[^\s/]+\.[^\s/]+\/\S*$/i;

export const titleDuplicate = perBlock("title-duplicate", (block, _blocks, page) => {
  if (page.titles.has(normalizeForMatch(block.text))) return true;
  return URL_ONLY.test(block.text) && page.urls.has(normalizeUrl(block.text));
});
