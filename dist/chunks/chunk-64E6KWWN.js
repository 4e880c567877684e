import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  findingFingerprint
} from "./chunk-OTXXD2RD.js";
import {
  DRIFT_KINDS,
  DRIFT_SEVERITIES,
  severityRank
} from "./chunk-BP5JTKJ7.js";
import {
  compareText
} from "./chunk-5ZL7S7IZ.js";

// src/drift/drift-report.ts
import { createHash } from "node:crypto";
var DRIFT_REPORT_FORMAT_VERSION = 1;
function findingId(kind, target) {
  return findingFingerprint(kind, target);
}
function observedDigest(finding) {
  return createHash("sha256").update([finding.actual, ...finding.details ?? []].join("\n")).digest("hex").slice(0, 12);
}
function makeFinding(kind, target, fields, checkedOn) {
  const { details, ...texts } = fields;
  return {
    id: findingId(kind, target),
    kind,
    severity: DRIFT_KINDS[kind].severity,
    target,
    ...texts,
    firstSeen: checkedOn,
    ...details && details.length > 0 ? { details } : {}
  };
}
function compareFindings(a, b) {
  return severityRank(a.severity) - severityRank(b.severity) || compareText(a.kind, b.kind) || compareText(a.target, b.target);
}
function summarize(findings) {
  const summary = Object.fromEntries(DRIFT_SEVERITIES.map((severity) => [severity, 0]));
  for (const finding of findings) summary[finding.severity]++;
  return summary;
}
function findingsAtOrAbove(report, minimum) {
  return report.findings.filter((finding) => severityRank(finding.severity) <= severityRank(minimum));
}

export {
  DRIFT_REPORT_FORMAT_VERSION,
  findingId,
  observedDigest,
  makeFinding,
  compareFindings,
  summarize,
  findingsAtOrAbove
};
