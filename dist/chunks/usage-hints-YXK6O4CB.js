import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import "./chunk-WF6X2IZB.js";

// src/commands/usage-hints.ts
function editDistance(a, b) {
  const rows = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const above = rows[i - 1];
      let best = Math.min(
        above[j] + 1,
        row[j - 1] + 1,
        above[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2][j - 2] + 1);
      row[j] = best;
    }
    rows.push(row);
  }
  return rows[a.length][b.length];
}
function closest(word, candidates) {
  const typed = word.toLowerCase();
  let best;
  for (const candidate of candidates) {
    const distance = editDistance(typed, candidate.toLowerCase());
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  if (!best) return void 0;
  const allowed = Math.max(1, Math.floor(Math.min(typed.length, best.candidate.length) / 3));
  return best.distance <= allowed ? best.candidate : void 0;
}
function unknownArgumentHints(message, context) {
  const match = /^Unknown arguments?: (.*)$/s.exec(message);
  if (!match) return [];
  const hints = [];
  const unknown = match[1].split(", ");
  const commandGiven = context.commands.includes(context.rawArgs[0] ?? "");
  for (const word of unknown) {
    const asOption = context.rawArgs.some((arg) => arg === `--${word}` || arg.startsWith(`--${word}=`));
    if (asOption) {
      const option = closest(
        word,
        context.options.filter((o) => o.length > 1)
      );
      if (option) hints.push(`did you mean --${option}?`);
    } else if (!commandGiven && context.rawArgs[0] === word) {
      const command = closest(word, context.commands);
      if (command) hints.push(`did you mean '${command}'?`);
    }
  }
  return hints;
}
export {
  closest,
  unknownArgumentHints
};
