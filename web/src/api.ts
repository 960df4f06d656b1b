// The JSON API client: one typed function per endpoint, errors as ApiError with the server's message.
// It never touches the DOM; views decide how to show what comes back.
import type {
  ActorSummary, ClaimGroup, DocRecord, DocumentPage, SearchHit, StoredEvent, StoredQuote, Timeline, Trend, UploadResult,
} from "./types.js";

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = "ApiError";
  }
}

type Params = Record<string, string | number | undefined | null>;

function withQuery(path: string, params: Params = {}): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") query.set(name, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(path, { ...init, headers: { accept: "application/json", ...init.headers } });
  const text = await response.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!response.ok) {
    const message = (data as { error?: { message?: string } } | null)?.error?.message;
    throw new ApiError(response.status, message ?? `${response.status} ${response.statusText}`.trim());
  }
  if (data === null) throw new ApiError(response.status, `the server sent no JSON for ${path}`);
  return data as T;
}

const get = <T>(path: string, params?: Params, signal?: AbortSignal) => request<T>(withQuery(path, params), { signal });

/** A list endpoint's items, whether it sends a bare array or `{ items: [...] }` (room for paging fields). */
async function getList<T>(path: string, params?: Params, signal?: AbortSignal): Promise<T[]> {
  const data = await get<T[] | { items?: T[] }>(path, params, signal);
  if (Array.isArray(data)) return data;
  if (Array.isArray(data.items)) return data.items;
  throw new ApiError(200, `${path} sent no list`);
}

/** Whole records are cached for the session: the timeline asks for the same sources again and again. */
const records = new Map<string, Promise<DocRecord>>();

export const api = {
  documents: (params: { limit?: number; offset?: number; q?: string; from?: string; to?: string; outlet?: string }, signal?: AbortSignal) =>
    get<DocumentPage>("/api/documents", params, signal),

  document(id: string): Promise<DocRecord> {
    let record = records.get(id);
    if (!record) {
      record = request<DocRecord>(`/api/documents/${encodeURIComponent(id)}`);
      record.catch(() => records.delete(id));
      records.set(id, record);
    }
    return record;
  },

  actors: (type?: string, signal?: AbortSignal) => getList<ActorSummary>("/api/actors", { type }, signal),

  events: (actors: string[], signal?: AbortSignal) => getList<StoredEvent>("/api/events", { actors: actors.join(",") }, signal),

  quotes: (speaker?: string, signal?: AbortSignal) => getList<StoredQuote>("/api/quotes", { speaker }, signal),

  conflicts: (signal?: AbortSignal) => get<{ conflicts: ClaimGroup[] }>("/api/conflicts", {}, signal),

  timeline: (actors: string[], options: { from?: string; to?: string; minSignificance?: string }, signal?: AbortSignal) =>
    get<Timeline>("/api/timeline", { actors: actors.join(","), ...options }, signal),

  trend: (actors: string[], by: "year" | "month", signal?: AbortSignal) =>
    get<Trend>("/api/trend", { actors: actors.join(","), by }, signal),

  search: (q: string, limit = 20, signal?: AbortSignal) => get<{ items: SearchHit[] }>("/api/search", { q, limit }, signal),

  async upload(file: File): Promise<UploadResult> {
    const form = new FormData();
    form.set("file", file, file.name);
    const result = await request<UploadResult>("/api/documents", { method: "POST", body: form });
    // An update keeps its id: forget the old record.
    records.delete(result.id);
    return result;
  },
};
