// Upload: send an article file to the server (POST /api/documents), then link to the new record.
// The server extracts and stores it; this view only reports the outcome and any warnings.
import { api } from "../api.js";
import { failure, h, listen, show } from "../dom.js";
import { docLink } from "../router.js";
import type { ViewContext } from "./view.js";

const ACCEPT = ".txt,.md,.html,.htm,text/plain,text/html,text/markdown";

export function renderUpload({ root, signal }: ViewContext): void {
  document.title = "Upload — dyad";
  const input = h("input", { type: "file", id: "upload-file", name: "file", accept: ACCEPT, required: true });
  const submit = h("button", { type: "submit" }, "Upload and extract");
  const result = h("div", { class: "upload-result", "aria-live": "polite" });
  const form = h("form", { class: "panel upload" },
    h("div", { class: "field" }, h("label", { for: "upload-file" }, "Article file"), input,
      h("p", { class: "hint" }, "Plain text, Markdown or HTML. The server extracts dates, actors, quotes, figures and events.")),
    submit);
  listen(form, "submit", async (event) => {
    event.preventDefault();
    const file = input.files?.[0];
    if (!file) return show(result, h("p", { class: "status error", role: "alert" }, "Choose a file first."));
    submit.disabled = true;
    show(result, h("p", { class: "status", role: "status" }, `Uploading ${file.name}…`));
    try {
      const uploaded = await api.upload(file);
      if (signal.aborted) return;
      show(result,
        h("p", { class: "status ok" }, `${file.name}: ${uploaded.outcome}. `, h("a", { href: docLink(uploaded.id), id: "open-uploaded" }, "Open the article")),
        uploaded.warnings?.length ? h("ul", { class: "warnings", "aria-label": "Warnings" }, uploaded.warnings.map((w) => h("li", {}, typeof w === "string" ? w : JSON.stringify(w)))) : null);
    } catch (error) {
      if (!signal.aborted) show(result, failure(error, "Upload failed"));
    } finally {
      submit.disabled = false;
    }
  });
  root.append(h("h1", {}, "Upload an article"), form, result);
}
