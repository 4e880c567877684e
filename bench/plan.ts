// `npm run bench:plan`: how `vend plan` scales. It seeds moto with the organization of bench/plan-seed.ts (60 OUs,
// 1,000 accounts, 8 managed SCPs, 4 baselines with their stack instances, plus a little drift), runs
// `node dist/cli.js plan` as a whole process through the counting fault proxy, and prints the wall time, the API
// calls per operation and the budget of issue 3. A missed budget is reported, not fatal: the exit code is 1 only
// when the benchmark cannot produce figures (moto, the generated repository or the plan itself failed).
//
// Usage: node scripts/run-typescript.mjs bench/plan.ts [--runs N]   (default 3 runs; the median is reported)
// dist/ must be built first (`npm run bench:plan` does that).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, createServer, request as forwardRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { paginateListStackInstances, paginateListStackSets } from '@aws-sdk/client-cloudformation';
import { paginateListPolicies, paginateListTargetsForPolicy } from '@aws-sdk/client-organizations';
import { runValidate } from '../src/commands/validate.js';
import { FULL_AWS_ACCESS_POLICY_NAME, PARAMETER_OVERRIDES_TAG } from '../src/config/desired-state.js';
import type { DesiredState } from '../src/config/desired-state.js';
import type { Plan } from '../src/plan/plan.js';
import { applyAwsTestEnv, awsTestClientConfig } from '../test/harness/aws-test-env.js';
import { isMutatingOperation, startFaultProxy } from '../test/harness/fault-proxy.js';
import { findMotoServer, resetMoto, startMotoServer, stopMotoServer } from '../scripts/emulator/moto-server.js';
import type { MotoServer } from '../scripts/emulator/moto-server.js';
import { createSeedClients, destroySeedClients } from '../test/harness/seed.js';
import type { SeedClients } from '../test/harness/seed.js';
import { chooseDrift, seedPlanBenchOrganization, writePlanBenchRepository } from './plan-seed.js';
import type { InjectedDrift, PlanBenchShape } from './plan-seed.js';
import { benchmarkSetup, median, printTable, runVend, seconds } from './bench-output.js';

const WALL_TIME_BUDGET_MS = 30_000;
/** Largest page AWS returns: ListTargetsForPolicy (20), ListStackInstances (100). moto returns one page for both. */
const AWS_TARGETS_PAGE = 20;
const AWS_INSTANCES_PAGE = 100;

export const verdict = (met: boolean) => (met ? 'met' : 'MISSED');
const round = (value: number) => Number(value.toFixed(2));

type TaggedResource = 'account' | 'policy' | 'organizational unit or root';

/**
 * A pass-through relay in front of the fault proxy that tells account tag reads from policy tag reads: both are
 * organizations:ListTagsForResource, and only the request body (ResourceId) says which. Everything else is
 * relayed untouched and counted by the fault proxy.
 */
async function startTagReadClassifier(target: string) {
  const upstream = new URL(target);
  const counts = new Map<TaggedResource, number>();
  const agent = new Agent({ keepAlive: true });
  const server = createServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.once('end', () => {
      const body = Buffer.concat(chunks);
      if (String(incoming.headers['x-amz-target'] ?? '').endsWith('.ListTagsForResource')) {
        const { ResourceId = '' } = JSON.parse(body.toString('utf8')) as { ResourceId?: string };
        const kind: TaggedResource = /^\d{12}$/.test(ResourceId)
          ? 'account'
          : ResourceId.startsWith('p-')
            ? 'policy'
            : 'organizational unit or root';
        counts.set(kind, (counts.get(kind) ?? 0) + 1);
      }
      const relayed = forwardRequest(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: incoming.method,
          path: incoming.url,
          headers: { ...incoming.headers, host: upstream.host },
          agent,
        },
        (answer) => {
          response.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(response);
        },
      );
      relayed.once('error', (error) => response.destroy(error));
      relayed.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    tagReads: (kind: TaggedResource) => counts.get(kind) ?? 0,
    reset: () => counts.clear(),
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      agent.destroy();
    },
  };
}

/** When, in ms after the process started, vend sent its first and last request of an operation. */
type CallWindow = { first: number; last: number };

interface PlanRun {
  wallMs: number;
  plan: Plan;
  counts: Record<string, number>;
  windows: Map<string, CallWindow>;
  accountTagReads: number;
  policyTagReads: number;
  otherTagReads: number;
}

