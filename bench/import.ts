// `npm run bench:import`: how `vend import` scales. It seeds moto with the organization of bench/plan-seed.ts (60
// OUs, 1,000 accounts, 8 SCPs, 4 baselines with their stack instances), takes vend's ownership tag off its accounts
// and SCPs, as in an organization vend never managed, runs `node dist/cli.js import` as a whole
// process into an empty directory, through the counting fault proxy, and prints the wall time and the API calls per
// operation. Then it validates the imported repository and plans it against the same organization, and prints what
// that first plan would do: adopt, and nothing else, when import keeps its contract. Figures only: nothing here is
// a timed assertion, and the exit code is 1 only when the benchmark cannot produce figures.
//
// Usage: node scripts/run-typescript.mjs bench/import.ts [--runs N]   (default 3 runs; the median is reported)
// dist/ must be built first (`npm run bench:import` does that).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { paginateListStackInstances, paginateListStackSets } from '@aws-sdk/client-cloudformation';
import {
  paginateListPolicies,
  paginateListTargetsForPolicy,
  UntagResourceCommand,
} from '@aws-sdk/client-organizations';
import { runValidate } from '../src/commands/validate.js';
import { mapWithConcurrency } from '../src/observe/bounded-concurrency.js';
import type { ImportFinding } from '../src/import/imported-repository.js';
import type { Plan } from '../src/plan/plan.js';
import { applyAwsTestEnv, awsTestClientConfig } from '../test/harness/aws-test-env.js';
import { isMutatingOperation, startFaultProxy } from '../test/harness/fault-proxy.js';
import { findMotoServer, resetMoto, startMotoServer, stopMotoServer } from '../scripts/emulator/moto-server.js';
import type { MotoServer } from '../scripts/emulator/moto-server.js';
import { createSeedClients, destroySeedClients } from '../test/harness/seed.js';
import type { SeedClients } from '../test/harness/seed.js';
import { benchmarkSetup, median, parseJson, printTable, runVend, seconds } from './bench-output.js';
import { chooseDrift, seedPlanBenchOrganization, writePlanBenchRepository } from './plan-seed.js';
import { ADOPTION } from '../test/support/import-commands.js';

/** What one of the operations vend import calls reads, for the table. */
const READS: Record<string, string> = {
  'organizations:ListTagsForResource': 'per active member account, per OU and per SCP (no list returns tags)',
  'cloudformation:DescribeStackInstance': 'per stack instance (no list returns parameter overrides)',
  'organizations:ListAccountsForParent': 'per OU and root, pages of 20',
  'organizations:ListOrganizationalUnitsForParent': 'per OU and root',
  'organizations:DescribePolicy': 'per SCP',
  'organizations:ListTargetsForPolicy': 'per SCP',
  'cloudformation:DescribeStackSet': 'per StackSet with the prefix',
  'cloudformation:ListStackInstances': 'per StackSet with the prefix, pages of 100',
};

interface ImportReportJson {
  status: string;
  written: string[];
  findings: ImportFinding[];
  validation?: { severity: string; rule: string }[];
}

interface ImportRun {
  wallMs: number;
  counts: Record<string, number>;
  report: ImportReportJson;
}

function printImport(runs: ImportRun[], organization: { accounts: number; instances: number }) {
  const last = runs.at(-1)!;
  const { report } = last;
  const manifests = report.written.filter((file) => file.startsWith('accounts/')).length;
  console.log('\nImport');
  console.log(
    `  wrote ${report.written.length} files: baselines/organization.yaml, ` +
      `${report.written.filter((file) => file.startsWith('baselines/scps/')).length} SCPs, ` +
      `${report.written.filter((file) => file.startsWith('baselines/stacksets/')).length} templates, ${manifests} account manifests`,
  );
  const byKind = new Map<string, ImportFinding[]>();
  for (const finding of report.findings) byKind.set(finding.kind, [...(byKind.get(finding.kind) ?? []), finding]);
  for (const [kind, findings] of byKind)
    console.log(
      `  ${kind}: ${findings.length} (${findings
        .slice(0, 3)
        .map((finding) => finding.subject)
        .join('; ')}${findings.length > 3 ? '; …' : ''})`,
    );
  const warnings = new Map<string, number>();
  for (const diagnostic of report.validation ?? [])
    warnings.set(
      `${diagnostic.severity} ${diagnostic.rule}`,
      (warnings.get(`${diagnostic.severity} ${diagnostic.rule}`) ?? 0) + 1,
    );
  console.log(
    `  vend validate of what it wrote: ${warnings.size === 0 ? 'no problems' : [...warnings].map(([what, n]) => `${n} × ${what}`).join(', ')}`,
  );

  const wallMs = median(runs.map((run) => run.wallMs));
  console.log(
    `\nWall time of \`vend import\`: median ${seconds(wallMs)} of ${runs.length} run(s) (${runs.map((run) => seconds(run.wallMs)).join(', ')}); ` +
      `load average ${loadavg()[0]!.toFixed(2)} on ${availableParallelism()} CPUs`,
  );
  const operations = Object.entries(last.counts).sort(([a, m], [b, n]) => n - m || a.localeCompare(b));
  const total = operations.reduce((sum, [, n]) => sum + n, 0);
  const mutating = operations.reduce((sum, [operation, n]) => sum + (isMutatingOperation(operation) ? n : 0), 0);
  const sameCounts = runs.every((run) => JSON.stringify(run.counts) === JSON.stringify(last.counts));
  console.log(
    `\nAPI calls: ${total} in all, ${mutating} of them mutating` +
      `${sameCounts ? ' (the same in every run)' : ' (last run; they VARIED between runs)'}; ` +
      `${(total / organization.accounts).toFixed(2)} per account of the organization (${organization.accounts} accounts, ${organization.instances} stack instances)`,
  );
  printTable(
    ['operation', 'calls', 'what it reads'],
    operations.map(([operation, n]) => [
      operation,
      String(n),
      isMutatingOperation(operation) ? 'MUTATING' : (READS[operation] ?? 'once'),
    ]),
    [1],
  );
}

