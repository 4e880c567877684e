import {
  DescribePolicyCommand,
  ListPoliciesCommand,
  ListTargetsForPolicyCommand,
  OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { CloudFormationClient, ListStackSetsCommand } from '@aws-sdk/client-cloudformation';
import { STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { computePlan } from '../../src/plan/compute-plan.js';
import { MOCKED_ACCOUNT, mockSmallOrganization, observeMocked } from '../support/mock-organization.js';
import { desiredAccount, desiredScp, referenceDesiredState } from '../support/plan-fixtures.js';

/**
 * SCPs switched off on the root, as AWS leaves them: "When you disable a policy type, all policies of the specified
 * type are automatically detached from all entities in the organization root. The policies are not deleted." (AWS
 * Organizations User Guide, "Disabling a policy type"). moto 5.2.1 keeps the attachments, so this follows AWS.
 */
const sts = mockClient(STSClient);
const organizations = mockClient(OrganizationsClient);
const cloudFormation = mockClient(CloudFormationClient);
const GUARDRAIL = {
  Id: 'p-guard1',
  Name: 'deny-leave-organization',
  AwsManaged: false,
  Description: 'Guardrail deny-leave-organization',
};
const FULL_AWS_ACCESS = { Id: 'p-FullAWSAccess', Name: 'FullAWSAccess', AwsManaged: true };

function repository() {
  const desired = referenceDesiredState();
  const guardrail = desiredScp('deny-leave-organization', {
    Effect: 'Deny',
    Action: 'organizations:LeaveOrganization',
    Resource: '*',
  });
  desired.organizationalUnits = [];
  desired.baselines = [];
  desired.scps = [guardrail];
  desired.organization.root = { scps: [guardrail.name], fullAWSAccess: true };
  desired.accounts = [desiredAccount('app', { ou: '', owner: 'team-app' })];
  desired.accounts[0]!.email = MOCKED_ACCOUNT.Email;
  desired.accounts[0]!.tags = { ManagedBy: 'vend' };
  return desired;
}

beforeEach(() => {
  sts.reset();
  organizations.reset();
  cloudFormation.reset();
  mockSmallOrganization(sts, organizations, { scpPolicyType: false });
  cloudFormation.on(ListStackSetsCommand).resolves({ Summaries: [] });
  organizations.on(ListPoliciesCommand).resolves({ Policies: [GUARDRAIL, FULL_AWS_ACCESS] });
  organizations
    .on(DescribePolicyCommand, { PolicyId: GUARDRAIL.Id })
    .resolves({ Policy: { Content: repository().scps[0]!.content } });
  organizations.on(ListTargetsForPolicyCommand).rejects(new Error('ListTargetsForPolicy was not expected'));
});

test('the SCPs are still found, attached nowhere, so the plan re-attaches them instead of creating copies', async () => {
  const desired = repository();
  const observed = await observeMocked(desired);

  expect(observed.policies.map((policy) => [policy.name, policy.targetIds])).toEqual([
    ['FullAWSAccess', []],
    ['deny-leave-organization', []],
  ]);
  expect(organizations.commandCalls(ListTargetsForPolicyCommand)).toHaveLength(0);
  const plan = computePlan(desired, observed);
  expect(plan.changes.map((change) => change.id)).toEqual([
    'enable-scp-type:root',
    'attach-scp:deny-leave-organization@root',
  ]);
});

test('an SCP edited while SCPs were off is still seen, and its content is what the plan restores', async () => {
  organizations.on(DescribePolicyCommand, { PolicyId: GUARDRAIL.Id }).resolves({
    Policy: { Content: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}' },
  });
  const desired = repository();
  const plan = computePlan(desired, await observeMocked(desired));
  expect(plan.changes.map((change) => change.id)).toEqual([
    'enable-scp-type:root',
    'update-scp:scp:deny-leave-organization',
    'attach-scp:deny-leave-organization@root',
  ]);
});
