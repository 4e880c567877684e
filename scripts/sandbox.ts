// `npm run sandbox`: a local AWS organization to try vend by hand. It starts the emulator, creates the organization
// that baselines/organization.yaml declares (its management account, all features), deploys the bootstrap stack in
// it, prints the shell lines that point vend at it, and keeps running until Ctrl-C, which stops the emulator.
//
// A script rather than a `vend sandbox` command: it starts processes and may pip-install moto, which has no place
// in the bundle the GitHub Action runs with organization-admin credentials. vend itself needs no change to use the
// sandbox: the SDK's standard AWS_ENDPOINT_URL points it there.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

import type { OrganizationDocument } from '../src/config/documents.js';
import { readRepository } from '../src/config/repository.js';
import { rolePath } from '../src/config/rules/stack-set-rules.js';
import { BOOTSTRAP_STACK_NAME, deployBootstrapStack } from './emulator/bootstrap-stack.js';
import { emulatorEnvironment, shellLines } from './emulator/emulator-environment.js';
import { findMotoServer, isRunning, resetMoto, startMotoServer, stopMotoServer } from './emulator/moto-server.js';
import type { MotoServer } from './emulator/moto-server.js';
import { createOrganization } from './emulator/organization.js';

const USAGE = 'Usage: npm run sandbox [-- --repo DIR]   (DIR holds baselines/organization.yaml; default: here)';
// The sandbox's bootstrap stack trusts a placeholder repository: the emulator evaluates no IAM policy, so the roles
// are there to be read, and they read like those of the README's example.
const PLACEHOLDER_REPOSITORY = { GitHubOwner: 'example-org', GitHubRepository: 'aws-organization' };
const HEALTH_CHECK_MS = 5_000;

/** Exit code: 0 after Ctrl-C (or SIGTERM) stopped the emulator; 1 when it died on its own; 2 when it never started. */
export async function main(argv: string[]): Promise<number> {
  const declared = declaredOrganization(argv);
  if (typeof declared === 'string') return (console.error(declared), 2);
  // The SDK's Node 20 end-of-support notice is for vend's maintainers, not for someone trying vend.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  // npm runs scripts from vend's own checkout: moto's .venv and the bootstrap template live there.
  const vendRoot = process.cwd();
  let moto: MotoServer | undefined;
  try {
    const executable = await findMotoServer({ projectDir: vendRoot, log: (line) => console.error(`  ${line}`) });
    moto = await startMotoServer({ executable });
    const stopped = whenStopped(moto.pid);
    console.log(`Vend sandbox: ${executable} on ${moto.url}\n${await prepare(moto.url, declared, vendRoot)}`);
    return await stopped();
  } catch (error) {
    if (moto) await stopMotoServer(moto.pid);
    console.error(`vend sandbox: ${(error as Error).message}`);
    return 2;
  }
}

/** The management account and home region organization.yaml declares, or what to say when it cannot be read. */
function declaredOrganization(argv: string[]): (OrganizationDocument & { repositoryRoot: string }) | string {
  let repositoryRoot: string;
  try {
    const { values } = parseArgs({ args: argv, options: { repo: { type: 'string' } }, strict: true });
    repositoryRoot = resolve(values.repo ?? '.');
  } catch (error) {
    return `${(error as Error).message}\n${USAGE}`;
  }
  const organization = readRepository(repositoryRoot).repository.organization?.value;
  const path = rolePath(organization?.stackSets?.administrationRoleArn ?? '');
  // The bootstrap stack makes the role at path /: a rehearsal with another role would pass where AWS fails.
  if (path !== undefined)
    return `vend sandbox: administrationRoleArn in ${repositoryRoot}/baselines/organization.yaml has the IAM path ${path}, but the bootstrap stack the sandbox deploys (as you would in AWS) makes its StackSet administration role at path /, and its apply role may pass only that one. Name the bootstrap stack's role (no path), then run the sandbox again.`;
  return organization
    ? { ...organization, repositoryRoot }
    : `vend sandbox: ${repositoryRoot}/baselines/organization.yaml is missing or invalid, so there is no management ` +
        'account to create. Run `npx vend validate` there to see why.';
}

