import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ACTION = fileURLToPath(new URL('../../dist/index.js', import.meta.url));

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
}

export interface ActionInvocation {
  inputs: Record<string, string>;
  workspace: string;
  /** GITHUB_* and AWS_* variables; the runner's files (summary, outputs, event) are created here. */
  env?: Record<string, string>;
  event?: { name: string; payload: object };
}

/**
 * Runs dist/index.js the way the runner does: inputs as INPUT_* variables, an event payload file, and the step
 * summary and output files. Asynchronous, so loopback servers in the test process keep answering meanwhile.
 */
export async function runAction({ inputs, workspace, env = {}, event }: ActionInvocation): Promise<ActionRun> {
  const scratch = mkdtempSync(join(tmpdir(), 'vend-action-'));
  const files = {
    GITHUB_STEP_SUMMARY: join(scratch, 'summary.md'),
    GITHUB_OUTPUT: join(scratch, 'output'),
    GITHUB_EVENT_PATH: join(scratch, 'event.json'),
  };
  writeFileSync(files.GITHUB_STEP_SUMMARY, '');
  writeFileSync(files.GITHUB_OUTPUT, '');
  writeFileSync(files.GITHUB_EVENT_PATH, JSON.stringify(event?.payload ?? {}));
  const childEnv: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/tmp',
    GITHUB_WORKSPACE: workspace,
    ...files,
    ...env,
  };
  if (event) childEnv.GITHUB_EVENT_NAME = event.name;
  for (const [name, value] of Object.entries(inputs)) childEnv[`INPUT_${name.toUpperCase()}`] = value;
  const child = spawn(process.execPath, [ACTION], { env: childEnv, cwd: workspace });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const outputs: Record<string, string> = {};
  for (const match of readFileSync(files.GITHUB_OUTPUT, 'utf8').matchAll(/^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm))
    outputs[match[1]!] = match[3]!;
  return { status, stdout, stderr, summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'), outputs };
}
