import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  DEFAULT_POLICY,
  DEFAULT_SECRET_ENV,
  GITHUB_API_URL,
  LEGACY_OUTBOX,
  checkUrl,
  isLoopbackHost,
  parseRotationConfig,
  wantsFinding
} from "./chunk-ZQ4PNIUJ.js";
import "./chunk-GIB3MS5R.js";
import "./chunk-NOCH2ITF.js";
import "./chunk-WF6X2IZB.js";
export {
  DEFAULT_POLICY,
  DEFAULT_SECRET_ENV,
  GITHUB_API_URL,
  LEGACY_OUTBOX,
  checkUrl,
  isLoopbackHost,
  parseRotationConfig,
  wantsFinding
};
