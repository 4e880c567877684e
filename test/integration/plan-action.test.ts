import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { devNull, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PLAN_COMMENT_MARKER } from '../../src/github/merged-pull-request.js';
import { motoFromGlobalSetup } from '../harness/aws-test-env.js';
import { startGitHubApiServer } from '../harness/github-api-server.js';
import type { GitHubApiServer } from '../harness/github-api-server.js';
import { resetMoto } from '../../scripts/emulator/moto-server.js';
import { createOrganization, createSeedClients, destroySeedClients } from '../harness/seed.js';
import { fixtureRepository, MINIMAL_REPOSITORY, removeFixtureRepositories } from '../support/fixture-repository.js';
import { runAction } from '../support/run-action.js';

const moto = motoFromGlobalSetup();
const OWNER = 'acme';
const REPO = 'aws-accounts';
let github: GitHubApiServer;
let pullRequestNumber: number;

const awsEnv = {
  AWS_ENDPOINT_URL: moto.url,
  AWS_ACCESS_KEY_ID: moto.credentials.accessKeyId,
  AWS_SECRET_ACCESS_KEY: moto.credentials.secretAccessKey,
  AWS_REGION: 'us-east-1',
  AWS_CONFIG_FILE: devNull,
  AWS_SHARED_CREDENTIALS_FILE: devNull,
  AWS_EC2_METADATA_DISABLED: 'true',
};
const noAwsCredentialsEnv = {
  AWS_CONFIG_FILE: devNull,
  AWS_SHARED_CREDENTIALS_FILE: devNull,
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_REGION: 'us-east-1',
};

function pullRequestEvent(headRepository: string) {
  return {
    name: 'pull_request',
    payload: {
      pull_request: { number: pullRequestNumber, head: { repo: { full_name: headRepository } } },
      repository: { default_branch: 'main' },
    },
  };
}

function githubEnv() {
  return {
    GITHUB_API_URL: github.url,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_SHA: 'f00dfacecafebeef0000000000000000deadbeef',
    GITHUB_REF: 'refs/pull/7/merge',
  };
}

beforeAll(async () => {
  await resetMoto(moto.url);
  const clients = createSeedClients({ endpoint: moto.url, region: 'us-east-1', credentials: moto.credentials });
  await createOrganization(clients);
  destroySeedClients(clients);
});

beforeEach(async () => {
  github = await startGitHubApiServer({ owner: OWNER, repo: REPO });
  pullRequestNumber = github.state.seedPullRequest({ title: 'Add payments-prod account' }).number;
});

afterEach(async () => {
  expect(github.violations()).toEqual([]);
  await github.close();
});

afterAll(removeFixtureRepositories);

test('plan on a pull request posts one sticky comment, updates it in place, and sets the outputs', async () => {
  const guardrailReport = join(mkdtempSync(join(tmpdir(), 'vend-guardrails-')), 'guardrail-report.md');
  writeFileSync(guardrailReport, '## Guardrail proofs\n\n35 of 35 guardrail proofs hold.\n');
  const invocation = {
    inputs: {
      command: 'plan',
      'github-token': 'ghs_test',
      comment: 'true',
      'working-directory': '.',
      'guardrail-report': guardrailReport,
    },
    workspace: MINIMAL_REPOSITORY,
    env: { ...awsEnv, ...githubEnv() },
    event: pullRequestEvent(`${OWNER}/${REPO}`),
  };
  const first = await runAction(invocation);
  expect(first.stderr).not.toContain('NodeVersionSupportWarning');
  expect(first.status).toBe(0);
  expect(first.outputs).toEqual(expect.objectContaining({ 'has-changes': 'true', 'to-destroy': '0' }));
  expect(Number(first.outputs['to-create'])).toBeGreaterThan(10);
  const comments = github.state.comments(pullRequestNumber);
  expect(comments).toHaveLength(1);
  expect(comments[0]!.body).toMatch(
    /^<!-- vend:plan -->\n## Vend plan: \d+ to create, 1 to change, 0 to destroy\n\nThis is a preview: it approves nothing\./,
  );
  expect(comments[0]!.body).toContain('```mermaid');
  expect(comments[0]!.body).toContain(
    '<details><summary>Guardrail proofs</summary>\n\n## Guardrail proofs\n\n35 of 35 guardrail proofs hold.',
  );
  expect(first.summary).toContain('## Vend plan:');

  const second = await runAction(invocation);
  expect(second.status).toBe(0);
  expect(github.state.comments(pullRequestNumber)).toHaveLength(1);
  expect(github.state.comments(pullRequestNumber)[0]!.id).toBe(comments[0]!.id);
});

