import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);

// src/report/plan-text.ts
function summaryLine(summary) {
  return `${summary.create} to create, ${summary.change} to change, ${summary.destroy} to destroy`;
}
var ACTION_SYMBOL = { create: "+", change: "~", destroy: "-" };
function renderPlanText(plan) {
  const lines = [];
  if (plan.changes.length === 0) lines.push("No changes. The organization matches the repository.");
  else {
    lines.push("Vend will make these changes, in this order:", "");
    for (const change of plan.changes)
      lines.push(
        `  ${ACTION_SYMBOL[change.action]} ${change.id}${change.destructive ? "  [destructive]" : ""}`,
        `      ${change.description}`
      );
  }
  if (plan.problems.length > 0) {
    lines.push("", "Problems that block apply:");
    for (const problem of plan.problems) lines.push(`  ! ${problem.target}: ${problem.message}`);
  }
  if (plan.unmanagedAccounts.length > 0) {
    lines.push("", `Unmanaged accounts (in AWS, declared nowhere; left alone): ${plan.unmanagedAccounts.length}`);
    for (const account of plan.unmanagedAccounts)
      lines.push(`  ${account.name} (${account.id}) ${account.email} in ${account.parentPath}`);
  }
  lines.push("", `Plan: ${summaryLine(plan.summary)}.`, `Digest: ${plan.digest}`);
  return lines.join("\n");
}

export {
  summaryLine,
  ACTION_SYMBOL,
  renderPlanText
};
