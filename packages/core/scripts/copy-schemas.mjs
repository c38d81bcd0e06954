// Copies schemas/ into the published @motcua/core package (`@motcua/core/schemas/*.json`), so
// tools and editors can resolve the procedure language from node_modules.
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from './schema-files.mjs';

await cp(path.join(repoRoot, 'schemas'), path.join(repoRoot, 'packages/core/schemas'), { recursive: true });
