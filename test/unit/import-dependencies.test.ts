import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describeOrganization } from '../../src/import/describe-organization.js';
import type { ImportedRepository } from '../../src/import/imported-repository.js';
import type { LiveOrganization } from '../../src/import/live-organization.js';
import { computePlan } from '../../src/plan/compute-plan.js';
import { loadImported } from '../support/imported-files.js';
import { liveOrganization, observedStateOf, stackSet } from '../support/live-organization.js';
import { EXAMPLE_REPOSITORY } from '../support/fixture-repository.js';

/**
 * No StackSet records which baseline must be deployed first, so import infers dependsOn from what one template names
 * of another's: a new account whose roles name a boundary policy no baseline has created yet fails CreateRole.
 */
const A = '200000000001';
const B = '200000000002';
const template = (name: string) => readFileSync(join(EXAMPLE_REPOSITORY, `baselines/stacksets/${name}.yaml`), 'utf8');
const BOUNDARY = { BoundaryPolicyName: 'vend-workload-boundary' };
const boundary = (instances: Record<string, string[]>) =>
  stackSet('permissions-boundary', instances, {
    template: template('permissions-boundary'),
    parameters: { ...BOUNDARY, StackSetExecutionRoleName: 'OrganizationAccountAccessRole' },
  });
const humanRoles = (instances: Record<string, string[]>, parameters: Record<string, string> = BOUNDARY) =>
  stackSet('human-roles', instances, {
    template: template('human-roles'),
    parameters: { ...parameters, SamlProviderName: 'corporate-idp' },
  });
const organization = (stackSets: LiveOrganization['stackSets']) =>
  liveOrganization({
    organizationalUnits: ['Workloads'],
    accounts: [
      { id: A, name: 'app-a', ou: 'Workloads', tags: { Owner: 'team' } },
      { id: B, name: 'app-b', ou: 'Workloads', tags: { Owner: 'team' } },
    ],
    stackSets,
  });
const both = { [A]: ['us-east-1'], [B]: ['us-east-1'] };
const findingsAbout = (imported: ImportedRepository, subject: string) =>
  imported.findings.filter((finding) => finding.subject === subject);
const dependsOnOf = (imported: ImportedRepository) =>
  Object.fromEntries(
    Object.entries(imported.organization!.baselines!).map(([name, baseline]) => [name, baseline.dependsOn]),
  );
const BOUNDARY_ARN = 'arn:${AWS::Partition}:iam::${AWS::AccountId}:policy/platform/vend-workload-boundary';

