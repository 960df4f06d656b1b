// Lifts embedded posts (tweets, Instagram) out of "social"/"embed" wrappers Readability drops: the posts a story quotes are part of it.
// It does not render embeds that exist only as scripts or iframes.
import { type DomDocument, type DomElement } from "./dom.js";

const EMBED_SELECTOR = "blockquote.twitter-tweet, blockquote.twitter-video, blockquote.instagram-media, blockquote.tiktok-embed";
/** Class/id words of wrappers Readability or prune-content would remove with the post inside. */
const DROPPED_WRAPPER = /social|embed|widget|share|media|twitter|tweet|instagram|sponsor|promo|related|aside/i;
/** Wrappers are a few levels deep; further up is the article itself. */
const MAX_WRAPPER_DEPTH = 4;

export function liftEmbeds(document: DomDocument): void {
  const embeds = Array.from(document.querySelectorAll(EMBED_SELECTOR));
  for (const embed of embeds) {
    let outermost: DomElement | null = null;
    let node = embed.parentElement;
    for (let depth = 0; node && depth < MAX_WRAPPER_DEPTH; depth++, node = node.parentElement) {
      if (node.localName === "body" || node.localName === "article" || node.localName === "main") break;
      const names = `${node.getAttribute("class") ?? ""} ${node.getAttribute("id") ?? ""}`;
      if (DROPPED_WRAPPER.test(names)) outermost = node;
    }
    if (outermost) outermost.replaceWith(embed);
  }
}
