import { loadImported } from '../support/imported-files.js';
import { importExitCode } from '../../src/commands/import.js';
import { leftOutAccountIds } from '../../src/import/account-manifests.js';
import { describeOrganization } from '../../src/import/describe-organization.js';
import type { ImportOptions } from '../../src/import/describe-organization.js';
import type { ImportedRepository } from '../../src/import/imported-repository.js';
import type { LiveOrganization } from '../../src/import/live-organization.js';
import { renderRepository } from '../../src/import/render-repository.js';
import { computePlan } from '../../src/plan/compute-plan.js';
import { EnvironmentError, UsageError } from '../../src/settings/settings.js';
import {
  liveOrganization,
  MANAGEMENT_ACCOUNT_ID,
  observedStateOf,
  ouId,
  ROOT_ID,
  scp,
  stackSet,
} from '../support/live-organization.js';

/** vend import's pure core: an organization as read → the repository that describes it. */

const describe_ = (live: LiveOrganization, options: Partial<ImportOptions> = {}) =>
  describeOrganization(live, { organizationalUnits: [], ...options });

const manifest = (imported: ImportedRepository, name: string) =>
  imported.accounts.find((account) => account.document.name === name)?.document;
const findingsOf = (imported: ImportedRepository, kind: string) =>
  imported.findings.filter((finding) => finding.kind === kind);

/** An organization with a bit of everything import must get right. */
function mixedOrganization(): LiveOrganization {
  return liveOrganization({
    organizationalUnits: ['Security', 'Workloads/Prod', 'Workloads/Dev', 'Deep/L2/L3/L4/L5', 'Sandbox'],
    accounts: [
      {
        id: '200000000001',
        name: 'Payments Prod',
        ou: 'Workloads/Prod',
        tags: { Owner: 'team-payments', CostCenter: '4711' },
      },
      { id: '200000000002', name: 'payments-dev', ou: 'Workloads/Dev', tags: { Owner: 'team-payments' } },
      { id: '200000000003', name: 'Shared Services', ou: 'Workloads/Prod' },
      { id: '200000000004', name: 'Shared Services', ou: 'Workloads/Dev', tags: { ManagedBy: 'vend' } },
      { id: '200000000005', name: 'deep-one', ou: 'Deep/L2/L3/L4/L5' },
      { id: '200000000006', name: 'log-archive', ou: 'Security', tags: { Owner: 'team-security' } },
      { id: '200000000007', name: 'sandbox', ou: 'Sandbox' },
      { id: '200000000008', name: 'old-app', ou: 'Sandbox', status: 'SUSPENDED' },
      { id: '200000000009', name: 'at-root', ou: '' },
    ],
    policies: [
      scp('deny-leave', [ROOT_ID]),
      scp('workload-guard', [ouId('Workloads')]),
      // AWS keeps at least one SCP on every target: the account without FullAWSAccess carries sandbox-only.
      scp('sandbox-only', [ouId('Sandbox'), '200000000002', '200000000007'], { tags: { ManagedBy: 'vend' } }),
    ],
    withoutFullAWSAccess: [ouId('Sandbox'), '200000000007'],
    stackSets: [
      stackSet('boundary', { '200000000001': ['us-east-1'], '200000000002': ['us-east-1'] }),
      stackSet(
        'regional',
        {
          '200000000001': ['eu-west-1', 'us-east-1'],
          '200000000002': ['us-east-1'],
          '200000000005': ['eu-west-1', 'us-east-1'],
        },
        { overrides: { '200000000002': { Tier: 'gold' } } },
      ),
      stackSet('security', { '200000000006': ['us-east-1'] }),
    ],
  });
}

