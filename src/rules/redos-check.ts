/**
 * Asks recheck whether a pattern can backtrack super-linearly. Used by `rules check` and on every custom rule
 * from a config, so a user's pathological regex is refused before it can hang a scan.
 */
export async function findBacktrackingRisk(pattern: string, flags: string): Promise<string | undefined> {
  const { check } = await import('recheck');
  const diagnostics = await check(pattern, flags, { timeout: 10_000 });
  if (diagnostics.status === 'vulnerable') {
    const attack = diagnostics.attack ? ` (e.g. ${JSON.stringify(diagnostics.attack.pattern).slice(0, 80)})` : '';
    return `can backtrack catastrophically: ${diagnostics.complexity.type} complexity${attack}`;
  }
  return undefined;
}
