import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListStackInstancesCommand } from '@aws-sdk/client-cloudformation';
import { DetachPolicyCommand, ListPoliciesCommand } from '@aws-sdk/client-organizations';
import { runApply } from '../../src/commands/apply.js';
import { runPlan } from '../../src/commands/plan.js';
import { runCommand } from '../../src/commands/run-command.js';
// runCommand imports these on demand, several at once; Jest's ESM loader can race linking a module they share
// ("request for '../ordering.js' is not in cache"), so they are loaded up front here.
import '../../src/report/apply-markdown.js';
import '../../src/report/apply-text.js';
import '../../src/report/plan-text.js';
import { createAwsClients, destroyAwsClients } from '../../src/observe/aws-clients.js';
import type { VendSettings } from '../../src/settings/settings.js';
import { applyAwsTestEnv, awsTestClientConfig, motoFromGlobalSetup } from '../harness/aws-test-env.js';
import { startFaultProxy } from '../harness/fault-proxy.js';
import type { FaultProxy } from '../harness/fault-proxy.js';
import { startGitHubApiServer } from '../harness/github-api-server.js';
import type { EnvironmentProtection, GitHubApiServer } from '../harness/github-api-server.js';
import { resetMoto } from '../../scripts/emulator/moto-server.js';
import type { SeedClients } from '../harness/seed.js';
import { createOrganization, createSeedClients, destroySeedClients, readOrganizationTree } from '../harness/seed.js';
import { removeFixtureRepositories } from '../support/fixture-repository.js';
import { commitAll, gitRepository } from '../support/git-repository.js';
import { runAction } from '../support/run-action.js';

/**
 * The saved-plan contract end to end, as vend-apply.yml runs it: the plan job plans the pushed commit and saves
 * plan.json; the apply job (which a reviewer approves through the environment) applies exactly that file. The
 * action runs as the real bundle against moto behind a counting proxy, and against the loopback GitHub API.
 */
const moto = motoFromGlobalSetup();
const OWNER = 'acme';
const REPO = 'aws-accounts';
const DATA_PROD =
  'name: data-prod\nemail: aws+data-prod@example.com\nou: Workloads/Prod\nowner: team-data\ntags: { CostCenter: "200" }\n';
const SANDBOX_IN_ONE_REGION =
  'name: sandbox-one\nemail: aws+sandbox-one@example.com\nou: Sandbox\nowner: team-app\ntags: { CostCenter: "100" }\nregions: [us-east-1]\n';
let seedClients: SeedClients;
let proxy: FaultProxy;
let github: GitHubApiServer;

const settings = (repositoryRoot: string, extra: Partial<VendSettings> = {}): VendSettings => ({
  command: 'apply',
  repositoryRoot,
  outputFormat: 'text',
  comment: false,
  allowDestructive: false,
  // Building an organization attaches SCPs at the root: a high-impact plan, which these runs are allowed.
  allowHighImpact: true,
  autoApprove: false,
  ...extra,
});

async function inProcess<T>(run: (clients: ReturnType<typeof createAwsClients>) => Promise<T>): Promise<T> {
  const clients = createAwsClients({ region: 'us-east-1', credentials: moto.credentials });
  try {
    return await run(clients);
  } finally {
    destroyAwsClients(clients);
  }
}

/** Applies the repository as it is, so each test starts from an organization that matches its first commit. */
async function converged(root: string): Promise<void> {
  await inProcess((clients) => runApply(settings(root, { autoApprove: true }), { clients }));
}

async function planChanges(root: string): Promise<string[]> {
  const outcome = await inProcess((clients) => runPlan(settings(root, { command: 'plan' }), { clients }));
  if (outcome.status !== 'planned') throw new Error(`plan did not run: ${outcome.status}`);
  return outcome.plan.changes.map((change) => change.id);
}

