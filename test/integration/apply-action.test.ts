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
import { runAction } from '../support/run-action.js';

const moto = motoFromGlobalSetup();
const MERGE_SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
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

beforeAll(async () => {
  seedClients = createSeedClients(awsTestClientConfig(moto.url, moto.credentials));
  github = await startGitHubApiServer({ owner: 'acme', repo: 'accounts' });
});

afterAll(async () => {
  await github.close();
  destroySeedClients(seedClients);
  removeFixtureRepositories();
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

  const env: NodeJS.ProcessEnv = {
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: MERGE_SHA,
    GITHUB_REPOSITORY: 'acme/accounts',
    GITHUB_API_URL: github.url,
  };
  applyAwsTestEnv(moto.url, moto.credentials, env);
  const result = await runAction({
    inputs: { command: 'apply', 'allow-destructive': 'true', 'github-token': 'test-token', comment: 'true' },
    workspace,
    env: env as Record<string, string>,
    event: {
      name: 'push',
      payload: {
        ref: 'refs/heads/main',
        after: MERGE_SHA,
        repository: { default_branch: 'main', full_name: 'acme/accounts' },
      },
    },
  });

  expect(result.stdout).not.toContain('::error');
  expect(result.status).toBe(0);
  const { accounts } = await readOrganizationTree(seedClients);
  const dataProd = accounts.find((account) => account.name === 'data-prod');
  expect(dataProd?.ouPath).toBe('Workloads/Prod');
  expect(result.outputs['account-ids']).toBe(JSON.stringify({ 'data-prod': dataProd?.id }));
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
