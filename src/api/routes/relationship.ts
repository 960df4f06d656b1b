// /api/timeline, /api/trend and /api/summary: one relationship as `dyad timeline`, `trend` and
// `summary` show it, from the same corpus functions.
import { Hono } from "hono";
import { selectTimeline, summarizeRelationship } from "../../corpus/relationship.js";
import { buildTrend } from "../../corpus/trend.js";
import type { DocumentStore } from "../../store/repo.js";
import { actorsParam, choiceParam, dateParam, fractionParam, readQuery } from "../params.js";
import { sendJson } from "../respond.js";

export const TREND_PERIODS = ["year", "month"] as const;

export function relationshipRoutes(store: DocumentStore): Hono {
  const app = new Hono();

  app.get("/timeline", async (c) => {
    const query = readQuery(c, ["actors", "from", "to", "minSignificance"]);
    const actors = actorsParam("actors", query.actors, 2)!;
    const timeline = await selectTimeline(store, actors, {
      from: dateParam("from", query.from),
      to: dateParam("to", query.to),
      minSignificance: fractionParam("minSignificance", query.minSignificance),
    });
    return sendJson(c, timeline);
  });

  app.get("/trend", async (c) => {
    const query = readQuery(c, ["actors", "by"]);
    const actors = actorsParam("actors", query.actors, 2)!;
    const by = choiceParam("by", query.by, TREND_PERIODS) ?? "year";
    return sendJson(c, { actors, by, rows: buildTrend(await store.events({ actors }), by) });
  });

  app.get("/summary", async (c) => {
    const query = readQuery(c, ["actors"]);
    return sendJson(c, await summarizeRelationship(store, actorsParam("actors", query.actors, 2)!));
  });

  return app;
}
