const OPEN_QUANTIFIER = /\{(\d+),\}/y;

/**
 * Static checks on a built-in rule pattern, before it is ever run. JavaScript regexes backtrack, so an
 * unbounded quantifier (`*`, `+`, `{n,}`) over a long minified line is where scans hang. Built-in rules must
 * bound every repetition; `recheck` (in `rules check`) then looks for super-linear backtracking among the
 * bounded ones. A config's patterns run on a linear-time engine instead (text-pattern.ts).
 */
export function findUnboundedQuantifiers(source: string): string[] {
  const problems: string[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '*' || ch === '+') problems.push(`unbounded '${ch}' at offset ${i}`);
    else if (ch === '{') {
      // Sticky at `i` rather than anchored on a slice: this runs for every rule at start-up.
      OPEN_QUANTIFIER.lastIndex = i;
      const open = OPEN_QUANTIFIER.exec(source);
      if (open) problems.push(`unbounded '${open[0]}' at offset ${i}`);
    }
  }
  return problems;
}

/** Compiles a built-in pattern and says what is wrong with it, if anything: syntax, secret group, unbounded repetition. */
export function checkPatternSyntax(pattern: string, flags: string): string[] {
  const problems: string[] = [];
  try {
    new RegExp(pattern, flags);
  } catch (error) {
    return [`does not compile: ${(error as Error).message}`];
  }
  if (!pattern.includes('(?<secret>')) problems.push("has no named group 'secret'");
  problems.push(...findUnboundedQuantifiers(pattern));
  return problems;
}
