import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml } from '../config/parse-yaml.js';

/** One entry of a data file that holds a YAML list (rules, verifiers), named for problem messages. */
export interface YamlListEntry {
  /** `rules/aws.yaml` */
  file: string;
  /** `rules/aws.yaml#aws-access-key-id`, or `…#[3]` for an entry without a string `id` */
  where: string;
  raw: unknown;
}

/**
 * Every `*.yaml` / `*.yml` file of `dir`, in name order, each a YAML list: its entries, named as `label/name#id`.
 * A file that does not parse, or is not a list of `what`, is a problem; the other files are still read.
 */
export async function readYamlLists(
  dir: string,
  label: string,
  what: string,
): Promise<{ files: { file: string; entries: YamlListEntry[] }[]; problems: string[] }> {
  const files: { file: string; entries: YamlListEntry[] }[] = [];
  const problems: string[] = [];
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
    .sort();
  for (const name of names) {
    const file = `${label}/${name}`;
    let parsed: unknown;
    try {
      parsed = await parseYaml(readFileSync(join(dir, name), 'utf8'));
    } catch (error) {
      problems.push(`${file}: YAML does not parse: ${(error as Error).message}`);
      continue;
    }
    if (!Array.isArray(parsed)) {
      problems.push(`${file}: must be a YAML list of ${what}`);
      continue;
    }
    const entries = parsed.map((raw, index) => {
      const id = (raw as { id?: unknown })?.id;
      return { file, where: `${file}#${typeof id === 'string' ? id : `[${index}]`}`, raw };
    });
    files.push({ file, entries });
  }
  return { files, problems };
}
