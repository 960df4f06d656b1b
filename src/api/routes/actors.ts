// /api/actors: the actors of the stored corpus, most mentioned first, as `dyad actors` lists them.
import { Hono } from "hono";
import type { DocumentStore } from "../../store/repo.js";
import { choiceParam, readQuery } from "../params.js";
import { sendJson } from "../respond.js";

/** FORMAT.md's actor types. */
export const ACTOR_TYPES = ["state", "person", "igo", "organization", "location"] as const;

export function actorRoutes(store: DocumentStore): Hono {
  return new Hono().get("/actors", async (c) => {
    const query = readQuery(c, ["type"]);
    const type = choiceParam("type", query.type, ACTOR_TYPES);
    return sendJson(c, { items: (await store.actors()).filter((a) => !type || a.type === type) });
  });
}
