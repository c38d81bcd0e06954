/**
 * `serveInWorkers`: the Node entry as several processes sharing one port (`node:cluster`), so the server
 * uses more than one core. The processes share nothing but the database, as separate instances do
 * (design.md "where state lives"): so only with PostgreSQL, never the embedded store, which belongs to
 * one process.
 */
import cluster, { type Worker } from 'node:cluster';
import { randomBytes } from 'node:crypto';

/** What a worker tells the primary once it listens. */
export interface WorkerReady {
  readonly ready: string;
  readonly users: number;
}

/** The environment a worker reads: its index (0 runs the background jobs) and the shared signing key. */
export const WORKER_INDEX = 'MOTCUA_WORKER_INDEX';
export const WORKER_SECRET = 'MOTCUA_WORKER_SECRET';

/**
 * Forks `count` workers of this entry and resolves with the first one's ready message once all listen.
 * The demo signing key is made here, once, and handed to every worker, so a token minted by one is good
 * at all. A worker that dies (a crash, a kill) is replaced with the same index, until `stop`.
 */
export async function serveInWorkers(count: number): Promise<{ ready: WorkerReady; stop(): Promise<void> }> {
  const secret = randomBytes(32).toString('base64url');
  let stopping = false;
  const fork = (index: number): Worker => {
    const worker = cluster.fork({ [WORKER_INDEX]: String(index), [WORKER_SECRET]: secret });
    worker.once('exit', (code, signal) => {
      // Exiting 0 is a worker that was asked to stop (Ctrl-C reaches the whole process group).
      if (stopping || code === 0) return;
      console.error(`motcua: tiến trình ${index} dừng (${signal ?? code}), khởi động lại / worker ${index} exited (${signal ?? code}); restarting`);
      workers[index] = fork(index);
    });
    return worker;
  };
  const workers = Array.from({ length: count }, (_, index) => fork(index));
  const readies = await Promise.all(workers.map((worker) => new Promise<WorkerReady>((resolve, reject) => {
    worker.on('message', (message: Partial<WorkerReady>) => { if (typeof message.ready === 'string') resolve(message as WorkerReady); });
    worker.once('exit', (code) => reject(new Error(`worker ${worker.id} exited with ${code} before it listened`)));
  })));
  return {
    ready: readies[0]!,
    stop: async () => {
      stopping = true;
      await Promise.all(workers.map((worker) => new Promise<void>((resolve) => {
        if (worker.isDead()) { resolve(); return; }
        worker.once('exit', () => resolve());
        worker.process.kill('SIGTERM');
      })));
    },
  };
}

/**
 * `MOTCUA_WORKERS`: how many processes serve the port (1 by default; `auto` for one per core).
 * @throws Error naming the setting and what it takes, for anything else.
 */
export function readWorkerCount(value: string | undefined, cores: number): number {
  if (value === undefined || value === '') return 1;
  if (value === 'auto') return Math.max(1, cores);
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1 || count > 64) {
    throw new Error(`MOTCUA_WORKERS=${JSON.stringify(value)} không hợp lệ: hãy dùng số từ 1 đến 64 hoặc "auto" / is not valid: use a whole number from 1 to 64, or "auto" (one per core)`);
  }
  return count;
}
