import { loadImported } from '../support/imported-files.js';
import { describeOrganization } from '../../src/import/describe-organization.js';
import type { ImportOptions } from '../../src/import/describe-organization.js';
import type { ImportedRepository } from '../../src/import/imported-repository.js';
import type { LiveOrganization } from '../../src/import/live-organization.js';
import { renderRepository } from '../../src/import/render-repository.js';
import type { ObservedStackSet } from '../../src/observe/observed-state.js';
import { computePlan } from '../../src/plan/compute-plan.js';
import {
  liveOrganization,
  MANAGEMENT_ACCOUNT_ID,
  observedStateOf,
  scp,
  ouId,
  stackSet,
} from '../support/live-organization.js';

/** vend import turns StackSets with vend's prefix into baselines, and their instances into what accounts declare. */
const describe_ = (live: LiveOrganization, options: Partial<ImportOptions> = {}) =>
  describeOrganization(live, { organizationalUnits: [], ...options });
const manifest = (imported: ImportedRepository, name: string) =>
  imported.accounts.find((account) => account.document.name === name)?.document;
const expectFinding = (imported: ImportedRepository, kind: string, subject: string, text: string) =>
  expect(imported.findings).toContainEqual(
    expect.objectContaining({ kind, subject, message: expect.stringContaining(text) }),
  );

const A = '200000000001';
const B = '200000000002';
const C = '200000000003';
const threeAccounts = (stackSets: LiveOrganization['stackSets']) =>
  liveOrganization({
    organizationalUnits: ['Workloads/Prod', 'Workloads/Dev', 'Sandbox'],
    accounts: [
      { id: A, name: 'prod-app', ou: 'Workloads/Prod', tags: { Owner: 'team-a' } },
      { id: B, name: 'dev-app', ou: 'Workloads/Dev', tags: { Owner: 'team-a' } },
      { id: C, name: 'sandbox-app', ou: 'Sandbox', tags: { Owner: 'team-b' } },
    ],
    stackSets,
  });

