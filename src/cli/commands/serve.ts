// `dyad serve`: the HTTP API and the web UI over a stored corpus, on loopback unless told otherwise,
// until SIGINT or SIGTERM; then connections are closed and the store is closed cleanly.
import { serve } from "@hono/node-server";
import type { Command } from "commander";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { createApp } from "../../api/app.js";
import { loadConfig } from "../../config.js";
import { InputError } from "../../pipeline/errors.js";
import { openStore } from "../../store/open.js";
import { addDbOption } from "../options.js";

/** Where the web UI's build (Vite's output) lands: dist/web/, beside this command's dist/cli/. */
const WEB_ROOT = fileURLToPath(new URL("../../web/", import.meta.url));

export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = "127.0.0.1";

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new InputError(`--port takes a port from 0 to 65535 (0: any free port), not "${value}"`);
  return port;
}

const isLoopback = (host: string) => host === "localhost" || host === "::1" || /^127\./.test(host);

/** What a failed listen means to the user, who can fix it with a flag. */
function listenError(error: NodeJS.ErrnoException, host: string, port: number): Error {
  if (error.code === "EADDRINUSE") return new InputError(`port ${port} on ${host} is in use; choose another with --port (0 picks a free one)`, { cause: error });
  if (error.code === "EACCES") return new InputError(`not allowed to listen on port ${port}; choose a port above 1023 with --port`, { cause: error });
  if (error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND") return new InputError(`cannot listen on ${host}: no such address here; see --host`, { cause: error });
  return error;
}

export function registerServe(program: Command): void {
  const command = program
    .command("serve")
    .description("serve the HTTP API (/api/, described at /api/openapi.json) and the web UI over the database, until Ctrl-C")
    .option("--port <n>", "port to listen on (0: any free port)", parsePort, DEFAULT_PORT)
    .option("--host <address>", "address to listen on; other than loopback, anyone who can reach it can read the corpus and upload", DEFAULT_HOST);
  addDbOption(command).action(async (options: { db?: string; port: number; host: string }) => {
    const config = loadConfig({ db: options.db });
    const store = await openStore(config.db);
    try {
      const server = serve({ fetch: createApp({ store, webRoot: WEB_ROOT, maxBytes: config.maxBytes }).fetch, port: options.port, hostname: options.host }) as Server;
      await new Promise<void>((resolve, reject) => {
        server.once("listening", resolve);
        server.once("error", (error: NodeJS.ErrnoException) => reject(listenError(error, options.host, options.port)));
      });
      const { address, port } = server.address() as AddressInfo;
      const host = address.includes(":") ? `[${address}]` : address;
      if (!isLoopback(options.host)) process.stderr.write(`dyad: warning: listening on ${options.host}, not loopback: anyone who can reach it can read the corpus and upload articles\n`);
      process.stdout.write(`dyad serving ${store.location} at http://${host}:${port}/\n`);
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off("SIGINT", stop);
          process.off("SIGTERM", stop);
          server.close(() => resolve());
          server.closeAllConnections();
        };
        process.on("SIGINT", stop);
        process.on("SIGTERM", stop);
      });
    } finally {
      await store.close();
    }
  });
}
