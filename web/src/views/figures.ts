// Figures that sources state differently: each conflict shows its claims side by side, with the
// value, the document and the sentence (the figure marked in it), linking to the article.
import { api } from "../api.js";
import { h, show } from "../dom.js";
import { formatFigure, plural } from "../render/format.js";
import { markFirst } from "../render/marks.js";
import { docLink, link } from "../router.js";
import type { Claim, ClaimGroup } from "../types.js";
import type { ViewContext } from "./view.js";

export async function renderFigures({ root, signal }: ViewContext): Promise<void> {
  document.title = "Figures — dyad";
  root.append(h("h1", {}, "Conflicting figures"), h("p", { class: "status", role: "status" }, "Loading…"));
  const { conflicts } = await api.conflicts(signal);
  if (signal.aborted) return;
  show(root,
    h("h1", {}, "Conflicting figures"),
    h("p", { class: "lede" }, "Figures that documents state differently for the same measure, actors and period. ",
      conflicts.length ? `${plural(conflicts.length, "conflict")}.` : ""),
    conflicts.length ? conflicts.map(conflictCard) : h("p", { class: "empty" }, "No conflicting figures in the corpus: every compared figure agrees, or too few documents state the same measure."));
}

function conflictCard(group: ClaimGroup): HTMLElement {
  return h("section", { class: "panel conflict" },
    h("h2", {}, group.about),
    h("p", { class: "muted" }, [group.actors.join(" – "), group.period, group.kind, group.unit].filter(Boolean).join(" · ")),
    h("div", { class: "claims" }, group.claims.map(claimColumn)));
}

function claimColumn(claim: Claim): HTMLElement {
  const title = h("a", { href: claim.evidence ? link(["doc", claim.docId], { find: claim.evidence }) : docLink(claim.docId) }, claim.docId);
  void api.document(claim.docId).then((record) => (title.textContent = record.meta.title ?? claim.docId), () => undefined);
  return h("figure", { class: "claim" },
    h("div", { class: "claim-value" }, formatFigure(claim.value, claim.valueMax, claim.unit)),
    h("blockquote", {}, markFirst(claim.evidence || claim.text, claim.text)),
    h("figcaption", {},
      title,
      h("span", { class: "muted" }, ` ${claim.published ?? "no date"}`)));
}
