import { loadSuppressions, type Suppressions } from '../findings/suppressions.js';
import type { ReportArgs } from './report-options.js';

/** Git modes read `.leakscanignore` from the repository root, where the paths in fingerprints start. */
export function gitSuppressions(root: string, args: ReportArgs): Promise<Suppressions> {
  return loadSuppressions(root, args.baseline);
}
