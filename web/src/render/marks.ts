// Text with <mark>ed ranges, built from text nodes: search snippets and figures inside sentences.
// Ranges are UTF-16 offsets into the given text; bad or overlapping ranges are clipped or merged.
import { h } from "../dom.js";

export function markRanges(text: string, ranges: readonly { start: number; end: number }[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const sorted = ranges
    .map((r) => ({ start: Math.max(0, Math.min(text.length, r.start)), end: Math.max(0, Math.min(text.length, r.end)) }))
    .filter((r) => r.start < r.end)
    .sort((a, b) => a.start - b.start);
  let at = 0;
  for (const range of sorted) {
    const start = Math.max(at, range.start);
    if (start >= range.end) continue;
    if (start > at) fragment.appendChild(document.createTextNode(text.slice(at, start)));
    fragment.appendChild(h("mark", {}, text.slice(start, range.end)));
    at = range.end;
  }
  if (at < text.length) fragment.appendChild(document.createTextNode(text.slice(at)));
  return fragment;
}

/** Marks the first occurrence of `needle` in `text` (nothing when it is not there). */
export function markFirst(text: string, needle: string): DocumentFragment {
  const at = needle ? text.indexOf(needle) : -1;
  return markRanges(text, at >= 0 ? [{ start: at, end: at + needle.length }] : []);
}