describe('the contract: right after vend import, validate passes and the plan only adopts', () => {
  const live = mixedOrganization();
  const imported = describe_(live);
  const verdict = loadImported(imported, live);

  test('validate finds no error, and warns only where an owner is unassigned or two accounts share a name', () => {
    expect(verdict.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    expect(new Set(verdict.diagnostics.map((diagnostic) => diagnostic.rule))).toEqual(
      new Set(['owner-unassigned', 'unique-account-name']),
    );
    // The organization has two accounts named Shared Services, as AWS allows; each manifest is told of the other.
    expect(
      verdict.diagnostics.filter((diagnostic) => diagnostic.rule === 'unique-account-name').map(({ file }) => file),
    ).toEqual(['accounts/shared-services-200000000003.yaml', 'accounts/shared-services.yaml']);
  });

  test('the plan against the same organization creates, moves, detaches and destroys nothing: it adopts', () => {
    const plan = computePlan(verdict.desired!, observedStateOf(live));
    expect(plan.problems).toEqual([]);
    expect(plan.summary).toEqual({ create: 0, change: plan.changes.length, destroy: 0 });
    expect(new Set(plan.changes.map((change) => change.kind))).toEqual(
      new Set(['adopt-account', 'adopt-scp', 'record-parameter-overrides']),
    );
    // Every written account is adopted except the one vend already owns; its tags already say so.
    expect(plan.changes.filter((change) => change.kind === 'adopt-account')).toHaveLength(imported.accounts.length - 1);
    expect(plan.changes.filter((change) => change.kind === 'adopt-scp').map((change) => change.target)).toEqual([
      'scp:deny-leave',
      'scp:workload-guard',
    ]);
  });

  test('the same organization read in another order gives the same files, byte for byte', () => {
    const shuffled: LiveOrganization = {
      ...live,
      accounts: [...live.accounts].reverse(),
      organizationalUnits: [...live.organizationalUnits].reverse(),
      serviceControlPolicies: [...live.serviceControlPolicies].reverse(),
      stackSets: [...live.stackSets].reverse(),
    };
    const again = describe_(shuffled);
    expect(renderRepository(again, live.organization.id)).toEqual(renderRepository(imported, live.organization.id));
    expect(again.findings).toEqual(imported.findings);
  });
});

test('a vend-tagged account left out beside a written one of its name is told: the first plan would refuse the manifest', () => {
  // t1 is vend's but under the root, so not written; t2 of the same name is written, untagged: the plan reads the
  // manifest as t1's with its email changed (account-email-taken), and import must say so before anyone merges.
  const live = liveOrganization({
    organizationalUnits: ['Work'],
    accounts: [
      { id: '200000000011', name: 'Team', ou: '', tags: { ManagedBy: 'vend' } },
      { id: '200000000012', name: 'Team', ou: 'Work' },
    ],
    policies: [],
    stackSets: [],
  });
  const imported = describe_(live);
  const written = imported.accounts.map((account) => account.file);
  expect(written).toHaveLength(1);
  expect(findingsOf(imported, 'check')).toContainEqual(
    expect.objectContaining({
      subject: 'account 200000000012 (Team)',
      message: expect.stringContaining(`${written[0]} carries the name of vend's account 200000000011 (`),
    }),
  );
  const plan = computePlan(loadImported(imported, live).desired!, observedStateOf(live));
  expect(plan.problems.map((problem) => problem.rule)).toEqual(['account-email-taken']);
});

test("the management account tagged as vend's, named as a written member, is told too: it never gets a manifest", () => {
  const live = liveOrganization({
    organizationalUnits: ['Workloads'],
    accounts: [{ id: '200000000021', name: 'master', ou: 'Workloads', tags: { Owner: 'team-a' } }],
    policies: [],
    stackSets: [],
  });
  const management = live.accounts.find((account) => account.id === MANAGEMENT_ACCOUNT_ID)!;
  Object.assign(management, { name: 'master', tags: { ...management.tags, ManagedBy: 'vend' } });
  const imported = describe_(live);
  expect(findingsOf(imported, 'check')).toContainEqual(
    expect.objectContaining({
      message: expect.stringContaining(
        `aws organizations untag-resource --resource-id ${MANAGEMENT_ACCOUNT_ID} --tag-keys ManagedBy`,
      ),
    }),
  );
  const plan = computePlan(loadImported(imported, live).desired!, observedStateOf(live));
  expect(plan.problems.map((problem) => problem.rule)).toEqual(['account-email-taken']);
});

describe('accounts', () => {
  const imported = describe_(mixedOrganization());

  test('a name that is no manifest name is made one, and accountName keeps the AWS name', () => {
    expect(manifest(imported, 'payments-prod')).toMatchObject({
      accountName: 'Payments Prod',
      owner: 'team-payments',
      tags: { CostCenter: '4711' },
    });
    expect(findingsOf(imported, 'renamed')).toContainEqual(
      expect.objectContaining({
        subject: 'account 200000000001 (Payments Prod)',
        message: expect.stringContaining('Written as payments-prod'),
      }),
    );
  });

  test('of accounts that share a name, the one already vend’s keeps it, and the other gets its id', () => {
    expect(imported.accounts.map((account) => account.file)).toEqual(
      expect.arrayContaining(['accounts/shared-services-200000000003.yaml', 'accounts/shared-services.yaml']),
    );
  });

  test('an Owner tag becomes owner; without one the owner is the placeholder, and ManagedBy is no manifest tag', () => {
    expect(manifest(imported, 'log-archive')).toMatchObject({ owner: 'team-security' });
    expect(manifest(imported, 'log-archive')).not.toHaveProperty('tags');
    expect(manifest(imported, 'shared-services')).toMatchObject({ owner: 'vend:unassigned' });
    expect(manifest(imported, 'shared-services')).not.toHaveProperty('tags');
  });

  test('the management account is managementAccountId, never a manifest; a suspended account is listed; one under the root is left out', () => {
    expect(imported.organization?.managementAccountId).toBe(MANAGEMENT_ACCOUNT_ID);
    expect(imported.accounts.map((account) => account.document.email)).not.toContain('aws+management@example.com');
    expect(findingsOf(imported, 'inactive')).toEqual([
      { kind: 'inactive', subject: 'account 200000000008 (old-app)', message: 'SUSPENDED: listed, not written.' },
    ]);
    expect(findingsOf(imported, 'left-out')).toContainEqual(
      expect.objectContaining({
        subject: 'account 200000000009 (at-root)',
        message: expect.stringContaining('directly under the root'),
      }),
    );
    expect(imported.accounts).toHaveLength(7);
  });

  test("a tag with AWS's aws: prefix stays AWS's: the manifest leaves it out and the plan leaves it alone", () => {
    const live = liveOrganization({
      organizationalUnits: ['Apps'],
      accounts: [
        { id: '200000000001', name: 'app', ou: 'Apps', tags: { 'aws:cloudformation:stack-name': 's', Team: 't' } },
      ],
    });
    const result = describe_(live);
    expect(result.accounts.map((account) => account.document.tags)).toEqual([{ Team: 't' }]);
    expect(findingsOf(result, 'left-out')).toEqual([]);
  });

  test('a tag only vend may set leaves the account out, since the plan would remove it', () => {
    const live = liveOrganization({
      organizationalUnits: ['Apps'],
      accounts: [{ id: '200000000001', name: 'app', ou: 'Apps', tags: { 'vend:note': 'x', Owner: 'a' } }],
    });
    const result = describe_(live);
    expect(result.accounts).toEqual([]);
    expect(findingsOf(result, 'left-out')).toEqual([
      expect.objectContaining({ message: expect.stringContaining('vend:note') }),
    ]);
  });

  test('a record of overrides for baselines with no StackSet here is checked: import may be in the wrong region', () => {
    // The organization's vend StackSets live in eu-west-1; import ran with AWS_REGION=us-east-1 and found none.
    const live = liveOrganization({
      organizationalUnits: ['Apps'],
      accounts: [
        {
          id: '200000000001',
          name: 'app',
          ou: 'Apps',
          // Written twice: the record is a set, and names it once.
          tags: { Owner: 'a', 'vend:parameter-overrides': 'human-roles human-roles' },
        },
      ],
    });
    const checks = findingsOf(describe_(live), 'check');
    expect(checks).toEqual([
      expect.objectContaining({
        subject: 'account 200000000001 (app)',
        message: expect.stringContaining(
          'Its tag vend:parameter-overrides records overrides for human-roles, its manifest for none: the first plan rewrites the tag. No StackSet vend-human-roles is in',
        ),
      }),
    ]);
  });

  test('a record tag vend never writes is said to be rewritten, without a wrong-region guess', () => {
    const live = liveOrganization({
      organizationalUnits: ['Apps'],
      accounts: [
        { id: '200000000001', name: 'app', ou: 'Apps', tags: { Owner: 'a', 'vend:parameter-overrides': '{"x":1}' } },
      ],
    });
    expect(findingsOf(describe_(live), 'check')).toEqual([
      expect.objectContaining({
        subject: 'account 200000000001 (app)',
        message:
          'Its tag vend:parameter-overrides holds "{\\"x\\":1}", which is not a record vend writes (baseline names, separated by spaces): the first plan rewrites it to nothing, removing it.',
      }),
    ]);
  });

  test('SCPs whose names differ only in case get files that differ in more than case', () => {
    // macOS and Windows file systems do not tell DenyAll.json from denyall.json: one would overwrite the other.
    const live = liveOrganization({
      organizationalUnits: ['Apps'],
      accounts: [{ id: '200000000001', name: 'app', ou: 'Apps', tags: { Owner: 'a' } }],
      policies: [scp('DenyAll', [ouId('Apps')], { id: 'p-upper' }), scp('denyall', [ouId('Apps')], { id: 'p-lower' })],
    });
    const result = describe_(live);
    expect(result.scps.map((policy) => policy.file)).toEqual([
      'baselines/scps/DenyAll.json',
      'baselines/scps/denyall-p-lower.json',
    ]);
    expect(loadImported(result, live).diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  });

  test('an account left out for its tags gets no note about what adopting it would do', () => {
    const live = liveOrganization({
      organizationalUnits: ['Apps'],
      accounts: [
        { id: '200000000001', name: 'app', ou: 'Apps', tags: { ManagedBy: 'terraform', Owner: 'a', 'bad#key': 'x' } },
      ],
    });
    const result = describe_(live);
    expect(result.accounts).toEqual([]);
    expect(findingsOf(result, 'left-out')).toHaveLength(1);
    expect(
      result.findings.filter((finding) => finding.kind !== 'left-out' && finding.subject.includes('200000000001')),
    ).toEqual([]);
  });

  test('an SCP on an account left out after the catalogue was chosen leaves it, or is named for the adoption it makes', () => {
    const live = liveOrganization({
      organizationalUnits: ['Apps'],
      accounts: [
        { id: '200000000001', name: 'app', ou: 'Apps', tags: { Owner: 'a' } },
        // Its manifest validate would refuse: left out once the catalogue is chosen.
        { id: '200000000002', name: 'left', ou: 'Apps', tags: { Owner: 'a', alerts: '#ops' } },
      ],
      policies: [scp('only-left', ['200000000002']), scp('shared', [ouId('Apps'), '200000000002'])],
    });
    const result = describe_(live);
    expect(result.accounts.map((account) => account.accountId)).toEqual(['200000000001']);
    expect(Object.keys(result.organization!.scps ?? {})).toEqual(['shared']);
    expect(result.scps.map((entry) => entry.name)).toEqual(['shared']);
    expect(result.findings).toEqual(
      expect.arrayContaining([
        {
          kind: 'left-out',
          subject: 'SCP only-left (p-onlyleft)',
          message: expect.stringContaining('only to an account import left out (account left (200000000002))'),
        },
        {
          kind: 'check',
          subject: 'SCP shared (p-shared)',
          message: expect.stringContaining('the first plan adopts it as a high-impact change'),
        },
      ]),
    );
  });

  test('an account left out for several tags names every one, so one round in AWS fixes them all', () => {
    const tags = { ManagedBy: 'terraform', Owner: 'a', team: '~', alerts: '#ops', 'a<b': 'x' };
    const live = liveOrganization({
      organizationalUnits: ['Apps'],
      accounts: [{ id: '200000000001', name: 'app', ou: 'Apps', tags }],
    });
    const [leftOut] = findingsOf(describe_(live), 'left-out');
    expect(leftOut!.message.match(/tag-characters: /g)).toHaveLength(3);
    expect(leftOut!.message).toContain("TagResource an existing account's tags");
  });

  test('an email the manifest schema refuses leaves the account out with validate’s reason', () => {
    const live = liveOrganization({
      organizationalUnits: ['Apps'],
      accounts: [{ id: '200000000001', name: 'app', ou: 'Apps', email: "o'brien@example.com" }],
    });
    const result = describe_(live);
    expect(result.accounts).toEqual([]);
    expect(findingsOf(result, 'left-out')).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(
          /^validate would refuse its manifest as AWS has the account: schema:.* Nothing was written, so change the account in AWS/,
        ),
      }),
    ]);
  });

  test('two accounts whose emails differ only in case are both left out; beside a suspended one, the active one is written', () => {
    const live = (status: string) =>
      liveOrganization({
        organizationalUnits: ['Apps'],
        accounts: [
          { id: '200000000001', name: 'Acct Three', ou: 'Apps', email: 'THREE@Example.com' },
          { id: '200000000002', name: 'acct-three', ou: 'Apps', email: 'three@example.com', status },
        ],
      });
    const both = describe_(live('ACTIVE'));
    expect(both.accounts).toEqual([]);
    expect(findingsOf(both, 'left-out').map((finding) => finding.message)).toEqual([
      expect.stringContaining("is account 200000000002's (three@example.com) but for letter case"),
      expect.stringContaining("is account 200000000001's (THREE@Example.com) but for letter case"),
    ]);
    // The plan binds a manifest to the account spelt exactly as it is, so the suspended twin does not stand in its way.
    const one = describe_(live('SUSPENDED'));
    expect(one.accounts.map((account) => account.document.email)).toEqual(['THREE@Example.com']);
  });
});

