import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runImport } from '../../src/commands/import.js';
import { createAwsClients, destroyAwsClients } from '../../src/observe/aws-clients.js';

// AWS_REGION becomes the imported homeRegion: a typo is named before any call, not met as an endpoint's error.
test.each([
  ['moon-1', 'The configured AWS Region "moon-1" is not one vend knows'],
  ['US-EAST-1', 'The configured AWS Region "US-EAST-1" is not one vend knows'],
  ['us-east-1 ', 'The configured AWS Region is not valid (Region not accepted: region="us-east-1 "'],
])('an AWS_REGION vend does not know, %j, is named as such', async (region, message) => {
  const clients = createAwsClients({ region, credentials: { accessKeyId: 'unit', secretAccessKey: 'unit' } });
  const root = mkdtempSync(join(tmpdir(), 'vend-import-region-'));
  try {
    await expect(
      runImport(
        {
          command: 'import',
          repositoryRoot: root,
          outputFormat: 'text',
          comment: false,
          allowDestructive: false,
          allowHighImpact: false,
          autoApprove: false,
        },
        { clients },
      ),
    ).rejects.toThrow(message);
  } finally {
    destroyAwsClients(clients);
    rmSync(root, { recursive: true, force: true });
  }
});
