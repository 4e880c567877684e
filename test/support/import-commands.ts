import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runApply } from '../../src/commands/apply.js';
import { runImport } from '../../src/commands/import.js';
import type { ImportOutcome } from '../../src/commands/import.js';
import { runPlan } from '../../src/commands/plan.js';
import { createAwsClients, destroyAwsClients } from '../../src/observe/aws-clients.js';
import type { Plan } from '../../src/plan/plan.js';
import type { VendSettings } from '../../src/settings/settings.js';
import type { MotoFromGlobalSetup } from '../harness/aws-test-env.js';

/** vend import, plan and apply against the emulator, as the import integration tests run them. */
export function importCommands(moto: MotoFromGlobalSetup) {
  const settings = (repositoryRoot: string, command: VendSettings['command'], extra: Partial<VendSettings> = {}) =>
    ({
      command,
      repositoryRoot,
      outputFormat: 'text',
      comment: false,
      allowDestructive: false,
      // Building an organization attaches SCPs at the root: a high-impact plan, which these runs are allowed.
      allowHighImpact: true,
      autoApprove: true,
      ...extra,
    }) satisfies VendSettings;

  async function withClients<T>(endpoint: string, run: (clients: ReturnType<typeof createAwsClients>) => Promise<T>) {
    const previous = process.env.AWS_ENDPOINT_URL;
    process.env.AWS_ENDPOINT_URL = endpoint;
    const clients = createAwsClients({ region: 'us-east-1', credentials: moto.credentials });
    try {
      return await run(clients);
    } finally {
      destroyAwsClients(clients);
      process.env.AWS_ENDPOINT_URL = previous;
    }
  }

  return {
    importInto: (root: string, extra: Partial<VendSettings> = {}, endpoint = moto.url) =>
      withClients(endpoint, (clients) => runImport(settings(root, 'import', extra), { clients })),
    async plan(root: string): Promise<Plan> {
      const outcome = await withClients(moto.url, (clients) => runPlan(settings(root, 'plan'), { clients }));
      if (outcome.status !== 'planned')
        throw new Error(`plan did not run: ${JSON.stringify(outcome.validation.diagnostics)}`);
      return outcome.plan;
    },
    apply: (root: string) => withClients(moto.url, (clients) => runApply(settings(root, 'apply'), { clients })),
  };
}

export const written = (outcome: ImportOutcome) => {
  if (outcome.status !== 'written') throw new Error(`import refused: ${outcome.report.refused.join(', ')}`);
  return outcome;
};
export const errorsOf = (outcome: ImportOutcome) =>
  written(outcome).validation.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
/** The changes a plan right after import may hold: it adopts what import found, and nothing else. */
export const ADOPTION = new Set([
  'adopt-account',
  'adopt-ou',
  'adopt-scp',
  'adopt-stackset',
  'record-parameter-overrides',
]);
export const kindsOf = (result: Plan) => [...new Set(result.changes.map((change) => change.kind))].sort();
export const newRepository = () => mkdtempSync(join(tmpdir(), 'vend-import-'));
