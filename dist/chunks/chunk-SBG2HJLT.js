import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);

// src/errors.ts
var LeakscanError = class extends Error {
  context;
  constructor(message, context = {}, options) {
    super(message, options);
    this.name = new.target.name;
    this.context = context;
  }
};
var UsageError = class extends LeakscanError {
};
var ConfigError = class extends LeakscanError {
  problems;
  constructor(file, problems) {
    super(`invalid config ${file}:
  ${problems.join("\n  ")}`, { file });
    this.problems = problems;
  }
};
var RuleError = class extends LeakscanError {
};
var SourceError = class extends LeakscanError {
};
var OutputError = class extends LeakscanError {
};
var InternalError = class extends LeakscanError {
};
function describeError(error) {
  if (error instanceof LeakscanError) {
    const where = [error.context.file, error.context.commit, error.context.ruleId].filter(Boolean).join(", ");
    return where && !error.message.includes(where) ? `${error.message} (${where})` : error.message;
  }
  if (error instanceof Error) return error.message;
  return String(error);
}

export {
  LeakscanError,
  UsageError,
  ConfigError,
  RuleError,
  SourceError,
  OutputError,
  InternalError,
  describeError
};
