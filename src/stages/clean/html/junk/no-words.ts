// Drops blocks with no letter or digit (separators, zero-width spaces, lone punctuation).
// It does not judge short blocks that do hold words.
import { perBlock } from "./rule.js";

export const noWords = perBlock("no-words", (block) => block.words === 0);
