// Drops photo captions and credits left in the text ("… (Photo: Getty Images)", "Credit: AP",
// "© Agency"). It does not drop paragraphs that only mention a photo agency in a sentence.
import { perBlock } from "./rule.js";

/** Captions are short; a longer block ending in a credit is rare and usually reporting. */
const MAX_CAPTION_WORDS = 60;

const AGENCIES = String.raw`getty( images)?|ap( photo)?|afp|reuters|epa|shutterstock|istock(photo)?|alamy|rex|pa( images| wire)?|xinhua|anadolu|bloomberg|nasa|wikimedia( commons)?|unsplash|pexels|flickr`;
/** Agencies that also end headlines ("…, says NASA") are left out of the bare, unbracketed form. */
const BARE_AGENCIES = String.raw`getty( images)?|ap( photo)?|afp|reuters|epa|shutterstock|istock(photo)?|alamy|pa( images| wire)?`;
const CREDIT_LABEL = String.raw`photo(graph)?s?|image|pic(ture)?|credit|source|courtesy|foto(s|grafia)?|imagem|imagen|bild|quelle|crédits?|crédito`;

const CREDIT_AT_END = new RegExp(String.raw`[(\[]\s*(${CREDIT_LABEL})(\s+credit)?(\s*[:/]|\s+by\s)[^)\]]{1,80}[)\]]\s*$|[(\[]\s*(${AGENCIES})\b[^)\]]{0,60}[)\]]\s*$|\b(${CREDIT_LABEL})(\s+credit)?\s*:\s*[^.!?]{1,80}$|\|\s*(${AGENCIES})\s*$|(\p{Ll}|[.)])\s*(${BARE_AGENCIES})\s*$`, "iu");
const CREDIT_AT_START = new RegExp(String.raw`^\s*((${CREDIT_LABEL})(\s+(credit|by))?\s*[:：]|©|\(c\)\s)`, "i");

const HEADING = /^h[1-6]$/;

/** Captions carry no links; a linked "[Bloomberg]" is a link roundup's source, not a credit. */
const MAX_CAPTION_LINK_DENSITY = 0.5;

export const captions = perBlock("captions", (block) => {
  if (block.linkDensity >= MAX_CAPTION_LINK_DENSITY) return false;
  if (block.words > MAX_CAPTION_WORDS || block.tag === "td" || block.tag === "th" || HEADING.test(block.tag)) return false;
  return CREDIT_AT_END.test(block.text) || CREDIT_AT_START.test(block.text);
});
