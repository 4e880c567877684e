// `npm run demo`: the embedded default. Runs the whole flow on this repository against a local AWS emulator,
// as the real CLI, so what it shows is what vend does.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetRoleCommand, IAMClient, ListRolesCommand } from '@aws-sdk/client-iam';
import {
  DetachPolicyCommand,
  ListAccountsCommand,
  ListOrganizationalUnitsForParentCommand,
  ListPoliciesCommand,
  ListRootsCommand,
  OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { applyEmulatorEnvironment, emulatorEnvironment } from './emulator/emulator-environment.js';
import { findMotoServer, resetMoto, startMotoServer, stopMotoServer } from './emulator/moto-server.js';
import { createOrganization } from './emulator/organization.js';

// npm runs scripts from the package root; the bundled script itself lives under node_modules/.cache/.
const REPOSITORY = process.cwd();
const CLI = join(REPOSITORY, 'dist', 'cli.js');
const REGION = 'us-east-1';

// Bold step headings on a terminal only, and never when NO_COLOR is set (https://no-color.org).
const bold = process.stdout.isTTY && !process.env.NO_COLOR ? (text: string) => `\x1b[1m${text}\x1b[0m` : String;
const step = (number: number, text: string) => process.stdout.write(`\n${bold(`[${number}/8] ${text}`)}\n`);

/** Runs the bundled CLI with the emulator's endpoint and credentials, streaming its output. */
function vend(
  args: string[],
  env: NodeJS.ProcessEnv,
  options: { capture?: boolean } = {},
): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args, '--repo', REPOSITORY], {
      env,
      stdio: ['ignore', options.capture ? 'pipe' : 'inherit', 'inherit'],
    });
    let stdout = '';
    child.stdout?.on('data', (chunk) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout }));
  });
}

async function expectSuccess(label: string, run: Promise<{ code: number; stdout: string }>) {
  return expectExit(label, run, 0);
}

async function expectExit(label: string, run: Promise<{ code: number; stdout: string }>, code: number) {
  const result = await run;
  if (result.code !== code) throw new Error(`${label} exited with ${result.code}, not ${code}`);
  return result;
}

export async function main(): Promise<number> {
  // The SDK's Node 20 end-of-support notice is for vend's maintainers, not for someone trying the demo.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  step(1, 'Starting the local AWS emulator (moto)');
  const executable = await findMotoServer({ projectDir: REPOSITORY, log: (line) => console.log(`  ${line}`) });
  const moto = await startMotoServer({ executable });
  console.log(`  ${executable} listening on ${moto.url}`);
  try {
    const credentials = await resetMoto(moto.url);
    const clientConfig = { endpoint: moto.url, region: REGION, credentials };
    const env: NodeJS.ProcessEnv = { ...process.env };
    applyEmulatorEnvironment(emulatorEnvironment(moto.url, credentials, REGION), env);

    step(2, 'Creating an organization whose management account matches baselines/organization.yaml');
    const organization = await createOrganization(clientConfig);
    console.log(
      `  organization ${organization.organizationId}, management account ${organization.managementAccountId}`,
    );

    step(
      3,
      'vend validate → vend plan --out plan.json → vend apply --plan plan.json --allow-high-impact, on this repository',
    );
    await expectSuccess('vend validate', vend(['validate'], env));
    // The saved plan is what a reviewer approves; apply carries out exactly it and nothing else. A first apply
    // attaches SCPs at the root and deploys roles: high impact, which the reviewer here allows.
    const planDirectory = mkdtempSync(join(tmpdir(), 'vend-demo-'));
    const planFile = join(planDirectory, 'plan.json');
    try {
      await expectSuccess('vend plan', vend(['plan', '--out', planFile], env));
      await expectSuccess('vend apply', vend(['apply', '--plan', planFile, '--allow-high-impact'], env));
    } finally {
      rmSync(planDirectory, { recursive: true, force: true });
    }

    step(4, 'Planning again: the organization now matches the repository');
    const again = await expectSuccess('vend plan', vend(['plan'], env, { capture: true }));
    console.log(
      again.stdout
        .split('\n')
        .filter((line) => line.startsWith('Plan:') || line.startsWith('No changes'))
        .join('\n'),
    );

    step(5, 'Assuming a role into a vended account and listing its baseline roles');
    await showBaselineRoles(clientConfig);

    // --fail-on-drift makes any finding exit 1: the freshly applied organization must have none.
    step(6, 'vend drift --fail-on-drift: the freshly applied organization has no drift');
    await expectSuccess('vend drift', vend(['drift', '--fail-on-drift'], env));

    step(7, 'Detaching SCP require-imdsv2 from Workloads/Prod by hand, then vend drift again');
    await detachByHand(clientConfig, 'require-imdsv2', ['Workloads', 'Prod']);
    await expectExit('vend drift after the change', vend(['drift', '--fail-on-drift'], env), 1);
    return 0;
  } finally {
    step(8, 'Stopping the emulator');
    await stopMotoServer(moto.pid);
  }
}

