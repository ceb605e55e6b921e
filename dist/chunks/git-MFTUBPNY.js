import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  HARDENING,
  checkRevision,
  commitExists,
  countCommits,
  fetchGit,
  firstLines,
  gitText,
  openRepository,
  originUrl,
  resolveCommit,
  runGit,
  shallowBoundaries,
  shortSha,
  spawnGit,
  streamGit
} from "./chunk-K6UU3W6D.js";
import "./chunk-SBG2HJLT.js";
import "./chunk-WF6X2IZB.js";
export {
  HARDENING,
  checkRevision,
  commitExists,
  countCommits,
  fetchGit,
  firstLines,
  gitText,
  openRepository,
  originUrl,
  resolveCommit,
  runGit,
  shallowBoundaries,
  shortSha,
  spawnGit,
  streamGit
};