test('a plan problem fails the job with an annotation on the manifest line to fix', async () => {
  // Closing the management account is refused by the plan, not by validate: only the organization knows its email.
  const manifest =
    'name: management\nemail: master@example.com\nou: Sandbox\nowner: team-platform\ntags: { CostCenter: "1" }\nclosed: true\n';
  const repository = fixtureRepository({ 'accounts/management.yaml': manifest });
  const result = await runAction({
    inputs: { command: 'plan', 'github-token': 'ghs_test', comment: 'true', 'working-directory': '.' },
    workspace: repository,
    env: { ...awsEnv, ...githubEnv() },
    event: pullRequestEvent(`${OWNER}/${REPO}`),
  });
  expect(result.status).toBe(1);
  expect(result.stdout).toContain(
    `::error title=vend account-close-refused,file=accounts/management.yaml,line=6,col=1::Account management (`,
  );
  expect(github.state.comments(pullRequestNumber)[0]!.body).toContain(
    '`account:management` `accounts/management.yaml:6:1 [account-close-refused]`',
  );
});

test('a pull request from a fork skips the plan, says why, keeps the annotations, and does not crash on a read-only token', async () => {
  github.state.tokenCanWrite = false;
  const expiresSoon = new Date(Date.now() + 5 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  const root = fixtureRepository({
    'accounts/app-prod.yaml': `name: app-prod\nemail: aws+app-prod@example.com\nou: Workloads/Prod\nowner: team-app\ntags: { CostCenter: "100" }\nregions: [us-east-1, ap-south-1]\nexceptions:\n  - rule: allowed-regions\n    reason: pilot\n    approvedBy: security\n    expires: ${expiresSoon}\n`,
  });
  const run = await runAction({
    inputs: { command: 'plan', 'github-token': 'ghs_readonly', comment: 'true' },
    workspace: root,
    env: { ...noAwsCredentialsEnv, ...githubEnv() },
    event: pullRequestEvent('someone/aws-accounts-fork'),
  });
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/::warning title=vend exception-expiring,file=accounts\/app-prod.yaml,line=11,col=14::/);
  expect(run.summary).toContain('Vend plan: skipped');
  expect(run.summary).toContain('comes from a fork');
  expect(run.stdout).toContain('Could not post the plan comment');
  expect(github.state.comments(pullRequestNumber)).toEqual([]);
});

test('without AWS credentials a same-repository plan fails and replaces the earlier plan comment', async () => {
  github.state.seedComment(pullRequestNumber, {
    login: 'github-actions[bot]',
    body: `${PLAN_COMMENT_MARKER}\n## Vend plan: 3 to create, 0 to change, 0 to destroy`,
  });
  const run = await runAction({
    inputs: { command: 'plan', 'github-token': 'ghs_test', comment: 'true' },
    workspace: MINIMAL_REPOSITORY,
    env: { ...noAwsCredentialsEnv, ...githubEnv() },
    event: pullRequestEvent(`${OWNER}/${REPO}`),
  });
  expect(run.status).toBe(1);
  expect(run.stdout).toContain('::error::No AWS credentials are available');
  expect(run.stdout).not.toMatch(/\n\s+at /);
  const [comment] = github.state.comments(pullRequestNumber);
  expect(comment?.body).toContain('## Vend plan: failed');
  expect(comment?.body).toContain('No AWS credentials are available');
  expect(comment?.body).toContain('assume the plan role');
  expect(comment?.body).not.toContain('3 to create');
});

