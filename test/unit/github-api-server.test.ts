import { createGitHubClient } from '../../src/github/octokit.js';
import type { GitHubClient } from '../../src/github/octokit.js';
import { startGitHubApiServer } from '../harness/github-api-server.js';
import type { GitHubApiServer } from '../harness/github-api-server.js';

let server: GitHubApiServer;
let octokit: GitHubClient;

beforeEach(async () => {
  server = await startGitHubApiServer({ owner: 'acme', repo: 'aws-accounts' });
  octokit = createGitHubClient('test-token', server.url);
});

afterEach(async () => {
  await server.close();
});

// Octokit rejects with a RequestError carrying the HTTP status.
async function failureOf(promise: Promise<unknown>): Promise<{ status: number; message: string }> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof Error) || typeof (error as { status?: unknown }).status !== 'number') {
    throw new Error('expected the request to fail with an HTTP status');
  }
  return { status: (error as Error & { status: number }).status, message: error.message };
}

async function statusOf(promise: Promise<unknown>): Promise<number> {
  return (await failureOf(promise)).status;
}

test('a comment posted without a body is rejected and recorded as a violation', async () => {
  const pr = server.state.seedPullRequest({ title: 'Add payments-prod' });

  const status = await statusOf(
    // The typed route would not compile without `body`; a plain URL sends the malformed request anyway.
    octokit.request(`POST /repos/acme/aws-accounts/issues/${pr.number}/comments`),
  );

  expect(status).toBe(422);
  expect(server.violations()).toEqual([
    expect.objectContaining({
      kind: 'invalid-request',
      method: 'POST',
      path: `/repos/acme/aws-accounts/issues/${pr.number}/comments`,
    }),
  ]);
  expect(server.state.comments(pr.number)).toEqual([]);
});

test('a request to a path GitHub does not document is a 404 and a violation', async () => {
  const status = await statusOf(
    octokit.request('GET /repos/{owner}/{repo}/plan-comments', { owner: 'acme', repo: 'aws-accounts' }),
  );

  expect(status).toBe(404);
  expect(server.violations()).toEqual([
    expect.objectContaining({ kind: 'undocumented', path: '/repos/acme/aws-accounts/plan-comments' }),
  ]);
});

test('query parameters are checked against the operation: wrong types and unknown names are violations', async () => {
  const pr = server.state.seedPullRequest({ title: 'Add payments-prod' });
  const path = `/repos/acme/aws-accounts/issues/${pr.number}/comments`;

  expect(await statusOf(octokit.request(`GET ${path}?per_page=many`))).toBe(422);
  expect(await statusOf(octokit.request(`GET ${path}?author=someone`))).toBe(422);

  expect(server.violations().map((v) => v.kind)).toEqual(['invalid-request', 'invalid-request']);
  expect(server.violations()[1]?.message).toContain("'author'");
});

test('a comment body over 65,536 characters is refused as GitHub does', async () => {
  const pr = server.state.seedPullRequest({ title: 'Add payments-prod' });

  const status = await statusOf(
    octokit.rest.issues.createComment({
      owner: 'acme',
      repo: 'aws-accounts',
      issue_number: pr.number,
      body: 'x'.repeat(65537),
    }),
  );

  expect(status).toBe(422);
  expect(server.violations()[0]?.message).toContain('maximum is 65536 characters');
});

test('comments list in pages with Link headers, and octokit.paginate reads them all', async () => {
  const pr = server.state.seedPullRequest({ title: 'Add payments-prod' });
  for (let i = 1; i <= 5; i++) server.state.seedComment(pr.number, { login: 'octocat', body: `comment ${i}` });

  const first = await octokit.rest.issues.listComments({
    owner: 'acme',
    repo: 'aws-accounts',
    issue_number: pr.number,
    per_page: 2,
  });
  const all = await octokit.paginate(octokit.rest.issues.listComments, {
    owner: 'acme',
    repo: 'aws-accounts',
    issue_number: pr.number,
    per_page: 2,
  });

  expect(first.data.map((c) => c.body)).toEqual(['comment 1', 'comment 2']);
  expect(first.headers.link).toContain('page=2>; rel="next"');
  expect(first.headers.link).toContain('page=3>; rel="last"');
  expect(all.map((c) => c.body)).toEqual(['comment 1', 'comment 2', 'comment 3', 'comment 4', 'comment 5']);
  expect(all[0]?.user).toEqual(expect.objectContaining({ login: 'octocat', type: 'User' }));
  expect(server.violations()).toEqual([]);
});

