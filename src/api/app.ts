// The HTTP API and the web UI's files on Hono: createApp wires the routes (thin adapters over the
// store and the corpus functions), security headers, and one error mapper for every failure.
// It opens no store and listens on no port: `dyad serve` and the tests do that.
import { Hono, type MiddlewareHandler } from "hono";
import { isIP } from "node:net";
import { InputError, NotFoundError } from "../pipeline/errors.js";
import { buildPipeline, type Pipeline } from "../pipeline/run.js";
import { DEFAULT_MAX_BYTES } from "../stages/ingest/ingest.js";
import type { DocumentStore } from "../store/repo.js";
import { OPENAPI } from "./openapi.js";
import { sendError, sendJson } from "./respond.js";
import { actorRoutes } from "./routes/actors.js";
import { documentRoutes } from "./routes/documents.js";
import { eventRoutes } from "./routes/events.js";
import { quantityRoutes } from "./routes/quantities.js";
import { quoteRoutes } from "./routes/quotes.js";
import { relationshipRoutes } from "./routes/relationship.js";
import { searchRoutes } from "./routes/search.js";
import { webRoutes } from "./routes/web.js";

export interface AppOptions {
  store: DocumentStore;
  /** The web UI's build output (index.html and assets); absent or unbuilt, / shows a note. */
  webRoot?: string;
  /** Uploads larger than this are refused with 413 (default: the CLI's 10 MB). */
  maxBytes?: number;
  /** The pipeline uploads run through (default: the default preset, as `dyad ingest`). */
  pipeline?: Pipeline;
}

/**
 * Same-origin only; no inline script, no plugins, no framing. It also covers the JSON answers, so
 * that a stored article opened directly in a browser can never run.
 */
const CONTENT_SECURITY_POLICY = "default-src 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'";

const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
  c.header("X-Content-Type-Options", "nosniff");
  c.header("Referrer-Policy", "no-referrer");
  c.header("Cross-Origin-Resource-Policy", "same-origin");
};

/** The host name of a Host or Origin header's authority ("[::1]:8080" → "::1"). */
function hostnameOf(authority: string): string {
  const bracketed = /^\[([^\]]+)\]/.exec(authority);
  return (bracketed ? bracketed[1]! : authority.split(":")[0]!).toLowerCase();
}

/**
 * The server holds a private corpus and accepts uploads, so two browser attacks are refused (403):
 * a site that points its own DNS name at this address (DNS rebinding: only IP addresses and
 * localhost are accepted as Host), and a page of another origin that posts to the API (CSRF:
 * a request that changes data must come from this origin, or from a client that sends no Origin).
 */
const sameOriginGuard: MiddlewareHandler = async (c, next) => {
  const host = c.req.header("host");
  const name = host ? hostnameOf(host) : "";
  if (!host || !(name === "localhost" || name.endsWith(".localhost") || isIP(name) !== 0)) {
    throw new InputError(`refused: this server answers to IP addresses and localhost, not "${host ?? ""}"`, { code: "forbidden" });
  }
  const origin = c.req.header("origin");
  if (c.req.method !== "GET" && c.req.method !== "HEAD" && origin !== undefined) {
    let sameOrigin = false;
    try {
      sameOrigin = new URL(origin).host === host.toLowerCase();
    } catch {
      sameOrigin = false;
    }
    if (!sameOrigin) throw new InputError(`refused: a ${c.req.method} from the page of another origin (${origin})`, { code: "forbidden" });
  }
  await next();
};

export function createApp(options: AppOptions): Hono {
  const { store } = options;
  const app = new Hono();
  app.use("*", securityHeaders, sameOriginGuard);

  app.get("/api/openapi.json", (c) => sendJson(c, OPENAPI));
  app.route("/api", documentRoutes({ store, pipeline: options.pipeline ?? buildPipeline(), maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES }));
  app.route("/api", actorRoutes(store));
  app.route("/api", eventRoutes(store));
  app.route("/api", quoteRoutes(store));
  app.route("/api", quantityRoutes(store));
  app.route("/api", relationshipRoutes(store));
  app.route("/api", searchRoutes(store));
  app.all("/api/*", (c) => {
    throw new NotFoundError(`no API route ${c.req.method} ${c.req.path} (the routes are listed at /api/openapi.json)`);
  });
  app.route("/", webRoutes(options.webRoot));

  app.notFound((c) => sendError(c, new NotFoundError(`nothing at ${c.req.method} ${c.req.path}`)));
  app.onError((error, c) => sendError(c, error));
  return app;
}
