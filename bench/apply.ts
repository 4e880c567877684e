// `npm run bench:apply`: how `vend apply` does with 200 new accounts. It seeds moto with the organization of
// bench/apply-seed.ts (OUs, SCPs and 4 baselines' StackSets, no accounts), runs `node dist/cli.js apply` as a whole
// process through the counting fault proxy, and prints the wall time and where it went, the API calls per
// operation, the StackSet operations per baseline against the budget of issue 4 (exactly one per baseline), the
// accounts created, and a `vend plan` afterwards, which must find nothing left to do. A missed budget is reported,
// not fatal: the exit code is 1 only when the benchmark cannot produce figures or apply fails or does not converge.
//
// Usage: node scripts/run-typescript.mjs bench/apply.ts [--runs N]   (default 1 run; the median is reported)
// dist/ must be built first (`npm run bench:apply` does that).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { paginateListStackInstances, paginateListStackSetOperations } from '@aws-sdk/client-cloudformation';
import { paginateListAccounts } from '@aws-sdk/client-organizations';
import type { ApplyReport } from '../src/apply/apply-report.js';
import { runValidate } from '../src/commands/validate.js';
import type { DesiredState } from '../src/config/desired-state.js';
import type { Plan } from '../src/plan/plan.js';
import { applyAwsTestEnv, awsTestClientConfig } from '../test/harness/aws-test-env.js';
import { isMutatingOperation, startFaultProxy } from '../test/harness/fault-proxy.js';
import type { FaultProxy, ProxiedRequest } from '../test/harness/fault-proxy.js';
import { findMotoServer, resetMoto, startMotoServer, stopMotoServer } from '../scripts/emulator/moto-server.js';
import type { MotoServer } from '../scripts/emulator/moto-server.js';
import { createSeedClients, destroySeedClients } from '../test/harness/seed.js';
import type { SeedClients } from '../test/harness/seed.js';
import { seedApplyBenchOrganization, writeApplyBenchRepository } from './apply-seed.js';
import type { ApplyBenchShape } from './apply-seed.js';
import { benchmarkSetup, median, printTable, seconds } from './bench-output.js';

/** The calls that start a StackSet operation; CreateStackSet starts none. */
const OPERATION_STARTS = [
  'cloudformation:CreateStackInstances',
  'cloudformation:UpdateStackInstances',
  'cloudformation:DeleteStackInstances',
  'cloudformation:UpdateStackSet',
];
const OBSERVATION_START = 'sts:GetCallerIdentity';
const STAGE_LINE = /^Stage \d+, /;
const VERIFICATION_LINE = 'Verifying baseline roles';
const TAG_READ = 'organizations:ListTagsForResource';
const MAX_OPERATIONS_PER_PHASE = 4;
/** Written by the probe preloaded into vend's process: its CPU time and how busy its event loop was. */
const USAGE_FILE_VARIABLE = 'VEND_BENCH_USAGE_FILE';
const USAGE_PROBE = `import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
process.on('exit', () => {
  const cpu = process.cpuUsage();
  const loop = performance.eventLoopUtilization();
  writeFileSync(process.env.${USAGE_FILE_VARIABLE}, JSON.stringify({
    cpuMs: (cpu.user + cpu.system) / 1000, loopActiveMs: loop.active,
  }));
});
`;

const share = (part: number, whole: number) => `${whole > 0 ? Math.round((100 * part) / whole) : 0}%`;
const verdict = (met: boolean) => (met ? 'met' : 'MISSED');
const shortName = (operation: string) => operation.slice(operation.indexOf(':') + 1);

/** One AWS request as the proxy saw it, in ms since vend started: received, and answered by moto. */
interface TimedRequest {
  operation: string;
  at: number;
  answeredAt: number | undefined;
}

interface TimedLine {
  at: number;
  text: string;
}

interface VendUsage {
  cpuMs: number;
  loopActiveMs: number;
}

interface VendRun {
  wallMs: number;
  code: number | null;
  stdout: string;
  stderrLines: TimedLine[];
  requests: TimedRequest[];
  usage: VendUsage | undefined;
}

/**
 * Runs one vend process through the proxy, timing each request it makes and each progress line it writes. Must not
 * block the event loop: the proxy lives in this process.
 */
