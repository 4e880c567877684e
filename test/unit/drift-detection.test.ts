import {
  CloudFormationClient,
  DescribeStackSetOperationCommand,
  DetectStackSetDriftCommand,
  ListStackInstanceResourceDriftsCommand,
  ListStackInstancesCommand,
  ListStackSetOperationsCommand,
  OperationInProgressException,
} from '@aws-sdk/client-cloudformation';
import { mockClient } from 'aws-sdk-client-mock';
import { detectStackSetDrift, ENDPOINT_UNSUPPORTED } from '../../src/drift/detect-stack-set-drift.js';
import type { StackSetDetection } from '../../src/drift/detect-stack-set-drift.js';
import { detectionCoverageGaps } from '../../src/drift/detection-coverage.js';
import { DriftContext } from '../../src/drift/drift-context.js';
import { resourceDriftFindings } from '../../src/drift/resource-findings.js';
import { observedDigest } from '../../src/drift/drift-report.js';
import { computePlan } from '../../src/plan/compute-plan.js';
import { accountIdOf, convergedObservation, desiredBaseline, referenceDesiredState } from '../support/plan-fixtures.js';

/**
 * StackSet drift detection, which moto does not implement (DetectStackSetDrift answers 500). Each test follows the
 * AWS CloudFormation API Reference for DetectStackSetDrift, DescribeStackSetOperation (StackSetOperation.Status:
 * QUEUED, RUNNING, SUCCEEDED, FAILED, STOPPING, STOPPED), ListStackInstances (StackInstanceSummary.DriftStatus:
 * DRIFTED, IN_SYNC, UNKNOWN, NOT_CHECKED) and ListStackInstanceResourceDrifts (StackResourceDriftStatus and
 * PropertyDifferences), and the User Guide, "Detecting unmanaged changes in stack sets".
 */
const cloudFormation = mockClient(CloudFormationClient);
const PROD = accountIdOf('payments-prod');
const DEV = accountIdOf('payments-dev');

beforeEach(() => cloudFormation.reset());

/** A fake clock: sleeping moves it, so a budget of minutes runs in no time. */
function fakeClock() {
  let now = 0;
  return { now: () => now, sleep: async (milliseconds: number) => void (now += milliseconds) };
}

async function detect(stackSets: string[], budgetMs = 600_000, clock = fakeClock()): Promise<StackSetDetection[]> {
  const client = new CloudFormationClient({
    region: 'us-east-1',
    credentials: { accessKeyId: 'u', secretAccessKey: 'u' },
  });
  try {
    return await detectStackSetDrift({ cloudFormation: client, detection: client }, stackSets, {
      clock,
      budgetMs,
      poll: { initialDelayMs: 5_000, maxDelayMs: 30_000 },
    });
  } finally {
    client.destroy();
  }
}

const STARTED = new Date('2026-11-30T03:17:00Z');
const CHECKED = new Date('2026-11-30T03:18:30Z');

function succeededWithDriftedRole() {
  cloudFormation.on(DetectStackSetDriftCommand).resolves({ OperationId: 'op-1' });
  cloudFormation
    .on(DescribeStackSetOperationCommand)
    .resolvesOnce({ StackSetOperation: { Status: 'RUNNING', CreationTimestamp: STARTED } })
    .resolves({ StackSetOperation: { Status: 'SUCCEEDED', CreationTimestamp: STARTED } });
  cloudFormation.on(ListStackInstancesCommand).resolves({
    Summaries: [
      { Account: PROD, Region: 'us-east-1', DriftStatus: 'DRIFTED', LastDriftCheckTimestamp: CHECKED },
      { Account: DEV, Region: 'us-east-1', DriftStatus: 'IN_SYNC', LastDriftCheckTimestamp: CHECKED },
    ],
  });
  cloudFormation.on(ListStackInstanceResourceDriftsCommand).resolves({
    Summaries: [
      {
        StackId: 'stack-1',
        LogicalResourceId: 'DeployRole',
        PhysicalResourceId: 'vend-pipeline-deploy',
        ResourceType: 'AWS::IAM::Role',
        StackResourceDriftStatus: 'MODIFIED',
        Timestamp: new Date(),
        PropertyDifferences: [
          {
            PropertyPath: '/MaxSessionDuration',
            ExpectedValue: '3600',
            ActualValue: '43200',
            DifferenceType: 'NOT_EQUAL',
          },
        ],
      },
      {
        StackId: 'stack-1',
        LogicalResourceId: 'Queue',
        ResourceType: 'AWS::SQS::Queue',
        StackResourceDriftStatus: 'UNSUPPORTED',
        Timestamp: new Date(),
      },
    ],
  });
}

test('detection runs in every region in parallel, at full concurrency and full failure tolerance', async () => {
  succeededWithDriftedRole();
  await detect(['vend-automation-roles']);
  expect(cloudFormation.commandCalls(DetectStackSetDriftCommand)[0]!.args[0].input).toMatchObject({
    StackSetName: 'vend-automation-roles',
    OperationPreferences: {
      RegionConcurrencyType: 'PARALLEL',
      MaxConcurrentPercentage: 100,
      FailureTolerancePercentage: 100,
    },
  });
});

