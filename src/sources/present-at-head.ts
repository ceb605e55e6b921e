import type { Finding } from '../findings/finding.js';
import { runGit } from './git.js';

/**
 * Marks each finding with whether its secret is still in the same file at `head` (HEAD, or a range's end): the first thing a reviewer
 * asks. Reads only the blobs of paths that have findings, each once.
 */
export async function markPresentAtHead(root: string, findings: readonly Finding[], head: string | undefined): Promise<Finding[]> {
  const blobs = new Map<string, string[] | undefined>();
  const out: Finding[] = [];
  for (const finding of findings) {
    if (!blobs.has(finding.file)) blobs.set(finding.file, head ? await headBlob(root, head, finding.file) : undefined);
    const decodings = blobs.get(finding.file);
    out.push({ ...finding, presentAtHead: decodings !== undefined && decodings.some((text) => text.includes(finding.secret)) });
  }
  return out;
}

/** The blob at HEAD in both decodings the patch parser may have used (UTF-8, Latin-1 for invalid UTF-8). */
async function headBlob(root: string, head: string, path: string): Promise<string[] | undefined> {
  const result = await runGit(root, ['cat-file', 'blob', `${head}:${path}`]);
  return result.code === 0 ? [result.stdout.toString('utf8'), result.stdout.toString('latin1')] : undefined;
}
