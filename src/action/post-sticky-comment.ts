import * as core from '@actions/core';
import { errorMessage } from '../errors.js';
import { findMergedPullRequest } from '../github/merged-pull-request.js';
import { createGitHubClient, gitHubFailureHint } from '../github/octokit.js';
import { upsertStickyComment } from '../github/sticky-comment.js';
import { APPLIED_HEADING, APPLY_COMMENT_MARKER, FAILED_HEADING } from '../report/apply-markdown.js';
import { GITHUB_COMMENT_LIMIT } from '../report/fit-comment.js';
import type { ActionSettings } from '../settings/action-inputs.js';
import { logInfo } from './action-log.js';
import type { GitHubEvent } from './github-event.js';

/**
 * Creates or updates vend's comment on a pull request. The comment is a convenience on top of the job summary and
 * outputs, so a token that may not write (a fork's, or a workflow without `pull-requests: write`) is a warning.
 */
export async function postStickyComment(
  author: Pick<ActionSettings, 'githubToken' | 'commentAuthor'>,
  event: Pick<GitHubEvent, 'owner' | 'repo'>,
  comment: {
    pullRequestNumber: number;
    marker: string;
    body: string;
    kind: 'plan' | 'apply';
    keep?: (existingBody: string) => boolean;
    amend?: (existingBody: string) => string;
  },
): Promise<void> {
  try {
    const result = await upsertStickyComment(createGitHubClient(author.githubToken), {
      owner: event.owner,
      repo: event.repo,
      issueNumber: comment.pullRequestNumber,
      marker: comment.marker,
      body: comment.body,
      botLogin: author.commentAuthor,
      ...(comment.keep ? { keep: comment.keep } : {}),
      ...(comment.amend ? { amend: comment.amend } : {}),
    });
    logInfo(
      result.action === 'kept'
        ? `The ${comment.kind} comment records what an earlier run did; it is left as it is: ${result.url}`
        : `${comment.kind === 'plan' ? 'Plan' : 'Apply'} comment ${result.action}: ${result.url}`,
    );
  } catch (error) {
    core.warning(
      `Could not post the ${comment.kind} comment on pull request #${comment.pullRequestNumber}: ${errorMessage(error).replace(/\.$/, '')}.${gitHubFailureHint(error, "'pull-requests: write'")}`,
    );
  }
}

/**
 * The apply workflow's one comment on the pull request whose merge it applies: "waiting for approval" from the plan
 * job, replaced by the result from the apply job. It informs; it never authorises anything. A comment that already
 * records an apply (`## Vend apply: ✅`) stays until a later run of the same merge applies something
 * (`recordsChanges`): a re-run that finds nothing to do, is refused or fails leaves that record, and says so in its
 * own run. What changes nothing (`changesNothing`: a refusal, or a re-run's "waiting for approval") also leaves a
 * report of a run that failed part-way (`## Vend apply: ❌`), which may have changed AWS. A later run's result keeps
 * the report or record it replaces beneath its own, collapsed (withEarlierRun), so that what the earlier run did
 * stays on the pull request. Any other comment (waiting, refused) is replaced. Whoever can write as the bot can make
 * a comment read as a record, but could as well edit it afterwards: what it says decides only which status text
 * stands, never what apply does.
 */
export async function commentOnMergedPullRequest(
  settings: Pick<ActionSettings, 'githubToken' | 'commentAuthor'>,
  event: GitHubEvent,
  body: string,
  kind: 'plan' | 'apply',
  options: { recordsChanges?: boolean; changesNothing?: boolean } = {},
): Promise<void> {
  if (!settings.githubToken || !event.defaultBranch) return;
  let pullRequest;
  try {
    pullRequest = await findMergedPullRequest(createGitHubClient(settings.githubToken), {
      owner: event.owner,
      repo: event.repo,
      commitSha: event.sha,
      defaultBranch: event.defaultBranch,
    });
  } catch (error) {
    core.warning(`Could not look up the pull request merged as ${event.sha}: ${errorMessage(error)}.`);
    return;
  }
  if (!pullRequest) {
    logInfo(`No pull request of this repository was merged into ${event.defaultBranch} as ${event.sha}; no comment.`);
    return;
  }
  await postStickyComment(settings, event, {
    pullRequestNumber: pullRequest.number,
    marker: APPLY_COMMENT_MARKER,
    body,
    kind,
    amend: (existing: string) => withEarlierRun(body, existing),
    ...(options.recordsChanges
      ? {}
      : {
          keep: (existing: string) =>
            existing.startsWith(`${APPLY_COMMENT_MARKER}\n${APPLIED_HEADING}`) ||
            // A refusal changes nothing, so a run's report of what it did, failures and all, stays true: kept.
            (options.changesNothing === true && existing.startsWith(`${APPLY_COMMENT_MARKER}\n${FAILED_HEADING}`)),
        }),
  });
}

/**
 * `body`, and beneath it, collapsed, the report of an earlier run of the same merge that `body` replaces: one that
 * failed part-way, or one that applied, since either may have created accounts or deployed baselines this run does
 * not repeat, whose record must stay on the pull request. Past GitHub's comment limit, a line that says where that
 * report is instead, or `body` alone when even that line does not fit.
 */
export function withEarlierRun(body: string, existing: string): string {
  const earlier = [
    { heading: FAILED_HEADING, what: 'failed part-way' },
    { heading: APPLIED_HEADING, what: 'applied changes' },
  ].find(({ heading }) => existing.startsWith(`${APPLY_COMMENT_MARKER}\n${heading}`))?.what;
  if (earlier === undefined) return body;
  const report = existing.slice(APPLY_COMMENT_MARKER.length + 1);
  // Its own notes ("see the job summary") are that run's, not this one's: the summary says so.
  const summary = `An earlier run of this merge, which ${earlier} (the job summary it names is that run’s)`;
  const whole = `${body}\n\n<details><summary>${summary}</summary>\n\n${report}\n\n</details>`;
  if (whole.length <= GITHUB_COMMENT_LIMIT) return whole;
  const pointer = `${body}\n\n_An earlier run of this merge ${earlier}; its report, which this comment replaces, is in that run's job summary._`;
  // The body is already fitted to the limit: with no room even for the pointer, the result alone is posted.
  return pointer.length <= GITHUB_COMMENT_LIMIT ? pointer : body;
}
