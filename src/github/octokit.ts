import { getOctokit } from '@actions/github';
import { VEND_VERSION } from '../version.js';

/** The REST client vend uses for GitHub: Octokit with the REST endpoint methods and pagination. */
export type GitHubClient = ReturnType<typeof getOctokit>;

/**
 * Builds the client. Without `baseUrl`, @actions/github takes `GITHUB_API_URL` (set on GitHub Enterprise
 * Server runners) and falls back to api.github.com.
 */
export function createGitHubClient(token: string, baseUrl?: string): GitHubClient {
  return getOctokit(token, { userAgent: `vend/${VEND_VERSION}`, ...(baseUrl === undefined ? {} : { baseUrl }) });
}

/**
 * What to do about a failed GitHub request, for a message that already says what failed: with 403 the job's token
 * lacks `permission` (e.g. `'issues: write'`), and with 404, which GitHub also answers to hide a resource from a token
 * without access, either that or the resource is missing; with no answer at all (Octokit reports a connection that
 * failed as status 500 with no response), GitHub was not reached. Empty for other answers, whose message says
 * enough. Source: GitHub REST API docs, "Troubleshooting the REST API" (403 and 404 for missing permissions).
 */
export function gitHubFailureHint(error: unknown, permission: string): string {
  const { status, response, request } = (error ?? {}) as { status?: unknown; response?: unknown; request?: unknown };
  // Only Octokit's request errors carry the request; anything else (vend's own reading of an answer) is no failure of
  // GitHub's, and its message says what went wrong.
  if (request === undefined) return '';
  if (response === undefined) return ' GitHub did not answer: re-run the job once it does.';
  if (status === 403) return ` The job's token needs ${permission}.`;
  if (status === 404) return ` GitHub answered 404: it does not exist, or the job's token lacks ${permission}.`;
  return '';
}
