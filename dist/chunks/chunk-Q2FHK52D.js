import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);

// src/report/apply-text.ts
function applySummaryLine(report) {
  const parts = [
    `${report.changesApplied.length} change${report.changesApplied.length === 1 ? "" : "s"} applied`,
    `${report.failures.length} failed`,
    `${report.refused.length} refused`
  ];
  if (report.pending.length > 0) parts.push(`${report.pending.length} still planned`);
  return parts.join(", ");
}
function renderApplyText(report) {
  const lines = [];
  if (report.stoppedBeforeStart) lines.push(report.stoppedBeforeStart);
  else if (report.changesApplied.length + report.failures.length + report.refused.length + report.problems.length + report.pending.length === 0) {
    lines.push("No changes. The organization already matches the repository.");
  }
  const section = (title, body) => {
    if (body.length > 0) lines.push("", title, ...body);
  };
  section(
    "Problems that block apply:",
    report.problems.map((problem) => `  ! ${problem.target}: ${problem.message}`)
  );
  section(
    "Failed:",
    report.failures.flatMap((failure) => [`  \u2717 ${failure.id}`, `      ${failure.message}`])
  );
  section(
    "Refused:",
    report.refused.flatMap((change) => [`  - ${change.id}: ${change.description}`, `      ${change.reason}`])
  );
  section(
    "Still planned (re-run apply once the causes above are fixed):",
    report.pending.map((change) => `  ~ ${change.id}: ${change.description}`)
  );
  section(
    "Created accounts:",
    report.createdAccounts.map((account) => `  ${account.name}  ${account.id}`)
  );
  section(
    "Adopted accounts:",
    report.adoptedAccounts.map((account) => `  ${account.name}  ${account.id}`)
  );
  section(
    "Baselines (StackSet operations):",
    report.baselineResults.flatMap((result) => [
      `  ${result.stackSet}  ${result.action}  ${result.status}  ${result.succeeded} succeeded, ${result.failed.length} failed  (operation ${result.operationId})`,
      ...result.failed.map((instance) => `      \u2717 ${instance.account} ${instance.region}: ${instance.reason}`)
    ])
  );
  section(
    "Baseline roles in new accounts:",
    report.verification.flatMap((account) => [
      `  ${account.account.name} (${account.account.id})${account.error ? `: ${account.error}` : account.roles.length === 0 ? ": no named baseline roles to check" : ""}`,
      ...account.roles.map(
        (role) => `      ${role.ok ? "\u2713" : "\u2717"} ${role.roleName} (${role.baseline}): ${!role.exists ? "missing" : role.permissionsBoundaryArn ? `boundary ${role.permissionsBoundaryArn}` : role.boundaryExpected ? "NO permissions boundary" : "no boundary (none declared)"}`
      )
    ])
  );
  section(
    "Applied:",
    report.changesApplied.map((change) => `  \u2713 ${change.id}`)
  );
  lines.push("", approvalLine(report), `Apply: ${applySummaryLine(report)}.`);
  return lines.join("\n").trimStart();
}
function approvalLine(report) {
  const { approval } = report;
  const commit = approval.commit ? ` of commit ${approval.commit.slice(0, 12)}` : "";
  if (!approval.approved) return `Plan ${approval.digest}${commit} was not approved.`;
  return `Approved plan: ${approval.digest || "(none computed)"}${commit}, ${approval.source}.`;
}

export {
  applySummaryLine,
  renderApplyText,
  approvalLine
};
