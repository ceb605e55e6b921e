import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  DEFAULT_OUTBOX,
  DEFAULT_POLICY,
  DEFAULT_SECRET_ENV,
  GITHUB_API_URL,
  checkUrl,
  isLoopbackHost,
  parseRotationConfig,
  rotationConfigOrThrow,
  wantsFinding
} from "./chunk-3RQJTY6O.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-NDTIYJFU.js";
import "./chunk-SBG2HJLT.js";
import "./chunk-WF6X2IZB.js";
export {
  DEFAULT_OUTBOX,
  DEFAULT_POLICY,
  DEFAULT_SECRET_ENV,
  GITHUB_API_URL,
  checkUrl,
  isLoopbackHost,
  parseRotationConfig,
  rotationConfigOrThrow,
  wantsFinding
};
