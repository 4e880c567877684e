import { computePlan } from '../../src/plan/compute-plan.js';
import { retentionChanges } from '../../src/plan/stack-set-update-impact.js';
import {
  convergedObservation,
  desiredAccountNamed,
  observedStackSet,
  referenceDesiredState,
} from '../support/plan-fixtures.js';

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

// CloudFormation User Guide, "Fn::FindInMap" and "Condition functions": the value deployed is the Mappings entry, or
// the branch the condition picks, so editing either changes retention though the property's text stays the same.
test('retention read from a Mappings entry or chosen by a condition changes when that entry or condition does', () => {
  const mapped = (days: number, key = 'Days') =>
    `Mappings:\n  Keep:\n    Logs: { Days: ${days}, Other: 1 }\nResources:\n  AuditLogs:\n    Type: AWS::Logs::LogGroup\n    Properties:\n      RetentionInDays: !FindInMap [Keep, Logs, ${key}]\n`;
  expect(retentionChanges(mapped(365), mapped(1))).toEqual(['RetentionInDays of AuditLogs (AWS::Logs::LogGroup)']);
  expect(retentionChanges(mapped(30), mapped(365))).toEqual([]);
  const byRegion = (days: number) =>
    `Mappings:\n  Keep:\n    us-east-1: { Days: ${days} }\nResources:\n  AuditLogs:\n    Type: AWS::Logs::LogGroup\n    Properties:\n      RetentionInDays: !FindInMap [Keep, !Ref AWS::Region, Days]\n`;
  expect(retentionChanges(byRegion(365), byRegion(1))).toEqual(['RetentionInDays of AuditLogs (AWS::Logs::LogGroup)']);
  const chosen = (region: string) =>
    `Conditions:\n  Home: !Equals [!Ref AWS::Region, ${region}]\n  Long: !Condition Home\nResources:\n  AuditLogs:\n    Type: AWS::Logs::LogGroup\n    Properties:\n      RetentionInDays: !If [Long, 3653, 1]\n`;
  expect(retentionChanges(chosen('us-east-1'), chosen('eu-west-1'))).toEqual([
    'RetentionInDays of AuditLogs (AWS::Logs::LogGroup)',
  ]);
  expect(retentionChanges(chosen('us-east-1'), chosen('us-east-1'))).toEqual([]);
});

test('a new parameter value that a condition reads to pick a shorter retention is high impact', () => {
  const desired = referenceDesiredState();
  const regional = desired.baselines.find((baseline) => baseline.name === 'regional-guardrails')!;
  regional.templateBody = [
    'Parameters:',
    '  Environment: { Type: String, Default: prod, AllowedValues: [prod, dev] }',
    'Conditions:',
    '  IsDev: !Equals [!Ref Environment, dev]',
    'Resources:',
    '  AuditLogs:',
    '    Type: AWS::Logs::LogGroup',
    '    Properties:',
    '      RetentionInDays: !If [IsDev, 1, 3653]',
  ].join('\n');
  regional.parameters = { Environment: 'prod' };
  const observed = convergedObservation(desired);
  regional.parameters = { Environment: 'dev' };
  const update = computePlan(desired, observed).changes.find((change) => change.kind === 'update-stackset');
  expect(update).toMatchObject({
    highImpact: true,
    highImpactReason: expect.stringContaining(
      'RetentionInDays of AuditLogs (AWS::Logs::LogGroup), through parameter Environment',
    ),
  });
});

// A larger number keeps data longer only where it is the retention itself: read by a condition or as an index, it
// may pick a shorter one.
test.each([
  ['a condition', 'Conditions:\n  IsShort: !Equals [!Ref Tier, 2]\n', '!If [IsShort, 1, 3653]'],
  ['an Fn::Select index', '', '!Select [!Ref Tier, [3653, 3653, 1]]'],
])('a larger number that %s reads to pick retention is high impact', (_case, conditions, retention) => {
  const desired = referenceDesiredState();
  const regional = desired.baselines.find((baseline) => baseline.name === 'regional-guardrails')!;
  regional.templateBody = `Parameters:\n  Tier: { Type: Number, Default: 1 }\n${conditions}Resources:\n  AuditLogs:\n    Type: AWS::Logs::LogGroup\n    Properties:\n      RetentionInDays: ${retention}\n`;
  regional.parameters = { Tier: '1' };
  const observed = convergedObservation(desired);
  regional.parameters = { Tier: '2' };
  const update = computePlan(desired, observed).changes.find((change) => change.kind === 'update-stackset');
  expect(update).toMatchObject({
    highImpact: true,
    highImpactReason: expect.stringContaining('through parameter Tier'),
  });
});

