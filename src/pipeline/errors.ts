// The few error classes of dyad, grouped by who must act, and the one mapper from
// an error to an exit code shared by the CLI (and later the HTTP API).

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

/** An invalid configuration or pipeline; lists every problem. */
export class ConfigError extends DyadError {
  readonly problems: string[];
  constructor(problems: string[]) {
    super("config", `invalid configuration:\n  ${problems.join("\n  ")}`);
    this.problems = problems;
  }
}

/** A stage failed on one document; the batch goes on without it. */
export class StageError extends DyadError {
  readonly stage: string;
  readonly docId: string;
  constructor(stage: string, docId: string, cause: unknown) {
    const why = cause instanceof Error ? cause.message : String(cause);
    super("stage", `stage ${stage} failed on ${docId}: ${why}`, { cause });
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

export function describeError(error: unknown): string {
  if (error instanceof DyadError) return error.message;
  if (error instanceof Error) return `${error.message} (this is a bug in dyad, please report it)`;
  return String(error);
}
