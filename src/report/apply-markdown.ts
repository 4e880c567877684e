import { undeclaredInstancesClause } from './undeclared-instances.js';
import type { ApplyReport } from '../apply/apply-report.js';
import {
  applyExitCode,
  attemptedFailures,
  changedNothing,
  runFailures,
  failedVerifications,
  failureReason,
  notAttempted,
} from '../apply/apply-report.js';
import { JOB_SUMMARY_LIMIT_BYTES, fitComment, utf8Bytes } from './fit-comment.js';
import type { CommentSection } from './fit-comment.js';
import { codeSpan, escapeMarkdown, inlineCode } from './markdown-escape.js';
import { applyOutcomeByAccount, neededChange } from './apply-by-account.js';
import { applySummaryLine, approvalLine, notDeployedPhrase, pendingLine } from './apply-text.js';
import { changeLabel, countOf, listNames, problemPlace, whereInstances } from './phrasing.js';

/** The hidden marker of the apply result comment on a merged pull request. */
export const APPLY_COMMENT_MARKER = '<!-- vend:apply -->';
/** How the comment begins, under its marker, once it records an apply that completed. */
export const APPLIED_HEADING = '## Vend apply: ✅';
/** How a report of an apply that failed, part-way or whole, starts. */
export const FAILED_HEADING = '## Vend apply: ❌';
/**
 * How a report of an apply that changed nothing in AWS though work was left starts (changedNothing: every change
 * refused or blocked), and so does a notice that apply was refused or did not run: a later run has nothing of it to
 * keep.
 */
export const REFUSED_HEADING = '## Vend apply: ⛔';

/** How much of each failure's reason a comment too long for GitHub keeps; the job summary has it whole. */
const FAILURE_REASON_SHORT = 300;
/** How many failed or refused changes stay listed, the most that fits, when the rest are counted. */
const LISTED_FAILURES = [100, 50, 20, 5];

/** A reason cut to its first `length` characters, saying where it is whole. */
function shortenedReason(reason: string, length: number): string {
  return reason.length <= length ? reason : `${reason.slice(0, length)}… (whole in the job summary)`;
}

export interface ApplyReportContext {
  commitSha?: string;
  /**
   * How a person plans again where this apply ran, said when apply refused a change the approved plan no longer
   * covers (RefusedChange.outdated): in the workflow, re-running only the apply job applies the same saved plan.
   */
  replan?: string;
}

/**
 * The merged pull request's comment: outcome, failures and refusals first and never trimmed; then what was done in
 * each account and what failed there with AWS's reason, and the details.
 */
export function renderApplyComment(report: ApplyReport, context: ApplyReportContext = {}): string {
  return fitComment(applySections(report, context), { seeAlso: 'the job summary of the apply run' });
}

/**
 * The merged pull request's comment when apply refused to start (a newer commit on the default branch, an
 * unprotected environment, a saved plan the organization no longer matches): it replaces "waiting for approval",
 * which must not stand once nothing is waiting. `reason` is plain text; `runUrl` links the run.
 */
export function renderApplyRefusedComment(reason: string, runUrl?: string): string {
  return applyNotice(`${REFUSED_HEADING.slice('## Vend apply: '.length)} refused, nothing changed`, reason, runUrl);
}

/** A merge whose plan job failed or found the repository invalid: its apply job does not run. `reason`: plain text. */
export function renderApplyNotRunComment(reason: string, runUrl?: string): string {
  return applyNotice(`${REFUSED_HEADING.slice('## Vend apply: '.length)} not run, nothing changed`, reason, runUrl);
}

/** A merge `main` has moved past before its plan job ran: its apply job does not run, and the newest run carries it. */
export function renderApplySupersededComment(reason: string, runUrl?: string): string {
  return applyNotice(
    '⏭️ superseded, nothing changed',
    `${reason} The newest commit's own run of this workflow plans and applies this change with it (or start one with workflow_dispatch on the default branch).`,
    runUrl,
  );
}

