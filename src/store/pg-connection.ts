// Connecting to PostgreSQL, for the document store (postgres.ts) and the job queue (job-queue.ts):
// a pool of connections from a URL, and what a server that cannot be reached or a connection lost
// means, said in one line that names the database and never its password. Runs no SQL of its own.
import pg from "pg";
import { InputError, messageOf } from "../pipeline/errors.js";

/** An unreachable server is reported after this long rather than waited on forever. */
const CONNECT_TIMEOUT_MS = 10_000;
/** The code of the InputError for a server gone away (HTTP 503; the worker reconnects). */
const UNAVAILABLE = "unavailable";

/** SQLSTATE classes and codes that mean the server or the connection is gone, not that a statement was wrong. */
const CONNECTION_STATES = /^(08|57P0[1-3]|53300)/;
const CONNECTION_ERRNOS = new Set(["ECONNREFUSED", "ECONNRESET", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "EPIPE"]);

/** The server's or the system's code of an error, if it has one. */
const codeOf = (error: unknown): string | undefined =>
  error instanceof Error && "code" in error && typeof error.code === "string" ? error.code : undefined;

/** Whether an error means the connection failed or was lost (as opposed to a statement that failed). */
export function isConnectionFailure(error: unknown): boolean {
  if (error instanceof AggregateError) return error.errors.some(isConnectionFailure);
  const code = codeOf(error);
  if (code && (CONNECTION_ERRNOS.has(code) || CONNECTION_STATES.test(code))) return true;
  return error instanceof Error && /^Connection terminated|timeout expired|connection timeout/i.test(error.message);
}

/** Whether an error is dyad's own report of a server gone away (see lostConnection). */
export const isUnavailable = (error: unknown): error is InputError => error instanceof InputError && error.code === UNAVAILABLE;

/** One line on why: a connection attempt to several addresses fails with all of them (AggregateError, no message). */
export function reasonOf(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length) return reasonOf(error.errors[0]);
  const code = codeOf(error);
  if (code === "ECONNREFUSED") return "connection refused (is the server running, on that host and port?)";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "no such host";
  return messageOf(error).split("\n")[0] || code || "unknown error";
}

/** A PostgreSQL URL without its password, for messages. */
export function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (!parsed.password) return url;
    parsed.password = "";
    return parsed.toString();
  } catch {
    return url.replace(/\/\/([^:@/]*):[^@/]*@/, "//$1@");
  }
}

/** A pool of at most `max` connections to `url`; a malformed URL is an InputError. Connects lazily. */
export function openPool(url: string, max: number): { pool: pg.Pool; location: string } {
  const location = withoutPassword(url);
  let pool: pg.Pool;
  try {
    new URL(url);
    pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  } catch (error) {
    throw new InputError(`not a PostgreSQL URL: ${location} (${reasonOf(error)}); use postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE`, { cause: error });
  }
  // A pooled connection the server drops while idle is discarded by the pool; the next query opens another.
  pool.on("error", () => {});
  return { pool, location };
}

/**
 * A failure to open a database, in one line. A newer schema (or another InputError that says what
 * to do) passes as it is; anything else is a server that cannot be reached or used.
 */
export function cannotOpen(location: string, error: unknown): unknown {
  if (error instanceof InputError && !isUnavailable(error)) return error;
  const cause = isUnavailable(error) ? error.cause : error;
  return new InputError(`cannot open PostgreSQL database ${location}: ${reasonOf(cause)}`, { cause });
}

/** A lost connection as an "unavailable" InputError naming the database, with what it means for the caller; other errors unchanged. */
export function lostConnection(location: string, error: unknown, consequence: string): unknown {
  if (error instanceof InputError || !isConnectionFailure(error)) return error;
  return new InputError(`lost the connection to PostgreSQL database ${location}: ${reasonOf(error)}${consequence}`, { cause: error, code: UNAVAILABLE });
}
