// Refiner: drops timexes on page-furniture lines ("© 2016 Caixin", "All rights reserved"), which date the
// page, not anything the article reports. It does not judge article sentences.
import { FURNITURE } from "../lexicon.js";
import type { Refiner } from "../types.js";

export const dropFurniture: Refiner = (ctx, candidates) =>
  candidates.filter((c) => {
    const lineStart = ctx.body.lastIndexOf("\n", c.start) + 1;
    const lineEnd = ctx.body.indexOf("\n", c.end);
    return !FURNITURE.test(ctx.body.slice(lineStart, lineEnd < 0 ? undefined : lineEnd));
  });
