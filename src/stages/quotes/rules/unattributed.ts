// Rule "unattributed": the last resort for a quotation no other rule attributes (a scare quote, a slogan, a
// title): it keeps the quotation with speaker null rather than guess. It never finds a speaker.
import type { AttributionRule } from "../types.js";

export const unattributed: AttributionRule = {
  name: "unattributed",
  attribute: () => ({ speaker: null }),
};
