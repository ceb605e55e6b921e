/** The line that marks a pre-commit hook as leakscan's own, so install is idempotent and uninstall is safe. */
export const HOOK_MARKER = '# leakscan pre-commit hook: installed by `leakscan hook install`';
export const CHAINED_SUFFIX = '.leakscan-chained';

/** Quotes a value for POSIX sh: single quotes, with embedded single quotes closed, escaped and reopened. */
export function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/**
 * The hook: runs a chained pre-existing hook first, then `leakscan staged` through the exact node and CLI
 * that installed it (works for a devDependency, a global install or a checkout, and never needs a registry).
 * If that CLI has moved, it falls back to node_modules/.bin/leakscan, then `leakscan` on PATH, and fails
 * the commit with a clear message if none exists: a scanner that silently stops scanning is worse than none.
 */
export function renderHook(nodePath: string, cliPath: string): string {
  return `#!/bin/sh
${HOOK_MARKER}
# Bypass once: LEAKSCAN_SKIP=1 git commit ...   (or git commit --no-verify, which skips every hook)
# Remove: leakscan hook uninstall   (restores the hook this one chained, if any)
hook_dir=$(dirname -- "$0")
if [ -x "$hook_dir/pre-commit${CHAINED_SUFFIX}" ]; then
  "$hook_dir/pre-commit${CHAINED_SUFFIX}" "$@" || exit $?
fi
if [ "\${LEAKSCAN_SKIP:-}" = "1" ]; then
  echo "leakscan: LEAKSCAN_SKIP=1: the staged changes were NOT scanned for secrets" >&2
  exit 0
fi
leakscan_node=${shellQuote(nodePath)}
leakscan_cli=${shellQuote(cliPath)}
if [ -f "$leakscan_cli" ]; then
  if [ -x "$leakscan_node" ]; then exec "$leakscan_node" "$leakscan_cli" staged; fi
  if command -v node >/dev/null 2>&1; then exec node "$leakscan_cli" staged; fi
fi
top=$(git rev-parse --show-toplevel 2>/dev/null)
if [ -n "$top" ] && [ -x "$top/node_modules/.bin/leakscan" ]; then exec "$top/node_modules/.bin/leakscan" staged; fi
if command -v leakscan >/dev/null 2>&1; then exec leakscan staged; fi
echo "leakscan: cannot run the secret scan: $leakscan_cli is gone and no leakscan was found in node_modules/.bin or on PATH." >&2
echo "leakscan: reinstall the hook (leakscan hook install), or bypass once with LEAKSCAN_SKIP=1 git commit ..." >&2
exit 1
`;
}
