import { undeclaredInstancesClause } from './undeclared-instances.js';
import type { ApplyReport, PendingChange } from '../apply/apply-report.js';
import {
  attemptedFailures,
  outcomeCounts,
  failedVerifications,
  failureReason,
  notAttempted,
  RUN_FAILURE_IDS,
  runFailures,
} from '../apply/apply-report.js';
import { SAVED_PLAN_SOURCE, TERMINAL_CONFIRMATION } from '../apply/approval.js';
import { applyOutcomeByAccount, neededChange } from './apply-by-account.js';
import { changeLabel, countOf, problemPlace, UNANSWERED, UNDONE_DURING_RUN, whereInstances } from './phrasing.js';
import { visibleLine } from './visible-text.js';

/**
 * `14 changes applied, 1 failed, 2 refused`: the line a reader looks for first. The counts add up to the plan's
 * changes; a failure of the run itself (RUN_FAILURE_IDS) is said apart, since the changes it stopped are still planned.
 */
export function applySummaryLine(report: ApplyReport): string {
  const run = runFailures(report);
  const counts = outcomeCounts(report);
  const parts = [
    `${countOf(counts.applied, 'change')} applied`,
    `${counts.failed} failed`,
    `${counts.refused} refused`,
  ];
  if (counts.notAttempted > 0) parts.push(`${counts.notAttempted} not attempted`);
  if (counts.pending > 0) parts.push(`${counts.pending} still planned`);
  // Counted as still planned, yet AWS made them: a reader of this line alone must not think nothing changed.
  const applied = new Set(report.changesApplied.map((change) => change.id));
  const unplaced = report.createdAccounts.filter((account) => !applied.has(`create-account:account:${account.name}`));
  if (unplaced.length > 0)
    parts.push(
      `${countOf(unplaced.length, 'account')} created but not yet in ${unplaced.length === 1 ? 'its OU' : 'their OUs'} (re-run apply)`,
    );
  const unverified = failedVerifications(report);
  if (unverified > 0) parts.push(`${countOf(unverified, 'new account')} whose baseline roles did not check out`);
  const stopped = run.map((failure) =>
    failure.id === RUN_FAILURE_IDS.endpoint ? 'a call to AWS got no answer' : 'reading the organization again failed',
  );
  return `${parts.join(', ')}${stopped.length > 0 ? `; stopped early: ${stopped.join(' and ')}` : ''}`;
}

const PENDING_MARK = { create: '+', change: '~', destroy: '-' } as const;

/** A change still planned, with the refused change that holds it back, if one does. */
export function pendingLine(change: PendingChange): string {
  // A stack-instance change says where, as the plan's line did: "Remove 1 automation-roles stack instance" alone does not.
  const description = `${change.description}${change.members?.length ? whereInstances(change.members, change.description) : ''}`;
  return change.heldBackBy
    ? `${description} (held back: it needs "${change.heldBackByDescription ?? change.heldBackBy}", which was refused; a re-run with the same flags holds it again)`
    : change.unanswered
      ? `${description} (${UNANSWERED})`
      : change.undoneDuringRun
        ? `${description} (${UNDONE_DURING_RUN})`
        : description;
}

/**
 * What to do about the changes still planned: plan again when the approved plan no longer covers the organization
 * (it would be refused again as it is), fix the causes when the report lists any, else re-run.
 */
function stillPlannedHeading(report: ApplyReport): string {
  if (report.refused.some((change) => change.outdated))
    return report.approval.source.startsWith(SAVED_PLAN_SOURCE)
      ? `Still planned (plan again and have the new plan approved: the ${report.approval.source} is refused again as it is):`
      : report.approval.source.startsWith(TERMINAL_CONFIRMATION)
        ? 'Still planned (run apply again: it plans afresh, and you confirm the new plan):'
        : 'Still planned (run apply again: it plans afresh from the organization as it is now):';
  return report.failures.length + report.refused.length + report.problems.length > 0
    ? 'Still planned (re-run apply once the causes above are fixed):'
    : 'Still planned (re-run apply to make them):';
}

