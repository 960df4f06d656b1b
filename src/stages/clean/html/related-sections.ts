// Marks "You may also like" / "Trending" / "Leia também" sections by their label before Readability (which drops the label, not the teasers), then removes them.
// It does not cut inside the article's own text container, where only the label itself goes.
import { type DomDocument, type DomElement, ELEMENT_NODE, TEXT_NODE, walk } from "./dom.js";

/** Labels are short; longer text that starts this way is a sentence. */
const MAX_LABEL_CHARS = 60;
/** The article must come first: a section opening before this many words of content is a page header. */
export const MIN_WORDS_BEFORE = 50;
/**
 * When the label's container holds at least this share of the content before the label, the
 * container is the article's own text: only the label goes, not what follows it.
 */
export const MAIN_CONTAINER_SHARE = 0.5;
const MARK = "data-dyad-related";
const LABEL_CANDIDATES = "h2, h3, h4, h5, h6, p";

const RELATED_LABEL =
  /^\W*(you (may|might|will) (also )?(like|love|enjoy|be interested in)|related( posts?| articles?| stories| news| content| coverage| reading| videos?| links)?( from [^.!?]*)?|more( [\p{L}'’]+){0,3} (stories|news|articles|videos|reads)|more (like this|from [^.!?]*)|recommended( for you| stories| articles| reading| videos)?|read next|what to read next|up next|(most )?popular( this week| today| now| stories| posts| articles)?|trending( now| stories| today)?|latest (news|stories|posts|articles|videos)|most (read|viewed|shared|popular)|around the web|from (our|the) partners|sponsored (stories|content|links)|want more stories like this|você (também )?pode gostar|veja também|leia também|mais lidas|not[íi]cias relacionadas|(también )?te puede interesar|más (leídas|noticias|vistas)|vous aimerez (aussi|également)|à lire aussi|sur le même sujet|das könnte sie (auch )?interessieren|mehr zum thema|meistgelesen|ti potrebbe (anche )?interessare|articoli correlati|potrebbe interessarti|похожие (статьи|материалы|новости|публикации)|читайте также|по теме|популярное|самые популярные[\p{L} ]{0,20}|популярные (статьи|материалы|новости|записи))\W*$/iu;

/** True for a short label such as "You may also like", "Trending now", "Leia também". */
export function isRelatedLabel(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length > 0 && trimmed.length <= MAX_LABEL_CHARS && RELATED_LABEL.test(trimmed);
}

/** Marks each related-section label and the siblings after it; run before Readability. */
export function markRelatedSections(document: DomDocument): void {
  for (const label of Array.from(document.querySelectorAll(LABEL_CANDIDATES))) {
    if (!isRelatedLabel(label.textContent ?? "")) continue;
    label.setAttribute(MARK, "label");
    for (let next = label.nextElementSibling; next; next = next.nextElementSibling) next.setAttribute(MARK, "section");
  }
}

/** Removes marked sections that follow at least some article text; returns nothing, edits `root`. */
export function removeRelatedSections(root: DomElement): void {
  const labels = Array.from(root.querySelectorAll(`[${MARK}="label"]`));
  const orphans = Array.from(root.querySelectorAll(`[${MARK}="section"]`));
  if (labels.length === 0 && orphans.length === 0) return;
  const doomed = new Set<DomElement>();
  for (const label of labels) {
    const before = wordsBefore(root, label);
    if (before < MIN_WORDS_BEFORE) continue;
    doomed.add(label);
    const container = label.parentElement;
    if (!container || container === root) continue;
    if (wordsBefore(container, label) / before >= MAIN_CONTAINER_SHARE) continue;
    for (let next = label.nextElementSibling; next; next = next.nextElementSibling) doomed.add(next);
  }
  // Readability often drops the label itself (its class says "related") and keeps the teasers.
  for (const section of orphans) {
    const container = section.parentElement;
    if (!container || doomed.has(section) || container.querySelector(`[${MARK}="label"]`)) continue;
    const before = wordsBefore(root, section);
    if (container === root || before < MIN_WORDS_BEFORE) continue;
    if (wordsBefore(container, section) / before < MAIN_CONTAINER_SHARE) doomed.add(section);
  }
  for (const element of doomed) element.remove();
}

/** Words of text inside `scope` that come before `target` in document order. */
function wordsBefore(scope: DomElement, target: DomElement): number {
  let words = 0;
  walk(scope, (node) => {
    if (node === target) return "stop";
    if (node.nodeType === TEXT_NODE) words += countWords(node.textContent ?? "");
    return node.nodeType === ELEMENT_NODE ? "enter" : "skip";
  });
  return words;
}

const WORD = /[\p{L}\p{N}]+/gu;

function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
