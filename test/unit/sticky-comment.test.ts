import { createGitHubClient } from '../../src/github/octokit.js';
import type { GitHubClient } from '../../src/github/octokit.js';
import { findStickyComment, upsertStickyComment } from '../../src/github/sticky-comment.js';
import { startGitHubApiServer } from '../harness/github-api-server.js';
import type { GitHubApiServer } from '../harness/github-api-server.js';

const MARKER = '<!-- vend:plan -->';
const repo = { owner: 'acme', repo: 'aws-accounts' };

let server: GitHubApiServer;
let octokit: GitHubClient;
let pullNumber: number;

beforeEach(async () => {
  server = await startGitHubApiServer(repo);
  octokit = createGitHubClient('test-token', server.url);
  pullNumber = server.state.seedPullRequest({ title: 'Add payments-prod', login: 'alice' }).number;
});

afterEach(async () => {
  expect(server.violations()).toEqual([]);
  await server.close();
});

function seedChatter(count: number): void {
  for (let i = 0; i < count; i++) {
    server.state.seedComment(pullNumber, { login: i % 3 === 0 ? 'renovate[bot]' : 'bob', body: `LGTM ${i}` });
  }
}

function listedPages(): string[] {
  return server
    .requests()
    .filter((r) => r.operationId === 'issues/list-comments')
    .map((r) => new URL(r.url, server.url).searchParams.get('page') ?? '1');
}

test('creates the plan comment once, then updates it in place behind three pages of other comments', async () => {
  seedChatter(250);

  const first = await upsertStickyComment(octokit, {
    ...repo,
    issueNumber: pullNumber,
    marker: MARKER,
    body: `${MARKER}\nplan v1`,
  });
  seedChatter(5);
  const second = await upsertStickyComment(octokit, {
    ...repo,
    issueNumber: pullNumber,
    marker: MARKER,
    body: `${MARKER}\nplan v2`,
  });

  const ours = server.state.comments(pullNumber).filter((c) => c.user.login === 'github-actions[bot]');
  expect(first.action).toBe('created');
  expect(second).toEqual({ action: 'updated', id: first.id, url: first.url });
  expect(ours).toEqual([expect.objectContaining({ id: first.id, body: `${MARKER}\nplan v2` })]);
  expect(server.state.comments(pullNumber)).toHaveLength(256);
  // The comment sits on page 3 of 100; both runs had to read that far.
  expect(listedPages()).toEqual(['1', '2', '3', '1', '2', '3']);
  expect(first.url).toBe(`https://github.com/acme/aws-accounts/pull/${pullNumber}#issuecomment-${first.id}`);
});

test('never edits a human comment quoting the marker, nor another bot comment carrying it', async () => {
  const human = server.state.seedComment(pullNumber, {
    login: 'mallory',
    body: `Quoting the bot:\n> ${MARKER}\n> plan`,
  });
  const otherBot = server.state.seedComment(pullNumber, { login: 'other-app[bot]', body: `${MARKER}\nsomething else` });
  seedChatter(120);

  const result = await upsertStickyComment(octokit, {
    ...repo,
    issueNumber: pullNumber,
    marker: MARKER,
    body: `${MARKER}\nplan`,
  });
  await upsertStickyComment(octokit, {
    ...repo,
    issueNumber: pullNumber,
    marker: MARKER,
    body: `${MARKER}\nplan again`,
  });

  expect(result.action).toBe('created');
  expect(server.state.comment(human.id)).toEqual(human);
  expect(server.state.comment(otherBot.id)).toEqual(otherBot);
  expect(server.state.comment(result.id)?.body).toBe(`${MARKER}\nplan again`);
});

test("leaves the bot's own comments that lack the marker alone", async () => {
  const otherWorkflow = server.state.seedComment(pullNumber, { login: 'github-actions[bot]', body: 'Coverage: 91%' });

  const result = await upsertStickyComment(octokit, {
    ...repo,
    issueNumber: pullNumber,
    marker: MARKER,
    body: `${MARKER}\nplan`,
  });

  expect(result.action).toBe('created');
  expect(server.state.comment(otherWorkflow.id)).toEqual(otherWorkflow);
});

test('a GitHub App identity finds its own comment through botLogin', async () => {
  server.state.setActor('vend-app[bot]');
  const request = { ...repo, issueNumber: pullNumber, marker: MARKER, botLogin: 'vend-app[bot]' };

  const first = await upsertStickyComment(octokit, { ...request, body: `${MARKER}\nv1` });
  const second = await upsertStickyComment(octokit, { ...request, body: `${MARKER}\nv2` });

  expect(second).toEqual({ action: 'updated', id: first.id, url: first.url });
  expect(await findStickyComment(octokit, { ...repo, issueNumber: pullNumber, marker: MARKER })).toBeUndefined();
});

test('a comment the caller keeps is left as it is, found in the same read that would update it', async () => {
  const request = { ...repo, issueNumber: pullNumber, marker: MARKER };
  const first = await upsertStickyComment(octokit, { ...request, body: `${MARKER}\n## record` });
  const kept = await upsertStickyComment(octokit, {
    ...request,
    body: `${MARKER}\n## newer`,
    keep: (existing) => existing.includes('## record'),
  });
  expect(kept).toEqual({ action: 'kept', id: first.id, url: first.url });
  expect(server.state.comment(first.id)?.body).toBe(`${MARKER}\n## record`);
});

test('a body without its marker is refused before anything is posted', async () => {
  await expect(
    upsertStickyComment(octokit, { ...repo, issueNumber: pullNumber, marker: MARKER, body: 'plan without marker' }),
  ).rejects.toThrow("must start with its marker '<!-- vend:plan -->'");
  expect(server.requests()).toEqual([]);
});

test('a marker that is not a hidden one-line HTML comment is refused', async () => {
  await expect(
    upsertStickyComment(octokit, { ...repo, issueNumber: pullNumber, marker: 'vend:plan', body: 'vend:plan' }),
  ).rejects.toThrow("Invalid comment marker 'vend:plan'");
});

test("a comment of vend's that quotes another marker (a template diff holding it) is not taken for that comment", async () => {
  const planComment = await upsertStickyComment(octokit, {
    ...repo,
    issueNumber: pullNumber,
    marker: MARKER,
    body: `${MARKER}\n\`\`\`diff\n+  Description: "<!-- vend:apply -->"\n\`\`\``,
  });
  const applyComment = await upsertStickyComment(octokit, {
    ...repo,
    issueNumber: pullNumber,
    marker: '<!-- vend:apply -->',
    body: '<!-- vend:apply -->\n## Vend apply: waiting for approval',
  });
  expect(applyComment.action).toBe('created');
  expect(applyComment.id).not.toBe(planComment.id);
  expect(server.state.comment(planComment.id)?.body).toContain('Description');
});
