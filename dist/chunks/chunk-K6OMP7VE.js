import { createRequire as __leakscanCreateRequire } from 'node:module'; const require = __leakscanCreateRequire(import.meta.url);
import {
  detectFragment,
  expandFragment
} from "./chunk-QDLW7BHU.js";
import {
  Secret
} from "./chunk-KT7CGH3D.js";
import {
  readListedFile
} from "./chunk-R46I27HW.js";

// src/detect/file-scan.ts
function scanListedFile(detector, file, options) {
  const read = readListedFile(file, options);
  if ("skipped" in read) return { findings: [], dropped: [], skipped: read.skipped, bytes: 0 };
  const findings = [];
  const dropped = [];
  for (const fragment of read.fragments) {
    for (const part of expandFragment(fragment)) {
      const detection = detectFragment(detector, part);
      findings.push(...detection.findings);
      dropped.push(...detection.dropped);
    }
  }
  return { findings, dropped, bytes: read.bytes, skipped: read.unscanned };
}
function toWire(scan) {
  return {
    ...scan,
    findings: scan.findings.map(({ secret, pairedWith, ...rest }) => ({
      ...rest,
      secret: secret.reveal(),
      pairedWith: pairedWith && { ...pairedWith, secret: pairedWith.secret.reveal() }
    }))
  };
}
function fromWire(scan) {
  return {
    ...scan,
    findings: scan.findings.map(({ secret, pairedWith, ...rest }) => ({
      ...rest,
      secret: new Secret(secret),
      pairedWith: pairedWith && { ...pairedWith, secret: new Secret(pairedWith.secret) }
    }))
  };
}

export {
  scanListedFile,
  toWire,
  fromWire
};
