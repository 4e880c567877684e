// `npm run bench:drift`: how `vend drift` scales. It seeds moto with the 1,000-account organization of
// bench/plan-seed.ts (its injected drift included), adds drift only the drift check sees (foreign SCPs on a
// declared OU and account, an override set by hand, an undeclared OU), then runs `node dist/cli.js plan` once and
// `node dist/cli.js drift` as whole processes through the counting fault proxy. It prints the findings by kind, the
// reads per operation against their budget (the plan's reads, one SCP-targets read per foreign SCP or per declared
// target, whichever is fewer, and one override read per stack instance), the wall time, and the mutating calls.
// Figures only: nothing here asserts a time. The exit code is 1 only when the benchmark cannot produce figures.
//
// Usage: node scripts/run-typescript.mjs bench/drift.ts [--runs N]   (default 1 run; the median is reported)
// dist/ must be built first (`npm run bench:drift` does that).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { UpdateStackInstancesCommand } from '@aws-sdk/client-cloudformation';
import { CreateOrganizationalUnitCommand } from '@aws-sdk/client-organizations';
import { runValidate } from '../src/commands/validate.js';
import type { DesiredState } from '../src/config/desired-state.js';
import type { DriftReport } from '../src/drift/drift-report.js';
import { applyAwsTestEnv, awsTestClientConfig } from '../test/harness/aws-test-env.js';
import { isMutatingOperation, startFaultProxy } from '../test/harness/fault-proxy.js';
import { findMotoServer, resetMoto, startMotoServer, stopMotoServer } from '../scripts/emulator/moto-server.js';
import type { MotoServer } from '../scripts/emulator/moto-server.js';
import {
  attachPolicy,
  createSeedClients,
  createServiceControlPolicy,
  destroySeedClients,
} from '../test/harness/seed.js';
import type { SeededOrganization, SeedClients } from '../test/harness/seed.js';
import { benchmarkSetup, median, printTable, runVend, seconds } from './bench-output.js';
import { census, verdict } from './plan.js';
import { chooseDrift, seedPlanBenchOrganization, writePlanBenchRepository } from './plan-seed.js';

/** What a failed start costs at most: the detection client's attempts (createDriftDetectionClient). */
const DETECTION_START_ATTEMPTS = 3;
const START_DETECTION = 'cloudformation:DetectStackSetDrift';
/** Before starting one, drift looks for a detection an earlier run outlasted (detect-stack-set-drift.ts). */
const LATEST_OPERATIONS = 'cloudformation:ListStackSetOperations';
/** Who changed it: CloudTrail event history, one query per event name the findings need, per event source. */
const LOOKUP = 'cloudtrail:LookupEvents';
const EVENT_SOURCES = 2;
/**
 * The reads that find foreign SCPs. The plan's observation makes them (one ListTargetsForPolicy per SCP that is not
 * vend's, for the per-target quota), so drift should add none.
 */
const FOREIGN_SCP_READS = ['organizations:ListTargetsForPolicy', 'organizations:ListPolicies'];
const OVERRIDE_READ = 'cloudformation:DescribeStackInstance';
/** Drift reads the tags of every active account, to tell vend's accounts that no manifest declares any more. */
const TAG_READ = 'organizations:ListTagsForResource';

interface DriftOnlyDrift {
  /** Foreign SCPs created, and how many declared targets they are attached to. */
  foreignScps: number;
  foreignAttachments: number;
  overriddenInstance: string;
  undeclaredOrganizationalUnit: string;
}

