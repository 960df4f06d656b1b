// /api/search: full-text search over bodies and quotes, best first, snippets as plain text with
// highlight offsets. The query language and ranking are the store's (DocumentStore.search); this only validates.
import { Hono } from "hono";
import { InputError } from "../../pipeline/errors.js";
import type { DocumentStore } from "../../store/repo.js";
import { integerParam, readQuery, textParam } from "../params.js";
import { sendJson } from "../respond.js";

export const MAX_SEARCH_RESULTS = 100;

export function searchRoutes(store: DocumentStore): Hono {
  return new Hono().get("/search", async (c) => {
    const query = readQuery(c, ["q", "limit"]);
    const q = textParam("q", query.q, 500);
    if (!q || !/[\p{L}\p{N}]/u.test(q)) throw new InputError('q is required and needs a word to look for, e.g. q=pipeline or q="gas pipeline"');
    const limit = integerParam("limit", query.limit, { min: 1, max: MAX_SEARCH_RESULTS, fallback: 20 });
    return sendJson(c, { query: q, items: await store.search(q, limit) });
  });
}
