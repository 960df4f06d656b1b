// The contract every pipeline stage implements: the layers it reads, the layers it
// writes, and a pure run function. Stages never import each other.
import type { Doc, DocWith, Layer } from "../doc/model.js";

export interface RunContext {
  /** Options of this stage from the configuration (`config.stages.<name>`). */
  readonly options: Readonly<Record<string, unknown>>;
  /** Report a problem that does not stop the document (printed as one line naming the file). */
  warn(message: string): void;
  /** Debug tracing; the message is built only when tracing is on. */
  trace(message: () => string): void;
}

export interface Component<R extends Layer = Layer, A extends Layer = Layer> {
  /** Also the provenance prefix (`via`) and the configuration key. */
  readonly name: string;
  readonly description: string;
  readonly requires: readonly R[];
  readonly assigns: readonly A[];
  run(doc: Readonly<DocWith<R>>, ctx: RunContext): Pick<Doc, A>;
}

/** Typed helper so each stage states its I/O once and TypeScript checks `run` against it. */
export function defineComponent<R extends Layer, A extends Layer>(component: Component<R, A>): Component<R, A> {
  return component;
}