test('an SCP also attached to a suspended account is no check: no manifest can declare it, and the plan agrees', () => {
  const live = liveOrganization({
    organizationalUnits: ['Apps'],
    accounts: [
      { id: '200000000001', name: 'app', ou: 'Apps' },
      { id: '200000000002', name: 'old', ou: 'Apps', status: 'SUSPENDED' },
    ],
    policies: [scp('guard', [ouId('Apps'), '200000000002'])],
    stackSets: [stackSet('base', { '200000000001': ['us-east-1'], '200000000002': ['us-east-1'] })],
  });
  const imported = describe_(live);
  // The suspended account's instance is skipped by updates and can get no manifest: said so, not "give it one".
  expect(imported.findings).toContainEqual({
    kind: 'note',
    subject: 'StackSet vend-base',
    message: expect.stringMatching(
      /^One of its instances is in a suspended or closing account: updates skip it \(SKIPPED_SUSPENDED_ACCOUNT\), and vend drift reports it as a stack instance no longer targeted until it is removed/,
    ),
  });
  // Its SCPs act on no one while it is suspended, as the blast radius counts only active accounts; "declare that
  // target" would send the person after a manifest import refuses to write.
  expect(findingsOf(imported, 'check').map((finding) => finding.subject)).not.toContain('SCP guard (p-guard)');
  const adoption = computePlan(loadImported(imported, live).desired!, observedStateOf(live)).changes.find(
    (change) => change.id === 'adopt-scp:scp:guard',
  );
  expect(adoption?.highImpact).toBe(false);
});