test('credentials of another account stop the plan with the account named, and withdraw the earlier plan comment', async () => {
  const earlier = `${PLAN_COMMENT_MARKER}\n## Vend plan: 0 to create, 0 to change, 1 to destroy`;
  github.state.seedComment(pullRequestNumber, { login: 'github-actions[bot]', body: earlier });
  // Keys moto maps to account 123456789012, made the management account of an organization of its own: in AWS,
  // credentials of another account see an organization too, and only the account id gives them away.
  const otherCredentials = { accessKeyId: 'AKIAUNKNOWNKEY000000', secretAccessKey: moto.credentials.secretAccessKey };
  const other = createSeedClients({ endpoint: moto.url, region: 'us-east-1', credentials: otherCredentials });
  await createOrganization(other);
  destroySeedClients(other);
  const run = await runAction({
    inputs: { command: 'plan', 'github-token': 'ghs_test', comment: 'true' },
    workspace: MINIMAL_REPOSITORY,
    env: { ...awsEnv, AWS_ACCESS_KEY_ID: otherCredentials.accessKeyId, ...githubEnv() },
    event: pullRequestEvent(`${OWNER}/${REPO}`),
  });
  expect(run.status).toBe(1);
  expect(run.stdout).toMatch(
    /::error::The AWS credentials belong to account 123456789012, but baselines\/organization.yaml declares management account 111111111111/,
  );
  expect(run.stdout).not.toMatch(/\n\s+at /);
  const [comment] = github.state.comments(pullRequestNumber);
  expect(comment?.body).toContain('## Vend plan: failed');
  expect(comment?.body).toContain('The AWS credentials belong to account 123456789012');
  expect(comment?.body).not.toContain('1 to destroy');
});

test('with a GitHub App token, comment-author names the bot whose comment is updated in place', async () => {
  github.state.setActor('vend-app[bot]');
  const invocation = {
    inputs: { command: 'plan', 'github-token': 'ghs_app', comment: 'true', 'comment-author': 'vend-app[bot]' },
    workspace: MINIMAL_REPOSITORY,
    env: { ...awsEnv, ...githubEnv() },
    event: pullRequestEvent(`${OWNER}/${REPO}`),
  };
  expect((await runAction(invocation)).status).toBe(0);
  expect((await runAction(invocation)).status).toBe(0);
  const comments = github.state.comments(pullRequestNumber);
  expect(comments).toHaveLength(1);
  expect(comments[0]!.user.login).toBe('vend-app[bot]');
});

test('failed guardrail proofs replace the plan comment with a failure notice and plan nothing', async () => {
  github.state.seedComment(pullRequestNumber, {
    login: 'github-actions[bot]',
    body: `${PLAN_COMMENT_MARKER}\n## Vend plan: 0 to create, 0 to change, 1 to destroy`,
  });
  const report = join(mkdtempSync(join(tmpdir(), 'vend-guardrails-')), 'guardrail-report.md');
  writeFileSync(report, '## Guardrail proofs\n\n❌ 1 of 35 guardrail proofs fails.\n');
  const run = await runAction({
    inputs: {
      command: 'plan',
      'github-token': 'ghs_test',
      'guardrail-report': report,
      'guardrail-outcome': 'failure',
    },
    workspace: MINIMAL_REPOSITORY,
    env: { ...awsEnv, ...githubEnv() },
    event: pullRequestEvent(`${OWNER}/${REPO}`),
  });
  expect(run.status).toBe(1);
  expect(run.outputs).toEqual({});
  const [comment] = github.state.comments(pullRequestNumber);
  expect(comment?.body).toContain('## Vend plan: guardrail proofs failed');
  expect(comment?.body).toContain('1 of 35 guardrail proofs fails');
  expect(comment?.body).not.toContain('1 to destroy');
});

