import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, isAbsolute, join } from 'node:path';

/**
 * Where leakscan keeps state for a working directory unless the user names a file: under the user's state
 * directory (`$XDG_STATE_HOME`, else `~/.local/state`), in `leakscan/<dir name>-<hash of its real path>/`. A
 * repository can commit any file into its own tree, but nothing into this directory, so a clone cannot plant
 * a link there or pre-mark its own leak as handled.
 */
export function stateDirectory(cwd: string, env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.XDG_STATE_HOME;
  const base = configured && isAbsolute(configured) ? configured : join(homedir(), '.local', 'state');
  let root = cwd;
  try {
    root = realpathSync(cwd);
  } catch {
    // A directory that vanished keeps its given name.
  }
  const name =
    basename(root)
      .replace(/[^A-Za-z0-9._-]/g, '_')
      .slice(0, 40) || 'root';
  return join(base, 'leakscan', `${name}-${createHash('sha256').update(root).digest('hex').slice(0, 16)}`);
}
