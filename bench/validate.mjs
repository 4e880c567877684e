// Benchmarks `vend validate` as a user runs it: a whole `node dist/cli.js validate` process per measurement, on
// synthetic repositories of 100, 1,000 and 10,000 accounts (plus an empty one, for the fixed start-up cost) and on
// the example repository. It prints figures and compares them with the targets of issue 2; a missed target is
// reported, not fatal. It exits 1 only when the build fails or validate rejects a generated repository, because
// then the figures would measure the wrong thing.
//
// Usage: node bench/validate.mjs [--runs N]   (default 5 runs per repository; the median is reported)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { writeSyntheticRepository } from './synthetic-repository.mjs';

const REPOSITORY_ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(REPOSITORY_ROOT, 'dist', 'cli.js');
/** Account counts; the empty repository measures the fixed start-up that every run pays. */
const SIZES = [0, 100, 1000, 10000];
const TARGETS = { thousandMs: 1000, tenThousandMs: 6000, tenThousandMb: 400, coldStartMs: 500 };
/** Above this ratio of per-account cost beyond start-up (10,000 against 1,000 accounts), growth is superlinear. */
const LINEARITY_TOLERANCE = 1.3;
/**
 * Text that says a file carries the AWS SDK: esbuild's `// node_modules/<package>/…` comments in unminified
 * bundles, and the SDK's user-agent and documentation strings, which survive minification.
 */
const AWS_SDK_MARKERS = ['node_modules/@aws-sdk/', 'node_modules/@smithy/', 'aws-sdk-js'];
const GNU_TIME = '/usr/bin/time';

// Preload used when GNU time is missing: the child reports its own peak RSS (kilobytes on Linux) and CPU seconds
// at exit, in the same form as GNU time's USAGE_FORMAT.
const RESOURCE_USAGE_PRELOAD = `import { writeFileSync } from 'node:fs';
import process from 'node:process';
process.on('exit', () => {
  const usage = process.resourceUsage();
  const line = [usage.maxRSS, usage.userCPUTime / 1e6, usage.systemCPUTime / 1e6].join(' ');
  writeFileSync(process.env.VEND_BENCH_USAGE_FILE, line);
});
`;
/** Peak RSS in kilobytes, user and system CPU seconds. */
const USAGE_FORMAT = '%M %U %S';

// Preload and loader hooks that log every module validate loads: ES modules through the load hook, CommonJS
// modules through the shared require cache at exit.
const MODULE_LOG_PRELOAD = `import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
register('./module-log-hooks.mjs', import.meta.url);
process.on('exit', () => {
  const required = Object.keys(createRequire(import.meta.url).cache).map((file) => pathToFileURL(file).href);
  appendFileSync(process.env.VEND_BENCH_MODULE_LOG, required.map((url) => url + '\\n').join(''));
});
`;
const MODULE_LOG_HOOKS = `import { appendFileSync } from 'node:fs';
import process from 'node:process';
export async function load(url, context, nextLoad) {
  appendFileSync(process.env.VEND_BENCH_MODULE_LOG, url + '\\n');
  return nextLoad(url, context);
}
`;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** GNU time reports a child killed by signal N as exit status 128 + N; vend itself only exits 0, 1 or 2. */
function failIfInterrupted(result) {
  const signal = result.signal ?? (result.status > 128 ? `signal ${result.status - 128}` : null);
  if (signal) throw new Error(`a child process ended with ${signal}; benchmark aborted.`);
}

function buildDist() {
  console.log('Building dist/ (node scripts/build.mjs) …');
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: REPOSITORY_ROOT, stdio: 'inherit' });
  failIfInterrupted(result);
  if (result.status !== 0) throw new Error('the build failed; fix it before benchmarking.');
}

/** The last line of a side-channel file: GNU time puts "Command exited with non-zero status N" before it. */
function lastLine(file) {
  return readFileSync(file, 'utf8').trim().split('\n').at(-1);
}

function parseUsage(line) {
  const [peakKb, userSeconds, systemSeconds] = line.split(' ').map(Number);
  return { peakMb: peakKb / 1024, cpuMs: (userSeconds + systemSeconds) * 1000 };
}

/** GNU time gives the child's peak RSS without touching it; BusyBox and BSD time lack `-f`/`-o`. */
function gnuTimeWorks(workDir) {
  if (!existsSync(GNU_TIME)) return false;
  const output = join(workDir, 'time-probe.txt');
  const result = spawnSync(GNU_TIME, ['-f', USAGE_FORMAT, '-o', output, process.execPath, '-e', ''], {
    stdio: 'ignore',
  });
  return result.status === 0 && existsSync(output) && /^\d+ [\d.]+ [\d.]+$/.test(lastLine(output));
}