/** What AWS holds for the benchmark's budget: stack instances per vend StackSet and targets per relevant SCP. */
export async function census(clients: SeedClients, desired: DesiredState) {
  const prefix = desired.organization.stackSets.namePrefix;
  const instancesByStackSet: Record<string, number> = {};
  for await (const page of paginateListStackSets({ client: clients.cloudformation }, {})) {
    for (const summary of page.Summaries ?? []) {
      const name = summary.StackSetName ?? '';
      if (!name.startsWith(prefix)) continue;
      instancesByStackSet[name] = 0;
      for await (const instances of paginateListStackInstances(
        { client: clients.cloudformation },
        { StackSetName: name },
      ))
        instancesByStackSet[name] += instances.Summaries?.length ?? 0;
    }
  }
  const relevant = new Set([...desired.scps.map((scp) => scp.name), FULL_AWS_ACCESS_POLICY_NAME]);
  const targetsByPolicy: Record<string, number> = {};
  for await (const page of paginateListPolicies(
    { client: clients.organizations },
    { Filter: 'SERVICE_CONTROL_POLICY' },
  )) {
    for (const policy of page.Policies ?? []) {
      if (!relevant.has(policy.Name ?? '')) continue;
      let targets = 0;
      for await (const targetPage of paginateListTargetsForPolicy(
        { client: clients.organizations },
        { PolicyId: policy.Id! },
      ))
        targets += targetPage.Targets?.length ?? 0;
      targetsByPolicy[policy.Name!] = targets;
    }
  }
  return { instancesByStackSet, targetsByPolicy };
}

/** Which budget term each read counts against; reads with no term of their own still count in the total. */
const CATEGORY_OF_OPERATION: Record<string, string> = {
  'organizations:ListOrganizationalUnitsForParent': 'OU tree',
  'organizations:ListAccountsForParent': 'OU tree',
  'organizations:ListPolicies': 'SCPs',
  'organizations:DescribePolicy': 'SCPs',
  'organizations:ListTargetsForPolicy': 'SCPs',
  'cloudformation:ListStackSets': 'StackSets',
  'cloudformation:DescribeStackSet': 'StackSets',
  'cloudformation:ListStackInstances': 'StackSets',
  'cloudformation:DescribeStackInstance': 'StackSets',
  'sts:GetCallerIdentity': 'preflight (no term)',
  'organizations:DescribeOrganization': 'preflight (no term)',
  'organizations:ListRoots': 'preflight (no term)',
  'organizations:ListCreateAccountStatus': 'account creations (no term)',
};
const TAGS_OPERATION = 'organizations:ListTagsForResource';

/** The changes and unmanaged accounts the injected drift should produce, and whether the plan has exactly them. */
function checkPlanAgainstDrift(plan: Plan, drift: InjectedDrift): string[] {
  const describe = (kind: string, target: string, detail = '') => `${kind} ${target}${detail}`;
  const expected = [
    ...drift.retaggedAccounts.map((name) => describe('tag-account', `account:${name}`)),
    describe('update-scp', `scp:${drift.editedScp}`),
    ...drift.accountsAtRoot.map((name) => describe('move-account', `account:${name}`)),
    describe(
      'add-stack-instances',
      `stackset:${drift.missingInstances.stackSet}`,
      ` for ${[...drift.missingInstances.accounts].sort().join(',')}`,
    ),
    ...drift.unmanagedAccounts.map((name) => describe('unmanaged', name)),
  ].sort();
  const found = [
    ...plan.changes.map((change) => {
      const instances = (change.after as { instances?: { account: string }[] } | null)?.instances;
      const accounts = instances
        ? ` for ${[...new Set(instances.map((instance) => instance.account))].sort().join(',')}`
        : '';
      return describe(change.kind, change.target, change.kind === 'add-stack-instances' ? accounts : '');
    }),
    ...plan.unmanagedAccounts.map((account) => describe('unmanaged', account.name)),
  ].sort();
  const missing = expected.filter((line) => !found.includes(line));
  const unexpected = found.filter((line) => !expected.includes(line));
  return [...missing.map((line) => `missing: ${line}`), ...unexpected.map((line) => `unexpected: ${line}`)];
}

