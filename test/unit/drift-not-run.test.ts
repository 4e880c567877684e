import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { publishDriftIssue, recordDriftNotRun } from '../../src/action/publish-drift-issue.js';
import { assembleDriftReport } from '../../src/drift/assemble-report.js';
import { makeFinding } from '../../src/drift/drift-report.js';
import type { DriftNotRun } from '../../src/drift/drift-report.js';
import { createGitHubClient } from '../../src/github/octokit.js';
import type { GitHubClient } from '../../src/github/octokit.js';
import { startGitHubApiServer } from '../harness/github-api-server.js';
import type { GitHubApiServer } from '../harness/github-api-server.js';
import { fixtureRepository, removeFixtureRepositories } from '../support/fixture-repository.js';
import { runAction } from '../support/run-action.js';

/** A drift check that cannot run, because main does not validate, on the loopback GitHub API. */
const target = { owner: 'acme', repo: 'aws-accounts', botLogin: 'github-actions[bot]', declaredStackSets: [] };
const RUN = 'https://github.com/acme/aws-accounts/actions/runs/7';
const NOT_RUN: DriftNotRun = {
  formatVersion: 1,
  checkedAt: '2026-11-30T03:17:00.000Z',
  commit: 'c0ffee0000000000000000000000000000000001',
  error: 'the repository at commit c0ffee000000 does not validate (1 error), so nothing was compared',
  diagnostics: [
    {
      file: 'accounts/app-prod.yaml',
      line: 2,
      column: 8,
      rule: 'email-domain',
      severity: 'error',
      message: "Email 'ops@evil.example' is not in emailDomains",
    },
  ],
};
const DETACHED = makeFinding(
  'scp-detached',
  'scp:deny-root@ou:Workloads',
  { expected: 'attached', actual: 'not attached', restore: 'apply attaches it', accept: 'remove it' },
  '2026-11-01',
);
const reportOf = (day: string, findings = [{ ...DETACHED, firstSeen: day }]) =>
  assembleDriftReport({
    findings,
    notChecked: [],
    ignoreList: [],
    now: new Date(`${day}T03:17:00Z`),
    commit: NOT_RUN.commit,
    managementAccountId: '111111111111',
  });
let server: GitHubApiServer;
let octokit: GitHubClient;

beforeEach(async () => {
  server = await startGitHubApiServer({ owner: target.owner, repo: target.repo });
  octokit = createGitHubClient('test-token', server.url);
});

afterEach(async () => {
  expect(server.violations()).toEqual([]);
  await server.close();
});

afterAll(removeFixtureRepositories);

const comments = (issue: number) => server.state.comments(issue).map((comment) => comment.body);

test('with no drift issue yet, a check that cannot run opens one saying why, escaped', async () => {
  const result = await recordDriftNotRun(octokit, { ...target, runUrl: RUN }, NOT_RUN);
  expect(result).toMatchObject({ action: 'opened', commented: false });
  const [issue] = server.state.issues();
  expect(issue).toMatchObject({ state: 'open', labels: ['vend-drift'], title: 'Vend drift: could not run' });
  expect(issue!.body).toBe(
    [
      '<!-- vend:drift -->',
      '## Vend drift: could not run',
      '',
      `The drift check ([workflow run](${RUN})) could not run: the repository at commit c0ffee000000 does not validate (1 error), so nothing was compared.`,
      '',
      '1 validation error:',
      '',
      "- `accounts/app-prod.yaml:2:8` Email 'ops\u2060@\u2060evil.example' is not in emailDomains (`email-domain`)",
      '',
      '<sub>Attempted at 2026-11-30T03:17:00.000Z</sub>',
    ].join('\n'),
  );
  // The next check that runs finds the same issue and gives it its findings.
  const checked = await publishDriftIssue(octokit, target, reportOf('2026-12-01'));
  expect(checked).toMatchObject({ action: 'updated', issueNumber: issue!.number });
  expect(server.state.issues()).toEqual([
    expect.objectContaining({ title: 'Vend drift: 1 finding (1 critical)', state: 'open' }),
  ]);
});

test('an open drift issue is commented on once per outage; its findings keep their first day', async () => {
  const opened = await publishDriftIssue(octokit, target, reportOf('2026-11-01'));
  const number = opened.issueNumber!;
  const body = server.state.issue(number)!.body;
  expect(await recordDriftNotRun(octokit, { ...target, runUrl: RUN }, NOT_RUN)).toMatchObject({
    action: 'updated',
    commented: true,
  });
  expect(server.state.issue(number)).toMatchObject({ title: 'Vend drift: could not run', state: 'open', body });
  expect(comments(number)).toEqual([
    `**The drift check ([workflow run](${RUN})) could not run**: the repository at commit c0ffee000000 does not validate (1 error), so nothing was compared. The body still shows what the last check that ran found; vend updates it at the next check that runs.\n\n1 validation error:\n\n- \`accounts/app-prod.yaml:2:8\` Email 'ops\u2060@\u2060evil.example' is not in emailDomains (\`email-domain\`)`,
  ]);
  // The next night cannot run either: nothing more is said.
  expect(await recordDriftNotRun(octokit, target, NOT_RUN)).toMatchObject({ action: 'none', commented: false });
  expect(comments(number)).toHaveLength(1);
  const checked = await publishDriftIssue(octokit, target, reportOf('2026-12-03'));
  expect(checked.report.findings[0]!.firstSeen).toBe('2026-11-01');
  expect(server.state.issue(number)!.title).toBe('Vend drift: 1 finding (1 critical)');
});

