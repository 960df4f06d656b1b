// What every view gets: a fresh container, its route, and an abort signal fired when the route changes.
// A view that draws after an await draws into its own detached container, never into the next view.
import type { Route } from "../router.js";

export interface ViewContext {
  root: HTMLElement;
  route: Route;
  signal: AbortSignal;
  /** Runs when the view is left (destroy charts, timers). */
  onLeave: (cleanup: () => void) => void;
}

export type View = (context: ViewContext) => Promise<void> | void;