test('a drifted role is a high finding with the property, expected and actual; apply cannot revert it', async () => {
  succeededWithDriftedRole();
  const detections = await detect(['vend-automation-roles']);
  expect(detections).toEqual([
    expect.objectContaining({ stackSet: 'vend-automation-roles', checked: true, operationId: 'op-1' }),
  ]);
  expect(cloudFormation.commandCalls(ListStackInstanceResourceDriftsCommand)).toHaveLength(1);
  expect(cloudFormation.commandCalls(ListStackInstanceResourceDriftsCommand)[0]!.args[0].input).toMatchObject({
    StackInstanceAccount: PROD,
    OperationId: 'op-1',
  });
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const context = new DriftContext(desired, observed, computePlan(desired, observed), '2026-11-30');
  const { findings, notChecked } = resourceDriftFindings(context, detections);
  expect(findings).toEqual([
    expect.objectContaining({
      kind: 'iam-resource-drift',
      severity: 'high',
      target: 'stackset:vend-automation-roles@account:payments-prod/us-east-1#DeployRole',
      expected: '/MaxSessionDuration = 3600',
      actual: '/MaxSessionDuration = 43200',
      restore: expect.stringMatching(
        /^apply cannot revert it: a StackSet update with an unchanged template changes nothing/,
      ),
    }),
  ]);
  // UNSUPPORTED is not drift, and not in sync either: it was not checked.
  expect(notChecked).toEqual([
    {
      target: 'stackset:vend-automation-roles',
      what: 'resource drift of 1 resource: Queue (AWS::SQS::Queue) in payments-prod us-east-1',
      reason: 'drift detection reported it UNSUPPORTED',
    },
  ]);
});

test('drift that opens access is high even outside IAM: a bucket’s public access block; a bucket’s versioning is medium', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const context = new DriftContext(desired, observed, computePlan(desired, observed), '2026-11-30');
  const bucket = (path: string) => ({
    accountId: accountIdOf('payments-prod'),
    region: 'us-east-1',
    logicalId: 'ArtifactBucket',
    resourceType: 'AWS::S3::Bucket',
    status: 'MODIFIED' as const,
    differences: [{ path, expected: 'true', actual: 'false' }],
  });
  const { findings } = resourceDriftFindings(context, [
    {
      stackSet: 'vend-regional-guardrails',
      checked: true,
      operationId: 'op-1',
      drifts: [
        bucket('/PublicAccessBlockConfiguration/BlockPublicPolicy'),
        { ...bucket('/VersioningConfiguration/Status'), logicalId: 'LogBucket' },
      ],
      unchecked: [],
    },
  ]);
  expect(findings.map((finding) => [finding.target.split('#')[1], finding.kind, finding.severity])).toEqual([
    ['ArtifactBucket', 'iam-resource-drift', 'high'],
    ['LogBucket', 'resource-drift', 'medium'],
  ]);
});

// CloudFormation API Reference, PropertyDifference: an element added (ADD) has no expected value, one removed
// (REMOVE) no actual one; a blank there would read as an empty string.
test('an element added or removed shows (none) on the side it does not exist on', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const context = new DriftContext(desired, observed, computePlan(desired, observed), '2026-11-30');
  const { findings } = resourceDriftFindings(context, [
    {
      stackSet: 'vend-automation-roles',
      checked: true,
      operationId: 'op-1',
      drifts: [
        {
          accountId: accountIdOf('payments-prod'),
          region: 'us-east-1',
          logicalId: 'DeployRole',
          resourceType: 'AWS::IAM::Role',
          status: 'MODIFIED',
          differences: [
            { path: '/ManagedPolicyArns/0', expected: 'arn:aws:iam::aws:policy/A', actual: '', type: 'REMOVE' },
            { path: '/ManagedPolicyArns/1', expected: 'null', actual: 'arn:aws:iam::aws:policy/B', type: 'ADD' },
          ],
        },
      ],
      unchecked: [],
    },
  ]);
  expect(findings[0]).toMatchObject({
    expected: '/ManagedPolicyArns/0 = arn:aws:iam::aws:policy/A; /ManagedPolicyArns/1 = (none)',
    actual: '/ManagedPolicyArns/0 = (none); /ManagedPolicyArns/1 = arn:aws:iam::aws:policy/B',
    details: [
      '/ManagedPolicyArns/0 removed: expected arn:aws:iam::aws:policy/A, actual (none)',
      '/ManagedPolicyArns/1 added: expected (none), actual arn:aws:iam::aws:policy/B',
    ],
  });
});

