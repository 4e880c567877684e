import { computePlan } from '../../src/plan/compute-plan.js';
import { describeChanges } from '../../src/report/change-effects.js';
import { convergedObservation, observedStackSet, referenceDesiredState } from '../support/plan-fixtures.js';

// A parameter the StackSet never sets takes the template's Default in every instance that does not override it
// (CloudFormation User Guide, "Parameters": Default). A template change that only edits it changes those stacks,
// and no parameter line of the StackSet shows it.
const template = (defaults: { session: string; noEcho?: string }) => `Parameters:
  BoundaryPolicyName: { Type: String }
  MaxSessionSeconds: { Type: Number, Default: ${defaults.session} }
  Token: { Type: String, NoEcho: true, Default: ${defaults.noEcho ?? 'old-token'} }
Resources:
  Topic: { Type: AWS::SNS::Topic }
`;

function effectOf(before: { session: string; noEcho?: string }, after: { session: string; noEcho?: string }) {
  const desired = referenceDesiredState();
  const boundary = desired.baselines.find((baseline) => baseline.name === 'permissions-boundary')!;
  boundary.templateBody = template(after);
  const observed = convergedObservation(desired);
  observedStackSet(observed, 'permissions-boundary').templateBody = template(before);
  const plan = computePlan(desired, observed);
  return describeChanges(plan).find(
    (effect) => effect.change.id === 'update-stackset:stackset:vend-permissions-boundary',
  )!;
}

test('a new default of a parameter the StackSet does not set is said', () => {
  const effect = effectOf({ session: '14400' }, { session: '7200' });
  expect(effect.details).toContain(
    '  MaxSessionSeconds: default "14400" → "7200", the value of every instance that does not override it (the StackSet does not set it)',
  );
  // BoundaryPolicyName is set by the StackSet: its line is the parameter's own, not a default's.
  expect(effect.details.join('\n')).not.toContain('BoundaryPolicyName: default');
});

test('a NoEcho default is said to change, never shown', () => {
  const effect = effectOf({ session: '1', noEcho: 'old-token' }, { session: '1', noEcho: 'new-token' });
  expect(effect.details).toContain(
    '  Token: default changed (NoEcho: values not shown), the value of every instance that does not override it (the StackSet does not set it)',
  );
  expect(JSON.stringify([effect.details, effect.diff, effect.summary])).not.toContain('new-token');
});

test('a parameter the new template adds with a default is said to be set, a NoEcho one without its value', () => {
  const desired = referenceDesiredState();
  const boundary = desired.baselines.find((baseline) => baseline.name === 'permissions-boundary')!;
  const before = template({ session: '1' });
  boundary.templateBody = before
    .replace(
      'Resources:',
      'AuditToken: { Type: String, NoEcho: true, Default: new-secret }\n  Tier: { Type: String, Default: gold }\nResources:',
    )
    .replace('\nAuditToken', '\n  AuditToken');
  const observed = convergedObservation(desired);
  observedStackSet(observed, 'permissions-boundary').templateBody = before;
  const effect = describeChanges(computePlan(desired, observed)).find(
    (candidate) => candidate.change.id === 'update-stackset:stackset:vend-permissions-boundary',
  )!;
  expect(effect.details).toEqual(
    expect.arrayContaining([
      '  AuditToken: default set (NoEcho: value not shown), the value of every instance that does not override it (the StackSet does not set it)',
      '  Tier: default set to "gold", the value of every instance that does not override it (the StackSet does not set it)',
    ]),
  );
  expect(effect.diff?.diff.lines).toContain(
    '+  AuditToken: { Type: String, NoEcho: true, Default: "(NoEcho: new, not shown)" }',
  );
  expect(JSON.stringify([effect.details, effect.diff, effect.summary])).not.toContain('new-secret');
});

test('a parameter the new template drops is no default anyone takes; one that loses its default is said to leave instances without a value', () => {
  const desired = referenceDesiredState();
  const boundary = desired.baselines.find((baseline) => baseline.name === 'permissions-boundary')!;
  boundary.templateBody = `Parameters:
  BoundaryPolicyName: { Type: String }
  Kept: { Type: String }
Resources:
  Topic: { Type: AWS::SNS::Topic }
`;
  const observed = convergedObservation(desired);
  observedStackSet(observed, 'permissions-boundary').templateBody = `Parameters:
  BoundaryPolicyName: { Type: String }
  Kept: { Type: String, Default: a }
  Old: { Type: String, Default: keep }
Resources:
  Topic: { Type: AWS::SNS::Topic }
`;
  const effect = describeChanges(computePlan(desired, observed)).find(
    (candidate) => candidate.change.id === 'update-stackset:stackset:vend-permissions-boundary',
  )!;
  expect(effect.details.join('\n')).not.toContain('Old:');
  expect(effect.details).toContain(
    '  Kept: default "a" removed: an instance that does not override it has no value for it (the StackSet does not set it)',
  );
});
