import * as core from '@actions/core';
import { awsFailureNotRun, runDrift } from '../commands/drift.js';
import { ActionOutput } from '../constants.js';
import { findingsAtOrAbove } from '../drift/drift-report.js';
import { severityRank } from '../drift/drift-kinds.js';
import type { DriftSeverity } from '../drift/drift-kinds.js';
import type { DriftNotRun, DriftReport } from '../drift/drift-report.js';
import { errorMessage } from '../errors.js';
import { stackSetName } from '../plan/plan-draft.js';
import { unfinishedRuns } from '../github/apply-runs.js';
import type { UnfinishedRun } from '../github/apply-runs.js';
import { createGitHubClient, gitHubFailureHint } from '../github/octokit.js';
import { driftSections } from '../report/drift-markdown.js';
import { renderDriftNotRunBody } from '../report/drift-not-run.js';
import { renderDriftText } from '../report/drift-text.js';
import { fitComment, JOB_SUMMARY_LIMIT_BYTES, utf8Bytes } from '../report/fit-comment.js';
import { driftAsideLine, driftSummaryLine } from '../report/drift-phrasing.js';
import { escapeMarkdown } from '../report/markdown-escape.js';
import { countOf } from '../report/phrasing.js';
import type { ActionSettings } from '../settings/action-inputs.js';
import { logInfo, logProgress } from './action-log.js';
import { defaultBranchRefusal } from './default-branch.js';
import type { GitHubEvent } from './github-event.js';
import { publishDriftIssue, recordDriftNotRun } from './publish-drift-issue.js';
import type { DriftIssueResult, DriftIssueTarget } from './publish-drift-issue.js';
import { publishValidation } from './validate-action.js';

/**
 * The nightly check: compares the organization with the checked-out repository (main), keeps the drift issue,
 * writes the job summary and the outputs `drifted` and `drift-count`, and fails the step only with `fail-on-drift`
 * and a finding at least that severe. "Not checked" is reported and is not drift.
 */
export async function runDriftAction(settings: ActionSettings, event: GitHubEvent): Promise<void> {
  const refusal = keepsIssue(settings) ? driftIssueRefusal(event, settings.allowNonDefaultBranch === true) : undefined;
  if (refusal) {
    core.summary.addHeading('Vend drift: refused', 2).addRaw(escapeMarkdown(refusal), true);
    await core.summary.write();
    core.setFailed(`${refusal} Nothing was checked.`);
    return;
  }
  // Checked all the same: skipping while an apply run waits would let anyone who can start one (workflow_dispatch)
  // switch the nightly check off for as long as its review waits. The shared concurrency group already keeps drift
  // detection away from an apply job; an unfinished run only explains findings it is about to correct.
  const applying = (await unfinishedApplyRuns(settings, event)).map((run) => `${run.status}: ${run.htmlUrl}`);
  if (applying.length > 0)
    core.notice(
      `${countOf(applying.length, 'run')} of ${settings.applyWorkflow} ${applying.length === 1 ? 'is' : 'are'} not finished (${applying.join(', ')}): findings it corrects may be changes merged to main and not applied yet.`,
    );
  let outcome: Awaited<ReturnType<typeof runDrift>>;
  try {
    outcome = await runDrift(settings, { log: logProgress });
  } catch (error) {
    // A drift role whose trust or permissions broke is the commonest way a nightly check dies: the issue must say
    // so, not keep reading "no drift".
    return reportNotRun(settings, event, awsFailureNotRun(errorMessage(error), settings.repositoryRoot, new Date()));
  }
  // A checked repository has errors only from exceptions that expired since main was merged: those are findings,
  // and the step fails on findings only with fail-on-drift.
  publishValidation(outcome.validation, settings.repositoryRoot, false);
  if (outcome.status === 'invalid') return reportNotRun(settings, event, outcome.notRun);
  let report = outcome.report;
  let unverified: string[] = [];
  let unverifiedSeverities: DriftSeverity[] = [];
  let ignoredUnverified: string[] = [];
  let ignoredUnverifiedSeverities: DriftSeverity[] = [];
  if (keepsIssue(settings)) {
    const { baselines, organization } = outcome.validation.desired!;
    const declaredStackSets = baselines.map((baseline) =>
      stackSetName(organization.stackSets.namePrefix, baseline.name),
    );
    ({ report, unverified, unverifiedSeverities, ignoredUnverified, ignoredUnverifiedSeverities } = await keepIssue(
      settings,
      event,
      report,
      {
        applying,
        declaredStackSets,
        ignoreList: outcome.validation.driftIgnore,
      },
    ));
  }
  // An earlier finding this run could not check again keeps the issue open; the outputs say the same as the issue.
  const count = report.findings.length + unverified.length;
  core.setOutput(ActionOutput.drifted, count > 0);
  core.setOutput(ActionOutput.driftCount, count);
  const aside = driftAsideLine(report, ignoredUnverifiedSeverities);
  logInfo(
    `Drift: ${driftSummaryLine(report)}${unverified.length > 0 ? `; ${countOf(unverified.length, 'earlier finding')} not checked again, kept open` : ''}${aside ? `; ${aside}` : ''}.`,
  );
  // Every finding in the step log, which has no size limit: where a trimmed summary and issue send their reader.
  core.startGroup('Every drift finding');
  for (const line of renderDriftText(report).split('\n')) logInfo(line);
  core.endGroup();
  // GitHub drops a step summary over 1 MiB; thousands of findings can get there.
  core.summary.addRaw(
    fitComment(
      driftSections(report, {
        runUrl: event.runUrl,
        everyFindingIn: 'the step log of this run (the group "Every drift finding")',
        applying,
        unverified,
        unverifiedSeverities,
        ignoredUnverified,
        ignoredUnverifiedSeverities,
      }),
      {
        limit: JOB_SUMMARY_LIMIT_BYTES,
        measure: utf8Bytes,
        limitOf: 'job summary',
        seeAlso: 'the step log of this run (the group "Every drift finding"), or `vend drift --format json`',
      },
    ),
    true,
  );
  await core.summary.write();
  if (settings.failOnDrift) {
    // Earlier findings not checked again count as the outputs count them, at their kind's severity.
    const minimum = severityRank(settings.failOnDrift);
    const failing = [
      ...findingsAtOrAbove(report, settings.failOnDrift),
      ...unverifiedSeverities.filter((severity) => severityRank(severity) <= minimum),
    ];
    if (failing.length > 0)
      core.setFailed(
        `vend drift: ${countOf(failing.length, 'finding')} of severity ${settings.failOnDrift} or worse (fail-on-drift); see the job summary.`,
      );
  }
}