/**
 * The bootstrap stack's parameters that must agree with organization.yaml's stackSets: the apply role may act only
 * on StackSets of the declared prefix, through the declared roles. The emulator checks no IAM policy, so a stack
 * deployed with its defaults would let a mismatch through the rehearsal that the real organization refuses.
 */
function bootstrapParameters({ stackSets }: OrganizationDocument): Record<string, string> {
  return {
    ...PLACEHOLDER_REPOSITORY,
    StackSetNamePrefix: stackSets.namePrefix,
    ...(stackSets.executionRoleName ? { ExecutionRoleName: stackSets.executionRoleName } : {}),
    ...(stackSets.administrationRoleArn
      ? {
          StackSetAdministrationRoleName: stackSets.administrationRoleArn.slice(
            stackSets.administrationRoleArn.lastIndexOf('/') + 1,
          ),
        }
      : {}),
  };
}

/** Creates the organization and the bootstrap stack in the emulator; returns what to tell the person. */
async function prepare(
  url: string,
  declared: OrganizationDocument & { repositoryRoot: string },
  vendRoot: string,
): Promise<string> {
  const { managementAccountId, homeRegion, repositoryRoot } = declared;
  const credentials = await resetMoto(url, managementAccountId);
  const config = { endpoint: url, region: homeRegion, credentials };
  const organization = await createOrganization(config);
  const outputs = await deployBootstrapStack(config, vendRoot, bootstrapParameters(declared));
  // Quoted for a POSIX shell: the directory is the person's own, but may hold spaces.
  const repo = repositoryRoot === resolve(vendRoot) ? '' : ` --repo '${repositoryRoot.replace(/'/g, "'\\''")}'`;
  return [
    `  organization ${organization.organizationId}, management account ${organization.managementAccountId} (from baselines/organization.yaml), all features`,
    `  bootstrap stack ${BOOTSTRAP_STACK_NAME}: ${Object.values(outputs).sort().join(', ')}`,
    '',
    'In another terminal, in this repository, point vend at the sandbox:',
    '',
    ...shellLines(emulatorEnvironment(url, credentials, homeRegion)),
    '',
    `then: npx vend plan${repo} --out plan.json && npx vend apply${repo} --plan plan.json --allow-high-impact`,
    '(a first apply creates roles and attaches SCPs at the root: high-impact changes, which apply carries out only with',
    '--allow-high-impact; if the plan also marks changes [destructive], such as detaching FullAWSAccess where the',
    'repository sets fullAWSAccess: false, read them, then add --allow-destructive)',
    'Ctrl-C stops the emulator; what it holds is gone with it.',
  ].join('\n');
}

/**
 * Resolves once a signal has stopped moto (0), or once moto has exited on its own (1). The check looks at the
 * process, not at HTTP: a moto busy with a large apply answers slowly but is still there. It also keeps Node
 * running, since the moto process itself is detached from the event loop.
 */
function whenStopped(pid: number): () => Promise<number> {
  let stopping = false;
  let stop: (code: number) => void = () => undefined;
  const result = new Promise<number>((resolveStop) => (stop = resolveStop));
  const onSignal = () => {
    stopping = true;
    process.stderr.write('\nStopping the emulator…\n');
    void stopMotoServer(pid).then(() => stop(0));
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, onSignal);
  return async () => {
    const timer = setInterval(() => {
      if (stopping || isRunning(pid)) return;
      process.stderr.write(`moto_server (process ${pid}) has exited; the sandbox ends.\n`);
      stop(1);
    }, HEALTH_CHECK_MS);
    const code = await result;
    clearInterval(timer);
    return code;
  };
}
