import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  RuleError
} from "./chunk-SBG2HJLT.js";
import "./chunk-WF6X2IZB.js";

// src/rules/redos-check.ts
var ATTEMPTS = 3;
async function loadRecheck() {
  try {
    return await import("recheck");
  } catch (error) {
    throw new RuleError(
      `the ReDoS check needs the recheck package, a development dependency (${error.message.split("\n")[0]}): run 'npm install' in a checkout of leakscan, or 'rules check --no-redos'`
    );
  }
}
async function assessBacktracking(pattern, flags) {
  const { check } = await loadRecheck();
  let verdict;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const diagnostics = await check(pattern, flags, { timeout: 5e3, randomSeed: attempt });
    if (diagnostics.status === "safe") return void 0;
    if (diagnostics.status === "unknown") {
      verdict = { severity: "warning", message: `the ReDoS checker could not decide (${diagnostics.error.kind})` };
      continue;
    }
    const { complexity } = diagnostics;
    const attack = diagnostics.attack ? ` (attack string ${JSON.stringify(diagnostics.attack.pattern).slice(0, 80)})` : "";
    if (complexity.type === "exponential")
      return { severity: "error", message: `can backtrack catastrophically: exponential complexity${attack}` };
    verdict = complexity.degree >= 3 ? {
      severity: "error",
      message: `can backtrack catastrophically: polynomial complexity of degree ${complexity.degree}${attack}`
    } : {
      severity: "warning",
      message: `quadratic backtracking on adversarial input${attack}; bounded by the engine's line windows`
    };
  }
  return verdict;
}
async function findBacktrackingRisk(pattern, flags) {
  const verdict = await assessBacktracking(pattern, flags);
  return verdict?.severity === "error" ? verdict.message : void 0;
}
export {
  assessBacktracking,
  findBacktrackingRisk
};
