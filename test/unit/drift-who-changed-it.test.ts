import { CloudTrailClient, LookupEventsCommand } from '@aws-sdk/client-cloudtrail';
import { mockClient } from 'aws-sdk-client-mock';
import { assembleDriftReport } from '../../src/drift/assemble-report.js';
import { DriftContext } from '../../src/drift/drift-context.js';
import { makeFinding } from '../../src/drift/drift-report.js';
import { findWhoChangedIt } from '../../src/drift/who-changed-it.js';
import { computePlan } from '../../src/plan/compute-plan.js';
import { renderDriftText } from '../../src/report/drift-text.js';
import {
  accountIdOf,
  convergedObservation,
  observedPolicy,
  organizationalUnitIdOf,
  referenceDesiredState,
} from '../support/plan-fixtures.js';

/**
 * Who changed it, from CloudTrail event history, which moto does not implement. The records follow the CloudTrail
 * User Guide ("CloudTrail record contents", userIdentity) and "Logging AWS Organizations API calls with AWS
 * CloudTrail" (DetachPolicy's requestParameters policyId and targetId); LookupEvents follows its API Reference.
 */
const cloudTrail = mockClient(CloudTrailClient);
beforeEach(() => cloudTrail.reset());

const NOW = new Date('2026-11-30T03:17:00Z');
const fields = { expected: 'attached', actual: 'not attached', restore: 'apply attaches it', accept: 'remove it' };

function context() {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  return { context: new DriftContext(desired, observed, computePlan(desired, observed), '2026-11-30'), observed };
}

function record(eventName: string, time: string, arn: string, requestParameters: object, errorCode?: string) {
  return {
    EventName: eventName,
    EventTime: new Date(time),
    Username: arn.split('/').at(-1),
    CloudTrailEvent: JSON.stringify({
      eventSource: /Stack(Set|Instances)$/.test(eventName)
        ? 'cloudformation.amazonaws.com'
        : 'organizations.amazonaws.com',
      eventName,
      userIdentity: { type: 'AssumedRole', arn },
      requestParameters,
      ...(errorCode ? { errorCode } : {}),
    }),
  };
}

test('a detached SCP names the last successful DetachPolicy of that SCP from that OU, and who called it', async () => {
  const { context: drift, observed } = context();
  const policyId = observedPolicy(observed, 'deny-unapproved-regions').id;
  const prod = organizationalUnitIdOf('Workloads/Prod');
  cloudTrail.on(LookupEventsCommand).resolves({
    Events: [
      // Newest first, as LookupEvents answers: a failed call, another OU, then the one that did it.
      record(
        'DetachPolicy',
        '2026-11-29T22:00:00Z',
        'arn:aws:sts::111111111111:assumed-role/Admin/mallory',
        { policyId, targetId: prod },
        'AccessDenied',
      ),
      record('DetachPolicy', '2026-11-29T21:00:00Z', 'arn:aws:sts::111111111111:assumed-role/Admin/bob', {
        policyId,
        targetId: organizationalUnitIdOf('Sandbox'),
      }),
      record('DetachPolicy', '2026-11-29T10:04:00Z', 'arn:aws:sts::111111111111:assumed-role/Admin/alice', {
        policyId,
        targetId: prod,
      }),
    ],
  });
  const detached = makeFinding('scp-detached', 'scp:deny-unapproved-regions@ou:Workloads/Prod', fields, '2026-11-30');
  const tags = makeFinding('account-name', 'account:payments-prod', fields, '2026-11-30');
  const { findings, notChecked } = await findWhoChangedIt(drift, [], [detached, tags], NOW);
  expect(notChecked).toEqual([]);
  expect(findings[0]!.changedBy).toEqual({
    principal: 'arn:aws:sts::111111111111:assumed-role/Admin/alice',
    at: '2026-11-29T10:04:00.000Z',
    event: 'DetachPolicy',
  });
  // A kind CloudTrail in the management account cannot tell is left as it was, and costs no lookup.
  expect(findings[1]!.changedBy).toBeUndefined();
  expect(cloudTrail.commandCalls(LookupEventsCommand).map((call) => call.args[0].input)).toEqual([
    {
      LookupAttributes: [{ AttributeKey: 'EventName', AttributeValue: 'DetachPolicy' }],
      StartTime: new Date('2026-09-01T03:17:00Z'),
      EndTime: NOW,
      MaxResults: 50,
    },
  ]);
  const report = assembleDriftReport({
    findings,
    notChecked,
    ignoreList: [],
    now: NOW,
    commit: 'abc',
    managementAccountId: '111111111111',
  });
  expect(renderDriftText(report)).toContain(
    'changed:  by arn:aws:sts::111111111111:assumed-role/Admin/alice at 2026-11-29T10:04:00.000Z (the latest DetachPolicy that could have made it, CloudTrail)',
  );
});