test("an SCP or StackSet another tool tags ManagedBy is a check, and the plan's adoption of it is high impact", () => {
  const live = liveOrganization({
    organizationalUnits: ['Apps'],
    accounts: [{ id: '200000000001', name: 'app', ou: 'Apps' }],
    policies: [{ ...scp('guard', [ouId('Apps')]), tags: { ManagedBy: 'control-tower' } }],
    stackSets: [{ ...stackSet('base', { '200000000001': ['us-east-1'] }), managedByVend: false, managedBy: 'aft' }],
  });
  const imported = describe_(live);
  expect(findingsOf(imported, 'check')).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        subject: 'SCP guard (p-guard)',
        message: expect.stringMatching(/^Its ManagedBy tag is 'control-tower'; the first plan adopts it/),
      }),
      expect.objectContaining({
        subject: 'StackSet vend-base',
        message: expect.stringMatching(/^Its ManagedBy tag is 'aft'; the first plan adopts it/),
      }),
    ]),
  );
  const changes = computePlan(loadImported(imported, live).desired!, observedStateOf(live)).changes;
  expect(
    changes
      .filter((change) => change.kind === 'adopt-scp' || change.kind === 'adopt-stackset')
      .map((c) => c.highImpact),
  ).toEqual([true, true]);
});

