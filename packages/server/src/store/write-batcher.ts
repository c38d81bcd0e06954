/**
 * `createWriteBatcher`: group commit in the application. Writes that arrive while earlier ones are on their
 * way to the database wait, and go together in the next statement, so a busy server pays one round trip
 * and one commit (one WAL flush, on durable PostgreSQL) for many writes. Nothing waits on a timer: a write
 * that finds the batcher idle waits one turn of the event loop (`setImmediate`), so that the requests
 * already received are handled first and their writes join it. That turn is what lets the embedded store
 * batch at all: PGlite runs a statement on the event loop's own thread, so no request can arrive while
 * one runs, and without it every batch held one write (BENCHMARKS.md: 3× the actions per second).
 *
 * Two writes with the same key never share a batch nor run at once (the second waits for the first to
 * settle), which keeps `UPDATE … FROM` well defined and a process from racing itself for a row lock.
 */

/** Options of {@link createWriteBatcher}. */
export interface WriteBatcherOptions<TItem, TResult> {
  /** The key of an item: the row it writes. */
  readonly keyOf: (item: TItem) => string;
  /**
   * Writes `items` (distinct keys, in key order, so that writers lock rows in one order) in one
   * statement and resolves with one result per item, in order. Rejecting means nothing was written.
   */
  readonly write: (items: readonly TItem[]) => Promise<readonly TResult[]>;
  /** The most items in one statement (32 by default). */
  readonly maxSize?: number;
  /**
   * The most statements on their way at once (1 by default); each holds one database connection. One is
   * what batches best on a small machine: at 16–64 users on two cores it gave as many or more actions per
   * second than 2, 4 or 8, with less CPU per request (BENCHMARKS.md).
   */
  readonly maxInFlight?: number;
}

interface Pending<TItem, TResult> {
  readonly item: TItem;
  readonly key: string;
  readonly resolve: (result: TResult) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * A function that writes one item through the batcher and resolves with its result.
 *
 * When a statement of several items fails (a bad item, a deadlock with another server instance, a lost
 * connection), each of its items is written again alone, so one bad item fails only its own write. A
 * rejected statement wrote nothing, so writing its items again cannot write anything twice.
 * @example const append = createWriteBatcher({ keyOf: (a) => a.id, write: (batch) => writeAppends(sql, batch) });
 */
export function createWriteBatcher<TItem, TResult>(options: WriteBatcherOptions<TItem, TResult>): (item: TItem) => Promise<TResult> {
  const { keyOf, write, maxSize = 32, maxInFlight = 1 } = options;
  if (!(Number.isInteger(maxSize) && maxSize >= 1)) throw new RangeError(`maxSize must be an integer ≥ 1, not ${maxSize}`);
  if (!(Number.isInteger(maxInFlight) && maxInFlight >= 1)) throw new RangeError(`maxInFlight must be an integer ≥ 1, not ${maxInFlight}`);
  let queue: Pending<TItem, TResult>[] = [];
  const busy = new Set<string>();
  let inFlight = 0;
  let isPumpScheduled = false;

  /** The next batch: queued items in arrival order, skipping keys that are busy or already taken. */
  const take = (): Pending<TItem, TResult>[] => {
    const batch: Pending<TItem, TResult>[] = [];
    const left: Pending<TItem, TResult>[] = [];
    for (const pending of queue) {
      if (batch.length < maxSize && !busy.has(pending.key)) {
        busy.add(pending.key);
        batch.push(pending);
      } else left.push(pending);
    }
    queue = left;
    return batch.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  };

  const run = async (batch: readonly Pending<TItem, TResult>[]): Promise<void> => {
    let results: readonly TResult[];
    try {
      results = await write(batch.map((pending) => pending.item));
    } catch (error) {
      if (batch.length === 1) batch[0]!.reject(error);
      else await Promise.all(batch.map((pending) => run([pending])));
      return;
    }
    if (results.length !== batch.length) {
      // The statement ran, so its items must not be written again: a writer that miscounts is a bug to report.
      const error = new Error(`A batched write answered ${results.length} results for ${batch.length} items`);
      for (const pending of batch) pending.reject(error);
      return;
    }
    batch.forEach((pending, index) => pending.resolve(results[index]!));
  };

  const pump = (): void => {
    while (inFlight < maxInFlight && queue.length > 0) {
      const batch = take();
      if (batch.length === 0) return; // every queued key is being written; its batch's end pumps again
      inFlight++;
      void run(batch).finally(() => {
        inFlight--;
        for (const pending of batch) busy.delete(pending.key);
        pump();
      });
    }
  };

  return (item) => new Promise<TResult>((resolve, reject) => {
    queue.push({ item, key: keyOf(item), resolve, reject });
    if (isPumpScheduled) return;
    isPumpScheduled = true;
    setImmediate(() => {
      isPumpScheduled = false;
      pump();
    });
  });
}
