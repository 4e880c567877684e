import { computePlan } from '../../src/plan/compute-plan.js';
import type { Plan } from '../../src/plan/plan.js';
import {
  convergedObservation,
  desiredAccount,
  desiredBaseline,
  desiredOrganizationalUnit,
  desiredScp,
  observedAccount,
  organizationalUnitIdOf,
  referenceDesiredState,
  ROOT_ID,
} from './plan-fixtures.js';

/** A roles baseline: one bounded role and a NoEcho parameter, as a real one with an external id would have. */
export function rolesTemplate(sessionSeconds: number): string {
  return [
    "AWSTemplateFormatVersion: '2010-09-09'",
    'Description: Federated human roles',
    'Parameters:',
    '  ExternalId:',
    '    Type: String',
    '    NoEcho: true',
    '  BoundaryPolicyName:',
    '    Type: String',
    '    Default: vend-workload-boundary',
    'Resources:',
    '  ReadOnlyRole:',
    '    Type: AWS::IAM::Role',
    '    Properties:',
    '      RoleName: vend-readonly',
    '      Path: /platform/',
    `      MaxSessionDuration: ${sessionSeconds}`,
    '      PermissionsBoundary: !Sub arn:aws:iam::${AWS::AccountId}:policy/platform/${BoundaryPolicyName}',
    '      AssumeRolePolicyDocument:',
    "        Version: '2012-10-17'",
    '        Statement:',
    '          - Effect: Allow',
    '            Principal: { AWS: !Sub "arn:aws:iam::222233334444:root" }',
    '            Action: sts:AssumeRole',
    '            Condition: { StringEquals: { sts:ExternalId: !Ref ExternalId } }',
    '      ManagedPolicyArns: [arn:aws:iam::aws:policy/ReadOnlyAccess]',
    '',
  ].join('\n');
}

/** Text a person could put in AWS by hand, where vend reads it back: markup, a mention, a link, a fence, a pipe. */
export const HOSTILE_TEXT =
  '<img src=x onerror=alert(1)> @security-team https://evil.example/x _www.evil.example ``` | **bold**';

/**
 * A large pull request's plan for looking at the comment as a person does: 200 existing accounts, an SCP swap on
 * the Workloads OU (the old SCP detached and retired, its successor attached), new content for an SCP at the root,
 * a new template for a roles baseline (its NoEcho external id changing too), 20 new accounts, a move, a
 * retagging of every tenth account, and an account someone created by hand with a name no one should trust.
 */
export function syntheticPlan(accountCount = 200): Plan {
  const previous = referenceDesiredState();
  previous.scps.push(
    desiredScp('deny-regions-v1', { Effect: 'Deny', NotAction: ['iam:*'], Resource: '*' }),
    desiredScp('deny-regions-v2', {
      Effect: 'Deny',
      NotAction: ['iam:*', 'sts:*', 'organizations:*'],
      Resource: '*',
      Condition: { StringNotEquals: { 'aws:RequestedRegion': ['us-east-1', 'eu-west-1'] } },
    }),
  );
  previous.organizationalUnits.push(desiredOrganizationalUnit('Workloads/Prod/Payments'));
  const workloads = previous.organizationalUnits.find((unit) => unit.path === 'Workloads')!;
  workloads.scps = [...workloads.scps, 'deny-regions-v1'];
  workloads.baselines = [...workloads.baselines, 'human-roles'];
  previous.baselines.push(
    desiredBaseline('human-roles', {
      regions: ['us-east-1'],
      dependsOn: ['permissions-boundary'],
      templateBody: rolesTemplate(3600),
      parameters: { ExternalId: 'old-external-id-secret' },
    }),
  );
  const ous = ['Workloads/Prod', 'Workloads/NonProd', 'Workloads/Prod/Payments', 'Security'];
  for (let index = 0; index < accountCount; index++) {
    const ou = ous[index % ous.length]!;
    const name = `team-${String(index).padStart(3, '0')}-${ou === 'Security' ? 'audit' : 'app'}`;
    previous.accounts.push(
      desiredAccount(name, {
        ou,
        baselines: ou.startsWith('Workloads')
          ? ['permissions-boundary', 'automation-roles', 'human-roles']
          : ['permissions-boundary'],
      }),
    );
  }
  const observed = convergedObservation(previous);
  observed.accounts.push({
    id: '999988887777',
    name: HOSTILE_TEXT,
    email: 'ops+hand-made@example.com',
    status: 'ACTIVE',
    parentId: ROOT_ID,
    parentPath: 'Workloads/Prod',
  });
  const moved = observedAccount(observed, 'team-001-app');
  moved.parentPath = 'Workloads/Prod';
  moved.parentId = organizationalUnitIdOf('Workloads/Prod');

  const desired = structuredClone(previous);
  const swapped = desired.organizationalUnits.find((unit) => unit.path === 'Workloads')!;
  swapped.scps = swapped.scps.map((name) => (name === 'deny-regions-v1' ? 'deny-regions-v2' : name));
  desired.scps = desired.scps.filter((scp) => scp.name !== 'deny-regions-v1');
  const leave = desired.scps.find((scp) => scp.name === 'deny-leave-organization')!;
  leave.content = leave.content.replace(
    '"organizations:LeaveOrganization"',
    '["organizations:LeaveOrganization","account:CloseAccount"]',
  );
  const roles = desired.baselines.find((baseline) => baseline.name === 'human-roles')!;
  roles.templateBody = rolesTemplate(14400);
  roles.parameters = { ExternalId: 'new-external-id-secret' };
  // A cost-centre reorganisation retags every tenth account.
  for (const account of desired.accounts.filter((_, index) => index % 10 === 2)) account.tags.CostCenter = '4712';
  desired.accounts.find((account) => account.name === 'team-003-audit')!.tags.Notes =
    '@security-team see https://wiki.example/x';
  for (const name of Array.from({ length: 20 }, (_, index) => `new-app-${String(index).padStart(2, '0')}`))
    desired.accounts.push(
      desiredAccount(name, {
        ou: 'Workloads/NonProd',
        baselines: ['permissions-boundary', 'automation-roles', 'human-roles'],
      }),
    );
  desired.accounts.sort((a, b) => (a.name < b.name ? -1 : 1));
  return computePlan(desired, observed);
}
