import type { Finding } from './finding.js';
import { decodeText, sniffEncoding, type TextEncoding } from '../sources/decode-text.js';
import { BlobReader } from '../sources/git-blobs.js';

/**
 * Marks each finding with whether its secret is still in the same file at `head` (HEAD, or a range's end): the
 * first thing a reviewer asks. Reads only the blobs of paths that have findings, each once, through a single
 * `git cat-file --batch` process (see `BlobReader`).
 */
export async function markPresentAtHead(
  root: string,
  findings: readonly Finding[],
  head: string | undefined,
): Promise<Finding[]> {
  if (head === undefined || findings.length === 0)
    return findings.map((finding) => ({ ...finding, presentAtHead: false }));
  const secretsByPath = new Map<string, Set<string>>();
  // A commit message is never "in the tree"; a key in a file name is there as long as the file is.
  const namesAtHead = new Set<string>();
  for (const finding of findings) {
    if (finding.part === 'commit-message') continue;
    const secrets = secretsByPath.get(finding.file) ?? new Set<string>();
    secrets.add(finding.secret.reveal());
    secretsByPath.set(finding.file, secrets);
  }
  const presentByPath = new Map<string, Set<string>>();
  const keep = (path: string, blob: Buffer | undefined): void => {
    presentByPath.set(path, blob ? secretsIn(blob, secretsByPath.get(path) ?? []) : new Set());
  };
  const reader = new BlobReader(root);
  try {
    // One blob held at a time.
    for (const path of secretsByPath.keys()) {
      const blob = await reader.read(`${head}:${path}`);
      if (blob) namesAtHead.add(path);
      keep(path, blob?.bytes);
    }
  } finally {
    reader.close();
  }
  const present = (finding: Finding): boolean =>
    finding.part === 'file-name'
      ? namesAtHead.has(finding.file)
      : finding.part === undefined && (presentByPath.get(finding.file)?.has(finding.secret.reveal()) ?? false);
  return findings.map((finding) => ({ ...finding, presentAtHead: present(finding) }));
}

/**
 * Which of `secrets` a blob holds, in every decoding a git source may have used (UTF-8, Latin-1, UTF-16).
 * An ASCII secret is looked for in the bytes first: Latin-1 maps byte to character, and a run of ASCII
 * characters in a UTF-8 decoding (BOM cut or not) comes from the same run of bytes, so only a UTF-16
 * decoding can hold it where the bytes do not. The whole blob is decoded only for that case or a non-ASCII
 * secret.
 */
export function secretsIn(blob: Buffer, secrets: Iterable<string>): Set<string> {
  let texts: string[] | undefined;
  let encoding: TextEncoding | undefined | null = null;
  const present = new Set<string>();
  for (const secret of secrets) {
    if (ASCII.test(secret)) {
      if (blob.includes(secret, 0, 'latin1')) present.add(secret);
      else {
        if (encoding === null) encoding = sniffEncoding(blob);
        if ((encoding === 'utf16le' || encoding === 'utf16be') && decodeText(blob, encoding).includes(secret))
          present.add(secret);
      }
      continue;
    }
    texts ??= [blob.toString('utf8'), blob.toString('latin1'), decodeText(blob)];
    if (texts.some((text) => text.includes(secret))) present.add(secret);
  }
  return present;
}

// eslint-disable-next-line no-control-regex
const ASCII = /^[\u0000-\u007f]*$/;