/**
 * How many items the pages moto answers in one go hold in AWS, which pages them: targets per SCP (20 a page) and
 * instances per StackSet with the prefix (100 a page).
 */
/** The customer-managed SCPs' ids. */
async function policyIds(clients: SeedClients): Promise<string[]> {
  const ids: string[] = [];
  for await (const page of paginateListPolicies(
    { client: clients.organizations },
    { Filter: 'SERVICE_CONTROL_POLICY' },
  ))
    for (const policy of page.Policies ?? []) if (!policy.AwsManaged && policy.Id) ids.push(policy.Id);
  return ids;
}

async function organizationCensus(clients: SeedClients, prefix: string) {
  const targetsPerPolicy: number[] = [];
  for await (const page of paginateListPolicies(
    { client: clients.organizations },
    { Filter: 'SERVICE_CONTROL_POLICY' },
  ))
    for (const policy of page.Policies ?? []) {
      let targets = 0;
      for await (const targetPage of paginateListTargetsForPolicy(
        { client: clients.organizations },
        { PolicyId: policy.Id! },
      ))
        targets += targetPage.Targets?.length ?? 0;
      targetsPerPolicy.push(targets);
    }
  const instancesPerStackSet: number[] = [];
  for await (const page of paginateListStackSets({ client: clients.cloudformation }, {}))
    for (const summary of page.Summaries ?? []) {
      if (!summary.StackSetName?.startsWith(prefix)) continue;
      let instances = 0;
      for await (const instancePage of paginateListStackInstances(
        { client: clients.cloudformation },
        { StackSetName: summary.StackSetName },
      ))
        instances += instancePage.Summaries?.length ?? 0;
      instancesPerStackSet.push(instances);
    }
  return { targetsPerPolicy, instancesPerStackSet };
}

/** The calls the same import makes against AWS's page sizes: a projection, since moto does not page these lists. */
function printAwsPages(counts: Record<string, number>, census: Awaited<ReturnType<typeof organizationCensus>>) {
  const pages = (items: number[], size: number) => items.reduce((sum, n) => sum + Math.max(1, Math.ceil(n / size)), 0);
  const targetPages = pages(census.targetsPerPolicy, 20);
  const instancePages = pages(census.instancesPerStackSet, 100);
  const measured =
    (counts['organizations:ListTargetsForPolicy'] ?? 0) + (counts['cloudformation:ListStackInstances'] ?? 0);
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  console.log('\nThe same import with AWS page sizes (a projection, not a measurement)');
  console.log(
    `  ListTargetsForPolicy: ${targetPages} pages of 20 for ${census.targetsPerPolicy.reduce((sum, n) => sum + n, 0)} targets of ${census.targetsPerPolicy.length} SCPs; ` +
      `ListStackInstances: ${instancePages} pages of 100; API calls in all: ${total - measured + targetPages + instancePages}`,
  );
}

function printFirstPlan(plan: Plan, validateOutput: string) {
  console.log('\nThe first plan after the import');
  console.log(`  ${validateOutput}`);
  console.log(
    `  ${plan.summary.create} to create, ${plan.summary.change} to change, ${plan.summary.destroy} to destroy; ` +
      `${plan.problems.length} problems; ${plan.unmanagedAccounts.length} unmanaged accounts`,
  );
  const byKind = new Map<string, number>();
  for (const change of plan.changes) byKind.set(change.kind, (byKind.get(change.kind) ?? 0) + 1);
  console.log(`  changes by kind: ${[...byKind].map(([kind, n]) => `${kind} ${n}`).join(', ') || 'none'}`);
  const beyond = plan.changes.filter((change) => !ADOPTION.has(change.kind));
  console.log(
    beyond.length === 0 && plan.problems.length === 0
      ? '  only adoption: the contract holds'
      : `  BEYOND ADOPTION: ${[...beyond.map((change) => change.id), ...plan.problems.map((problem) => problem.message)].slice(0, 10).join('; ')}`,
  );
}