/** Drift no plan sees: SCPs vend does not own on declared targets, an override by hand, an OU nobody declared. */
async function injectDriftOnlyDrift(
  clients: SeedClients,
  desired: DesiredState,
  seeded: SeededOrganization,
): Promise<DriftOnlyDrift> {
  const deny = (action: string) => ({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Deny', Action: action, Resource: '*' }],
  });
  const onOu = await createServiceControlPolicy(clients, { name: 'console-deny-ec2', content: deny('ec2:*') });
  await attachPolicy(clients, onOu, seeded.organizationalUnitIds['Data/Analytics']!);
  const account = desired.accounts.find(
    (candidate) => candidate.baselines.includes('regional') && !candidate.parameters.regional,
  )!;
  const onAccount = await createServiceControlPolicy(clients, { name: 'console-deny-s3', content: deny('s3:*') });
  await attachPolicy(clients, onAccount, seeded.accountIds[account.name]!);
  await createServiceControlPolicy(clients, { name: 'console-unattached', content: deny('sqs:*') });
  await clients.cloudformation.send(
    new UpdateStackInstancesCommand({
      StackSetName: `${desired.organization.stackSets.namePrefix}regional`,
      Accounts: [seeded.accountIds[account.name]!],
      Regions: ['us-east-1'],
      ParameterOverrides: [{ ParameterKey: 'TopicDisplayName', ParameterValue: 'set by hand' }],
    }),
  );
  await clients.organizations.send(
    new CreateOrganizationalUnitCommand({ ParentId: seeded.rootId, Name: 'Experiments' }),
  );
  return {
    foreignScps: 3,
    foreignAttachments: 2,
    overriddenInstance: `${account.name}/us-east-1`,
    undeclaredOrganizationalUnit: 'Experiments',
  };
}

interface DriftRun {
  wallMs: number;
  report: DriftReport;
  counts: Record<string, number>;
}

