// Drops a "You may also like" label that survived into the blocks, with what follows it in its container (../related-sections.ts does it in the DOM).
// It never cuts the article's main text container, where only the label goes.
import { isRelatedLabel, MAIN_CONTAINER_SHARE, MIN_WORDS_BEFORE } from "../related-sections.js";
import type { JunkRule } from "./rule.js";

/** Labels are short; a longer block that starts this way is a sentence. */
const MAX_LABEL_WORDS = 8;

export const relatedSection: JunkRule = {
  name: "related-section",
  *find(blocks) {
    let wordsBefore = 0;
    for (const label of blocks) {
      if (label.words > MAX_LABEL_WORDS || wordsBefore < MIN_WORDS_BEFORE || !isRelatedLabel(label.text)) {
        wordsBefore += label.words;
        continue;
      }
      yield label.index;
      const container = label.element.parentElement;
      if (!container) continue;
      let containerWordsBefore = 0;
      for (const block of blocks.slice(0, label.index)) if (container.contains(block.element)) containerWordsBefore += block.words;
      if (containerWordsBefore / wordsBefore < MAIN_CONTAINER_SHARE) {
        for (const block of blocks.slice(label.index + 1)) if (container.contains(block.element)) yield block.index;
      }
      wordsBefore += label.words;
    }
  },
};
