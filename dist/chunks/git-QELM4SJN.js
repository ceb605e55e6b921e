import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
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
} from "./chunk-HMUBN7PQ.js";
import "./chunk-SBG2HJLT.js";
import "./chunk-WF6X2IZB.js";
export {
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
