import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  commitExists,
  countCommits,
  gitText,
  openRepository,
  resolveCommit,
  runGit,
  shallowBoundaries,
  streamGit
} from "./chunk-OU7SLQGR.js";
import "./chunk-JFG6ZZTS.js";
import "./chunk-WF6X2IZB.js";
export {
  commitExists,
  countCommits,
  gitText,
  openRepository,
  resolveCommit,
  runGit,
  shallowBoundaries,
  streamGit
};