/** Runs one whole validate process; returns its wall time, CPU time, peak RSS, exit status and output. */
function createValidateRunner(workDir) {
  const usageFile = join(workDir, 'usage.txt');
  const spawnOptions = { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 };
  const timed = (command, args, options) => {
    // A stale file from the previous run would silently repeat its figures.
    rmSync(usageFile, { force: true });
    const started = performance.now();
    const result = spawnSync(command, args, { ...spawnOptions, ...options });
    const wallMs = performance.now() - started;
    failIfInterrupted(result);
    if (!existsSync(usageFile))
      throw new Error(`no resource usage was recorded for: ${args.join(' ')}\n${result.stderr}`);
    return { wallMs, ...parseUsage(lastLine(usageFile)), status: result.status, output: result.stdout + result.stderr };
  };
  if (gnuTimeWorks(workDir)) {
    return {
      method: `${GNU_TIME} (max RSS of the node process)`,
      run: (args, cwd) =>
        timed(GNU_TIME, ['-f', USAGE_FORMAT, '-o', usageFile, process.execPath, CLI, ...args], { cwd }),
    };
  }
  const preload = join(workDir, 'resource-usage.mjs');
  writeFileSync(preload, RESOURCE_USAGE_PRELOAD);
  return {
    method: 'process.resourceUsage().maxRSS from an --import preload',
    run: (args, cwd) =>
      timed(process.execPath, ['--import', pathToFileURL(preload).href, CLI, ...args], {
        cwd,
        env: { ...process.env, VEND_BENCH_USAGE_FILE: usageFile },
      }),
  };
}

function measure(runner, runs, args, cwd) {
  const samples = Array.from({ length: runs }, () => runner.run(args, cwd));
  return {
    wallMs: median(samples.map((sample) => sample.wallMs)),
    cpuMs: median(samples.map((sample) => sample.cpuMs)),
    allWallMs: samples.map((sample) => sample.wallMs),
    peakMb: Math.max(...samples.map((sample) => sample.peakMb)),
    statuses: [...new Set(samples.map((sample) => sample.status))],
    output: samples.at(-1).output,
  };
}

/**
 * Runs validate once with every loaded module logged, then checks that none of them is, or was bundled from,
 * the AWS SDK. Also reports how many files in dist/ do carry the SDK, so a pass is not vacuous by accident.
 */
function checkAwsSdkNotLoaded(workDir, repository) {
  const hooksDir = join(workDir, 'module-log');
  mkdirSync(hooksDir);
  writeFileSync(join(hooksDir, 'module-log-hooks.mjs'), MODULE_LOG_HOOKS);
  writeFileSync(join(hooksDir, 'preload.mjs'), MODULE_LOG_PRELOAD);
  const log = join(hooksDir, 'loaded.txt');
  writeFileSync(log, '');
  const result = spawnSync(
    process.execPath,
    ['--import', pathToFileURL(join(hooksDir, 'preload.mjs')).href, CLI, 'validate', '--repo', repository],
    { encoding: 'utf8', env: { ...process.env, VEND_BENCH_MODULE_LOG: log } },
  );
  failIfInterrupted(result);
  const loaded = [...new Set(readFileSync(log, 'utf8').split('\n').filter(Boolean))];
  const mentionsSdk = (text) => AWS_SDK_MARKERS.some((marker) => text.includes(marker));
  const loadedFiles = loaded.filter((url) => url.startsWith('file:'));
  const distDir = join(REPOSITORY_ROOT, 'dist');
  const distFilesWithSdk = readdirSync(distDir, { recursive: true })
    .filter((file) => file.endsWith('.js') && mentionsSdk(readFileSync(join(distDir, file), 'utf8')))
    .map((file) => `dist/${file}`);
  return {
    status: result.status,
    sawCli: loaded.includes(pathToFileURL(CLI).href),
    loadedFiles,
    sdkModules: loadedFiles.filter((url) => mentionsSdk(url) || mentionsSdk(readFileSync(fileURLToPath(url), 'utf8'))),
    distFilesWithSdk,
  };
}

const formatMs = (ms) => `${Math.round(ms)} ms`;
const verdict = (met) => (met ? 'met' : 'MISSED');

function printTable(rows) {
  const header = [
    'accounts',
    'wall time (median)',
    'CPU time (median)',
    'peak RSS MB',
    'ms per account',
    'all runs (ms)',
  ];
  const cells = rows.map(({ label, result, accounts }) => [
    label,
    formatMs(result.wallMs),
    formatMs(result.cpuMs),
    result.peakMb.toFixed(1),
    accounts ? (result.wallMs / accounts).toFixed(3) : '-',
    result.allWallMs.map((ms) => Math.round(ms)).join(', '),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((row) => row[column].length)));
  const line = (row) =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('-|-'));
  for (const row of cells) console.log(line(row));
}

