// What the benchmarks share: finding the checkout they run from, and printing figures the same way.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/**
 * The checkout this file belongs to. scripts/run-typescript.mjs runs a bundle from node_modules/.cache/, so
 * import.meta.url alone does not say where the repository is; the runner script marks its root.
 */
export function repositoryRoot(): string {
  for (let directory = dirname(fileURLToPath(import.meta.url)); ; directory = dirname(directory)) {
    if (existsSync(join(directory, 'scripts', 'run-typescript.mjs'))) return directory;
    if (dirname(directory) === directory) throw new Error('cannot find the repository root above this script');
  }
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Milliseconds as seconds with two decimals: `12.34 s`. */
export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** A table indented by two spaces, columns padded to their widest cell; `rightAligned` columns are numbers. */
export function printTable(header: string[], rows: string[][], rightAligned: number[] = []) {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    row
      .map((cell, column) =>
        rightAligned.includes(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!),
      )
      .join('  ')
      .trimEnd();
  console.log(`  ${line(header)}`);
  console.log(`  ${widths.map((width) => '-'.repeat(width)).join('  ')}`);
  for (const row of rows) console.log(`  ${line(row)}`);
}

/**
 * What every benchmark starts from: `--runs N` (a positive integer, `defaultRuns` when absent) and the built CLI of
 * this checkout. Either, or the exit code and the message already printed: 2 for bad arguments, 1 without dist/.
 */
export function benchmarkSetup(
  argv: string[],
  defaultRuns: number,
  script: string,
): { runCount: number; root: string; cli: string } | { exitCode: number } {
  const { values } = parseArgs({ args: argv, options: { runs: { type: 'string', default: String(defaultRuns) } } });
  const runCount = Number(values.runs);
  if (!Number.isInteger(runCount) || runCount < 1) {
    console.error(`bench: --runs '${values.runs}' must be a positive integer.`);
    return { exitCode: 2 };
  }
  const root = repositoryRoot();
  const cli = join(root, 'dist', 'cli.js');
  if (!existsSync(cli)) {
    console.error(`bench: ${cli} is missing; build it with \`node scripts/build.mjs\` (npm run ${script} does).`);
    return { exitCode: 1 };
  }
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  return { runCount, root, cli };
}

/** The JSON a vend process printed, or undefined when it printed something else. */
export function parseJson<T>(text: string): T | undefined {
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

/**
 * Runs one vend process and collects what it printed. Must not block the event loop: the counting proxies the
 * benchmarks read live in this process.
 */
export function runVend(cli: string, args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ wallMs: number; code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [cli, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (code) => resolve({ wallMs: performance.now() - started, code, stdout, stderr }));
  });
}
