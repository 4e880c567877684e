import { publishDriftIssue } from '../../src/action/publish-drift-issue.js';
import { assembleDriftReport } from '../../src/drift/assemble-report.js';
import { makeFinding } from '../../src/drift/drift-report.js';
import { createGitHubClient } from '../../src/github/octokit.js';
import { startGitHubApiServer } from '../harness/github-api-server.js';
import type { GitHubApiServer } from '../harness/github-api-server.js';
import { fixtureRepository, removeFixtureRepositories } from '../support/fixture-repository.js';
import { runAction } from '../support/run-action.js';

/**
 * The drift issue reports the default branch's drift: the action keeps it only from there, as apply runs only from
 * there, unless allow-non-default-branch makes a deliberate exception. On the loopback GitHub API.
 */
const target = { owner: 'acme', repo: 'aws-accounts', botLogin: 'github-actions[bot]', declaredStackSets: [] };
// An email outside emailDomains: the repository does not validate, so a run that gets past the guard records that
// on the issue without any AWS call.
const workspace = fixtureRepository({
  'accounts/app-prod.yaml':
    'name: app-prod\nemail: aws+app-prod@example.org\nou: Workloads\nowner: a\ntags: { CostCenter: "1" }\n',
});
let server: GitHubApiServer;
let issueNumber: number;

beforeEach(async () => {
  server = await startGitHubApiServer({ owner: target.owner, repo: target.repo });
  const finding = makeFinding(
    'scp-detached',
    'scp:deny-root@ou:Workloads',
    { expected: 'attached', actual: 'not attached', restore: 'apply attaches it', accept: 'remove it' },
    '2026-11-01',
  );
  const report = assembleDriftReport({
    findings: [finding],
    notChecked: [],
    ignoreList: [],
    now: new Date('2026-11-01T03:17:00Z'),
    commit: 'c0ffee0000000000000000000000000000000001',
    managementAccountId: '111111111111',
  });
  issueNumber = (await publishDriftIssue(createGitHubClient('test-token', server.url), target, report)).issueNumber!;
});

afterEach(async () => {
  expect(server.violations()).toEqual([]);
  await server.close();
});

afterAll(removeFixtureRepositories);

const drift = (ref: string, event: { name: string; payload: object }, inputs: Record<string, string> = {}) =>
  runAction({
    inputs: { command: 'drift', 'github-token': 'ghs_test', ...inputs },
    workspace,
    env: {
      GITHUB_API_URL: server.url,
      GITHUB_REPOSITORY: 'acme/aws-accounts',
      GITHUB_SHA: 'f00dfacecafebeef0000000000000000deadbeef',
      GITHUB_REF: ref,
    },
    event,
  });
const dispatch = { name: 'workflow_dispatch', payload: { repository: { default_branch: 'main' } } };

test('from another branch the action refuses, and the drift issue is left as it was', async () => {
  const before = server.state.issue(issueNumber)!;
  const run = await drift('refs/heads/evil', dispatch);
  const refusal =
    "vend drift keeps the drift issue only from the default branch 'refs/heads/main', not 'refs/heads/evil'. Run it on the default branch, set comment: false to check this branch without the issue, or set allow-non-default-branch: true for a deliberate exception.";
  expect(run.status).toBe(1);
  expect(run.stdout).toContain(`::error::${refusal} Nothing was checked.`);
  expect(run.stdout).not.toMatch(/\n\s+at /);
  expect(run.summary).toBe(`<h2>Vend drift: refused</h2>\n${refusal}\n`);
  expect(server.state.issue(issueNumber)).toEqual(before);
  expect(server.state.comments(issueNumber)).toEqual([]);
});

test("from a pull request's merge ref the action refuses, even with allow-non-default-branch", async () => {
  const before = server.state.issue(issueNumber)!;
  const pullRequest = { name: 'pull_request', payload: { repository: { default_branch: 'main' } } };
  const run = await drift('refs/pull/3/merge', pullRequest, { 'allow-non-default-branch': 'true' });
  expect(run.status).toBe(1);
  expect(run.stdout).toContain(
    "::error::vend drift keeps the drift issue only from a branch, not from 'refs/pull/3/merge'. Run it on the default branch, or set comment: false to check this ref without the issue. Nothing was checked.",
  );
  expect(server.state.issue(issueNumber)).toEqual(before);
});

test('with allow-non-default-branch, or comment: false, a run from another branch goes ahead', async () => {
  const withIssue = await drift('refs/heads/evil', dispatch, { 'allow-non-default-branch': 'true' });
  expect(withIssue.stdout).toContain('::error::vend drift could not run:');
  expect(server.state.issue(issueNumber)!.title).toBe('Vend drift: could not run');
  const withoutIssue = await drift('refs/heads/other', dispatch, { comment: 'false' });
  expect(withoutIssue.stdout).toContain('::error::vend drift could not run:');
  expect(server.state.comments(issueNumber)).toHaveLength(1);
});

test('a scheduled run, on the default branch by definition, keeps the issue though its payload names no branch', async () => {
  const run = await drift('refs/heads/main', { name: 'schedule', payload: {} });
  expect(run.stdout).not.toContain('refused');
  expect(server.state.issue(issueNumber)!.title).toBe('Vend drift: could not run');
});