function printReport(
  shape: PlanBenchShape,
  organizationAccounts: number,
  drift: InjectedDrift,
  runs: PlanRun[],
  counts: Awaited<ReturnType<typeof census>>,
  validateMs: number,
) {
  const last = runs.at(-1)!;
  const { plan } = last;
  const wallMs = median(runs.map((run) => run.wallMs));
  const operations = Object.entries(last.counts);
  const total = operations.reduce((sum, [, n]) => sum + n, 0);
  const tagReads = last.accountTagReads;
  // Whose each declared OU is (an OU made outside vend is adopted as such): one tag read per declared OU.
  const organizationalUnitTagReads = last.otherTagReads;
  const readsOtherThanTags = total - tagReads - organizationalUnitTagReads;

  console.log('\nPlan');
  console.log(
    `  ${plan.summary.create} to create, ${plan.summary.change} to change, ${plan.summary.destroy} to destroy; ` +
      `${plan.changes.length} changes, ${plan.accounts.length} accounts affected, ${plan.unmanagedAccounts.length} unmanaged`,
  );
  const byKind = new Map<string, number>();
  for (const change of plan.changes) byKind.set(change.kind, (byKind.get(change.kind) ?? 0) + 1);
  console.log(`  changes by kind: ${[...byKind].map(([kind, n]) => `${kind} ${n}`).join(', ')}`);
  const mismatches = checkPlanAgainstDrift(plan, drift);
  console.log(
    mismatches.length === 0
      ? '  the plan holds exactly the injected drift'
      : `  the plan differs from the injected drift:\n${mismatches.map((line) => `    ${line}`).join('\n')}`,
  );
  const digests = new Set(runs.map((run) => run.plan.digest));
  console.log(`  digest ${plan.digest}${digests.size === 1 ? ' (identical in every run)' : ' (DIFFERS between runs)'}`);

  console.log(
    `\nWall time of \`vend plan\`: median ${seconds(wallMs)} of ${runs.length} run(s) (${runs.map((run) => seconds(run.wallMs)).join(', ')}); ` +
      `load average ${loadavg()[0]!.toFixed(2)} on ${availableParallelism()} CPUs`,
  );
  // plan validates first; a validate process on the same repository shows how much of the time that is.
  console.log(
    `  of which validation, start-up included, takes about ${seconds(validateMs)} (a whole \`vend validate\` process)`,
  );

  const sameCounts = runs.every((run) => JSON.stringify(run.counts) === JSON.stringify(last.counts));
  const mutating = operations.reduce((sum, [operation, n]) => sum + (isMutatingOperation(operation) ? n : 0), 0);
  console.log(
    `\nAPI calls: ${total} in all, ${mutating} of them mutating` +
      (sameCounts ? ' (the same in every run)' : ' (last run; they VARIED between runs)'),
  );
  const window = (operation: string) => {
    const { first, last: end } = last.windows.get(operation)!;
    return `${(first / 1000).toFixed(2)}–${(end / 1000).toFixed(2)} s`;
  };
  const rows = operations
    .sort(([a, m], [b, n]) => n - m || a.localeCompare(b))
    .map(([operation, n]) => [
      operation,
      String(n),
      window(operation),
      operation === TAGS_OPERATION
        ? `accounts ${last.accountTagReads}, SCPs ${last.policyTagReads}, other ${last.otherTagReads}`
        : isMutatingOperation(operation)
          ? 'MUTATING'
          : (CATEGORY_OF_OPERATION[operation] ?? 'other'),
    ]);
  printTable(['operation', 'calls', 'sent (after start)', 'counts against'], rows, [1]);

  const categoryTotal = (category: string) =>
    operations.reduce((sum, [operation, n]) => sum + (CATEGORY_OF_OPERATION[operation] === category ? n : 0), 0);
  const instances = Object.values(counts.instancesByStackSet).reduce((sum, n) => sum + n, 0);
  const stackSets = Object.keys(counts.instancesByStackSet).length;
  const ous = shape.organizationalUnits;
  const scps = shape.scps;
  const treeTerm = 2 * ous + organizationAccounts / 20;
  const scpTerm = 3 * scps;
  // Per StackSet: list and describe it, and one ListStackInstances page per 100 of its instances.
  const stackSetTerm = stackSets * (2 + instances / stackSets / 100);
  const budget = treeTerm + scpTerm + stackSetTerm;

  console.log('\nWhere the reads go, against the term of the budget each belongs to');
  const scpReads = categoryTotal('SCPs') + last.policyTagReads;
  const untermed = readsOtherThanTags - categoryTotal('OU tree') - scpReads - categoryTotal('StackSets');
  printTable(
    ['part', 'calls', 'term'],
    [
      [
        'OU tree',
        String(categoryTotal('OU tree')),
        `2 × ${ous} OUs + ${organizationAccounts} accounts / 20 = ${round(treeTerm)}`,
      ],
      ['SCPs (incl. their tag reads)', String(scpReads), `3 × ${scps} SCPs = ${scpTerm}`],
      [
        'StackSets',
        String(categoryTotal('StackSets')),
        `${stackSets} × (2 + ${instances} / ${stackSets} / 100) = ${round(stackSetTerm)}`,
      ],
      ['everything else', String(untermed), 'no term'],
    ],
  );

  console.log('\nBudget (issue 3)');
  console.log(
    `  reads other than tags ≤ 2 × OUs + accounts / 20 + 3 × SCPs + StackSets × (2 + instances / 100):\n` +
      `    ${readsOtherThanTags} ≤ 2 × ${ous} + ${organizationAccounts} / 20 + 3 × ${scps} + ${stackSets} × (2 + ${instances} / ${stackSets} / 100) = ${round(budget)}  ${verdict(readsOtherThanTags <= budget)}`,
  );
  console.log(
    `  tag reads ≤ declared accounts:\n    ${tagReads} ≤ ${shape.accounts}  ${verdict(tagReads <= shape.accounts)}`,
  );
  console.log(
    `  OU tag reads ≤ declared OUs (whose each is):\n    ${organizationalUnitTagReads} ≤ ${ous}  ${verdict(organizationalUnitTagReads <= ous)}`,
  );
  console.log(
    `  wall time ≤ 30 s:\n    ${seconds(wallMs)} ≤ ${seconds(WALL_TIME_BUDGET_MS)}  ${verdict(wallMs <= WALL_TIME_BUDGET_MS)}`,
  );

  console.log('\nPer-account reads that identity and override checks add (issue 9)');
  console.log(
    `  DescribeStackInstance, where a manifest declares overrides or the account's ${PARAMETER_OVERRIDES_TAG} tag names them, and every instance of an account whose record the plan rewrites: ${last.counts['cloudformation:DescribeStackInstance'] ?? 0}`,
  );
  console.log(
    `  tag reads of undeclared accounts, made by a plan that creates an account or for one carrying a declared name (a changed email): ${Math.max(0, tagReads - shape.accounts)}`,
  );

  // moto answers ListTargetsForPolicy and ListStackInstances in one page whatever MaxResults says; AWS pages them.
  const awsPages = (items: number, pageSize: number) => Math.max(1, Math.ceil(items / pageSize));
  const targetPages = Object.values(counts.targetsByPolicy).reduce((sum, n) => sum + awsPages(n, AWS_TARGETS_PAGE), 0);
  const instancePages = Object.values(counts.instancesByStackSet).reduce(
    (sum, n) => sum + awsPages(n, AWS_INSTANCES_PAGE),
    0,
  );
  const measuredPages =
    (last.counts['organizations:ListTargetsForPolicy'] ?? 0) + (last.counts['cloudformation:ListStackInstances'] ?? 0);
  const projected = readsOtherThanTags - measuredPages + targetPages + instancePages;
  console.log('\nThe same reads with AWS page sizes (a projection, not a measurement)');
  console.log(
    `  targets per SCP: ${Object.entries(counts.targetsByPolicy)
      .map(([name, n]) => `${name} ${n}`)
      .join(', ')} → ${targetPages} ListTargetsForPolicy pages of ${AWS_TARGETS_PAGE}`,
  );
  console.log(
    `  instances per StackSet: ${Object.entries(counts.instancesByStackSet)
      .map(([name, n]) => `${name} ${n}`)
      .join(', ')} → ${instancePages} ListStackInstances pages of ${AWS_INSTANCES_PAGE}`,
  );
  console.log(`  reads other than tags: ${projected} ≤ ${round(budget)}  ${verdict(projected <= budget)}`);
}

