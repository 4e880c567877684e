import * as core from '@actions/core';
import { runDrift } from '../commands/drift.js';
import { ActionOutput } from '../constants.js';
import { findingsAtOrAbove } from '../drift/drift-report.js';
import type { DriftReport } from '../drift/drift-report.js';
import { errorMessage } from '../errors.js';
import { createGitHubClient } from '../github/octokit.js';
import { driftSections } from '../report/drift-markdown.js';
import { driftSummaryLine } from '../report/drift-phrasing.js';
import { countOf } from '../report/phrasing.js';
import type { ActionSettings } from '../settings/action-inputs.js';
import { logInfo } from './action-log.js';
import type { GitHubEvent } from './github-event.js';
import { publishDriftIssue } from './publish-drift-issue.js';
import { publishValidation } from './validate-action.js';

/**
 * The nightly check: compares the organization with the checked-out repository (main), keeps the drift issue,
 * writes the job summary and the outputs `drifted` and `drift-count`, and fails the step only with `fail-on-drift`
 * and a finding at least that severe. "Not checked" is reported and is not drift.
 */
export async function runDriftAction(settings: ActionSettings, event: GitHubEvent): Promise<void> {
  const outcome = await runDrift(settings, { log: logInfo });
  // A checked repository has errors only from exceptions that expired since main was merged: those are findings,
  // and the step fails on findings only with fail-on-drift.
  publishValidation(outcome.validation, settings.repositoryRoot, outcome.status === 'invalid');
  if (outcome.status === 'invalid') {
    await core.summary.write();
    return;
  }
  let report = outcome.report;
  if (settings.comment && settings.githubToken) report = await keepIssue(settings, event, report);
  core.setOutput(ActionOutput.drifted, report.findings.length > 0);
  core.setOutput(ActionOutput.driftCount, report.findings.length);
  logInfo(`Drift: ${driftSummaryLine(report)}.`);
  core.summary.addRaw(
    driftSections(report, { runUrl: event.runUrl })
      .map((section) => section.markdown)
      .join('\n\n'),
    true,
  );
  await core.summary.write();
  if (settings.failOnDrift) {
    const failing = findingsAtOrAbove(report, settings.failOnDrift);
    if (failing.length > 0)
      core.setFailed(
        `vend drift: ${countOf(failing.length, 'finding')} of severity ${settings.failOnDrift} or worse (fail-on-drift); see the job summary.`,
      );
  }
}

/**
 * The issue is a convenience on top of the summary and outputs: a token that may not write issues is a warning,
 * and the report keeps the firstSeen it had.
 */
async function keepIssue(settings: ActionSettings, event: GitHubEvent, report: DriftReport): Promise<DriftReport> {
  try {
    const result = await publishDriftIssue(
      createGitHubClient(settings.githubToken),
      { owner: event.owner, repo: event.repo, botLogin: settings.commentAuthor, runUrl: event.runUrl },
      report,
    );
    if (result.action !== 'none') logInfo(`Drift issue ${result.action}: ${result.url}`);
    return result.report;
  } catch (error) {
    core.warning(`Could not keep the drift issue: ${errorMessage(error)}. Give the workflow 'issues: write'.`);
    return report;
  }
}
