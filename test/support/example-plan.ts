import { runPlan } from '../../src/commands/plan.js';
import { createAwsClients, destroyAwsClients } from '../../src/observe/aws-clients.js';
import type { Plan } from '../../src/plan/plan.js';
import { TEST_REGION } from '../harness/aws-test-env.js';
import { resetMoto } from '../../scripts/emulator/moto-server.js';
import { createOrganization, createSeedClients, destroySeedClients } from '../harness/seed.js';

/**
 * What `vend plan` makes of `repositoryRoot` against a brand-new organization in the emulator at `motoUrl`: the
 * plan the demo shows first, and the README's example comment. Resets the emulator. The SDK's default endpoint must
 * already point at it (applyAwsTestEnv), as vend's clients take no endpoint of their own.
 */
export async function planAgainstEmptyOrganization(motoUrl: string, repositoryRoot: string): Promise<Plan> {
  const credentials = await resetMoto(motoUrl);
  const seedClients = createSeedClients({ endpoint: motoUrl, region: TEST_REGION, credentials });
  await createOrganization(seedClients);
  destroySeedClients(seedClients);

  const clients = createAwsClients({ region: TEST_REGION, credentials });
  try {
    const outcome = await runPlan(
      {
        command: 'plan',
        repositoryRoot,
        outputFormat: 'markdown',
        comment: false,
        allowDestructive: false,
        allowHighImpact: false,
        autoApprove: false,
      },
      { clients },
    );
    if (outcome.status !== 'planned') throw new Error(`vend plan did not run: ${outcome.status}`);
    return outcome.plan;
  } finally {
    destroyAwsClients(clients);
  }
}