async function showBaselineRoles(clientConfig: {
  endpoint: string;
  region: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
}) {
  const organizations = new OrganizationsClient(clientConfig);
  const sts = new STSClient(clientConfig);
  try {
    const { Accounts = [] } = await organizations.send(new ListAccountsCommand({}));
    const account =
      Accounts.find((candidate) => candidate.Name === 'payments-prod') ??
      Accounts.find((candidate) => candidate.Id !== '111111111111');
    if (!account?.Id) throw new Error('no vended account found');
    const roleArn = `arn:aws:iam::${account.Id}:role/OrganizationAccountAccessRole`;
    const { Credentials } = await sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'vend-demo' }));
    console.log(`  assumed ${roleArn}`);
    const iam = new IAMClient({
      ...clientConfig,
      credentials: {
        accessKeyId: Credentials!.AccessKeyId!,
        secretAccessKey: Credentials!.SecretAccessKey!,
        sessionToken: Credentials!.SessionToken!,
      },
    });
    const { Roles = [] } = await iam.send(new ListRolesCommand({ PathPrefix: '/platform/' }));
    for (const summary of Roles) {
      const { Role } = await iam.send(new GetRoleCommand({ RoleName: summary.RoleName! }));
      console.log(
        `  ${Role?.Path}${Role?.RoleName}  boundary: ${Role?.PermissionsBoundary?.PermissionsBoundaryArn ?? 'NONE'}`,
      );
    }
    iam.destroy();
  } finally {
    organizations.destroy();
    sts.destroy();
  }
}

/** An out-of-band change, as someone with console access would make it: detach an SCP from an OU. */
async function detachByHand(
  clientConfig: { endpoint: string; region: string; credentials: { accessKeyId: string; secretAccessKey: string } },
  policyName: string,
  ouPath: string[],
) {
  const organizations = new OrganizationsClient(clientConfig);
  try {
    const { Roots = [] } = await organizations.send(new ListRootsCommand({}));
    let parentId = Roots[0]?.Id ?? '';
    for (const name of ouPath) {
      const { OrganizationalUnits = [] } = await organizations.send(
        new ListOrganizationalUnitsForParentCommand({ ParentId: parentId }),
      );
      parentId = OrganizationalUnits.find((unit) => unit.Name === name)?.Id ?? '';
    }
    const { Policies = [] } = await organizations.send(new ListPoliciesCommand({ Filter: 'SERVICE_CONTROL_POLICY' }));
    const policyId = Policies.find((policy) => policy.Name === policyName)?.Id;
    if (!policyId || !parentId) throw new Error(`cannot find SCP ${policyName} or OU ${ouPath.join('/')}`);
    await organizations.send(new DetachPolicyCommand({ PolicyId: policyId, TargetId: parentId }));
    console.log(`  detached ${policyName} (${policyId}) from ${ouPath.join('/')} (${parentId})`);
  } finally {
    organizations.destroy();
  }
}
