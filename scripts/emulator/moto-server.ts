import { spawn, execFile } from 'node:child_process';
import { constants as fsConstants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';

import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';

/**
 * Finds, starts, resets and stops moto_server, the local AWS emulator that the integration tests, `npm run demo`
 * and `npm run sandbox` run vend against. Development tooling only: nothing under src/ imports it.
 */

const execFileAsync = promisify(execFile);

const MOTO_INSTALL_INSTRUCTIONS =
  "Install moto with `pip install 'moto[server]'` so that `moto_server` is on PATH, " +
  'or set MOTO_SERVER to the path of a moto_server executable.';

export interface MotoDiscoveryOptions {
  /** Environment to read PATH and MOTO_SERVER from, and to run python in. Defaults to process.env. */
  env?: NodeJS.ProcessEnv;
  /** Directory that holds (or will hold) the `.venv/` fallback. Defaults to the current directory. */
  projectDir?: string;
  /** Python used to create the virtual environment. Defaults to `python3`, looked up in env.PATH. */
  python?: string;
  /** Progress lines for the slow pip branch. */
  log?: (line: string) => void;
}

async function isExecutableFile(file: string): Promise<boolean> {
  try {
    await access(file, fsConstants.X_OK);
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

async function findOnPath(name: string, pathValue: string | undefined): Promise<string | undefined> {
  for (const dir of (pathValue ?? '').split(path.delimiter)) {
    // An empty PATH entry means the current directory to a shell; never run a moto_server found that way.
    if (dir === '') continue;
    const candidate = path.join(dir, name);
    if (await isExecutableFile(candidate)) return candidate;
  }
  return undefined;
}

function tail(text: string, lines = 15): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

function describeFailure(error: unknown): string {
  if (error && typeof error === 'object') {
    const { stderr, message } = error as { stderr?: unknown; message?: unknown };
    if (typeof stderr === 'string' && stderr.trim() !== '') return tail(stderr);
    if (typeof message === 'string') return message;
  }
  return String(error);
}

async function installIntoProjectVenv(options: MotoDiscoveryOptions): Promise<string> {
  const env = options.env ?? process.env;
  const venv = path.join(options.projectDir ?? process.cwd(), '.venv');
  const venvMotoServer = path.join(venv, 'bin', 'moto_server');
  if (await isExecutableFile(venvMotoServer)) return venvMotoServer;

  const python = options.python ?? 'python3';
  const run = async (command: string, args: string[]): Promise<void> => {
    options.log?.(`$ ${command} ${args.join(' ')}`);
    await execFileAsync(command, args, { env, timeout: 10 * 60_000, maxBuffer: 16 * 1024 * 1024 });
  };
  await run(python, ['-m', 'venv', venv]);
  await run(path.join(venv, 'bin', 'python'), ['-m', 'pip', 'install', 'moto[server]']);
  if (!(await isExecutableFile(venvMotoServer))) {
    throw new Error(`pip finished but ${venvMotoServer} is not an executable file`);
  }
  return venvMotoServer;
}

/**
 * Locates a moto_server executable: `moto_server` on PATH, else the MOTO_SERVER variable, else a pip install
 * into `<projectDir>/.venv`. Throws with install instructions when all three fail; the integration suite must
 * never pass by quietly skipping the emulator.
 */
export async function findMotoServer(options: MotoDiscoveryOptions = {}): Promise<string> {
  const env = options.env ?? process.env;
  const onPath = await findOnPath('moto_server', env.PATH);
  if (onPath) return onPath;

  const configured = env.MOTO_SERVER;
  if (configured !== undefined && configured !== '') {
    // A variable someone set on purpose but got wrong is reported as such, rather than papered over by a
    // ten-minute pip install.
    if (await isExecutableFile(configured)) return configured;
    throw new Error(
      `MOTO_SERVER is '${configured}', which is not an executable file. ` +
        'Expected the path of a moto_server executable. ' +
        MOTO_INSTALL_INSTRUCTIONS,
    );
  }

  try {
    return await installIntoProjectVenv(options);
  } catch (error) {
    throw new Error(
      'moto_server was not found on PATH, MOTO_SERVER is not set, and installing it into .venv/ failed:\n' +
        `${describeFailure(error)}\n` +
        MOTO_INSTALL_INSTRUCTIONS,
      { cause: error },
    );
  }
}

/** Asks the kernel for a free loopback port by binding port 0, then releases it for moto to take. */
async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      if (address === null || typeof address === 'string') {
        probe.close();
        reject(new Error('could not read the port of a probe socket'));
        return;
      }
      probe.close(() => resolve(address.port));
    });
  });
}

/** Matches `managementAccountId` in the example baselines/organization.yaml. */
export const MOTO_MANAGEMENT_ACCOUNT_ID = '111111111111';

/**
 * Any access key id moto has not issued acts as moto's built-in default account. Tests use it as "credentials of
 * the wrong account".
 */
