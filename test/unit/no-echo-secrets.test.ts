// AWS returns a NoEcho parameter's value masked: "CloudFormation returns the parameter value masked as asterisks
// (*****) for any calls that describe the stack" (CloudFormation User Guide, "Parameters", NoEcho), and
// DescribeStackSet returns `****`. moto returns the value itself, so the masked reads are scripted here.
import type { DesiredState } from '../../src/config/desired-state.js';
import { instanceOverrides, stackSetParameters } from '../../src/apply/stack-set-parameters.js';
import { computePlan } from '../../src/plan/compute-plan.js';
import { maskNoEchoDefaults } from '../../src/plan/no-echo-parameters.js';
import { valueChanges } from '../../src/report/effect-details.js';
import { renderPlanComment } from '../../src/report/plan-markdown.js';
import {
  accountIdOf,
  convergedObservation,
  desiredAccountNamed,
  observedStackSet,
  referenceDesiredState,
} from '../support/plan-fixtures.js';

const SECRET_TEMPLATE = `Parameters:
  BoundaryPolicyName: { Type: String }
  ApiKey: { Type: String, NoEcho: true }
Resources:
  Key:
    Type: AWS::SSM::Parameter
    Properties: { Name: /vend/key, Type: String, Value: !Ref ApiKey }
`;

function withSecret(apiKey: string): DesiredState {
  const desired = referenceDesiredState();
  const boundary = desired.baselines.find((baseline) => baseline.name === 'permissions-boundary')!;
  boundary.templateBody = SECRET_TEMPLATE;
  boundary.parameters = { BoundaryPolicyName: 'vend-workload-boundary', ApiKey: apiKey };
  return desired;
}

const ids = (desired: DesiredState, observed = convergedObservation(desired)) =>
  computePlan(desired, observed).changes.map((change) => change.id);

test('a masked secret counts as the repository value: the plan does not update the StackSet every time', () => {
  const desired = withSecret('real-secret');
  const observed = convergedObservation(desired);
  observedStackSet(observed, 'permissions-boundary').parameters.ApiKey = '****';
  expect(ids(desired, observed)).toEqual([]);

  // A parameter that is not NoEcho and reads `****` is a value like any other.
  observedStackSet(observed, 'permissions-boundary').parameters.BoundaryPolicyName = '****';
  expect(ids(desired, observed)).toEqual(['update-stackset:stackset:vend-permissions-boundary']);
});

test('a StackSet vend import wrote with the mask is adopted, and its masked instance overrides match', () => {
  const desired = withSecret('****');
  desiredAccountNamed(desired, 'payments-prod').parameters['permissions-boundary'] = { ApiKey: '****' };
  const observed = convergedObservation(desired);
  const stackSet = observedStackSet(observed, 'permissions-boundary');
  stackSet.managedByVend = false;
  const plan = computePlan(desired, observed);
  expect(plan.problems).toEqual([]);
  expect(plan.changes.map((change) => change.id)).toEqual(['adopt-stackset:stackset:vend-permissions-boundary']);

  // The repository now holds the real value for payments-prod; AWS still shows it masked.
  desiredAccountNamed(desired, 'payments-prod').parameters['permissions-boundary'] = { ApiKey: 'prod-secret' };
  stackSet.managedByVend = true;
  const prod = stackSet.instances.find((instance) => instance.accountId === accountIdOf('payments-prod'))!;
  expect(prod.parameterOverrides.ApiKey).toBe('****');
  expect(ids(desired, observed)).toEqual([]);
});

test('a new StackSet whose secret is the mask is a problem: creating it would deploy the mask', () => {
  const desired = withSecret('****');
  const observed = convergedObservation(desired);
  observed.stackSets = observed.stackSets.filter((stackSet) => stackSet.name !== 'vend-permissions-boundary');
  const plan = computePlan(desired, observed);
  expect(plan.problems).toEqual([
    expect.objectContaining({
      target: 'stackset:vend-permissions-boundary',
      message: expect.stringContaining('ApiKey is a NoEcho parameter of baseline permissions-boundary'),
    }),
  ]);
  expect(plan.changes.map((change) => change.id)).not.toContain('create-stackset:stackset:vend-permissions-boundary');
});

// UsePreviousValue: "During stack update, use the existing parameter value that the stack is using for a given
// parameter key" (CloudFormation API Reference, Parameter); UpdateStackInstances accepts it in ParameterOverrides.
test('apply keeps a masked secret with UsePreviousValue, and never sends the mask', () => {
  const values = { BoundaryPolicyName: 'b', ApiKey: '****' };
  expect(stackSetParameters(values, ['ApiKey'])).toEqual([
    { ParameterKey: 'BoundaryPolicyName', ParameterValue: 'b' },
    { ParameterKey: 'ApiKey', UsePreviousValue: true },
  ]);
  expect(stackSetParameters(values, [])).toContainEqual({ ParameterKey: 'ApiKey', ParameterValue: '****' });
  expect(instanceOverrides(values, ['ApiKey'], 'UPDATE')).toContainEqual({
    ParameterKey: 'ApiKey',
    UsePreviousValue: true,
  });
  // A new instance has no value to keep: it takes the StackSet's.
  expect(instanceOverrides(values, ['ApiKey'], 'CREATE')).toEqual([
    { ParameterKey: 'BoundaryPolicyName', ParameterValue: 'b' },
  ]);
});

test('a NoEcho parameter set for the first time, or removed, is said to be set or removed, never its value', () => {
  const secret = new Set(['WebhookSecret']);
  expect(valueChanges({}, { WebhookSecret: 'hunter2' }, secret)).toEqual([
    'WebhookSecret: set (NoEcho: value not shown)',
  ]);
  expect(valueChanges({ WebhookSecret: 'hunter2' }, {}, secret)).toEqual([
    'WebhookSecret: removed (NoEcho: value not shown)',
  ]);
  expect(valueChanges({ WebhookSecret: 'a' }, { WebhookSecret: 'b' }, secret)).toEqual([
    'WebhookSecret: changed (NoEcho: values not shown)',
  ]);
});

test('a value the StackSet holds for a parameter no template declares is not shown: nothing says it was no secret', () => {
  // CloudFormation refuses such a parameter; the emulator keeps one whose NoEcho template was reverted.
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  observedStackSet(observed, 'permissions-boundary').parameters.WebhookSecret = 'hunter2-SETSECRET';
  const plan = computePlan(desired, observed);
  expect(plan.noEchoParameters['vend-permissions-boundary']).toEqual(['WebhookSecret']);
  expect(JSON.stringify(renderPlanComment(plan))).not.toContain('hunter2');
  expect(renderPlanComment(plan)).toContain('WebhookSecret: removed (NoEcho: value not shown)');
});

test('a NoEcho Default written as a block scalar is masked in place, leaving the lines after it as they were', () => {
  const template = (secret: string) =>
    [
      'Parameters:',
      '  BlockSecret:',
      '    Type: String',
      '    NoEcho: true',
      '    Default: >-',
      `      ${secret}`,
      '      continued',
      '  Region:',
      '    Type: String',
      '',
    ].join('\n');
  const masked = maskNoEchoDefaults(template('hunter2-new'), ['BlockSecret'], template('hunter2-old'));

  expect(masked).not.toMatch(/hunter2/);
  expect(masked.split('\n')).toEqual([
    'Parameters:',
    '  BlockSecret:',
    '    Type: String',
    '    NoEcho: true',
    '    Default: "(NoEcho: changed, not shown)"',
    '  Region:',
    '    Type: String',
    '',
  ]);
});