test('a pull request that breaks a proof keeps the bootstrap warning: the failure notice names the edited template', async () => {
  // A writer who widens the bootstrap template and also breaks a guardrail proof must not lose the warning with the plan.
  const workspace = mkdtempSync(join(tmpdir(), 'vend-workspace-'));
  cpSync(
    fixtureRepository({ 'baselines/bootstrap/management-account.yaml': 'Resources: {}\n' }),
    join(workspace, 'vend-base'),
    {
      recursive: true,
    },
  );
  cpSync(
    fixtureRepository({ 'baselines/bootstrap/management-account.yaml': 'Resources: {}\n# StringLike everywhere\n' }),
    join(workspace, 'pull-request'),
    { recursive: true },
  );
  const run = await runAction({
    inputs: {
      command: 'plan',
      'github-token': 'ghs_test',
      'working-directory': 'pull-request',
      'base-directory': 'vend-base',
      'guardrail-outcome': 'failure',
    },
    workspace,
    env: { ...awsEnv, ...githubEnv() },
    event: pullRequestEvent(`${OWNER}/${REPO}`),
  });
  expect(run.status).toBe(1);
  const body = github.state.comments(pullRequestNumber).at(-1)!.body;
  expect(body).toContain('## Vend plan: guardrail proofs failed');
  expect(body).toContain(
    '> [!WARNING]\n> This pull request changes baselines/bootstrap/management-account.yaml: the bootstrap stack',
  );
});

test('with the base branch checked out beside it, the comment sets apart the changes that correct drift on main', async () => {
  // The organization is empty, as if main had never been applied: every change main's own plan holds is drift on
  // main, and only the new account is the pull request's.
  const workspace = mkdtempSync(join(tmpdir(), 'vend-workspace-'));
  cpSync(fixtureRepository(), join(workspace, 'vend-base'), { recursive: true });
  cpSync(
    fixtureRepository({
      'accounts/payments-prod.yaml':
        'name: payments-prod\nemail: aws+payments-prod@example.com\nou: Workloads/Prod\nowner: team-payments\ntags: { CostCenter: "4711" }\n',
    }),
    join(workspace, 'pull-request'),
    { recursive: true },
  );
  const run = await runAction({
    inputs: {
      command: 'plan',
      'github-token': 'ghs_test',
      'working-directory': 'pull-request',
      'base-directory': 'vend-base',
    },
    workspace,
    env: { ...awsEnv, ...githubEnv() },
    event: pullRequestEvent(`${OWNER}/${REPO}`),
  });
  expect(run.status).toBe(0);
  const body = github.state.comments(pullRequestNumber)[0]!.body;
  const total = Number(run.outputs['to-create']) + Number(run.outputs['to-change']);
  expect(body).toContain(
    `## Vend plan: ${run.outputs['to-create']} to create, ${run.outputs['to-change']} to change, 0 to destroy`,
  );
  const drift = /### Drift already on main: (\d+) changes/.exec(body);
  expect(Number(drift?.[1])).toBeGreaterThan(10);
  // The pull request's own changes are what is left: the new account, its SCPs and its baselines.
  const own = new RegExp(`<summary>${total - Number(drift?.[1])} changes of this pull request, by resource</summary>`);
  expect(body).toMatch(own);
  expect(body.slice(body.indexOf('changes of this pull request, by resource'))).toContain(
    '+ Create account payments-prod <aws+payments-prod@example.com> in Workloads/Prod',
  );
  expect(body).not.toMatch(/- Create account payments-prod/);
});

test('the plan file is never written through a symbolic link the pull request committed', async () => {
  const workspace = fixtureRepository();
  const target = join(mkdtempSync(join(tmpdir(), 'vend-victim-')), 'action.yml');
  writeFileSync(target, 'original\n');
  symlinkSync(target, join(workspace, 'plan.json'));
  const run = await runAction({
    inputs: { command: 'plan', 'github-token': 'ghs_test', 'plan-file': 'plan.json' },
    workspace,
    env: { ...awsEnv, ...githubEnv() },
    event: pullRequestEvent(`${OWNER}/${REPO}`),
  });
  expect(run.status).toBe(1);
  expect(run.stdout).toContain('is a symbolic link inside');
  expect(readFileSync(target, 'utf8')).toBe('original\n');
});
