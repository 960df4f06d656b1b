// /api/documents: the stored documents (a filtered page, one whole record) and the upload of an
// article, which runs the same pipeline and id placement as `dyad ingest`. Thin: the store decides.
import { saveWithDuplicates } from "../../corpus/near-duplicates.js";
import { Hono } from "hono";
import type { InputFormat, RawInput } from "../../doc/model.js";
import { toRecord } from "../../doc/record.js";
import { InputError, InternalError, NotFoundError } from "../../pipeline/errors.js";
import { runPipeline, type Pipeline } from "../../pipeline/run.js";
import { baseId, formatOf, sha256 } from "../../stages/ingest/ingest.js";
import type { DocumentStore, DocumentSummary, SaveOutcome } from "../../store/repo.js";
import { dateParam, integerParam, readQuery, textParam } from "../params.js";
import { sendJson } from "../respond.js";

/** A page holds at most this many summaries. */
export const MAX_PAGE = 1000;
/** Room for the multipart envelope (boundaries, part headers) around a file of the largest size. */
const MULTIPART_OVERHEAD = 64 * 1024;
/**
 * A body that passes the limit is still read, and dropped, up to this size: a client sends its
 * whole body before it reads the answer, and would see a reset instead of the 413.
 */
const DRAIN_BYTES = 64 * 1024 * 1024;
/** Upload names are base names, as a browser sends them: no folders, no control characters. */
const UPLOAD_NAME = /^[^/\\\u0000-\u001f]{1,200}$/;

export interface UploadResult {
  id: string;
  outcome: SaveOutcome;
  warnings: string[];
  record: DocumentSummary;
}

export interface DocumentRoutesOptions {
  store: DocumentStore;
  pipeline: Pipeline;
  maxBytes: number;
}

const tooLarge = (maxBytes: number) =>
  new InputError(`the article is larger than ${(maxBytes / 1024 / 1024).toFixed(0)} MB; dyad refuses inputs that large`, { code: "too-large" });

const unsupported = (what: string) =>
  new InputError(`cannot ingest ${what}: send the article as text/plain or text/html, or as the "file" field of multipart/form-data`, { code: "unsupported-media-type" });

function checkName(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  if (!UPLOAD_NAME.test(name) || name === "." || name === "..") throw new InputError(`name must be a file name without folders, such as article.txt, not "${name}"`);
  if (/\.gz$/i.test(name)) throw unsupported("a compressed file (.gz)");
  return name;
}

const formatOfType = (type: string): InputFormat | null => (type === "text/html" ? "html" : type === "text/plain" ? "text" : null);

/** The request body, or a 413 once it passes `limit` bytes (by its Content-Length, or as it arrives). */
async function readBody(request: Request, limit: number, maxBytes: number): Promise<Uint8Array> {
  if (Number(request.headers.get("content-length")) > limit) throw tooLarge(maxBytes);
  if (!request.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size <= limit) chunks.push(value);
    else if (size > DRAIN_BYTES) {
      await reader.cancel();
      break;
    }
  }
  if (size > limit) throw tooLarge(maxBytes);
  return Buffer.concat(chunks);
}

/** The uploaded article: its bytes, format and name, from a raw body or a multipart `file` field. */
async function readUpload(request: Request, query: { name?: string }, maxBytes: number): Promise<{ bytes: Uint8Array; format: InputFormat; name?: string }> {
  const contentType = request.headers.get("content-type") ?? "";
  const type = contentType.split(";")[0]!.trim().toLowerCase();
  let upload: { bytes: Uint8Array; format: InputFormat; name?: string };
  if (type === "multipart/form-data") {
    const body = await readBody(request, maxBytes + MULTIPART_OVERHEAD, maxBytes);
    let form: FormData;
    try {
      form = await new Response(body, { headers: { "content-type": contentType } }).formData();
    } catch (error) {
      throw new InputError(`the multipart body cannot be read: ${(error as Error).message}`, { cause: error });
    }
    const file = form.get("file");
    if (!(file instanceof File)) throw new InputError('multipart/form-data needs the article in a field named "file"');
    const name = checkName(query.name ?? (file.name || undefined));
    const format = (name ? formatOf(name) : null) ?? formatOfType(file.type.split(";")[0]!.trim().toLowerCase());
    if (!format) throw unsupported(`"${file.name}" (${file.type || "no type"})`);
    upload = { bytes: new Uint8Array(await file.arrayBuffer()), format, name };
  } else {
    const format = formatOfType(type);
    if (!format) throw unsupported(type ? `a body of type ${type}` : "a body without a Content-Type");
    const name = checkName(query.name);
    upload = { bytes: await readBody(request, maxBytes, maxBytes), format, name };
  }
  if (upload.bytes.length > maxBytes) throw tooLarge(maxBytes);
  if (upload.bytes.length === 0) throw new InputError("the article is empty: send its text or HTML as the body");
  return upload;
}

export function documentRoutes({ store, pipeline, maxBytes }: DocumentRoutesOptions): Hono {
  const app = new Hono();

  app.get("/documents", async (c) => {
    const query = readQuery(c, ["limit", "offset", "q", "from", "to", "outlet"]);
    const limit = integerParam("limit", query.limit, { min: 1, max: MAX_PAGE, fallback: 100 });
    const offset = integerParam("offset", query.offset, { min: 0, max: Number.MAX_SAFE_INTEGER, fallback: 0 });
    const page = await store.documents({
      limit,
      offset,
      q: textParam("q", query.q, 200),
      from: dateParam("from", query.from),
      to: dateParam("to", query.to),
      outlet: textParam("outlet", query.outlet, 200),
    });
    return sendJson(c, { total: page.total, limit, offset, items: page.items });
  });

  app.get("/documents/:id", async (c) => {
    readQuery(c, []);
    const id = c.req.param("id");
    const record = await store.get(id);
    if (!record) throw new NotFoundError(`no document with id "${id}" (see GET /api/documents)`);
    return sendJson(c, record);
  });

  app.post("/documents", async (c) => {
    const query = readQuery(c, ["name"]);
    const upload = await readUpload(c.req.raw, { name: query.name }, maxBytes);
    const contentHash = sha256(upload.bytes);
    // As for stdin: a nameless input is named after its content.
    const id = upload.name ? baseId(upload.name) : `upload~${contentHash.slice(0, 8)}`;
    const placement = await store.place(id, contentHash, upload.name ?? null);
    let outcome: SaveOutcome = "unchanged";
    let warnings: string[] = [];
    if (placement.kind !== "unchanged") {
      const input: RawInput = { id: placement.id, source: { path: upload.name ?? null, url: null }, format: upload.format, bytes: upload.bytes, sidecar: null, contentHash };
      const run = runPipeline(pipeline, input);
      warnings = run.warnings;
      const [saved] = await saveWithDuplicates(store, [toRecord(run.doc)]);
      outcome = saved!.outcome;
    }
    const record = await store.summary(placement.id);
    if (!record) throw new InternalError(`document ${placement.id} was placed but is not stored`);
    c.header("Location", `/api/documents/${encodeURIComponent(placement.id)}`);
    const result: UploadResult = { id: placement.id, outcome, warnings, record };
    return sendJson(c, result, 201);
  });

  return app;
}
