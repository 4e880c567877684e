import { createGitHubClient } from '../../src/github/octokit.js';
import type { GitHubClient } from '../../src/github/octokit.js';
import {
  PLAN_COMMENT_MARKER,
  findMergedPullRequest,
  findReviewedPlan,
  parsePlanMeta,
  renderPlanMeta,
} from '../../src/github/merged-pull-request.js';
import { startGitHubApiServer } from '../harness/github-api-server.js';
import type { GitHubApiServer } from '../harness/github-api-server.js';

const DIGEST = `sha256:${'ab12'.repeat(16)}`;
const repo = { owner: 'acme', repo: 'aws-accounts' };

describe('plan meta block', () => {
  test('round-trips the digest and destructive change ids through a comment body', () => {
    const meta = { digest: DIGEST, destructive: ['detach-scp:ou-prod:deny-regions', 'close-account:legacy-sandbox'] };
    const body = `${PLAN_COMMENT_MARKER}\n## Plan\n\n1 to destroy\n\n${renderPlanMeta(meta)}\n`;

    expect(renderPlanMeta(meta)).toBe(
      `<!-- vend:plan-meta {"digest":"${DIGEST}","destructive":["detach-scp:ou-prod:deny-regions","close-account:legacy-sandbox"]} -->`,
    );
    expect(parsePlanMeta(body)).toEqual(meta);
  });

  test('a change id containing "-->" cannot end the hidden block early', () => {
    const meta = { digest: DIGEST, destructive: ['remove-instances:x --> <!-- vend:plan-meta {}'] };
    const rendered = renderPlanMeta(meta);

    expect(rendered.indexOf('-->')).toBe(rendered.length - 3);
    expect(parsePlanMeta(`text\n${rendered}`)).toEqual(meta);
  });

  test('an empty destructive list is a valid reviewed plan', () => {
    expect(parsePlanMeta(renderPlanMeta({ digest: DIGEST, destructive: [] }))).toEqual({
      digest: DIGEST,
      destructive: [],
    });
  });

  test.each([
    ['no block', 'just a plan'],
    ['broken JSON', '<!-- vend:plan-meta {"digest": -->'],
    ['unterminated block', `<!-- vend:plan-meta {"digest":"${DIGEST}","destructive":[]}`],
    ['a digest of another form', '<!-- vend:plan-meta {"digest":"md5:abc","destructive":[]} -->'],
    ['destructive not a list', `<!-- vend:plan-meta {"digest":"${DIGEST}","destructive":"close-account:all"} -->`],
    ['a non-string change id', `<!-- vend:plan-meta {"digest":"${DIGEST}","destructive":[42]} -->`],
    ['an empty change id', `<!-- vend:plan-meta {"digest":"${DIGEST}","destructive":[""]} -->`],
    ['a control character in an id', `<!-- vend:plan-meta {"digest":"${DIGEST}","destructive":["a\\u0000b"]} -->`],
    ['an extra key', `<!-- vend:plan-meta {"digest":"${DIGEST}","destructive":[],"allow":true} -->`],
    ['a __proto__ key', `<!-- vend:plan-meta {"digest":"${DIGEST}","destructive":[],"__proto__":{"x":1}} -->`],
    ['a top-level array', `<!-- vend:plan-meta ["${DIGEST}",[]] -->`],
    [
      'two blocks (one appended by an editor)',
      `<!-- vend:plan-meta {"digest":"${DIGEST}","destructive":[]} -->\n<!-- vend:plan-meta {"digest":"${DIGEST}","destructive":["close-account:prod"]} -->`,
    ],
  ])('a tampered or malformed block (%s) reads as no reviewed plan', (_case, body) => {
    expect(parsePlanMeta(body)).toBeUndefined();
  });

  test('rendering refuses meta it could not read back', () => {
    expect(() => renderPlanMeta({ digest: 'sha256:short', destructive: [] })).toThrow('Invalid plan meta');
  });
});

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

  test('finds the pull request merged as the commit and the plan its reviewers saw', async () => {
    const meta = { digest: DIGEST, destructive: ['close-account:legacy-sandbox'] };
    server.state.seedPullRequest({ title: 'Unrelated open work', commitShas: [mergeSha] });
    const pr = server.state.seedPullRequest({ title: 'Close legacy-sandbox', merged: true, mergeCommitSha: mergeSha });
    server.state.seedComment(pr.number, {
      login: 'mallory',
      body: `${PLAN_COMMENT_MARKER}\n${renderPlanMeta({ ...meta, destructive: ['close-account:prod'] })}`,
    });
    server.state.seedComment(pr.number, {
      login: 'github-actions[bot]',
      body: `${PLAN_COMMENT_MARKER}\n## Plan\n${renderPlanMeta(meta)}`,
    });

    const reviewed = await findReviewedPlan(octokit, { ...repo, commitSha: mergeSha });

    expect(reviewed?.pullRequest).toEqual({
      number: pr.number,
      url: `https://github.com/acme/aws-accounts/pull/${pr.number}`,
      title: 'Close legacy-sandbox',
      mergedAt: expect.any(String),
      mergeCommitSha: mergeSha,
    });
    expect(reviewed?.meta).toEqual(meta);
  });

  test('a rebase-merged commit is found through the pull request that carried it', async () => {
    const commit = 'feed'.padEnd(40, '1');
    const pr = server.state.seedPullRequest({ title: 'Add payments-prod', merged: true, commitShas: [commit] });

    expect((await findMergedPullRequest(octokit, { ...repo, commitSha: commit }))?.number).toBe(pr.number);
  });

  test('a commit pushed straight to the branch has no merged pull request', async () => {
    server.state.seedPullRequest({ title: 'Open, not merged', commitShas: [mergeSha] });

    expect(await findReviewedPlan(octokit, { ...repo, commitSha: mergeSha })).toBeUndefined();
  });

  test('a merged pull request without a bot plan comment has no reviewed plan', async () => {
    const pr = server.state.seedPullRequest({
      title: 'Merged before plan ran',
      merged: true,
      mergeCommitSha: mergeSha,
    });
    server.state.seedComment(pr.number, {
      login: 'alice',
      body: `${PLAN_COMMENT_MARKER} ${renderPlanMeta({ digest: DIGEST, destructive: ['close-account:prod'] })}`,
    });

    const reviewed = await findReviewedPlan(octokit, { ...repo, commitSha: mergeSha });

    expect(reviewed?.pullRequest.number).toBe(pr.number);
    expect(reviewed?.planComment).toBeUndefined();
    expect(reviewed?.meta).toBeUndefined();
  });
});