test('created and updated comments are authored by the token identity and keep their id', async () => {
  server.state.setActor('vend-app[bot]');
  const pr = server.state.seedPullRequest({ title: 'Add payments-prod' });

  const created = await octokit.rest.issues.createComment({
    owner: 'acme',
    repo: 'aws-accounts',
    issue_number: pr.number,
    body: 'v1',
  });
  const updated = await octokit.rest.issues.updateComment({
    owner: 'acme',
    repo: 'aws-accounts',
    comment_id: created.data.id,
    body: 'v2',
  });

  expect(created.status).toBe(201);
  expect(created.data.user).toEqual(expect.objectContaining({ login: 'vend-app[bot]', type: 'Bot' }));
  expect(created.data.html_url).toBe(
    `https://github.com/acme/aws-accounts/pull/${pr.number}#issuecomment-${created.data.id}`,
  );
  expect(updated.data.id).toBe(created.data.id);
  expect(updated.data.updated_at > created.data.created_at).toBe(true);
  expect(server.state.comments(pr.number).map((c) => c.body)).toEqual(['v2']);
  expect(server.violations()).toEqual([]);
});

test('a read-only token cannot comment: 403 "Resource not accessible by integration"', async () => {
  const pr = server.state.seedPullRequest({ title: 'From a fork' });
  server.state.tokenCanWrite = false;

  const failure = await failureOf(
    octokit.rest.issues.createComment({ owner: 'acme', repo: 'aws-accounts', issue_number: pr.number, body: 'plan' }),
  );

  expect(failure.status).toBe(403);
  expect(failure.message).toContain('Resource not accessible by integration');
  expect(server.violations()).toEqual([]);
});

test('issues can be created, filtered by label, updated and closed', async () => {
  server.state.seedIssue({ title: 'Unrelated bug', labels: ['bug'] });
  const created = await octokit.rest.issues.create({
    owner: 'acme',
    repo: 'aws-accounts',
    title: 'Drift detected',
    body: 'details',
    labels: ['vend-drift'],
  });

  const open = await octokit.rest.issues.listForRepo({
    owner: 'acme',
    repo: 'aws-accounts',
    labels: 'vend-drift',
    state: 'open',
  });
  await octokit.rest.issues.update({
    owner: 'acme',
    repo: 'aws-accounts',
    issue_number: created.data.number,
    state: 'closed',
  });
  const stillOpen = await octokit.rest.issues.listForRepo({
    owner: 'acme',
    repo: 'aws-accounts',
    labels: 'vend-drift',
  });
  const fetched = await octokit.rest.issues.get({
    owner: 'acme',
    repo: 'aws-accounts',
    issue_number: created.data.number,
  });

  expect(open.data.map((i) => i.title)).toEqual(['Drift detected']);
  expect(open.data[0]?.labels).toEqual([expect.objectContaining({ name: 'vend-drift' })]);
  expect(stillOpen.data).toEqual([]);
  expect(fetched.data.state).toBe('closed');
  expect(fetched.data.closed_at).not.toBeNull();
  expect(server.violations()).toEqual([]);
});

test('listing issues includes pull requests, marked with pull_request, as GitHub does', async () => {
  server.state.seedIssue({ title: 'An issue' });
  server.state.seedPullRequest({ title: 'A pull request' });

  const { data } = await octokit.rest.issues.listForRepo({ owner: 'acme', repo: 'aws-accounts', state: 'all' });

  expect(data.map((i) => [i.title, i.pull_request !== undefined])).toEqual([
    ['A pull request', true],
    ['An issue', false],
  ]);
});

test('pull requests associated with a commit include the one it was merged by', async () => {
  server.state.seedPullRequest({ title: 'Still open', commitShas: ['a'.repeat(40)] });
  const merged = server.state.seedPullRequest({
    title: 'Add payments-prod',
    merged: true,
    commitShas: ['b'.repeat(40)],
    mergeCommitSha: 'c'.repeat(40),
  });

  const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
    owner: 'acme',
    repo: 'aws-accounts',
    commit_sha: 'c'.repeat(40),
  });

  expect(data.map((pr) => [pr.number, pr.merged_at !== null])).toEqual([[merged.number, true]]);
  expect(server.violations()).toEqual([]);
});

test('another repository is not found, without a violation', async () => {
  expect(await statusOf(octokit.rest.issues.get({ owner: 'acme', repo: 'other', issue_number: 1 }))).toBe(404);
  expect(server.violations()).toEqual([]);
});

test('a documented operation the server does not emulate is flagged, not silently answered', async () => {
  expect(await statusOf(octokit.rest.issues.lock({ owner: 'acme', repo: 'aws-accounts', issue_number: 1 }))).toBe(501);
  expect(server.violations()).toEqual([expect.objectContaining({ kind: 'unimplemented' })]);
});

test('every request is recorded with its operation and status', async () => {
  const pr = server.state.seedPullRequest({ title: 'Add payments-prod' });
  await octokit.rest.issues.createComment({
    owner: 'acme',
    repo: 'aws-accounts',
    issue_number: pr.number,
    body: 'hello',
  });

  expect(server.requests()).toEqual([
    {
      method: 'POST',
      url: `/repos/acme/aws-accounts/issues/${pr.number}/comments`,
      operationId: 'issues/create-comment',
      status: 201,
      body: { body: 'hello' },
    },
  ]);
});
