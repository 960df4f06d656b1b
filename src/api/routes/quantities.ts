// /api/quantities and /api/conflicts: the stored figures with their documents and sentences, and
// the figures that sources state differently (or agree on), as `dyad conflicts --all` compares them.
import { Hono } from "hono";
import { compareClaims } from "../../corpus/claims.js";
import { InputError } from "../../pipeline/errors.js";
import type { DocumentStore } from "../../store/repo.js";
import { actorsParam, readQuery, textParam } from "../params.js";
import { sendJson } from "../respond.js";

export function quantityRoutes(store: DocumentStore): Hono {
  const app = new Hono();

  app.get("/quantities", async (c) => {
    const query = readQuery(c, ["about", "actor"]);
    const actors = actorsParam("actor", query.actor);
    if (actors && actors.length > 1) throw new InputError(`actor takes one code, such as CHN, not "${query.actor}"`);
    return sendJson(c, { items: await store.quantities({ about: textParam("about", query.about, 200), actor: actors?.[0] }) });
  });

  app.get("/conflicts", async (c) => {
    readQuery(c, []);
    return sendJson(c, compareClaims(await store.claims()));
  });

  return app;
}
