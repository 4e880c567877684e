import type { DesiredState } from '../../src/config/desired-state.js';
import { DriftContext } from '../../src/drift/drift-context.js';
import type { DriftFinding } from '../../src/drift/drift-report.js';
import { organizationFindings } from '../../src/drift/plan-findings.js';
import { untaggedStackSetsNotChecked } from '../../src/drift/unowned-stack-set-findings.js';
import type { ObservedState } from '../../src/observe/observed-state.js';
import { computePlan } from '../../src/plan/compute-plan.js';
import { renderPlanComment } from '../../src/report/plan-markdown.js';
import { renderPlanText } from '../../src/report/plan-text.js';
import {
  accountIdOf,
  convergedObservation,
  desiredAccountNamed,
  desiredBaseline,
  observedAccount,
  observedStackSet,
  referenceDesiredState,
  ROOT_ID,
  serviceManagedDesiredState,
} from '../support/plan-fixtures.js';

/** StackSet drift: template, parameters, instances and per-account overrides changed outside vend. */
function findings(desired: DesiredState, observed: ObservedState): DriftFinding[] {
  const context = new DriftContext(desired, observed, computePlan(desired, observed), '2026-11-30');
  return organizationFindings(context, []).findings;
}
const kinds = (list: DriftFinding[]) => list.map((finding) => `${finding.kind} ${finding.target}`).sort();

const SECRET_TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  BoundaryPolicyName: { Type: String }
  ApiKey: { Type: String, NoEcho: true }
Resources:
  Boundary:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      ManagedPolicyName: !Ref BoundaryPolicyName
      PolicyDocument: { Version: "2012-10-17", Statement: [{ Effect: Allow, Action: "s3:*", Resource: "*" }] }
