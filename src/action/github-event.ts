import * as github from '@actions/github';

/** What the action needs to know about the event that triggered it, read once from the runner's context. */
export interface GitHubEvent {
  eventName: string;
  owner: string;
  repo: string;
  sha: string;
  ref: string;
  defaultBranch?: string;
  pullRequestNumber?: number;
  /** The pull request comes from another repository: its token is read-only and it gets no OIDC token. */
  fromFork: boolean;
  /**
   * The workflow run's page, where a reviewer approves its deployment; absent outside Actions (no GITHUB_RUN_ID),
   * where a link would lead nowhere.
   */
  runUrl?: string;
}

export function readGitHubEvent(): GitHubEvent {
  const { context } = github;
  const pullRequest = context.payload.pull_request as
    { number: number; head?: { repo?: { full_name?: string } | null } } | undefined;
  const fullName = `${context.repo.owner}/${context.repo.repo}`;
  return {
    eventName: context.eventName,
    owner: context.repo.owner,
    repo: context.repo.repo,
    sha: context.sha,
    ref: context.ref,
    defaultBranch: (context.payload.repository as { default_branch?: string } | undefined)?.default_branch,
    ...(pullRequest ? { pullRequestNumber: pullRequest.number } : {}),
    fromFork: pullRequest !== undefined && pullRequest.head?.repo?.full_name !== fullName,
    ...(Number.isInteger(context.runId) && context.runId > 0
      ? { runUrl: `${context.serverUrl}/${fullName}/actions/runs/${context.runId}` }
      : {}),
  };
}
