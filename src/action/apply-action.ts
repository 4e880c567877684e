import * as core from '@actions/core';
import { applyExitCode, changedNothing, changesDone } from '../apply/apply-report.js';
import { runApply } from '../commands/apply.js';
import { repositoryCommit } from '../config/repository-commit.js';
import { ActionOutput, APPLY_EVENTS } from '../constants.js';
import { errorMessage } from '../errors.js';
import { unprotectedEnvironmentReason } from '../github/deployment-environment.js';
import { branchTip } from '../github/merged-pull-request.js';
import { createGitHubClient, gitHubFailureHint } from '../github/octokit.js';
import {
  renderApplyComment,
  renderApplyFailedComment,
  renderApplyRefusedComment,
  renderApplySummary,
} from '../report/apply-markdown.js';
import { applySummaryLine } from '../report/apply-text.js';
import { escapeMarkdown } from '../report/markdown-escape.js';
import type { ActionSettings } from '../settings/action-inputs.js';
import { logInfo, logProgress } from './action-log.js';
import { defaultBranchRefusal } from './default-branch.js';
import type { GitHubEvent } from './github-event.js';
import { commentOnMergedPullRequest } from './post-sticky-comment.js';
import { publishValidation } from './validate-action.js';

/**
 * Why apply must not run for this event, if it must not. `allowNonDefaultBranch` widens only the branch, never
 * the event types.
 */
export function applyRefusal(
  event: Pick<GitHubEvent, 'eventName' | 'ref' | 'defaultBranch'>,
  allowNonDefaultBranch: boolean,
): string | undefined {
  if (!APPLY_EVENTS.has(event.eventName)) {
    return `vend apply runs only on ${[...APPLY_EVENTS].join(' and ')} events, not on '${event.eventName}': any other event could change the organization from code or a workflow nobody merged. Run it on push to the default branch, or with workflow_dispatch on it.`;
  }
  return defaultBranchRefusal(event, allowNonDefaultBranch, {
    command: 'vend apply',
    does: 'runs',
    refusesTo: 'run',
    insteadOfOtherRef: 'Run it on push to the default branch, or with workflow_dispatch on it.',
    insteadOfOtherBranch: 'Merge first, or set allow-non-default-branch: true for a deliberate exception.',
  });
}

/**
 * Refuses a stale run: the checked-out commit must be the one the run was started for, and that commit must still
 * be the tip of its branch. Re-running an old apply run would otherwise roll the organization back to an old
 * commit. GitHub being unreachable refuses too: apply never guesses that it is current.
 */
async function staleRunRefusal(settings: ActionSettings, event: GitHubEvent): Promise<{ reason: string } | undefined> {
  const head = repositoryCommit(settings.repositoryRoot);
  if (head !== event.sha.toLowerCase()) {
    return {
      reason: `The checked-out commit (${head ?? 'none: not a git checkout'}) is not the commit this run was started for (${event.sha}). Check out the run's own commit (actions/checkout without a ref).`,
    };
  }
  const branch = event.ref.slice('refs/heads/'.length);
  let tip: string;
  try {
    tip = await branchTip(createGitHubClient(settings.githubToken), { owner: event.owner, repo: event.repo, branch });
  } catch (error) {
    return {
      reason: `Could not confirm that ${event.sha} is still the tip of ${branch} (${errorMessage(error)}), so apply does not run.${gitHubFailureHint(error, "'contents: read'")}`,
    };
  }
  if (tip !== event.sha.toLowerCase()) {
    return {
      reason: `This run is for ${event.sha}, but ${branch} is now at ${tip}, so applying this run's plan could roll the organization back. The newest commit's own run of this workflow plans and applies it (or start one with workflow_dispatch).`,
    };
  }
  return undefined;
}

/**
 * The environment review is the approval, so the job's environment must be one that needs a reviewer. An
 * auto-approved apply was chosen to go without one.
 */
async function environmentRefusal(settings: ActionSettings, event: GitHubEvent): Promise<string | undefined> {
  if (settings.autoApprove) return undefined;
  if (!settings.environment) {
    return `command 'apply' with a saved plan needs 'environment': the name of the job's environment, whose required reviewers approve the plan. Pass the same expression as the job's environment.`;
  }
  try {
    return await unprotectedEnvironmentReason(createGitHubClient(settings.githubToken), {
      owner: event.owner,
      repo: event.repo,
      environment: settings.environment,
      // applyRefusal has made sure the run is on a branch: the default branch, or the deliberate exception.
      branch: event.ref.slice('refs/heads/'.length),
      ...(event.defaultBranch ? { defaultBranch: event.defaultBranch } : {}),
    });
  } catch (error) {
    return `Could not read environment '${settings.environment}' (${errorMessage(error)}), so apply cannot tell that a reviewer approved this run.${gitHubFailureHint(error, "'actions: read'")}`;
  }
}