function applyNotice(status: string, text: string, runUrl: string | undefined): string {
  return [
    APPLY_COMMENT_MARKER,
    `## Vend apply: ${status}`,
    '',
    escapeMarkdown(text),
    ...(runUrl ? ['', `See [the workflow run](${runUrl}).`] : []),
  ].join('\n');
}

/**
 * Apply stopped with an error before it could report (the organization unreadable, say): it may have changed
 * something first, which its log says, and the next apply run plans the commit again.
 */
export function renderApplyFailedComment(reason: string, runUrl?: string): string {
  return [
    APPLY_COMMENT_MARKER,
    `${FAILED_HEADING} failed`,
    '',
    escapeMarkdown(reason),
    '',
    `Apply stopped before it could report what it did; what it changed, if anything, is in the ${runUrl ? `[workflow run](${runUrl})'s` : "workflow run's"} log. A re-run of the apply job reads the organization again and carries out what is left of the approved plan, refusing anything the plan does not cover.`,
  ].join('\n');
}

/** The apply result for the job summary: every section, within GitHub's 1 MiB for a step's summary. */
export function renderApplySummary(report: ApplyReport, context: ApplyReportContext = {}): string {
  return fitComment(applySections(report, context), {
    limit: JOB_SUMMARY_LIMIT_BYTES,
    measure: utf8Bytes,
    limitOf: 'job summary',
    seeAlso: "the apply step's log",
  });
}

/** Apply failed for the role check alone: nothing failed, was refused or is left to do. */
function onlyVerificationFailed(report: ApplyReport): boolean {
  return (
    failedVerifications(report) > 0 &&
    report.failures.length + report.refused.length + report.problems.length + report.pending.length === 0
  );
}

