import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { runImport } from '../../src/commands/import.js';
import { runPlan } from '../../src/commands/plan.js';
import { createAwsClients, destroyAwsClients } from '../../src/observe/aws-clients.js';
import type { VendSettings } from '../../src/settings/settings.js';
import { MOTO_DEFAULT_ACCOUNT_ID, motoAnswers, resetMoto } from '../../scripts/emulator/moto-server.js';
import { motoFromGlobalSetup } from '../harness/aws-test-env.js';
import {
  EXAMPLE_REPOSITORY,
  fixtureRepository,
  removeFixtureRepositories,
  REPOSITORY_ROOT,
} from '../support/fixture-repository.js';

/** `npm run sandbox` as a newcomer uses it: start it, paste its export lines, run vend by hand, press Ctrl-C. */
const CLI = join(REPOSITORY_ROOT, 'dist', 'cli.js');
const moto = motoFromGlobalSetup();
afterAll(removeFixtureRepositories);

/** Applies the `unset` and `export NAME='value'` lines the sandbox prints, as a POSIX shell would. */
function environmentFrom(printed: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const line of printed.split('\n')) {
    if (line.startsWith('unset ')) for (const name of line.slice('unset '.length).split(' ')) delete env[name];
    const exported = /^export (\w+)='(.*)'$/.exec(line);
    if (exported) env[exported[1]!] = exported[2]!.replaceAll(`'\\''`, "'");
  }
  return env;
}

/** Resolves with everything the sandbox printed once it says how to stop it. */
function whenReady(sandbox: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let printed = '';
    let errors = '';
    sandbox.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      printed += chunk;
      if (printed.includes('Ctrl-C stops the emulator')) resolve(printed);
    });
    sandbox.stderr?.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
    sandbox.once('exit', (code) => reject(new Error(`the sandbox exited with ${code}:\n${printed}${errors}`)));
  });
}

test('vend plan and apply work by hand against the sandbox, and Ctrl-C stops its emulator', async () => {
  // The example organization, wherever an adopter's own organization has replaced it in the repository's root.
  const sandbox = spawn(
    process.execPath,
    ['scripts/run-typescript.mjs', 'scripts/sandbox.ts', '--repo', EXAMPLE_REPOSITORY],
    {
      cwd: REPOSITORY_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const scratch = mkdtempSync(join(tmpdir(), 'vend-sandbox-'));
  try {
    const printed = await whenReady(sandbox);
    expect(printed).toMatch(
      /organization o-\w+, management account 111111111111 \(from baselines\/organization.yaml\)/,
    );
    // The next step it prints is one that works on this repository's first, high-impact plan.
    expect(printed).toContain(
      `then: npx vend plan --repo '${EXAMPLE_REPOSITORY}' --out plan.json && npx vend apply --repo '${EXAMPLE_REPOSITORY}' --plan plan.json --allow-high-impact`,
    );
    const env = environmentFrom(printed);
    const vend = (...args: string[]) =>
      spawnSync(process.execPath, [CLI, ...args, '--repo', EXAMPLE_REPOSITORY], { env, encoding: 'utf8' });

    const plan = vend('plan', '--out', join(scratch, 'plan.json'));
    expect({ status: plan.status, stderr: plan.stderr }).toMatchObject({ status: 0 });
    expect(plan.stdout).toMatch(/^Plan: [1-9]\d* to create, \d+ to change, 0 to destroy\.$/m);
    const apply = vend('apply', '--plan', join(scratch, 'plan.json'), '--allow-high-impact');
    expect({ status: apply.status, stderr: apply.stderr }).toMatchObject({ status: 0 });
    expect(vend('plan').stdout).toMatch(/^Plan: 0 to create, 0 to change, 0 to destroy\.$/m);

    const exited = new Promise((resolve) => sandbox.once('exit', resolve));
    sandbox.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(await motoAnswers(env.AWS_ENDPOINT_URL!)).toBe(false);
  } finally {
    if (sandbox.exitCode === null) sandbox.kill('SIGTERM');
    rmSync(scratch, { recursive: true, force: true });
  }
});

test('an administration role with an IAM path, which the bootstrap stack cannot make, is refused before the emulator starts', () => {
  const organization = readFileSync(join(EXAMPLE_REPOSITORY, 'baselines/organization.yaml'), 'utf8');
  const root = fixtureRepository(
    { 'baselines/organization.yaml': organization.replace(':role/AWSCloud', ':role/platform/AWSCloud') },
    EXAMPLE_REPOSITORY,
  );
  const sandbox = spawnSync(process.execPath, ['scripts/run-typescript.mjs', 'scripts/sandbox.ts', '--repo', root], {
    cwd: REPOSITORY_ROOT,
    encoding: 'utf8',
    // Started anyway, it would run until stopped: the test fails instead of waiting.
    timeout: 60_000,
  });
  expect(sandbox.status).toBe(2);
  expect(sandbox.stderr).toContain('has the IAM path /platform/, but the bootstrap stack the sandbox deploys');
  expect(sandbox.stdout).not.toContain('Vend sandbox:');
});

test('against an emulator without an organization, plan says so and points at the sandbox', async () => {
  await resetMoto(moto.url);
  const clients = createAwsClients({ region: 'us-east-1', credentials: moto.credentials });
  try {
    const settings: VendSettings = {
      command: 'plan',
      repositoryRoot: EXAMPLE_REPOSITORY,
      outputFormat: 'text',
      comment: false,
      allowDestructive: false,
      allowHighImpact: false,
      autoApprove: false,
    };
    await expect(runPlan(settings, { clients })).rejects.toThrow(
      `The AWS endpoint ${moto.url} (AWS_ENDPOINT_URL) has no organization for account 111111111111. If it is an emulator, it starts empty: run \`npm run sandbox\``,
    );
  } finally {
    destroyAwsClients(clients);
  }
});

test('an emulator reset under stale exports: the missing organization is named, not the account the keys now map to', async () => {
  await resetMoto(moto.url);
  // A reset forgets the keys moto issued, so the sandbox's old access key acts as moto's default account.
  const stale = { accessKeyId: 'AKIASTALESANDBOXKEY1', secretAccessKey: 'testing' };
  const clients = createAwsClients({ region: 'us-east-1', credentials: stale });
  const settings = (command: 'plan' | 'import', repositoryRoot: string): VendSettings => ({
    command,
    repositoryRoot,
    outputFormat: 'text',
    comment: false,
    allowDestructive: false,
    allowHighImpact: false,
    autoApprove: false,
  });
  const scratch = mkdtempSync(join(tmpdir(), 'vend-import-'));
  try {
    const named = `The AWS endpoint ${moto.url} (AWS_ENDPOINT_URL) has no organization for account ${MOTO_DEFAULT_ACCOUNT_ID}.`;
    const empty = 'If it is an emulator, it starts empty: run `npm run sandbox`';
    // Plan knows the declared management account, so it names the keys as another account's too.
    await expect(runPlan(settings('plan', EXAMPLE_REPOSITORY), { clients })).rejects.toThrow(
      `${named} The keys are not for management account 111111111111, which baselines/organization.yaml declares`,
    );
    await expect(runPlan(settings('plan', EXAMPLE_REPOSITORY), { clients })).rejects.toThrow(empty);
    await expect(runImport(settings('import', scratch), { clients })).rejects.toThrow(`${named} ${empty}`);
  } finally {
    destroyAwsClients(clients);
    rmSync(scratch, { recursive: true, force: true });
  }
});
