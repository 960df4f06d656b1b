// The few error classes of dyad, grouped by who must act, and the two mappers that decide
// what a user sees: an exit code for the CLI and an HTTP status with a JSON body for the API.

export class DyadError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** A bad flag, argument or input file: the user must fix it. */
export class InputError extends DyadError {
  constructor(message: string, options?: { cause?: unknown; code?: string }) {
    super(options?.code ?? "input", message, options);
  }
}

/**
 * A request for something that is not there (an unknown document id, an unknown API route).
 * An InputError, so the CLI exits 2 as for any bad argument; the API answers 404.
 */
export class NotFoundError extends InputError {
  constructor(message: string) {
    super(message, { code: "not-found" });
  }
}

/** An invalid configuration or pipeline; lists every problem. */
export class ConfigError extends DyadError {
  readonly problems: string[];
  constructor(problems: string[]) {
    super("config", `invalid configuration:\n  ${problems.join("\n  ")}`);
    this.problems = problems;
  }
}

/** What a thrown value says: an Error's message, anything else as a string. */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** A stage failed on one document; the batch goes on without it. */
export class StageError extends DyadError {
  readonly stage: string;
  readonly docId: string;
  constructor(stage: string, docId: string, cause: unknown) {
    super("stage", `stage ${stage} failed on ${docId}: ${messageOf(cause)}`, { cause });
    this.stage = stage;
    this.docId = docId;
  }
}

/** A bug in dyad. */
export class InternalError extends DyadError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("internal", `${message} (this is a bug in dyad, please report it)`, options);
  }
}

export const EXIT = { ok: 0, someFailed: 1, usage: 2, internal: 70 } as const;

export function toExitCode(error: unknown): number {
  if (error instanceof InputError || error instanceof ConfigError) return EXIT.usage;
  if (error instanceof StageError) return EXIT.someFailed;
  return EXIT.internal;
}

/** HTTP statuses of input errors that are more precise than 400, by error code. */
const HTTP_STATUS_BY_CODE: Readonly<Record<string, number>> = {
  forbidden: 403,
  "not-found": 404,
  "too-large": 413,
  "unsupported-media-type": 415,
  /** The database server cannot be reached: nothing the client did, and worth a retry. */
  unavailable: 503,
};

export interface HttpErrorResponse {
  status: number;
  body: { error: { status: number; message: string } };
}

/**
 * The API's twin of toExitCode: what the client did wrong is a 4xx with the message that says
 * how to fix it; anything else (a failed stage, a bug) is a 500 that asks for a report.
 */
export function toHttpResponse(error: unknown): HttpErrorResponse {
  const status = error instanceof InputError ? (HTTP_STATUS_BY_CODE[error.code] ?? 400) : error instanceof ConfigError ? 400 : 500;
  // describeError already asks for a report for bugs and foreign errors; a failed stage or a thrown non-error gets it here.
  const asksForReport = error instanceof InternalError || (error instanceof Error && !(error instanceof DyadError));
  const message = status < 500 || asksForReport ? describeError(error) : `${describeError(error)} (this is a bug in dyad, please report it)`;
  return { status, body: { error: { status, message } } };
}

export function describeError(error: unknown): string {
  if (error instanceof DyadError) return error.message;
  if (error instanceof Error) return `${error.message} (this is a bug in dyad, please report it)`;
  return String(error);
}