function printReport(
  desired: DesiredState,
  extra: DriftOnlyDrift,
  planCounts: Record<string, number>,
  runs: DriftRun[],
  instances: number,
  stackSets: number,
) {
  const last = runs.at(-1)!;
  const { report, counts } = last;
  const byKind = new Map<string, number>();
  for (const finding of report.findings) byKind.set(finding.kind, (byKind.get(finding.kind) ?? 0) + 1);
  console.log('\nFindings');
  console.log(`  ${report.findings.length} in all: ${[...byKind].map(([kind, n]) => `${kind} ${n}`).join(', ')}`);
  console.log(
    `  not checked: ${report.notChecked.length} (${[...new Set(report.notChecked.map((entry) => entry.reason))].join('; ')})`,
  );
  const expectedKinds = [
    'scp-foreign',
    'stack-instance-overrides',
    'ou-undeclared',
    'scp-content',
    'account-tags',
    'account-wrong-ou',
    'stack-instance-missing',
    'unmanaged-accounts',
  ];
  const missing = expectedKinds.filter((kind) => !byKind.has(kind));
  console.log(
    missing.length === 0 ? '  every injected kind was found' : `  injected but NOT found: ${missing.join(', ')}`,
  );

  const wallMs = median(runs.map((run) => run.wallMs));
  console.log(
    `\nWall time of \`vend drift\`: median ${seconds(wallMs)} of ${runs.length} run(s) (${runs.map((run) => seconds(run.wallMs)).join(', ')}); ` +
      `load average ${loadavg()[0]!.toFixed(2)} on ${availableParallelism()} CPUs`,
  );

  const operations = [...new Set([...Object.keys(planCounts), ...Object.keys(counts)])].sort();
  const term = (operation: string) =>
    operation === OVERRIDE_READ
      ? 'override reads (and the plan’s)'
      : FOREIGN_SCP_READS.includes(operation)
        ? 'foreign SCPs (and the plan’s)'
        : operation === START_DETECTION
          ? 'starting drift detection'
          : operation === LATEST_OPERATIONS
            ? 'finding an unread detection'
            : operation === TAG_READ
              ? 'the plan’s reads; the extra: undeclared accounts’ tags'
              : operation === LOOKUP
                ? 'who changed it'
                : isMutatingOperation(operation)
                  ? 'MUTATING'
                  : 'the plan’s reads';
  console.log('\nAPI calls per operation: `vend plan` on the same organization, then `vend drift`');
  printTable(
    ['operation', 'plan', 'drift', 'extra', 'counts against'],
    operations.map((operation) => {
      const plan = planCounts[operation] ?? 0;
      const drift = counts[operation] ?? 0;
      return [operation, String(plan), String(drift), String(drift - plan), term(operation)];
    }),
  );

  const extraOf = (names: string[]) =>
    names.reduce((sum, name) => sum + (counts[name] ?? 0) - (planCounts[name] ?? 0), 0);
  // The plan reads only declared accounts' tags; drift reads the others' too, one each.
  const undeclaredTagReads = (counts[TAG_READ] ?? 0) - (planCounts[TAG_READ] ?? 0);
  // The unmanaged accounts the seed adds, and the management account, which no manifest declares either.
  const undeclaredAccounts = chooseDrift(desired).unmanagedAccounts.length + 1;
  const planReads =
    operations
      .filter((operation) => term(operation).startsWith('the plan’s reads'))
      .reduce((sum, operation) => sum + (counts[operation] ?? 0), 0) - undeclaredTagReads;
  const planBaseline = operations
    .filter((operation) => term(operation).startsWith('the plan’s reads'))
    .reduce((sum, operation) => sum + (planCounts[operation] ?? 0), 0);
  const foreignReads = extraOf(FOREIGN_SCP_READS);
  const overrideReads = counts[OVERRIDE_READ] ?? 0;
  const starts = counts[START_DETECTION] ?? 0;
  const latest = counts[LATEST_OPERATIONS] ?? 0;
  const lookups = counts[LOOKUP] ?? 0;
  const mutating = Object.entries(counts).filter(
    ([operation]) => isMutatingOperation(operation) && operation !== START_DETECTION,
  );
  console.log(
    '\nBudget (issue 11): the plan’s reads, plus the undeclared accounts’ tags, the foreign SCP reads and the override reads',
  );
  console.log(
    `  the plan’s reads, as \`vend plan\` makes them:\n    ${planReads} ≤ ${planBaseline}  ${verdict(planReads <= planBaseline)}`,
  );
  console.log(
    `  tags of the accounts no manifest declares (the management account too), one ListTagsForResource each:\n    ${undeclaredTagReads} ≤ ${undeclaredAccounts}  ${verdict(undeclaredTagReads <= undeclaredAccounts)}`,
  );
  console.log(
    `  foreign SCPs (${extra.foreignScps}): read by the plan's own observation, one ListTargetsForPolicy each; reads drift adds:\n` +
      `    ${foreignReads} ≤ 0  ${verdict(foreignReads <= 0)}`,
  );
  console.log(
    `  override reads, one DescribeStackInstance per stack instance:\n    ${overrideReads} ≤ ${instances}  ${verdict(overrideReads <= instances)}`,
  );
  console.log(
    `  starting drift detection, at most ${DETECTION_START_ATTEMPTS} attempts per StackSet (moto answers 500):\n` +
      `    ${starts} ≤ ${DETECTION_START_ATTEMPTS} × ${stackSets} = ${DETECTION_START_ATTEMPTS * stackSets}  ${verdict(starts <= DETECTION_START_ATTEMPTS * stackSets)}`,
  );
  console.log(
    `  finding a detection an earlier run outlasted, one ListStackSetOperations per StackSet:\n` +
      `    ${latest} ≤ ${stackSets}  ${verdict(latest <= stackSets)}`,
  );
  console.log(
    `  who changed it, CloudTrail LookupEvents: moto lacks it, so at most ${DETECTION_START_ATTEMPTS} attempts per event source (on AWS, at most 4 pages per event name the findings need):\n` +
      `    ${lookups} ≤ ${DETECTION_START_ATTEMPTS} × ${EVENT_SOURCES} = ${DETECTION_START_ATTEMPTS * EVENT_SOURCES}  ${verdict(lookups <= DETECTION_START_ATTEMPTS * EVENT_SOURCES)}`,
  );
  console.log(
    `  mutating calls other than starting drift detection: ${mutating.reduce((sum, [, n]) => sum + n, 0)}${mutating.length > 0 ? ` (${mutating.map(([operation, n]) => `${operation} ${n}`).join(', ')})` : ''}`,
  );
  const sameCounts = runs.every((run) => JSON.stringify(run.counts) === JSON.stringify(counts));
  if (!sameCounts) console.log('  (counts are the last run’s; they VARIED between runs)');
}

