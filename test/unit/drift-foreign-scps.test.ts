import {
  ListPoliciesCommand,
  ListPoliciesForTargetCommand,
  ListTargetsForPolicyCommand,
  OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { mockClient } from 'aws-sdk-client-mock';
import { readForeignScpAttachments } from '../../src/drift/read-foreign-scps.js';
import type { ObservedState } from '../../src/observe/observed-state.js';

/**
 * Foreign SCPs on declared targets, read with the fewest calls (Organizations API Reference: ListPolicies,
 * ListTargetsForPolicy, ListPoliciesForTarget): none when every SCP is vend's or FullAWSAccess, one per foreign SCP
 * when they are fewer than the declared targets, one per declared target otherwise.
 */
const organizations = mockClient(OrganizationsClient);
const observed: Pick<ObservedState, 'policies' | 'root'> = {
  root: { id: 'r-a1b2', scpPolicyTypeEnabled: true },
  policies: [
    { id: 'p-vend1', name: 'deny-leave', awsManaged: false, description: '', content: '{}', tags: {}, targetIds: [] },
  ],
};
const declared = new Map([
  ['r-a1b2', 'root'],
  ['ou-a1b2-work', 'ou:Workloads'],
  ['ou-a1b2-sand', 'ou:Sandbox'],
]);
const vendAndFullAccess = [
  { Id: 'p-vend1', Name: 'deny-leave', AwsManaged: false },
  { Id: 'p-FullAWSAccess', Name: 'FullAWSAccess', AwsManaged: true },
];

async function read() {
  const client = new OrganizationsClient({
    region: 'us-east-1',
    credentials: { accessKeyId: 'u', secretAccessKey: 'u' },
  });
  try {
    return await readForeignScpAttachments(client, observed, declared);
  } finally {
    client.destroy();
  }
}

beforeEach(() => organizations.reset());

test('no SCP but vend’s and FullAWSAccess: one ListPolicies and nothing more', async () => {
  organizations.on(ListPoliciesCommand).resolves({ Policies: vendAndFullAccess });
  expect(await read()).toEqual([]);
  expect(organizations.calls()).toHaveLength(1);
});

test('fewer foreign SCPs than declared targets: one ListTargetsForPolicy each, undeclared targets left out', async () => {
  organizations.on(ListPoliciesCommand).resolves({ Policies: [...vendAndFullAccess, { Id: 'p-f1', Name: 'legacy' }] });
  organizations.on(ListTargetsForPolicyCommand).resolves({
    Targets: [{ TargetId: 'ou-a1b2-sand' }, { TargetId: 'ou-a1b2-notdeclared' }],
  });
  expect(await read()).toEqual([{ policyId: 'p-f1', policyName: 'legacy', target: 'ou:Sandbox' }]);
  expect(organizations.commandCalls(ListTargetsForPolicyCommand)).toHaveLength(1);
  expect(organizations.commandCalls(ListPoliciesForTargetCommand)).toHaveLength(0);
});

test('more foreign SCPs than declared targets: one ListPoliciesForTarget per declared target', async () => {
  const foreign = ['a', 'b', 'c', 'd'].map((letter) => ({ Id: `p-f${letter}`, Name: `legacy-${letter}` }));
  organizations.on(ListPoliciesCommand).resolves({ Policies: [...vendAndFullAccess, ...foreign] });
  organizations.on(ListPoliciesForTargetCommand).resolves({ Policies: [] });
  organizations.on(ListPoliciesForTargetCommand, { TargetId: 'ou-a1b2-work' }).resolves({
    Policies: [
      { Id: 'p-fc', Name: 'legacy-c' },
      { Id: 'p-vend1', Name: 'deny-leave' },
    ],
  });
  expect(await read()).toEqual([{ policyId: 'p-fc', policyName: 'legacy-c', target: 'ou:Workloads' }]);
  expect(organizations.commandCalls(ListPoliciesForTargetCommand)).toHaveLength(declared.size);
  expect(organizations.commandCalls(ListTargetsForPolicyCommand)).toHaveLength(0);
});
