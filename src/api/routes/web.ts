// The web UI's files (Vite's build output, dist/web/) at /, with index.html for every other GET
// path that is not the API (a single-page app routes in the browser). Without a build, a note.
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono, type MiddlewareHandler } from "hono";
import { existsSync } from "node:fs";
import { join } from "node:path";

export const UI_NOT_BUILT = "dyad: the web UI is not built, so there is nothing to show here.\nBuild it into dist/web/ and reload; the JSON API is at /api/ (described at /api/openapi.json).\n";

const NOTHING = async () => {};

/** Vite puts content-hashed files under assets/: they never change, so browsers may keep them. */
const IMMUTABLE_ASSETS = /^\/assets\//;

export function webRoutes(webRoot: string | undefined): Hono {
  const app = new Hono();
  // Checked on each request, so that a UI built while the server runs is served without a restart.
  const isBuilt = () => webRoot !== undefined && existsSync(join(webRoot, "index.html"));
  let files: MiddlewareHandler | undefined;
  let index: MiddlewareHandler | undefined;

  app.get("*", async (c, next) => {
    if (!isBuilt()) return c.req.path === "/" ? c.text(UI_NOT_BUILT) : next();
    files ??= serveStatic({ root: webRoot });
    const file = await files(c, NOTHING);
    if (file) {
      file.headers.set("Cache-Control", IMMUTABLE_ASSETS.test(c.req.path) ? "public, max-age=31536000, immutable" : "no-cache");
      return file;
    }
    index ??= serveStatic({ root: webRoot, path: "index.html" });
    const page = await index(c, NOTHING);
    if (!page) return next();
    page.headers.set("Cache-Control", "no-cache");
    return page;
  });

  return app;
}