`;

test('a template edited outside vend is high, with the diff from main’s template to the deployed one', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const stackSet = observedStackSet(observed, 'automation-roles');
  stackSet.templateBody = stackSet.templateBody.replace('Description: automation-roles', 'Description: edited');
  const [finding, ...rest] = findings(desired, observed);
  expect(rest).toEqual([]);
  expect(finding).toMatchObject({
    kind: 'stackset-template',
    severity: 'high',
    target: 'stackset:vend-automation-roles',
    expected: 'the template of baselines/stacksets/automation-roles.yaml',
    restore: 'apply updates the StackSet with main’s template and redeploys its 2 stack instances',
  });
  expect(finding!.details).toEqual(expect.arrayContaining(['-Description: automation-roles', '+Description: edited']));
});

test('removing the ownership tag does not hide a template edited outside vend: both are reported', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const stackSet = observedStackSet(observed, 'automation-roles');
  stackSet.managedByVend = false;
  stackSet.templateBody = stackSet.templateBody.replace('Description: automation-roles', 'Description: edited');
  const context = new DriftContext(desired, observed, computePlan(desired, observed), '2026-11-30');
  const list = organizationFindings(context, []).findings;
  expect(kinds(list)).toEqual([
    'stackset-ownership-tag stackset:vend-automation-roles',
    'stackset-template stackset:vend-automation-roles',
  ]);
  expect(list.find((finding) => finding.kind === 'stackset-template')).toMatchObject({
    severity: 'high',
    restore:
      'apply changes no StackSet it does not own: once it is tagged ManagedBy=vend again, apply updates the StackSet with main’s template and redeploys its 2 stack instances; until then, apply changes nothing at all',
    details: expect.arrayContaining(['-Description: automation-roles', '+Description: edited']),
  });
  // Drift starts no detection on it, and says so rather than leave it out of what was not checked.
  expect(untaggedStackSetsNotChecked(context)).toEqual([
    expect.objectContaining({ target: 'stackset:vend-automation-roles', what: 'resource drift' }),
  ]);
});

// The accept hint is an edit to the repository, so it must be one validate accepts (rule template-no-iam-user here).
test('a deployed template validate would refuse is not proposed for copying into the repository', () => {
  const desired = referenceDesiredState();
  desired.baselines.find((baseline) => baseline.name === 'automation-roles')!.templateBody =
    'Description: automation-roles\nResources:\n  Alerts:\n    Type: AWS::SNS::Topic\n';
  const observed = convergedObservation(desired);
  const stackSet = observedStackSet(observed, 'automation-roles');
  stackSet.templateBody = stackSet.templateBody.replace('Description: automation-roles', 'Description: edited');
  expect(findings(desired, observed)[0]!.accept).toBe(
    'copy the deployed template into baselines/stacksets/automation-roles.yaml',
  );
  stackSet.templateBody = `${stackSet.templateBody.trimEnd()}\n  Backdoor:\n    Type: AWS::IAM::User\n`;
  expect(findings(desired, observed)[0]!.accept).toMatch(
    /^none as it is: validate would refuse the deployed template in baselines\/stacksets\/automation-roles\.yaml \(template-no-iam-user: resource 'Backdoor' is an IAM user; .*\); restore main's template, or copy it once that is fixed$/,
  );
});

// template-named-iam-single-region reads where the baseline goes as well as the template: payments-prod gets
// regional-guardrails in two regions, so a named role added by hand cannot be copied into the repository.
test('a deployed template with a named IAM role is not proposed for a baseline an account gets in two regions', () => {
  const desired = referenceDesiredState();
  desired.baselines.find((baseline) => baseline.name === 'regional-guardrails')!.templateBody =
    'Resources:\n  Alerts:\n    Type: AWS::SNS::Topic\n';
  const observed = convergedObservation(desired);
  observedStackSet(observed, 'regional-guardrails').templateBody =
    'Resources:\n  Alerts:\n    Type: AWS::SNS::Topic\n  Readers:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      ManagedPolicyName: artifact-readers\n      PolicyDocument: { Version: "2012-10-17", Statement: [{ Effect: Allow, Action: "s3:GetObject", Resource: "*" }] }\n';
  expect(findings(desired, observed).find((finding) => finding.kind === 'stackset-template')?.accept).toMatch(
    /^none as it is: validate would refuse the deployed template in baselines\/stacksets\/regional-guardrails\.yaml \(template-named-iam-single-region: it names IAM resources \(Readers\)/,
  );
});

test('restoring a template says which of the stacks it rewrites are in accounts no manifest declares', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  observed.accounts.push({
    id: '299999999995',
    name: 'their-data',
    email: 'their-data@example.com',
    status: 'ACTIVE',
    parentId: ROOT_ID,
    parentPath: '',
  });
  const stackSet = observedStackSet(observed, 'automation-roles');
  stackSet.instances.push({
    accountId: '299999999995',
    region: 'us-east-1',
    status: 'CURRENT',
    parameterOverrides: {},
  });
  stackSet.templateBody = stackSet.templateBody.replace('Description: automation-roles', 'Description: edited');
  const template = findings(desired, observed).find((finding) => finding.kind === 'stackset-template');
  // Its own finding says apply removes nothing there; this one must not hide that the update rewrites the stack.
  expect(template?.restore).toMatch(
    /^apply updates the StackSet with main’s template and redeploys its 3 stack instances, one of them in an account no manifest declares \(their-data \(299999999995\)\), whose stacks it rewrites too/,
  );
});

test('restoring a template whose deployed copy gained a resource names both flags apply needs for it', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const stackSet = observedStackSet(observed, 'automation-roles');
  // Main's template deletes the resource added by hand (destructive), in a baseline that holds roles (high impact).
  stackSet.templateBody += '  Extra:\n    Type: AWS::SNS::Topic\n';
  const [finding] = findings(desired, observed);
  expect(finding?.restore).toBe(
    'apply updates the StackSet with main’s template and redeploys its 2 stack instances; a destructive change: apply carries it out only with allow-destructive; a high-impact change: apply carries it out only with allow-high-impact',
  );
});

test('a padded template with a role added far down names the role and whom it trusts before the cut diff', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const stackSet = observedStackSet(observed, 'automation-roles');
  const padding = Array.from({ length: 1200 }, (_, index) => `  Pad${index}: padding line ${'x'.repeat(40)}`).join(
    '\n',
  );
  const backdoor = [
    '  BackdoorRole:',
    '    Type: AWS::IAM::Role',
    '    Properties:',
    '      AssumeRolePolicyDocument:',
    '        Statement: [{ Effect: Allow, Principal: { AWS: "arn:aws:iam::666666666666:root" }, Action: "sts:AssumeRole" }]',
    '      ManagedPolicyArns: [arn:aws:iam::aws:policy/AdministratorAccess]',
  ].join('\n');
  stackSet.templateBody = `${stackSet.templateBody.replace('Resources: {}\n', '')}Metadata:\n${padding}\nResources:\n${backdoor}\n`;
  const finding = findings(desired, observed).find((candidate) => candidate.kind === 'stackset-template')!;
  expect(finding.actual).toContain('BackdoorRole (AWS::IAM::Role)');
  expect(finding.actual).toContain('arn:aws:iam::666666666666:root');
  expect(finding.details!.at(-1)).toMatch(/^… \d[\d,]* more lines of diff$/);
  // Over the inline template limit: copying it into the repository would not validate.
  expect(finding.accept).toMatch(
    /^none as it is: the deployed template is [\d,]+ bytes, over the 51,200 vend sends inline/,
  );
});

test('a template padded with hundreds of resources names the new role first and stays a few lines long', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const stackSet = observedStackSet(observed, 'automation-roles');
  const padding = Array.from(
    { length: 480 },
    (_, index) => `  Padding${String(index).padStart(3, '0')}${'x'.repeat(60)}: { Type: AWS::SNS::Topic }`,
  ).join('\n');
  stackSet.templateBody = [
    'Resources:',
    padding,
    '  EvilRole:',
    '    Type: AWS::IAM::Role',
    '    Properties:',
    '      AssumeRolePolicyDocument:',
    '        Statement: [{ Effect: Allow, Principal: { AWS: "arn:aws:iam::999999999999:root" }, Action: "sts:AssumeRole" }]',
    '',
  ].join('\n');
  const finding = findings(desired, observed).find((candidate) => candidate.kind === 'stackset-template')!;
  // Whom it trusts leads, then the new role at the head of the resources.
  expect(finding.actual).toMatch(
    /^another template: trusts new principals: AWS: arn:aws:iam::999999999999:root; adds 481 resources: EvilRole \(AWS::IAM::Role\), Padding000/,
  );
  expect(finding.actual).toContain('and 461 more');
  expect(finding.actual).toContain('arn:aws:iam::999999999999:root');
  expect(finding.actual.length).toBeLessThan(3000);
});

test('StackSet parameters changed outside vend show old and new, never a NoEcho value', () => {
  const desired = referenceDesiredState();
  const boundary = desired.baselines.find((baseline) => baseline.name === 'permissions-boundary')!;
  boundary.templateBody = SECRET_TEMPLATE;
  boundary.parameters = { BoundaryPolicyName: 'vend-workload-boundary', ApiKey: 'main-secret' };
  const observed = convergedObservation(desired);
  observedStackSet(observed, 'permissions-boundary').parameters = {
    BoundaryPolicyName: 'wide-open',
    ApiKey: 'hand-secret',
  };
  const finding = findings(desired, observed).find((candidate) => candidate.kind === 'stackset-parameters')!;
  expect(finding).toMatchObject({
    expected: 'ApiKey=(NoEcho: value not shown), BoundaryPolicyName="vend-workload-boundary"',
    actual: 'ApiKey=(NoEcho: value not shown), BoundaryPolicyName="wide-open"',
  });
  expect(JSON.stringify(finding)).not.toMatch(/secret/);
});

// CloudFormation API Reference, DescribeStackSet and DescribeStackInstance: NoEcho values come back as ****, which
// moto does not do. A secret changed by hand then cannot be seen, and drift must say so rather than read as clean.
test('a NoEcho value AWS returns masked is listed as not checked, on the StackSet and as an override', () => {
  const desired = referenceDesiredState();
  const boundary = desired.baselines.find((baseline) => baseline.name === 'permissions-boundary')!;
  boundary.templateBody = SECRET_TEMPLATE;
  boundary.parameters = { BoundaryPolicyName: 'vend-workload-boundary', ApiKey: 'main-secret' };
  const observed = convergedObservation(desired);
  const context = () => new DriftContext(desired, observed, computePlan(desired, observed), '2026-11-30');
  // In the clear, as the emulator returns it: compared, so nothing is left unchecked.
  expect(organizationFindings(context(), []).notChecked).toEqual([]);
  const stackSet = observedStackSet(observed, 'permissions-boundary');
  stackSet.parameters = { ...stackSet.parameters, ApiKey: '****' };
  const { findings: found, notChecked } = organizationFindings(context(), []);
  expect(found).toEqual([]);
  expect(notChecked).toEqual([
    {
      target: 'stackset:vend-permissions-boundary',
      what: 'NoEcho parameter value ApiKey',
      reason: 'AWS returns NoEcho values masked (****), so one changed outside vend cannot be told from main’s',
    },
  ]);
  stackSet.instances[0]!.parameterOverrides = { ApiKey: '****' };
  expect(organizationFindings(context(), []).notChecked[0]?.what).toBe(
    'NoEcho parameter value ApiKey (on the StackSet, or overridden on its instances)',
  );
});

// CloudFormation Template Reference, AWS::CloudFormation::StackSet Parameter: a parameter the StackSet does not set
// takes the template's default, so setting it to that default, or leaving it to it, changes no stack.
const RETENTION_TEMPLATE = `Parameters:
  BoundaryPolicyName: { Type: String }
  RetentionDays: { Type: Number, Default: 90 }
Resources:
  Topic: { Type: AWS::SNS::Topic }
