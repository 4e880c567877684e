import { createGitHubClient } from '../../src/github/octokit.js';
import type { GitHubClient } from '../../src/github/octokit.js';
import { branchTip, findMergedPullRequest } from '../../src/github/merged-pull-request.js';
import { startGitHubApiServer } from '../harness/github-api-server.js';
import type { GitHubApiServer } from '../harness/github-api-server.js';

const repo = { owner: 'acme', repo: 'aws-accounts', defaultBranch: 'main' };

describe('merged pull request lookup', () => {
  let server: GitHubApiServer;
  let octokit: GitHubClient;

  beforeEach(async () => {
    server = await startGitHubApiServer(repo);
    octokit = createGitHubClient('test-token', server.url);
  });

  afterEach(async () => {
    expect(server.violations()).toEqual([]);
    await server.close();
  });

  const mergeSha = 'c0ffee'.padEnd(40, '0');

  test('finds the pull request merged as the commit', async () => {
    server.state.seedPullRequest({ title: 'Unrelated open work', commitShas: [mergeSha] });
    const pr = server.state.seedPullRequest({ title: 'Close legacy-sandbox', merged: true, mergeCommitSha: mergeSha });

    expect(await findMergedPullRequest(octokit, { ...repo, commitSha: mergeSha })).toEqual({
      number: pr.number,
      url: `https://github.com/acme/aws-accounts/pull/${pr.number}`,
      title: 'Close legacy-sandbox',
      mergedAt: expect.any(String),
      mergeCommitSha: mergeSha,
    });
  });

  test('a rebase-merged commit is found through the pull request that carried it', async () => {
    const commit = 'feed'.padEnd(40, '1');
    const pr = server.state.seedPullRequest({ title: 'Add payments-prod', merged: true, commitShas: [commit] });

    expect((await findMergedPullRequest(octokit, { ...repo, commitSha: commit }))?.number).toBe(pr.number);
  });

  test('a commit pushed straight to the branch has no merged pull request', async () => {
    server.state.seedPullRequest({ title: 'Open, not merged', commitShas: [mergeSha] });

    expect(await findMergedPullRequest(octokit, { ...repo, commitSha: mergeSha })).toBeUndefined();
  });

  test("a fork's pull request, or one merged into another branch, is not this apply's pull request", async () => {
    server.state.seedPullRequest({
      title: 'From a fork',
      merged: true,
      mergeCommitSha: mergeSha,
      headRepository: 'mallory/aws-accounts',
    });
    server.state.seedPullRequest({
      title: 'Into a release branch',
      merged: true,
      commitShas: [mergeSha],
      baseRef: 'release',
    });

    expect(await findMergedPullRequest(octokit, { ...repo, commitSha: mergeSha })).toBeUndefined();
  });
});

describe('branch tip', () => {
  test('reads the commit the branch points at now', async () => {
    const server = await startGitHubApiServer(repo);
    try {
      server.state.setBranchTip('main', 'ABC'.padEnd(40, '9'));
      const octokit = createGitHubClient('test-token', server.url);
      expect(await branchTip(octokit, { ...repo, branch: 'main' })).toBe('abc'.padEnd(40, '9'));
      await expect(branchTip(octokit, { ...repo, branch: 'gone' })).rejects.toThrow('Not Found');
      expect(server.violations()).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
