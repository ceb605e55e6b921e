import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The installed package's root, found from this module's own location (never the cwd), so the bundled
 * `dist/cli.js`, the sources run by tsx and a global install all find `rules/` and `dist/rules.json`.
 */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'rules'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the leakscan package root (rules/ directory)');
    dir = parent;
  }
}
