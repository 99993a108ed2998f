// Marks the CLI entry executable after tsc (npm's bin shim needs it on a fresh clone).
import { chmodSync, existsSync } from 'node:fs';
const entry = new URL('../dist/cli/main.js', import.meta.url);
if (existsSync(entry)) chmodSync(entry, 0o755);
