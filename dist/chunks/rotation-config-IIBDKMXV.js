import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  DEFAULT_POLICY,
  DEFAULT_SECRET_ENV,
  GITHUB_API_URL,
  GITHUB_FIELDS,
  LEGACY_OUTBOX,
  VERIFICATION_FILTERS,
  WEBHOOK_FIELDS,
  checkUrl,
  isLoopbackHost,
  parseRotationConfig,
  wantsFinding
} from "./chunk-EA75SS5A.js";
import "./chunk-QUAOKGHR.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-WF6X2IZB.js";
export {
  DEFAULT_POLICY,
  DEFAULT_SECRET_ENV,
  GITHUB_API_URL,
  GITHUB_FIELDS,
  LEGACY_OUTBOX,
  VERIFICATION_FILTERS,
  WEBHOOK_FIELDS,
  checkUrl,
  isLoopbackHost,
  parseRotationConfig,
  wantsFinding
};
