// The side panel of the article view: dates, actors, quotes, figures and events of the article,
// each a button that scrolls to its place in the text (an actor's button steps through its mentions).
import { h, listen } from "../dom.js";
import { KINDS, type ArticleAnnotations } from "./article-annotations.js";

export interface ArticlePanel {
  element: HTMLElement;
  /** Marks the panel item pointing at this annotation as current and brings it into view. */
  reveal(annotationId: string): void;
}

export function articlePanel(panel: ArticleAnnotations["panel"], goTo: (annotationId: string) => void): ArticlePanel {
  const buttonOf = new Map<string, HTMLButtonElement>();
  let current: HTMLButtonElement | null = null;
  const setCurrent = (button: HTMLButtonElement) => {
    current?.classList.remove("current");
    current = button;
    button.classList.add("current");
  };

  const sections = KINDS.map(({ kind, label }) => {
    const items = panel[kind];
    return h("details", { class: `panel-group group-${kind}`, open: items.length > 0 && items.length <= 40 },
      h("summary", {}, h("span", { class: `swatch hl-${kind}`, "aria-hidden": "true" }), ` ${label} (${items.length})`),
      items.length ? h("ul", {}, items.map((item) => {
        let step = 0;
        const button = h("button", { type: "button", class: "panel-item" },
          h("span", { class: "panel-title" }, item.title),
          h("span", { class: "panel-detail" }, item.detail));
        for (const target of item.targets) buttonOf.set(target, button);
        listen(button, "click", () => {
          const target = item.targets[step % item.targets.length];
          step++;
          setCurrent(button);
          if (target) goTo(target);
        });
        return h("li", {}, button);
      })) : h("p", { class: "empty" }, "none found"));
  });

  return {
    element: h("aside", { class: "article-panel", "aria-label": "What the article contains" }, sections),
    reveal(annotationId) {
      const button = buttonOf.get(annotationId);
      if (!button) return;
      const group = button.closest("details");
      if (group) group.open = true;
      setCurrent(button);
      button.scrollIntoView({ block: "nearest" });
    },
  };
}
