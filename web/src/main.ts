// Starts the app: draws the view named by the address hash and re-draws when it changes.
// Views live in views/; this file only routes, marks the current nav link and cleans up.
import "./styles.css";
import { failure, h, show } from "./dom.js";
import { parseHash } from "./router.js";
import { renderArticle } from "./views/article.js";
import { renderFigures } from "./views/figures.js";
import { renderOverview } from "./views/overview.js";
import { renderQuotes } from "./views/quotes.js";
import { renderTimelinePage } from "./views/timeline.js";
import { renderUpload } from "./views/upload.js";
import type { View } from "./views/view.js";

const VIEWS: Record<string, View> = {
  "": renderOverview,
  timeline: renderTimelinePage,
  doc: renderArticle,
  quotes: renderQuotes,
  figures: renderFigures,
  upload: renderUpload,
};

const renderNotFound: View = ({ root, route }) => {
  document.title = "Not found — dyad";
  show(root, h("h1", {}, "Not found"), h("p", {}, `There is no page “${route.path.join("/")}”. `, h("a", { href: "#/" }, "Back to the overview")));
};

let leaving: (() => void)[] = [];
let controller = new AbortController();
let firstDraw = true;

async function draw(): Promise<void> {
  controller.abort();
  for (const cleanup of leaving) cleanup();
  leaving = [];
  controller = new AbortController();
  const { signal } = controller;

  const route = parseHash(location.hash);
  const name = route.path[0] ?? "";
  for (const a of document.querySelectorAll<HTMLAnchorElement>("nav a[data-route]")) {
    if (a.dataset.route === name) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  }

  const main = document.getElementById("view")!;
  const root = h("div", { class: `view view-${name || "overview"}` });
  main.replaceChildren(root);
  if (!firstDraw) {
    window.scrollTo(0, 0);
    main.focus({ preventScroll: true });
  }
  firstDraw = false;

  const view = VIEWS[name] ?? renderNotFound;
  try {
    await view({ root, route, signal, onLeave: (cleanup) => leaving.push(cleanup) });
  } catch (error) {
    if (!signal.aborted) show(root, failure(error));
  }
}

window.addEventListener("hashchange", () => void draw());
void draw();
