// How V8 runs the stages' regular expressions: compiled to machine code at their first use. It
// changes no match, only speed; the flag is global to the process, its worker threads included.
import { setFlagsFromString } from "node:v8";

/**
 * V8 first interprets a regular expression and compiles it only once it has run; the stages' large
 * patterns (the speaker grammar, the figures) now and then stay interpreted for a whole run (after a
 * full garbage collection, in some runs and not others), and then the pipeline took 40% more CPU:
 * 18.7 against 13.2 ms per generated article, quantities 3.7 against 0.9 ms, quotes 3.8 against 1.8.
 */
export function compileRegExpsAtFirstUse(): void {
  setFlagsFromString("--no-regexp-tier-up");
}
