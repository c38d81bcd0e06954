#!/usr/bin/env node
// The `motcua` command. The TypeScript sources are built to dist/ by `npm run build`
// (run automatically after `npm ci` by the workspace's `prepare` script).
import '../dist/main.js';
