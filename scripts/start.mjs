// `npm start`: the main job — the demo portal and the dossier API on the embedded store.
// PORT chooses the port (4173 by default); data lives in .motcua/data (MOTCUA_DATA_DIR to move it).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

if (!existsSync('packages/server/dist/main.js')) spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
await import('../packages/server/dist/main.js');