function runVend(cli: string, args: string[], env: NodeJS.ProcessEnv, proxy: FaultProxy, usageFile: string) {
  return new Promise<VendRun>((resolve, reject) => {
    rmSync(usageFile, { force: true });
    const started = performance.now();
    const since = () => performance.now() - started;
    const requests: TimedRequest[] = [];
    const pending = new Map<ProxiedRequest, TimedRequest>();
    proxy.onRequest = (request) => {
      const timed = { operation: request.operation, at: since(), answeredAt: undefined };
      requests.push(timed);
      pending.set(request, timed);
    };
    proxy.onForwarded = (_count, request) => {
      const timed = pending.get(request);
      if (timed) timed.answeredAt = since();
      pending.delete(request);
    };
    const child = spawn(process.execPath, [cli, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let partial = '';
    const stderrLines: TimedLine[] = [];
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop()!;
      const at = since();
      for (const text of lines) stderrLines.push({ at, text });
    });
    child.once('error', reject);
    child.once('close', (code) => {
      proxy.onRequest = undefined;
      proxy.onForwarded = undefined;
      if (partial) stderrLines.push({ at: since(), text: partial });
      let usage: VendUsage | undefined;
      try {
        usage = JSON.parse(readFileSync(usageFile, 'utf8')) as VendUsage;
      } catch {
        usage = undefined;
      }
      resolve({ wallMs: since(), code, stdout, stderrLines, requests, usage });
    });
  });
}

/** CPU seconds a process has used so far, from /proc; undefined where there is no /proc (macOS). */
function processCpuMs(pid: number, ticksPerSecond: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 (utime) and 15 (stime) of proc(5); the slice starts at field 3.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
  } catch {
    return undefined;
  }
}

function clockTicksPerSecond(): number {
  const answer = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
  const ticks = Number(answer.stdout?.trim());
  return Number.isFinite(ticks) && ticks > 0 ? ticks : 100;
}

/** Time with at least one request in flight at moto: the union of the requests' intervals. */
function busyMs(requests: TimedRequest[]): number {
  const intervals = requests
    .filter((request) => request.answeredAt !== undefined)
    .map((request) => [request.at, request.answeredAt!] as const)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let [start, end] = [Number.NaN, Number.NaN];
  for (const [from, to] of intervals) {
    if (Number.isNaN(start) || from > end) {
      if (!Number.isNaN(start)) total += end - start;
      [start, end] = [from, to];
    } else end = Math.max(end, to);
  }
  return Number.isNaN(start) ? 0 : total + end - start;
}

interface Phase {
  name: string;
  start: number;
  end: number;
  requests: TimedRequest[];
  isObservation: boolean;
}

/**
 * Splits an apply run into phases: start-up (with validation), then each observation (from its GetCallerIdentity,
 * the first read of every observation) and each stage (from its `Stage N` progress line), then verification.
 */
function phasesOf(run: VendRun): Phase[] {
  const markers = [
    { at: 0, name: 'start-up and validation', isObservation: false },
    ...run.requests
      .filter((request) => request.operation === OBSERVATION_START)
      .map((request, index) => ({ at: request.at, name: `observation ${index + 1}`, isObservation: true })),
    ...run.stderrLines
      .filter((line) => STAGE_LINE.test(line.text) || line.text.startsWith(VERIFICATION_LINE))
      .map((line) => ({
        at: line.at,
        name: line.text.startsWith(VERIFICATION_LINE) ? 'verification and report' : line.text.toLowerCase(),
        isObservation: false,
      })),
  ].sort((a, b) => a.at - b.at);
  return markers.map((marker, index) => {
    const end = markers[index + 1]?.at ?? run.wallMs;
    return {
      ...marker,
      start: marker.at,
      end,
      requests: run.requests.filter((request) => request.at >= marker.at && request.at < end),
    };
  });
}

function countByOperation(requests: TimedRequest[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const request of requests) counts.set(request.operation, (counts.get(request.operation) ?? 0) + 1);
  return counts;
}

const byCallsThenName = ([a, m]: [string, number], [b, n]: [string, number]) => n - m || (a < b ? -1 : a > b ? 1 : 0);