test('an account moved by hand names the MoveAccount of that account', async () => {
  const { context: drift } = context();
  cloudTrail.on(LookupEventsCommand).resolves({
    Events: [
      record('MoveAccount', '2026-11-28T08:00:00Z', 'arn:aws:iam::111111111111:user/ops', {
        accountId: accountIdOf('payments-prod'),
        sourceParentId: organizationalUnitIdOf('Workloads/Prod'),
        destinationParentId: organizationalUnitIdOf('Sandbox'),
      }),
    ],
  });
  const moved = makeFinding('account-wrong-ou', 'account:payments-prod', fields, '2026-11-30');
  const [finding] = (await findWhoChangedIt(drift, [], [moved], NOW)).findings;
  expect(finding!.changedBy).toMatchObject({ principal: 'arn:aws:iam::111111111111:user/ops', event: 'MoveAccount' });
});

test('an SCP content change names the last UpdatePolicy that sent content, not a later description-only one', async () => {
  // Organizations API Reference, UpdatePolicy: Content and Description are optional; the call changes what it sends.
  const { context: drift, observed } = context();
  const policyId = observedPolicy(observed, 'deny-unapproved-regions').id;
  cloudTrail.on(LookupEventsCommand).resolves({
    Events: [
      record('UpdatePolicy', '2026-11-30T01:00:00Z', 'arn:aws:sts::111111111111:assumed-role/Admin/alice', {
        policyId,
        description: 'Tidied wording',
      }),
      record('UpdatePolicy', '2026-11-29T01:00:00Z', 'arn:aws:sts::111111111111:assumed-role/Admin/mallory', {
        policyId,
        content: '{"Version":"2012-10-17","Statement":[]}',
      }),
    ],
  });
  const content = makeFinding('scp-content', 'scp:deny-unapproved-regions', fields, '2026-11-30');
  const description = makeFinding('scp-description', 'scp:deny-unapproved-regions', fields, '2026-11-30');
  const { findings } = await findWhoChangedIt(drift, [], [content, description], NOW);
  expect(findings.map((finding) => finding.changedBy?.principal.split('/').at(-1))).toEqual(['mallory', 'alice']);
});

test('a StackSet template change names the UpdateStackSet that sent a template, not a parameters-only one', async () => {
  // CloudFormation API Reference, UpdateStackSet: TemplateBody, TemplateURL or UsePreviousTemplate; Parameters.
  const { context: drift } = context();
  const stackSetName = 'vend-regional-guardrails';
  cloudTrail.on(LookupEventsCommand).resolves({
    Events: [
      record('UpdateStackSet', '2026-11-30T01:00:00Z', 'arn:aws:sts::111111111111:assumed-role/Admin/alice', {
        stackSetName,
        usePreviousTemplate: true,
        parameters: [{ parameterKey: 'Retention', parameterValue: '30' }],
      }),
      record('UpdateStackSet', '2026-11-29T01:00:00Z', 'arn:aws:sts::111111111111:assumed-role/Admin/mallory', {
        stackSetName,
        templateBody: 'Resources: {}',
      }),
    ],
  });
  const template = makeFinding('stackset-template', `stackset:${stackSetName}`, fields, '2026-11-30');
  const parameters = makeFinding('stackset-parameters', `stackset:${stackSetName}`, fields, '2026-11-30');
  const { findings } = await findWhoChangedIt(drift, [], [template, parameters], NOW);
  expect(findings.map((finding) => finding.changedBy?.principal.split('/').at(-1))).toEqual(['mallory', 'alice']);
});

test('without cloudtrail:LookupEvents the findings stay unattributed and one entry says why; the check goes on', async () => {
  const { context: drift } = context();
  cloudTrail.on(LookupEventsCommand).rejects(
    Object.assign(new Error('User is not authorized to perform: cloudtrail:LookupEvents'), {
      name: 'AccessDeniedException',
      $fault: 'client',
      $metadata: { httpStatusCode: 400 },
    }),
  );
  const detached = makeFinding('scp-detached', 'scp:deny-unapproved-regions@ou:Workloads/Prod', fields, '2026-11-30');
  const result = await findWhoChangedIt(drift, [], [detached], NOW);
  expect(result.findings).toEqual([detached]);
  expect(result.notChecked).toEqual([
    {
      target: 'organization',
      what: 'who changed it (organizations calls)',
      reason: expect.stringContaining('cloudtrail:LookupEvents'),
    },
  ]);
});