export async function main(argv: string[]): Promise<number> {
  const setup = benchmarkSetup(argv, 1, 'bench:drift');
  if ('exitCode' in setup) return setup.exitCode;
  const { runCount, root, cli } = setup;
  const workDir = mkdtempSync(join(tmpdir(), 'vend-bench-drift-'));
  let moto: MotoServer | undefined;
  let seedClients: SeedClients | undefined;
  const closers: (() => Promise<void>)[] = [];
  const ignoreInterrupt = () => undefined;
  process.on('SIGINT', ignoreInterrupt);
  try {
    const repository = join(workDir, 'repo');
    const shape = writePlanBenchRepository(repository, join(root, 'test', 'fixtures', 'minimal-repo', 'baselines'));
    const validation = spawnSync(process.execPath, [cli, 'validate', '--repo', repository], { encoding: 'utf8' });
    if (validation.status !== 0) {
      console.error(`bench: the generated repository does not validate:\n${validation.stdout}${validation.stderr}`);
      return 1;
    }
    const desired = runValidate({ repositoryRoot: repository }).desired!;
    const executable = await findMotoServer({ projectDir: root, log: (line) => console.log(`  ${line}`) });
    moto = await startMotoServer({ executable });
    const credentials = await resetMoto(moto.url);
    seedClients = createSeedClients(awsTestClientConfig(moto.url, credentials));
    const seedStarted = performance.now();
    const seeded = await seedPlanBenchOrganization(seedClients, desired, chooseDrift(desired));
    const extra = await injectDriftOnlyDrift(seedClients, desired, seeded);
    const { instancesByStackSet } = await census(seedClients, desired);
    const instances = Object.values(instancesByStackSet).reduce((sum, n) => sum + n, 0);
    const stackSets = Object.keys(instancesByStackSet).length;
    console.log(
      `Repository: ${shape.organizationalUnits} OUs, ${shape.accounts} accounts, ${shape.scps} SCPs, ${shape.baselines} baselines. ` +
        `Seeded moto in ${seconds(performance.now() - seedStarted)}: ${instances} stack instances in ${stackSets} StackSets; ` +
        `bench:plan's drift, plus ${extra.foreignScps} foreign SCPs (${extra.foreignAttachments} attached to declared targets), ` +
        `an override set by hand on ${extra.overriddenInstance}, and the undeclared OU ${extra.undeclaredOrganizationalUnit}`,
    );

    const proxy = await startFaultProxy({ target: moto.url, faultRate: 0 });
    closers.push(() => proxy.close());
    const env = { ...process.env };
    applyAwsTestEnv(proxy.url, credentials, env);
    const plan = await runVend(cli, ['plan', '--repo', repository, '--format', 'json'], env);
    if (plan.code !== 0 && plan.code !== 1) {
      console.error(`bench: vend plan failed (exit ${plan.code}):\n${plan.stderr.trim()}`);
      return 1;
    }
    const planCounts = proxy.counts();
    const runs: DriftRun[] = [];
    for (let run = 1; run <= runCount; run++) {
      proxy.reset();
      const result = await runVend(cli, ['drift', '--repo', repository, '--format', 'json'], env);
      let report: DriftReport | undefined;
      try {
        report = JSON.parse(result.stdout) as DriftReport;
      } catch {
        report = undefined;
      }
      if (result.code !== 0 || !report?.summary) {
        console.error(
          `bench: vend drift failed (exit ${result.code}):\n${result.stderr.trim() || result.stdout.slice(0, 2000)}`,
        );
        return 1;
      }
      runs.push({ wallMs: result.wallMs, report, counts: proxy.counts() });
      console.log(`  run ${run}: ${seconds(result.wallMs)}`);
    }
    printReport(desired, extra, planCounts, runs, instances, stackSets);
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