export const MOTO_DEFAULT_ACCOUNT_ID = '123456789012';

// moto's random generator is reseeded with this before it issues the management credentials, so every reset
// hands out the same access key id and process.env stays valid for the whole run.
const IDENTITY_SEED = 1111;

/** moto checks no signatures: the access key id alone says which account a request acts as. */
export interface MotoCredentials {
  accessKeyId: string;
  secretAccessKey: string;
}

export interface MotoServer {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  pid: number;
}

export interface StartMotoOptions {
  /** Path of moto_server; found with findMotoServer() when omitted. */
  executable?: string;
  /** How long to wait for moto to answer. */
  startTimeoutMs?: number;
}

/** Whether moto answers HTTP at `url` within two seconds. */
export async function motoAnswers(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/moto-api/config`, { signal: AbortSignal.timeout(2_000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

/** Whether the process still exists; a busy moto that is slow to answer HTTP still counts as running. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isRunning(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

/** Stops a moto_server by process id: SIGTERM, then SIGKILL if it is still there after five seconds. */
export async function stopMotoServer(pid: number): Promise<void> {
  if (!isRunning(pid)) return;
  process.kill(pid, 'SIGTERM');
  if (await waitUntilGone(pid, 5_000)) return;
  process.kill(pid, 'SIGKILL');
  await waitUntilGone(pid, 5_000);
}

/**
 * Starts moto_server on 127.0.0.1 and a free port, and resolves once it answers HTTP.
 *
 * MOTO_ACCOUNT_ID is removed from moto's environment on purpose: moto 5.2.1 gives that variable priority over the
 * caller's access key (moto/core/responses.py, get_current_account), so with it set a role assumed in a member
 * account would still act on the management account. resetMoto() issues management credentials instead.
 */
export async function startMotoServer(options: StartMotoOptions = {}): Promise<MotoServer> {
  const executable = options.executable ?? (await findMotoServer());
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  const env = { ...process.env };
  delete env.MOTO_ACCOUNT_ID;
  const child = spawn(executable, ['-H', '127.0.0.1', '-p', String(port)], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    // moto logs every request to stderr; keep only the recent part for error messages.
    stderr = (stderr + chunk).slice(-8_000);
  });
  let spawnError: Error | undefined;
  child.once('error', (error) => {
    spawnError = error;
  });

  const timeoutMs = options.startTimeoutMs ?? 30_000;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const exited = spawnError !== undefined || child.exitCode !== null || child.signalCode !== null;
    if (exited || Date.now() > deadline) {
      if (child.pid !== undefined) await stopMotoServer(child.pid);
      const reason = spawnError
        ? `could not be started (${spawnError.message})`
        : exited
          ? `exited with ${child.exitCode ?? child.signalCode}`
          : `did not answer on ${url} within ${timeoutMs} ms`;
      throw new Error(`moto_server (${executable}) ${reason}. Its last output:\n${tail(stderr) || '(none)'}`);
    }
    if (await motoAnswers(url)) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (child.pid === undefined) throw new Error(`moto_server (${executable}) has no process id`);
  // Keep draining stderr (moto would block on a full pipe) without letting the server or its pipe keep Node's
  // event loop alive.
  child.unref();
  (child.stderr as { unref?: () => void } | null)?.unref?.();
  return { url, pid: child.pid };
}

async function postMotoApi(url: string, pathAndQuery: string): Promise<void> {
  const response = await fetch(`${url}${pathAndQuery}`, { method: 'POST' });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`POST ${url}${pathAndQuery} answered HTTP ${response.status}`);
}

/**
 * Empties every moto backend (organizations, accounts, IAM, StackSets, issued credentials) and issues fresh
 * credentials for `accountId` (default MOTO_MANAGEMENT_ACCOUNT_ID), which become that account's management
 * credentials once they create an organization. moto derives the account from the access key id alone and checks
 * no signatures, and the key id is the same after every reset.
 */
export async function resetMoto(url: string, accountId = MOTO_MANAGEMENT_ACCOUNT_ID): Promise<MotoCredentials> {
  await postMotoApi(url, '/moto-api/reset');
  await postMotoApi(url, `/moto-api/seed?a=${IDENTITY_SEED}`);
  // Assuming a role in another account is moto's documented way to switch accounts; the role need not exist.
  const sts = new STSClient({
    endpoint: url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
    maxAttempts: 1,
  });
  try {
    const { Credentials } = await sts.send(
      new AssumeRoleCommand({
        RoleArn: `arn:aws:iam::${accountId}:role/vend-emulator-management`,
        RoleSessionName: 'vend-emulator',
      }),
    );
    if (!Credentials?.AccessKeyId) throw new Error(`moto at ${url} returned no credentials from AssumeRole`);
    return { accessKeyId: Credentials.AccessKeyId, secretAccessKey: 'testing' };
  } finally {
    sts.destroy();
  }
}