export function applySections(report: ApplyReport, context: ApplyReportContext): CommentSection[] {
  const done = applyExitCode(report) === 0;
  const heading = done
    ? `${APPLIED_HEADING} ${applySummaryLine(report)}`
    : changedNothing(report)
      ? `${REFUSED_HEADING} ${applySummaryLine(report)}; nothing changed`
      : `${FAILED_HEADING} ${applySummaryLine(report)}`;
  const sections: CommentSection[] = [
    {
      keep: true,
      markdown: [
        APPLY_COMMENT_MARKER,
        heading,
        '',
        report.stoppedBeforeStart
          ? escapeMarkdown(report.stoppedBeforeStart)
          : done
            ? `The organization now matches this commit${escapeMarkdown(undeclaredInstancesClause(report.undeclaredInstances, `vend plan lists ${report.undeclaredInstances === 1 ? 'it' : 'them'}`))}.`
            : onlyVerificationFailed(report)
              ? 'Every change was applied, but the baseline roles of a new account did not check out (below). A re-run does not check them again, since it creates no account: look at those roles in the account, and fix the baseline if it is wrong.'
              : report.refused.some((change) => change.outdated)
                ? 'The organization does not fully match this commit yet, and the approved plan no longer covers it: the organization changed during the run (below). A re-run of this plan is refused again; plan again and have the new plan approved.'
                : report.failures.length + report.refused.length + report.problems.length === 0
                  ? 'The organization does not fully match this commit yet: changes are still planned (below). Re-run the apply workflow; apply is safe to re-run and continues where this run stopped.'
                  : `The organization does not fully match this commit yet. ${report.refused.length > 0 ? 'A refused change runs only with the approval it lacks (allow-destructive or allow-high-impact, or a plan that covers it), and what needs it waits with it; for the rest, fix' : 'Fix'} the causes below and re-run the apply workflow; apply is safe to re-run and continues where this run stopped.`,
        ...(context.replan && report.refused.some((change) => change.outdated)
          ? ['', escapeMarkdown(context.replan)]
          : []),
      ].join('\n'),
    },
  ];
  if (report.problems.length > 0) {
    sections.push({
      keep: true,
      markdown: [
        '> [!CAUTION]',
        `> **The plan has ${countOf(report.problems.length, 'problem')} that ${report.problems.length === 1 ? 'blocks' : 'block'} apply:**`,
        ...report.problems.map(
          (problem) =>
            `> - ${codeSpan(problem.target)} ${codeSpan(problemPlace(problem))}: ${escapeMarkdown(problem.message)}`,
        ),
      ].join('\n'),
    });
  }
  const failed = attemptedFailures(report);
  const blocked = notAttempted(report);
  const stopped = runFailures(report);
  if (report.failures.length > 0) {
    // Shorter when the comment is too long: each reason cut to its start, then the changes not attempted counted.
    const render = (reasonLength: number, listBlocked: boolean, listedFailed = Infinity) =>
      [
        '> [!CAUTION]',
        ...stopped.map(
          (failure) =>
            `> **Apply stopped early:** ${escapeMarkdown(shortenedReason(failureReason(failure), reasonLength))}`,
        ),
        ...(stopped.length > 0 && failed.length + blocked.length > 0 ? ['>'] : []),
        ...(failed.length > 0
          ? [
              `> **${countOf(failed.length, 'change')} failed:**`,
              ...failed
                .slice(0, listedFailed)
                .map(
                  (failure) =>
                    `> - ${escapeMarkdown(failure.description)} (${codeSpan(changeLabel(failure.id))}): ${escapeMarkdown(shortenedReason(failureReason(failure), reasonLength))}`,
                ),
              ...(failed.length > listedFailed
                ? [`> - … and ${countOf(failed.length - listedFailed, 'more failed change')}, each in the job summary`]
                : []),
            ]
          : []),
        ...(blocked.length > 0
          ? [
              ...(failed.length > 0 ? ['>'] : []),
              `> **${countOf(blocked.length, 'change')} not attempted**, each for want of a change that did not complete${listBlocked ? ':' : '; each is in the job summary.'}`,
              ...(listBlocked
                ? blocked.map(
                    (failure) =>
                      `> - ${escapeMarkdown(failure.description)} (${codeSpan(changeLabel(failure.id))}): needs ${escapeMarkdown(neededChange(report, failure))}`,
                  )
                : []),
            ]
          : []),
      ].join('\n');
    sections.push({
      keep: true,
      markdown: render(Infinity, true),
      // Hundreds of changes failing for one reason (a permission the role lacks) must not push the refusals and the
      // approved plan's line past GitHub's limit: past a point the failed changes are counted, as problems are.
      compact: [
        render(FAILURE_REASON_SHORT, true),
        render(FAILURE_REASON_SHORT, false),
        ...LISTED_FAILURES.filter((most) => failed.length > most).map((most) =>
          render(FAILURE_REASON_SHORT, false, most),
        ),
      ],
    });
  }
  if (report.refused.length > 0) {
    const render = (reasonLength: number, listed = Infinity) =>
      [
        '> [!WARNING]',
        `> **${countOf(report.refused.length, 'change')} refused:**`,
        ...report.refused
          .slice(0, listed)
          .flatMap((change) => [
            `> - ${escapeMarkdown(change.description)} (${codeSpan(changeLabel(change.id))}): ${escapeMarkdown(shortenedReason(change.reason, reasonLength))}`,
            ...(change.members && change.members.length > 0
              ? [`>   - stack instances: ${escapeMarkdown(listNames(change.members))}`]
              : []),
          ]),
        ...(report.refused.length > listed
          ? [`> - … and ${countOf(report.refused.length - listed, 'more refused change')}, each in the job summary`]
          : []),
      ].join('\n');
    sections.push({
      keep: true,
      markdown: render(Infinity),
      compact: [
        render(FAILURE_REASON_SHORT),
        ...LISTED_FAILURES.filter((most) => report.refused.length > most).map((most) =>
          render(FAILURE_REASON_SHORT, most),
        ),
      ],
    });
  }
  if (report.pending.length > 0) {
    sections.push({
      keep: false,
      markdown: [
        '### Still planned',
        '',
        ...report.pending.map((change) => `- ${escapeMarkdown(pendingLine(change))}`),
      ].join('\n'),
    });
  }
  sections.push(...byAccountSections(report));
  if (report.baselineResults.length > 0) {
    sections.push({
      keep: false,
      markdown: [
        '### Baselines',
        '',
        '| StackSet | Operation | Status | Succeeded | Failed |',
        '|---|---|---|---|---|',
        ...report.baselineResults.map(
          (result) =>
            `| ${escapeMarkdown(result.stackSet)} | ${result.action} ${inlineCode(result.operationId)} | ${result.status === 'SUCCEEDED' ? '✅' : '❌'} ${result.status} | ${result.succeeded} | ${result.failed.length} |`,
        ),
      ].join('\n'),
    });
  }
  if (report.verification.length > 0) {
    sections.push({
      // A failed check is the reason apply failed: kept, as failures are.
      keep: failedVerifications(report) > 0,
      markdown: [
        '### Baseline roles in new accounts',
        '',
        '| Account | Role | Result |',
        '|---|---|---|',
        ...report.verification.flatMap((account) => [
          ...(account.error
            ? [`| ${escapeMarkdown(account.account.name)} | — | ❌ ${escapeMarkdown(account.error)} |`]
            : account.roles.length === 0 && !account.notDeployed
              ? [`| ${escapeMarkdown(account.account.name)} | — | no named baseline roles to check |`]
              : account.roles.map(
                  (role) =>
                    `| ${escapeMarkdown(account.account.name)} | ${inlineCode(role.roleName)} (${escapeMarkdown(role.baseline)}) | ${role.ok ? '✅' : '❌'} ${!role.exists ? 'missing' : role.permissionsBoundaryArn ? `boundary ${inlineCode(role.permissionsBoundaryArn)}` : role.boundaryExpected ? 'no permissions boundary attached' : 'exists (the template declares no boundary)'} |`,
                )),
          ...(account.notDeployed
            ? [
                `| ${escapeMarkdown(account.account.name)} | — | ⏸️ not checked: ${escapeMarkdown(notDeployedPhrase(account.notDeployed))} |`,
              ]
            : []),
        ]),
      ].join('\n'),
    });
  }
  if (report.changesApplied.length > 0) {
    sections.push({
      keep: false,
      trimRank: 1,
      markdown: `<details><summary>${escapeMarkdown(`${countOf(report.changesApplied.length, 'applied change')}, in order`)}</summary>\n\n${report.changesApplied.map((change) => `- ${escapeMarkdown(`${change.description}${change.members?.length ? whereInstances(change.members, change.description) : ''}`)}`).join('\n')}\n\n</details>`,
    });
  }
  sections.push({
    keep: true,
    footer: true,
    markdown: `<sub>${escapeMarkdown(approvalLine(report))}${context.commitSha ? ` · run on commit ${inlineCode(context.commitSha.slice(0, 12))}` : ''}</sub>`,
  });
  return sections;
}

/** Each account with what was done in it and what failed there; the organization-wide changes as counts. */
function byAccountSections(report: ApplyReport): CommentSection[] {
  const { accounts, organization } = applyOutcomeByAccount(report);
  const sections: CommentSection[] = [];
  if (accounts.length > 0) {
    const list = (items: string[]) => items.map(escapeMarkdown).join('<br>') || '—';
    sections.push({
      keep: false,
      markdown: [
        '### By account',
        '',
        '| Account | Done | Failed | Not done |',
        '|---|---|---|---|',
        ...accounts.map(
          (account) =>
            `| **${escapeMarkdown(account.account)}**${account.id ? ` ${inlineCode(account.id)}` : ''} | ${list(account.done)} | ${account.failed.length > 0 ? account.failed.map((item) => `❌ ${escapeMarkdown(item)}`).join('<br>') : '—'} | ${list(account.notDone)} |`,
        ),
      ].join('\n'),
    });
  }
  if (organization.length > 0)
    sections.push({
      keep: false,
      markdown: `### Across the organization\n\n${escapeMarkdown(organization.join('; '))}`,
    });
  return sections;
}
