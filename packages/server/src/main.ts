// `npm start`: the demo portal on the embedded store (PORT chooses the port; 4173 by default). With
// DATABASE_URL set, the same entry runs against PostgreSQL, and MOTCUA_WORKERS=N (or `auto`, one per core)
// serves the port from N processes.
import cluster from 'node:cluster';
import os from 'node:os';
import path from 'node:path';
import { startDemoServer } from './node/start-demo-server.js';
import { readWorkerCount, serveInWorkers, WORKER_INDEX, WORKER_SECRET } from './node/serve-in-workers.js';

const root = process.env.MOTCUA_ROOT ?? process.cwd();
const port = Number(process.env.PORT ?? 4173);
const workers = workerCount();

if (workers > 1 && cluster.isPrimary) {
  const { ready, stop } = await serveInWorkers(workers);
  announce(ready.ready, ready.users);
  onSignal(stop);
} else {
  // In a worker, the primary hands over the shared signing key, and only the first runs the jobs.
  const index = Number(process.env[WORKER_INDEX] ?? 0);
  const secret = process.env[WORKER_SECRET];
  const demo = await startDemoServer({
    port,
    proceduresDir: path.join(root, 'examples/procedures'),
    portalDir: path.join(root, 'examples/portal'),
    elementsDir: path.join(root, 'packages/elements/dist/browser'),
    dataDir: process.env.MOTCUA_DATA_DIR ?? path.join(root, '.motcua/data'),
    ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
    ...(secret ? { secret } : {}),
    // MOTCUA_JOB_INTERVAL_MS: how often the deadline scan and the portal outbox run (60000 by default; 0 turns them off).
    jobs: jobInterval() === 0 || index > 0 ? false : { intervalMs: jobInterval() },
  });
  if (cluster.isWorker) process.send!({ ready: demo.url, users: demo.users.length });
  else announce(demo.url, demo.users.length);
  onSignal(demo.close);
}

function announce(url: string, users: number): void {
  console.log(`motcua: cổng dịch vụ mẫu / demo portal: ${url}${workers > 1 ? ` (${workers} tiến trình / processes)` : ''}`);
  console.log(`motcua: ${users} tài khoản mẫu / demo logins at ${url}demo/users`);
}

function workerCount(): number {
  try {
    const count = readWorkerCount(process.env.MOTCUA_WORKERS, os.availableParallelism());
    if (count > 1 && !process.env.DATABASE_URL) {
      throw new Error(`MOTCUA_WORKERS=${count} cần DATABASE_URL: kho nhúng chỉ thuộc về một tiến trình / needs DATABASE_URL: the embedded store belongs to one process; set DATABASE_URL=postgres://… or leave MOTCUA_WORKERS unset`);
    }
    return count;
  } catch (error) {
    console.error(`motcua: ${(error as Error).message}`);
    process.exit(2);
  }
}

function jobInterval(): number {
  const value = Number(process.env.MOTCUA_JOB_INTERVAL_MS ?? 60_000);
  return Number.isFinite(value) && value >= 0 ? value : 60_000;
}

function onSignal(stop: () => Promise<void>): void {
  const exit = () => { void stop().then(() => process.exit(0)); };
  process.on('SIGINT', exit);
  process.on('SIGTERM', exit);
}