/** Runs the bundled action on a push of `sha` to main, with AWS behind the counting proxy. */
function actionOnPush(
  workspace: string,
  sha: string,
  inputs: Record<string, string>,
  { ref = 'refs/heads/main', eventName = 'push' }: { ref?: string; eventName?: string } = {},
) {
  const env: NodeJS.ProcessEnv = {
    GITHUB_REF: ref,
    GITHUB_SHA: sha,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
  };
  applyAwsTestEnv(proxy.url, moto.credentials, env);
  return runAction({
    inputs: { 'github-token': 'ghs_test', ...inputs },
    workspace,
    env: env as Record<string, string>,
    event: {
      name: eventName,
      payload: {
        ref,
        after: sha,
        repository: { default_branch: 'main', full_name: `${OWNER}/${REPO}` },
      },
    },
  });
}

/** A converged organization, and a pull request writing `file` merged to main as its tip. */
async function merged(file: string, content: string, title: string) {
  const { root } = gitRepository();
  await converged(root);
  writeFileSync(join(root, file), content);
  const sha = commitAll(root, title);
  github.state.setBranchTip('main', sha);
  const pullRequest = github.state.seedPullRequest({ title, merged: true, mergeCommitSha: sha });
  return { root, sha, pullRequest };
}

const mergedDataProd = () => merged('accounts/data-prod.yaml', DATA_PROD, 'Add data-prod');

const planFileIn = () => join(mkdtempSync(join(tmpdir(), 'vend-runner-temp-')), 'plan.json');

async function stackInstances(stackSet: string): Promise<number> {
  const { Summaries = [] } = await seedClients.cloudformation.send(
    new ListStackInstancesCommand({ StackSetName: stackSet }),
  );
  return Summaries.length;
}

beforeAll(async () => {
  seedClients = createSeedClients(awsTestClientConfig(moto.url, moto.credentials));
  proxy = await startFaultProxy({ target: moto.url });
});

beforeEach(async () => {
  await resetMoto(moto.url);
  await createOrganization(seedClients);
  github = await startGitHubApiServer({ owner: OWNER, repo: REPO });
  github.state.setEnvironment('production', { reviewers: ['platform-lead'], branchPolicy: true });
  proxy.reset();
});

afterEach(async () => {
  expect(github.violations()).toEqual([]);
  await github.close();
});

afterAll(async () => {
  await proxy.close();
  destroySeedClients(seedClients);
  removeFixtureRepositories();
});

test('the plan job saves the plan and announces it; the approved apply job carries out exactly it; the re-plan is empty', async () => {
  const { root, sha, pullRequest } = await mergedDataProd();
  const planFile = planFileIn();

  const plan = await actionOnPush(root, sha, { command: 'plan', 'plan-file': planFile });
  expect(plan.status).toBe(0);
  expect(plan.outputs).toMatchObject({ 'has-changes': 'true', 'has-destructive': 'false', 'to-destroy': '0' });
  expect(proxy.mutatingCount()).toBe(0);
  const saved = JSON.parse(readFileSync(planFile, 'utf8')) as { commit: string; digest: string };
  expect(saved.commit).toBe(sha);
  expect(plan.summary).toContain(`Plan digest \`${saved.digest}\``);
  const [waiting] = github.state.comments(pullRequest.number);
  expect(waiting?.body).toContain('## Vend apply: waiting for approval');
  expect(waiting?.body).toContain('https://github.com/acme/aws-accounts/actions/runs/4242');

  const applied = await actionOnPush(root, sha, { command: 'apply', 'plan-file': planFile, environment: 'production' });
  expect(applied.stdout).not.toContain('::error');
  expect(applied.status).toBe(0);
  const dataProd = (await readOrganizationTree(seedClients)).accounts.find((account) => account.name === 'data-prod');
  expect(dataProd?.ouPath).toBe('Workloads/Prod');
  expect(applied.outputs['account-ids']).toBe(JSON.stringify({ 'data-prod': dataProd?.id }));
  const comments = github.state.comments(pullRequest.number);
  expect(comments).toHaveLength(1);
  expect(comments[0]!.id).toBe(waiting!.id);
  expect(comments[0]!.body).toContain('## Vend apply: ✅');
  expect(comments[0]!.body).toContain(
    `Approved plan: ${saved.digest} of commit ${sha.slice(0, 12)}, plan file ${planFile}.`,
  );
  expect(await planChanges(root)).toEqual([]);

  // Later runs keep the record of what apply did: a re-run's plan job finds nothing to do, its apply job applies
  // nothing, and once main has moved on the apply job is refused as stale; the comment stays as it is.
  const applyRecord = comments[0]!.body;
  const apply = { command: 'apply', 'plan-file': planFile, environment: 'production' };
  expect((await actionOnPush(root, sha, { command: 'plan', 'plan-file': planFileIn() })).status).toBe(0);
  expect((await actionOnPush(root, sha, apply)).status).toBe(0);
  github.state.setBranchTip('main', 'f'.repeat(40));
  const stale = await actionOnPush(root, sha, apply);
  expect(stale.status).toBe(1);
  expect(stale.stdout).toContain('could roll the organization back');
  expect(github.state.comments(pullRequest.number).map((comment) => comment.body)).toEqual([applyRecord]);
});

