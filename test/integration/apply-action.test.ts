import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ListStackInstancesCommand } from '@aws-sdk/client-cloudformation';
import { runApply } from '../../src/commands/apply.js';
import { runPlan } from '../../src/commands/plan.js';
import { createAwsClients, destroyAwsClients } from '../../src/observe/aws-clients.js';
import { renderPlanComment } from '../../src/report/plan-markdown.js';
import type { VendSettings } from '../../src/settings/settings.js';
import { applyAwsTestEnv, awsTestClientConfig, motoFromGlobalSetup } from '../harness/aws-test-env.js';
import { startGitHubApiServer } from '../harness/github-api-server.js';
import type { GitHubApiServer } from '../harness/github-api-server.js';
import { resetMoto } from '../harness/moto-server.js';
import type { SeedClients } from '../harness/seed.js';
import { createOrganization, createSeedClients, destroySeedClients, readOrganizationTree } from '../harness/seed.js';
import { fixtureRepository, MINIMAL_REPOSITORY, removeFixtureRepositories } from '../support/fixture-repository.js';

/** The action as GitHub runs it on push to main: the bundle, INPUT_* variables, the merged PR on a loopback GitHub. */
const moto = motoFromGlobalSetup();
const MERGE_SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
let scratch: string;
let seedClients: SeedClients;
let github: GitHubApiServer;

const settingsFor = (command: 'apply' | 'plan', repositoryRoot: string): VendSettings => ({
  command,
  repositoryRoot,
  outputFormat: 'text',
  comment: false,
  allowDestructive: false,
  failOnDrift: false,
});

async function inProcess<T>(run: (clients: ReturnType<typeof createAwsClients>) => Promise<T>): Promise<T> {
  const clients = createAwsClients({ region: 'us-east-1', credentials: moto.credentials });
  try {
    return await run(clients);
  } finally {
    destroyAwsClients(clients);
  }
}

function runAction(
  workspace: string,
  inputs: Record<string, string>,
): Promise<{ code: number | null; stdout: string; summary: string; outputs: string }> {
  const files = {
    GITHUB_STEP_SUMMARY: join(scratch, 'summary.md'),
    GITHUB_OUTPUT: join(scratch, 'output'),
    GITHUB_EVENT_PATH: join(scratch, 'event.json'),
  };
  writeFileSync(files.GITHUB_STEP_SUMMARY, '');
  writeFileSync(files.GITHUB_OUTPUT, '');
  writeFileSync(
    files.GITHUB_EVENT_PATH,
    JSON.stringify({
      ref: 'refs/heads/main',
      after: MERGE_SHA,
      repository: { default_branch: 'main', full_name: 'acme/accounts' },
    }),
  );
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? '',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: MERGE_SHA,
    GITHUB_REPOSITORY: 'acme/accounts',
    GITHUB_API_URL: github.url,
    ...files,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  applyAwsTestEnv(moto.url, moto.credentials, env);
  const child = spawn(process.execPath, [join(scratch, 'dist', 'index.js')], {
    env,
    cwd: workspace,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.resume();
  return new Promise((resolve) =>
    child.once('close', (code) =>
      resolve({
        code,
        stdout,
        summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
        outputs: readFileSync(files.GITHUB_OUTPUT, 'utf8'),
      }),
    ),
  );
}

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'vend-apply-action-'));
  execFileSync(process.execPath, ['scripts/build.mjs', join(scratch, 'dist')], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    stdio: 'pipe',
  });
  seedClients = createSeedClients(awsTestClientConfig(moto.url, moto.credentials));
  github = await startGitHubApiServer({ owner: 'acme', repo: 'accounts' });
});

afterAll(async () => {
  await github.close();
  destroySeedClients(seedClients);
  removeFixtureRepositories();
  rmSync(scratch, { recursive: true, force: true });
});

test('on push to main the action creates new accounts, performs the destructive change its merged PR reviewed, and comments the result', async () => {
  await resetMoto(moto.url);
  await createOrganization(seedClients);
  await inProcess((clients) => runApply(settingsFor('apply', MINIMAL_REPOSITORY), { clients }));
  // The merged pull request adds data-prod and takes the regional baseline away from sandbox-one.
  const workspace = fixtureRepository({
    'accounts/sandbox-one.yaml':
      'name: sandbox-one\nemail: aws+sandbox-one@example.com\nou: Sandbox\nowner: team-app\ntags: { CostCenter: "100" }\nregions: [us-east-1, eu-west-1]\n',
    'accounts/data-prod.yaml':
      'name: data-prod\nemail: aws+data-prod@example.com\nou: Workloads/Prod\nowner: team-data\ntags: { CostCenter: "200" }\n',
  });
  const reviewed = await inProcess((clients) => runPlan(settingsFor('plan', workspace), { clients }));
  if (reviewed.status !== 'planned') throw new Error('plan did not run');
  const pullRequest = github.state.seedPullRequest({
    title: 'Add data-prod',
    login: 'alice',
    merged: true,
    mergeCommitSha: MERGE_SHA,
  });
  github.state.seedComment(pullRequest.number, {
    login: 'github-actions[bot]',
    body: renderPlanComment(reviewed.plan),
  });

  const result = await runAction(workspace, {
    command: 'apply',
    'allow-destructive': 'true',
    'github-token': 'test-token',
    comment: 'true',
  });

  expect(result.stdout).not.toContain('::error');
  expect(result.code).toBe(0);
  const { accounts } = await readOrganizationTree(seedClients);
  const dataProd = accounts.find((account) => account.name === 'data-prod');
  expect(dataProd?.ouPath).toBe('Workloads/Prod');
  expect(result.outputs).toContain(`account-ids<<`);
  expect(result.outputs).toContain(JSON.stringify({ 'data-prod': dataProd?.id }));
  const { Summaries } = await seedClients.cloudformation.send(
    new ListStackInstancesCommand({ StackSetName: 'vend-regional' }),
  );
  expect(Summaries).toEqual([]);
  expect(result.summary).toContain('## Vend apply: ✅');
  const comments = github.state
    .comments(pullRequest.number)
    .filter((comment) => comment.body.includes('<!-- vend:apply -->'));
  expect(comments).toEqual([
    expect.objectContaining({ user: expect.objectContaining({ login: 'github-actions[bot]' }) }),
  ]);
  expect(comments[0]!.body).toContain('remove-stack-instances:stackset:vend-regional');
  expect(github.violations()).toEqual([]);
});
