import { computePlan } from '../../src/plan/compute-plan.js';
import { retentionChanges } from '../../src/plan/stack-set-update-impact.js';
import { convergedObservation, referenceDesiredState } from '../support/plan-fixtures.js';

const LOGS = (retention: number, deletionPolicy = 'Retain') =>
  `Resources:\n  AuditLogs:\n    Type: AWS::Logs::LogGroup\n    DeletionPolicy: ${deletionPolicy}\n    Properties:\n      RetentionInDays: ${retention}\n  Trail:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration: { Status: Enabled }\n`;

// A template that keeps data for a day deletes nothing itself, and erases within a day what every account holds: a
// reviewer must see it set apart, as DESIGN.md says of baseline templates.
test('a regional baseline whose template shortens log retention is a high-impact update that names what changes', () => {
  const desired = referenceDesiredState();
  const regional = desired.baselines.find((baseline) => baseline.name === 'regional-guardrails')!;
  regional.templateBody = LOGS(3653);
  const observed = convergedObservation(desired);
  regional.templateBody = LOGS(1).replace('Status: Enabled', 'Status: Suspended');
  const update = computePlan(desired, observed).changes.find((change) => change.kind === 'update-stackset');
  expect(update).toMatchObject({
    destructive: false,
    highImpact: true,
    highImpactReason:
      'it changes how long data is kept, or whether it can be deleted, in every account it reaches: RetentionInDays of AuditLogs (AWS::Logs::LogGroup) and VersioningConfiguration of Trail (AWS::S3::Bucket)',
  });
});

test('retention, lifecycle and deletion attributes are read per resource; other edits and new resources are not', () => {
  expect(retentionChanges(LOGS(30), LOGS(30, 'Delete'))).toEqual(['DeletionPolicy of AuditLogs (AWS::Logs::LogGroup)']);
  expect(
    retentionChanges(
      LOGS(30),
      `${LOGS(30)}      LifecycleConfiguration:\n        Rules: [{ Status: Enabled, ExpirationInDays: 1 }]\n`,
    ),
  ).toEqual(['LifecycleConfiguration of Trail (AWS::S3::Bucket)']);
  // A tag edit, a new resource (it holds no data yet) and the same values spelt alike are not retention changes.
  expect(retentionChanges(LOGS(30), LOGS(30).replace('Trail:', 'Other:\n    Type: AWS::SNS::Topic\n  Trail:'))).toEqual(
    [],
  );
  expect(retentionChanges(LOGS(30), LOGS(30).replace('{ Status: Enabled }', '{"Status": "Enabled"}'))).toEqual([]);
});