test('a missing stack instance is credited only to a DeleteStackInstances that named its account and region', async () => {
  const { context: drift } = context();
  const stackSetName = 'vend-automation-roles';
  cloudTrail.on(LookupEventsCommand).resolves({
    Events: [
      // Newest first: another account, the right account in another region, OU targets only, then the one.
      record(
        'DeleteStackInstances',
        '2026-11-29T12:00:00Z',
        'arn:aws:sts::111111111111:assumed-role/vend-apply/run-1',
        {
          stackSetName,
          accounts: ['999999999999'],
          regions: ['us-east-1'],
        },
      ),
      record('DeleteStackInstances', '2026-11-29T11:00:00Z', 'arn:aws:sts::111111111111:assumed-role/Admin/bob', {
        stackSetName,
        deploymentTargets: { accounts: [accountIdOf('payments-prod')] },
        regions: ['eu-west-1'],
      }),
      record('DeleteStackInstances', '2026-11-29T10:30:00Z', 'arn:aws:sts::111111111111:assumed-role/Admin/carol', {
        stackSetName,
        deploymentTargets: { organizationalUnitIds: [organizationalUnitIdOf('Workloads')] },
        regions: ['us-east-1'],
      }),
      record('DeleteStackInstances', '2026-11-29T10:00:00Z', 'arn:aws:sts::111111111111:assumed-role/Admin/alice', {
        stackSetName,
        deploymentTargets: { accounts: [accountIdOf('payments-prod')] },
        regions: ['us-east-1', 'eu-west-1'],
      }),
    ],
  });
  const missing = makeFinding(
    'stack-instance-missing',
    `stackset:${stackSetName}@account:payments-prod/us-east-1`,
    fields,
    '2026-11-30',
  );
  const [finding] = (await findWhoChangedIt(drift, [], [missing], NOW)).findings;
  expect(finding!.changedBy).toMatchObject({ principal: 'arn:aws:sts::111111111111:assumed-role/Admin/alice' });
});

test('a page CloudTrail refuses keeps the events read before it', async () => {
  const { context: drift, observed } = context();
  const policyId = observedPolicy(observed, 'deny-unapproved-regions').id;
  cloudTrail
    .on(LookupEventsCommand)
    .resolvesOnce({
      Events: [
        record('DetachPolicy', '2026-11-29T10:04:00Z', 'arn:aws:sts::111111111111:assumed-role/Admin/alice', {
          policyId,
          targetId: organizationalUnitIdOf('Workloads/Prod'),
        }),
      ],
      NextToken: 'page-2',
    })
    .rejects(
      Object.assign(new Error('Rate exceeded'), {
        name: 'ThrottlingException',
        $fault: 'client',
        $metadata: { httpStatusCode: 400 },
      }),
    );
  const detached = makeFinding('scp-detached', 'scp:deny-unapproved-regions@ou:Workloads/Prod', fields, '2026-11-30');
  const result = await findWhoChangedIt(drift, [], [detached], NOW);
  expect(result.findings[0]!.changedBy).toMatchObject({ event: 'DetachPolicy' });
  expect(result.notChecked).toEqual([expect.objectContaining({ what: 'who changed it (organizations calls)' })]);
});

// LookupEvents takes one lookup attribute (CloudTrail API Reference, LookupEvents: LookupAttributes), so an event
// name matches every service's calls of that name.
test('when other services’ calls of the same name fill the pages read, an unattributed finding is said not to be checked', async () => {
  const { context: drift } = context();
  const lambda = {
    EventName: 'TagResource',
    EventTime: new Date('2026-11-29T22:00:00Z'),
    CloudTrailEvent: JSON.stringify({ eventSource: 'lambda.amazonaws.com', eventName: 'TagResource' }),
  };
  cloudTrail.on(LookupEventsCommand).resolves({ Events: Array.from({ length: 50 }, () => lambda), NextToken: 'more' });
  const tags = makeFinding('account-tags', 'account:payments-prod', fields, '2026-11-30');
  const { findings, notChecked } = await findWhoChangedIt(drift, [], [tags], NOW);
  expect(findings[0]!.changedBy).toBeUndefined();
  expect(notChecked).toContainEqual({
    target: 'organization',
    what: 'who changed it, beyond the latest calls read',
    reason: expect.stringContaining('only the latest 200 calls named TagResource and UntagResource were read'),
  });
  // Four pages per event name, never the whole history.
  expect(
    cloudTrail
      .commandCalls(LookupEventsCommand)
      .filter((call) => call.args[0].input.LookupAttributes?.[0]?.AttributeValue === 'TagResource'),
  ).toHaveLength(4);
});

test('a cut history says nothing when every finding it could attribute was attributed', async () => {
  const { context: drift } = context();
  const prod = accountIdOf('payments-prod');
  cloudTrail.on(LookupEventsCommand).resolves({
    Events: [
      record('TagResource', '2026-11-29T10:04:00Z', 'arn:aws:sts::111111111111:assumed-role/Admin/alice', {
        resourceId: prod,
      }),
    ],
    NextToken: 'more',
  });
  const tags = makeFinding('account-tags', 'account:payments-prod', fields, '2026-11-30');
  const renamed = makeFinding('account-name', 'account:payments-dev', fields, '2026-11-30');
  const { findings, notChecked } = await findWhoChangedIt(drift, [], [tags, renamed], NOW);
  expect(findings[0]!.changedBy?.principal).toBe('arn:aws:sts::111111111111:assumed-role/Admin/alice');
  expect(notChecked).toEqual([]);
});
