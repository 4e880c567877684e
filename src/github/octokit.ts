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