describe('baselines from StackSets with the prefix', () => {
  test('each is a catalogue entry with its template as the StackSet holds it, and its parameters', () => {
    const imported = describe_(
      threeAccounts([stackSet('roles', { [A]: ['us-east-1'] }, { parameters: { Tier: 'gold' } })]),
    );
    expect(imported.organization!.baselines).toEqual({
      roles: { template: 'stacksets/roles.yaml', regions: ['us-east-1'], parameters: { Tier: 'gold' } },
    });
    expect(renderRepository(imported, 'o-example').get('baselines/stacksets/roles.yaml')).toBe(
      stackSet('roles', {}).templateBody,
    );
  });

  // DescribeStackSet lists parameters in the order the last update sent them, which vend's first apply changes: a
  // re-import with --force must not rewrite organization.yaml for that alone.
  test('its parameters are written in name order, whatever order AWS lists them in', () => {
    const written = (parameters: Record<string, string>) =>
      renderRepository(
        describe_(threeAccounts([stackSet('roles', { [A]: ['us-east-1'] }, { parameters })])),
        'o-example',
      ).get('baselines/organization.yaml')!;
    const text = written({ Tier: 'gold', Level: 'high' });
    expect(text.indexOf('Level: high')).toBeGreaterThan(-1);
    expect(text.indexOf('Level: high')).toBeLessThan(text.indexOf('Tier: gold'));
    expect(written({ Level: 'high', Tier: 'gold' })).toBe(text);
  });

  test('one whose resources a new tag replaces is imported, with a check: its first plan adopts it destructively', () => {
    const template = `Resources:\n  OpsKey:\n    Type: AWS::EC2::KeyPair\n    Properties: { KeyName: ops-key }\n`;
    const keys = { ...stackSet('keys', { [A]: ['us-east-1'] }, { template, parameters: {} }), managedByVend: false };
    const imported = describe_(threeAccounts([keys]));
    expectFinding(
      imported,
      'check',
      'StackSet vend-keys',
      "which CloudFormation passes to its stacks' resources, and it replaces OpsKey (AWS::EC2::KeyPair) in every instance",
    );
    const live = threeAccounts([keys]);
    const plan = computePlan(loadImported(imported, live).desired!, observedStateOf(live));
    expect(plan.changes.find((change) => change.kind === 'adopt-stackset')).toMatchObject({ destructive: true });
  });

  test('none read says in which region import looked: StackSets are listed only where they are administered', () => {
    const imported = describe_(threeAccounts([]));
    expectFinding(imported, 'note', 'baselines', 'No StackSet named vend-… is administered from us-east-1');
    expect(describe_(threeAccounts([stackSet('roles', { [A]: ['us-east-1'] })])).findings).not.toContainEqual(
      expect.objectContaining({ subject: 'baselines' }),
    );
  });

  test('an instance in the management account is noted: no manifest names it, and every update redeploys it', () => {
    const imported = describe_(
      threeAccounts([stackSet('roles', { [A]: ['us-east-1'], [MANAGEMENT_ACCOUNT_ID]: ['us-east-1', 'eu-west-1'] })]),
    );
    expectFinding(
      imported,
      'note',
      'StackSet vend-roles',
      `instances in the management account (${MANAGEMENT_ACCOUNT_ID}, eu-west-1, us-east-1)`,
    );
  });

  test('one a StackSet vend adopts is to check: the adoption redeploys it, a high-impact first plan', () => {
    const foreign = {
      ...stackSet('roles', { [A]: ['us-east-1'], [MANAGEMENT_ACCOUNT_ID]: ['us-east-1'] }),
      managedByVend: false,
    };
    expectFinding(
      describe_(threeAccounts([foreign])),
      'check',
      'StackSet vend-roles',
      'So the first plan adopts it as a high-impact change, which apply carries out only with allow-high-impact (--allow-high-impact), after the stricter review.',
    );
  });

  test('instances in accounts outside the organization are checked: updates roll out to them and fail there', () => {
    const imported = describe_(
      threeAccounts([stackSet('roles', { [A]: ['us-east-1'], '999988887777': ['us-east-1'] })]),
    );
    expectFinding(
      imported,
      'check',
      'StackSet vend-roles',
      'It has an instance in an account outside this organization (999988887777), which no manifest can name.',
    );
  });

  test('one deployed to the same regions everywhere gets them as its regions; one that varies follows each account', () => {
    const imported = describe_(
      threeAccounts([
        stackSet('boundary', { [A]: ['us-east-1'], [B]: ['us-east-1'], [C]: ['us-east-1'] }),
        stackSet('regional', { [A]: ['eu-west-1', 'us-east-1'], [B]: ['eu-west-1', 'us-east-1'], [C]: ['us-east-1'] }),
      ]),
    );
    expect(imported.organization!.baselines!.boundary).toMatchObject({ regions: ['us-east-1'] });
    expect(imported.organization!.baselines!.regional).not.toHaveProperty('regions');
    expect(imported.organization!.defaultRegions).toEqual(['eu-west-1', 'us-east-1']);
    expect(imported.organization!.allowedRegions).toEqual(['eu-west-1', 'us-east-1']);
    expect(manifest(imported, 'prod-app')).not.toHaveProperty('regions');
    expect(manifest(imported, 'sandbox-app')).toMatchObject({ regions: ['us-east-1'] });
  });

  test('defaultRegions breaks a tie toward the home region, then the fewest regions, and says it inferred them', () => {
    const imported = describe_(
      threeAccounts([
        stackSet('regional', { [A]: ['eu-west-1', 'us-east-1'], [B]: ['eu-west-1'], [C]: ['us-east-1'] }),
      ]),
    );
    expect(imported.organization!.defaultRegions).toEqual(['us-east-1']);
    expect(manifest(imported, 'prod-app')).toMatchObject({ regions: ['eu-west-1', 'us-east-1'] });
    expect(manifest(imported, 'dev-app')).toMatchObject({ regions: ['eu-west-1'] });
    expect(manifest(imported, 'sandbox-app')).not.toHaveProperty('regions');
    expectFinding(
      imported,
      'inferred',
      'defaultRegions',
      'Set to us-east-1, the regions of 1 of the 3 accounts with regional baselines (the others: eu-west-1, us-east-1 in 1; eu-west-1 in 1), a tie decided for the home region, then for fewer regions.',
    );
  });

  test('with --ou, regions are fixed only if they also fit the accounts a later --accounts-only import would write', () => {
    const live = threeAccounts([stackSet('regional', { [A]: ['eu-west-1', 'us-east-1'], [C]: ['us-east-1'] })]);
    const part = describe_(live, { organizationalUnits: ['Workloads'] });
    expect(part.organization!.baselines!.regional).not.toHaveProperty('regions');
    const rest = describe_(live, {
      organizationalUnits: ['Sandbox'],
      existing: {
        organization: {
          ...part.organization!,
          organizationalUnits: { ...part.organization!.organizationalUnits, Sandbox: {} },
        },
        accounts: [],
      },
    });
    expect(manifest(rest, 'sandbox-app')).toMatchObject({ baselines: ['regional'], regions: ['us-east-1'] });
  });

  test('with --ou, every StackSet comes along, and its instances outside the imported OUs are named', () => {
    // Both StackSets are vend's already: naming the accounts is a note (adopting one would be a check).
    const live = threeAccounts([
      stackSet('regional', { [A]: ['us-east-1'], [C]: ['us-east-1'] }),
      stackSet('sandbox-only', { [C]: ['us-east-1'] }),
    ]);
    const part = describe_(live, { organizationalUnits: ['Workloads'] });
    // A later --accounts-only of Sandbox describes the instances there only if the catalogue has the baselines.
    expect(Object.keys(part.organization!.baselines!)).toEqual(['regional', 'sandbox-only']);
    expectFinding(
      part,
      'note',
      'StackSet vend-sandbox-only',
      `One of its instances is in an account with no manifest, 'sandbox-app' (${C}). Vend leaves it in place`,
    );
    expectFinding(
      part,
      'note',
      'StackSet vend-regional',
      'give the account a manifest (vend import --accounts-only, which says what may keep it out: an OU organization.yaml does not declare, a place directly under the root)',
    );
  });

  test('a StackSet vend would adopt whose template validate refuses is left out; one vend owns is written to fix', () => {
    const unbounded = [
      'Resources:',
      '  Auditor:',
      '    Type: AWS::IAM::Role',
      '    Properties:',
      '      AssumeRolePolicyDocument: { Statement: [{ Effect: Allowed, Principal: { Service: ec2.amazonaws.com }, Action: sts:AssumeRole }] }',
      '',
    ].join('\n');
    const foreign = { ...stackSet('audit', { [A]: ['us-east-1'] }, { template: unbounded }), managedByVend: false };
    const imported = describe_(threeAccounts([foreign]));
    expect(imported.organization!.baselines ?? {}).not.toHaveProperty('audit');
    // Fixing the template in the repository would make the plan refuse it as not vend's (stack-set-not-owned).
    expectFinding(imported, 'left-out', 'StackSet vend-audit', 'validate would refuse its template (template-');
    expectFinding(imported, 'left-out', 'StackSet vend-audit', 'fix the template in AWS, then import again');
    const owned = describe_(threeAccounts([stackSet('audit', { [A]: ['us-east-1'] }, { template: unbounded })]));
    expect(owned.organization!.baselines).toHaveProperty('audit');
  });

  test('a baseline only accounts left out have is given regions only where those accounts agree on them', () => {
    const atRoot = (instances: Record<string, string[]>) =>
      liveOrganization({
        organizationalUnits: ['Workloads'],
        accounts: [
          { id: A, name: 'prod-app', ou: 'Workloads', tags: { Owner: 'team-a' } },
          { id: B, name: 'stray-one', ou: '', tags: { Owner: 'team-a' } },
          { id: C, name: 'stray-two', ou: '', tags: { Owner: 'team-b' } },
        ],
        stackSets: [stackSet('regional', instances)],
      });
    // A later --accounts-only import of either account must find its own regions allowed.
    const disagree = describe_(atRoot({ [B]: ['us-east-1', 'eu-west-1'], [C]: ['us-west-2'] }));
    expect(disagree.organization!.baselines!.regional).not.toHaveProperty('regions');
    expect(disagree.organization!.allowedRegions).toEqual(['eu-west-1', 'us-east-1', 'us-west-2']);
    const agree = describe_(atRoot({ [B]: ['us-west-2'], [C]: ['us-west-2'] }));
    expect(agree.organization!.baselines!.regional).toMatchObject({ regions: ['us-west-2'] });
  });

  const namedRole = (roleName: string) =>
    [
      'Parameters:',
      '  Tier: { Type: String }',
      'Resources:',
      '  Auditor:',
      '    Type: AWS::IAM::Role',
      '    Properties:',
      `      RoleName: ${roleName}`,
      '      PermissionsBoundary: !Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:policy/workload-boundary',
      '      AssumeRolePolicyDocument: { Version: "2012-10-17", Statement: [{ Effect: Allow, Principal: { Service: ec2.amazonaws.com }, Action: sts:AssumeRole }] }',
      '',
    ].join('\n');

  test('a StackSet with a named IAM role in one region per account, but not the same one, is left out: validate needs one region', () => {
    const live = threeAccounts([
      {
        ...stackSet('audit', { [A]: ['us-east-1'], [B]: ['eu-west-1'] }, { template: namedRole('auditor') }),
        managedByVend: false,
      },
    ]);
    const imported = describe_(live);
    expect(imported.organization!.baselines ?? {}).not.toHaveProperty('audit');
    expectFinding(imported, 'left-out', 'StackSet vend-audit', 'template-named-iam-single-region');
    const verdict = loadImported(imported, live);
    expect(verdict.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  });

  test('of two StackSets vend would adopt that create one IAM name in the same account, the second is left out', () => {
    // In AWS the second instance in that account failed ("already exists"); validate refuses both in one account.
    const organization = (copyAccounts: string[]) =>
      threeAccounts([
        { ...stackSet('audit', { [A]: ['us-east-1'] }, { template: namedRole('auditor') }), managedByVend: false },
        {
          ...stackSet('audit-copy', Object.fromEntries(copyAccounts.map((id) => [id, ['us-east-1']])), {
            template: namedRole('Auditor'),
          }),
          managedByVend: false,
        },
      ]);
    const live = organization([A, B]);
    const imported = describe_(live);
    expect(Object.keys(imported.organization!.baselines ?? {})).toEqual(['audit']);
    expectFinding(
      imported,
      'left-out',
      'StackSet vend-audit-copy',
      `template-resource: RoleName 'Auditor' is also set`,
    );
    const verdict = loadImported(imported, live);
    expect(verdict.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);

    // In different accounts the two never meet: both are written.
    expect(Object.keys(describe_(organization([B])).organization!.baselines ?? {})).toEqual(['audit', 'audit-copy']);
  });

  // Validate reads short-form functions as the functions they are; import must too, or it refuses what validate
  // accepts: a role named from a parameter is "RoleName 'Tier'", a collision that does not exist, and a !Sub name
  // holds "$" and "{", characters IAM refuses.
  test('StackSets that name their role with !Ref or !Sub of a parameter are written, as validate accepts them', () => {
    const live = threeAccounts([
      {
        ...stackSet('audit', { [A]: ['us-east-1'] }, { template: namedRole('!Ref Tier'), parameters: { Tier: 'one' } }),
        managedByVend: false,
      },
      {
        ...stackSet(
          'audit-copy',
          { [A]: ['us-east-1'] },
          { template: namedRole("!Sub 'auditor-${Tier}'"), parameters: { Tier: 'two' } },
        ),
        managedByVend: false,
      },
    ]);
    const imported = describe_(live);
    expect(Object.keys(imported.organization!.baselines ?? {})).toEqual(['audit', 'audit-copy']);
    expect(imported.findings.filter((finding) => finding.kind === 'left-out')).toEqual([]);
    const verdict = loadImported(imported, live);
    expect(verdict.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  });

  test('a StackSet with a named IAM role and no instance yet gets the home region, so that validate passes', () => {
    const live = threeAccounts([
      { ...stackSet('audit', {}, { template: namedRole('auditor') }), managedByVend: false },
    ]);
    const imported = describe_(live);
    expect(imported.organization!.baselines?.audit?.regions).toEqual(['us-east-1']);
    const verdict = loadImported(imported, live);
    expect(verdict.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  });

  test('a StackSet with instances in the management account and in an account left out is one entry to look at', () => {
    // Not vend's yet: both findings say the first plan adopts it as high impact, which the entry says once.
    const live = threeAccounts([
      {
        ...stackSet('regional', { [A]: ['us-east-1'], [C]: ['us-east-1'], [MANAGEMENT_ACCOUNT_ID]: ['us-east-1'] }),
        managedByVend: false,
      },
    ]);
    const part = describe_(live, { organizationalUnits: ['Workloads'] });
    const entries = part.findings.filter((finding) => finding.subject === 'StackSet vend-regional');
    expect(entries).toHaveLength(1);
    expect(entries[0]!.message.split('So the first plan adopts it as a high-impact change')).toHaveLength(2);
    expect(entries[0]!.message).toMatch(
      new RegExp(
        `^It has an instance in the management account \\(${MANAGEMENT_ACCOUNT_ID}, us-east-1\\).* One of its instances is in an account with no manifest, 'sandbox-app' \\(${C}\\)`,
      ),
    );
  });

  test('a baseline every account of an OU has is declared on the highest such OU, not repeated in manifests, and listed as inferred', () => {
    const imported = describe_(
      threeAccounts([
        stackSet('boundary', { [A]: ['us-east-1'], [B]: ['us-east-1'] }),
        stackSet('prod-only', { [A]: ['us-east-1'] }),
      ]),
    );
    expect(imported.organization!.organizationalUnits).toEqual({
      Sandbox: {},
      Workloads: { baselines: ['boundary'], organizationalUnits: { Dev: {}, Prod: {} } },
    });
    expect(manifest(imported, 'dev-app')).not.toHaveProperty('baselines');
    expect(manifest(imported, 'sandbox-app')).not.toHaveProperty('baselines');
    expectFinding(
      imported,
      'inferred',
      'OU Workloads',
      'Declares boundary, because both accounts import writes in it have it: an account created in it later gets it too.',
    );
  });

  test('a baseline only one account of an OU has stays on its manifest: one account is no evidence for the OU', () => {
    const imported = describe_(
      threeAccounts([
        stackSet('boundary', { [A]: ['us-east-1'], [B]: ['us-east-1'] }),
        stackSet('prod-only', { [A]: ['us-east-1'] }),
        stackSet('sandbox-all', { [C]: ['us-east-1'] }),
      ]),
    );
    expect(manifest(imported, 'prod-app')).toMatchObject({ baselines: ['prod-only'] });
    expect(manifest(imported, 'sandbox-app')).toMatchObject({ baselines: ['sandbox-all'] });
    expect(imported.organization!.organizationalUnits.Sandbox).toEqual({});
    expect(imported.organization!.organizationalUnits.Workloads?.organizationalUnits?.Prod).toEqual({});
    expect(imported.findings).not.toContainEqual(expect.objectContaining({ subject: 'OU Workloads/Prod' }));
  });

  test('an account gets the baselines its OU does not give it by name', () => {
    const imported = describe_(
      threeAccounts([
        stackSet('boundary', { [A]: ['us-east-1'], [B]: ['us-east-1'] }),
        stackSet('extra', { [B]: ['us-east-1'] }),
      ]),
    );
    expect(manifest(imported, 'dev-app')).toMatchObject({ baselines: ['extra'] });
    expect(imported.organization!.organizationalUnits.Workloads?.organizationalUnits?.Dev).toEqual({});
    const spread = describe_(
      liveOrganization({
        organizationalUnits: ['Apps'],
        accounts: [
          { id: A, name: 'one', ou: 'Apps', tags: { Owner: 'a' } },
          { id: B, name: 'two', ou: 'Apps', tags: { Owner: 'a' } },
        ],
        stackSets: [stackSet('extra', { [B]: ['us-east-1'] })],
      }),
    );
    expect(manifest(spread, 'two')).toMatchObject({ baselines: ['extra'] });
    expect(spread.organization!.organizationalUnits.Apps).toEqual({});
  });

  test('per-account overrides are written where they differ from the StackSet’s values', () => {
    const imported = describe_(
      threeAccounts([
        stackSet(
          'regional',
          { [A]: ['us-east-1'], [B]: ['us-east-1'] },
          { overrides: { [A]: { Tier: 'gold' }, [B]: { Tier: 'standard' } } },
        ),
      ]),
    );
    expect(manifest(imported, 'prod-app')).toMatchObject({ parameters: { regional: { Tier: 'gold' } } });
    // B's override equals the StackSet value, but AWS still holds it: the manifest must say so, or vend resets it.
    expect(manifest(imported, 'dev-app')).toMatchObject({ parameters: { regional: { Tier: 'standard' } } });
  });

  test('an account whose instances override a parameter the template no longer declares is left out, saying so', () => {
    // A template update that drops a parameter leaves the instances' overrides of it (seen on StackSets updated so).
    const imported = describe_(
      threeAccounts([
        stackSet(
          'regional',
          { [A]: ['us-east-1'], [B]: ['us-east-1'] },
          { overrides: { [A]: { Tier: 'gold', Old: 'legacy' }, [B]: { Tier: 'gold' } } },
        ),
      ]),
    );
    expect(manifest(imported, 'prod-app')).toBeUndefined();
    expect(manifest(imported, 'dev-app')).toMatchObject({ parameters: { regional: { Tier: 'gold' } } });
    expectFinding(
      imported,
      'left-out',
      `account ${A} (prod-app)`,
      "override parameters their StackSet's template no longer declares (vend-regional: Old)",
    );
  });

  test('an account whose instances a manifest cannot describe is left out, and vend leaves its instances alone', () => {
    const perRegion = stackSet('four', { [C]: ['eu-west-1', 'us-east-1'] });
    perRegion.instances[0]!.parameterOverrides = { Tier: 'gold' };
    const imported = describe_(
      threeAccounts([
        stackSet('two', { [A]: ['eu-west-1'], [B]: ['us-east-1'] }),
        stackSet('three', { [A]: ['us-east-1'], [B]: ['eu-west-1', 'us-east-1'] }),
        perRegion,
      ]),
    );
    expect(imported.accounts).toEqual([]);
    expect(imported.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'left-out',
          subject: `account ${A} (prod-app)`,
          message: expect.stringContaining(
            'its regional baselines are in different regions (three: us-east-1; two: eu-west-1)',
          ),
        }),
        expect.objectContaining({
          kind: 'left-out',
          subject: `account ${C} (sandbox-app)`,
          message: expect.stringContaining('different parameter overrides in different regions'),
        }),
      ]),
    );
  });

  test('a StackSet whose name after the prefix is no catalogue name is left out; only a vend-tagged one would be deleted', () => {
    const legacy = { ...stackSet('x', { [A]: ['us-east-1'] }), name: 'vend-Legacy_Roles' };
    const tagged = describe_(threeAccounts([legacy]));
    expect(tagged.organization).not.toHaveProperty('baselines');
    expectFinding(tagged, 'check', 'StackSet vend-Legacy_Roles', 'its first plan would delete it and its 1 instance.');
    // Without the ManagedBy tag vend does not own it: the plan never deletes it, and there is nothing to check.
    const untagged = describe_(threeAccounts([{ ...legacy, managedByVend: false }]));
    expectFinding(untagged, 'left-out', 'StackSet vend-Legacy_Roles', 'vend leaves it as it is');
    expect(untagged.findings.filter((finding) => finding.kind === 'check')).toEqual([]);
  });

  test('a NoEcho parameter is a note, not more than adoption: AWS returns it masked, and the repository holds the mask', () => {
    const template = `Parameters:\n  Secret:\n    Type: String\n    NoEcho: true\nResources:\n  Marker:\n    Type: AWS::SSM::Parameter\n    Properties: { Name: /x, Type: String, Value: !Ref Secret }\n`;
    const imported = describe_(
      threeAccounts([stackSet('secret', { [A]: ['us-east-1'] }, { template, parameters: { Secret: '****' } })]),
    );
    expectFinding(imported, 'note', 'baseline secret', 'Secret is NoEcho');
    // The first plan only adopts (apply keeps the deployed secret while the mask stands), so nothing is a check.
    expect(imported.findings.filter((finding) => finding.kind === 'check')).toEqual([]);
  });

  test('an account that overrides a NoEcho parameter keeps the override in its manifest, and the note names it', () => {
    const template = `Parameters:\n  Secret:\n    Type: String\n    NoEcho: true\n  Suffix:\n    Type: String\nResources:\n  Marker:\n    Type: AWS::SSM::Parameter\n    Properties: { Name: !Ref Suffix, Type: String, Value: !Ref Secret }\n`;
    const live = threeAccounts([
      stackSet(
        'secret',
        { [A]: ['us-east-1'], [B]: ['us-east-1'] },
        {
          template,
          parameters: { Secret: '****', Suffix: 'base' },
          // Both masked as AWS returns them: equal text, but A's secret may be its own.
          overrides: { [A]: { Secret: '****', Suffix: 'own' } },
        },
      ),
    ]);
    const imported = describe_(live);
    expect(manifest(imported, 'prod-app')).toMatchObject({ parameters: { secret: { Secret: '****', Suffix: 'own' } } });
    expect(manifest(imported, 'dev-app')).not.toHaveProperty('parameters');
    expectFinding(imported, 'note', 'baseline secret', 'prod-app overrides it on its instances');
    expect(loadImported(imported, live).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  test('instances that did not finish their last deployment are a finding: the first plan redeploys them', () => {
    const imported = describe_(threeAccounts([stackSet('roles', { [A]: ['us-east-1'] }, { status: 'FAILED' })]));
    expectFinding(imported, 'check', 'StackSet vend-roles', '1 of its instances');
  });

  test('no StackSet says what it depends on, so the catalogue has no dependsOn, and import says to add it', () => {
    const imported = describe_(
      threeAccounts([stackSet('boundary', { [A]: ['us-east-1'] }), stackSet('roles', { [A]: ['us-east-1'] })]),
    );
    expect(Object.values(imported.organization!.baselines!).map((baseline) => baseline.dependsOn)).toEqual([
      undefined,
      undefined,
    ]);
    expectFinding(imported, 'note', 'baselines', 'Add dependsOn where one needs another first');
  });

  test('StackSet settings come from the StackSets; without any, the bootstrap stack’s defaults', () => {
    expect(describe_(threeAccounts([])).organization!.stackSets).toEqual({
      permissionModel: 'SELF_MANAGED',
      executionRoleName: 'OrganizationAccountAccessRole',
      administrationRoleArn: 'arn:aws:iam::111111111111:role/AWSCloudFormationStackSetAdministrationRole',
      namePrefix: 'vend-',
    });
    const custom = { ...stackSet('roles', { [A]: ['us-east-1'] }), executionRoleName: 'PlatformExecution' };
    expect(describe_(threeAccounts([custom])).organization!.stackSets).toMatchObject({
      executionRoleName: 'PlatformExecution',
    });
  });

  test('roles that are not the bootstrap stack’s are a check: its apply role may pass no other (iam:PassRole)', () => {
    const custom = { ...stackSet('roles', { [A]: ['us-east-1'] }), executionRoleName: 'PlatformExecution' };
    const imported = describe_(threeAccounts([custom]));
    expectFinding(
      imported,
      'check',
      'organization.yaml stackSets',
      "executionRoleName is PlatformExecution, as StackSet vend-roles has it, not the bootstrap stack's OrganizationAccountAccessRole.",
    );
    expect(describe_(threeAccounts([stackSet('roles', { [A]: ['us-east-1'] })])).findings).not.toContainEqual(
      expect.objectContaining({ subject: 'organization.yaml stackSets' }),
    );
    // An organization file already there says which roles its bootstrap stack has: nothing is chosen, nothing to check.
    const kept = describe_(threeAccounts([custom]), {
      stackSetSettings: {
        permissionModel: 'SELF_MANAGED',
        executionRoleName: 'PlatformExecution',
        administrationRoleArn: 'arn:aws:iam::111111111111:role/AWSCloudFormationStackSetAdministrationRole',
        namePrefix: 'vend-',
      },
    });
    expect(kept.findings).not.toContainEqual(expect.objectContaining({ subject: 'organization.yaml stackSets' }));
  });

  test('a StackSet of vend’s that deploys automatically is a finding: the first plan turns that off', () => {
    const automatic = {
      ...stackSet('roles', { [A]: ['us-east-1'] }),
      permissionModel: 'SERVICE_MANAGED',
      autoDeployment: true,
    };
    const imported = describe_(threeAccounts([automatic]));
    expect(imported.organization!.stackSets.permissionModel).toBe('SERVICE_MANAGED');
    expectFinding(imported, 'check', 'StackSet vend-roles', "automatic deployment is on, not organization.yaml's off");
  });

  test('an organization file already there keeps its StackSet settings; StackSets with other roles are reported', () => {
    const bootstrap = {
      permissionModel: 'SELF_MANAGED' as const,
      executionRoleName: 'VendExecution',
      administrationRoleArn: 'arn:aws:iam::111111111111:role/vend-stackset-admin',
      namePrefix: 'vend-',
    };
    const theirs = { ...stackSet('roles', { [A]: ['us-east-1'] }), managedByVend: false };
    const imported = describe_(threeAccounts([theirs]), { stackSetSettings: bootstrap });
    expect(imported.organization!.stackSets).toEqual(bootstrap);
    expect(imported.organization!.baselines ?? {}).toEqual({});
    expectFinding(imported, 'left-out', 'StackSet vend-roles', "not organization.yaml's VendExecution");
  });

  test('an organization file kept from another organization says so once, not only StackSet by StackSet', () => {
    // The example repository copied, then imported with --force: its role is in the example's account.
    const copied = {
      permissionModel: 'SELF_MANAGED' as const,
      executionRoleName: 'OrganizationAccountAccessRole',
      administrationRoleArn: 'arn:aws:iam::999999999999:role/AWSCloudFormationStackSetAdministrationRole',
      namePrefix: 'vend-',
    };
    const imported = describe_(threeAccounts([stackSet('roles', { [A]: ['us-east-1'] })]), {
      stackSetSettings: copied,
    });
    expectFinding(
      imported,
      'check',
      'stackSets in baselines/organization.yaml',
      `its administrationRoleArn is in account 999999999999, not in this organization's management account ${MANAGEMENT_ACCOUNT_ID}`,
    );
  });
});

describe('StackSets whose permission model or roles are not the ones organization.yaml holds', () => {
  const planOf = (live: LiveOrganization) => {
    const imported = describe_(live);
    const loaded = loadImported(imported, live);
    expect(loaded.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    return { imported, plan: computePlan(loaded.desired!, observedStateOf(live)) };
  };
  const untagged = (stackSet: ObservedStackSet) => ({ ...stackSet, managedByVend: false });
  const withRole = (stackSet: ObservedStackSet) => ({ ...stackSet, executionRoleName: 'PlatformExecution' });

  test('vend’s own StackSets set the roles; an untagged one with others is left out, and the plan only adopts', () => {
    const { imported, plan } = planOf(
      threeAccounts([
        stackSet('roles', { [A]: ['us-east-1'] }),
        untagged(withRole(stackSet('logging', { [B]: ['us-east-1'] }))),
        untagged(withRole(stackSet('network', { [C]: ['us-east-1'] }))),
      ]),
    );
    expect(imported.organization!.stackSets).toMatchObject({ executionRoleName: 'OrganizationAccountAccessRole' });
    expect(Object.keys(imported.organization!.baselines!)).toEqual(['roles']);
    expectFinding(
      imported,
      'left-out',
      'StackSet vend-logging',
      "executionRoleName is PlatformExecution, not organization.yaml's OrganizationAccountAccessRole",
    );
    expect(imported.findings.filter((finding) => finding.kind === 'check')).toEqual([]);
    expect(plan.problems).toEqual([]);
    expect(new Set(plan.changes.map((change) => change.kind))).toEqual(new Set(['adopt-account']));
  });

  test('a vend-tagged one with other roles is kept and is a finding: its first plan updates its roles', () => {
    const { imported, plan } = planOf(
      threeAccounts([
        untagged(stackSet('logging', { [B]: ['us-east-1'] })),
        stackSet('roles', { [A]: ['us-east-1'] }),
        withRole(stackSet('network', { [C]: ['us-east-1'] })),
      ]),
    );
    expect(Object.keys(imported.organization!.baselines!)).toEqual(['logging', 'network', 'roles']);
    expectFinding(imported, 'check', 'StackSet vend-network', 'a high-impact change');
    expect(plan.changes).toContainEqual(
      expect.objectContaining({
        kind: 'update-stackset',
        target: expect.stringContaining('vend-network'),
        highImpact: true,
      }),
    );
  });

  test('a vend-tagged one with another permission model is a finding: the plan refuses it', () => {
    const { imported, plan } = planOf(
      threeAccounts([
        stackSet('roles', { [A]: ['us-east-1'] }),
        stackSet('more-roles', { [B]: ['us-east-1'] }),
        { ...stackSet('network', {}), permissionModel: 'SERVICE_MANAGED' },
      ]),
    );
    expectFinding(imported, 'check', 'StackSet vend-network', 'AWS cannot change the permission model');
    expect(plan.problems).toContainEqual(
      expect.objectContaining({ message: expect.stringContaining('StackSet vend-network is SERVICE_MANAGED') }),
    );
  });
});

describe('--accounts-only: manifests for the repository’s own organization file', () => {
  const live = threeAccounts([stackSet('boundary', { [A]: ['us-east-1'], [B]: ['us-east-1'] })]);
  live.serviceControlPolicies.push({ ...scp('guard', [A, ouId('Sandbox')]), awsManaged: false });
  const organization = {
    ...describe_(live, { organizationalUnits: ['Workloads'] }).organization!,
  };

  test('writes no organization file, only manifests of accounts not declared yet, in OUs it declares', () => {
    const imported = describe_(live, {
      existing: {
        organization,
        accounts: [{ name: 'prod-app', email: `aws+${A}@example.com`, accountName: 'prod-app', ou: 'Workloads/Prod' }],
      },
    });
    expect(imported.organization).toBeUndefined();
    expect(imported.scps).toEqual([]);
    expect(imported.accounts.map((account) => account.document.name)).toEqual(['dev-app']);
    expectFinding(
      imported,
      'left-out',
      `account ${C} (sandbox-app)`,
      'Its OU Sandbox is not in baselines/organization.yaml',
    );
  });

  test('an SCP on an account it writes that the catalogue lacks is left out: the attachment stays, and drift reports it', () => {
    const imported = describe_(live, { existing: { organization: { ...organization, scps: {} }, accounts: [] } });
    expect(imported.accounts.find((account) => account.document.name === 'prod-app')?.document.scps).toBeUndefined();
    // Left out as a full import leaves out a policy it cannot put in the catalogue: the first plan only adopts.
    expectFinding(
      imported,
      'left-out',
      'SCP guard (p-guard)',
      `Attached to account prod-app, which this import writes, but not in the catalogue of baselines/organization.yaml, so no manifest names it and its attachment stays as it is, unmanaged. To manage it, add it to the catalogue and to the scps of that manifest. It is also attached to a target the repository does not declare (OU Sandbox (${ouId('Sandbox')})): adopting it would then be high impact, applied only with allow-high-impact (--allow-high-impact). vend drift reports the attachment as high (scp-foreign`,
    );
    // Sandbox declared: it is one of the targets to list it, or lose it, and drift reports both attachments.
    const withSandbox = {
      ...organization,
      scps: {},
      organizationalUnits: { ...organization.organizationalUnits, Sandbox: {} },
    };
    expectFinding(
      describe_(live, { existing: { organization: withSandbox, accounts: [] } }),
      'left-out',
      'SCP guard (p-guard)',
      `add it to the catalogue and to the scps of that manifest, and of the other declared target it is attached to (OU Sandbox (${ouId('Sandbox')})): vend detaches it from a declared target that does not list it. vend drift reports each attachment as high`,
    );
    // Above the account written in Sandbox, the OU's own attachment is named too: drift reports it from its first run.
    expectFinding(
      describe_(live, { existing: { organization: withSandbox, accounts: [] } }),
      'note',
      `OU Sandbox (${ouId('Sandbox')})`,
      'SCP guard (p-guard), which the catalogue in baselines/organization.yaml does not name, is attached there, above the accounts written beneath it. The plan leaves it attached; vend drift reports it as a foreign SCP (high)',
    );
    // With guard in the catalogue, the manifest names it and there is nothing to say.
    expect(describe_(live, { existing: { organization, accounts: [] } }).findings).not.toContainEqual(
      expect.objectContaining({ subject: 'SCP guard (p-guard)' }),
    );
  });

  test("an OU on a written account's path that declares other SCPs than AWS has is to check: the plan would change it", () => {
    const declared = organization.organizationalUnits!.Workloads!;
    const changed = {
      ...organization,
      organizationalUnits: {
        ...organization.organizationalUnits,
        Workloads: { ...declared, scps: ['guard'], fullAWSAccess: false },
      },
    };
    const imported = describe_(live, { existing: { organization: changed, accounts: [] } });
    expectFinding(
      imported,
      'check',
      `OU Workloads (${ouId('Workloads')})`,
      'baselines/organization.yaml (organizationalUnits Workloads) declares other SCPs there than AWS has attached: the first plan attaches guard and detaches FullAWSAccess (destructive), more than adopting the accounts written beneath it',
    );
    expectFinding(
      imported,
      'check',
      `OU Workloads (${ouId('Workloads')})`,
      'make organization.yaml say what AWS has (scps: [])',
    );
    // As AWS has it: nothing to check, and the first plan only adopts.
    expect(
      describe_(live, { existing: { organization, accounts: [] } }).findings.filter((finding) =>
        finding.subject.startsWith('OU Workloads'),
      ),
    ).toEqual([]);
  });

  test('an account without a baseline its OU path declares is left out: vend would deploy it', () => {
    const withBoundary = {
      ...organization,
      organizationalUnits: { ...organization.organizationalUnits, Sandbox: { baselines: ['boundary'] } },
    };
    const imported = describe_(live, { existing: { organization: withBoundary, accounts: [] } });
    expect(imported.accounts.map((account) => account.document.name)).toEqual(['dev-app', 'prod-app']);
    expectFinding(
      imported,
      'left-out',
      `account ${C} (sandbox-app)`,
      'declares boundary, which it has no stack instances of',
    );
    // And how to bring it in: deploy first, write the manifest by hand, or leave the baseline out.
    expectFinding(
      imported,
      'left-out',
      `account ${C} (sandbox-app)`,
      'deploy it first (aws cloudformation create-stack-instances)',
    );
  });

  test('a kept manifest that names or places its account otherwise than AWS is to check: the first plan would rename and move it', () => {
    const imported = describe_(live, {
      existing: {
        organization,
        accounts: [{ name: 'two', email: `aws+${A}@example.com`, accountName: 'two', ou: 'Sandbox' }],
      },
    });
    expectFinding(
      imported,
      'check',
      `prod-app (${A})`,
      "Already declared by accounts/two.yaml (same email), which is kept as it is, and names it 'two' (in AWS 'prod-app'), so the first plan renames it; it puts it in Sandbox (in AWS Workloads/Prod), so the first plan moves it. Make sure that manifest is this account's, or correct it before the first plan.",
    );
  });

  test('a name the repository already has is not taken again', () => {
    const imported = describe_(live, {
      existing: {
        organization,
        accounts: [{ name: 'dev-app', email: 'someone-else@example.com', accountName: 'dev-app', ou: 'Sandbox' }],
      },
    });
    expect(imported.accounts.map((account) => account.file)).toContain(`accounts/dev-app-${B}.yaml`);
  });
});