// The template is every instance's: drift in one account is accepted there alone only through a parameter override,
// and only where a parameter sets the property; anything else must say it reaches every instance.
test('a resource drift is accepted for its account alone through a parameter override, or the accept says it reaches all', () => {
  const desired = referenceDesiredState();
  const regional = desired.baselines.find((baseline) => baseline.name === 'regional-guardrails')!;
  regional.templateBody =
    'Parameters:\n  Hours: { Type: Number, Default: 1 }\nResources:\n  Admin:\n    Type: AWS::IAM::Role\n    Properties:\n      MaxSessionDuration: !Ref Hours\n      Path: /ops/\n      AssumeRolePolicyDocument: {}\n';
  const observed = convergedObservation(desired);
  const context = new DriftContext(desired, observed, computePlan(desired, observed), '2026-11-30');
  const accept = (status: 'MODIFIED' | 'DELETED', path: string, actual: string) =>
    resourceDriftFindings(context, [
      {
        stackSet: 'vend-regional-guardrails',
        checked: true,
        operationId: 'op-1',
        drifts: [
          {
            accountId: accountIdOf('payments-prod'),
            region: 'us-east-1',
            logicalId: 'Admin',
            resourceType: 'AWS::IAM::Role',
            status,
            differences: status === 'DELETED' ? [] : [{ path, expected: '3600', actual }],
          },
        ],
        unchecked: [],
      },
    ]).findings[0]!.accept;
  expect(accept('MODIFIED', '/MaxSessionDuration', '43200')).toBe(
    'for payments-prod alone, override the parameter that sets it in accounts/payments-prod.yaml: parameters: { regional-guardrails: { Hours: "43200" } }. The override holds in every region of payments-prod\'s regional-guardrails instances',
  );
  expect(accept('MODIFIED', '/Path', '"/other/"')).toMatch(
    /^none for this account alone: declaring the deployed value of Admin \(\/Path\) in baselines\/stacksets\/regional-guardrails\.yaml, where the template is every instance's, so that changes it in all \d+ stack instances$/,
  );
  expect(accept('DELETED', '', '')).toMatch(
    /^none for this account alone: removing Admin from .* \(and every reference to it\) deletes it from every account/,
  );
});

