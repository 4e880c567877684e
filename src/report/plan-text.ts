import type { Change, Plan, PlanSummary } from '../plan/plan.js';

/** Terraform's most-read line, in Vend's words. */
export function summaryLine(summary: PlanSummary): string {
  return `${summary.create} to create, ${summary.change} to change, ${summary.destroy} to destroy`;
}

/** Terraform's markers, so a plan reads the same in the terminal and in the comment's diff block. */
export const ACTION_SYMBOL: Record<Change['action'], string> = { create: '+', change: '~', destroy: '-' };

export function renderPlanText(plan: Plan): string {
  const lines: string[] = [];
  if (plan.changes.length === 0) lines.push('No changes. The organization matches the repository.');
  else {
    lines.push('Vend will make these changes, in this order:', '');
    for (const change of plan.changes)
      lines.push(
        `  ${ACTION_SYMBOL[change.action]} ${change.id}${change.destructive ? '  [destructive]' : ''}`,
        `      ${change.description}`,
      );
  }
  if (plan.problems.length > 0) {
    lines.push('', 'Problems that block apply:');
    for (const problem of plan.problems) lines.push(`  ! ${problem.target}: ${problem.message}`);
  }
  if (plan.unmanagedAccounts.length > 0) {
    lines.push('', `Unmanaged accounts (in AWS, declared nowhere; left alone): ${plan.unmanagedAccounts.length}`);
    for (const account of plan.unmanagedAccounts)
      lines.push(`  ${account.name} (${account.id}) ${account.email} in ${account.parentPath}`);
  }
  lines.push('', `Plan: ${summaryLine(plan.summary)}.`, `Digest: ${plan.digest}`);
  return lines.join('\n');
}
