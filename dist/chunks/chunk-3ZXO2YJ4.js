import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);

// src/apply/apply-report.ts
var RUN_FAILURE_IDS = { endpoint: "endpoint", observe: "observe" };
var RUN_IDS = Object.values(RUN_FAILURE_IDS);
function attemptedFailures(report) {
  return report.failures.filter((failure) => failure.blockedBy === void 0 && !RUN_IDS.includes(failure.id));
}
function runFailures(report) {
  return report.failures.filter((failure) => RUN_IDS.includes(failure.id));
}
function notAttempted(report) {
  return report.failures.filter((failure) => failure.blockedBy !== void 0);
}
function applyExitCode(report) {
  const incomplete = report.stoppedBeforeStart !== void 0 || report.failures.length + report.refused.length + report.problems.length + report.pending.length > 0;
  return incomplete || failedVerifications(report) > 0 ? 1 : 0;
}
function failedVerifications(report) {
  return report.verification.filter((account) => account.error !== void 0 || account.roles.some((role) => !role.ok)).length;
}
function emptyApplyReport(approval) {
  return {
    changesApplied: [],
    createdAccounts: [],
    adoptedAccounts: [],
    baselineResults: [],
    refused: [],
    failures: [],
    problems: [],
    pending: [],
    verification: [],
    approval,
    digests: { first: "", last: "" }
  };
}
function failureReason(failure) {
  const prefix = `${failure.description} failed: `;
  return failure.message.startsWith(prefix) ? failure.message.slice(prefix.length) : failure.message;
}

export {
  RUN_FAILURE_IDS,
  attemptedFailures,
  runFailures,
  notAttempted,
  applyExitCode,
  failedVerifications,
  emptyApplyReport,
  failureReason
};
