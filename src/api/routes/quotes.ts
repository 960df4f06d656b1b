// /api/quotes: who said what across the corpus, by speaker, as `dyad quotes` lists it.
import { Hono } from "hono";
import type { DocumentStore } from "../../store/repo.js";
import { booleanParam, readQuery, textParam } from "../params.js";
import { sendJson } from "../respond.js";

export function quoteRoutes(store: DocumentStore): Hono {
  return new Hono().get("/quotes", async (c) => {
    const query = readQuery(c, ["speaker", "direct"]);
    const direct = booleanParam("direct", query.direct);
    const quotes = await store.quotes(textParam("speaker", query.speaker, 200) ?? "");
    return sendJson(c, { items: direct === undefined ? quotes : quotes.filter((q) => q.direct === direct) });
  });
}