describe('a resource drift accepted through an override, only where CloudFormation would take it', () => {
  const setUp = (templateLines: string[], accountId = accountIdOf('payments-prod')) => {
    const desired = referenceDesiredState();
    const regional = desired.baselines.find((baseline) => baseline.name === 'regional-guardrails')!;
    regional.templateBody = templateLines.join('\n');
    const observed = convergedObservation(desired);
    const stackSet = observed.stackSets.find((candidate) => candidate.name === 'vend-regional-guardrails')!;
    if (!stackSet.instances.some((instance) => instance.accountId === accountId))
      stackSet.instances.push({ ...stackSet.instances[0]!, accountId, region: 'us-east-1' });
    const context = new DriftContext(desired, observed, computePlan(desired, observed), '2026-11-30');
    return (logicalId: string, differences: { path: string; expected: string; actual: string; type?: string }[]) =>
      resourceDriftFindings(context, [
        {
          stackSet: 'vend-regional-guardrails',
          checked: true,
          operationId: 'op-1',
          drifts: [
            {
              accountId,
              region: 'us-east-1',
              logicalId,
              resourceType: 'AWS::IAM::Role',
              status: 'MODIFIED' as const,
              differences,
            },
          ],
          unchecked: [],
        },
      ]).findings.find((finding) => finding.kind.endsWith('resource-drift'))!.accept;
  };
  const role = (property: string, parameter: string, declaration: string, rules: string[] = []) => [
    'Parameters:',
    `  ${parameter}: ${declaration}`,
    ...rules,
    'Resources:',
    '  Admin:',
    '    Type: AWS::IAM::Role',
    '    Properties:',
    `      ${property}: !Ref ${parameter}`,
    '      AssumeRolePolicyDocument: {}',
  ];

  // CloudFormation User Guide, "Parameters": a CommaDelimitedList value is its members joined by commas, and an
  // override is checked against the parameter's declaration (AllowedValues) like any value.
  test('a list is written as a list value, and a value the declaration refuses is offered as no override', () => {
    const drifted = setUp([
      'Parameters:',
      '  Principals: { Type: CommaDelimitedList, Default: "a,b" }',
      '  Hours: { Type: Number, Default: 3600, AllowedValues: [3600, 7200] }',
      'Conditions:',
      '  Long: !Equals [!Ref Hours, 7200]',
      'Resources:',
      '  Admin:',
      '    Type: AWS::IAM::Role',
      '    Properties:',
      '      MaxSessionDuration: !Ref Hours',
      '      ManagedPolicyArns: !Ref Principals',
      '      AssumeRolePolicyDocument: {}',
      '  Reader:',
      '    Type: AWS::IAM::Role',
      '    Properties:',
      '      MaxSessionDuration: !Ref Hours',
      '      AssumeRolePolicyDocument: {}',
    ]);
    const accept = (path: string, actual: string) => drifted('Admin', [{ path, expected: '"x"', actual }]);
    expect(accept('/ManagedPolicyArns', '["arn:aws:iam::aws:policy/A","arn:aws:iam::aws:policy/B"]')).toContain(
      'parameters: { regional-guardrails: { Principals: "arn:aws:iam::aws:policy/A,arn:aws:iam::aws:policy/B" } }',
    );
    expect(accept('/MaxSessionDuration', '7200')).toContain(
      "holds in every region of payments-prod's regional-guardrails instances, and also sets Reader.MaxSessionDuration and the Conditions that read it there",
    );
    expect(accept('/MaxSessionDuration', '43200')).toMatch(
      /^none for this account alone: the deployed Hours is not one of its AllowedValues \(3600, 7200\), as .* declares it, so CloudFormation would refuse it as an override/,
    );
  });

  test('in an account no manifest declares, the management account too, none: no manifest can hold the override', () => {
    const accept = setUp(role('MaxSessionDuration', 'Hours', '{ Type: Number, Default: 3600 }'), '111111111111');
    expect(accept('Admin', [{ path: '/MaxSessionDuration', expected: '3600', actual: '43200' }])).toMatch(
      /^none for this account alone: no manifest declares the management account, so none can hold an override for it/,
    );
  });

  // CloudFormation User Guide, "Rules": a stack whose values break an assertion is refused.
  test("a value the template's Rules refuse is offered as no override", () => {
    const accept = setUp(
      role('Description', 'Mode', '{ Type: String, Default: standard }', [
        'Rules:',
        '  KnownMode:',
        '    Assertions:',
        '      - Assert: !Contains [[standard, strict], !Ref Mode]',
      ]),
    );
    expect(accept('Admin', [{ path: '/Description', expected: '"standard"', actual: '"relaxed"' }])).toMatch(
      /^none for this account alone: the values would break KnownMode of its Rules/,
    );
    expect(accept('Admin', [{ path: '/Description', expected: '"standard"', actual: '"strict"' }])).toContain(
      'parameters: { regional-guardrails: { Mode: "strict" } }',
    );
  });

  // CloudFormation API Reference, PropertyDifference: ADD and REMOVE name one element of a list.
  test('an element added to a list a list parameter sets is accepted as that list with the element', () => {
    const accept = setUp(
      role(
        'ManagedPolicyArns',
        'Policies',
        '{ Type: CommaDelimitedList, Default: "arn:aws:iam::aws:policy/A,arn:aws:iam::aws:policy/B" }',
      ),
    );
    expect(
      accept('Admin', [
        { path: '/ManagedPolicyArns/2', expected: 'null', actual: '"arn:aws:iam::aws:policy/C"', type: 'ADD' },
      ]),
    ).toContain(
      'parameters: { regional-guardrails: { Policies: "arn:aws:iam::aws:policy/A,arn:aws:iam::aws:policy/B,arn:aws:iam::aws:policy/C" } }',
    );
    expect(
      accept('Admin', [
        { path: '/ManagedPolicyArns/0', expected: '"arn:aws:iam::aws:policy/A"', actual: 'null', type: 'REMOVE' },
      ]),
    ).toContain('parameters: { regional-guardrails: { Policies: "arn:aws:iam::aws:policy/B" } }');
  });

  test('a NoEcho parameter is offered no value: a manifest would put the secret in git', () => {
    const accept = setUp(role('Description', 'Token', '{ Type: String, NoEcho: true, Default: x }'));
    const text = accept('Admin', [{ path: '/Description', expected: '"x"', actual: '"new-secret"' }]);
    expect(text).toMatch(/^none by a value in git: Token is NoEcho/);
    expect(text).not.toContain('new-secret');
  });

  test('a list property emptied by hand is offered no "" value, which is a list of one empty text', () => {
    const accept = setUp(role('ManagedPolicyArns', 'Arns', '{ Type: CommaDelimitedList, Default: "a,b" }'));
    expect(accept('Admin', [{ path: '/ManagedPolicyArns', expected: '["a","b"]', actual: '[]' }])).toMatch(
      /^none for this account alone/,
    );
  });

  // CloudFormation API Reference, PropertyDifference: REMOVE is a property removed from the resource.
  test('a property removed by hand is set back by no parameter value', () => {
    const accept = setUp(role('Description', 'Text', '{ Type: String, Default: x }'));
    expect(accept('Admin', [{ path: '/Description', expected: '"x"', actual: 'null', type: 'REMOVE' }])).toMatch(
      /^none for this account alone: declaring/,
    );
  });

  test('two drifted properties one parameter sets take one value, or none when they differ', () => {
    const accept = setUp([...role('Description', 'Text', '{ Type: String, Default: x }'), '      Path: !Ref Text']);
    const both = (description: string, path: string) =>
      accept('Admin', [
        { path: '/Description', expected: '"x"', actual: `"${description}"` },
        { path: '/Path', expected: '"x"', actual: `"${path}"` },
      ]);
    expect(both('one', 'one')).toContain('parameters: { regional-guardrails: { Text: "one" } }. The override holds');
    expect(both('one', 'one')).not.toContain('also sets');
    expect(both('one', 'two')).toMatch(/^none for this account alone: Text sets both Description and Path/);
  });

  test('an instance the repository no longer targets is offered no override: apply removes it', () => {
    // security-audit's OU and manifest do not give it regional-guardrails: the plan removes the instance.
    const accept = setUp(
      role('MaxSessionDuration', 'Hours', '{ Type: Number, Default: 3600 }'),
      accountIdOf('security-audit'),
    );
    expect(accept('Admin', [{ path: '/MaxSessionDuration', expected: '3600', actual: '43200' }])).toBe(
      'none for this account alone: the repository no longer deploys regional-guardrails to security-audit in us-east-1, so the next apply removes this instance. To keep it, first: in accounts/security-audit.yaml, add regional-guardrails to baselines',
    );
  });

  // CloudFormation User Guide, "Specify existing resources at runtime": an SSM parameter type takes a name.
  test('a parameter of an SSM type is not offered the deployed value, which it would read as a parameter name', () => {
    const accept = setUp(
      role('Description', 'Note', '{ Type: "AWS::SSM::Parameter::Value<String>", Default: /vend/note }'),
    );
    expect(accept('Admin', [{ path: '/Description', expected: '"x"', actual: '"hand-edited"' }])).toMatch(
      /^none by a value in accounts\/payments-prod\.yaml: Note is an SSM parameter type, which takes the name of an SSM parameter/,
    );
    // AWS::SSM::Parameter::Name passes the name itself through: the deployed name is the override.
    const named = setUp(role('Description', 'Note', '{ Type: "AWS::SSM::Parameter::Name", Default: /vend/note }'));
    expect(named('Admin', [{ path: '/Description', expected: '"/vend/note"', actual: '"/vend/other"' }])).toContain(
      'parameters: { regional-guardrails: { Note: "/vend/other" } }',
    );
  });
});

