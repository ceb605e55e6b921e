import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  DEFAULT_POLICY,
  DEFAULT_SECRET_ENV,
  GITHUB_API_URL,
  LEGACY_OUTBOX,
  checkUrl,
  isLoopbackHost,
  parseRotationConfig,
  rotationConfigOrThrow,
  wantsFinding
} from "./chunk-MJPINWKI.js";
import "./chunk-7LG7DLVJ.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-SBG2HJLT.js";
import "./chunk-WF6X2IZB.js";
export {
  DEFAULT_POLICY,
  DEFAULT_SECRET_ENV,
  GITHUB_API_URL,
  LEGACY_OUTBOX,
  checkUrl,
  isLoopbackHost,
  parseRotationConfig,
  rotationConfigOrThrow,
  wantsFinding
};
