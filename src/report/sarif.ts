import { pathToFileURL } from 'node:url';
import type { Finding } from '../findings/finding.js';
import { groupBySecret, type SecretGroup } from '../findings/secret-groups.js';
import { remediationText } from './remediation.js';
import type { Reporter, ReportInput } from './reporter.js';

const LEVEL = { critical: 'error', high: 'error', medium: 'warning', low: 'note' } as const;
/** GitHub code scanning ranks security results by this property (0.0–10.0). */
/** SARIF's precision has no level below `low`. */
const PRECISION = { high: 'very-high', medium: 'medium', low: 'low', lowest: 'low' } as const;
const SECURITY_SEVERITY = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' } as const;

function ruleDescriptor(finding: Finding) {
  const help = `A ${finding.title} was found in the code. ${remediationText(finding)}`;
  return {
    id: finding.ruleId,
    name: finding.ruleId.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: finding.title },
    fullDescription: { text: `${finding.title} (${finding.vendor})` },
    helpUri: finding.rotationGuide,
    help: { text: help, markdown: help },
    defaultConfiguration: { level: LEVEL[finding.severity] },
    properties: {
      tags: ['security', 'secret', ...finding.tags],
      'security-severity': SECURITY_SEVERITY[finding.severity],
      precision: PRECISION[finding.confidence],
    },
  };
}

const SRCROOT = '%SRCROOT%';

/**
 * A finding's path as an artifact location: relative to `%SRCROOT%` (the repository's top level or the scanned
 * root), each segment percent-encoded so a `#`, `?` or `:` in a name stays part of the path. An absolute path
 * (a `--stdin-name`) becomes a `file:` URI of its own.
 */
function artifactLocation(path: string) {
  if (path.startsWith('/')) return { uri: pathToFileURL(path).href };
  return { uri: path.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

/**
 * Where `%SRCROOT%` is: the scanned directory, or for a remote scan the repository (mapped through
 * versionControlProvenance: its clone is gone).
 */
function sourceRoot(input: ReportInput) {
  const description = { text: 'the top level of the scanned repository, or the scanned directory' };
  if (input.remote)
    return {
      originalUriBaseIds: { [SRCROOT]: { description } },
      versionControlProvenance: [
        {
          repositoryUri: input.remote.url,
          revisionId: input.remote.commit,
          mappedTo: { uriBaseId: SRCROOT },
        },
      ],
    };
  const uri = input.root ? pathToFileURL(input.root.endsWith('/') ? input.root : `${input.root}/`).href : undefined;
  return { originalUriBaseIds: { [SRCROOT]: { uri, description } } };
}

/** The other places the same secret was found in (a reused key): SARIF's related locations. */
function relatedPlaces(finding: Finding, groups: ReadonlyMap<string, SecretGroup>) {
  const others = (groups.get(finding.secretId ?? '')?.locations ?? []).filter(
    (location) => location.fingerprint !== finding.fingerprint && location.part !== 'commit-message',
  );
  if (others.length === 0) return {};
  return {
    relatedLocations: others.map((location, index) => ({
      id: index + 1,
      physicalLocation: {
        artifactLocation: artifactLocation(location.file),
        region: { startLine: location.line, startColumn: location.column },
      },
      message: { text: `the same key${location.commit ? ` (commit ${location.commit.sha})` : ''}` },
    })),
  };
}

/** SARIF 2.1.0 for GitHub code scanning (upload-sarif) and other SARIF viewers. */
export const sarifReporter: Reporter = {
  name: 'sarif',
  render(input: ReportInput): string {
    const rules: ReturnType<typeof ruleDescriptor>[] = [];
    const ruleIndex = new Map<string, number>();
    for (const finding of input.findings) {
      if (!ruleIndex.has(finding.ruleId)) {
        ruleIndex.set(finding.ruleId, rules.length);
        rules.push(ruleDescriptor(finding));
      }
    }
    const groups = new Map(groupBySecret(input.findings).map((group) => [group.id, group]));
    const results = input.findings.map((finding) => ({
      ruleId: finding.ruleId,
      ruleIndex: ruleIndex.get(finding.ruleId),
      level: LEVEL[finding.severity],
      message: {
        text: `${finding.title} (${finding.secret.shown(input.showSecrets)})${finding.commit ? ` introduced in commit ${finding.commit.sha}` : ''}`,
      },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactLocation(finding.file),
            region: {
              startLine: finding.line,
              startColumn: finding.column,
              endLine: finding.endLine,
              endColumn: finding.endColumn,
            },
          },
        },
      ],
      ...relatedPlaces(finding, groups),
      // Stable across line shifts and rebases: code scanning uses it to match alerts between runs.
      partialFingerprints: { 'leakscanFingerprint/v1': finding.fingerprint },
      properties: {
        confidence: finding.confidence,
        ...(finding.commit
          ? {
              commit: finding.commit.sha,
              author: finding.commit.author,
              email: finding.commit.email,
              date: finding.commit.date,
              commitMessage: finding.commit.message,
            }
          : {}),
        decodedFrom: finding.decodedFrom,
        ...(finding.secretId
          ? { secretId: finding.secretId, reusedIn: finding.reusedIn ?? 1, reused: (finding.reusedIn ?? 1) > 1 }
          : {}),
        exposure: finding.exposure,
        verification: finding.verification,
      },
    }));
    const log = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'leakscan',
              version: input.toolVersion,
              semanticVersion: input.toolVersion,
              informationUri: 'https://www.npmjs.com/package/leakscan',
              rules,
            },
          },
          ...sourceRoot(input),
          results,
          columnKind: 'utf16CodeUnits',
          // What the confidence cut left out, so a code-scanning upload does not hide it silently.
          ...(input.minConfidence
            ? {
                properties: {
                  minConfidence: input.minConfidence.level,
                  hiddenBelowMinConfidence: input.minConfidence.hidden,
                },
              }
            : {}),
        },
      ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
  },
};