describe('the OU tree and SCPs', () => {
  const imported = describe_(mixedOrganization());
  const units = imported.organization!.organizationalUnits;

  test('OUs nest as in AWS, five deep', () => {
    expect(
      units.Deep?.organizationalUnits?.L2?.organizationalUnits?.L3?.organizationalUnits?.L4?.organizationalUnits,
    ).toEqual({ L5: {} });
  });

  test('SCPs are attached where AWS has them, and fullAWSAccess is false wherever FullAWSAccess is missing', () => {
    expect(imported.organization!.root).toEqual({ scps: ['deny-leave'] });
    expect(units.Workloads).toMatchObject({ scps: ['workload-guard'] });
    expect(units.Sandbox).toEqual({ scps: ['sandbox-only'], fullAWSAccess: false });
    expect(manifest(imported, 'sandbox')).toMatchObject({ fullAWSAccess: false });
    expect(manifest(imported, 'payments-dev')).toMatchObject({ scps: ['sandbox-only'] });
  });

  test('each catalogue SCP is its own pretty-printed file', () => {
    const files = renderRepository(imported, 'o-example');
    expect(files.get('baselines/scps/deny-leave.json')).toBe(
      `${JSON.stringify(JSON.parse(scp('deny-leave', []).content), null, 2)}\n`,
    );
    expect(imported.organization!.scps).toEqual({
      'deny-leave': { file: 'scps/deny-leave.json', description: 'About deny-leave' },
      'sandbox-only': { file: 'scps/sandbox-only.json', description: 'About sandbox-only' },
      'workload-guard': { file: 'scps/workload-guard.json', description: 'About workload-guard' },
    });
  });

  test('an OU whose name the schema refuses is left out with what is beneath it', () => {
    const live = mixedOrganization();
    live.organizationalUnits.push({ id: 'ou-cicd', name: 'CI/CD', path: '"CI/CD"', parentId: ROOT_ID });
    live.accounts.push({
      id: '200000000010',
      name: 'builds',
      email: 'b@example.com',
      status: 'ACTIVE',
      parentId: 'ou-cicd',
      parentPath: '"CI/CD"',
      tags: {},
    });
    const result = describe_(live);
    expect(Object.keys(result.organization!.organizationalUnits)).not.toContain('CI/CD');
    expect(result.accounts.map((account) => account.document.name)).not.toContain('builds');
    expect(findingsOf(result, 'left-out')).toContainEqual(
      expect.objectContaining({
        subject: 'OU "CI/CD" (ou-cicd)',
        message: expect.stringContaining(
          "Not declared, nor the 1 account beneath it: its name is not one the repository can declare: it has a '/', which would read as a nested OU in a path",
        ),
      }),
    );
    // --ou takes the path as plan and drift print it, quoted, and says why it is left out, not that it is missing.
    for (const path of ['CI/CD', '"CI/CD"'])
      expect(() => describe_(live, { organizationalUnits: [path] })).toThrow(
        new EnvironmentError(
          `--ou '${path}' names an OU that exists but cannot be declared: its name is not one the repository can declare: it has a '/', which would read as a nested OU in a path (OU names there are 1-128 printable ASCII characters other than '/', with single spaces between words and none at either end, not starting with '"', and not __proto__, constructor or prototype). Rename the OU in AWS Organizations, then import again.`,
        ),
      );
    // The account stays unmanaged until someone acts, so import exits 1 and counts it, and names it.
    expect([...leftOutAccountIds(result.findings)]).toContain('200000000010');
    expect(findingsOf(result, 'left-out')).toContainEqual(
      expect.objectContaining({
        subject: 'OU "CI/CD" (ou-cicd)',
        message: expect.stringMatching(/\. Active accounts left out with it: 'builds' \(200000000010\)\.$/),
      }),
    );
  });

  test('an SCP named as no catalogue name stays out with its attachments; one vend owns is a finding; CamelCase names are kept', () => {
    const live = mixedOrganization();
    live.serviceControlPolicies.push(
      { ...scp('Deny all (legacy)', [ouId('Security')]), awsManaged: false },
      { ...scp('DenyKms_v2', [ouId('Sandbox')]), awsManaged: false },
      { ...scp('Vends Own', [], { tags: { ManagedBy: 'vend' } }), awsManaged: false },
    );
    const result = describe_(live);
    expect(Object.keys(result.organization!.scps!)).not.toEqual(expect.arrayContaining(['Deny all (legacy)']));
    expect(Object.keys(result.organization!.scps!)).toContain('DenyKms_v2');
    expect(result.organization!.organizationalUnits.Security).not.toHaveProperty('scps');
    expect(findingsOf(result, 'left-out').map((finding) => finding.subject)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^SCP Deny all \(legacy\)/)]),
    );
    expect(findingsOf(result, 'check')).toContainEqual(
      expect.objectContaining({
        subject: expect.stringMatching(/^SCP Vends Own/),
        message: expect.stringContaining('would detach it'),
      }),
    );
  });

  test('an SCP also attached to the management account says so: organization.yaml cannot, and vend leaves it there', () => {
    const live = mixedOrganization();
    live.serviceControlPolicies
      .find((policy) => policy.name === 'workload-guard')!
      .targetIds.push(MANAGEMENT_ACCOUNT_ID);
    const result = describe_(live);
    expect(findingsOf(result, 'note')).toContainEqual(
      expect.objectContaining({
        subject: expect.stringMatching(/^SCP workload-guard /),
        message: expect.stringMatching(
          new RegExp(
            `^It is also attached to the management account, account \\S+ \\(${MANAGEMENT_ACCOUNT_ID}\\), where no SCP applies`,
          ),
        ),
      }),
    );
    expect(result.organization!.organizationalUnits.Workloads).toMatchObject({ scps: ['workload-guard'] });
  });

  test('a target that already carries more SCPs than the quota raises scpsPerTarget, as AWS evidently allows', () => {
    const guards = Array.from({ length: 11 }, (_, index) =>
      scp(`guard-${String.fromCharCode(97 + index)}`, [ouId('Security')]),
    );
    const live = liveOrganization({ organizationalUnits: ['Security'], policies: guards });
    const result = describe_(live);
    expect(result.organization!.quotas).toEqual({ scpsPerTarget: 12 });
    // Validate passes; the raised quota stays a warning a reviewer sees, as any raised quota does.
    expect(loadImported(result, live).diagnostics).toEqual([
      expect.objectContaining({ rule: 'quota-override', severity: 'warning' }),
    ]);
    // The import note says why to keep it despite that warning, so the person is not told two things at once.
    expect(result.findings).toContainEqual(
      expect.objectContaining({
        subject: 'quotas.scpsPerTarget',
        message: expect.stringContaining(
          'validate warns about it (rule quota-override) and asks for the AWS page that shows the new value: here the organization itself is that evidence',
        ),
      }),
    );
  });

  test('an SCP larger than the size quota raises scpSize, as AWS evidently allows, and is written', () => {
    const actions = Array.from({ length: 600 }, (_, index) => `ec2:Describe${String(index).padStart(20, '0')}`);
    const big = scp('big', [ouId('Security')], {
      content: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Deny', Action: actions, Resource: '*' }],
      }),
    });
    const live = liveOrganization({ organizationalUnits: ['Security'], policies: [big] });
    const result = describe_(live);
    const size = Buffer.byteLength(big.content, 'utf8');
    expect(size).toBeGreaterThan(10_240);
    expect(result.organization!.quotas).toEqual({ scpSize: size });
    expect(Object.keys(result.organization!.scps ?? {})).toEqual(['big']);
    expect(loadImported(result, live).diagnostics).toEqual([
      expect.objectContaining({ rule: 'quota-override', severity: 'warning' }),
    ]);
  });

  test('an SCP over the size quota that import leaves out for its name raises no quota', () => {
    const actions = Array.from({ length: 600 }, (_, index) => `ec2:Describe${String(index).padStart(20, '0')}`);
    const big = scp('Big Guard', [ouId('Security')], {
      content: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Deny', Action: actions, Resource: '*' }],
      }),
    });
    const result = describe_(liveOrganization({ organizationalUnits: ['Security'], policies: [big] }));
    expect(result.organization!.scps ?? {}).not.toHaveProperty('Big Guard');
    expect(result.organization!.quotas).toBeUndefined();
  });

  test('the raised scpsPerTarget counts SCPs import could not write too, as the plan does', () => {
    const guards = Array.from({ length: 10 }, (_, index) =>
      scp(`guard-${String.fromCharCode(97 + index)}`, [ouId('Security')]),
    );
    // A name the catalogue cannot hold: left out of it, still attached.
    const live = liveOrganization({
      organizationalUnits: ['Security'],
      policies: [...guards, scp('Deny Spaces', [ouId('Security')])],
    });
    expect(describe_(live).organization!.quotas).toEqual({ scpsPerTarget: 12 });
  });

  test('--ou leaves the root’s own accounts out of its report: they belong to an import of the whole organization', () => {
    const live = liveOrganization({
      organizationalUnits: ['Apps'],
      accounts: [
        { id: '222222222222', name: 'apps', ou: 'Apps' },
        { id: '333333333333', name: 'stray', ou: '' },
      ],
    });
    const subjects = (options: Partial<ImportOptions>) =>
      describe_(live, options).findings.map((finding) => finding.subject);
    expect(subjects({})).toContain('account 333333333333 (stray)');
    expect(subjects({ organizationalUnits: ['Apps'] })).not.toContain('account 333333333333 (stray)');
  });

  test('--ou imports that subtree with its accounts, and its ancestors with their SCPs only', () => {
    const result = describe_(mixedOrganization(), { organizationalUnits: ['Workloads/Prod'] });
    expect(result.organization!.organizationalUnits).toEqual({
      Workloads: { scps: ['workload-guard'], organizationalUnits: { Prod: {} } },
    });
    expect(result.accounts.map((account) => account.document.ou)).toEqual(['Workloads/Prod', 'Workloads/Prod']);
    // Accounts outside the part imported, under the root or suspended in Sandbox, are not its business.
    expect(result.findings.map((finding) => finding.subject)).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/\((at-root|old-app)\)$/)]),
    );
  });

  test('--ou naming no OU is a usage error that names some that exist', () => {
    expect(() => describe_(mixedOrganization(), { organizationalUnits: ['Workload'] })).toThrow(
      new UsageError(
        "Invalid --ou 'Workload': no OU has that path (OU names from the root, joined with '/'; names are case-sensitive). Expected the path of an OU the repository can declare, such as Deep, Sandbox, Security, Workloads.",
      ),
    );
  });

  test('--ou that differs from an OU path only in case suggests that path', () => {
    expect(() => describe_(mixedOrganization(), { organizationalUnits: ['workloads/prod'] })).toThrow(
      new UsageError(
        "Invalid --ou 'workloads/prod': no OU has that path (OU names from the root, joined with '/'; names are case-sensitive). Did you mean Workloads/Prod?",
      ),
    );
  });

  test.each(['Workloads/', '/Workloads/Prod', 'Workloads//Prod'])(
    '--ou %s, with a stray slash, suggests the path meant',
    (path) => {
      expect(() => describe_(mixedOrganization(), { organizationalUnits: [path] })).toThrow(
        expect.objectContaining({ message: expect.stringMatching(/Did you mean Workloads(\/Prod)?\?$/) }),
      );
    },
  );

  test('an OU name refused for its spaces or its characters says which, and --ou names every case twin', () => {
    const live = liveOrganization({ organizationalUnits: ['Apps', 'Café', 'Two  spaces', 'Caps', 'caps'] });
    const messages = describe_(live).findings.map((finding) => `${finding.subject}: ${finding.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^OU Café .*it has characters outside printable ASCII/),
        expect.stringMatching(/^OU Two {2}spaces .*it has a space at either end or two in a row/),
      ]),
    );
    expect(() => describe_(live, { organizationalUnits: ['CAPS'] })).toThrow(
      /^--ou 'CAPS' names no OU \(names are case-sensitive\); the OUs 'Caps' and 'caps' differ from it only in case/,
    );
  });

  test('--ou naming an OU that exists but cannot be declared, or one beneath it, says why, not that there is none', () => {
    const live = liveOrganization({ organizationalUnits: ['Apps', 'constructor/Deep'] });
    const reason =
      "its name, a key under organizationalUnits, is 'constructor', a key validate refuses (yaml-forbidden-key): it could reach Object.prototype. Rename the OU in AWS Organizations, then import again.";
    expect(() => describe_(live, { organizationalUnits: ['Constructor/Deep'] })).toThrow(
      new EnvironmentError(
        `--ou 'Constructor/Deep' names no OU (names are case-sensitive); the OU 'constructor' differs from it only in case, and it exists but cannot be declared, nor anything beneath it: ${reason}`,
      ),
    );
    expect(() => describe_(live, { organizationalUnits: ['constructor'] })).toThrow(
      new EnvironmentError(`--ou 'constructor' names an OU that exists but cannot be declared: ${reason}`),
    );
    expect(() => describe_(live, { organizationalUnits: ['constructor/Deep'] })).toThrow(
      new EnvironmentError(
        `--ou 'constructor/Deep' is beneath the OU 'constructor', which exists but cannot be declared, and nothing beneath it can: ${reason}`,
      ),
    );
  });

  test('--ou reports only what concerns the chosen subtrees, not OUs or SCPs elsewhere in the organization', () => {
    const live = liveOrganization({
      organizationalUnits: ['Apps', 'Other', 'Other/Team', 'constructor'],
      policies: [scp('Apps-guard', [ouId('Apps')]), scp('Other-guard', [ouId('Other')]), scp('Unattached', [])],
    });
    const subjects = (imported: ImportedRepository) => imported.findings.map((finding) => finding.subject);
    expect(subjects(describe_(live))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^OU constructor /), 'SCP Unattached (p-unattached)']),
    );
    const part = describe_(live, { organizationalUnits: ['Apps'] });
    expect(subjects(part).filter((subject) => /constructor|Other|Unattached/.test(subject))).toEqual([]);
    expect(part.organization!.scps).toHaveProperty('Apps-guard');
  });

  test('a StackSet instance outside the organization, or in an account left out, gets only advice that can work', () => {
    const live = liveOrganization({
      organizationalUnits: ['Apps'],
      accounts: [
        { id: '222222222222', name: 'apps', ou: 'Apps' },
        { id: '333333333333', name: 'Über Konto', ou: 'Apps' },
      ],
      stackSets: [
        stackSet('base', {
          '222222222222': ['us-east-1'],
          '333333333333': ['us-east-1'],
          '999999999999': ['us-east-1'],
        }),
      ],
    });
    const messages = describe_(live)
      .findings.filter((finding) => finding.subject === 'StackSet vend-base')
      .map((finding) => finding.message);
    // Outside the organization: told once, by the finding that says to remove it; never "give it a manifest".
    expect(messages.filter((message) => message.includes('999999999999'))).toEqual([
      expect.stringContaining('outside this organization'),
    ]);
    expect(messages).toContainEqual(
      expect.stringContaining(
        'give the account a manifest (vend import --accounts-only, once what kept it out, listed under Not written, is settled)',
      ),
    );
  });

  test('without the SCP policy type, the first plan enables it, and import says so', () => {
    const live = liveOrganization({
      organizationalUnits: ['Apps'],
      policyTypes: [],
      otherPolicyTypes: [{ type: 'TAG_POLICY', policies: ['cost-tags'] }],
    });
    const result = describe_(live);
    expect(result.organization).not.toHaveProperty('root');
    expect(findingsOf(result, 'check')).toEqual([
      expect.objectContaining({ subject: 'the root', message: expect.stringContaining('enables them') }),
    ]);
    expect(findingsOf(result, 'left-out')).toEqual([
      expect.objectContaining({
        subject: 'policy type TAG_POLICY',
        message: expect.stringContaining('1 policy (cost-tags)'),
      }),
    ]);
  });
});

describe('the exit code: 1 when import leaves a person something to do', () => {
  const exitCodeOf = (live: LiveOrganization) =>
    importExitCode({
      status: 'written',
      report: {
        organizationId: live.organization.id,
        managementAccountId: MANAGEMENT_ACCOUNT_ID,
        mode: 'organization',
        written: ['baselines/organization.yaml'],
        refused: [],
        findings: describe_(live).findings,
      },
      validation: { diagnostics: [], fileCount: 1, exitCode: 0, exceptions: [], driftIgnore: [] },
    });

  test('an OU another tool tagged is to check too', () => {
    const live = liveOrganization({ organizationalUnits: ['Apps'], accounts: [] });
    live.organizationalUnits[0]!.tags = { ManagedBy: 'terraform' };
    expect(exitCodeOf(live)).toBe(1);
    live.organizationalUnits[0]!.tags = {};
    expect(exitCodeOf(live)).toBe(0);
  });

  test('an account another tool tagged is to check: adoption overwrites its ManagedBy', () => {
    const live = liveOrganization({
      organizationalUnits: ['Apps'],
      accounts: [{ id: '200000000001', name: 'app', ou: 'Apps', tags: { Owner: 'a', ManagedBy: 'terraform' } }],
    });
    expect(findingsOf(describe_(live), 'check')).toEqual([
      {
        kind: 'check',
        subject: 'account 200000000001 (app)',
        message:
          "Its ManagedBy tag is 'terraform'; adopting it sets ManagedBy=vend. Make sure terraform no longer manages it, or remove its manifest.",
      },
    ]);
    expect(exitCodeOf(live)).toBe(1);
  });

  test('an active account left out stays unmanaged: exit 1', () => {
    const live = liveOrganization({
      organizationalUnits: ['Apps'],
      accounts: [{ id: '200000000001', name: 'app', ou: 'Apps', tags: { Owner: 'a', 'vend:x': 'y' } }],
    });
    expect(findingsOf(describe_(live), 'left-out').map((finding) => finding.subject)).toEqual([
      'account 200000000001 (app)',
    ]);
    expect(exitCodeOf(live)).toBe(1);
  });

  test('active accounts under an OU the repository cannot declare stay unmanaged too: exit 1', () => {
    const live = liveOrganization({
      organizationalUnits: ['Apps', 'constructor'],
      accounts: [
        { id: '200000000001', name: 'app', ou: 'Apps' },
        { id: '200000000002', name: 'hidden', ou: 'constructor' },
        { id: '200000000003', name: 'gone', ou: 'constructor', status: 'SUSPENDED' },
      ],
    });
    expect(leftOutAccountIds(describe_(live).findings)).toEqual(new Set(['200000000002']));
    expect(exitCodeOf(live)).toBe(1);
  });

  test('a suspended account is expected to have no manifest, and an account without tags only to be adopted: exit 0', () => {
    const live = liveOrganization({
      organizationalUnits: ['Apps'],
      accounts: [
        { id: '200000000001', name: 'app', ou: 'Apps' },
        { id: '200000000002', name: 'old', ou: 'Apps', status: 'SUSPENDED' },
      ],
    });
    expect(findingsOf(describe_(live), 'inactive').map((finding) => finding.subject)).toEqual([
      'account 200000000002 (old)',
    ]);
    expect(exitCodeOf(live)).toBe(0);
  });
});

describe('the OUs the first plan adopts', () => {
  test('an OU another tool claims is a check, as an account would be: adoption takes it over', () => {
    const live = mixedOrganization();
    live.organizationalUnits.find((unit) => unit.id === ouId('Sandbox'))!.tags = { ManagedBy: 'terraform' };
    const imported = describe_(live);
    expect(findingsOf(imported, 'check')).toContainEqual({
      kind: 'check',
      subject: `OU Sandbox (${ouId('Sandbox')})`,
      message:
        "Its ManagedBy tag is 'terraform'; the first plan adopts it, setting ManagedBy=vend. Make sure terraform no longer manages it, or leave it out of baselines/organization.yaml.",
    });
  });

  test('with --ou, an ancestor declared only to hold the path is said to be adopted, with the accounts left in it', () => {
    const live = mixedOrganization();
    for (const unit of live.organizationalUnits) unit.tags = {};
    live.accounts.push({
      ...live.accounts.find((account) => account.id === '200000000003')!,
      id: '200000000010',
      parentId: ouId('Workloads'),
      parentPath: 'Workloads',
      email: 'top@example.com',
    });
    const imported = describe_(live, { organizationalUnits: ['Workloads/Prod'] });
    expect(findingsOf(imported, 'note')).toContainEqual({
      kind: 'note',
      subject: `OU Workloads (${ouId('Workloads')})`,
      message:
        'Declared only as the path to what --ou chose, it is adopted by the first plan all the same (ManagedBy=vend), and vend then keeps its SCP attachments as baselines/organization.yaml says; the 1 account in it stays unmanaged until imported.',
    });
    expect(imported.findings.map((finding) => finding.subject)).not.toContain(
      `OU Workloads/Prod (${ouId('Workloads/Prod')})`,
    );
    // The management account there is never imported as a member: it is not among the accounts left.
    live.accounts.find((account) => account.id === live.organization.managementAccountId)!.parentId = ouId('Workloads');
    expect(findingsOf(describe_(live, { organizationalUnits: ['Workloads/Prod'] }), 'note')).toContainEqual(
      expect.objectContaining({
        subject: `OU Workloads (${ouId('Workloads')})`,
        message: expect.stringContaining('the 1 account in it stays unmanaged until imported'),
      }),
    );
  });
});