export function renderApplyText(report: ApplyReport): string {
  const lines: string[] = [];
  if (report.stoppedBeforeStart) lines.push(report.stoppedBeforeStart);
  else if (
    report.changesApplied.length +
      report.failures.length +
      report.refused.length +
      report.problems.length +
      report.pending.length ===
    0
  ) {
    lines.push(
      `No changes. The organization already matches the repository${undeclaredInstancesClause(report.undeclaredInstances, `vend plan lists ${report.undeclaredInstances === 1 ? 'it' : 'them'}`)}.`,
    );
  }
  const section = (title: string, body: string[]) => {
    if (body.length > 0) lines.push('', title, ...body);
  };
  section(
    'Problems that block apply:',
    report.problems.map((problem) => `  ! ${problem.target} ${problemPlace(problem)}: ${problem.message}`),
  );
  section(
    'Stopped early:',
    runFailures(report).map((failure) => `  ✗ ${failureReason(failure)}`),
  );
  section(
    'Failed:',
    attemptedFailures(report).flatMap((failure) => [
      `  ✗ ${failure.description} (${changeLabel(failure.id)})`,
      `      ${failureReason(failure)}`,
    ]),
  );
  section(
    'Not attempted (each needs a change that did not complete):',
    notAttempted(report).map(
      (failure) => `  - ${failure.description} (${changeLabel(failure.id)}), needs ${neededChange(report, failure)}`,
    ),
  );
  section(
    'Refused:',
    report.refused.flatMap((change) => [
      `  - ${change.description} (${changeLabel(change.id)})`,
      `      ${change.reason}`,
    ]),
  );
  section(
    // A plan that no longer covers the organization is refused again as it is: only a new, approved plan goes on.
    stillPlannedHeading(report),
    report.pending.map((change) => `  ${PENDING_MARK[change.action ?? 'change']} ${pendingLine(change)}`),
  );
  const byAccount = applyOutcomeByAccount(report);
  section(
    'By account:',
    byAccount.accounts.flatMap((account) => [
      `  ${account.account}${account.id ? ` (${account.id})` : ''}: ${account.done.join('; ') || (account.notDone.some((undone) => undone.startsWith('not confirmed')) ? 'nothing confirmed done' : 'nothing done')}`,
      ...account.failed.map((failure) => `      ✗ ${failure}`),
      ...account.notDone.map((undone) => `      - ${undone}`),
    ]),
  );
  section(
    'Across the organization:',
    byAccount.organization.length > 0 ? [`  ${byAccount.organization.join('; ')}`] : [],
  );
  section(
    'Baselines (StackSet operations):',
    alignedColumns(
      report.baselineResults.map((result) => [
        result.stackSet,
        result.action,
        result.status,
        `${result.succeeded} succeeded, ${result.failed.length} failed`,
        `(operation ${result.operationId})`,
      ]),
    ).map((row) => `  ${row}`),
  );
  section(
    'Baseline roles in new accounts:',
    report.verification.flatMap((account) => [
      `  ${account.account.name} (${account.account.id})${account.error ? `: ${account.error}` : account.roles.length === 0 && !account.notDeployed ? ': no named baseline roles to check' : ''}`,
      ...account.roles.map(
        (role) =>
          `      ${role.ok ? '✓' : '✗'} ${role.roleName} (${role.baseline}): ${!role.exists ? 'missing' : role.permissionsBoundaryArn ? `boundary ${role.permissionsBoundaryArn}` : role.boundaryExpected ? 'NO permissions boundary' : 'no boundary (none declared)'}`,
      ),
      ...(account.notDeployed ? [`      - not checked: ${notDeployedPhrase(account.notDeployed)}`] : []),
    ]),
  );
  lines.push('', approvalLine(report), `Apply: ${applySummaryLine(report)}.`);
  // Each line on its own: an AWS account name holding a line break must not print a line that reads as a result.
  return lines.map(visibleLine).join('\n').trimStart();
}

/** Why a new account's roles of some baselines were not looked for: this run did not deploy those baselines there. */
export function notDeployedPhrase(baselines: readonly string[]): string {
  return `the roles of ${baselines.join(', ')}, which this run did not deploy here (see what failed, was refused or was not done)`;
}

/** Which plan was approved, and how: the line that ties an apply to what a person reviewed. */
export function approvalLine(report: ApplyReport): string {
  const { approval } = report;
  const commit = approval.commit ? ` of commit ${approval.commit.slice(0, 12)}` : '';
  if (!approval.approved) return `Plan ${approval.digest}${commit} was not approved.`;
  return `Approved plan: ${approval.digest || '(none computed)'}${commit}, ${approval.source}.`;
}

/** Rows of cells padded to a column each, two spaces apart, as Terraform's and AWS CLI's text tables are. */
function alignedColumns(rows: readonly string[][]): string[] {
  const widths = rows.reduce<number[]>(
    (found, row) => row.map((cell, index) => Math.max(found[index] ?? 0, [...cell].length)),
    [],
  );
  return rows.map((row) =>
    row
      .map((cell, index) => (index === row.length - 1 ? cell : cell + ' '.repeat(widths[index]! - [...cell].length)))
      .join('  '),
  );
}
