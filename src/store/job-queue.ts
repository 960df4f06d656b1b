// The ingest queue on PostgreSQL: jobs kept by pg-boss (schema dyad_queue, in the corpus's own
// database), handed to workers on any machine, retried with backoff, dead-lettered with their error
// when they keep failing, and counted. What a job holds is the caller's; the only module that
// imports pg-boss. Its own SQL is limited to what pg-boss has no call for (counts, no-retry fails).
import PgBoss from "pg-boss";
import type pg from "pg";
import { cannotOpen, isUnavailable, lostConnection, openPool } from "./pg-connection.js";

/** pg-boss's tables live in this schema, apart from the corpus's and from any other pg-boss of the database. */
const SCHEMA = "dyad_queue";
const INGEST_QUEUE = "dyad-ingest";
/** Where jobs go when they have failed for good, with the last error as their output. Nobody takes them. */
const DEAD_LETTERS = "dyad-ingest-dead";
/** Tries after the first before a job is dead-lettered. A failure in the pipeline is not retried (see failForGood). */
export const RETRY_LIMIT = 3;
/** Seconds before the first retry, doubled for each next one, with jitter (2–4 s, 4–8 s, 8–16 s): time for a server restart. */
const RETRY_DELAY_SECONDS = 2;
/**
 * How often a worker (whichever comes first; pg-boss lets one of all workers do it per interval)
 * fails the jobs that have outlived their timeout, such as a killed worker's, so that they are retried.
 */
const MAINTENANCE_SECONDS = 10;
/** Connections of the queue's own pool, beside the store's: fetches and completions are short. */
const POOL_SIZE = 4;
/** What a job's failure says to the dead-letter queue. */
const NO_REASON = "no reason given";

export interface QueuedJob<T> {
  id: string;
  data: T;
  /** 1 for the first try. */
  attempt: number;
  /** Tries a job gets in all before it is dead-lettered. */
  attempts: number;
  /** How long a worker may hold it: then it is failed (and tried again), as if its worker had died. */
  timeoutSeconds: number;
}

export interface QueueCounts {
  /** Waiting for a worker. */
  queued: number;
  /** Failed, and waiting for the backoff before their next try. */
  retrying: number;
  active: number;
  done: number;
  /** Failed for good (every try used, or a failure that a retry cannot mend). */
  failed: number;
  /** Failed jobs kept in the dead-letter queue, with their error. */
  deadLettered: number;
}

export interface DeadLetter<T> {
  data: T;
  reason: string;
  /** ISO 8601: when the job failed for good. */
  at: string;
}

/** pg-boss's states, as `dyad queue` names them. */
const COUNT_OF_STATE: Readonly<Record<string, keyof QueueCounts>> = { created: "queued", retry: "retrying", active: "active", completed: "done", failed: "failed" };

const COUNTS = `
  SELECT name, state::text AS state, count(*)::int AS n FROM ${SCHEMA}.job WHERE name IN ($1, $2) GROUP BY name, state
  UNION ALL
  SELECT name, state::text AS state, count(*)::int AS n FROM ${SCHEMA}.archive WHERE name IN ($1, $2) GROUP BY name, state`;

/** pg-boss keeps a failure's error as { message } (ours) or { value: { message } } (its own: a timeout). */
const DEAD_LETTER_LIST = `
  SELECT data, coalesce(output->>'message', output->'value'->>'message') AS reason, created_on AS at
  FROM ${SCHEMA}.job WHERE name = $1 ORDER BY created_on DESC, id LIMIT $2`;

/** A job that its failure cannot be mended by trying again gets no try more: its retry limit becomes the tries it had. */
const NO_MORE_TRIES = `UPDATE ${SCHEMA}.job SET retry_limit = retry_count WHERE name = $1 AND id = $2 AND state = 'active'`;

/**
 * pg-boss's connection to the database: the queue's own pool, with a lost connection said in one
 * line. pg-boss's fetch swallows errors (it takes them for lost races), so failures are also counted
 * here, for fetch() to tell an empty queue from an unreachable one.
 */
class QueueDatabase implements PgBoss.Db {
  failures = 0;
  closed = false;
  constructor(
    readonly pool: pg.Pool,
    private readonly location: string,
  ) {}

  async executeSql(text: string, values: unknown[]): Promise<pg.QueryResult> {
    try {
      return await this.pool.query(text, values);
    } catch (error) {
      const failure = lostConnection(this.location, error, "");
      if (isUnavailable(failure)) this.failures++;
      throw failure;
    }
  }
}

export class JobQueue<T extends object> {
  readonly location: string;
  private readonly boss: PgBoss;
  private readonly database: QueueDatabase;

  private constructor(boss: PgBoss, database: QueueDatabase, location: string) {
    this.boss = boss;
    this.database = database;
    this.location = location;
  }