/** What moto holds after apply: vend's accounts, and per StackSet its operations and instances. */
async function census(clients: SeedClients, desired: DesiredState) {
  const accounts: { email: string }[] = [];
  for await (const page of paginateListAccounts({ client: clients.organizations }, {}))
    for (const account of page.Accounts ?? []) accounts.push({ email: (account.Email ?? '').toLowerCase() });
  const declared = desired.accounts.map((account) => account.email.toLowerCase());
  const perEmail = declared.map((email) => accounts.filter((account) => account.email === email).length);
  const stackSets = [];
  for (const baseline of desired.baselines) {
    const name = `${desired.organization.stackSets.namePrefix}${baseline.name}`;
    const actions: string[] = [];
    for await (const page of paginateListStackSetOperations({ client: clients.cloudformation }, { StackSetName: name }))
      for (const operation of page.Summaries ?? []) actions.push(operation.Action ?? '?');
    let instances = 0;
    for await (const page of paginateListStackInstances({ client: clients.cloudformation }, { StackSetName: name }))
      instances += page.Summaries?.length ?? 0;
    stackSets.push({ baseline: baseline.name, actions, instances });
  }
  return {
    organizationAccounts: accounts.length,
    declaredPresentOnce: perEmail.filter((n) => n === 1).length,
    declaredDuplicated: perEmail.filter((n) => n > 1).length,
    stackSets,
  };
}

interface BenchRun {
  apply: VendRun;
  report: ApplyReport | undefined;
  motoCpuMs: number | undefined;
  after: Awaited<ReturnType<typeof census>>;
  plan: VendRun;
  followUp: Plan | undefined;
}