test('a closed drift issue is reopened, commented on once, and closed again by the next check with no drift', async () => {
  const opened = await publishDriftIssue(octokit, target, reportOf('2026-11-01'));
  const number = opened.issueNumber!;
  await publishDriftIssue(octokit, target, reportOf('2026-11-02', []));
  expect(server.state.issue(number)!.state).toBe('closed');
  const closedWith = comments(number).length;
  expect(await recordDriftNotRun(octokit, target, NOT_RUN)).toMatchObject({ action: 'reopened', commented: true });
  expect(server.state.issue(number)).toMatchObject({ state: 'open', title: 'Vend drift: could not run' });
  expect(comments(number)).toHaveLength(closedWith + 1);
  // Closed by hand during the outage: reopened, without saying it again.
  await octokit.rest.issues.update({ owner: target.owner, repo: target.repo, issue_number: number, state: 'closed' });
  expect(await recordDriftNotRun(octokit, target, NOT_RUN)).toMatchObject({ action: 'reopened', commented: false });
  expect(server.state.issue(number)!.state).toBe('open');
  expect(comments(number)).toHaveLength(closedWith + 1);
  expect(await publishDriftIssue(octokit, target, reportOf('2026-11-04', []))).toMatchObject({
    action: 'closed',
    commented: true,
  });
  expect(server.state.issue(number)).toMatchObject({ state: 'closed', title: 'Vend drift: none' });
  expect(comments(number).at(-1)).toBe(
    'The drift check ran and found no drift: the organization matches the repository at commit `c0ffee000000`. Closing this issue; vend reopens it if drift returns.',
  );
});

test('the action fails the step, sets drift-error and records it on the issue when main does not validate', async () => {
  const root = fixtureRepository({
    'accounts/app-prod.yaml':
      'name: app-prod\nemail: aws+app-prod@example.org\nou: Workloads\nowner: a\ntags: { CostCenter: "1" }\n',
  });
  const result = await runAction({
    inputs: { command: 'drift', 'github-token': 'ghs_test' },
    workspace: root,
    env: {
      GITHUB_API_URL: server.url,
      GITHUB_REPOSITORY: 'acme/aws-accounts',
      GITHUB_SHA: 'f00dfacecafebeef0000000000000000deadbeef',
      GITHUB_REF: 'refs/heads/main',
    },
    event: { name: 'schedule', payload: {} },
  });
  const error =
    'the repository does not validate (1 error), so nothing was compared with the organization: this is not drift. Fix it (vend validate lists it), then run the check again';
  expect(result.status).toBe(1);
  expect(result.outputs).toMatchObject({
    errors: '1',
    drifted: 'unknown',
    'drift-count': 'unknown',
    'drift-error': error,
  });
  expect(result.stdout).toContain(`::error::vend drift could not run: ${error}. See the annotations.`);
  expect(result.stdout).not.toMatch(/\n\s+at /);
  expect(result.summary).toContain('## Vend drift: could not run');
  expect(server.state.issues()).toEqual([
    expect.objectContaining({ title: 'Vend drift: could not run', body: expect.stringContaining(error) }),
  ]);
});

test('the action records on the issue, and in drift-error, that reading the organization failed', async () => {
  // A drift role whose permissions were taken away: every AWS call is refused, in its protocol's error form.
  const refusing = createServer((request, response) => {
    const query = String(request.headers['content-type']).startsWith('application/x-www-form-urlencoded');
    response.writeHead(403, { 'content-type': query ? 'text/xml' : 'application/x-amz-json-1.1' });
    response.end(
      query
        ? '<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>not authorized</Message></Error></ErrorResponse>'
        : '{"__type":"AccessDeniedException","message":"not authorized"}',
    );
  });
  await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', resolve));
  const { port } = refusing.address() as AddressInfo;
  const result = await runAction({
    inputs: { command: 'drift', 'github-token': 'ghs_test' },
    workspace: fixtureRepository({}),
    env: {
      GITHUB_API_URL: server.url,
      GITHUB_REPOSITORY: 'acme/aws-accounts',
      GITHUB_SHA: 'f00dfacecafebeef0000000000000000deadbeef',
      GITHUB_REF: 'refs/heads/main',
      AWS_ENDPOINT_URL: `http://127.0.0.1:${port}`,
      AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'example',
    },
    event: { name: 'schedule', payload: {} },
  });
  refusing.close();
  expect(result.status).toBe(1);
  expect(result.outputs).toMatchObject({ drifted: 'unknown', 'drift-count': 'unknown' });
  expect(result.outputs['drift-error']).toMatch(
    /^nothing was compared with the organization, so this is neither drift nor "no drift": Reading the organization failed: AccessDenied/,
  );
  expect(result.stdout).toContain('::error::vend drift could not run: nothing was compared with the organization');
  expect(result.stdout).not.toMatch(/\n\s+at /);
  expect(result.summary).toContain('## Vend drift: could not run');
  expect(server.state.issues()).toEqual([
    expect.objectContaining({ title: 'Vend drift: could not run', state: 'open' }),
  ]);
});
