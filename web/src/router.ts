// Hash routes: `#/`, `#/timeline?actors=CHN,RUS`, `#/doc/ID?start=S&end=E`, `#/quotes`, `#/figures`, `#/upload`.
// Parsing and building only; main.ts decides which view draws a route.

export interface Route {
  /** Decoded path segments: `#/doc/a%23b` → ["doc", "a#b"]. */
  path: string[];
  params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, "");
  const question = raw.indexOf("?");
  const pathPart = question >= 0 ? raw.slice(0, question) : raw;
  const query = question >= 0 ? raw.slice(question + 1) : "";
  const path = pathPart.split("/").filter(Boolean).map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      return segment;
    }
  });
  return { path, params: new URLSearchParams(query) };
}

/** Builds a hash link; empty and undefined parameters are left out. */
export function link(path: readonly string[], params: Record<string, string | number | undefined | null> = {}): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") query.set(name, String(value));
  }
  const text = query.toString().replace(/%2C/g, ",");
  return `#/${path.map(encodeURIComponent).join("/")}${text ? `?${text}` : ""}`;
}

export const docLink = (id: string, span?: { start: number; end: number }) =>
  link(["doc", id], span ? { start: span.start, end: span.end } : {});

/** Updates the address without re-drawing the view (a view that changed its own state in place). */
export function replaceHash(hash: string): void {
  if (location.hash !== hash) history.replaceState(null, "", hash);
}