test('a larger number that is the retention itself keeps data longer, and is not high impact for it', () => {
  const desired = referenceDesiredState();
  const regional = desired.baselines.find((baseline) => baseline.name === 'regional-guardrails')!;
  regional.templateBody =
    'Parameters:\n  Days: { Type: Number, Default: 30 }\nResources:\n  AuditLogs:\n    Type: AWS::Logs::LogGroup\n    Properties:\n      RetentionInDays: !Ref Days\n';
  regional.parameters = { Days: '30' };
  const observed = convergedObservation(desired);
  regional.parameters = { Days: '365' };
  const update = computePlan(desired, observed).changes.find((change) => change.kind === 'update-stackset');
  expect(update?.highImpactReason ?? '').not.toContain('through parameter Days');
});

// CloudFormation User Guide: an event archive's RetentionDays 0 and a Redshift cluster's
// ManualSnapshotRetentionPeriod -1 keep data indefinitely; a positive number after them is a cut.
test('a retention that kept data indefinitely (0 or -1) set to a number of days is a cut', () => {
  const archive = (days: number) =>
    `Resources:\n  Archive:\n    Type: AWS::Events::Archive\n    Properties:\n      SourceArn: arn:aws:events:us-east-1:111111111111:event-bus/default\n      RetentionDays: ${days}\n`;
  expect(retentionChanges(archive(0), archive(1))).toEqual(['RetentionDays of Archive (AWS::Events::Archive)']);
  expect(retentionChanges(archive(-1), archive(30))).toEqual(['RetentionDays of Archive (AWS::Events::Archive)']);
  expect(retentionChanges(archive(30), archive(60))).toEqual([]);
});

test('retention read from another resource with Fn::GetAtt changes when that resource does', () => {
  const read = (value: string) =>
    `Resources:\n  Keep:\n    Type: AWS::SSM::Parameter\n    Properties: { Type: String, Value: '${value}' }\n  AuditLogs:\n    Type: AWS::Logs::LogGroup\n    Properties:\n      RetentionInDays: !GetAtt Keep.Value\n`;
  expect(retentionChanges(read('3653'), read('1'))).toEqual(['RetentionInDays of AuditLogs (AWS::Logs::LogGroup)']);
  expect(retentionChanges(read('3653'), read('3653'))).toEqual([]);
});

test('data kept longer, the same value quoted, and a policy that now retains are not retention cuts', () => {
  expect(retentionChanges(LOGS(30), LOGS(365))).toEqual([]);
  expect(retentionChanges(LOGS(30), LOGS(30).replace('RetentionInDays: 30', "RetentionInDays: '30'"))).toEqual([]);
  expect(retentionChanges(LOGS(30, 'Delete'), LOGS(30, 'Retain'))).toEqual([]);
  expect(retentionChanges(LOGS(30, 'Retain'), LOGS(30, 'Delete'))).toEqual([
    'DeletionPolicy of AuditLogs (AWS::Logs::LogGroup)',
  ]);
});

// A resource reading another's attribute (a bucket policy naming its bucket's ARN) takes on none of that resource's
// retention settings: only the setting that reads the attribute does.
test('a bucket lifecycle change is the bucket’s alone, not that of the policy that names its ARN', () => {
  const bucket = (days: number, uploads = 7) =>
    `Resources:\n  ArtifactBucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      LifecycleConfiguration:\n        Rules:\n          - Id: expire\n            Status: Enabled\n            ExpirationInDays: ${days}\n            AbortIncompleteMultipartUpload: { DaysAfterInitiation: ${uploads} }\n  ArtifactBucketPolicy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref ArtifactBucket\n      PolicyDocument:\n        Statement:\n          - Effect: Deny\n            Principal: '*'\n            Action: s3:*\n            Resource: !GetAtt ArtifactBucket.Arn\n`;
  expect(retentionChanges(bucket(90), bucket(30))).toEqual([
    'LifecycleConfiguration of ArtifactBucket (AWS::S3::Bucket)',
  ]);
  // Numbers that only grow inside a rule keep data longer: not a cut.
  expect(retentionChanges(bucket(90), bucket(120))).toEqual([]);
  expect(retentionChanges(bucket(90, 7), bucket(90, 14))).toEqual([]);
  // A rule renamed or its filter changed may delete sooner, as far as the plan can tell.
  expect(retentionChanges(bucket(90), bucket(90).replace('Id: expire', 'Id: expire2'))).toEqual([
    'LifecycleConfiguration of ArtifactBucket (AWS::S3::Bucket)',
  ]);
});

