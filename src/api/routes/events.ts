// /api/events: stored events with the filters of `dyad events` (actors, dates, CAMEO prefix).
import { Hono } from "hono";
import type { DocumentStore } from "../../store/repo.js";
import { actorsParam, cameoParam, dateParam, readQuery } from "../params.js";
import { sendJson } from "../respond.js";

export function eventRoutes(store: DocumentStore): Hono {
  return new Hono().get("/events", async (c) => {
    const query = readQuery(c, ["actors", "from", "to", "cameo"]);
    const items = await store.events({
      actors: actorsParam("actors", query.actors),
      from: dateParam("from", query.from),
      to: dateParam("to", query.to),
      cameo: cameoParam("cameo", query.cameo),
    });
    return sendJson(c, { items });
  });
}