export async function main(argv: string[]): Promise<number> {
  const setup = benchmarkSetup(argv, 3, 'bench:plan');
  if ('exitCode' in setup) return setup.exitCode;
  const { runCount, root, cli } = setup;

  const workDir = mkdtempSync(join(tmpdir(), 'vend-bench-plan-'));
  let moto: MotoServer | undefined;
  let seedClients: SeedClients | undefined;
  const closers: (() => Promise<void>)[] = [];
  // Ctrl-C reaches moto and the vend child too; the failures that follow end the run through `finally`.
  const ignoreInterrupt = () => undefined;
  process.on('SIGINT', ignoreInterrupt);
  try {
    const repository = join(workDir, 'repo');
    const shape = writePlanBenchRepository(repository, join(root, 'test', 'fixtures', 'minimal-repo', 'baselines'));
    const validateStarted = performance.now();
    const validation = spawnSync(process.execPath, [cli, 'validate', '--repo', repository], { encoding: 'utf8' });
    const validateMs = performance.now() - validateStarted;
    const validateOutput = `${validation.stdout}${validation.stderr}`.trim();
    if (validation.status !== 0) {
      console.error(
        `bench: the generated repository does not validate (exit ${validation.status}):\n${validateOutput}`,
      );
      return 1;
    }
    const desired = runValidate({ repositoryRoot: repository }).desired;
    if (!desired) throw new Error('the generated repository passed `vend validate` but not runValidate');
    console.log(
      `Repository: ${shape.organizationalUnits} OUs, ${shape.accounts} accounts, ${shape.scps} SCPs, ${shape.baselines} baselines; ` +
        `${validateOutput.split('\n').at(-1)} (${seconds(validateMs)})`,
    );

    const executable = await findMotoServer({ projectDir: root, log: (line) => console.log(`  ${line}`) });
    moto = await startMotoServer({ executable });
    const credentials = await resetMoto(moto.url);
    seedClients = createSeedClients(awsTestClientConfig(moto.url, credentials));
    const drift = chooseDrift(desired);
    const seedStarted = performance.now();
    const seeded = await seedPlanBenchOrganization(seedClients, desired, drift);
    const counts = await census(seedClients, desired);
    const organizationAccounts = Object.keys(seeded.accountIds).length + 1;
    console.log(
      `Seeded moto (${executable}) in ${seconds(performance.now() - seedStarted)}: ${organizationAccounts} accounts ` +
        `(management and ${drift.unmanagedAccounts.length} unmanaged included), ` +
        `${Object.values(counts.instancesByStackSet).reduce((sum, n) => sum + n, 0)} stack instances; drift: ` +
        `${drift.retaggedAccounts.length} accounts retagged, SCP ${drift.editedScp} edited, ` +
        `${drift.missingInstances.accounts.length} accounts without ${drift.missingInstances.stackSet}, ` +
        `${drift.accountsAtRoot.length} accounts left at the root`,
    );

    const proxy = await startFaultProxy({ target: moto.url, faultRate: 0 });
    closers.push(() => proxy.close());
    const classifier = await startTagReadClassifier(proxy.url);
    closers.push(() => classifier.close());
    const env = { ...process.env };
    applyAwsTestEnv(classifier.url, credentials, env);

    const runs: PlanRun[] = [];
    for (let run = 1; run <= runCount; run++) {
      proxy.reset();
      classifier.reset();
      const windows = new Map<string, CallWindow>();
      const started = performance.now();
      proxy.onRequest = ({ operation }) => {
        const at = performance.now() - started;
        const window = windows.get(operation);
        if (window) window.last = at;
        else windows.set(operation, { first: at, last: at });
      };
      const result = await runVend(cli, ['plan', '--repo', repository, '--format', 'json'], env);
      let plan: Plan | undefined;
      try {
        plan = JSON.parse(result.stdout) as Plan;
      } catch {
        plan = undefined;
      }
      if (result.code !== 0 || !plan?.summary) {
        console.error(
          `bench: vend plan failed (exit ${result.code}):\n${result.stderr.trim() || result.stdout.slice(0, 2000)}`,
        );
        return 1;
      }
      runs.push({
        wallMs: result.wallMs,
        plan,
        counts: proxy.counts(),
        windows,
        accountTagReads: classifier.tagReads('account'),
        policyTagReads: classifier.tagReads('policy'),
        otherTagReads: classifier.tagReads('organizational unit or root'),
      });
      console.log(`  run ${run}: ${seconds(result.wallMs)}`);
    }
    printReport(shape, organizationAccounts, drift, runs, counts, validateMs);
    return 0;
  } catch (error) {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    for (const close of closers.reverse()) await close();
    if (seedClients) destroySeedClients(seedClients);
    if (moto) await stopMotoServer(moto.pid);
    rmSync(workDir, { recursive: true, force: true });
    process.off('SIGINT', ignoreInterrupt);
  }
}