export async function main(argv: string[]): Promise<number> {
  const setup = benchmarkSetup(argv, 3, 'bench:import');
  if ('exitCode' in setup) return setup.exitCode;
  const { runCount, root, cli } = setup;

  const workDir = mkdtempSync(join(tmpdir(), 'vend-bench-import-'));
  let moto: MotoServer | undefined;
  let seedClients: SeedClients | undefined;
  const ignoreInterrupt = () => undefined;
  process.on('SIGINT', ignoreInterrupt);
  try {
    // The bench organization is built from the plan benchmark's repository, the way an earlier apply left it.
    const source = join(workDir, 'source');
    const shape = writePlanBenchRepository(source, join(root, 'test', 'fixtures', 'minimal-repo', 'baselines'));
    const desired = runValidate({ repositoryRoot: source }).desired;
    if (!desired) throw new Error('the generated repository does not validate');
    const executable = await findMotoServer({ projectDir: root, log: (line) => console.log(`  ${line}`) });
    moto = await startMotoServer({ executable });
    const credentials = await resetMoto(moto.url);
    seedClients = createSeedClients(awsTestClientConfig(moto.url, credentials));
    const seedStarted = performance.now();
    const seeded = await seedPlanBenchOrganization(seedClients, desired, chooseDrift(desired));
    const accounts = Object.keys(seeded.accountIds).length + 1;
    // An organization being adopted: no OU, account or SCP carries vend's ownership tag yet, so the first plan
    // adopts every one of them. The StackSets keep theirs: taking it off means an UpdateStackSet of every instance.
    const clients = seedClients;
    const untagged = [
      ...Object.values(seeded.organizationalUnitIds),
      ...Object.values(seeded.accountIds),
      ...(await policyIds(clients)),
    ];
    await mapWithConcurrency(untagged, 8, (id) =>
      clients.organizations.send(new UntagResourceCommand({ ResourceId: id, TagKeys: ['ManagedBy'] })),
    );
    const census = await organizationCensus(seedClients, desired.organization.stackSets.namePrefix);
    const instances = census.instancesPerStackSet.reduce((sum, n) => sum + n, 0);
    console.log(
      `Seeded moto (${executable}) in ${seconds(performance.now() - seedStarted)}: ${shape.organizationalUnits} OUs, ` +
        `${accounts} accounts (management included), ${shape.scps} SCPs, ${shape.baselines} StackSets with ${instances} stack instances; ` +
        `ManagedBy taken off ${untagged.length} OUs, accounts and SCPs`,
    );

    const proxy = await startFaultProxy({ target: moto.url, faultRate: 0 });
    try {
      const env = { ...process.env };
      applyAwsTestEnv(proxy.url, credentials, env);
      const runs: ImportRun[] = [];
      let repository = '';
      for (let run = 1; run <= runCount; run++) {
        repository = join(workDir, `import-${run}`);
        // vend import writes into a directory someone made, never one it would have to create.
        mkdirSync(repository);
        proxy.reset();
        const result = await runVend(cli, ['import', '--repo', repository, '--format', 'json'], env);
        const report = parseJson<ImportReportJson>(result.stdout);
        if (report?.status !== 'written') {
          console.error(
            `bench: vend import failed (exit ${result.code}):\n${result.stderr.trim() || result.stdout.slice(0, 2000)}`,
          );
          return 1;
        }
        runs.push({ wallMs: result.wallMs, counts: proxy.counts(), report });
        // vend import exits 1 when it wrote the repository but left accounts out (the seed puts some under the root).
        const leftOut = report.findings.filter((finding) => finding.kind === 'left-out').length;
        console.log(
          `  run ${run}: ${seconds(result.wallMs)}, exit ${result.code}${result.code === 1 && leftOut > 0 ? ` (written; ${leftOut} left out, listed below)` : ''}`,
        );
      }
      printImport(runs, { accounts, instances });
      printAwsPages(runs.at(-1)!.counts, census);

      const directEnv = { ...process.env };
      applyAwsTestEnv(moto.url, credentials, directEnv);
      const validation = spawnSync(process.execPath, [cli, 'validate', '--repo', repository], {
        encoding: 'utf8',
        env: directEnv,
      });
      const planned = await runVend(cli, ['plan', '--repo', repository, '--format', 'json'], directEnv);
      const plan = parseJson<Plan>(planned.stdout);
      if (!plan?.summary) {
        console.error(`bench: vend plan of the import failed (exit ${planned.code}):\n${planned.stderr.trim()}`);
        return 1;
      }
      printFirstPlan(plan, `${validation.stdout}${validation.stderr}`.trim().split('\n').at(-1) ?? '');
    } finally {
      await proxy.close();
    }
    return 0;
  } catch (error) {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    if (seedClients) destroySeedClients(seedClients);
    if (moto) await stopMotoServer(moto.pid);
    rmSync(workDir, { recursive: true, force: true });
    process.off('SIGINT', ignoreInterrupt);
  }
}