function main() {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs '${values.runs}' must be a positive integer.`);

  buildDist();
  const workDir = mkdtempSync(join(tmpdir(), 'vend-bench-'));
  // Ctrl-C reaches the validate child too; keep the bench alive long enough to see that and clean up.
  process.on('SIGINT', () => {});
  try {
    const runner = createValidateRunner(workDir);
    const measured = new Map();
    const loadBefore = loadavg()[0];
    for (const size of SIZES) {
      const repository = join(workDir, `repo-${size}`);
      writeSyntheticRepository(repository, size);
      // The first run checks the generator and warms the file cache; it is not counted.
      const check = runner.run(['validate', '--repo', repository], REPOSITORY_ROOT);
      if (check.status !== 0) {
        throw new Error(
          `validate rejected the generated ${size}-account repository (exit ${check.status}); the generator or the validator is wrong:\n${check.output.split('\n').slice(0, 20).join('\n')}`,
        );
      }
      console.log(`${size} accounts: ${check.output.trim()}`);
      measured.set(size, measure(runner, runs, ['validate', '--repo', repository], REPOSITORY_ROOT));
    }
    runner.run(['validate'], REPOSITORY_ROOT);
    const example = measure(runner, runs, ['validate'], REPOSITORY_ROOT);
    const sdk = checkAwsSdkNotLoaded(workDir, join(workDir, 'repo-100'));

    console.log(
      `\nvend validate, node ${process.version}, median of ${runs} run(s) each; peak RSS = max over runs via ${runner.method}`,
    );
    // Other work on the machine inflates wall time but barely CPU time, so the load tells how far to trust the table.
    console.log(
      `load average (1 min) ${loadBefore.toFixed(2)} before and ${loadavg()[0].toFixed(2)} after, on ${availableParallelism()} CPUs\n`,
    );
    printTable([
      ...SIZES.map((size) => ({
        label: size === 0 ? '0 (start-up)' : size.toLocaleString('en-US'),
        result: measured.get(size),
        accounts: size,
      })),
      { label: 'example repo (cold start)', result: example },
    ]);

    const startUp = measured.get(0);
    const beyondStartUp = (size) => (measured.get(size).wallMs - startUp.wallMs) / size;
    const memoryPerAccountKb = (size) => ((measured.get(size).peakMb - startUp.peakMb) * 1024) / size;
    const thousand = measured.get(1000).wallMs;
    const tenThousand = measured.get(10000).wallMs;
    const linearityRatio = beyondStartUp(10000) / beyondStartUp(1000);
    const tenThousandMb = measured.get(10000).peakMb;
    const exampleExit = example.statuses.join('/');

    console.log(
      `\nLinearity (cost beyond the ${formatMs(startUp.wallMs)} start-up of an empty repository, per account)`,
    );
    for (const size of SIZES.filter((size) => size > 0)) {
      console.log(
        `  ${size.toLocaleString('en-US').padStart(6)} accounts: ${beyondStartUp(size).toFixed(3)} ms and ${memoryPerAccountKb(size).toFixed(1)} KB RSS per account`,
      );
    }
    console.log(`  10,000 vs 1,000 accounts: ×${linearityRatio.toFixed(2)} per account`);

    console.log('\nTargets');
    console.log(
      `  1,000 accounts ≤ 1 s:             ${formatMs(thousand)}  ${verdict(thousand <= TARGETS.thousandMs)}`,
    );
    console.log(
      `  10,000 accounts ≤ 6 s:            ${formatMs(tenThousand)}  ${verdict(tenThousand <= TARGETS.tenThousandMs)}`,
    );
    console.log(
      `  10,000 accounts ≤ 400 MB:         ${tenThousandMb.toFixed(1)} MB  ${verdict(tenThousandMb <= TARGETS.tenThousandMb)}`,
    );
    console.log(
      `  cost growth linear:               ×${linearityRatio.toFixed(2)} per account at 10,000 vs 1,000 (tolerance ×${LINEARITY_TOLERANCE})  ${verdict(linearityRatio <= LINEARITY_TOLERANCE)}`,
    );
    console.log(
      `  cold start, example repo ≤ 0.5 s: ${formatMs(example.wallMs)} (validate exit ${exampleExit})  ${verdict(example.wallMs <= TARGETS.coldStartMs)}`,
    );
    if (!example.statuses.every((status) => status === 0)) {
      console.log(
        `    note: the example repository does not validate cleanly yet:\n${example.output
          .split('\n')
          .slice(0, 10)
          .map((line) => `      ${line}`)
          .join('\n')}`,
      );
    }
    const sdkMet = sdk.status === 0 && sdk.sawCli && sdk.sdkModules.length === 0;
    console.log(`  validate does not load the AWS SDK: ${verdict(sdkMet)}`);
    console.log(
      `    ${sdk.loadedFiles.length} file modules loaded (dist/cli.js ${sdk.sawCli ? 'among them' : 'NOT seen: the module log is broken'}), ${sdk.sdkModules.length} of them AWS SDK code`,
    );
    for (const url of sdk.sdkModules) console.log(`      ${url}`);
    console.log(
      `    dist/ files that bundle AWS SDK code: ${sdk.distFilesWithSdk.length > 0 ? sdk.distFilesWithSdk.join(', ') : 'none yet'}`,
    );
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
