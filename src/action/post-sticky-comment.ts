import * as core from '@actions/core';
import { errorMessage } from '../errors.js';
import { createGitHubClient } from '../github/octokit.js';
import { upsertStickyComment } from '../github/sticky-comment.js';
import type { ActionSettings } from '../settings/action-inputs.js';
import type { GitHubEvent } from './github-event.js';

/**
 * Creates or updates vend's comment on a pull request. The comment is a convenience on top of the job summary and
 * outputs, so a token that may not write (a fork's, or a workflow without `pull-requests: write`) is a warning.
 */
export async function postStickyComment(
  author: Pick<ActionSettings, 'githubToken' | 'commentAuthor'>,
  event: Pick<GitHubEvent, 'owner' | 'repo'>,
  comment: { pullRequestNumber: number; marker: string; body: string; kind: 'plan' | 'apply' },
): Promise<void> {
  try {
    const result = await upsertStickyComment(createGitHubClient(author.githubToken), {
      owner: event.owner,
      repo: event.repo,
      issueNumber: comment.pullRequestNumber,
      marker: comment.marker,
      body: comment.body,
      botLogin: author.commentAuthor,
    });
    core.info(`${comment.kind === 'plan' ? 'Plan' : 'Apply'} comment ${result.action}: ${result.url}`);
  } catch (error) {
    core.warning(
      `Could not post the ${comment.kind} comment on pull request #${comment.pullRequestNumber}: ${errorMessage(error)}. Give the workflow 'pull-requests: write'.`,
    );
  }
}
