/** Context carried by every leakscan error so a message can say where it happened. */
export interface ErrorContext {
  file?: string;
  commit?: string;
  ruleId?: string;
}

export class LeakscanError extends Error {
  readonly context: ErrorContext;
  constructor(message: string, context: ErrorContext = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.context = context;
  }
}

/** Bad command-line usage: exit 2. */
export class UsageError extends LeakscanError {}

/** Invalid `.leakscan.yaml`: carries every problem, each prefixed by its field path. */
export class ConfigError extends LeakscanError {
  readonly problems: string[];
  constructor(file: string, problems: string[]) {
    super(`invalid config ${file}:\n  ${problems.join('\n  ')}`, { file });
    this.problems = problems;
  }
}

/** Invalid rule definition (built-in or custom). */
export class RuleError extends LeakscanError {}

/** A source (file tree, git, stdin) could not be read as a whole. */
export class SourceError extends LeakscanError {}

/** A report or other output could not be written where the user asked (a missing parent is created). */
export class OutputError extends LeakscanError {}

/** A bug: the message asks the user to report it. */
export class InternalError extends LeakscanError {}

export function describeError(error: unknown): string {
  if (error instanceof LeakscanError) {
    const where = [error.context.file, error.context.commit, error.context.ruleId].filter(Boolean).join(', ');
    return where && !error.message.includes(where) ? `${error.message} (${where})` : error.message;
  }
  if (error instanceof Error) return error.message;
  return String(error);
}