// AWS::Backup::BackupPlan keeps DeleteAfterDays deep in its rules; an event archive's is RetentionDays.
test('retention settings nested in a property, and other spellings of retention, are read', () => {
  const plan = (days: number) =>
    `Resources:\n  Plan:\n    Type: AWS::Backup::BackupPlan\n    Properties:\n      BackupPlan:\n        BackupPlanName: p\n        BackupPlanRule:\n          - RuleName: daily\n            TargetBackupVault: v\n            Lifecycle: { DeleteAfterDays: ${days} }\n  Archive:\n    Type: AWS::Events::Archive\n    Properties:\n      SourceArn: arn:aws:events:us-east-1:111111111111:event-bus/default\n      RetentionDays: ${days}\n`;
  expect(retentionChanges(plan(365), plan(1))).toEqual([
    'BackupPlan.BackupPlanRule[0].Lifecycle of Plan (AWS::Backup::BackupPlan)',
    'RetentionDays of Archive (AWS::Events::Archive)',
  ]);
});

// A StackSet parameter a retention setting reads shortens it as surely as an edit of the template does.
test('a new StackSet value for a parameter that sets retention is a high-impact update', () => {
  const desired = referenceDesiredState();
  const regional = desired.baselines.find((baseline) => baseline.name === 'regional-guardrails')!;
  regional.templateBody =
    'Parameters:\n  Retention: { Type: Number, Default: 365 }\nResources:\n  AuditLogs:\n    Type: AWS::Logs::LogGroup\n    Properties:\n      RetentionInDays: !Ref Retention\n';
  const observed = convergedObservation(desired);
  regional.parameters = { Retention: '1' };
  expect(computePlan(desired, observed).changes.find((change) => change.kind === 'update-stackset')).toMatchObject({
    highImpact: true,
    highImpactReason: expect.stringContaining(
      'RetentionInDays of AuditLogs (AWS::Logs::LogGroup), through parameter Retention',
    ),
  });
  regional.parameters = { Retention: '3653' };
  expect(computePlan(desired, observed).changes.find((change) => change.kind === 'update-stackset')).toMatchObject({
    highImpact: false,
  });
});

// An account's override reaches that account's stacks as a StackSet value reaches every account's: one account's audit
// logs cut to a day are erased there as surely.
test("a manifest's new override that shortens retention makes its stack instance update high impact", () => {
  const desired = referenceDesiredState();
  const regional = desired.baselines.find((baseline) => baseline.name === 'regional-guardrails')!;
  regional.templateBody =
    'Parameters:\n  Retention: { Type: Number, Default: 365 }\nResources:\n  AuditLogs:\n    Type: AWS::Logs::LogGroup\n    Properties:\n      RetentionInDays: !Ref Retention\n';
  const account = desiredAccountNamed(desired, 'payments-prod');
  account.parameters = { 'regional-guardrails': { Retention: '400' } };
  const observed = convergedObservation(desired);
  const update = () =>
    computePlan(desired, observed).changes.find((change) => change.kind === 'update-stack-instances');
  account.parameters = { 'regional-guardrails': { Retention: '1' } };
  expect(update()).toMatchObject({
    highImpact: true,
    highImpactReason:
      'it changes how long data is kept, or whether it can be deleted, in every account it reaches: RetentionInDays of AuditLogs (AWS::Logs::LogGroup), through parameter Retention',
  });
  // Dropping the override falls back to the template's 365 days: shorter than 400, so flagged too.
  account.parameters = {};
  expect(update()).toMatchObject({ highImpact: true });
  account.parameters = { 'regional-guardrails': { Retention: '3653' } };
  expect(update()).toMatchObject({ highImpact: false });
});

// UpdateStackSet redeploys every instance, one the same plan removes in a later stage too: the update must not read
// as keeping it.
test('an update that redeploys an instance the plan then removes says so', () => {
  const desired = referenceDesiredState();
  const regional = desired.baselines.find((baseline) => baseline.name === 'regional-guardrails')!;
  regional.templateBody = LOGS(30);
  const observed = convergedObservation(desired);
  const stackSet = observedStackSet(observed, 'regional-guardrails');
  stackSet.instances.push({ ...stackSet.instances[0]!, region: 'eu-west-3' });
  regional.templateBody = LOGS(60);
  const plan = computePlan(desired, observed);
  const update = plan.changes.find((change) => change.kind === 'update-stackset')!;
  expect(update.description).toMatch(/; one of them is then removed by this plan$/);
  expect(plan.changes.filter((change) => change.kind === 'remove-stack-instances')).toHaveLength(1);
  stackSet.instances.pop();
  expect(
    computePlan(desired, observed).changes.find((change) => change.kind === 'update-stackset')!.description,
  ).not.toContain('then removed');
});
