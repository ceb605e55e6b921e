/** Edit distance where swapping two neighbouring letters counts as one edit (`scna` → `scan`). */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const above = rows[i - 1] as number[];
      let best = Math.min(
        (above[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (above[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = best;
    }
    rows.push(row);
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/** The closest candidate to a mistyped word, when it is close enough to be the intended one. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const typed = word.toLowerCase();
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(typed, candidate.toLowerCase());
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  if (!best) return undefined;
  const allowed = Math.max(1, Math.floor(Math.min(typed.length, best.candidate.length) / 3));
  return best.distance <= allowed ? best.candidate : undefined;
}

/**
 * "Did you mean" lines for yargs' `Unknown argument(s): a, b` message: a bare word is checked against the
 * command names (when no command was recognised) and an option against the option names. The names are
 * quoted back only when they match a known one, so nothing the user typed is echoed raw.
 */
export function unknownArgumentHints(
  message: string,
  context: { rawArgs: readonly string[]; commands: readonly string[]; options: readonly string[] },
): string[] {
  const match = /^Unknown arguments?: (.*)$/s.exec(message);
  if (!match) return [];
  const hints: string[] = [];
  const unknown = (match[1] as string).split(', ');
  const commandGiven = context.commands.includes(context.rawArgs[0] ?? '');
  for (const word of unknown) {
    const asOption = context.rawArgs.some((arg) => arg === `--${word}` || arg.startsWith(`--${word}=`));
    if (asOption) {
      const option = closest(
        word,
        context.options.filter((o) => o.length > 1),
      );
      if (option) hints.push(`did you mean --${option}?`);
    } else if (!commandGiven && context.rawArgs[0] === word) {
      const command = closest(word, context.commands);
      if (command) hints.push(`did you mean '${command}'?`);
    }
  }
  return hints;
}
