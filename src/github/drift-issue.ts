import type { GitHubClient } from './octokit.js';

/** The label of the one drift issue; the issue is found by it, its hidden marker and its author. */
export const DRIFT_ISSUE_LABEL = 'vend-drift';

export interface DriftIssueLocation {
  owner: string;
  repo: string;
  /** Only an issue this login wrote is vend's: anyone can paste the marker, or add the label. */
  botLogin: string;
  /** The hidden marker its body carries (`<!-- vend:drift -->`). */
  marker: string;
}

export interface DriftIssue {
  number: number;
  state: 'open' | 'closed';
  title: string;
  body: string;
  url: string;
  /** When the issue was opened (ISO 8601): no finding it holds was first seen before. */
  createdAt: string;
}

/**
 * Finds the drift issue, open or closed: the oldest that carries the marker and was written by the bot, first
 * across every page of the label's issues. Someone with triage rights may have taken the label off; then it is
 * looked for among the bot's own issues, and the label is put back, so that a second issue is never opened beside
 * it. The marker is what makes an issue vend's: a label alone, which anyone with triage rights can move onto another
 * issue the bot wrote (a release checklist of another workflow), never does, and an issue whose marker was edited out
 * is left alone. Pull requests share the issue list and are skipped.
 *
 * Source: GitHub REST "List repository issues" (issues/list-for-repo) with `labels` or `creator`, and `state: all`;
 * "Update an issue" (issues/update) with `labels`.
 */
export async function findDriftIssue(
  octokit: GitHubClient,
  location: DriftIssueLocation,
): Promise<DriftIssue | undefined> {
  const labelled = await findIssue(octokit, location, { labels: DRIFT_ISSUE_LABEL });
  if (labelled) return describeIssue(labelled);
  const unlabelled = await findIssue(octokit, location, { creator: location.botLogin });
  if (!unlabelled) return undefined;
  const labels = unlabelled.labels.map((label) => (typeof label === 'string' ? label : (label.name ?? '')));
  await octokit.rest.issues.update({
    owner: location.owner,
    repo: location.repo,
    issue_number: unlabelled.number,
    labels: [...labels.filter(Boolean), DRIFT_ISSUE_LABEL],
  });
  return describeIssue(unlabelled);
}

type ListedIssue = Awaited<ReturnType<GitHubClient['rest']['issues']['listForRepo']>>['data'][number];

async function findIssue(
  octokit: GitHubClient,
  location: DriftIssueLocation,
  filter: { labels: string } | { creator: string },
): Promise<ListedIssue | undefined> {
  const botLogin = location.botLogin.toLowerCase();
  for await (const page of octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
    owner: location.owner,
    repo: location.repo,
    ...filter,
    state: 'all',
    sort: 'created',
    direction: 'asc',
    per_page: 100,
  })) {
    const found = page.data.find(
      (issue) =>
        !issue.pull_request &&
        issue.user?.login.toLowerCase() === botLogin &&
        (issue.body ?? '').includes(location.marker),
    );
    if (found) return found;
  }
  return undefined;
}

function describeIssue(issue: ListedIssue): DriftIssue {
  return {
    number: issue.number,
    state: issue.state === 'closed' ? 'closed' : 'open',
    title: issue.title,
    body: issue.body ?? '',
    createdAt: issue.created_at,
    url: issue.html_url,
  };
}

/**
 * Opens the drift issue with its label. GitHub drops labels silently for a token that may not set them, and an issue
 * without the label would never be found again (a second one would be opened each night), so that is an error.
 *
 * Source: GitHub REST "Create an issue" (issues/create).
 */
export async function openDriftIssue(
  octokit: GitHubClient,
  location: Pick<DriftIssueLocation, 'owner' | 'repo'>,
  issue: { title: string; body: string },
): Promise<DriftIssue> {
  const { data } = await octokit.rest.issues.create({
    owner: location.owner,
    repo: location.repo,
    title: issue.title,
    body: issue.body,
    labels: [DRIFT_ISSUE_LABEL],
  });
  const labelled = data.labels.some((label) => (typeof label === 'string' ? label : label.name) === DRIFT_ISSUE_LABEL);
  if (!labelled)
    throw new Error(
      `GitHub opened issue #${data.number} without the label '${DRIFT_ISSUE_LABEL}', so the next run could not find it. Give the workflow 'issues: write', then label #${data.number} '${DRIFT_ISSUE_LABEL}' by hand.`,
    );
  return {
    number: data.number,
    state: 'open',
    title: data.title,
    body: data.body ?? '',
    url: data.html_url,
    createdAt: data.created_at,
  };
}

/**
 * Rewrites the issue's title and body, and opens or closes it.
 *
 * Source: GitHub REST "Update an issue" (issues/update): `state`, and `state_reason` `completed` or `reopened`.
 */
export async function updateDriftIssue(
  octokit: GitHubClient,
  location: Pick<DriftIssueLocation, 'owner' | 'repo'>,
  issueNumber: number,
  update: { title?: string; body?: string; state?: 'open' | 'closed' },
): Promise<void> {
  await octokit.rest.issues.update({
    owner: location.owner,
    repo: location.repo,
    issue_number: issueNumber,
    ...(update.title === undefined ? {} : { title: update.title }),
    ...(update.body === undefined ? {} : { body: update.body }),
    ...(update.state === undefined
      ? {}
      : { state: update.state, state_reason: update.state === 'closed' ? 'completed' : 'reopened' }),
  });
}

/** Source: GitHub REST "Create an issue comment" (issues/create-comment). */
export async function commentOnDriftIssue(
  octokit: GitHubClient,
  location: Pick<DriftIssueLocation, 'owner' | 'repo'>,
  issueNumber: number,
  body: string,
): Promise<void> {
  await octokit.rest.issues.createComment({
    owner: location.owner,
    repo: location.repo,
    issue_number: issueNumber,
    body,
  });
}
