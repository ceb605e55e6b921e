/**
 * Values that look like a secret's slot rather than a secret: template references, environment lookups,
 * documentation markers, filler runs. Returns why the value is a placeholder, or undefined.
 */
const TEMPLATE_MARKERS: [RegExp, string][] = [
  [/\$\{[^}]{0,200}\}|\$\(|\{\{|\}\}|<%|%>/, 'template reference'],
  [/^%[A-Za-z_][A-Za-z0-9_]{0,100}%$|^\$[A-Za-z_][A-Za-z0-9_]{0,100}$/, 'environment variable reference'],
  [/process\.env|os\.environ|getenv|ENV\[/i, 'environment lookup'],
  [/^<[^>]{1,200}>$|^\[[^\]]{1,200}\]$/, 'bracketed placeholder'],
];

const MARKER_WORDS =
  /example|placeholder|your[-_ ]?(?:api|secret|access|own|key|token|password)|(?:api|secret|access)[-_]?key[-_]?here|token[-_]?here|redacted|changeme|change[-_]me|dummy|sample|xxxx|\*\*\*\*|fake[-_]|insert[-_ ]|replace[-_ ]?(?:me|with)|lorem|ipsum/i;

const SEQUENTIAL_RUNS = ['0123456789', 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

export function placeholderReason(value: string): string | undefined {
  for (const [pattern, reason] of TEMPLATE_MARKERS) if (pattern.test(value)) return reason;
  const marker = MARKER_WORDS.exec(value);
  if (marker) return `placeholder word '${marker[0]}'`;
  if (/(.)\1{5}/.test(value)) return 'a character repeated 6 times';
  for (const run of SEQUENTIAL_RUNS) {
    for (let i = 0; i + 8 <= run.length; i++) {
      if (value.includes(run.slice(i, i + 8))) return `sequential run '${run.slice(i, i + 8)}'`;
    }
  }
  return undefined;
}
