import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);

// src/state/state-dir.ts
import { createHash } from "node:crypto";
import { realpathSync } from "node:fs";
import { homedir } from "node:os";
import { basename, isAbsolute, join } from "node:path";
function stateDirectory(cwd, env = process.env) {
  const configured = env.XDG_STATE_HOME;
  const base = configured && isAbsolute(configured) ? configured : join(homedir(), ".local", "state");
  let root = cwd;
  try {
    root = realpathSync(cwd);
  } catch {
  }
  const name = basename(root).replace(/[^A-Za-z0-9._-]/g, "_").slice(0, 40) || "root";
  return join(base, "leakscan", `${name}-${createHash("sha256").update(root).digest("hex").slice(0, 16)}`);
}

export {
  stateDirectory
};
