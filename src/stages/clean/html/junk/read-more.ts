// Drops "Related: …", "Read more: …", "See also …", "Tags: …" lines (links to other pages set
// in the text), in several languages, and all-capitals linked promos. It does not drop plain sentences.
import { perBlock } from "./rule.js";

/** A lead-in line is a link to elsewhere when at least this share of it is link text. */
const LEAD_LINK_DENSITY = 0.3;
/** Without links, a lead-in line this short still reads as a pointer, not a paragraph. */
const MAX_UNLINKED_LEAD_WORDS = 20;
const MAX_LEAD_WORDS = 45;
/** An all-capitals block that is mostly link text is a promo ("GET THE APP BY CLICKING HERE"). */
const CAPS_LINK_DENSITY = 0.75;

const LEAD =
  /^[\s[(]*(related( stories| articles| content| coverage| reading| video| news| links?)?|read (more|also|next|this|the full)|more( on| from| about)?( this( story)?)?|see (also|more)|also (read|see|on|in|watch)|don'?t miss|must read|recommended( reading)?|trending|popular|most read|watch( now| more)?|listen|click here|previously|further reading|tags?|tagged( with)?|filed under|topics?|lesen sie (auch|mehr)|mehr zum thema|auch interessant|das könnte sie (auch )?interessieren|lire (aussi|la suite|plus)|à lire (aussi|également)|voir aussi|leia (também|mais)|veja (também|mais)|saiba mais|leer más|lee (también|más)|ver (también|más)|te puede interesar|relacionad[oa]s?|leggi (anche|tutto)|potrebbe interessarti|lees (ook|meer)|читайте (также|еще)|смотрите также|по теме)\b\s*[:：|\-–—»>]?/i;

/** The lead phrase ends in a label separator ("Read more:", "Related »"). */
const LEAD_SEPARATOR = /[:：|»>–—-]\s*$/;
/** A few words may sit between the lead and its separator ("More AP NBA: …"), but no comma or clause. */
const LABEL_TAIL = /^\s*([\p{L}\p{N}'’&.-]+\s*){0,3}[:：|»>]/u;
const NON_WORD = /[^\p{L}\p{N}]/gu;
const NON_LETTER = /[^\p{L}]/gu;
const NON_UPPER = /[^\p{Lu}]/gu;
/** An all-capitals block has at least this share of capitals among at least this many letters. */
const CAPS_SHARE = 0.9;
const MIN_CAPS_LETTERS = 10;

/** A lead-in standing alone ("DON'T MISS") labels the linked block after it. */
const MAX_LABEL_WORDS = 4;
const LABEL_NEXT_LINK_DENSITY = 0.5;

export const readMore = perBlock("read-more", (block, blocks) => {
  const previous = blocks[block.index - 1];
  if (previous && block.linkDensity >= LABEL_NEXT_LINK_DENSITY && previous.words <= MAX_LABEL_WORDS && isLabelOnly(previous.text)) return true;
  if (block.words <= MAX_LABEL_WORDS && isLabelOnly(block.text)) {
    const next = blocks[block.index + 1];
    if (!next || next.linkDensity >= LABEL_NEXT_LINK_DENSITY) return true;
  }
  if (block.words > MAX_LEAD_WORDS) return false;
  const lead = LEAD.exec(block.text);
  if (lead) {
    if (block.linkDensity >= LEAD_LINK_DENSITY) return true;
    // Unlinked, only the label form counts ("Read more: …"), not a sentence ("Previously, the council…").
    const isLabel = LEAD_SEPARATOR.test(lead[0]) || LABEL_TAIL.test(block.text.slice(lead[0].length));
    return isLabel && block.words <= MAX_UNLINKED_LEAD_WORDS;
  }
  return block.linkDensity >= CAPS_LINK_DENSITY && block.words >= 3 && isAllCaps(block.text);
});

function isAllCaps(text: string): boolean {
  const letters = text.replace(NON_LETTER, "");
  if (letters.length < MIN_CAPS_LETTERS) return false;
  return letters.replace(NON_UPPER, "").length / letters.length >= CAPS_SHARE;
}

/** True when nothing follows the lead phrase but punctuation ("Related stories:", "DON'T MISS"). */
function isLabelOnly(text: string): boolean {
  return LEAD.test(text) && text.replace(LEAD, "").replace(NON_WORD, "") === "";
}
