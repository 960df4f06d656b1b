// The article view: metadata with provenance, the clean body with dates, actors, quotes, figures and
// events highlighted, a panel listing them, and the span a link pointed at (start/end or find) marked.
import { api } from "../api.js";
import { h, listen, show } from "../dom.js";
import { renderHighlightedBody, type HighlightedBody } from "../render/highlight.js";
import { articleAnnotations, focusSpan, KINDS } from "./article-annotations.js";
import { metadataTable } from "./article-meta.js";
import { articlePanel } from "./article-panel.js";
import type { ViewContext } from "./view.js";

const FLASH_MS = 1600;

export async function renderArticle({ root, route, signal, onLeave }: ViewContext): Promise<void> {
  const id = route.path[1] ?? "";
  document.title = `${id} — dyad`;
  root.append(h("p", { class: "status", role: "status" }, "Loading the article…"));
  const record = await api.document(id);
  if (signal.aborted) return;
  document.title = `${record.meta.title ?? record.id} — dyad`;

  const { annotations, panel } = articleAnnotations(record);
  const focus = focusSpan(record.body, route.params);
  if (focus) annotations.push({ id: "focus", kind: "focus", ...focus, label: "the linked evidence" });
  const text = renderHighlightedBody(record.body, annotations);

  const timers = new Set<number>();
  onLeave(() => timers.forEach((t) => clearTimeout(t)));
  const flash = (pieces: HTMLElement[]) => {
    for (const piece of pieces) piece.classList.add("flash");
    const timer = window.setTimeout(() => {
      for (const piece of pieces) piece.classList.remove("flash");
      timers.delete(timer);
    }, FLASH_MS);
    timers.add(timer);
  };
  const goTo = (annotationId: string) => {
    const pieces = text.piecesOf.get(annotationId) ?? [];
    pieces[0]?.scrollIntoView({ block: "center", behavior: "smooth" });
    flash(pieces);
  };
  const sidePanel = articlePanel(panel, goTo);
  listen(text.root, "click", (event) => {
    const piece = (event.target as Element | null)?.closest(".hl");
    const innermost = piece ? text.annotationsAt(piece).find((a) => a.kind !== "focus") : undefined;
    if (!innermost) return;
    flash(text.piecesOf.get(innermost.id) ?? []);
    sidePanel.reveal(innermost.id);
  });

  show(root,
    h("div", { class: "article-layout" },
      h("article", { class: "article", "aria-labelledby": "article-title" },
        h("header", {},
          h("h1", { id: "article-title" }, record.meta.title ?? record.id),
          h("p", { class: "byline" }, [record.meta.outlet, record.meta.authors?.join(", "), record.meta.published].filter(Boolean).join(" · "))),
        focus ? h("p", { class: "focus-note" }, "The marked passage is the evidence you followed. ",
          listen(h("button", { type: "button", class: "link-button" }, "Show it"), "click", () => revealFocus(text))) : null,
        legend(text.root),
        text.root,
        metadataTable(record)),
      sidePanel.element));

  if (focus) requestAnimationFrame(() => revealFocus(text));
}

/** Scrolls the linked evidence into the middle of the screen and gives it the focus. */
function revealFocus(text: HighlightedBody): void {
  const first = (text.piecesOf.get("focus") ?? [])[0];
  if (!first) return;
  first.id = "evidence";
  first.setAttribute("tabindex", "-1");
  first.scrollIntoView({ block: "center" });
  first.focus({ preventScroll: true });
}
/** Checkboxes that turn each kind of highlighting on and off, with the style each kind has. */
function legend(body: HTMLElement): HTMLElement {
  return h("fieldset", { class: "legend" }, h("legend", {}, "Highlight"),
    KINDS.map(({ kind, label }) => {
      const input = h("input", { type: "checkbox", id: `show-${kind}`, checked: true });
      listen(input, "change", () => body.classList.toggle(`hide-${kind}`, !input.checked));
      return h("label", { for: `show-${kind}`, class: "legend-item" }, input, " ", h("span", { class: `hl hl-${kind}` }, label));
    }));
}