test('two long values that differ only near their end show where they differ, and a change past what shows is seen', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const context = new DriftContext(desired, observed, computePlan(desired, observed), '2026-11-30');
  // CloudFormation reports a changed element of a list as the whole element (API Reference, PropertyDifference).
  const statement = (role: string) =>
    JSON.stringify({
      Sid: 'DenyBoundaryRemoval',
      Effect: 'Deny',
      Action: [
        'iam:DeleteRolePermissionsBoundary',
        'iam:PutRolePermissionsBoundary',
        'iam:DeleteUserPermissionsBoundary',
      ],
      Resource: '*',
      Condition: { ArnNotLike: { 'aws:PrincipalArn': `arn:aws:iam::*:role/${role}` } },
    });
  const findingFor = (actual: string, type = 'NOT_EQUAL') =>
    resourceDriftFindings(context, [
      {
        stackSet: 'vend-permissions-boundary',
        checked: true,
        operationId: 'op-1',
        drifts: [
          {
            accountId: accountIdOf('payments-prod'),
            region: 'us-east-1',
            logicalId: 'WorkloadBoundary',
            resourceType: 'AWS::IAM::ManagedPolicy',
            status: 'MODIFIED',
            differences: [
              {
                path: '/PolicyDocument/Statement/3',
                expected: statement('OrganizationAccountAccessRole'),
                actual,
                type,
              },
            ],
          },
        ],
        unchecked: [],
      },
    ]).findings[0]!;
  const finding = findingFor(statement('*'));
  expect(statement('*').length).toBeGreaterThan(200);
  expect(finding.expected).not.toBe(finding.actual);
  expect(finding.expected).toMatch(/^\/PolicyDocument\/Statement\/3 = ….*role\/OrganizationAccountAccessRole"}}}$/);
  expect(finding.actual).toMatch(/^\/PolicyDocument\/Statement\/3 = ….*role\/\*"}}}$/);
  expect(finding.details![0]).toMatch(/^\/PolicyDocument\/Statement\/3 changed: expected …/);
  // Another change past what is shown: the text shown is the same, the finding's digest is not.
  const padded = (end: string) => `${statement('*').slice(0, -1)},"Note":"${'x'.repeat(300)}${end}"}`;
  const [one, other] = [findingFor(padded('a')), findingFor(padded('b'))];
  expect(one.actual).toBe(other.actual);
  expect(observedDigest(one)).not.toBe(observedDigest(other));
  expect(findingFor('{"Sid":"Extra"}', 'ADD').details![0]).toMatch(/^\/PolicyDocument\/Statement\/3 added: /);
});

test('past the time budget a StackSet is still running: not checked, results on the next run', async () => {
  cloudFormation.on(DetectStackSetDriftCommand).resolves({ OperationId: 'op-slow' });
  cloudFormation.on(DescribeStackSetOperationCommand).resolves({ StackSetOperation: { Status: 'RUNNING' } });
  const clock = fakeClock();
  const [detection] = await detect(['vend-human-roles'], 120_000, clock);
  expect(detection).toEqual({
    stackSet: 'vend-human-roles',
    checked: false,
    reason: 'drift detection is still running (operation op-slow); results on the next run',
  });
  expect(clock.now()).toBeLessThanOrEqual(120_000);
  expect(cloudFormation.commandCalls(ListStackInstancesCommand)).toHaveLength(0);
});

// GitHub starts scheduled runs late at busy times (Actions docs, "Events that trigger workflows": schedule), so the
// next night's run may come more than a day after the detection ended.
test.each([
  ['on time', '2026-11-30T03:17:00Z'],
  ['an hour late', '2026-11-30T04:40:00Z'],
])(
  'a detection that outlasted last night’s budget and has since succeeded is read, not started again (%s)',
  async (_when, tonightAt) => {
    // Last night's run gave up on op-long after its 10-minute budget; it SUCCEEDED 40 minutes in.
    const started = new Date('2026-11-29T03:17:00Z');
    cloudFormation.on(ListStackSetOperationsCommand).resolves({
      Summaries: [
        {
          OperationId: 'op-long',
          Action: 'DETECT_DRIFT',
          Status: 'SUCCEEDED',
          CreationTimestamp: started,
          EndTimestamp: new Date('2026-11-29T03:57:00Z'),
        },
        {
          OperationId: 'op-update',
          Action: 'UPDATE',
          Status: 'SUCCEEDED',
          CreationTimestamp: new Date('2026-11-28T12:00:00Z'),
          EndTimestamp: new Date('2026-11-28T12:05:00Z'),
        },
      ],
    });
    cloudFormation.on(ListStackInstancesCommand).resolves({
      Summaries: [
        {
          Account: PROD,
          Region: 'us-east-1',
          DriftStatus: 'DRIFTED',
          LastDriftCheckTimestamp: new Date('2026-11-29T03:50:00Z'),
        },
      ],
    });
    cloudFormation.on(ListStackInstanceResourceDriftsCommand).resolves({
      Summaries: [
        {
          StackId: 'stack-1',
          LogicalResourceId: 'DeployRole',
          ResourceType: 'AWS::IAM::Role',
          StackResourceDriftStatus: 'DELETED',
          Timestamp: new Date(),
        },
      ],
    });
    const tonight = new Date(tonightAt).getTime();
    const clock = { now: () => tonight, sleep: async () => undefined };
    const [detection] = await detect(['vend-human-roles'], 600_000, clock);
    expect(detection).toMatchObject({ stackSet: 'vend-human-roles', checked: true, operationId: 'op-long' });
    expect(detection!.checked && detection!.drifts.map((drift) => [drift.accountId, drift.logicalId])).toEqual([
      [PROD, 'DeployRole'],
    ]);
    expect(cloudFormation.commandCalls(DetectStackSetDriftCommand)).toHaveLength(0);
    expect(cloudFormation.commandCalls(ListStackInstanceResourceDriftsCommand)[0]!.args[0].input.OperationId).toBe(
      'op-long',
    );
    // Tonight's report says the results are older than tonight: what changed since is not checked.
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    const context = new DriftContext(desired, observed, computePlan(desired, observed), '2026-11-30');
    expect(resourceDriftFindings(context, [detection!]).notChecked).toContainEqual({
      target: 'stackset:vend-human-roles',
      what: `resource drift since ${started.toISOString()}`,
      reason: expect.stringContaining('the detection an earlier run started then and left running'),
    });
  },
);

test('a detection its own run already read (it ended within the budget) is started afresh the next night', async () => {
  cloudFormation.on(ListStackSetOperationsCommand).resolves({
    Summaries: [
      {
        OperationId: 'op-quick',
        Action: 'DETECT_DRIFT',
        Status: 'SUCCEEDED',
        CreationTimestamp: new Date('2026-11-29T03:17:00Z'),
        EndTimestamp: new Date('2026-11-29T03:19:00Z'),
      },
    ],
  });
  cloudFormation.on(DetectStackSetDriftCommand).resolves({ OperationId: 'op-tonight' });
  cloudFormation.on(DescribeStackSetOperationCommand).resolves({ StackSetOperation: { Status: 'SUCCEEDED' } });
  cloudFormation.on(ListStackInstancesCommand).resolves({ Summaries: [] });
  const tonight = new Date('2026-11-30T03:17:00Z').getTime();
  const [detection] = await detect(['vend-human-roles'], 600_000, { now: () => tonight, sleep: async () => undefined });
  expect(detection).toMatchObject({ checked: true, operationId: 'op-tonight' });
  expect(cloudFormation.commandCalls(DetectStackSetDriftCommand)).toHaveLength(1);
});

test('a detection that FAILED is not checked, with its reason', async () => {
  cloudFormation.on(DetectStackSetDriftCommand).resolves({ OperationId: 'op-2' });
  cloudFormation
    .on(DescribeStackSetOperationCommand)
    .resolves({ StackSetOperation: { Status: 'FAILED', StatusReason: 'Account 222 is suspended' } });
  expect(await detect(['vend-human-roles'])).toEqual([
    { stackSet: 'vend-human-roles', checked: false, reason: 'drift detection ended FAILED: Account 222 is suspended' },
  ]);
});

test('a StackSet busy with another operation is not checked, and the others still are', async () => {
  const busy = new OperationInProgressException({
    message: 'Another Operation on StackSet is in progress',
    $metadata: {},
  });
  cloudFormation.on(DetectStackSetDriftCommand, { StackSetName: 'vend-busy' }).rejects(busy);
  cloudFormation.on(DetectStackSetDriftCommand, { StackSetName: 'vend-free' }).resolves({ OperationId: 'op-free' });
  cloudFormation.on(ListStackSetOperationsCommand).resolves({
    Summaries: [{ OperationId: 'op-update', Action: 'UPDATE', Status: 'RUNNING' }],
  });
  cloudFormation.on(DescribeStackSetOperationCommand).resolves({ StackSetOperation: { Status: 'SUCCEEDED' } });
  cloudFormation.on(ListStackInstancesCommand).resolves({ Summaries: [] });
  const detections = await detect(['vend-busy', 'vend-free']);
  expect(detections).toEqual([
    { stackSet: 'vend-busy', checked: false, reason: 'the StackSet is busy with another operation (UPDATE op-update)' },
    { stackSet: 'vend-free', checked: true, operationId: 'op-free', drifts: [], unchecked: [] },
  ]);
});

test('a StackSet whose blocking operation ended meanwhile reads one page of its history, not all of it', async () => {
  cloudFormation
    .on(DetectStackSetDriftCommand)
    .rejects(new OperationInProgressException({ message: 'in progress', $metadata: {} }));
  const ended = { Action: 'UPDATE' as const, Status: 'SUCCEEDED' as const };
  cloudFormation.on(ListStackSetOperationsCommand).resolves({
    Summaries: Array.from({ length: 100 }, (_, index) => ({ ...ended, OperationId: `op-${index}` })),
    NextToken: 'older',
  });
  const [detection] = await detect(['vend-busy']);
  expect(detection).toEqual({
    stackSet: 'vend-busy',
    checked: false,
    reason: 'the StackSet was busy with another operation, which has since ended: checked again next run',
  });
  // One read to look for last night's unread detection, one for the operation that held the StackSet.
  expect(cloudFormation.commandCalls(ListStackSetOperationsCommand)).toHaveLength(2);
});

test('a drift detection already running (last night’s, past its budget) is attached to, not started again', async () => {
  cloudFormation
    .on(DetectStackSetDriftCommand)
    .rejects(new OperationInProgressException({ message: 'in progress', $metadata: {} }));
  cloudFormation.on(ListStackSetOperationsCommand).resolves({
    Summaries: [
      { OperationId: 'op-old', Action: 'UPDATE', Status: 'SUCCEEDED' },
      { OperationId: 'op-detect', Action: 'DETECT_DRIFT', Status: 'RUNNING' },
    ],
  });
  cloudFormation.on(DescribeStackSetOperationCommand).resolves({ StackSetOperation: { Status: 'SUCCEEDED' } });
  cloudFormation.on(ListStackInstancesCommand).resolves({
    Summaries: [{ Account: DEV, Region: 'us-east-1', DriftStatus: 'UNKNOWN' }],
  });
  const [detection] = await detect(['vend-automation-roles']);
  expect(detection).toEqual({
    stackSet: 'vend-automation-roles',
    checked: true,
    operationId: 'op-detect',
    drifts: [],
    unchecked: [{ accountId: DEV, region: 'us-east-1', status: 'UNKNOWN' }],
  });
  expect(cloudFormation.commandCalls(DescribeStackSetOperationCommand)[0]!.args[0].input.OperationId).toBe('op-detect');
});

test('an endpoint without DetectStackSetDrift (an emulator’s HTML 500) is said plainly, and is not drift', async () => {
  const html = Object.assign(new Error('Deserialization error: to see the raw response, inspect $response'), {
    $metadata: { httpStatusCode: 500 },
  });
  cloudFormation.on(DetectStackSetDriftCommand).rejects(html);
  expect(await detect(['vend-automation-roles'])).toEqual([
    { stackSet: 'vend-automation-roles', checked: false, reason: ENDPOINT_UNSUPPORTED },
  ]);
});

test('AWS’s own 500, after the SDK’s retries, is reported as it is: not mistaken for a missing operation', async () => {
  const failure = Object.assign(new Error('We encountered an internal error'), {
    name: 'InternalFailure',
    $fault: 'server',
    $metadata: { httpStatusCode: 500 },
  });
  cloudFormation.on(DetectStackSetDriftCommand).rejects(failure);
  const [detection] = await detect(['vend-automation-roles']);
  expect(detection).toMatchObject({ checked: false, reason: expect.stringContaining('InternalFailure') });
});

test('a gateway’s HTML 503 is told as the error it is, not as an endpoint without the operation', async () => {
  const gateway = Object.assign(new Error('Deserialization error: to see the raw response, inspect $response'), {
    $metadata: { httpStatusCode: 503 },
    $response: { statusCode: 503 },
  });
  cloudFormation.on(DetectStackSetDriftCommand).rejects(gateway);
  const [detection] = await detect(['vend-automation-roles']);
  expect(detection).toMatchObject({ checked: false, reason: expect.stringContaining('HTTP 503') });
});

test('coverage: each baseline names the resources drift detection does not cover, with the table’s source', () => {
  const template = `Resources:
  Role: { Type: AWS::IAM::Role, Properties: { ManagedPolicyArns: [], Policies: [] } }
  Lookup: { Type: Custom::AccountLookup, Properties: {} }
  Nested: { Type: AWS::CloudFormation::Stack, Properties: {} }
`;
  expect(
    detectionCoverageGaps([desiredBaseline('covered'), desiredBaseline('partly', { templateBody: template })], 'vend-'),
  ).toEqual([
    {
      target: 'stackset:vend-partly',
      what: 'resource drift of Lookup (Custom::AccountLookup) and Nested (AWS::CloudFormation::Stack)',
      reason: expect.stringContaining('AWS CloudFormation User Guide, "Resource type support"'),
      coverageGap: true,
    },
  ]);
});

test('coverage: a bucket policy is not counted as checked, nor is a managed policy’s document, which detection is reported to miss', () => {
  const template = `Resources:
  Bucket: { Type: AWS::S3::Bucket, Properties: {} }
  TlsOnly: { Type: AWS::S3::BucketPolicy, Properties: { Bucket: !Ref Bucket, PolicyDocument: {} } }
  Boundary: { Type: AWS::IAM::ManagedPolicy, Properties: { PolicyDocument: {} } }
`;
  expect(detectionCoverageGaps([desiredBaseline('artifacts', { templateBody: template })], 'vend-')).toEqual([
    {
      target: 'stackset:vend-artifacts',
      what: 'resource drift of TlsOnly (AWS::S3::BucketPolicy)',
      reason: expect.stringContaining('"Resource type support"'),
      coverageGap: true,
    },
    {
      target: 'stackset:vend-artifacts',
      what: 'changes to the PolicyDocument of Boundary (AWS::IAM::ManagedPolicy)',
      reason: expect.stringContaining('cloudformation-coverage-roadmap #1858'),
      coverageGap: true,
    },
  ]);
});

test('coverage: a role that leaves out a policy property is named, since a policy attached to it by hand reads IN_SYNC', () => {
  // CloudFormation API Reference, StackResourceDrift: "Only resource properties explicitly defined in the stack
  // template are checked for drift." Reproduced for roles in cloudformation-coverage-roadmap #2489 and #936.
  const template = `Resources:
  Deployer:
    Type: AWS::IAM::Role
    Properties: { AssumeRolePolicyDocument: {}, Policies: [{ PolicyName: deploy, PolicyDocument: {} }] }
  ReadOnly:
    Type: AWS::IAM::Role
    Properties: { AssumeRolePolicyDocument: {}, ManagedPolicyArns: [arn:aws:iam::aws:policy/ReadOnlyAccess] }
  Bare: { Type: AWS::IAM::Role, Properties: { AssumeRolePolicyDocument: {} } }
  Declared:
    Type: AWS::IAM::Role
    Properties: { AssumeRolePolicyDocument: {}, ManagedPolicyArns: !If [Extra, [arn:aws:iam::aws:policy/x], []], Policies: [] }
  # AWS::NoValue removes the property (User Guide, Pseudo parameters): written, yet compared no more than left out.
  Hidden:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {}
      ManagedPolicyArns: !If [Extra, [arn:aws:iam::aws:policy/x], !Ref AWS::NoValue]
      Policies: !Ref AWS::NoValue
  Key: { Type: AWS::KMS::Key, Properties: {} }
`;
  expect(detectionCoverageGaps([desiredBaseline('roles', { templateBody: template })], 'vend-')).toEqual([
    {
      target: 'stackset:vend-roles',
      what: 'policies attached outside CloudFormation to Deployer (no ManagedPolicyArns), ReadOnly (no Policies), Bare (no ManagedPolicyArns or Policies) and Hidden (no ManagedPolicyArns or Policies)',
      reason: expect.stringMatching(
        /compares only the properties a template declares .*declare them to have the managed and inline policies compared/,
      ),
      coverageGap: true,
    },
  ]);
});

test('an instance this detection failed to check keeps an old status, and is not checked rather than in sync', async () => {
  // With full failure tolerance the operation SUCCEEDS although an instance failed (its execution role was broken,
  // say); ListStackInstances then still shows that instance's status from an earlier check.
  succeededWithDriftedRole();
  const lastMonth = new Date('2026-10-30T03:18:00Z');
  cloudFormation.on(ListStackInstancesCommand).resolves({
    Summaries: [
      { Account: PROD, Region: 'us-east-1', DriftStatus: 'DRIFTED', LastDriftCheckTimestamp: CHECKED },
      { Account: DEV, Region: 'us-east-1', DriftStatus: 'IN_SYNC', LastDriftCheckTimestamp: lastMonth },
      { Account: DEV, Region: 'eu-west-1', DriftStatus: 'IN_SYNC' },
    ],
  });
  const [detection] = await detect(['vend-automation-roles']);
  expect(detection).toMatchObject({ checked: true });
  const unchecked = detection!.checked ? detection!.unchecked : [];
  // One status for both, however old their last check: a failed detection across many accounts is one line.
  expect(unchecked.filter((part) => !part.resource)).toEqual([
    { accountId: DEV, region: 'us-east-1', status: 'not reached by this detection' },
    { accountId: DEV, region: 'eu-west-1', status: 'not reached by this detection' },
  ]);
  // Only the instance this detection checked has its resources read.
  expect(cloudFormation.commandCalls(ListStackInstanceResourceDriftsCommand)).toHaveLength(1);
});

test('a drift role AWS refuses DetectStackSetDrift fails the check: resource drift is not quietly given up', async () => {
  // CloudFormation API Reference, DetectStackSetDrift: AccessDeniedException for a caller without the permission.
  const refused = Object.assign(
    new Error('User: arn:aws:sts::111111111111:assumed-role/vend-drift/x is not authorized'),
    {
      name: 'AccessDeniedException',
      $metadata: { httpStatusCode: 400 },
    },
  );
  cloudFormation.on(DetectStackSetDriftCommand).rejects(refused);
  cloudFormation.on(ListStackSetOperationsCommand).resolves({ Summaries: [] });
  await expect(detect(['vend-human-roles'])).rejects.toThrow(
    /^Detecting drift on vend-human-roles failed: AccessDeniedException: .*The role vend runs as lacks a permission/,
  );
});