`;

/** The permissions-boundary baseline on RETENTION_TEMPLATE, its StackSet setting RetentionDays to `deployed` by hand. */
function retentionSetByHand(deployed: string) {
  const desired = referenceDesiredState();
  const boundary = desired.baselines.find((baseline) => baseline.name === 'permissions-boundary')!;
  boundary.templateBody = RETENTION_TEMPLATE;
  const observed = convergedObservation(desired);
  const stackSet = observedStackSet(observed, 'permissions-boundary');
  stackSet.parameters = { ...stackSet.parameters, RetentionDays: deployed };
  return { desired, observed, boundary, stackSet };
}

test('a StackSet parameter set outside vend to the template default main leaves it to is no drift, and no change', () => {
  const { desired, observed, boundary, stackSet } = retentionSetByHand('90');
  expect(findings(desired, observed)).toEqual([]);
  expect(computePlan(desired, observed).changes).toEqual([]);
  // The other way round: main sets the default the StackSet leaves to its template.
  boundary.parameters = { ...boundary.parameters, RetentionDays: '90' };
  delete stackSet.parameters.RetentionDays;
  expect(computePlan(desired, observed).changes).toEqual([]);
});

test('a StackSet parameter set outside vend away from its default says which default main leaves it to', () => {
  const { desired, observed } = retentionSetByHand('1');
  expect(findings(desired, observed).find((candidate) => candidate.kind === 'stackset-parameters')).toMatchObject({
    expected: 'RetentionDays=(not set: template default "90")',
    actual: 'RetentionDays="1"',
  });
});

// CloudFormation refuses a StackSet parameter its template does not declare; an emulator keeps one.
test('a StackSet parameter no template declares is hidden, and said to be hidden for that reason, not as NoEcho', () => {
  const { desired, observed } = retentionSetByHand('90');
  observedStackSet(observed, 'permissions-boundary').parameters.Stray = 'hand-value';
  expect(findings(desired, observed).find((candidate) => candidate.kind === 'stackset-parameters')).toMatchObject({
    expected: 'Stray=(not set)',
    actual: 'Stray=(value not shown: no template declares it)',
  });
});

test('a template edited outside vend shows a NoEcho parameter’s Default masked, changed or not', () => {
  const desired = referenceDesiredState();
  const boundary = desired.baselines.find((baseline) => baseline.name === 'permissions-boundary')!;
  boundary.templateBody = SECRET_TEMPLATE.replace('NoEcho: true }', 'NoEcho: true, Default: main-secret }');
  boundary.parameters = { BoundaryPolicyName: 'vend-workload-boundary' };
  const observed = convergedObservation(desired);
  observedStackSet(observed, 'permissions-boundary').templateBody = boundary.templateBody.replace(
    'main-secret',
    'hand-secret',
  );
  const finding = findings(desired, observed).find((candidate) => candidate.kind === 'stackset-template')!;
  expect(finding.details).toEqual(
    expect.arrayContaining([
      '-  ApiKey: { Type: String, NoEcho: true, Default: "****" }',
      '+  ApiKey: { Type: String, NoEcho: true, Default: "(NoEcho: changed, not shown)" }',
    ]),
  );
  expect(JSON.stringify(finding)).not.toMatch(/secret/);
});

test('instances missing, failed, or left in accounts no longer targeted, each by account and region', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const roles = observedStackSet(observed, 'automation-roles');
  roles.instances = roles.instances.filter((instance) => instance.accountId !== accountIdOf('payments-dev'));
  const regional = observedStackSet(observed, 'regional-guardrails');
  regional.instances.find((instance) => instance.region === 'eu-west-1')!.status = 'FAILED';
  regional.instances.find((instance) => instance.region === 'eu-west-1')!.statusReason = 'Role not assumable';
  regional.instances.push({
    accountId: accountIdOf('security-audit'),
    region: 'us-east-1',
    status: 'CURRENT',
    parameterOverrides: {},
  });
  const list = findings(desired, observed);
  expect(kinds(list)).toEqual([
    'stack-instance-failed stackset:vend-regional-guardrails@account:payments-prod/eu-west-1',
    'stack-instance-missing stackset:vend-automation-roles@account:payments-dev/us-east-1',
    'stack-instance-untargeted stackset:vend-regional-guardrails@account:security-audit/us-east-1',
  ]);
  expect(list.find((finding) => finding.kind === 'stack-instance-failed')!.actual).toBe('FAILED: Role not assumable');
  // The edit validate accepts, as a missing instance's says: not a bare excludeBaselines, nor one region's removal.
  expect(list.find((finding) => finding.kind === 'stack-instance-failed')!.accept).toMatch(
    /^if it cannot deploy there: (?:remove regional-guardrails from baselines in|leave regional-guardrails out for payments-prod in .*with a baseline-opt-out exception)/,
  );
  expect(list.find((finding) => finding.kind === 'stack-instance-missing')!.expected).toBe(
    'the automation-roles stack instance in payments-dev us-east-1',
  );
  // A template that names nothing deploys again whatever was left of the instance.
  expect(list.find((finding) => finding.kind === 'stack-instance-missing')!.restore).toBe('apply deploys it');
  expect(list.find((finding) => finding.kind === 'stack-instance-untargeted')!.restore).toContain('allow-destructive');
});

// CloudFormation API Reference, DeleteStackInstances: with RetainStacks the instance's stack stays in the account, and
// IAM names are unique per account, so a new instance creating the same named role fails (EntityAlreadyExists).
test("a missing instance's restore says a stack kept in the account blocks redeploying what the template names", () => {
  const desired = referenceDesiredState();
  const named = `Resources:\n  Deploy:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: vend-deploy\n      AssumeRolePolicyDocument: {}\n`;
  desired.baselines.find((baseline) => baseline.name === 'automation-roles')!.templateBody = named;
  const observed = convergedObservation(desired);
  const roles = observedStackSet(observed, 'automation-roles');
  roles.instances = roles.instances.filter((instance) => instance.accountId !== accountIdOf('payments-dev'));
  expect(findings(desired, observed).find((finding) => finding.kind === 'stack-instance-missing')?.restore).toBe(
    'apply deploys it, unless the instance was removed keeping its stack (RetainStacks): that stack in payments-dev us-east-1 still holds the IAM resources the template names (Deploy), so the deploy fails (EntityAlreadyExists) until the stack is deleted in the account',
  );
});

// CloudFormation API Reference, DeleteStackSet: a StackSet is deleted only once its instances are, commonly with
// RetainStacks, which keeps every stack and the IAM names it holds, as for one missing instance.
test("a deleted StackSet's restore says stacks kept in the accounts block redeploying what the template names", () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  observed.stackSets = observed.stackSets.filter((stackSet) => stackSet.name !== 'vend-automation-roles');
  const restore = () => findings(desired, observed).find((finding) => finding.kind === 'stackset-missing')?.restore;
  expect(restore()).toBe('apply creates it and deploys its stack instances again');
  desired.baselines.find((baseline) => baseline.name === 'automation-roles')!.templateBody =
    `Resources:\n  Deploy:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: vend-deploy\n      AssumeRolePolicyDocument: {}\n`;
  expect(restore()).toBe(
    'apply creates it and deploys its stack instances again, unless its instances were removed keeping their stacks (RetainStacks): those stacks still hold the IAM resources the template names (Deploy), so the deploy fails (EntityAlreadyExists) in every such account until its stack is deleted there; a high-impact change: apply carries it out only with allow-high-impact',
  );
});

// A baseline with its own regions goes only there (DESIGN.md, baselines), an account's regions serve all its
// baselines, and each must be in allowedRegions: the hint to keep an instance must be an edit validate accepts.
test('the hint to keep an untargeted instance is the edit that would target it', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const place = (stackSet: string, account: string, region: string) =>
    observedStackSet(observed, stackSet).instances.push({
      accountId: accountIdOf(account),
      region,
      status: 'CURRENT',
      parameterOverrides: {},
    });
  place('regional-guardrails', 'security-audit', 'us-east-1');
  place('automation-roles', 'payments-dev', 'eu-west-1');
  place('regional-guardrails', 'payments-dev', 'eu-west-1');
  place('regional-guardrails', 'payments-dev', 'ap-south-1');
  const accepts = Object.fromEntries(
    findings(desired, observed)
      .filter((finding) => finding.kind === 'stack-instance-untargeted')
      .map((finding) => [finding.target, finding.accept]),
  );
  expect(accepts).toEqual({
    'stackset:vend-regional-guardrails@account:security-audit/us-east-1':
      'in accounts/security-audit.yaml, add regional-guardrails to baselines',
    'stackset:vend-automation-roles@account:payments-dev/eu-west-1':
      "none in accounts/payments-dev.yaml: baseline automation-roles deploys only to its own regions (us-east-1), whatever an account's regions; to keep it, add eu-west-1 to its regions in baselines/organization.yaml, which deploys it there in every account that has it",
    'stackset:vend-regional-guardrails@account:payments-dev/eu-west-1':
      'in accounts/payments-dev.yaml, add regional-guardrails to baselines and set regions to [us-east-1, eu-west-1], which also deploys there its other baselines that have no regions of their own',
    'stackset:vend-regional-guardrails@account:payments-dev/ap-south-1':
      'add ap-south-1 to allowedRegions in baselines/organization.yaml, then in accounts/payments-dev.yaml, add regional-guardrails to baselines and set regions to [us-east-1, ap-south-1], which also deploys there its other baselines that have no regions of their own',
  });
  // Overrides set by hand on it, which no manifest declares, are named, with where to declare them.
  observedStackSet(observed, 'regional-guardrails')
    .instances.filter((instance) => instance.accountId === accountIdOf('payments-dev'))
    .forEach((instance) => (instance.parameterOverrides = { Tier: 'hand' }));
  expect(
    findings(desired, observed).find(
      (finding) => finding.target === 'stackset:vend-regional-guardrails@account:payments-dev/eu-west-1',
    )?.accept,
  ).toMatch(
    /; it carries overrides set outside the repository \(Tier\): declare them under parameters\.regional-guardrails in accounts\/payments-dev\.yaml to keep them as they are$/,
  );
  // One manifest holds one override set for all of an account's regions: instances that disagree must agree first.
  observedStackSet(observed, 'regional-guardrails').instances.find(
    (instance) => instance.accountId === accountIdOf('payments-dev') && instance.region === 'ap-south-1',
  )!.parameterOverrides = { Tier: 'other' };
  expect(
    findings(desired, observed).find(
      (finding) => finding.target === 'stackset:vend-regional-guardrails@account:payments-dev/eu-west-1',
    )?.accept,
  ).toMatch(
    /; its regional-guardrails instances in eu-west-1 and ap-south-1 carry different overrides set outside the repository \(Tier here\), and a manifest holds one set per baseline for all its regions: make them the same in AWS first, then declare them under parameters\.regional-guardrails in accounts\/payments-dev\.yaml$/,
  );
  // Kept, the instance takes the overrides the manifest sets for the baseline: an update the hint must not hide.
  desiredAccountNamed(desired, 'payments-dev').parameters = { 'regional-guardrails': { Tier: 'gold' } };
  expect(
    findings(desired, observed).find(
      (finding) => finding.target === 'stackset:vend-regional-guardrails@account:payments-dev/eu-west-1',
    )?.accept,
  ).toMatch(
    /; the instance then takes the overrides accounts\/payments-dev\.yaml sets for regional-guardrails \(Tier\), an update of its own$/,
  );
  // With a named role, a second region is what validate refuses (template-named-iam-single-region).
  desired.baselines.find((baseline) => baseline.name === 'automation-roles')!.templateBody =
    'Resources:\n  Deployer:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: vend-deployer\n';
  expect(
    findings(desired, observed).find(
      (finding) => finding.target === 'stackset:vend-automation-roles@account:payments-dev/eu-west-1',
    )?.accept,
  ).toBe(
    "none: baseline automation-roles deploys only to its own regions (us-east-1), whatever an account's regions, and its template names IAM resources (Deployer), which are global, so it can have one region only (rule template-named-iam-single-region)",
  );
});

test('parameter overrides set by hand on an account whose manifest declares none are drift', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  observedStackSet(observed, 'permissions-boundary').instances.find(
    (instance) => instance.accountId === accountIdOf('payments-dev'),
  )!.parameterOverrides = { BoundaryPolicyName: 'wide-open' };
  const [finding, ...rest] = findings(desired, observed);
  expect(rest).toEqual([]);
  expect(finding).toMatchObject({
    kind: 'stack-instance-overrides',
    severity: 'high',
    target: 'stackset:vend-permissions-boundary@account:payments-dev/us-east-1',
    expected: 'no overrides',
    actual: 'BoundaryPolicyName="wide-open"',
    // A plan reads overrides only where a manifest declares some or the tag records them: apply would not see it.
    restore: expect.stringMatching(
      /^apply does not see it: .*Reset it by hand: UpdateStackInstances for this instance with ParameterOverrides listing every override it keeps and leaving out BoundaryPolicyName \(--parameter-overrides '\[\]' when none is kept; a call without ParameterOverrides changes none\), or add permissions-boundary to that tag's value/,
    ),
  });
  // Reset by hand, it needs no flag of apply's, and waits for no apply: an expired exception changes nothing about it.
  expect(finding!.restore).not.toContain('allow-high-impact');
  const blocked = new DriftContext(desired, observed, computePlan(desired, observed), '2026-11-30', [
    'account:payments-prod',
  ]);
  const [whileBlocked] = organizationFindings(blocked, []).findings.filter(
    (candidate) => candidate.kind === 'stack-instance-overrides',
  );
  expect(whileBlocked!.restore).toBe(finding!.restore);
  // Once the account's vend:parameter-overrides tag records the baseline, the plan reads it and apply resets it.
  observedAccount(observed, 'payments-dev').tags!['vend:parameter-overrides'] = 'permissions-boundary';
  expect(findings(desired, observed).find((candidate) => candidate.kind === 'stack-instance-overrides')).toMatchObject({
    // The permissions-boundary baseline holds the boundary: resetting its instances is high impact.
    restore:
      'apply sets the declared overrides, and the others to organization.yaml’s values; a high-impact change: apply carries it out only with allow-high-impact',
  });
});

test('overrides set by hand in one region only are not accepted by a manifest edit, which would hold for every region', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const regional = observedStackSet(observed, 'regional-guardrails').instances.filter(
    (instance) => instance.accountId === accountIdOf('payments-prod'),
  );
  expect(regional.map((instance) => instance.region).sort()).toEqual(['eu-west-1', 'us-east-1']);
  regional.find((instance) => instance.region === 'eu-west-1')!.parameterOverrides = { Tier: 'gold' };
  const finding = findings(desired, observed).find((candidate) => candidate.kind === 'stack-instance-overrides');
  expect(finding).toMatchObject({
    target: 'stackset:vend-regional-guardrails@account:payments-prod/eu-west-1',
    accept:
      'none by one manifest edit: its regional-guardrails instances in us-east-1 carry none, and accounts/payments-prod.yaml declares one set for every region; make the instances agree first',
  });
  regional.find((instance) => instance.region === 'us-east-1')!.parameterOverrides = { Tier: 'silver' };
  expect(findings(desired, observed).find((candidate) => candidate.target === finding!.target)?.accept).toContain(
    'its regional-guardrails instances in us-east-1 carry other overrides, and',
  );
});

test('overrides set alike in every region the account is targeted in are accepted by one edit, whatever an untargeted instance holds', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const regional = observedStackSet(observed, 'regional-guardrails');
  for (const instance of regional.instances.filter((candidate) => candidate.accountId === accountIdOf('payments-prod')))
    instance.parameterOverrides = { Tier: 'gold' };
  // An instance in a region nothing targets: its own finding, which apply removes.
  regional.instances.push({
    accountId: accountIdOf('payments-prod'),
    region: 'us-west-2',
    status: 'CURRENT',
    parameterOverrides: {},
  });
  const accepts = findings(desired, observed)
    .filter((candidate) => candidate.kind === 'stack-instance-overrides')
    .map((candidate) => candidate.accept);
  expect(accepts).toEqual([
    'declare the deployed values under parameters.regional-guardrails in accounts/payments-prod.yaml',
    'declare the deployed values under parameters.regional-guardrails in accounts/payments-prod.yaml',
  ]);
});

test('a missing instance of a baseline others depend on is not accepted by leaving it out alone, which validate refuses', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const boundary = observedStackSet(observed, 'permissions-boundary');
  boundary.instances = boundary.instances.filter((instance) => instance.accountId !== accountIdOf('payments-dev'));
  const finding = findings(desired, observed).find((candidate) => candidate.kind === 'stack-instance-missing');
  expect(finding?.accept).toBe(
    'none while automation-roles stays there: it depends on permissions-boundary, and validate refuses one without the other (baseline-reference). Leaving all of them out of payments-dev (excludeBaselines in accounts/payments-dev.yaml, with a baseline-opt-out exception) makes apply remove its instances too',
  );
});

test('leaving a missing instance out names the account’s regions only where the baseline follows them', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  // automation-roles deploys to its own regions (us-east-1); regional-guardrails to the account's.
  for (const [baseline, account] of [
    ['automation-roles', 'payments-dev'],
    ['regional-guardrails', 'payments-prod'],
  ] as const) {
    const stackSet = observedStackSet(observed, baseline);
    stackSet.instances = stackSet.instances.filter(
      (instance) => instance.accountId !== accountIdOf(account) || instance.region !== 'us-east-1',
    );
  }
  const accepts = Object.fromEntries(
    findings(desired, observed)
      .filter((candidate) => candidate.kind === 'stack-instance-missing')
      .map((finding) => [finding.target, finding.accept]),
  );
  expect(accepts['stackset:vend-automation-roles@account:payments-dev/us-east-1']).toBe(
    'leave automation-roles out for payments-dev in accounts/payments-dev.yaml (excludeBaselines, with a baseline-opt-out exception)',
  );
  expect(accepts['stackset:vend-regional-guardrails@account:payments-prod/us-east-1']).toBe(
    // Its manifest lists the baseline itself; leaving it out removes the instance in its other region as well.
    'remove regional-guardrails from baselines in accounts/payments-prod.yaml, which also makes apply remove its instance in eu-west-1 (destructive); or set its regions to [eu-west-1]',
  );
  // Dropping the region takes every other baseline without regions of its own out of it: said, as destructive.
  desired.baselines.push(desiredBaseline('regional-b'));
  desiredAccountNamed(desired, 'payments-prod').baselines.push('regional-b');
  const withOther = findings(desired, observed).find(
    (finding) => finding.target === 'stackset:vend-regional-guardrails@account:payments-prod/us-east-1',
  );
  expect(withOther?.accept).toMatch(
    /; or set its regions to \[eu-west-1\], which also makes apply remove the instances of regional-b in us-east-1 \(destructive\)$/,
  );
});

/**
 * payments-prod's manifest overrides BoundaryPolicyName with "prod" (the StackSet also sets `stackSetParameters`),
 * and its instance, converged, is then given `overrides` by hand: the findings.
 */
function withPaymentsProdOverrides(overrides: Record<string, string>, stackSetParameters: Record<string, string> = {}) {
  const desired = referenceDesiredState();
  Object.assign(
    desired.baselines.find((baseline) => baseline.name === 'permissions-boundary')!.parameters,
    stackSetParameters,
  );
  desiredAccountNamed(desired, 'payments-prod').parameters = { 'permissions-boundary': { BoundaryPolicyName: 'prod' } };
  const observed = convergedObservation(desired);
  observedStackSet(observed, 'permissions-boundary').instances.find(
    (instance) => instance.accountId === accountIdOf('payments-prod'),
  )!.parameterOverrides = overrides;
  return findings(desired, observed);
}

test('an override removed by hand from an account that declares one is drift too', () => {
  expect(withPaymentsProdOverrides({})).toEqual([
    expect.objectContaining({
      kind: 'stack-instance-overrides',
      expected: 'BoundaryPolicyName="prod", as the manifest declares',
      actual: 'no overrides',
    }),
  ]);
});

test('what an instance should override is what its manifest declares, not the StackSet values an update carries', () => {
  expect(withPaymentsProdOverrides({}, { MaxSessionHours: '4' })).toEqual([
    expect.objectContaining({
      kind: 'stack-instance-overrides',
      expected:
        'BoundaryPolicyName="prod", as the manifest declares; every other parameter at organization.yaml’s value',
      actual: 'no overrides',
    }),
  ]);
});

test("an override left unset shows the StackSet's value it takes, which may itself have drifted from main's", () => {
  const desired = referenceDesiredState();
  Object.assign(desired.baselines.find((baseline) => baseline.name === 'permissions-boundary')!.parameters, {
    MaxSessionHours: '4',
  });
  desiredAccountNamed(desired, 'payments-prod').parameters = { 'permissions-boundary': { BoundaryPolicyName: 'prod' } };
  const observed = convergedObservation(desired);
  const stackSet = observedStackSet(observed, 'permissions-boundary');
  stackSet.parameters = { ...stackSet.parameters, MaxSessionHours: '12' };
  stackSet.instances.find((instance) => instance.accountId === accountIdOf('payments-prod'))!.parameterOverrides = {
    BoundaryPolicyName: 'other',
  };
  const overrides = findings(desired, observed).find((finding) => finding.kind === 'stack-instance-overrides')!;
  expect(overrides.actual).toBe('BoundaryPolicyName="other", MaxSessionHours=(not set: the StackSet\'s "12")');
  expect(overrides.restore).toMatch(/^apply sets the declared overrides, and the others to organization.yaml’s values/);
});

test('a deleted StackSet is one finding, its instances with it; a retired one still deployed is one finding', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  observed.stackSets = observed.stackSets.filter((stackSet) => stackSet.name !== 'vend-regional-guardrails');
  observed.stackSets.push({
    ...observedStackSet(observed, 'automation-roles'),
    name: 'vend-retired-baseline',
  });
  expect(kinds(findings(desired, observed))).toEqual([
    'stackset-missing stackset:vend-regional-guardrails',
    'stackset-undeclared stackset:vend-retired-baseline',
  ]);
});

test('a StackSet someone tagged as vend’s with no instances is not called retired or deployed', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  observed.stackSets.push({ ...observedStackSet(observed, 'automation-roles'), name: 'vend-rogue', instances: [] });
  expect(findings(desired, observed)).toEqual([
    expect.objectContaining({
      kind: 'stackset-undeclared',
      actual: 'StackSet vend-rogue with 0 stack instances',
      restore: 'apply deletes it; a destructive change: apply carries it out only with allow-destructive',
      accept:
        'declare baseline rogue in the baselines catalogue of baselines/organization.yaml, with the template the StackSet deploys and the accounts it reaches',
    }),
  ]);
  // A name no catalogue entry can have cannot be declared as it is, and a StackSet cannot be renamed.
  observed.stackSets.find((stackSet) => stackSet.name === 'vend-rogue')!.name = 'vend-Rogue_X';
  expect(findings(desired, observed)[0]!.accept).toBe(
    "none as it is: 'Rogue_X' cannot name a baseline (a catalogue name is 1-64 lowercase letters, digits and hyphens, starting with a letter); remove its ManagedBy tag to leave it to its owner, or let apply delete it",
  );
});

test('an instance CloudFormation will not touch again is high and needs hands', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  observedStackSet(observed, 'automation-roles').instances[0]!.status = 'INOPERABLE';
  const [finding] = findings(desired, observed);
  expect(finding).toMatchObject({ kind: 'stack-instance-inoperable', severity: 'high' });
  expect(finding!.restore).toMatch(/^apply cannot/);
});

test('an instance of vend’s StackSet in an account no manifest declares is medium; apply leaves it', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  observed.accounts.push({
    id: '299999999991',
    name: 'rogue',
    email: 'rogue@example.com',
    status: 'ACTIVE',
    parentId: ROOT_ID,
    parentPath: '',
  });
  observedStackSet(observed, 'regional-guardrails').instances.push({
    accountId: '299999999991',
    region: 'us-east-1',
    status: 'CURRENT',
    parameterOverrides: {},
  });
  const found = findings(desired, observed).filter((finding) => finding.kind === 'stack-instance-untargeted');
  expect(found).toEqual([
    expect.objectContaining({
      severity: 'medium',
      actual: 'a stack instance in 299999999991 us-east-1, an account no manifest declares',
      restore: expect.stringContaining('vend deletes no stack in an account it does not manage'),
      accept:
        'declare the account in accounts/ with baseline regional-guardrails, in an OU whose own baselines it is to get too',
    }),
  ]);
  // Declared with the default regions only, the account would have apply remove an instance elsewhere.
  observedStackSet(observed, 'regional-guardrails').instances.at(-1)!.region = 'us-west-2';
  // us-west-2 is allowed in the reference organization; ap-south-1 is not.
  expect(findings(desired, observed).find((finding) => finding.kind === 'stack-instance-untargeted')?.accept).toBe(
    'declare the account in accounts/ with baseline regional-guardrails and us-west-2 among its regions, as defaultRegions does not hold it, in an OU whose own baselines it is to get too',
  );
  observedStackSet(observed, 'regional-guardrails').instances.at(-1)!.region = 'ap-south-1';
  expect(findings(desired, observed).find((finding) => finding.kind === 'stack-instance-untargeted')?.accept).toContain(
    'ap-south-1 among its regions (after adding ap-south-1 to allowedRegions in baselines/organization.yaml)',
  );
  observedStackSet(observed, 'automation-roles').instances.push({
    accountId: '299999999991',
    region: 'eu-west-1',
    status: 'CURRENT',
    parameterOverrides: {},
  });
  expect(
    findings(desired, observed).find((finding) => finding.target.startsWith('stackset:vend-automation-roles@'))?.accept,
  ).toBe(
    'none by declaring the account: baseline automation-roles deploys only to its own regions (us-east-1), so apply would deploy it there and remove this instance (destructive)',
  );
});

/** A closed account stays in the organization as SUSPENDED for 90 days, its stack instances still listed. */
function withSuspendedAccountInstances(observed: ObservedState, stackSet: string): void {
  observed.accounts.push({
    id: '299999999992',
    name: 'closed-app',
    email: 'closed@example.com',
    status: 'SUSPENDED',
    parentId: ROOT_ID,
    parentPath: '',
  });
  for (const region of ['eu-west-1', 'us-east-1'])
    observedStackSet(observed, stackSet).instances.push({
      accountId: '299999999992',
      region,
      status: 'CURRENT',
      parameterOverrides: {},
    });
}

test('an instance left in a suspended account is never advice to declare the account: remove it from the StackSet', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  withSuspendedAccountInstances(observed, 'regional-guardrails');
  const found = findings(desired, observed).filter((finding) => finding.kind === 'stack-instance-untargeted');
  expect(found).toHaveLength(2);
  expect(found[0]).toMatchObject({
    actual: 'a stack instance in 299999999992 eu-west-1, an account that is SUSPENDED (closed or closing)',
    restore: expect.stringContaining(
      'aws cloudformation delete-stack-instances --stack-set-name vend-regional-guardrails --accounts 299999999992 --regions eu-west-1 --retain-stacks',
    ),
    accept: expect.stringMatching(/^none: a closed account cannot be declared/),
  });
  for (const finding of found) expect(finding.accept).not.toContain('declare the account in accounts/');
});

/** payments-dev's manifest sets closed: true; its two instances are still deployed. */
function closedAccountInstances(status: 'ACTIVE' | 'SUSPENDED'): DriftFinding[] {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  desiredAccountNamed(desired, 'payments-dev').closed = true;
  observedAccount(observed, 'payments-dev').status = status;
  return findings(desired, observed).filter((finding) => finding.kind === 'stack-instance-untargeted');
}

test('an account its manifest closes but AWS has not is one finding that lists its instances, which go with the close', () => {
  // "A change that only follows from another finding is told inside it": the instances follow from closed: true.
  expect(closedAccountInstances('ACTIVE')).toEqual([]);
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  desiredAccountNamed(desired, 'payments-dev').closed = true;
  const forAccount = findings(desired, observed).filter((finding) => finding.target === 'account:payments-dev');
  expect(forAccount).toEqual([
    expect.objectContaining({
      kind: 'account-not-closed',
      accept: 'remove closed: true from accounts/payments-dev.yaml',
      details: [
        'stack instance of vend-automation-roles in us-east-1: apply removes it, with its stack and resources, before it closes the account',
        'stack instance of vend-permissions-boundary in us-east-1: apply removes it, with its stack and resources, before it closes the account',
      ],
    }),
  ]);
});

test('an instance in an account its manifest closes and AWS has suspended is not removed by apply: remove it keeping its stack', () => {
  const id = accountIdOf('payments-dev');
  const found = closedAccountInstances('SUSPENDED');
  expect(found.map((finding) => finding.target).sort()).toEqual([
    'stackset:vend-automation-roles@account:payments-dev/us-east-1',
    'stackset:vend-permissions-boundary@account:payments-dev/us-east-1',
  ]);
  expect(found.find((finding) => finding.target.includes('permissions-boundary'))).toEqual(
    expect.objectContaining({
      target: 'stackset:vend-permissions-boundary@account:payments-dev/us-east-1',
      expected:
        'no permissions-boundary stack instance in payments-dev us-east-1: accounts/payments-dev.yaml sets closed: true',
      actual: `a stack instance in ${id} us-east-1, an account that is SUSPENDED (closed or closing)`,
      restore: `apply leaves it: CloudFormation skips a stack instance in a closed account (SKIPPED_SUSPENDED_ACCOUNT), so a removal that deletes its stack would never happen. Remove the instance from the StackSet and keep its stack, which goes with the account: aws cloudformation delete-stack-instances --stack-set-name vend-permissions-boundary --accounts ${id} --regions us-east-1 --retain-stacks`,
      accept:
        'none: the manifest already says the account is closed, and no manifest keeps a stack instance in a closed account; remove the instance as above',
    }),
  );
});

test('while a StackSet is untagged, its findings still name the flags apply will need once it is tagged again', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  // The permissions boundary: any change to it is high impact.
  const boundary = observedStackSet(observed, 'permissions-boundary');
  boundary.managedByVend = false;
  boundary.templateBody += '# edited by hand\n';
  const list = findings(desired, observed);
  expect(list.find((finding) => finding.kind === 'stackset-template')?.restore).toMatch(
    /^apply changes no StackSet it does not own: once it is tagged ManagedBy=vend again, apply updates .*a high-impact change: apply carries it out only with allow-high-impact/,
  );
  expect(list.find((finding) => finding.kind === 'stackset-ownership-tag')?.restore).toMatch(
    /then apply, with allow-high-impact; until then, apply changes nothing at all$/,
  );
});

test('removing the ownership tag hides no stack-instance finding: missing, overridden and undeclared ones stay, by the same ids', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  observed.accounts.push({
    ...observedAccount(observed, 'payments-dev'),
    id: '999900001111',
    name: 'hand-made',
    email: 'ops+hand-made@example.com',
    tags: {},
  });
  const stackSet = observedStackSet(observed, 'automation-roles');
  stackSet.instances = stackSet.instances.filter((instance) => instance.accountId !== accountIdOf('payments-dev'));
  stackSet.instances[0]!.parameterOverrides = { ExternalId: 'by-hand' };
  stackSet.instances.push({
    accountId: '999900001111',
    region: 'us-east-1',
    status: 'CURRENT',
    parameterOverrides: {},
  });
  stackSet.templateBody = stackSet.templateBody.replace('Description: automation-roles', 'Description: edited');
  const tagged = findings(desired, observed);
  stackSet.managedByVend = false;
  const untagged = findings(desired, observed);
  const instanceIds = (list: DriftFinding[]) =>
    list
      .filter((finding) => finding.target.includes('@'))
      .map((finding) => `${finding.kind} ${finding.target} ${finding.id}`)
      .sort();
  expect(instanceIds(tagged)).toEqual([
    expect.stringMatching(/^stack-instance-missing stackset:vend-automation-roles@account:payments-dev\/us-east-1 /),
    expect.stringMatching(/^stack-instance-overrides stackset:vend-automation-roles@account:payments-prod\/us-east-1 /),
    expect.stringMatching(/^stack-instance-untargeted stackset:vend-automation-roles@account:999900001111\/us-east-1 /),
  ]);
  expect(instanceIds(untagged)).toEqual(instanceIds(tagged));
  const missing = untagged.find((finding) => finding.kind === 'stack-instance-missing')!;
  expect(missing.restore).toMatch(
    /^apply changes no StackSet it does not own: once it is tagged ManagedBy=vend again, apply /,
  );
});

// Renaming the baseline would deploy a second StackSet whose named roles already exist in every account
// (CloudFormation: AlreadyExists); removing it leaves the StackSet vend no longer owns alone.
test('a StackSet that lost its ownership tag is given up by removing its baseline, never by renaming it', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  observedStackSet(observed, 'regional-guardrails').managedByVend = false;
  const accept = () =>
    findings(desired, observed).find(
      (finding) => finding.kind === 'stackset-ownership-tag' && finding.target === 'stackset:vend-regional-guardrails',
    )?.accept;
  expect(accept()).toBe(
    'to give the StackSet up, remove baseline regional-guardrails from baselines/organization.yaml and every name of it (its baselines, parameters and excludeBaselines in accounts/payments-prod.yaml): vend then leaves the StackSet and its stacks as they are, deploys nothing in their place, and drift reports the StackSet as stackset-foreign, which an ignore: entry accepts',
  );
  // validate refuses a dependsOn or an OU naming a baseline the catalogue lacks (baseline-reference).
  observedStackSet(observed, 'permissions-boundary').managedByVend = false;
  expect(
    findings(desired, observed).find((finding) => finding.target === 'stackset:vend-permissions-boundary')?.accept,
  ).toContain(
    'and every name of it (the baselines of OU Workloads and of any manifest beneath them that lists it too; the dependsOn of automation-roles, which must then do without it)',
  );
  desired.baselines.find((baseline) => baseline.name === 'regional-guardrails')!.templateBody =
    'Resources:\n  Auditor:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: vend-auditor\n';
  const observedRegional = observedStackSet(observed, 'regional-guardrails');
  observedRegional.templateBody = desired.baselines.find(
    (baseline) => baseline.name === 'regional-guardrails',
  )!.templateBody;
  expect(accept()).toMatch(
    /, deploys nothing in their place, and drift reports the StackSet as stackset-foreign, which an ignore: entry accepts\. Renaming the baseline instead deploys a second StackSet beside this one, and its template names IAM resources \(Auditor\), which already exist wherever this one has stacks, so those fail \(AlreadyExists\)$/,
  );
});

test('adopting a StackSet counts only the instances its update reaches, and says suspended accounts’ are skipped', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const stackSet = observedStackSet(observed, 'regional-guardrails');
  stackSet.managedByVend = false;
  const active = stackSet.instances.length;
  withSuspendedAccountInstances(observed, 'regional-guardrails');
  const adoption = computePlan(desired, observed).changes.find((change) => change.kind === 'adopt-stackset');
  expect(adoption?.description).toContain(
    `(${active} of its ${active + 2} instances are updated to carry the ManagedBy tag; the 2 in a suspended or closing account are not, as StackSet operations skip it)`,
  );
  // With every instance in that account, none is updated, and the line says so rather than "no instance yet".
  stackSet.instances = stackSet.instances.filter((instance) =>
    observed.accounts.some((account) => account.id === instance.accountId && account.status !== 'ACTIVE'),
  );
  expect(
    computePlan(desired, observed).changes.find((change) => change.kind === 'adopt-stackset')?.description,
  ).toContain(
    '(only the StackSet carries the ManagedBy tag: all 2 of its instances are in a suspended or closing account, and StackSet operations skip it)',
  );
});

test('an instance in a closing account (PENDING_CLOSURE) is skipped alike: it neither makes the adoption high impact nor is reached', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const stackSet = observedStackSet(observed, 'regional-guardrails');
  stackSet.managedByVend = false;
  withSuspendedAccountInstances(observed, 'regional-guardrails');
  observed.accounts.find((account) => account.id === '299999999992')!.status = 'PENDING_CLOSURE';
  const plan = computePlan(desired, observed);
  const adoption = plan.changes.find((change) => change.kind === 'adopt-stackset')!;
  expect(adoption.highImpact).toBe(false);
  expect(adoption.description).not.toContain('no manifest declares');
  expect(JSON.stringify(plan.blastRadius.find((entry) => entry.changeId === adoption.id))).not.toContain('closed-app');
});

// Adopting tags the StackSet through UpdateStackSet, which redeploys every instance: a reviewer sees which.
test('adopting another tool’s StackSet names the instances its tagging update redeploys, in the comment and the text', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  observedStackSet(observed, 'regional-guardrails').managedByVend = false;
  const plan = computePlan(desired, observed);
  for (const output of [renderPlanComment(plan), renderPlanText(plan)])
    expect(output).toMatch(
      /Adopt existing StackSet vend-regional-guardrails[^\n]*\n(?:.*\n)*?.*redeploys \d+ stack instances? in \d+ accounts?:/,
    );
});

test('adopting a StackSet whose resources are replaced for a new tag is destructive and says which', () => {
  const desired = referenceDesiredState();
  // CloudFormation passes the ManagedBy tag to every resource that takes tags; a key pair is replaced for it.
  const baseline = desired.baselines.find((candidate) => candidate.name === 'regional-guardrails')!;
  baseline.templateBody = `Resources:\n  OpsKey:\n    Type: AWS::EC2::KeyPair\n    Properties: { KeyName: ops-key }\n  Logs:\n    Type: AWS::Logs::LogGroup\n`;
  const observed = convergedObservation(desired);
  observedStackSet(observed, 'regional-guardrails').managedByVend = false;
  const adoption = computePlan(desired, observed).changes.find((change) => change.kind === 'adopt-stackset')!;
  expect(adoption).toMatchObject({
    destructive: true,
    highImpact: true,
    highImpactReason:
      "the ManagedBy tag reaches its stacks' resources, and CloudFormation replaces OpsKey (AWS::EC2::KeyPair) to change its tags (a custom-named one cannot be replaced, and the update fails)",
  });
  // A log group takes the tag in place: nothing replaced, nothing flagged.
  baseline.templateBody = `Resources:\n  Logs:\n    Type: AWS::Logs::LogGroup\n`;
  const inPlace = convergedObservation(desired);
  observedStackSet(inPlace, 'regional-guardrails').managedByVend = false;
  expect(computePlan(desired, inPlace).changes.find((change) => change.kind === 'adopt-stackset')).toMatchObject({
    destructive: false,
    highImpact: false,
  });
});

test('adopting a StackSet with instances in accounts no manifest declares is high impact and names them', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const stackSet = observedStackSet(observed, 'regional-guardrails');
  stackSet.managedByVend = false;
  observed.accounts.push({
    id: '299999999995',
    name: 'their-data',
    email: 'their-data@example.com',
    status: 'ACTIVE',
    parentId: ROOT_ID,
    parentPath: '',
  });
  stackSet.instances.push({
    accountId: '299999999995',
    region: 'us-east-1',
    status: 'CURRENT',
    parameterOverrides: {},
  });
  const adoption = computePlan(desired, observed).changes.find((change) => change.kind === 'adopt-stackset');
  expect(adoption).toMatchObject({
    highImpact: true,
    description: expect.stringMatching(
      /; that update also reaches an account no manifest declares: their-data \(299999999995\)$/,
    ),
  });
  // Without it, as right after vend import, the adoption is routine.
  stackSet.instances.pop();
  expect(computePlan(desired, observed).changes.find((change) => change.kind === 'adopt-stackset')?.highImpact).toBe(
    false,
  );
});

test('adopting a StackSet another tool tags as its own is high impact, names that tool, and approves its tag', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const stackSet = observedStackSet(observed, 'regional-guardrails');
  Object.assign(stackSet, { managedByVend: false, managedBy: 'aft' });
  const adoption = computePlan(desired, observed).changes.find((change) => change.kind === 'adopt-stackset')!;
  expect(adoption).toMatchObject({
    highImpact: true,
    highImpactReason: 'its ManagedBy tag names "aft", which may still act on it',
    before: { managedBy: 'aft' },
    scope: expect.objectContaining({ managedBy: '"aft"' }),
  });
  expect(adoption.description).toContain('tagged ManagedBy: "aft" (another tool\'s)');
});

test('a StackSet with vend’s prefix that vend does not own and the catalogue does not name is reported, not left unsaid', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  observed.stackSets.push({
    name: 'vend-backdoor',
    managedByVend: false,
    status: 'ACTIVE',
    permissionModel: 'SELF_MANAGED',
    administrationRoleArn: 'arn:aws:iam::111111111111:role/AWSCloudFormationStackSetAdministrationRole',
    templateBody: '',
    parameters: {},
    instances: [],
  });
  expect(kinds(findings(desired, observed))).toEqual(['stackset-foreign stackset:vend-backdoor']);
});

test('automatic deployment turned on outside vend is drift: CloudFormation would deploy and delete with no plan', () => {
  const desired = serviceManagedDesiredState();
  const observed = convergedObservation(desired);
  observedStackSet(observed, 'automation-roles').autoDeployment = true;
  expect(findings(desired, observed)).toEqual([
    expect.objectContaining({
      kind: 'stackset-auto-deployment',
      severity: 'high',
      target: 'stackset:vend-automation-roles',
      restore: expect.stringMatching(/^apply turns it off/),
      // Dropping the baseline alone would delete the StackSet: the tag comes off first.
      accept: expect.stringContaining(
        'remove its ManagedBy tag in AWS (vend then leaves it alone) and remove baseline automation-roles',
      ),
    }),
  ]);
});

// The roles are organization.yaml's one setting for every StackSet: accepting them for one moves every other.
test('roles changed on one StackSet are accepted only by moving every StackSet, which the accept names', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  observedStackSet(observed, 'automation-roles').executionRoleName = 'EvilExec';
  const finding = findings(desired, observed).find((candidate) => candidate.kind === 'stackset-roles')!;
  expect(finding.accept).toMatch(
    /^set stackSets\.executionRoleName in baselines\/organization\.yaml to the deployed one; first update the bootstrap stack's ExecutionRoleName, since the administration role may assume only the role of that name\. Do so only if every baseline is to run with it: the setting is every StackSet's, so apply then moves vend-.* onto it too \(high impact\)\. For this StackSet alone there is none: restore it$/,
  );
  expect(finding.accept).not.toContain('vend-automation-roles');
  // An SCP that exempts the execution role by name does not exempt the deployed one.
  const scp = desired.scps[0]!;
  // A pattern matches it as surely as the name written out (IAM's * and ? wildcards).
  scp.content = scp.content.replace(
    '"Statement"',
    '"Id": "arn:aws:iam::*:role/OrganizationAccountAccess*", "Statement"',
  );
  // A baseline that names it protects the old role once StackSets run as another.
  desired.baselines[0]!.parameters = {
    ...desired.baselines[0]!.parameters,
    Protected: 'OrganizationAccountAccessRole',
  };
  const accept = findings(desired, observed).find((candidate) => candidate.kind === 'stackset-roles')!.accept;
  expect(accept).toContain(
    `; first read SCP ${scp.name}, which names role OrganizationAccountAccessRole: the deployed role gets no exemption`,
  );
  expect(accept).toContain(
    `; change the role's name where baseline ${desired.baselines[0]!.name} names it (its parameters or template), or what they protect stays the old role`,
  );
});

test('what an instance overrides is compared in effect: an override dropped for the StackSet’s own value is not listed as differing', () => {
  expect(withPaymentsProdOverrides({ BoundaryPolicyName: 'wide-open' }, { MaxSessionHours: '4' })).toEqual([
    expect.objectContaining({ kind: 'stack-instance-overrides', actual: 'BoundaryPolicyName="wide-open"' }),
  ]);
});