test('once the organization matches the merge, a re-run says nothing is left to do over a part-way report, keeping it', async () => {
  // An earlier run's part-way report, whose refused change someone then made by hand: nothing is left to do.
  const { root, sha, pullRequest } = await merged('README.md', 'docs only\n', 'Edit the docs');
  const partWay = '<!-- vend:apply -->\n## Vend apply: ❌ 3 changes applied, 0 failed, 1 refused\n\ndata-prod created';
  github.state.seedComment(pullRequest.number, { login: 'github-actions[bot]', body: partWay });
  expect((await actionOnPush(root, sha, { command: 'plan', 'plan-file': planFileIn() })).status).toBe(0);
  const [comment] = github.state.comments(pullRequest.number);
  expect(comment?.body).toMatch(/^<!-- vend:apply -->\n## Vend apply: nothing to do\n/);
  expect(comment?.body).toContain('failed part-way');
  expect(comment?.body).toContain('data-prod created');
});

test('a plan job of the merge that finds the repository invalid tells the merged pull request that no apply runs', async () => {
  const { root, sha, pullRequest } = await mergedDataProd();
  expect((await actionOnPush(root, sha, { command: 'plan', 'plan-file': planFileIn() })).status).toBe(0);
  expect(github.state.comments(pullRequest.number)[0]?.body).toContain('waiting for approval');
  // "Re-run all jobs" once the same commit no longer validates (an exception expired meanwhile, say): no apply job
  // runs, and "waiting for approval" must not stand.
  writeFileSync(join(root, 'accounts/data-prod.yaml'), 'name: [\n');
  await actionOnPush(root, sha, { command: 'plan', 'plan-file': planFileIn() });
  const [comment] = github.state.comments(pullRequest.number);
  expect(comment?.body).toMatch(/^<!-- vend:apply -->\n## Vend apply: ⛔ not run, nothing changed\n\nThe /);
  expect(comment?.body).not.toContain('waiting for approval');
  expect(proxy.mutatingCount()).toBe(0);
});

test('an apply job that stops with an error says so on the merged pull request: "waiting for approval" does not stand', async () => {
  const { root, sha, pullRequest } = await mergedDataProd();
  expect((await actionOnPush(root, sha, { command: 'plan', 'plan-file': planFileIn() })).status).toBe(0);
  const missing = join(mkdtempSync(join(tmpdir(), 'vend-runner-temp-')), 'no-such-plan.json');
  const failed = await actionOnPush(root, sha, { command: 'apply', 'plan-file': missing, environment: 'production' });
  expect(failed.status).toBe(1);
  const [comment] = github.state.comments(pullRequest.number);
  expect(comment?.body).toContain('## Vend apply: ❌ failed');
  expect(comment?.body).not.toContain('waiting for approval');
  // The comment sends the reader to the run: its job summary says why it stopped.
  expect(failed.summary).toContain('<h2>Vend apply: stopped</h2>');
  expect(failed.summary).toContain('no-such-plan.json');
  expect(proxy.mutatingCount()).toBe(0);
  // A failed run may have changed AWS: a later notice that changes nothing (superseded, refused) leaves its report.
  github.state.setBranchTip('main', 'e'.repeat(40));
  const superseded = await actionOnPush(root, sha, { command: 'plan', 'plan-file': planFileIn() });
  expect(superseded.status).toBe(0);
  expect(github.state.comments(pullRequest.number).map((kept) => kept.body)).toEqual([comment!.body]);
  const refused = await actionOnPush(root, sha, { command: 'apply', 'plan-file': missing, environment: 'production' });
  expect(refused.status).toBe(1);
  expect(github.state.comments(pullRequest.number).map((kept) => kept.body)).toEqual([comment!.body]);
});

test('a re-run after a part-way apply keeps on the merged pull request what the earlier run did', async () => {
  const { root } = gitRepository();
  await converged(root);
  writeFileSync(join(root, 'accounts/data-prod.yaml'), DATA_PROD);
  writeFileSync(join(root, 'accounts/sandbox-one.yaml'), SANDBOX_IN_ONE_REGION);
  const sha = commitAll(root, 'Add data-prod; take sandbox-one out of eu-west-1');
  github.state.setBranchTip('main', sha);
  github.state.setEnvironment('production-destructive', { reviewers: ['security-lead'], branchPolicy: true });
  const pullRequest = github.state.seedPullRequest({ title: 'Add data-prod', merged: true, mergeCommitSha: sha });
  const first = planFileIn();
  expect((await actionOnPush(root, sha, { command: 'plan', 'plan-file': first })).status).toBe(0);
  const partly = await actionOnPush(root, sha, { command: 'apply', 'plan-file': first, environment: 'production' });
  expect(partly.status).toBe(1);
  const [partial] = github.state.comments(pullRequest.number);
  expect(partial?.body).toMatch(/^<!-- vend:apply -->\n## Vend apply: ❌ \d+ changes applied, 0 failed, 1 refused/);
  expect(partial?.body).toContain('data-prod');

  // "Re-run all jobs": the plan job's "waiting for approval" does not go over the report of what AWS now holds…
  const second = planFileIn();
  expect((await actionOnPush(root, sha, { command: 'plan', 'plan-file': second })).status).toBe(0);
  expect(github.state.comments(pullRequest.number).map((comment) => comment.body)).toEqual([partial!.body]);
  // An apply job refused whole (no allow-destructive again) changed nothing, so the report of what AWS holds stays…
  const refused = await actionOnPush(root, sha, { command: 'apply', 'plan-file': second, environment: 'production' });
  expect(refused.status).toBe(1);
  expect(github.state.comments(pullRequest.number).map((comment) => comment.body)).toEqual([partial!.body]);
  // …and the apply job's result keeps it beneath its own, collapsed: the account the first run created stays named.
  const rest = await actionOnPush(root, sha, {
    command: 'apply',
    'plan-file': second,
    environment: 'production-destructive',
    'allow-destructive': 'true',
  });
  expect(rest.status).toBe(0);
  const comments = github.state.comments(pullRequest.number);
  expect(comments).toHaveLength(1);
  expect(comments[0]!.body).toMatch(/^<!-- vend:apply -->\n## Vend apply: ✅ 1 change applied/);
  expect(comments[0]!.body).toContain(
    `<details><summary>An earlier run of this merge, which failed part-way (the job summary it names is that run’s)</summary>\n\n${partial!.body.slice('<!-- vend:apply -->\n'.length)}`,
  );
});

test('a forged or edited plan comment authorises nothing: no saved plan, no apply; no allow-destructive, no destruction', async () => {
  const { root, sha, pullRequest } = await merged(
    'accounts/sandbox-one.yaml',
    SANDBOX_IN_ONE_REGION,
    'Take sandbox-one out of eu-west-1',
  );
  // What a workflow in any branch can write with its GITHUB_TOKEN: the old approval block, and a harmless summary.
  github.state.seedComment(pullRequest.number, {
    login: 'github-actions[bot]',
    body: `<!-- vend:plan -->\n<!-- vend:plan-meta {"digest":"sha256:${'0'.repeat(64)}","destructive":["remove-stack-instances:stackset:vend-regional@0000000000000000"]} -->\n## Vend plan: 0 to create, 0 to change, 0 to destroy`,
  });
  proxy.reset();

  const withoutPlan = await actionOnPush(root, sha, { command: 'apply', 'allow-destructive': 'true' });
  expect(withoutPlan.status).toBe(1);
  expect(withoutPlan.stdout).toContain("::error::command 'apply' needs 'plan-file'");
  expect(proxy.forwardedCount()).toBe(0);

  const planFile = planFileIn();
  expect((await actionOnPush(root, sha, { command: 'plan', 'plan-file': planFile })).outputs).toMatchObject({
    'has-destructive': 'true',
  });
  const withoutAllowDestructive = await actionOnPush(root, sha, {
    command: 'apply',
    'plan-file': planFile,
    environment: 'production',
  });
  expect(withoutAllowDestructive.status).toBe(1);
  expect(withoutAllowDestructive.summary).toContain('remove-stack-instances:stackset:vend-regional');
  expect(withoutAllowDestructive.summary).toContain('only with allow-destructive');
  expect(proxy.mutatingCount()).toBe(0);
  expect(await stackInstances('vend-regional')).toBe(2);
});

test('a high-impact plan, an SCP rewrite on the root, changes nothing without allow-high-impact, and all of it with it', async () => {
  const { root } = gitRepository();
  await converged(root);
  writeFileSync(
    join(root, 'baselines/scps/deny-leave.json'),
    '{"Version":"2012-10-17","Statement":[{"Sid":"DenyLeave","Effect":"Deny","Action":["organizations:LeaveOrganization","account:CloseAccount"],"Resource":"*"}]}\n',
  );
  const sha = commitAll(root, 'Deny closing accounts from inside too');
  github.state.setBranchTip('main', sha);
  github.state.setEnvironment('production-destructive', { reviewers: ['security-lead'], branchPolicy: true });
  const planFile = planFileIn();
  const plan = await actionOnPush(root, sha, { command: 'plan', 'plan-file': planFile });
  expect(plan.outputs).toMatchObject({ 'has-high-impact': 'true', 'has-destructive': 'false' });
  proxy.reset();

  const environment = 'production-destructive';
  const refused = await actionOnPush(root, sha, { command: 'apply', 'plan-file': planFile, environment });
  expect(refused.status).toBe(1);
  expect(refused.summary).toContain(
    "The plan holds 1 high-impact change, and apply carries out such a plan only with allow-high-impact (--allow-high-impact), which the example workflow sets where the plan goes to the stricter environment's review. Nothing was changed.",
  );
  expect(proxy.mutatingCount()).toBe(0);

  const applied = await actionOnPush(root, sha, {
    command: 'apply',
    'plan-file': planFile,
    environment,
    'allow-high-impact': plan.outputs['has-high-impact']!,
  });
  expect(applied.status).toBe(0);
  expect(proxy.mutatingCount()).toBeGreaterThan(0);
  expect(await planChanges(root)).toEqual([]);
});

test('a saved plan applied after an out-of-band change to the organization is refused with zero mutating calls', async () => {
  const { root } = gitRepository();
  await converged(root);
  writeFileSync(join(root, 'accounts/data-prod.yaml'), DATA_PROD);
  const sha = commitAll(root, 'Add data-prod');
  github.state.setBranchTip('main', sha);
  const planFile = planFileIn();
  expect((await actionOnPush(root, sha, { command: 'plan', 'plan-file': planFile })).status).toBe(0);

  // Someone detaches a guardrail by hand while the plan waits for approval.
  const tree = await readOrganizationTree(seedClients);
  const { Policies = [] } = await seedClients.organizations.send(
    new ListPoliciesCommand({ Filter: 'SERVICE_CONTROL_POLICY' }),
  );
  await seedClients.organizations.send(
    new DetachPolicyCommand({
      PolicyId: Policies.find((policy) => policy.Name === 'deny-leave')!.Id,
      TargetId: tree.organizationalUnitIds['Workloads'],
    }),
  );
  proxy.reset();

  const applied = await actionOnPush(root, sha, { command: 'apply', 'plan-file': planFile, environment: 'production' });
  expect(applied.status).toBe(1);
  expect(applied.summary).toContain('The organization or the repository changed since the approved plan');
  expect(applied.summary).toContain('attach-scp:deny-leave@ou:Workloads');
  expect(proxy.forwardedCount()).toBeGreaterThan(0);
  expect(proxy.mutatingCount()).toBe(0);
  expect((await readOrganizationTree(seedClients)).accounts.map((account) => account.name)).not.toContain('data-prod');
});

test('a tampered plan file, or one from other files or a commit that is no longer the tip, is refused before any AWS call', async () => {
  const { root } = gitRepository();
  writeFileSync(join(root, 'accounts/data-prod.yaml'), DATA_PROD);
  const sha = commitAll(root, 'Add data-prod');
  github.state.setBranchTip('main', sha);
  const pullRequest = github.state.seedPullRequest({ title: 'Add data-prod', merged: true, mergeCommitSha: sha });
  const planFile = planFileIn();
  expect((await actionOnPush(root, sha, { command: 'plan', 'plan-file': planFile })).status).toBe(0);

  const tampered = planFileIn();
  const content = JSON.parse(readFileSync(planFile, 'utf8')) as { changes: { scope: { members?: string[] } }[] };
  content.changes.find((change) => change.scope.members)!.scope.members!.push('payments-prod/us-east-1');
  writeFileSync(tampered, JSON.stringify(content, null, 2));
  proxy.reset();
  const tamperedRun = await actionOnPush(root, sha, {
    command: 'apply',
    'plan-file': tampered,
    environment: 'production',
  });
  expect(tamperedRun.status).toBe(1);
  expect(tamperedRun.stdout).toContain('was edited after vend wrote it');
  expect(proxy.forwardedCount()).toBe(0);

  // An environment without required reviewers (one the workflow names but nobody set up) approves nothing.
  // So does one whose reviewers may approve their own run: whoever merged would approve alone.
  const unprotectedCases: [string, EnvironmentProtection | undefined, string][] = [
    [
      'production-destructive',
      undefined,
      `so apply cannot tell that a reviewer approved this run. GitHub answered 404: it does not exist, or the job's token lacks 'actions: read'.`,
    ],
    ['production-destructive', { reviewers: [], branchPolicy: true }, 'has no required reviewers'],
    [
      'production-destructive',
      { reviewers: ['security-lead'], branchPolicy: true, preventSelfReview: false },
      'has "prevent self-review" off',
    ],
    // GitHub's default: a repository admin may start the waiting job with no review.
    [
      'production-destructive',
      { reviewers: ['security-lead'], branchPolicy: true, canAdminsBypass: true },
      'has "allow administrators to bypass configured protection rules" on (an admin may skip the review)',
    ],
    // An answer without the setting cannot show it off: GitHub turns it on by default.
    [
      'production-destructive',
      { reviewers: ['security-lead'], branchPolicy: true, canAdminsBypass: null },
      'GitHub did not say whether "allow administrators to bypass configured protection rules" is on',
    ],
    // A branch policy that admits more than main: any protected branch, or a pattern besides main.
    [
      'production-destructive',
      { reviewers: ['security-lead'], branchPolicy: true, protectedBranches: true },
      'has deployment branches "protected branches only" (any protected branch may deploy)',
    ],
    [
      'production-destructive',
      { reviewers: ['security-lead'], branchPolicy: true, branches: ['main', 'release/*'] },
      "has deployment branches beyond main: branch pattern 'release/*'",
    ],
    // Only the fix for the gap found is asked for.
    [
      'production-destructive',
      { reviewers: ['security-lead'], branchPolicy: true, branches: ['main', 'release/*'] },
      'In Settings → Environments → production-destructive, limit deployment branches to selected branches: main only.',
    ],
  ];
  for (const [name, protection, message] of unprotectedCases) {
    if (protection) github.state.setEnvironment(name, protection);
    const unprotected = await actionOnPush(root, sha, { command: 'apply', 'plan-file': planFile, environment: name });
    expect(unprotected.status).toBe(1);
    expect(unprotected.stdout).toContain(message);
  }
  expect(proxy.forwardedCount()).toBe(0);

  // A newer commit reached main: re-running this run's apply job would roll the organization back.
  github.state.setBranchTip('main', 'f'.repeat(40));
  const stale = await actionOnPush(root, sha, { command: 'apply', 'plan-file': planFile, environment: 'production' });
  expect(stale.status).toBe(1);
  expect(stale.stdout).toContain(`This run is for ${sha}, but main is now at ${'f'.repeat(40)}`);
  expect(stale.stdout).toContain('could roll the organization back');
  expect(proxy.forwardedCount()).toBe(0);
  // The merged pull request no longer reads "waiting for approval": its one comment says why nothing happened.
  const comments = github.state.comments(pullRequest.number);
  expect(comments).toHaveLength(1);
  expect(comments[0]!.body).toContain('## Vend apply: ⛔ refused, nothing changed');
  expect(comments[0]!.body).toContain('could roll the organization back');
  // Re-running that old run's plan job plans, but does not put "waiting for approval" back over what apply said.
  const replanned = await actionOnPush(root, sha, { command: 'plan', 'plan-file': planFileIn() });
  expect(replanned.status).toBe(0);
  expect(replanned.stdout).toContain(`::warning::This run is for ${sha}, but main is now at ${'f'.repeat(40)}`);
  // Its apply job no longer runs to say so: the plan job's own notice takes the comment.
  const [notice] = github.state.comments(pullRequest.number);
  expect(github.state.comments(pullRequest.number)).toHaveLength(1);
  expect(notice!.body).toContain('## Vend apply: ⏭️ superseded, nothing changed');
  expect(notice!.body).toContain(`main is now at ${'f'.repeat(40)}`);
  expect(notice!.body).toContain("The newest commit's own run of this workflow plans and applies this change");
  // Nor does it queue its apply job for a review of a plan that job is sure to refuse, or call it one to approve.
  expect(replanned.outputs).toMatchObject({ 'has-changes': 'false', 'has-destructive': 'false' });
  expect(replanned.summary).toContain('**This plan is not for approval: the apply job does not carry it out.**');
  expect(replanned.summary).not.toContain('This is the plan to approve');
  // A dispatch on a tag: the apply job refuses any ref but a branch, so its plan job asks no one to approve.
  const onTag = await actionOnPush(
    root,
    sha,
    { command: 'plan', 'plan-file': planFileIn() },
    { ref: 'refs/tags/v1', eventName: 'workflow_dispatch' },
  );
  expect(onTag.status).toBe(0);
  expect(onTag.outputs).toMatchObject({ 'has-changes': 'false' });
  expect(onTag.summary).toContain('not for approval');
  expect(github.state.comments(pullRequest.number).map((comment) => comment.body)).toEqual([notice!.body]);
  proxy.reset();

  // The same commit with an uncommitted edit (another StackSet administration role, say) reads differently.
  const organization = join(root, 'baselines/organization.yaml');
  const committed = readFileSync(organization, 'utf8');
  writeFileSync(organization, committed.replace('AWSCloudFormationStackSetAdministrationRole', 'SomeoneElsesRole'));
  const edited = await runApply(settings(root, { savedPlanFile: planFile }));
  expect(edited).toMatchObject({ status: 'refused', reason: expect.stringContaining('other repository files') });
  writeFileSync(organization, committed);

  // The same plan applied to a checkout at another commit: the file says which commit it is for.
  const next = commitAll(root, 'Another change');
  const outcome = await runApply(settings(root, { savedPlanFile: planFile }));
  expect(outcome).toMatchObject({ status: 'refused', reason: expect.stringContaining(`the repository is at ${next}`) });
  expect(proxy.forwardedCount()).toBe(0);
});

test('without a saved plan, vend apply on a terminal shows the plan and applies it only on "yes"', async () => {
  const { root } = gitRepository();
  // Only the literal word approves: ' yes' is declined like 'no'.
  const answers = [' yes', 'yes', 'yes'];
  const terminal = () => {
    const lines: string[] = [];
    return {
      lines,
      stdout: (text: string) => lines.push(text),
      stderr: (text: string) => lines.push(text),
      ask: async () => answers.shift()!,
    };
  };
  // runCommand builds its clients from the environment, as the CLI does: point them at the counting proxy.
  const endpoint = process.env.AWS_ENDPOINT_URL;
  process.env.AWS_ENDPOINT_URL = proxy.url;
  try {
    proxy.reset();
    // A high-impact plan without --allow-high-impact is refused before anyone is asked: approved by no one.
    const unasked = terminal();
    expect(await runCommand(settings(root, { allowHighImpact: false }), unasked)).toBe(1);
    expect(unasked.lines.join('\n')).toContain('so the plan was not put to you for confirmation');
    expect(unasked.lines.join('\n')).toMatch(/Plan sha256:[0-9a-f]{64} of commit [0-9a-f]{12} was not approved\./);
    expect(answers).toHaveLength(3);
    expect(proxy.mutatingCount()).toBe(0);

    const declined = terminal();
    expect(await runCommand(settings(root), declined)).toBe(1);
    expect(declined.lines.join('\n')).toContain(
      '+ Create account app-prod <aws+app-prod@example.com> in Workloads/Prod',
    );
    expect(declined.lines.join('\n')).toContain('Apply cancelled: the plan was not confirmed. Nothing was changed.');
    // What was declined is left to do, listed, and the counts add up to the plan.
    expect(declined.lines.join('\n')).toMatch(/Apply: 0 changes applied, 0 failed, 0 refused, \d+ still planned\./);
    expect(declined.lines.join('\n')).toMatch(/Plan sha256:[0-9a-f]{64} of commit [0-9a-f]{12} was not approved\./);
    expect(proxy.mutatingCount()).toBe(0);

    const confirmed = terminal();
    expect(await runCommand(settings(root), confirmed)).toBe(0);
    expect(confirmed.lines.join('\n')).toMatch(
      /Approved plan: sha256:[0-9a-f]{64} of commit [0-9a-f]{12}, confirmed at the terminal\./,
    );
    expect(await planChanges(root)).toEqual([]);
    // With nothing to change no one is asked, and the audit line does not claim a confirmation.
    const unchanged = terminal();
    expect(await runCommand(settings(root), unchanged)).toBe(0);
    expect(unchanged.lines.join('\n')).toMatch(
      /Approved plan: sha256:[0-9a-f]{64} of commit [0-9a-f]{12}, nothing to confirm: the plan had no changes\./,
    );
    expect(answers).toHaveLength(1);

    // Files edited and not committed: the audit line must not pass them off as the commit's.
    const manifest = join(root, 'accounts/app-prod.yaml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('CostCenter: "100"', 'CostCenter: "200"'));
    const edited = terminal();
    expect(await runCommand(settings(root), edited)).toBe(0);
    expect(edited.lines.join('\n')).toMatch(
      /Approved plan: sha256:[0-9a-f]{64} of commit [0-9a-f]{12}, confirmed at the terminal, with uncommitted changes to accounts\/ or baselines\/\./,
    );
    // Nor a saved plan of edited files: the same files are needed to apply it, and the line says they were edited.
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('CostCenter: "200"', 'CostCenter: "300"'));
    const planFile = planFileIn();
    expect(await runCommand({ ...settings(root), command: 'plan', planOutputFile: planFile }, terminal())).toBe(0);
    const saved = terminal();
    expect(await runCommand({ ...settings(root), savedPlanFile: planFile }, saved)).toBe(0);
    expect(saved.lines.join('\n')).toMatch(
      /Approved plan: sha256:[0-9a-f]{64} of commit [0-9a-f]{12}, plan file .*plan\.json, with uncommitted changes to accounts\/ or baselines\/\./,
    );
  } finally {
    process.env.AWS_ENDPOINT_URL = endpoint;
  }
  expect(await planChanges(root)).toEqual([]);
});