export async function runApplyAction(settings: ActionSettings, event: GitHubEvent): Promise<void> {
  const refusal =
    applyRefusal(event, settings.allowNonDefaultBranch === true) ?? (await environmentRefusal(settings, event));
  if (refusal) return refuse(settings, event, refusal);
  const stale = await staleRunRefusal(settings, event);
  // A re-run of a run the branch has moved past is refused; a record of what an earlier run applied still holds.
  if (stale) return refuse(settings, event, stale.reason);

  let outcome;
  try {
    outcome = await runApply(settings, { log: logProgress, untrustedRoots: [settings.workspace] });
  } catch (error) {
    // "Waiting for approval" must not outlive an apply that stopped; what it changed, if anything, is in the log.
    if (settings.comment)
      await commentOnMergedPullRequest(
        settings,
        event,
        renderApplyFailedComment(errorMessage(error), event.runUrl),
        'apply',
      );
    // The comment sends a reader to this run: its summary says why it stopped, not nothing.
    core.summary
      .addHeading('Vend apply: stopped', 2)
      .addRaw(
        escapeMarkdown(`${errorMessage(error)} What it changed before stopping, if anything, is in the log.`),
        true,
      );
    await core.summary.write();
    throw error;
  }
  publishValidation(outcome.validation, settings.repositoryRoot);
  if (outcome.status === 'invalid') {
    if (settings.comment)
      await commentOnMergedPullRequest(
        settings,
        event,
        renderApplyRefusedComment(
          'The repository does not validate at this commit (see the annotations and the job summary), so nothing was applied. Fix it in a new pull request; its merge plans and applies again.',
          event.runUrl,
        ),
        'apply',
        { changesNothing: true },
      );
    await core.summary.write();
    return;
  }
  if (outcome.status === 'refused') return refuse(settings, event, outcome.reason);

  const { report } = outcome;
  const accountIds = Object.fromEntries(
    [...report.createdAccounts, ...report.adoptedAccounts].map((account) => [account.name, account.id]),
  );
  core.setOutput(ActionOutput.accountIds, JSON.stringify(accountIds));
  core.setOutput(ActionOutput.changesApplied, changesDone(report));
  logInfo(`Apply: ${applySummaryLine(report)}.`);

  // Only a saved plan can be outdated by the time its review is done; an auto-approved run plans afresh each time.
  const context = { commitSha: event.sha, ...(settings.savedPlanFile ? { replan: REPLAN_IN_WORKFLOW } : {}) };
  core.summary.addRaw(renderApplySummary(report, context), true);
  // Only a run that applied something replaces an earlier run's record of what it applied; one that changed nothing
  // leaves an earlier run's report of what it did, failures and all.
  if (settings.comment)
    await commentOnMergedPullRequest(settings, event, renderApplyComment(report, context), 'apply', {
      recordsChanges: report.changesApplied.length > 0,
      changesNothing: applyExitCode(report) !== 0 && changedNothing(report),
    });
  await core.summary.write();
  if (outcome.exitCode !== 0) core.setFailed(`vend apply: ${applySummaryLine(report)}; see the job summary.`);
}

/** What planning again means in the example workflow, whose apply job carries out the plan job's saved plan. */
const REPLAN_IN_WORKFLOW =
  'In the workflow, re-running only the apply job applies the same saved plan and is refused again. To plan again, use Re-run all jobs on this run, or start vend apply with workflow_dispatch on the default branch; the new plan goes to its environment for review.';

/**
 * Says why in the job summary and on the merged pull request, whose "waiting for approval" must not stand (a comment
 * recording what an earlier run applied stays: commentOnMergedPullRequest).
 */
async function refuse(settings: ActionSettings, event: GitHubEvent, reason: string): Promise<void> {
  core.summary.addHeading('Vend apply: refused', 2).addRaw(escapeMarkdown(reason), true);
  if (settings.comment)
    await commentOnMergedPullRequest(settings, event, renderApplyRefusedComment(reason, event.runUrl), 'apply', {
      changesNothing: true,
    });
  await core.summary.write();
  core.setFailed(`${reason} Nothing was changed.`);
}
