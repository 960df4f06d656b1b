// Drops the author's contact line ("Email X at … or follow her @…") and the closing author bio
// ("X is a reporter who covers …"). It does not drop quoted e-mail addresses inside the story.
import { perBlock } from "./rule.js";

/** Contact lines are short; longer blocks with an address are usually part of the story. */
const MAX_CONTACT_WORDS = 40;
const MAX_BIO_WORDS = 90;
/** Bios close the article: only this many last blocks are checked. */
const BIO_TAIL_BLOCKS = 4;

const ADDRESS = /[\w.+-]+@[\w-]+\.[\w.]{2,}|(^|\s)@\w{2,}|\b(twitter|x|instagram|facebook)\.com\/\w+/;
const CONTACT_VERB = /\b(e-?mail|reach(ed)?|contact|follow|tweet|write to|tips?|dm)\b/i;
const BIO_SUBJECT = /^[\p{Lu}][\p{L}'’.-]+(\s[\p{Lu}][\p{L}'’.-]+){0,3}(\s\([^)]{1,60}\))?\s(is|was|has been|joined|covers|writes|reports)\b/u;
const BIO_ROLE = /\b(a|an|the|our)\s([\p{L}-]+\s){0,3}(writer|editor|reporter|journalist|correspondent|columnist|contributor|author|curator|producer|freelancer?|blogger|native)\b/iu;

export const contactOrBio = perBlock("contact-bio", (block, blocks) => {
  if (block.words <= MAX_CONTACT_WORDS && ADDRESS.test(block.text) && CONTACT_VERB.test(block.text)) return true;
  return block.index >= blocks.length - BIO_TAIL_BLOCKS && block.words <= MAX_BIO_WORDS && BIO_SUBJECT.test(block.text) && BIO_ROLE.test(block.text);
});
