import * as core from '@actions/core';
import type { ReviewedPlanSummary } from '../apply/apply-report.js';
import { reviewedPlanFromPullRequest } from '../apply/reviewed-plan.js';
import { runApply } from '../commands/apply.js';
import { ActionOutput } from '../constants.js';
import { errorMessage } from '../errors.js';
import { findReviewedPlan } from '../github/merged-pull-request.js';
import type { MergedPullRequest } from '../github/merged-pull-request.js';
import { createGitHubClient } from '../github/octokit.js';
import { APPLY_COMMENT_MARKER, applySections, renderApplyComment } from '../report/apply-markdown.js';
import { applySummaryLine } from '../report/apply-text.js';
import { escapeMarkdown } from '../report/markdown-escape.js';
import type { ActionSettings } from '../settings/action-inputs.js';
import type { GitHubEvent } from './github-event.js';
import { postStickyComment } from './post-sticky-comment.js';
import { publishValidation } from './validate-action.js';

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

/**
 * Why apply must not run for this event, if it must not. Pull request events carry code nobody has merged, so
 * they are refused outright; other refs need the explicit override, because main is what reviewers approved.
 */
export function applyRefusal(
  event: Pick<GitHubEvent, 'eventName' | 'ref' | 'defaultBranch'>,
  allowNonDefaultBranch: boolean,
): string | undefined {
  if (PULL_REQUEST_EVENTS.has(event.eventName)) {
    return `vend apply refuses to run on '${event.eventName}' events: it would change the organization from unmerged code. Run it on push to the default branch (or workflow_dispatch) after the merge.`;
  }
  if (allowNonDefaultBranch) return undefined;
  if (!event.defaultBranch) {
    return `vend apply cannot tell the repository's default branch from the '${event.eventName}' event, so it refuses to run from ${event.ref}. Run it on push or workflow_dispatch, or set allow-non-default-branch: true.`;
  }
  if (event.ref !== `refs/heads/${event.defaultBranch}`) {
    return `vend apply runs only from the default branch 'refs/heads/${event.defaultBranch}', not '${event.ref}'. Merge first, or set allow-non-default-branch: true for a deliberate exception.`;
  }
  return undefined;
}

export async function runApplyAction(settings: ActionSettings, event: GitHubEvent): Promise<void> {
  const refusal = applyRefusal(event, settings.allowNonDefaultBranch === true);
  if (refusal) {
    core.summary.addHeading('Vend apply: refused', 2).addRaw(escapeMarkdown(refusal), true);
    await core.summary.write();
    core.setFailed(refusal);
    return;
  }

  const merged = await findMergedPullRequestPlan(settings, event);
  const outcome = await runApply(settings, {
    log: (line) => core.info(line),
    ...(merged ? { reviewedPlan: merged.reviewedPlan } : {}),
  });
  publishValidation(outcome.validation, settings.repositoryRoot);
  if (outcome.status === 'invalid') {
    await core.summary.write();
    return;
  }

  const { report } = outcome;
  const accountIds = Object.fromEntries(
    [...report.createdAccounts, ...report.adoptedAccounts].map((account) => [account.name, account.id]),
  );
  core.setOutput(ActionOutput.accountIds, JSON.stringify(accountIds));
  core.setOutput(ActionOutput.changesApplied, report.changesApplied.length);
  core.info(`Apply: ${applySummaryLine(report)}.`);

  const context = { commitSha: event.sha };
  core.summary.addRaw(
    applySections(report, context)
      .map((section) => section.markdown)
      .join('\n\n'),
    true,
  );
  if (settings.comment && merged)
    await postStickyComment(settings, event, {
      pullRequestNumber: merged.pullRequest.number,
      marker: APPLY_COMMENT_MARKER,
      body: renderApplyComment(report, context),
      kind: 'apply',
    });
  await core.summary.write();
  if (outcome.exitCode !== 0) core.setFailed(`vend apply: ${applySummaryLine(report)}; see the job summary.`);
}

/**
 * The merged pull request's plan comment authorises destructive changes. GitHub being unreachable authorises
 * nothing but must not stop the rest of the apply.
 */
async function findMergedPullRequestPlan(
  settings: ActionSettings,
  event: GitHubEvent,
): Promise<{ pullRequest: MergedPullRequest; reviewedPlan: ReviewedPlanSummary } | undefined> {
  if (!settings.githubToken) return undefined;
  try {
    const found = await findReviewedPlan(createGitHubClient(settings.githubToken), {
      owner: event.owner,
      repo: event.repo,
      commitSha: event.sha,
      botLogin: settings.commentAuthor,
    });
    if (!found) {
      core.info(
        `No merged pull request contains commit ${event.sha}; no destructive change is authorised by a reviewed plan.`,
      );
      return undefined;
    }
    return { pullRequest: found.pullRequest, reviewedPlan: reviewedPlanFromPullRequest(found.pullRequest, found.meta) };
  } catch (error) {
    core.warning(
      `Could not read the merged pull request for ${event.sha}: ${errorMessage(error)}. Destructive changes stay unauthorised; the rest of the apply goes ahead.`,
    );
    return undefined;
  }
}