  /**
   * Connects, creating pg-boss's schema and dyad's queues if they are not there yet. A worker
   * `maintains` the queue: it takes part in expiring the jobs of workers gone away. `warn` hears
   * of maintenance that failed for another reason than a lost connection (which the caller meets too).
   */
  static async open<T extends object>(url: string, options: { maintain: boolean; warn?: (line: string) => void }): Promise<JobQueue<T>> {
    const { pool, location } = openPool(url, POOL_SIZE);
    const database = new QueueDatabase(pool, location);
    const boss = new PgBoss({ db: database, schema: SCHEMA, schedule: false, migrate: true, supervise: options.maintain, maintenanceIntervalSeconds: MAINTENANCE_SECONDS });
    boss.on("error", (error) => {
      // Maintenance still running when the queue closes fails on the closed pool: that says nothing.
      if (!database.closed && !isUnavailable(error)) options.warn?.(`queue maintenance failed: ${error.message}`);
    });
    try {
      await boss.start();
      await boss.createQueue(DEAD_LETTERS);
      await boss.createQueue(INGEST_QUEUE, { name: INGEST_QUEUE, retryLimit: RETRY_LIMIT, retryDelay: RETRY_DELAY_SECONDS, retryBackoff: true, deadLetter: DEAD_LETTERS });
      return new JobQueue<T>(boss, database, location);
    } catch (error) {
      await boss.stop({ graceful: false }).catch(() => {});
      await pool.end().catch(() => {});
      throw cannotOpen(location, error);
    }
  }

  /** Adds jobs in one statement; a job a worker has not finished within `timeoutSeconds` is failed and retried. */
  async enqueue(jobs: readonly T[], timeoutSeconds: number): Promise<void> {
    await this.boss.insert(jobs.map((data) => ({
      name: INGEST_QUEUE, data, expireInSeconds: timeoutSeconds,
      retryLimit: RETRY_LIMIT, retryDelay: RETRY_DELAY_SECONDS, retryBackoff: true, deadLetter: DEAD_LETTERS,
    })));
  }

  /** The next job for this worker, now its own until it completes, fails or times out; null when none is waiting. */
  async fetch(): Promise<QueuedJob<T> | null> {
    const failuresBefore = this.database.failures;
    const [job] = await this.boss.fetch<T>(INGEST_QUEUE, { batchSize: 1, includeMetadata: true });
    // The timeout comes as PostgreSQL's numeric, which the client gives as text.
    if (job) return { id: job.id, data: job.data, attempt: job.retryCount + 1, attempts: job.retryLimit + 1, timeoutSeconds: Number(job.expireInSeconds) };
    // An empty answer after a failed query is a lost connection, not an empty queue: try the server again to say so.
    if (this.database.failures > failuresBefore) await this.pending();
    return null;
  }

  async complete(id: string, output: object): Promise<void> {
    await this.boss.complete(INGEST_QUEUE, id, output);
  }

  /** Fails a job; it is tried again later unless it has had all its tries, and is then dead-lettered with `reason`. */
  async fail(id: string, reason: string): Promise<void> {
    await this.boss.fail(INGEST_QUEUE, id, { message: reason || NO_REASON });
  }

  /** Fails a job for good, without another try: trying again cannot mend it (the input is bad). Dead-lettered with `reason`. */
  async failForGood(id: string, reason: string): Promise<void> {
    await this.database.executeSql(NO_MORE_TRIES, [INGEST_QUEUE, id]);
    await this.fail(id, reason);
  }

  /** Jobs not finished yet: queued, waiting for a retry, or active on some worker. Also tells whether the server answers. */
  async pending(): Promise<number> {
    return this.boss.getQueueSize(INGEST_QUEUE, { before: "completed" });
  }

  async counts(): Promise<QueueCounts> {
    const counts: QueueCounts = { queued: 0, retrying: 0, active: 0, done: 0, failed: 0, deadLettered: 0 };
    const { rows } = await this.database.executeSql(COUNTS, [INGEST_QUEUE, DEAD_LETTERS]);
    for (const row of rows as { name: string; state: string; n: number }[]) {
      const count = row.name === DEAD_LETTERS ? "deadLettered" : COUNT_OF_STATE[row.state];
      if (count) counts[count] += row.n;
    }
    return counts;
  }

  /** The latest dead-lettered jobs, newest first. */
  async deadLetters(limit: number): Promise<DeadLetter<T>[]> {
    const { rows } = await this.database.executeSql(DEAD_LETTER_LIST, [DEAD_LETTERS, limit]);
    return (rows as { data: T; reason: string | null; at: Date }[]).map((row) => ({ data: row.data, reason: row.reason ?? NO_REASON, at: row.at.toISOString() }));
  }

  async close(): Promise<void> {
    this.database.closed = true;
    await this.boss.stop({ graceful: false, wait: true }).catch(() => {});
    await this.database.pool.end();
  }
}
