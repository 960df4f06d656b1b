// The CAMEO codebook (Goldstein score per code) and the CAMEO→PLOVER mapping, loaded once from
// data/events/. Deeper codes without an entry take their nearest ancestor's.
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "data", "events");

interface CameoCode {
  code: string;
  name: string;
  goldstein: number;
  quad: number;
}

interface PloverRow {
  cameo: string;
  plover: string | null;
}

interface Ontology {
  codes: Map<string, CameoCode>;
  plover: Map<string, string | null>;
}

let loaded: Ontology | null = null;

function ontology(): Ontology {
  if (!loaded) {
    const codes = JSON.parse(readFileSync(join(DATA_DIR, "cameo.json"), "utf8")) as CameoCode[];
    const plover = (JSON.parse(readFileSync(join(DATA_DIR, "plover.json"), "utf8")) as { mapping: PloverRow[] }).mapping;
    loaded = { codes: new Map(codes.map((c) => [c.code, c])), plover: new Map(plover.map((p) => [p.cameo, p.plover])) };
  }
  return loaded;
}

/** The entry of a code or of its nearest ancestor ("0421" → "042" → "04"). */
function nearest<T>(map: Map<string, T>, code: string): T | undefined {
  for (let k = code.length; k >= 2; k--) {
    const hit = map.get(code.slice(0, k));
    if (hit !== undefined) return hit;
  }
  return undefined;
}

export function isCameoCode(code: string): boolean {
  return ontology().codes.has(code);
}

export function goldstein(code: string): number {
  return nearest(ontology().codes, code)?.goldstein ?? 0;
}

export function cameoName(code: string): string | null {
  return nearest(ontology().codes, code)?.name ?? null;
}

export function ploverType(code: string): string | null {
  return nearest(ontology().plover, code) ?? null;
}
