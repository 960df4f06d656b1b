// timex: every temporal expression of the body as a TIMEX3 timex (type, value, offsets, provenance),
// resolved against the publication date. It does not infer that date: the pubdate stage does, before it.
import { defineComponent } from "../../pipeline/component.js";
import { findTimexes } from "./find-timexes.js";

export { findTimexes } from "./find-timexes.js";
export { pubdate } from "./pubdate.js";

export const timex = defineComponent({
  name: "timex",
  description: "temporal expressions resolved to TIMEX3 values against the publication date",
  requires: ["body", "meta"],
  assigns: ["timexes"],
  run(doc) {
    return { timexes: findTimexes(doc.body, doc.meta.published) };
  },
});
