import { join } from 'node:path';
import { RuleError } from '../errors.js';
import { packageRoot } from '../rules/package-root.js';
import { readYamlLists } from '../rules/yaml-lists.js';
import { schemaProblems, semanticProblems, VERIFIER_SCHEMA, type VerifierDefinition } from './verifier-definition.js';

export function builtinVerifiersDir(): string {
  return join(packageRoot(), 'rules', 'verifiers');
}

/** Reads and validates every `rules/verifiers/*.yaml`; returns all problems at once. */
export async function readVerifierFiles(
  dir = builtinVerifiersDir(),
): Promise<{ verifiers: VerifierDefinition[]; problems: string[] }> {
  const verifiers: VerifierDefinition[] = [];
  const { files, problems } = await readYamlLists(dir, 'rules/verifiers', 'verifiers');
  const seenRules = new Map<string, string>();
  for (const { where, raw } of files.flatMap((file) => file.entries)) {
    const shape = schemaProblems(raw, VERIFIER_SCHEMA, where);
    if (shape.length > 0) {
      problems.push(...shape);
      continue;
    }
    const definition = raw as VerifierDefinition;
    const semantic = semanticProblems(definition, where);
    for (const rule of definition.rules) {
      const other = seenRules.get(rule);
      if (other) semantic.push(`${where}.rules: ${rule} is already verified by ${other}`);
      seenRules.set(rule, definition.id);
    }
    if (semantic.length > 0) problems.push(...semantic);
    else verifiers.push(definition);
  }
  return { verifiers, problems };
}

/** The built-in verifiers, or a RuleError naming every problem. */
export async function loadVerifiers(): Promise<VerifierDefinition[]> {
  const { verifiers, problems } = await readVerifierFiles();
  if (problems.length > 0) throw new RuleError(`built-in verifiers are invalid:\n  ${problems.join('\n  ')}`);
  return verifiers;
}
