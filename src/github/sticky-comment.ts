import type { GitHubClient } from './octokit.js';

/** The identity of the workflow's GITHUB_TOKEN; a GitHub App token comments as `<app-slug>[bot]` instead. */
export const GITHUB_ACTIONS_BOT = 'github-actions[bot]';

export interface StickyCommentLocation {
  owner: string;
  repo: string;
  /** Pull requests are issues too: their conversation comments are issue comments. */
  issueNumber: number;
  /** A hidden HTML comment such as `<!-- vend:plan -->` that the body carries. */
  marker: string;
  /** Only comments written by this login are ever edited. */
  botLogin?: string;
}

export interface StickyCommentRequest extends StickyCommentLocation {
  body: string;
  /** An existing comment whose body this accepts is left as it is (`kept`). */
  keep?: (existingBody: string) => boolean;
  /** The body written over an existing comment, in place of `body`: say, `body` with what of the old one stays. */
  amend?: (existingBody: string) => string;
}

export interface StickyComment {
  id: number;
  url: string;
  body: string;
}

export interface StickyCommentResult {
  action: 'created' | 'updated' | 'kept';
  id: number;
  url: string;
}

/**
 * Finds the oldest comment that both starts with the marker and was written by the bot. Anyone can paste the
 * marker into a comment, so the author is what makes a comment ours; the marker, as the first line, tells ours
 * apart from the bot's other comments (other workflows post as github-actions[bot] too) and from vend's other
 * comments, which may quote it from a pull request's files (a template diff holding `<!-- vend:apply -->`).
 */
export async function findStickyComment(
  octokit: GitHubClient,
  location: StickyCommentLocation,
): Promise<StickyComment | undefined> {
  requireHiddenMarker(location.marker);
  const botLogin = (location.botLogin ?? GITHUB_ACTIONS_BOT).toLowerCase();
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: location.owner,
    repo: location.repo,
    issue_number: location.issueNumber,
    per_page: 100,
  });
  for await (const page of pages) {
    const found = page.data.find(
      (comment) =>
        comment.user?.login.toLowerCase() === botLogin && (comment.body ?? '').startsWith(`${location.marker}\n`),
    );
    if (found) return { id: found.id, url: found.html_url, body: found.body ?? '' };
  }
  return undefined;
}

/**
 * Updates the pull request's one vend comment in place (unless `keep` accepts it as it is), or creates it on the
 * first run.
 */
export async function upsertStickyComment(
  octokit: GitHubClient,
  request: StickyCommentRequest,
): Promise<StickyCommentResult> {
  requireHiddenMarker(request.marker);
  // Without the marker as its first line the next run could not find this comment and would post a second one.
  if (!request.body.startsWith(`${request.marker}\n`)) {
    throw new Error(`The comment body must start with its marker '${request.marker}' on a line of its own.`);
  }
  const existing = await findStickyComment(octokit, request);
  if (existing && request.keep?.(existing.body)) return { action: 'kept', id: existing.id, url: existing.url };
  if (existing) {
    const { data } = await octokit.rest.issues.updateComment({
      owner: request.owner,
      repo: request.repo,
      comment_id: existing.id,
      body: request.amend ? request.amend(existing.body) : request.body,
    });
    return { action: 'updated', id: data.id, url: data.html_url };
  }
  const { data } = await octokit.rest.issues.createComment({
    owner: request.owner,
    repo: request.repo,
    issue_number: request.issueNumber,
    body: request.body,
  });
  return { action: 'created', id: data.id, url: data.html_url };
}

function requireHiddenMarker(marker: string): void {
  if (!/^<!--[^\n]*\S[^\n]*-->$/.test(marker) || marker.slice(4, -3).includes('--')) {
    throw new Error(
      `Invalid comment marker '${marker}'. Expected a one-line HTML comment such as '<!-- vend:plan -->'.`,
    );
  }
}
