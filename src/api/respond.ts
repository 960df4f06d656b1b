// How the API answers: JSON that is safe to embed anywhere, and every error through the one
// mapper the CLI shares (toHttpResponse). It decides no statuses of its own.
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { toHttpResponse } from "../pipeline/errors.js";

/**
 * Characters escaped as \uXXXX in every JSON answer: the parsed value is unchanged, but no article
 * text (a stored "<script>") ever appears as markup in the bytes, whatever a client does with them.
 */
const UNSAFE_IN_JSON = /[<>&\u2028\u2029]/g;

export function toJsonText(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export function sendJson(c: Context, value: unknown, status: ContentfulStatusCode = 200): Response {
  return c.body(toJsonText(value), status, { "Content-Type": "application/json; charset=utf-8" });
}

/** `{ "error": { "status": 404, "message": "..." } }` with that status. */
export function sendError(c: Context, error: unknown): Response {
  const { status, body } = toHttpResponse(error);
  return sendJson(c, body, status as ContentfulStatusCode);
}