/**
 * A check that could not run is no finding, and no "no drift" either: the step fails whatever fail-on-drift says,
 * `drift-error` says why and `drifted` and `drift-count` are `unknown`, and the drift issue records it.
 */
async function reportNotRun(settings: ActionSettings, event: GitHubEvent, notRun: DriftNotRun): Promise<void> {
  if (keepsIssue(settings)) {
    try {
      const result = await recordDriftNotRun(
        createGitHubClient(settings.githubToken),
        { owner: event.owner, repo: event.repo, botLogin: settings.commentAuthor, runUrl: event.runUrl },
        notRun,
      );
      if (result.action !== 'none') logInfo(`Drift issue ${result.action}: ${result.url}`);
    } catch (error) {
      core.error(issueNotKept(error));
    }
  }
  core.setOutput(ActionOutput.drifted, 'unknown');
  core.setOutput(ActionOutput.driftCount, 'unknown');
  core.setOutput(ActionOutput.driftError, notRun.error);
  core.summary.addRaw(renderDriftNotRunBody(notRun, { runUrl: event.runUrl }), true);
  await core.summary.write();
  core.setFailed(
    `vend drift could not run: ${notRun.error}. See the ${notRun.diagnostics.length > 0 ? 'annotations' : 'job summary'}.`,
  );
}

function keepsIssue(settings: ActionSettings): boolean {
  return settings.comment && Boolean(settings.githubToken);
}

/**
 * Why this run must not keep the drift issue, if it must not. The issue reports the default branch's drift: a run
 * from another branch, or from a pull request's merge ref, would rewrite or close it with that ref's repository
 * (an SCP deleted from the catalogue there reads as no finding). `comment: false` checks any ref without the issue.
 */
export function driftIssueRefusal(
  event: Pick<GitHubEvent, 'eventName' | 'ref' | 'defaultBranch'>,
  allowNonDefaultBranch: boolean,
): string | undefined {
  return defaultBranchRefusal(event, allowNonDefaultBranch, {
    command: 'vend drift',
    does: 'keeps the drift issue',
    refusesTo: 'keep the drift issue',
    insteadOfOtherRef: 'Run it on the default branch, or set comment: false to check this ref without the issue.',
    insteadOfOtherBranch:
      'Run it on the default branch, set comment: false to check this branch without the issue, or set allow-non-default-branch: true for a deliberate exception.',
  });
}

/**
 * Apply runs that are not finished. Without a token, or when GitHub cannot be asked, drift runs anyway (with a
 * warning): checking the organization beats skipping it on a permission mistake.
 */
async function unfinishedApplyRuns(settings: ActionSettings, event: GitHubEvent): Promise<UnfinishedRun[]> {
  if (!settings.githubToken) return [];
  try {
    return await unfinishedRuns(createGitHubClient(settings.githubToken), {
      owner: event.owner,
      repo: event.repo,
      workflowFile: settings.applyWorkflow,
      branch: event.ref.replace(/^refs\/heads\//, ''),
    });
  } catch (error) {
    core.warning(
      `Could not ask GitHub whether ${settings.applyWorkflow} is running: ${errorMessage(error).replace(/\.$/, '')}.${gitHubFailureHint(error, "'actions: read'")} Without it the report cannot say when findings may be changes an apply has not made yet.`,
    );
    return [];
  }
}

/**
 * The issue is a convenience on top of the summary and outputs: a token that may not write issues is a warning,
 * and the report keeps the firstSeen it had.
 */
async function keepIssue(
  settings: ActionSettings,
  event: GitHubEvent,
  report: DriftReport,
  about: Pick<DriftIssueTarget, 'applying' | 'declaredStackSets' | 'ignoreList'>,
): Promise<
  Pick<
    DriftIssueResult,
    'report' | 'unverified' | 'unverifiedSeverities' | 'ignoredUnverified' | 'ignoredUnverifiedSeverities'
  >
> {
  try {
    const result = await publishDriftIssue(
      createGitHubClient(settings.githubToken),
      { owner: event.owner, repo: event.repo, botLogin: settings.commentAuthor, runUrl: event.runUrl, ...about },
      report,
    );
    if (result.action !== 'none') logInfo(`Drift issue ${result.action}: ${result.url}`);
    return result;
  } catch (error) {
    // The issue is where a team hears of drift: a check that cannot keep it must not pass, or it goes stale unseen.
    core.setFailed(issueNotKept(error));
    return { report, unverified: [], unverifiedSeverities: [], ignoredUnverified: [], ignoredUnverifiedSeverities: [] };
  }
}

/** Why the drift issue was not kept, with the fix where the token lacks the permission. */
function issueNotKept(error: unknown): string {
  return `Could not keep the drift issue: ${errorMessage(error).replace(/\.$/, '')}.${gitHubFailureHint(error, "'issues: write'")} The findings are in the job summary.`;
}