describe('dependsOn inferred from what one baseline’s template names of another’s', () => {
  test('roles whose PermissionsBoundary is the policy another baseline creates depend on it, and the plan only adopts', () => {
    const live = organization([
      boundary(both),
      humanRoles(both),
      stackSet('regional', both, { parameters: { Tier: 'gold' } }),
    ]);
    const imported = describeOrganization(live, { organizationalUnits: [] });
    expect(dependsOnOf(imported)).toEqual({
      'human-roles': ['permissions-boundary'],
      'permissions-boundary': undefined,
      regional: undefined,
    });
    expect(findingsAbout(imported, 'baseline human-roles')).toEqual([
      {
        kind: 'inferred',
        subject: 'baseline human-roles',
        message: `dependsOn: [permissions-boundary], so a new account gets permissions-boundary first: AdminRole, DeveloperRole and ReadOnlyRole name ${BOUNDARY_ARN}, which permissions-boundary's WorkloadBoundary creates.`,
      },
    ]);
    expect(findingsAbout(imported, 'baselines')).toEqual([
      {
        kind: 'note',
        subject: 'baselines',
        message:
          'No StackSet records which must be deployed before another, so dependsOn is inferred only where a template names an IAM policy, role or export another creates (human-roles); the rest deploy to a new account in name order. Add dependsOn where one needs another first in a way its template does not name.',
      },
    ]);
    const loaded = loadImported(imported, live);
    expect(loaded.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    expect(loaded.desired!.baselines.map((baseline) => baseline.name)).toEqual([
      'permissions-boundary',
      'human-roles',
      'regional',
    ]);
    const plan = computePlan(loaded.desired!, observedStateOf(live));
    expect(plan.summary).toEqual({ create: 0, change: plan.changes.length, destroy: 0 });
    expect(new Set(plan.changes.map((change) => change.kind))).toEqual(new Set(['adopt-account']));
  });

  test('a boundary named under another policy name than the boundary baseline creates is no dependency: it is noted', () => {
    const imported = describeOrganization(
      organization([boundary(both), humanRoles(both, { BoundaryPolicyName: 'legacy-boundary' })]),
      { organizationalUnits: [] },
    );
    expect(dependsOnOf(imported)['human-roles']).toBeUndefined();
    const legacy = BOUNDARY_ARN.replace('vend-workload-boundary', 'legacy-boundary');
    expect(findingsAbout(imported, 'baseline human-roles')).toEqual([
      {
        kind: 'note',
        subject: 'baseline human-roles',
        message: `No imported baseline can be seen to create the permissions boundaries it names (AdminRole's ${legacy}; DeveloperRole's ${legacy}; ReadOnlyRole's ${legacy}), so it has no dependsOn for them. In a new account CreateRole fails unless the policy exists before human-roles deploys: if a baseline creates it, add that baseline to human-roles's dependsOn.`,
      },
    ]);
  });

  test('a boundary named with the partition written out (arn:aws:…) is the same policy: a dependency, not a note', () => {
    const literal = stackSet('human-roles', both, {
      template: template('human-roles').replaceAll('arn:${AWS::Partition}:iam::', 'arn:aws:iam::'),
      parameters: { ...BOUNDARY, SamlProviderName: 'corporate-idp' },
    });
    const live = organization([boundary(both), literal]);
    const imported = describeOrganization(live, { organizationalUnits: [] });
    expect(dependsOnOf(imported)['human-roles']).toEqual(['permissions-boundary']);
    expect(findingsAbout(imported, 'baseline human-roles')).toEqual([
      expect.objectContaining({
        kind: 'inferred',
        message: expect.stringContaining(
          "name arn:aws:iam::${AWS::AccountId}:policy/platform/vend-workload-boundary, which permissions-boundary's WorkloadBoundary creates",
        ),
      }),
    ]);
  });

  test('a boundary two baselines create, each in other accounts, is named with both: neither can be the dependsOn', () => {
    const copy = { ...boundary({ [B]: ['us-east-1'] }), name: 'vend-permissions-boundary-copy' };
    const live = organization([boundary({ [A]: ['us-east-1'] }), copy, humanRoles(both)]);
    const imported = describeOrganization(live, { organizationalUnits: [] });
    expect(findingsAbout(imported, 'baseline human-roles').map((finding) => finding.message)).toEqual([
      expect.stringMatching(
        /^It needs permissions-boundary deployed first .* app-b \(200000000002\) has human-roles without permissions-boundary,.* It needs permissions-boundary-copy deployed first .* app-a \(200000000001\) has human-roles without permissions-boundary-copy,/,
      ),
    ]);
    // Each creator names the policy it creates, which is no reason to need the other first.
    expect(findingsAbout(imported, 'baseline permissions-boundary')).toEqual([]);
    expect(findingsAbout(imported, 'baseline permissions-boundary-copy')).toEqual([]);
    // The closing note does not say that no template names another's.
    expect(findingsAbout(imported, 'baselines')[0]!.message).toContain('(none could be written: see the notes above)');
  });

  test('an AWS managed policy as the boundary needs no baseline to create it: no note', () => {
    const managed = [
      'Resources:',
      '  PowerRole:',
      '    Type: AWS::IAM::Role',
      '    Properties:',
      '      PermissionsBoundary: arn:aws:iam::aws:policy/PowerUserAccess',
      '      AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: ec2.amazonaws.com }, Action: sts:AssumeRole }] }',
      '',
    ].join('\n');
    const imported = describeOrganization(organization([stackSet('power', both, { template: managed })]), {
      organizationalUnits: [],
    });
    expect(findingsAbout(imported, 'baseline power')).toEqual([]);
  });

  test('an account with the roles but not the boundary keeps the repository valid: no dependsOn, and why', () => {
    const live = organization([boundary({ [A]: ['us-east-1'] }), humanRoles(both)]);
    const imported = describeOrganization(live, { organizationalUnits: [] });
    expect(dependsOnOf(imported)['human-roles']).toBeUndefined();
    expect(findingsAbout(imported, 'baseline human-roles')).toEqual([
      expect.objectContaining({
        kind: 'note',
        message: expect.stringMatching(
          /^It needs permissions-boundary deployed first \(AdminRole, DeveloperRole and ReadOnlyRole name arn:.*\), but has no dependsOn for it: app-b \(200000000002\) has human-roles without permissions-boundary, which validate refuses with dependsOn \(baseline-reference\)\. A new account that gets human-roles before permissions-boundary may fail to deploy it\.$/,
        ),
      }),
    ]);
    expect(loadImported(imported, live).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  test('an export another baseline imports is a dependency; two that name each other get one dependsOn, not a cycle', () => {
    const exporting = (name: string, imports: string) =>
      stackSet(name, both, {
        parameters: {},
        template: `Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: { "Fn::ImportValue": { "Fn::Sub": "\${AWS::Region}-${imports}" } }\nOutputs:\n  Out:\n    Value: x\n    Export: { Name: !Sub "\${AWS::Region}-${name}" }\n`,
      });
    const live = organization([exporting('alpha', 'elsewhere'), exporting('beta', 'alpha')]);
    expect(dependsOnOf(describeOrganization(live, { organizationalUnits: [] }))).toEqual({
      alpha: undefined,
      beta: ['alpha'],
    });
    const cyclic = describeOrganization(organization([exporting('alpha', 'beta'), exporting('beta', 'alpha')]), {
      organizationalUnits: [],
    });
    expect(dependsOnOf(cyclic)).toEqual({ alpha: ['beta'], beta: undefined });
    expect(findingsAbout(cyclic, 'baseline beta')).toEqual([
      {
        kind: 'note',
        subject: 'baseline beta',
        message:
          "It needs alpha deployed first (Topic names export ${AWS::Region}-alpha, which alpha's Out creates), but has no dependsOn for it: alpha already depends on beta (alpha → beta), and validate refuses a cycle. A new account that gets beta before alpha may fail to deploy it.",
      },
    ]);
  });
});

test('--ou infers dependsOn only where the accounts a later --accounts-only writes have the dependency too', () => {
  // app-a (Prod) has the roles with the boundary; app-b (Dev), imported later, has the roles without it.
  const live = liveOrganization({
    organizationalUnits: ['Prod', 'Dev'],
    accounts: [
      { id: A, name: 'app-a', ou: 'Prod', tags: { Owner: 'team' } },
      { id: B, name: 'app-b', ou: 'Dev', tags: { Owner: 'team' } },
    ],
    stackSets: [boundary({ [A]: ['us-east-1'] }), humanRoles(both)],
  });
  const imported = describeOrganization(live, { organizationalUnits: ['Prod'] });
  expect(dependsOnOf(imported)['human-roles']).toBeUndefined();
  expect(findingsAbout(imported, 'baseline human-roles')).toEqual([
    expect.objectContaining({
      kind: 'note',
      // The account that keeps it out is not imported now, so the note names it.
      message: expect.stringContaining('app-b (200000000002) has human-roles without permissions-boundary'),
    }),
  ]);
});

test('a boundary ARN built with Fn::Join is the policy the boundary baseline creates', () => {
  const joined = stackSet('human-roles', both, {
    template: template('human-roles').replaceAll(
      '!Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:policy/platform/${BoundaryPolicyName}',
      "!Join ['', ['arn:', !Ref AWS::Partition, ':iam::', !Ref AWS::AccountId, ':policy/platform/', !Ref BoundaryPolicyName]]",
    ),
    parameters: { ...BOUNDARY, SamlProviderName: 'corporate-idp' },
  });
  const imported = describeOrganization(organization([boundary(both), joined]), { organizationalUnits: [] });
  expect(dependsOnOf(imported)['human-roles']).toEqual(['permissions-boundary']);
  expect(findingsAbout(imported, 'baseline human-roles').map((finding) => finding.kind)).toEqual(['inferred']);
});

test.each([
  [
    'an Fn::If',
    "!If [Always, !Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:policy/platform/${BoundaryPolicyName}', !Ref AWS::NoValue]",
  ],
  ['an Fn::Sub of an export', "!Sub ['${Arn}', { Arn: !ImportValue vend-boundary-arn }]"],
  ['an Fn::Join of an export', "!Join ['', [!ImportValue vend-boundary-arn]]"],
])('a boundary named through %s is still the policy another baseline creates', (_case, expression) => {
  // The boundary baseline's output, exported under a name the roles import.
  const exporting = stackSet('permissions-boundary', both, {
    template: `${template('permissions-boundary').trimEnd()}\n    Export: { Name: vend-boundary-arn }\n`,
    parameters: { ...BOUNDARY, StackSetExecutionRoleName: 'OrganizationAccountAccessRole' },
  });
  const roles = stackSet('human-roles', both, {
    template: `Conditions:\n  Always: !Equals [a, a]\n${template('human-roles').replaceAll(
      '!Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:policy/platform/${BoundaryPolicyName}',
      expression,
    )}`,
    parameters: { ...BOUNDARY, SamlProviderName: 'corporate-idp' },
  });
  const imported = describeOrganization(organization([exporting, roles]), { organizationalUnits: [] });
  expect(dependsOnOf(imported)['human-roles']).toEqual(['permissions-boundary']);
});

test('an account left out now (under the root) counts too: a later --accounts-only import may write it', () => {
  const live = liveOrganization({
    organizationalUnits: ['Workloads'],
    accounts: [
      { id: A, name: 'app-a', ou: 'Workloads', tags: { Owner: 'team' } },
      { id: B, name: 'app-b', ou: '', tags: { Owner: 'team' } },
    ],
    stackSets: [boundary({ [A]: ['us-east-1'] }), humanRoles(both)],
  });
  const imported = describeOrganization(live, { organizationalUnits: [] });
  expect(imported.accounts.map((account) => account.document.name)).toEqual(['app-a']);
  expect(dependsOnOf(imported)['human-roles']).toBeUndefined();
});
