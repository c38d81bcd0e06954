// `npm start`: the demo portal on the embedded store (PORT chooses the port; 4173 by default). With
// DATABASE_URL set, the same entry runs against PostgreSQL.
import path from 'node:path';
import { startDemoServer } from './node/start-demo-server.js';

const root = process.env.MOTCUA_ROOT ?? process.cwd();
const port = Number(process.env.PORT ?? 4173);
const demo = await startDemoServer({
  port,
  proceduresDir: path.join(root, 'examples/procedures'),
  portalDir: path.join(root, 'examples/portal'),
  elementsDir: path.join(root, 'packages/elements/dist/browser'),
  dataDir: process.env.MOTCUA_DATA_DIR ?? path.join(root, '.motcua/data'),
  ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
  // MOTCUA_JOB_INTERVAL_MS: how often the deadline scan and the portal outbox run (60000 by default; 0 turns them off).
  jobs: jobInterval() === 0 ? false : { intervalMs: jobInterval() },
});
console.log(`motcua: cổng dịch vụ mẫu / demo portal: ${demo.url}`);
console.log(`motcua: ${demo.users.length} tài khoản mẫu / demo logins at ${demo.url}demo/users`);
function jobInterval(): number {
  const value = Number(process.env.MOTCUA_JOB_INTERVAL_MS ?? 60_000);
  return Number.isFinite(value) && value >= 0 ? value : 60_000;
}
const stop = () => { void demo.close().then(() => process.exit(0)); };
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