function parseJson<T>(text: string): T | undefined {
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

function printWhereTimeGoes(run: BenchRun) {
  const { apply } = run;
  const busy = busyMs(apply.requests);
  console.log(`\nWall time of \`vend apply\`: ${seconds(apply.wallMs)}`);
  const usage = apply.usage;
  printTable(
    ['measure', 'time', 'of wall'],
    [
      ['moto busy (at least one request in flight)', seconds(busy), share(busy, apply.wallMs)],
      [
        'no request in flight (vend computing, sleeping, starting)',
        seconds(apply.wallMs - busy),
        share(apply.wallMs - busy, apply.wallMs),
      ],
      ...(run.motoCpuMs === undefined
        ? []
        : [['moto CPU time (user + system)', seconds(run.motoCpuMs), share(run.motoCpuMs, apply.wallMs)]]),
      ...(usage
        ? [
            ['vend CPU time (user + system)', seconds(usage.cpuMs), share(usage.cpuMs, apply.wallMs)],
            ['vend event loop active', seconds(usage.loopActiveMs), share(usage.loopActiveMs, apply.wallMs)],
          ]
        : []),
    ],
    [1, 2],
  );

  console.log('\nPhases (an observation starts at its GetCallerIdentity, a stage at its progress line)');
  const rows = phasesOf(apply).map((phase) => {
    const counts = [...countByOperation(phase.requests)].sort(byCallsThenName);
    const lastAnswer = Math.max(phase.start, ...phase.requests.map((request) => request.answeredAt ?? request.at));
    const shown = counts.slice(0, MAX_OPERATIONS_PER_PHASE).map(([operation, n]) => `${shortName(operation)} ${n}`);
    const hidden = counts.slice(MAX_OPERATIONS_PER_PHASE).reduce((sum, [, n]) => sum + n, 0);
    return [
      phase.name,
      seconds(phase.end - phase.start),
      phase.isObservation ? `${seconds(lastAnswer - phase.start)} + ${seconds(phase.end - lastAnswer)}` : '',
      String(phase.requests.length),
      String(counts.find(([operation]) => operation === TAG_READ)?.[1] ?? 0),
      seconds(busyMs(phase.requests)),
      [...shown, ...(hidden > 0 ? [`${hidden} other calls`] : [])].join(', '),
    ];
  });
  printTable(
    ['phase', 'wall', 'reads + planning', 'calls', 'tag reads', 'moto busy', 'most frequent calls'],
    rows,
    [1, 2, 3, 4, 5],
  );
  console.log(
    '  (tag reads: organizations:ListTagsForResource, one per declared account that exists plus one per catalogue SCP)',
  );
}

function printCalls(run: BenchRun) {
  const { requests } = run.apply;
  const mutating = requests.filter((request) => isMutatingOperation(request.operation)).length;
  console.log(`\nAPI calls of \`vend apply\`: ${requests.length} in all, ${mutating} of them mutating`);
  const timings = new Map<string, number[]>();
  for (const request of requests) {
    const list = timings.get(request.operation) ?? [];
    if (request.answeredAt !== undefined) list.push(request.answeredAt - request.at);
    timings.set(request.operation, list);
  }
  const rows = [...countByOperation(requests)].sort(byCallsThenName).map(([operation, calls]) => {
    const times = timings.get(operation) ?? [];
    const total = times.reduce((sum, time) => sum + time, 0);
    return [
      operation,
      String(calls),
      seconds(total),
      `${(times.length > 0 ? total / times.length : 0).toFixed(1)} ms`,
      `${Math.max(0, ...times).toFixed(0)} ms`,
    ];
  });
  printTable(['operation', 'calls', 'moto time', 'mean', 'max'], rows, [1, 2, 3, 4]);
  console.log('  (moto time: from the request reaching the proxy to moto answering; concurrent calls overlap)');
}

function printBudget(run: BenchRun, shape: ApplyBenchShape) {
  const counts = countByOperation(run.apply.requests);
  const starts = OPERATION_STARTS.map((operation) => [operation, counts.get(operation) ?? 0] as const);
  const startCalls = starts.reduce((sum, [, n]) => sum + n, 0);
  console.log('\nStackSet operations (budget of issue 4: exactly one per baseline)');
  console.log(
    `  calls that start one, at the proxy: ${startCalls} (${starts.map(([operation, n]) => `${shortName(operation)} ${n}`).join(', ')}); ` +
      `CreateStackSet, which starts none: ${counts.get('cloudformation:CreateStackSet') ?? 0}`,
  );
  const expectedInstances = shape.accounts * shape.regions.length;
  printTable(
    ['baseline', 'operations in moto', 'instances', 'budget'],
    run.after.stackSets.map((stackSet) => [
      stackSet.baseline,
      `${stackSet.actions.length}${stackSet.actions.length > 0 ? ` (${stackSet.actions.join(', ')})` : ''}`,
      `${stackSet.instances}/${expectedInstances}`,
      verdict(stackSet.actions.length === 1),
    ]),
    [2],
  );
  const met = run.after.stackSets.every((stackSet) => stackSet.actions.length === 1);
  console.log(
    `  exactly one per baseline: ${run.after.stackSets.map((stackSet) => stackSet.actions.length).join(' + ')} operations for ${run.after.stackSets.length} baselines  ${verdict(met)}`,
  );
}

function printOutcome(run: BenchRun, shape: ApplyBenchShape): boolean {
  const { report, after } = run;
  console.log('\nAccounts');
  console.log(
    `  created by apply (its report): ${report?.createdAccounts.length ?? 'unknown'}; adopted: ${report?.adoptedAccounts.length ?? 'unknown'}`,
  );
  console.log(
    `  in moto: ${after.organizationAccounts} accounts (management included); ${after.declaredPresentOnce}/${shape.accounts} declared emails present exactly once` +
      (after.declaredDuplicated > 0 ? `, ${after.declaredDuplicated} DUPLICATED` : ''),
  );
  if (report && (report.failures.length > 0 || report.pending.length > 0))
    console.log(`  apply reported ${report.failures.length} failure(s) and ${report.pending.length} pending change(s)`);

  const plan = run.followUp;
  console.log('\n`vend plan` after apply');
  if (!plan) {
    console.log(`  ✗ it failed (exit ${run.plan.code}):\n${tail(run.plan)}`);
    return false;
  }
  const { create, change, destroy } = plan.summary;
  const converged = plan.changes.length === 0 && plan.problems.length === 0;
  console.log(
    `  ${converged ? '✓' : '✗'} ${create} to create, ${change} to change, ${destroy} to destroy` +
      `${converged ? '' : `: ${plan.changes.length} change(s) and ${plan.problems.length} problem(s) left; apply did NOT converge`}` +
      ` (${seconds(run.plan.wallMs)}, ${run.plan.requests.length} API calls)`,
  );
  return converged;
}

function tail(run: VendRun, lines = 20): string {
  return run.stderrLines
    .slice(-lines)
    .map((line) => `    ${line.text}`)
    .join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const setup = benchmarkSetup(argv, 1, 'bench:apply');
  if ('exitCode' in setup) return setup.exitCode;
  const { runCount, root, cli } = setup;

  const workDir = mkdtempSync(join(tmpdir(), 'vend-bench-apply-'));
  let moto: MotoServer | undefined;
  let seedClients: SeedClients | undefined;
  let proxy: FaultProxy | undefined;
  // Ctrl-C reaches moto and the vend child too; the failures that follow end the run through `finally`.
  const ignoreInterrupt = () => undefined;
  process.on('SIGINT', ignoreInterrupt);
  try {
    const repository = join(workDir, 'repo');
    const shape = writeApplyBenchRepository(repository);
    const validation = spawnSync(process.execPath, [cli, 'validate', '--repo', repository], { encoding: 'utf8' });
    const validateOutput = `${validation.stdout}${validation.stderr}`.trim();
    if (validation.status !== 0 || !validateOutput.endsWith('no problems found.')) {
      console.error(`bench: the generated repository is not clean (exit ${validation.status}):\n${validateOutput}`);
      return 1;
    }
    const desired = runValidate({ repositoryRoot: repository }).desired;
    if (!desired) throw new Error('the generated repository passed `vend validate` but not runValidate');
    console.log(
      `Repository: ${shape.organizationalUnits} OUs, ${shape.scps} SCPs, ${shape.baselines} regional baselines, ` +
        `${shape.accounts} new accounts in ${shape.regions.join(' and ')}; ${validateOutput.split('\n').at(-1)}`,
    );

    const executable = await findMotoServer({ projectDir: root, log: (line) => console.log(`  ${line}`) });
    moto = await startMotoServer({ executable });
    proxy = await startFaultProxy({ target: moto.url, faultRate: 0 });
    const usageFile = join(workDir, 'usage.json');
    const probe = join(workDir, 'usage-probe.mjs');
    writeFileSync(probe, USAGE_PROBE);
    const ticksPerSecond = clockTicksPerSecond();

    const runs: BenchRun[] = [];
    for (let number = 1; number <= runCount; number++) {
      const credentials = await resetMoto(moto.url);
      if (seedClients) destroySeedClients(seedClients);
      seedClients = createSeedClients(awsTestClientConfig(moto.url, credentials));
      const seedStarted = performance.now();
      await seedApplyBenchOrganization(seedClients, desired);
      console.log(
        `Run ${number}: seeded moto (${executable}) in ${seconds(performance.now() - seedStarted)} with the ` +
          `organization, ${shape.organizationalUnits} OUs, ${shape.scps} SCPs and ${shape.baselines} empty StackSets`,
      );
      const env = { ...process.env };
      applyAwsTestEnv(proxy.url, credentials, env);
      env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --import ${pathToFileURL(probe).href}`.trim();
      env[USAGE_FILE_VARIABLE] = usageFile;

      proxy.reset();
      const motoCpuBefore = processCpuMs(moto.pid, ticksPerSecond);
      const apply = await runVend(
        cli,
        ['apply', '--repo', repository, '--auto-approve', '--format', 'json'],
        env,
        proxy,
        usageFile,
      );
      const motoCpuAfter = processCpuMs(moto.pid, ticksPerSecond);
      const report = parseJson<ApplyReport>(apply.stdout);
      const after = await census(seedClients, desired);
      proxy.reset();
      const plan = await runVend(cli, ['plan', '--repo', repository, '--format', 'json'], env, proxy, usageFile);
      const followUp = plan.code === 0 || plan.code === 1 ? parseJson<Plan>(plan.stdout) : undefined;
      const run: BenchRun = {
        apply,
        report,
        motoCpuMs: motoCpuBefore === undefined || motoCpuAfter === undefined ? undefined : motoCpuAfter - motoCpuBefore,
        after,
        plan,
        followUp: followUp?.summary ? followUp : undefined,
      };
      runs.push(run);
      console.log(`  apply: ${seconds(apply.wallMs)}, exit ${apply.code}; ${apply.requests.length} API calls`);
      if (apply.code !== 0 || !report) {
        console.error(`bench: vend apply failed (exit ${apply.code}); its last output:\n${tail(apply)}`);
        printOutcome(run, shape);
        return 1;
      }
    }

    const last = runs.at(-1)!;
    if (runs.length > 1) {
      const sameCounts = runs.every(
        (run) =>
          JSON.stringify([...countByOperation(run.apply.requests)]) ===
          JSON.stringify([...countByOperation(last.apply.requests)]),
      );
      console.log(
        `\nMedian wall time of ${runs.length} runs: ${seconds(median(runs.map((run) => run.apply.wallMs)))} ` +
          `(${runs.map((run) => seconds(run.apply.wallMs)).join(', ')}); API calls ${sameCounts ? 'the same in every run' : 'VARIED between runs'}. ` +
          'Details of the last run follow.',
      );
    }
    console.log(`Load average ${loadavg()[0]!.toFixed(2)} on ${availableParallelism()} CPUs`);
    printWhereTimeGoes(last);
    printCalls(last);
    printBudget(last, shape);
    return printOutcome(last, shape) ? 0 : 1;
  } catch (error) {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    if (proxy) await proxy.close();
    if (seedClients) destroySeedClients(seedClients);
    if (moto) await stopMotoServer(moto.pid);
    rmSync(workDir, { recursive: true, force: true });
    process.off('SIGINT', ignoreInterrupt);
  }
}
