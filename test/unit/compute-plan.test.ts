import { describeChanges } from '../../src/report/change-effects.js';
import type { DesiredState } from '../../src/config/desired-state.js';
import type { ObservedState } from '../../src/observe/observed-state.js';
import { canonicalJson, sha256Digest } from '../../src/plan/canonical-json.js';
import { computePlan } from '../../src/plan/compute-plan.js';
import { stageOf } from '../../src/plan/order-changes.js';
import { renderPlanComment } from '../../src/report/plan-markdown.js';
import { renderPlanText } from '../../src/report/plan-text.js';
import { changesById, isCovered } from '../../src/plan/saved-plan.js';
import type { Change, Plan, ScpBlastRadius } from '../../src/plan/plan.js';
import {
  accountIdOf,
  convergedObservation,
  desiredAccount,
  desiredAccountNamed,
  desiredBaseline,
  desiredOrganizationalUnit,
  desiredOrganizationalUnitAt,
  desiredScp,
  emptyOrganization,
  MANAGEMENT_ACCOUNT_ID,
  observedAccount,
  observedPolicy,
  observedStackSet,
  organizationalUnitIdOf,
  referenceDesiredState,
  serviceManagedDesiredState,
  ROOT_ID,
} from '../support/plan-fixtures.js';
import { rolesTemplate } from '../support/synthetic-plan.js';

const changeIds = (plan: Plan) => plan.changes.map((change) => change.id);
const sortedChangeIds = (plan: Plan) => changeIds(plan).sort();
const positionOf = (plan: Plan, id: string) => {
  const index = changeIds(plan).indexOf(id);
  if (index < 0) throw new Error(`the plan has no change ${id}; it has ${changeIds(plan).join(', ')}`);
  return index;
};
const changeNamed = (plan: Plan, id: string): Change => plan.changes[positionOf(plan, id)]!;
const changesOfKind = (plan: Plan, kind: Change['kind']) => plan.changes.filter((change) => change.kind === kind);
const plannedAccount = (plan: Plan, name: string) => {
  const account = plan.accounts.find((candidate) => candidate.name === name);
  if (!account) throw new Error(`the plan's account table has no ${name}`);
  return account;
};
const byAccountThenRegion = (a: { account: string; region: string }, b: { account: string; region: string }) =>
  a.account.localeCompare(b.account) || a.region.localeCompare(b.region);
const instancesOf = (change: Change) =>
  [...(change.after as { instances: { account: string; region: string }[] }).instances].sort(byAccountThenRegion);

/** The summary line is only trustworthy if it is literally a count of the listed changes. */
function expectSummaryToCountChanges(plan: Plan) {
  const counted = { create: 0, change: 0, destroy: 0 };
  for (const change of plan.changes) counted[change.action]++;
  expect(plan.summary).toEqual(counted);
  for (const change of plan.changes) if (change.action === 'destroy') expect(change.destructive).toBe(true);
}

function expectEveryChangeAfterItsDependencies(plan: Plan) {
  const seen = new Set<string>();
  for (const change of plan.changes) {
    for (const dependency of change.dependsOn) {
      expect({ change: change.id, dependency, alreadyPlanned: seen.has(dependency) }).toEqual({
        change: change.id,
        dependency,
        alreadyPlanned: true,
      });
    }
    seen.add(change.id);
  }
}

function withoutAccount(desired: DesiredState, name: string): DesiredState {
  return { ...desired, accounts: desired.accounts.filter((account) => account.name !== name) };
}

describe('plan against an empty organization', () => {
  const desired = referenceDesiredState();
  const plan = computePlan(desired, emptyOrganization());

  it('creates everything the repository declares, and nothing else', () => {
    expect(sortedChangeIds(plan)).toEqual(
      [
        'enable-scp-type:root',
        'create-ou:ou:Security',
        'create-ou:ou:Workloads',
        'create-ou:ou:Workloads/NonProd',
        'create-ou:ou:Workloads/Prod',
        'create-scp:scp:deny-leave-organization',
        'create-scp:scp:deny-unapproved-regions',
        'create-scp:scp:require-permissions-boundary',
        'create-account:account:payments-dev',
        'create-account:account:payments-prod',
        'create-account:account:security-audit',
        'attach-scp:deny-leave-organization@root',
        'attach-scp:require-permissions-boundary@ou:Workloads',
        'attach-scp:deny-unapproved-regions@ou:Workloads/Prod',
        'attach-scp:deny-unapproved-regions@account:security-audit',
        'create-stackset:stackset:vend-permissions-boundary',
        'create-stackset:stackset:vend-automation-roles',
        'create-stackset:stackset:vend-regional-guardrails',
        'add-stack-instances:stackset:vend-permissions-boundary',
        'add-stack-instances:stackset:vend-automation-roles',
        'add-stack-instances:stackset:vend-regional-guardrails',
      ].sort(),
    );
  });

  it('never attaches FullAWSAccess, because AWS attaches it when SCPs are enabled and to every new OU and account', () => {
    expect(changesOfKind(plan, 'attach-scp').map((change) => change.after)).not.toContainEqual(
      expect.objectContaining({ policy: 'FullAWSAccess' }),
    );
  });

  it('counts 20 to create, 1 to change (enabling SCPs), 0 to destroy, and marks nothing destructive', () => {
    expect(plan.summary).toEqual({ create: 20, change: 1, destroy: 0 });
    expectSummaryToCountChanges(plan);
    expect(plan.changes.filter((change) => change.destructive)).toEqual([]);
  });

  it('creates each account with its email, OU and the tags vend maintains', () => {
    expect(changeNamed(plan, 'create-account:account:payments-prod')).toMatchObject({
      action: 'create',
      before: null,
      after: {
        name: 'payments-prod',
        email: 'aws+payments-prod@example.com',
        ou: 'Workloads/Prod',
        tags: { CostCenter: '4711', ManagedBy: 'vend', Owner: 'team-payments' },
      },
    });
  });

  it('deploys each baseline to its fixed regions, or else to every region of each account', () => {
    expect(instancesOf(changeNamed(plan, 'add-stack-instances:stackset:vend-permissions-boundary'))).toEqual([
      { account: 'payments-dev', region: 'us-east-1' },
      { account: 'payments-prod', region: 'us-east-1' },
    ]);
    expect(instancesOf(changeNamed(plan, 'add-stack-instances:stackset:vend-regional-guardrails'))).toEqual([
      { account: 'payments-prod', region: 'eu-west-1' },
      { account: 'payments-prod', region: 'us-east-1' },
    ]);
  });

  it('marks every declared OU as new and lists every declared account as new', () => {
    expect(plan.organizationalUnits).toEqual([
      { path: 'Security', isNew: true },
      { path: 'Workloads', isNew: true },
      { path: 'Workloads/NonProd', isNew: true },
      { path: 'Workloads/Prod', isNew: true },
    ]);
    expect(plan.accounts.map((account) => [account.name, account.status])).toEqual([
      ['payments-dev', 'new'],
      ['payments-prod', 'new'],
      ['security-audit', 'new'],
    ]);
  });

  it('records the management account and home region it was planned for', () => {
    expect(plan).toMatchObject({
      formatVersion: 2,
      commit: null,
      managementAccountId: MANAGEMENT_ACCOUNT_ID,
      homeRegion: 'us-east-1',
    });
  });
});

describe('plan against an organization that already matches the repository', () => {
  it('has no changes: 0 to create, 0 to change, 0 to destroy', () => {
    const desired = referenceDesiredState();
    const plan = computePlan(desired, convergedObservation(desired));
    expect(plan.changes).toEqual([]);
    expect(plan.summary).toEqual({ create: 0, change: 0, destroy: 0 });
    expect(plan.accounts).toEqual([]);
    expect(plan.problems).toEqual([]);
    expect(plan.unmanagedAccounts).toEqual([]);
    expect(plan.organizationalUnits.every((unit) => !unit.isNew)).toBe(true);
  });

  it('only creates what is missing after part of the repository was applied by hand', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(withoutAccount(desired, 'payments-dev'));
    const plan = computePlan(desired, observed);
    expect(sortedChangeIds(plan)).toEqual([
      'add-stack-instances:stackset:vend-automation-roles',
      'add-stack-instances:stackset:vend-permissions-boundary',
      'create-account:account:payments-dev',
    ]);
    expect(instancesOf(changeNamed(plan, 'add-stack-instances:stackset:vend-permissions-boundary'))).toEqual([
      { account: 'payments-dev', region: 'us-east-1' },
    ]);
  });
});

describe('plan with SCPs not yet enabled on an existing organization', () => {
  it('enables them, creates and attaches vend SCPs, and attaches FullAWSAccess nowhere', () => {
    const desired = referenceDesiredState();
    const observed = { ...convergedObservation(desired), policies: [] };
    observed.root = { id: ROOT_ID, scpPolicyTypeEnabled: false };
    const plan = computePlan(desired, observed);
    expect(sortedChangeIds(plan)).toEqual(
      [
        'enable-scp-type:root',
        'create-scp:scp:deny-leave-organization',
        'create-scp:scp:deny-unapproved-regions',
        'create-scp:scp:require-permissions-boundary',
        'attach-scp:deny-leave-organization@root',
        'attach-scp:require-permissions-boundary@ou:Workloads',
        'attach-scp:deny-unapproved-regions@ou:Workloads/Prod',
        'attach-scp:deny-unapproved-regions@account:security-audit',
      ].sort(),
    );
    for (const attach of changesOfKind(plan, 'attach-scp')) expect(attach.dependsOn).toContain('enable-scp-type:root');
  });

  it('says whom enabling them reaches: every member account, the management account never', () => {
    const desired = referenceDesiredState();
    const observed = { ...convergedObservation(desired), policies: [] };
    observed.root = { id: ROOT_ID, scpPolicyTypeEnabled: false };
    observed.accounts.push({
      id: '444455556666',
      name: 'other-team',
      email: 'other@example.org',
      status: 'ACTIVE',
      parentId: ROOT_ID,
      parentPath: '',
    });
    const text = renderPlanText(computePlan(desired, observed));
    const enable = text.split('\n').findIndex((line) => line.includes('Enable service control policies on the root'));
    expect(text.split('\n').slice(enable + 1, enable + 4)).toContain(
      '      SCPs start to act on 4 accounts: other-team (444455556666), payments-dev, payments-prod and security-audit',
    );
  });

  it('notes no account when FullAWSAccess stays everywhere; where a level declines it, its accounts may do less', () => {
    const desired = referenceDesiredState();
    const observed = { ...convergedObservation(desired), policies: [] };
    observed.root = { id: ROOT_ID, scpPolicyTypeEnabled: false };
    const notes = (plan: ReturnType<typeof computePlan>) =>
      plan.accounts.flatMap((account) => account.notes.map((note) => `${account.name}: ${note}`));
    expect(notes(computePlan(desired, observed)).join('\n')).not.toMatch(/What allows actions/);

    desired.scps.push(desiredScp('allow-compute', { Effect: 'Allow', Action: ['ec2:*', 'lambda:*'], Resource: '*' }));
    const prod = desiredOrganizationalUnitAt(desired, 'Workloads/Prod');
    prod.scps.push('allow-compute');
    prod.fullAWSAccess = false;
    expect(notes(computePlan(desired, observed)).filter((note) => note.includes('What allows actions'))).toEqual([
      'payments-prod: What allows actions at OU Workloads/Prod changes from everything (SCPs are not enabled yet) to allow-compute: an action needs an Allow at every level from the root to the account, so this account may do less than before.',
    ]);
  });

  it('detaches FullAWSAccess where a target declines it, once SCPs are enabled', () => {
    const desired = referenceDesiredState();
    desiredOrganizationalUnitAt(desired, 'Workloads/Prod').fullAWSAccess = false;
    const observed = { ...convergedObservation(referenceDesiredState()), policies: [] };
    observed.root = { id: ROOT_ID, scpPolicyTypeEnabled: false };
    const plan = computePlan(desired, observed);
    expect(changeNamed(plan, 'detach-scp:FullAWSAccess@ou:Workloads/Prod')).toMatchObject({
      destructive: true,
      dependsOn: expect.arrayContaining([
        'enable-scp-type:root',
        'attach-scp:deny-unapproved-regions@ou:Workloads/Prod',
      ]),
    });
    expectEveryChangeAfterItsDependencies(plan);
  });
});

test('adopting an account with the overrides it already holds records them, and is no more than an adoption', () => {
  const desired = referenceDesiredState();
  desiredAccountNamed(desired, 'payments-prod').parameters['permissions-boundary'] = {
    BoundaryPolicyName: 'prod-boundary',
  };
  const observed = convergedObservation(desired);
  // As `vend import` finds it: not vend's yet, the overrides deployed, nothing recorded.
  observedAccount(observed, 'payments-prod').tags = { CostCenter: '4711', Owner: 'team-payments' };
  const plan = computePlan(desired, observed);
  expect(plan.changes.map((change) => [change.id, change.highImpact])).toEqual([
    ['adopt-account:account:payments-prod', false],
    ['record-parameter-overrides:account:payments-prod', false],
  ]);
});

describe('plan adopts an existing account with the declared email', () => {
  const desired = referenceDesiredState();
  // Adopted with the name it has in AWS: the manifest's accountName keeps it.
  desiredAccountNamed(desired, 'payments-dev').accountName = 'Payments Dev';
  const observed = convergedObservation(withoutAccount(desired, 'payments-dev'));
  const adoptedId = accountIdOf('payments-dev');
  observed.accounts.push({
    id: adoptedId,
    name: 'Payments Dev',
    email: 'AWS+Payments-Dev@Example.COM',
    status: 'ACTIVE',
    parentId: ROOT_ID,
    parentPath: '',
    tags: { CostCenter: '4711' },
  });
  observedPolicy(observed, 'FullAWSAccess').targetIds.push(adoptedId);
  const plan = computePlan(desired, observed);

  it('adopts the account instead of creating a second one, matching the email case-insensitively', () => {
    expect(changesOfKind(plan, 'create-account')).toEqual([]);
    expect(changeNamed(plan, 'adopt-account:account:payments-dev')).toMatchObject({
      action: 'change',
      destructive: false,
      before: { id: adoptedId, email: 'AWS+Payments-Dev@Example.COM' },
      after: { id: adoptedId, tags: { ManagedBy: 'vend' } },
    });
  });

  it('sets the adoption apart as high impact, since the same plan moves, tags and deploys to the account', () => {
    expect(changeNamed(plan, 'adopt-account:account:payments-dev')).toMatchObject({
      highImpact: true,
      // No ManagedBy tag: no other team is on record, so none is named.
      highImpactReason: 'an account made outside vend is adopted and changed in the same plan',
      description: expect.stringMatching(/; this plan also changes it \(4 changes below\)$/),
    });
    const tagged = structuredClone(observed);
    tagged.accounts.find((account) => account.id === adoptedId)!.tags = { ManagedBy: 'terraform' };
    expect(changeNamed(computePlan(desired, tagged), 'adopt-account:account:payments-dev').highImpactReason).toContain(
      "another team's account changes hands and changes in the same plan",
    );
  });

  it('then moves it into its OU and sets the missing tags, both after the adoption', () => {
    expect(changeNamed(plan, 'move-account:account:payments-dev')).toMatchObject({
      before: { id: adoptedId, ou: '(root)' },
      after: { id: adoptedId, ou: 'Workloads/NonProd' },
      dependsOn: ['adopt-account:account:payments-dev'],
    });
    expect(changeNamed(plan, 'tag-account:account:payments-dev')).toMatchObject({
      before: {},
      after: { Owner: 'team-payments' },
      dependsOn: ['adopt-account:account:payments-dev'],
    });
    expect(changesOfKind(plan, 'untag-account')).toEqual([]);
  });

  it('deploys its baselines only once it is adopted and in its OU', () => {
    const boundary = changeNamed(plan, 'add-stack-instances:stackset:vend-permissions-boundary');
    expect(instancesOf(boundary)).toEqual([{ account: 'payments-dev', region: 'us-east-1' }]);
    expect(boundary.dependsOn).toEqual(
      expect.arrayContaining(['adopt-account:account:payments-dev', 'move-account:account:payments-dev']),
    );
  });

  it("shows the account as 'adopted' and not as unmanaged", () => {
    expect(plannedAccount(plan, 'payments-dev')).toMatchObject({
      status: 'adopted',
      changeIds: [
        'add-stack-instances:stackset:vend-automation-roles',
        'add-stack-instances:stackset:vend-permissions-boundary',
        'adopt-account:account:payments-dev',
        'move-account:account:payments-dev',
        'tag-account:account:payments-dev',
      ],
    });
    expect(plan.unmanagedAccounts).toEqual([]);
    expectSummaryToCountChanges(plan);
  });
});

describe('plan resumes an account creation that is already in progress', () => {
  it('plans one create-account that names the pending request instead of requesting a second account', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(withoutAccount(desired, 'payments-dev'));
    observed.accountCreationsInProgress = [
      { requestId: 'car-0a1b2c3d4e5f', accountName: 'payments-dev' },
      { requestId: 'car-99999999', accountName: 'someone-elses-account' },
      // Another team's request for the same name: AWS allows duplicate account names.
      { requestId: 'car-77777777', accountName: 'payments-dev' },
    ];
    const plan = computePlan(desired, observed);
    expect(changesOfKind(plan, 'create-account')).toEqual([
      expect.objectContaining({
        id: 'create-account:account:payments-dev',
        before: {
          createAccountRequestId: 'car-0a1b2c3d4e5f',
          createAccountRequestIds: ['car-0a1b2c3d4e5f', 'car-77777777'],
          state: 'IN_PROGRESS',
        },
        description: expect.stringContaining('once requests car-0a1b2c3d4e5f, car-77777777 for that name are done'),
      }),
    ]);
  });
});

describe('plan leaves accounts the repository does not declare alone', () => {
  const desired = referenceDesiredState();
  desiredAccountNamed(desired, 'payments-prod').baselines = ['permissions-boundary', 'automation-roles'];
  const observed = convergedObservation(referenceDesiredState());
  const legacyId = '299999999999';
  observed.accounts.push({
    id: legacyId,
    name: 'legacy-analytics',
    email: 'legacy-analytics@example.com',
    status: 'ACTIVE',
    parentId: organizationalUnitIdOf('Workloads'),
    parentPath: 'Workloads',
  });
  observedPolicy(observed, 'FullAWSAccess').targetIds.push(legacyId);
  observedPolicy(observed, 'require-permissions-boundary').targetIds.push(legacyId);
  for (const baseline of ['permissions-boundary', 'regional-guardrails']) {
    observedStackSet(observed, baseline).instances.push({
      accountId: legacyId,
      region: 'us-east-1',
      status: 'CURRENT',
      parameterOverrides: {},
    });
  }
  const plan = computePlan(desired, observed);

  it('lists an undeclared account as unmanaged, and not the management account', () => {
    expect(plan.unmanagedAccounts).toEqual([
      { id: legacyId, name: 'legacy-analytics', email: 'legacy-analytics@example.com', parentPath: 'Workloads' },
    ]);
  });

  it('never makes an unmanaged account the subject of a change, even its stack instances and SCPs', () => {
    expect(changeIds(plan)).toEqual(['remove-stack-instances:stackset:vend-regional-guardrails']);
    expect(JSON.stringify(plan.changes)).not.toContain(legacyId);
    expect(JSON.stringify(plan.changes)).not.toContain('legacy-analytics');
  });

  it('never lists the management account as unmanaged, even when it sits under the root', () => {
    const converged = referenceDesiredState();
    expect(computePlan(converged, convergedObservation(converged)).unmanagedAccounts).toEqual([]);
  });
});

describe('plan keeps SCPs in line with the catalogue', () => {
  it('updates an SCP whose content was edited in the repository', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(referenceDesiredState());
    const scp = desired.scps.find((candidate) => candidate.name === 'deny-leave-organization')!;
    const before = scp.content;
    scp.content = before.replace('organizations:LeaveOrganization', 'organizations:Leave*');
    const plan = computePlan(desired, observed);
    expect(plan.changes).toEqual([
      expect.objectContaining({
        id: 'update-scp:scp:deny-leave-organization',
        action: 'change',
        destructive: false,
        before: expect.objectContaining({ content: before }),
        after: expect.objectContaining({ content: scp.content }),
      }),
    ]);
    expect(plan.summary).toEqual({ create: 0, change: 1, destroy: 0 });
  });

  it('updates an SCP whose description changed', () => {
    const desired = referenceDesiredState();
    desired.scps[0]!.description = 'Members cannot leave the organization';
    expect(changeIds(computePlan(desired, convergedObservation(referenceDesiredState())))).toEqual([
      'update-scp:scp:deny-leave-organization',
    ]);
  });

  it('reports a problem, and changes nothing, when a catalogue SCP name is taken by a policy vend does not own', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(referenceDesiredState());
    const foreign = observedPolicy(observed, 'deny-leave-organization');
    foreign.tags = { Team: 'network' };
    foreign.content = '{"Version":"2012-10-17","Statement":[]}';
    const plan = computePlan(desired, observed);
    expect(plan.problems).toEqual([
      {
        target: 'scp:deny-leave-organization',
        rule: 'scp-not-owned',
        file: 'baselines/organization.yaml',
        message: expect.stringContaining(`already exists (${foreign.id}) but is not tagged ManagedBy=vend`),
      },
    ]);
    expect(plan.changes).toEqual([]);
  });

  it('adopts a policy vend does not own when the catalogue says exactly what it holds: one tag, nothing else', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    const foreign = observedPolicy(observed, 'deny-leave-organization');
    foreign.tags = { Team: 'security' };
    const plan = computePlan(desired, observed);
    expect(plan.problems).toEqual([]);
    expect(plan.changes).toEqual([
      expect.objectContaining({
        id: 'adopt-scp:scp:deny-leave-organization',
        action: 'change',
        destructive: false,
        highImpact: false,
        before: { id: foreign.id, name: 'deny-leave-organization', tags: { Team: 'security' } },
        after: { id: foreign.id, tags: { ManagedBy: 'vend' } },
      }),
    ]);
  });

  it('sets apart adopting a policy another tool tags as its own, names that tool, and approves its tag with the change', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    const foreign = observedPolicy(observed, 'deny-leave-organization');
    foreign.tags = { ManagedBy: 'control-tower' };
    const [adoption] = computePlan(desired, observed).changes;
    expect(adoption).toMatchObject({
      id: 'adopt-scp:scp:deny-leave-organization',
      highImpact: true,
      highImpactReason: 'its ManagedBy tag names "control-tower", which may still act on it',
      scope: expect.objectContaining({ managedBy: '"control-tower"' }),
    });
    expect(adoption!.description).toContain('tagged ManagedBy: "control-tower" (another tool\'s)');
    // Untagged, the same adoption is routine, and its scope says no tool held it.
    foreign.tags = {};
    expect(computePlan(desired, observed).changes[0]).toMatchObject({
      highImpact: false,
      scope: expect.objectContaining({ managedBy: 'null' }),
    });
  });

  it('refuses to adopt a policy that already holds 50 tags: TagResource would fail whole in apply', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    const foreign = observedPolicy(observed, 'deny-leave-organization');
    foreign.tags = Object.fromEntries(Array.from({ length: 50 }, (_, index) => [`k${index}`, 'v']));
    expect(computePlan(desired, observed).problems).toEqual([
      expect.objectContaining({
        rule: 'tag-limit',
        target: 'scp:deny-leave-organization',
        message: expect.stringContaining(
          `SCP deny-leave-organization (${foreign.id}) holds 50 tags, and adopting it adds ManagedBy`,
        ),
      }),
    ]);
    // One tag fewer, and it fits.
    delete foreign.tags.k0;
    expect(computePlan(desired, observed).problems).toEqual([]);
  });

  it('refuses to adopt a StackSet that already holds 50 tags: UpdateStackSet takes at most 50', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    const stackSet = observed.stackSets.find((candidate) => candidate.name.endsWith('regional-guardrails'))!;
    Object.assign(stackSet, { managedByVend: false, otherTags: 50 });
    expect(computePlan(desired, observed).problems).toEqual([
      expect.objectContaining({
        rule: 'tag-limit',
        target: `stackset:${stackSet.name}`,
        message: expect.stringContaining('UpdateStackSet takes at most 50'),
      }),
    ]);
    stackSet.otherTags = 49;
    expect(computePlan(desired, observed).problems).toEqual([]);
  });

  it('sets apart adopting a policy also attached where no manifest reaches, and names those targets', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    // Named by the path AWS shows, built from ids: a reviewer cannot tell whose OU a bare id is.
    observed.organizationalUnits.push({ id: 'ou-a1b2-f0f0f0f0', name: 'CI/CD', path: '"CI/CD"', parentId: ROOT_ID });
    const foreign = observedPolicy(observed, 'deny-leave-organization');
    foreign.tags = {};
    foreign.targetIds = [...foreign.targetIds, 'ou-a1b2-f0f0f0f0', 'ou-other-team1'];
    const [adoption] = computePlan(desired, observed).changes;
    expect(adoption).toMatchObject({
      id: 'adopt-scp:scp:deny-leave-organization',
      highImpact: true,
      highImpactReason: 'once vend owns it, its content changes reach those targets too',
    });
    expect(adoption!.description).toMatch(
      /also attached to 2 targets the repository does not declare \(OU "CI\/CD" \(ou-a1b2-f0f0f0f0\), ou-other-team1\)$/,
    );
  });

  it('does not count the management account as a target an SCP reaches: SCPs do not apply to it', () => {
    // AWS Organizations User Guide, "Service control policies (SCPs)": SCPs don't affect users or roles in the
    // management account, so an attachment there changes no one's permissions.
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    const shared = observedPolicy(observed, 'require-permissions-boundary');
    shared.targetIds = [...shared.targetIds, MANAGEMENT_ACCOUNT_ID];
    shared.tags = {};
    const [adoption] = computePlan(desired, observed).changes;
    expect(adoption).toMatchObject({ id: 'adopt-scp:scp:require-permissions-boundary', highImpact: false });
    expect(adoption!.description).not.toContain('no manifest declares');
  });

  it('does not count a suspended account as a target an adopted SCP reaches: no manifest can declare it', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    observed.accounts.push({
      id: '333344445555',
      name: 'old-one',
      email: 'old-one@other.example',
      status: 'SUSPENDED',
      parentId: ROOT_ID,
      parentPath: '',
    });
    const shared = observedPolicy(observed, 'require-permissions-boundary');
    shared.targetIds = [...shared.targetIds, '333344445555'];
    shared.tags = {};
    const [adoption] = computePlan(desired, observed).changes;
    expect(adoption).toMatchObject({ id: 'adopt-scp:scp:require-permissions-boundary', highImpact: false });
  });

  it('a stricter SCP for one account is not high impact for also being attached to the management account', () => {
    const desired = referenceDesiredState();
    // deny-unapproved-regions then guards one account, security-audit.
    desired.organizationalUnits.find((unit) => unit.path === 'Workloads/Prod')!.scps = [];
    const observed = convergedObservation(desired);
    observedPolicy(observed, 'deny-unapproved-regions').targetIds.push(MANAGEMENT_ACCOUNT_ID);
    const scp = desired.scps.find((candidate) => candidate.name === 'deny-unapproved-regions')!;
    const document = JSON.parse(scp.content) as { Statement: unknown[] };
    document.Statement.push({ Effect: 'Deny', Action: 'iam:DeleteRole', Resource: '*' });
    scp.content = JSON.stringify(document);
    const [update] = computePlan(desired, observed).changes;
    expect(update).toMatchObject({ id: 'update-scp:scp:deny-unapproved-regions', highImpact: false });
  });

  it('adopts nothing whose description differs, and never a policy AWS manages', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    const foreign = observedPolicy(observed, 'deny-leave-organization');
    foreign.tags = {};
    foreign.description = 'Written by hand';
    const described = computePlan(desired, observed);
    expect(described.changes).toEqual([]);
    expect(described.problems).toEqual([
      expect.objectContaining({
        message: expect.stringContaining(
          'and its description differs from the description in baselines/organization.yaml',
        ),
      }),
    ]);
    foreign.description = desired.scps.find((scp) => scp.name === 'deny-leave-organization')!.description;
    foreign.awsManaged = true;
    const managed = computePlan(desired, observed);
    expect(managed.changes).toEqual([]);
    expect(managed.problems).toEqual([
      expect.objectContaining({ message: expect.stringContaining('(AWS manages it)') }),
    ]);
  });
});

describe('plan keeps SCP attachments in line with the repository', () => {
  it('re-attaches an SCP that was detached in AWS', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    const policy = observedPolicy(observed, 'deny-leave-organization');
    policy.targetIds = policy.targetIds.filter((id) => id !== ROOT_ID);
    const plan = computePlan(desired, observed);
    expect(plan.changes).toEqual([
      expect.objectContaining({
        id: 'attach-scp:deny-leave-organization@root',
        action: 'create',
        destructive: false,
        after: { policy: 'deny-leave-organization', target: 'root' },
      }),
    ]);
  });

  it('detaches, as a destructive change, a vend SCP from a target that no longer declares it', () => {
    const desired = referenceDesiredState();
    desiredOrganizationalUnitAt(desired, 'Workloads/Prod').scps = [];
    const plan = computePlan(desired, convergedObservation(referenceDesiredState()));
    expect(plan.changes).toEqual([
      expect.objectContaining({
        id: 'detach-scp:deny-unapproved-regions@ou:Workloads/Prod',
        action: 'destroy',
        destructive: true,
        before: { policy: 'deny-unapproved-regions', target: 'ou:Workloads/Prod' },
        after: null,
      }),
    ]);
    expect(plan.summary).toEqual({ create: 0, change: 0, destroy: 1 });
  });

  it('leaves alone a policy vend does not own, wherever it is attached', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    observed.policies.push({
      id: 'p-legacy001',
      name: 'legacy-guardrail',
      awsManaged: false,
      description: 'Set up by hand',
      content: '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"s3:*","Resource":"*"}]}',
      tags: {},
      targetIds: [ROOT_ID, organizationalUnitIdOf('Workloads'), accountIdOf('payments-prod')].sort(),
    });
    expect(computePlan(desired, observed).changes).toEqual([]);
  });

  it('detaches FullAWSAccess (destructive) from an existing target that declares fullAWSAccess: false', () => {
    const desired = referenceDesiredState();
    desiredOrganizationalUnitAt(desired, 'Workloads/Prod').fullAWSAccess = false;
    const plan = computePlan(desired, convergedObservation(referenceDesiredState()));
    expect(plan.changes).toEqual([
      expect.objectContaining({ id: 'detach-scp:FullAWSAccess@ou:Workloads/Prod', destructive: true }),
    ]);
  });

  it('detaches FullAWSAccess from a new OU only after the SCP that replaces it is attached', () => {
    const desired = referenceDesiredState();
    desired.organizationalUnits.push(
      desiredOrganizationalUnit('Sandbox', { scps: ['deny-unapproved-regions'], fullAWSAccess: false }),
    );
    const plan = computePlan(desired, convergedObservation(referenceDesiredState()));
    expect(sortedChangeIds(plan)).toEqual([
      'attach-scp:deny-unapproved-regions@ou:Sandbox',
      'create-ou:ou:Sandbox',
      'detach-scp:FullAWSAccess@ou:Sandbox',
    ]);
    expect(changeNamed(plan, 'detach-scp:FullAWSAccess@ou:Sandbox').dependsOn).toEqual([
      'attach-scp:deny-unapproved-regions@ou:Sandbox',
      'create-ou:ou:Sandbox',
    ]);
    expectEveryChangeAfterItsDependencies(plan);
  });
});

describe('plan retires SCPs that vend created and the catalogue no longer names', () => {
  const retired = (targetIds: string[]) => ({
    id: 'p-retired1',
    name: 'deny-retired',
    awsManaged: false,
    description: '',
    content: '{}',
    tags: { ManagedBy: 'vend' },
    targetIds,
  });

  it('detaches it from every declared target, then deletes it, all destructive', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    observed.policies.push(retired([ROOT_ID, organizationalUnitIdOf('Workloads')]));
    const plan = computePlan(desired, observed);
    expect(changeIds(plan)).toEqual([
      'detach-scp:deny-retired@ou:Workloads',
      'detach-scp:deny-retired@root',
      'delete-scp:scp:deny-retired',
    ]);
    expect(plan.changes.every((change) => change.destructive)).toBe(true);
    expect(changeNamed(plan, 'delete-scp:scp:deny-retired').dependsOn).toEqual([
      'detach-scp:deny-retired@ou:Workloads',
      'detach-scp:deny-retired@root',
    ]);
  });

  it('reports a problem instead when it is attached to something the repository does not declare', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    observed.policies.push(retired(['999988887777']));
    const plan = computePlan(desired, observed);
    expect(changesOfKind(plan, 'delete-scp')).toEqual([]);
    expect(plan.problems).toEqual([
      {
        target: 'scp:deny-retired',
        rule: 'scp-retired-in-use',
        file: 'baselines/organization.yaml',
        message: expect.stringContaining('attached to 999988887777, which the repository does not declare'),
      },
    ]);
  });

  it('reports a problem instead of a delete AWS would refuse when it is attached to the declared management account', () => {
    // Vend attaches and detaches nothing on the management account, so the attachment would outlive every detach
    // and DeletePolicy would fail with PolicyInUseException on every apply.
    const desired = referenceDesiredState();
    desired.accounts.push(desiredAccount('management', { ou: 'Security', email: 'aws+management@example.com' }));
    const observed = convergedObservation(referenceDesiredState());
    observedAccount(observed, 'management').tags = { ...desired.accounts.at(-1)!.tags };
    observed.policies.push(retired([ROOT_ID, MANAGEMENT_ACCOUNT_ID]));
    const plan = computePlan(desired, observed);
    expect(changesOfKind(plan, 'delete-scp')).toEqual([]);
    expect(plan.problems).toEqual([
      expect.objectContaining({
        rule: 'scp-retired-in-use',
        message: `SCP 'deny-retired' (p-retired1) is vend's but no longer in the catalogue, and it is attached to the management account (${MANAGEMENT_ACCOUNT_ID}), where vend attaches and detaches nothing as SCPs do not apply there. Detach it there by hand, or put it back in the catalogue.`,
      }),
    ]);
  });

  it('leaves policies vend does not own alone', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    observed.policies.push({ ...retired([ROOT_ID]), tags: {} });
    expect(computePlan(desired, observed).changes).toEqual([]);
  });
});

describe('plan refuses an SCP swap that would exceed the per-target SCP quota', () => {
  const guards = Array.from({ length: 10 }, (_, index) => `guard-${String.fromCharCode(97 + index)}`);
  const withCatalogue = (scpsOnWorkloads: string[]) => {
    const desired = referenceDesiredState();
    for (const name of guards) {
      desired.scps.push(desiredScp(name, { Effect: 'Deny', Action: `${name}:*`, Resource: '*' }));
    }
    desiredOrganizationalUnitAt(desired, 'Workloads').scps = scpsOnWorkloads;
    return desired;
  };
  // Nine guards and FullAWSAccess fill the quota of 10 that AWS has allowed since 2026-05-15.
  const full = guards.slice(0, 9);
  const swapped = [...guards.slice(0, 8), 'guard-j'];

  // AWS Organizations User Guide, "Quotas for AWS Organizations": at most 2,000 OUs in an organization, every team's.
  it("counts other teams' OUs against the organization's OU quota before creating any", () => {
    const desired = referenceDesiredState();
    desired.organization.quotas = { ...desired.organization.quotas, organizationalUnits: 9 };
    desired.organizationalUnits.push(desiredOrganizationalUnit('Sandbox'), desiredOrganizationalUnit('Sandbox/Labs'));
    const observed = convergedObservation(referenceDesiredState());
    const existing = observed.organizationalUnits.length;
    for (let index = existing; index < 8; index++)
      observed.organizationalUnits.push({
        id: `ou-other-${index}`,
        name: `other-${index}`,
        path: `other-${index}`,
        parentId: observed.root.id,
      });
    const plan = computePlan(desired, observed);
    expect(plan.problems).toEqual([
      expect.objectContaining({
        target: 'ou:Sandbox',
        rule: 'ou-quota',
        message: expect.stringMatching(
          /^The organization has 8 OUs, other teams' included, and this plan creates 2 more \(Sandbox and Sandbox\/Labs\): 10, where the override quotas.organizationalUnits in baselines\/organization.yaml allows 9/,
        ),
      }),
    ]);
    observed.organizationalUnits.pop();
    expect(computePlan(desired, observed).problems).toEqual([]);
  });

  it('reports a problem when attaching first would briefly put eleven SCPs on the OU', () => {
    const plan = computePlan(withCatalogue(swapped), convergedObservation(withCatalogue(full)));
    expect(plan.problems).toEqual([
      {
        target: 'ou:Workloads',
        rule: 'scp-attachment-quota',
        file: 'baselines/organization.yaml',
        message: expect.stringContaining(
          'would briefly carry 11 SCPs, because new attachments are made before guard-i is detached; AWS allows 10 (quota scpsPerTarget)',
        ),
      },
    ]);
    expect(plan.problems[0]!.message).toContain('first merge a pull request that only removes guard-i');
  });

  it('has no problem when the swap stays within the quota', () => {
    const plan = computePlan(withCatalogue(swapped.slice(1)), convergedObservation(withCatalogue(full.slice(1))));
    expect(plan.problems).toEqual([]);
    expect(changeIds(plan)).toEqual(['attach-scp:guard-j@ou:Workloads', 'detach-scp:guard-i@ou:Workloads']);
  });

  it('counts the SCPs someone else attached there: an attachment that would pass the quota is a problem, not a failure in apply', () => {
    const observed = convergedObservation(withCatalogue(full.slice(0, 6)));
    const workloads = organizationalUnitIdOf('Workloads');
    observed.foreignScpsByTarget = {
      [workloads]: ['aws-guardrails-a1', 'aws-guardrails-b2', 'team-data-perimeter'].map((name, index) => ({
        id: `p-their${index}`,
        name,
      })),
    };
    const plan = computePlan(withCatalogue(full.slice(0, 7)), observed);
    expect(plan.problems).toEqual([
      {
        target: 'ou:Workloads',
        rule: 'scp-attachment-quota',
        file: 'baselines/organization.yaml',
        message: `OU Workloads would carry 11 SCPs, counting 3 that vend does not manage (aws-guardrails-a1, aws-guardrails-b2, team-data-perimeter); AWS allows 10 (quota scpsPerTarget). Declare fewer SCPs there, or have the others detached. No request raises this hard limit; only if AWS has raised it for everyone since this vend, set quotas.scpsPerTarget in baselines/organization.yaml.`,
      },
    ]);
    // The same foreign SCPs elsewhere, or on a target that gains nothing, are no problem.
    expect(computePlan(withCatalogue(full.slice(0, 6)), observed).problems).toEqual([]);
  });

  it("uses the repository's quota override rather than today's default", () => {
    const desired = withCatalogue(swapped);
    desired.organization.quotas.scpsPerTarget = 11;
    const raised = computePlan(desired, convergedObservation(withCatalogue(full)));
    expect(raised.problems).toEqual([]);
    // The reviewer is told the check was made against a raised quota, which AWS may not share.
    expect(raised.raisedQuotas).toEqual([expect.objectContaining({ quota: 'scpsPerTarget', value: 11, awsValue: 10 })]);
    expect(renderPlanComment(raised)).toContain(
      "> [!WARNING]\n> baselines/organization.yaml raises a quota above AWS's published value: scpsPerTarget 11 (AWS: 10).",
    );
    desired.organization.quotas.scpsPerTarget = 5;
    const plan = computePlan(desired, convergedObservation(withCatalogue(full)));
    // A lowered quota only makes the checks stricter: nothing to warn about.
    expect(plan.raisedQuotas).toBeUndefined();
    expect(plan.problems[0]?.message).toContain(
      'the override quotas.scpsPerTarget in baselines/organization.yaml allows 5 (AWS: 10)',
    );
  });
});

describe('plan keeps StackSets in line with the baselines', () => {
  it('updates a StackSet whose template body changed, saying how many instances redeploy', () => {
    const desired = referenceDesiredState();
    desired.baselines[1]!.templateBody += 'Outputs: {}\n';
    const plan = computePlan(desired, convergedObservation(referenceDesiredState()));
    expect(plan.changes).toEqual([
      expect.objectContaining({
        id: 'update-stackset:stackset:vend-automation-roles',
        action: 'change',
        description: expect.stringMatching(/template changed \(redeploying 2 existing instances\)/),
        after: expect.objectContaining({ templateBody: desired.baselines[1]!.templateBody }),
      }),
    ]);
  });

  it('counts apart the instances of a suspended account, which the update skips, as the blast radius does', () => {
    const desired = referenceDesiredState();
    desired.baselines[1]!.templateBody += 'Outputs: {}\n';
    const observed = convergedObservation(referenceDesiredState());
    // CloudFormation skips it (SKIPPED_SUSPENDED_ACCOUNT); the manifest still declares the account.
    observedAccount(observed, 'payments-prod').status = 'SUSPENDED';
    const plan = computePlan(desired, observed);
    const update = plan.changes.find((change) => change.id === 'update-stackset:stackset:vend-automation-roles')!;
    expect(update.description).toMatch(
      /template changed \(redeploying 1 existing instance, not the 1 in suspended or closing accounts, which AWS skips\)/,
    );
    expect(plan.blastRadius.find((entry) => entry.changeId === update.id)).toMatchObject({
      accounts: ['payments-dev'],
    });
  });

  it('updates a StackSet whose parameters changed', () => {
    const desired = referenceDesiredState();
    desired.baselines[0]!.parameters = { BoundaryPolicyName: 'vend-workload-boundary-v2' };
    const plan = computePlan(desired, convergedObservation(referenceDesiredState()));
    expect(plan.changes).toEqual([
      expect.objectContaining({
        id: 'update-stackset:stackset:vend-permissions-boundary',
        description: expect.stringContaining('parameters changed'),
        before: expect.objectContaining({ parameters: { BoundaryPolicyName: 'vend-workload-boundary' } }),
      }),
    ]);
  });

  describe('new accounts', () => {
    const desired = referenceDesiredState();
    const twoRegions = ['us-east-1', 'eu-west-1'];
    const everyBaseline = ['permissions-boundary', 'automation-roles', 'regional-guardrails'];
    desired.accounts.push(
      desiredAccount('team-a-dev', { ou: 'Workloads/NonProd', regions: twoRegions, baselines: everyBaseline }),
      desiredAccount('team-b-dev', {
        ou: 'Workloads/NonProd',
        regions: twoRegions,
        baselines: everyBaseline,
        parameters: { 'automation-roles': { DeployPrincipalArn: 'arn:aws:iam::222222222222:role/ci' } },
      }),
    );
    const plan = computePlan(desired, convergedObservation(referenceDesiredState()));

    it('get one add-stack-instances per StackSet covering every new account × region', () => {
      expect(changesOfKind(plan, 'add-stack-instances').filter((change) => !change.id.includes('automation'))).toEqual([
        expect.objectContaining({ id: 'add-stack-instances:stackset:vend-permissions-boundary' }),
        expect.objectContaining({ id: 'add-stack-instances:stackset:vend-regional-guardrails' }),
      ]);
      expect(instancesOf(changeNamed(plan, 'add-stack-instances:stackset:vend-regional-guardrails'))).toEqual([
        { account: 'team-a-dev', region: 'eu-west-1' },
        { account: 'team-a-dev', region: 'us-east-1' },
        { account: 'team-b-dev', region: 'eu-west-1' },
        { account: 'team-b-dev', region: 'us-east-1' },
      ]);
      expect(instancesOf(changeNamed(plan, 'add-stack-instances:stackset:vend-permissions-boundary'))).toEqual([
        { account: 'team-a-dev', region: 'us-east-1' },
        { account: 'team-b-dev', region: 'us-east-1' },
      ]);
    });

    it('get a separate add-stack-instances for each distinct set of parameter overrides', () => {
      const roles = changesOfKind(plan, 'add-stack-instances').filter((change) => change.id.includes('automation'));
      expect(roles).toHaveLength(2);
      expect(new Set(roles.map((change) => change.id)).size).toBe(2);
      expect(roles.map((change) => change.after)).toEqual(
        expect.arrayContaining([
          {
            stackSet: 'vend-automation-roles',
            instances: [{ account: 'team-a-dev', region: 'us-east-1' }],
            parameterOverrides: {},
          },
          {
            stackSet: 'vend-automation-roles',
            instances: [{ account: 'team-b-dev', region: 'us-east-1' }],
            parameterOverrides: { DeployPrincipalArn: 'arn:aws:iam::222222222222:role/ci' },
            // Not the StackSet's value: named in the reason and shown first, so a shortened list keeps it.
            differingOverrides: ['DeployPrincipalArn'],
          },
        ]),
      );
    });

    it("shows an override that is not the StackSet's value before those that pin its values", () => {
      const desired = referenceDesiredState();
      const observed = convergedObservation(desired);
      desired.accounts.push(
        desiredAccount('new-app', {
          ou: 'Workloads/NonProd',
          baselines: ['permissions-boundary'],
          parameters: {
            'permissions-boundary': { Extra: 'z-account-value', BoundaryPolicyName: 'vend-workload-boundary' },
          },
        }),
      );
      const plan = computePlan(desired, observed);
      const details = describeChanges(plan).find((effect) => effect.change.kind === 'add-stack-instances')!.details;
      const overrides = details.slice(details.indexOf('parameter overrides:') + 1);
      expect(overrides[0]).toBe('  Extra = "z-account-value"');
      // The reason names it, and no other: BoundaryPolicyName pins the StackSet's own value.
      expect(plan.changes.find((change) => change.kind === 'add-stack-instances')?.highImpactReason).toMatch(
        /other values than the StackSet's for Extra$/,
      );
    });
  });

  it('spells out every StackSet parameter for an account that overrides one of them, recorded on it before it is deployed', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    desiredAccountNamed(desired, 'payments-prod').parameters = { 'permissions-boundary': { Extra: 'account-value' } };
    const plan = computePlan(desired, observed);
    expect(plan.changes).toEqual([
      // With the account's tags, before the override: an apply that stops after deploying it leaves it recorded, so
      // a plan still reads it once the manifest drops it.
      expect.objectContaining({
        id: 'record-parameter-overrides:account:payments-prod',
        before: { baselines: [] },
        after: { baselines: ['permissions-boundary'] },
        description:
          'Record on payments-prod (tag vend:parameter-overrides) that permissions-boundary carries parameter overrides',
      }),
      expect.objectContaining({
        kind: 'update-stack-instances',
        after: {
          stackSet: 'vend-permissions-boundary',
          instances: [{ account: 'payments-prod', region: 'us-east-1' }],
          parameterOverrides: { BoundaryPolicyName: 'vend-workload-boundary', Extra: 'account-value' },
          // The one that is not the StackSet's value, which a shortened list shows first.
          differingOverrides: ['Extra'],
        },
        dependsOn: [],
      }),
    ]);
    const record = changeNamed(plan, 'record-parameter-overrides:account:payments-prod');
    expect(stageOf(record)).toBeLessThan(stageOf(changesOfKind(plan, 'update-stack-instances')[0]!));
    // A new account deploys every baseline, overridden or not: its record waits for none of them.
    desired.accounts.push(
      desiredAccount('payments-eu', {
        ou: 'Workloads/Prod',
        baselines: ['permissions-boundary', 'automation-roles', 'regional-guardrails'],
        parameters: { 'permissions-boundary': { Extra: 'account-value' } },
      }),
    );
    const withNew = computePlan(desired, observed);
    const newRecord = changeNamed(withNew, 'record-parameter-overrides:account:payments-eu');
    expect(newRecord.dependsOn.filter((id) => id.includes('stack-instances'))).toEqual([]);
    expect(stageOf(newRecord)).toBeLessThan(stageOf(changesOfKind(withNew, 'add-stack-instances')[0]!));
  });

  it('reads the record as a set: another order, or a name twice, is the same record and is not rewritten', () => {
    // vend import adopts such a tag as it is; rewriting it would be more than the adoption import promises.
    const desired = referenceDesiredState();
    const account = desiredAccountNamed(desired, 'payments-prod');
    account.parameters = {
      'permissions-boundary': { BoundaryPolicyName: 'vend-workload-boundary' },
      'automation-roles': { MaxSessionHours: '1' },
    };
    const observed = convergedObservation(desired);
    for (const written of [
      'permissions-boundary automation-roles',
      'automation-roles permissions-boundary automation-roles',
    ]) {
      observedAccount(observed, 'payments-prod').tags!['vend:parameter-overrides'] = written;
      expect(changesOfKind(computePlan(desired, observed), 'record-parameter-overrides')).toEqual([]);
    }
  });

  it('records no override for an empty parameters block, which overrides nothing', () => {
    const desired = referenceDesiredState();
    desiredAccountNamed(desired, 'payments-prod').parameters = { 'permissions-boundary': {} };
    expect(changesOfKind(computePlan(desired, convergedObservation(desired)), 'record-parameter-overrides')).toEqual(
      [],
    );
  });

  it('narrows the record only after the instance it names is removed, so a refused removal keeps it', () => {
    const desired = referenceDesiredState();
    desiredAccountNamed(desired, 'payments-prod').parameters = { 'permissions-boundary': { Extra: 'account-value' } };
    const observed = convergedObservation(desired);
    const account = desiredAccountNamed(desired, 'payments-prod');
    account.parameters = {};
    account.baselines = account.baselines.filter((baseline) => baseline !== 'permissions-boundary');
    const plan = computePlan(desired, observed);
    const record = plan.changes.find((change) => change.kind === 'record-parameter-overrides')!;
    expect(record.dependsOn).toContain('remove-stack-instances:stackset:vend-permissions-boundary');
    const ids = plan.changes.map((change) => change.id);
    expect(ids.indexOf(record.id)).toBeGreaterThan(
      ids.indexOf('remove-stack-instances:stackset:vend-permissions-boundary'),
    );
  });

  it('marks destructive an override change that renames a resource CloudFormation can only replace', () => {
    // The permissions boundary's ManagedPolicyName is "Update requires: Replacement" (AWS::IAM::ManagedPolicy): a new
    // name for one account creates a new policy there and deletes the one its roles use.
    const desired = referenceDesiredState();
    const boundary = desired.baselines.find((baseline) => baseline.name === 'permissions-boundary')!;
    boundary.templateBody = `Parameters:\n  BoundaryPolicyName: { Type: String }\nResources:\n  Boundary:\n    Type: AWS::IAM::ManagedPolicy\n    Properties: { ManagedPolicyName: !Ref BoundaryPolicyName, PolicyDocument: {} }\n`;
    desiredAccountNamed(desired, 'payments-prod').parameters = { 'permissions-boundary': { Extra: 'x' } };
    const observed = convergedObservation(desired);
    desiredAccountNamed(desired, 'payments-prod').parameters = {
      'permissions-boundary': { Extra: 'x', BoundaryPolicyName: 'renamed-boundary' },
    };
    const renamed = computePlan(desired, observed).changes.find((change) => change.kind === 'update-stack-instances')!;
    expect(renamed).toMatchObject({ destructive: true });
    expect(renamed.description).toContain(
      'replaces Boundary (ManagedPolicyName (parameter BoundaryPolicyName) changed), deleting the old one',
    );
    desiredAccountNamed(desired, 'payments-prod').parameters = { 'permissions-boundary': { Extra: 'y' } };
    const other = computePlan(desired, observed).changes.find((change) => change.kind === 'update-stack-instances')!;
    expect(other.destructive).toBeFalsy();
  });

  it('takes an instance that overrides only the parameter it changes, as AWS holds overrides set by hand, as in step', () => {
    const desired = referenceDesiredState();
    desiredAccountNamed(desired, 'payments-prod').parameters = { 'permissions-boundary': { Extra: 'account-value' } };
    const observed = convergedObservation(desired);
    const instance = observedStackSet(observed, 'permissions-boundary').instances.find(
      (candidate) => candidate.accountId === accountIdOf('payments-prod'),
    )!;
    instance.parameterOverrides = { Extra: 'account-value' };
    expect(computePlan(desired, observed).changes).toEqual([]);
    instance.parameterOverrides = { Extra: 'edited by hand' };
    expect(changeIds(computePlan(desired, observed))).toEqual([
      expect.stringMatching(/^update-stack-instances:stackset:vend-permissions-boundary#/),
    ]);
  });

  it('resets an override the manifest dropped, which its record still names, and only then narrows the record', () => {
    const previous = referenceDesiredState();
    desiredAccountNamed(previous, 'payments-prod').parameters = { 'permissions-boundary': { Extra: 'old' } };
    const observed = convergedObservation(previous);
    observedStackSet(observed, 'permissions-boundary').instances.find(
      (instance) => instance.accountId === accountIdOf('payments-prod'),
    )!.parameterOverrides = { BoundaryPolicyName: 'vend-workload-boundary', Extra: 'old' };
    const plan = computePlan(referenceDesiredState(), observed);
    expect(plan.changes).toEqual([
      expect.objectContaining({
        id: 'update-stack-instances:stackset:vend-permissions-boundary',
        after: expect.objectContaining({ parameterOverrides: {} }),
      }),
      expect.objectContaining({
        id: 'record-parameter-overrides:account:payments-prod',
        after: { baselines: [] },
        dependsOn: ['update-stack-instances:stackset:vend-permissions-boundary'],
      }),
    ]);
  });

  it('plans no adoption or tag change for accounts whose tags were not read', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    for (const account of observed.accounts) delete account.tags;
    desiredAccountNamed(desired, 'payments-prod').tags.CostCenter = '9999';
    expect(computePlan(desired, observed).changes).toEqual([]);
  });

  it.each(['FAILED', 'CANCELLED', 'RUNNING', 'PENDING', 'SKIPPED_SUSPENDED_ACCOUNT', 'FAILED_IMPORT', 'OUTDATED'])(
    'never counts a %s instance as done: it redeploys it',
    (status) => {
      const desired = referenceDesiredState();
      const observed = convergedObservation(desired);
      const [notDone] = observedStackSet(observed, 'permissions-boundary').instances;
      notDone!.status = status;
      const plan = computePlan(desired, observed);
      expect(plan.changes).toEqual([
        expect.objectContaining({
          id: 'update-stack-instances:stackset:vend-permissions-boundary',
          description: `Redeploy 1 permissions-boundary instance in payments-prod, whose last deployment did not succeed (${status})`,
          after: expect.objectContaining({ instances: [expect.objectContaining({ region: notDone!.region })] }),
        }),
      ]);
    },
  );

  it('reports an INOPERABLE instance as a problem that says how to clear it, since CloudFormation refuses to touch it', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    observedStackSet(observed, 'permissions-boundary').instances[0]!.status = 'INOPERABLE';
    const plan = computePlan(desired, observed);
    expect(plan.changes).toEqual([]);
    expect(plan.problems).toEqual([
      {
        target: 'stackset:vend-permissions-boundary',
        rule: 'stack-instance-inoperable',
        file: 'baselines/organization.yaml',
        message: expect.stringContaining('is INOPERABLE: a deletion failed and left its stack unstable'),
      },
    ]);
  });

  it('updates the parameter overrides of existing instances whose overrides changed', () => {
    const previous = referenceDesiredState();
    desiredAccountNamed(previous, 'payments-prod').parameters = {
      'automation-roles': { DeployPrincipalArn: 'arn:aws:iam::222222222222:role/old-ci' },
    };
    const desired = referenceDesiredState();
    desiredAccountNamed(desired, 'payments-prod').parameters = {
      'automation-roles': { DeployPrincipalArn: 'arn:aws:iam::222222222222:role/new-ci' },
    };
    const plan = computePlan(desired, convergedObservation(previous));
    expect(plan.changes).toEqual([
      expect.objectContaining({
        kind: 'update-stack-instances',
        action: 'change',
        destructive: false,
        before: { 'payments-prod/us-east-1': { DeployPrincipalArn: 'arn:aws:iam::222222222222:role/old-ci' } },
        after: {
          stackSet: 'vend-automation-roles',
          instances: [{ account: 'payments-prod', region: 'us-east-1' }],
          parameterOverrides: { DeployPrincipalArn: 'arn:aws:iam::222222222222:role/new-ci' },
          differingOverrides: ['DeployPrincipalArn'],
        },
      }),
    ]);
    expect(plan.changes[0]!.id).toMatch(/^update-stack-instances:stackset:vend-automation-roles#[0-9a-f]{8}$/);
  });

  it('removes (destructive) the instances of a declared account that no longer gets a baseline', () => {
    const desired = referenceDesiredState();
    desiredAccountNamed(desired, 'payments-prod').baselines = ['permissions-boundary', 'automation-roles'];
    const plan = computePlan(desired, convergedObservation(referenceDesiredState()));
    const payments = accountIdOf('payments-prod');
    expect(plan.changes).toEqual([
      expect.objectContaining({
        id: 'remove-stack-instances:stackset:vend-regional-guardrails',
        action: 'destroy',
        destructive: true,
        before: {
          stackSet: 'vend-regional-guardrails',
          instances: [
            { account: 'payments-prod', accountId: payments, region: 'eu-west-1' },
            { account: 'payments-prod', accountId: payments, region: 'us-east-1' },
          ],
        },
        after: null,
      }),
    ]);
  });

  it('removes only the instances in a region an account no longer uses', () => {
    const desired = referenceDesiredState();
    desiredAccountNamed(desired, 'payments-prod').regions = ['us-east-1'];
    const plan = computePlan(desired, convergedObservation(referenceDesiredState()));
    expect(plan.changes).toEqual([
      expect.objectContaining({
        id: 'remove-stack-instances:stackset:vend-regional-guardrails',
        before: {
          stackSet: 'vend-regional-guardrails',
          instances: [{ account: 'payments-prod', accountId: accountIdOf('payments-prod'), region: 'eu-west-1' }],
        },
      }),
    ]);
  });

  it('removes every instance of a prefixed StackSet whose baseline left the catalogue, then deletes it', () => {
    const desired = referenceDesiredState();
    desired.baselines = desired.baselines.filter((baseline) => baseline.name !== 'regional-guardrails');
    desiredAccountNamed(desired, 'payments-prod').baselines = ['permissions-boundary', 'automation-roles'];
    const observed = convergedObservation(referenceDesiredState());
    observed.stackSets.push({
      name: 'vend-retired-empty',
      managedByVend: true,
      status: 'ACTIVE',
      permissionModel: 'SELF_MANAGED',
      templateBody: 'Resources: {}',
      parameters: {},
      instances: [],
    });
    const plan = computePlan(desired, observed);
    expect(plan.changes).toEqual([
      expect.objectContaining({
        id: 'delete-stackset:stackset:vend-retired-empty',
        destructive: true,
        dependsOn: [],
      }),
      expect.objectContaining({
        id: 'remove-stack-instances:stackset:vend-regional-guardrails',
        destructive: true,
        before: {
          stackSet: 'vend-regional-guardrails',
          instances: [
            { accountId: accountIdOf('payments-prod'), region: 'eu-west-1' },
            { accountId: accountIdOf('payments-prod'), region: 'us-east-1' },
          ],
        },
      }),
      expect.objectContaining({
        id: 'delete-stackset:stackset:vend-regional-guardrails',
        destructive: true,
        dependsOn: ['remove-stack-instances:stackset:vend-regional-guardrails'],
      }),
    ]);
    expect(plan.summary).toEqual({ create: 0, change: 0, destroy: 3 });
  });

  // CloudFormation API Reference, StackInstanceComprehensiveStatus: SKIPPED_SUSPENDED_ACCOUNT. The emulator removes
  // them anyway, so only the plan can keep vend from promising a deletion AWS skips.
  it('plans no removal in a closed account, and keeps a retired StackSet until its closed accounts leave', () => {
    const desired = referenceDesiredState();
    desiredAccountNamed(desired, 'payments-dev').closed = true;
    desired.baselines = desired.baselines.filter((baseline) => baseline.name !== 'regional-guardrails');
    desiredAccountNamed(desired, 'payments-prod').baselines = ['permissions-boundary', 'automation-roles'];
    const observed = convergedObservation(referenceDesiredState());
    observedAccount(observed, 'payments-dev').status = 'SUSPENDED';
    const guardrails = observedStackSet(observed, 'regional-guardrails');
    guardrails.instances.push({ ...guardrails.instances[0]!, accountId: accountIdOf('payments-dev') });
    const plan = computePlan(desired, observed);
    expect(changeIds(plan)).toEqual(['remove-stack-instances:stackset:vend-regional-guardrails']);
    expect(changeNamed(plan, 'remove-stack-instances:stackset:vend-regional-guardrails')).toMatchObject({
      before: { instances: [expect.anything(), expect.anything()] },
      description:
        'Remove 2 instances of vend-regional-guardrails, for which the catalogue names no baseline: stacks and their resources are deleted; the StackSet is deleted by a later apply, once the closed account holding its other instance leaves the organization (StackSet operations skip suspended accounts)',
    });
    expect(JSON.stringify(plan.changes)).not.toContain(accountIdOf('payments-dev'));
  });

  // CloudFormation User Guide, "DeletionPolicy attribute": Retain keeps the resource when its stack is deleted.
  it('says which resources a removal keeps where the deployed template retains them', () => {
    const desired = referenceDesiredState();
    const guardrails = desired.baselines.find((baseline) => baseline.name === 'regional-guardrails')!;
    guardrails.templateBody = [
      'Resources:',
      '  Logs: { Type: AWS::S3::Bucket, DeletionPolicy: Retain }',
      '  Key: { Type: AWS::KMS::Key, DeletionPolicy: RetainExceptOnCreate, Properties: { KeyPolicy: {} } }',
      '  Topic: { Type: AWS::SNS::Topic }',
      '',
    ].join('\n');
    const observed = convergedObservation(desired);
    desiredAccountNamed(desired, 'payments-prod').baselines = ['permissions-boundary', 'automation-roles'];
    expect(
      changeNamed(computePlan(desired, observed), 'remove-stack-instances:stackset:vend-regional-guardrails')
        .description,
    ).toBe(
      'Remove 2 regional-guardrails stack instances (stacks deleted with their resources, except Logs and Key, which DeletionPolicy keeps in the account)',
    );
  });

  it("tells a removal's effect by the template the same plan's update puts on the StackSet first", () => {
    const desired = referenceDesiredState();
    desired.baselines.find((baseline) => baseline.name === 'regional-guardrails')!.templateBody = [
      'Resources:',
      '  Logs: { Type: AWS::S3::Bucket, DeletionPolicy: Retain }',
      '  Topic: { Type: AWS::SNS::Topic }',
      '',
    ].join('\n');
    const observed = convergedObservation(referenceDesiredState());
    desiredAccountNamed(desired, 'payments-prod').baselines = ['permissions-boundary', 'automation-roles'];
    const removal = changeNamed(
      computePlan(desired, observed),
      'remove-stack-instances:stackset:vend-regional-guardrails',
    );
    expect(removal.description).toBe(
      'Remove 2 regional-guardrails stack instances (stacks deleted with their resources, except Logs, which DeletionPolicy keeps in the account)',
    );
    expect(removal.scope.deletes).toEqual(['Topic']);
  });

  it('removes the roles instances before the boundary they depend on when an account leaves both', () => {
    const desired = referenceDesiredState();
    Object.assign(desiredAccountNamed(desired, 'payments-dev'), { ou: 'Security', baselines: [] });
    const plan = computePlan(desired, convergedObservation(referenceDesiredState()));
    expect(changeIds(plan)).toEqual([
      'move-account:account:payments-dev',
      'remove-stack-instances:stackset:vend-automation-roles',
      'remove-stack-instances:stackset:vend-permissions-boundary',
    ]);
    // After the move, too: where the account is until then, its OU still wants them.
    expect(changeNamed(plan, 'remove-stack-instances:stackset:vend-permissions-boundary').dependsOn).toEqual([
      'move-account:account:payments-dev',
      'remove-stack-instances:stackset:vend-automation-roles',
    ]);
  });
});

describe('plan closes an account only when its manifest says closed: true', () => {
  it('removes the account stack instances, then closes it (all destructive), and changes nothing else for it', () => {
    const desired = referenceDesiredState();
    desiredAccountNamed(desired, 'payments-dev').closed = true;
    const plan = computePlan(desired, convergedObservation(referenceDesiredState()));
    expect(changeIds(plan)).toEqual([
      'remove-stack-instances:stackset:vend-automation-roles',
      'remove-stack-instances:stackset:vend-permissions-boundary',
      'close-account:account:payments-dev',
    ]);
    expect(plan.changes.every((change) => change.destructive)).toBe(true);
    expect(changeNamed(plan, 'close-account:account:payments-dev')).toMatchObject({
      before: { id: accountIdOf('payments-dev'), status: 'ACTIVE' },
      after: { id: accountIdOf('payments-dev'), status: 'CLOSED' },
      dependsOn: [
        'remove-stack-instances:stackset:vend-automation-roles',
        'remove-stack-instances:stackset:vend-permissions-boundary',
      ],
    });
    expect(plannedAccount(plan, 'payments-dev')).toMatchObject({ status: 'closing' });
  });

  it('closes no account vend does not own: one named by email but never tagged ManagedBy: vend is a problem', () => {
    const desired = referenceDesiredState();
    desiredAccountNamed(desired, 'payments-dev').closed = true;
    const observed = convergedObservation(referenceDesiredState());
    delete observedAccount(observed, 'payments-dev').tags!.ManagedBy;
    const plan = computePlan(desired, observed);
    expect(changeIds(plan).filter((id) => id.startsWith('close-account'))).toEqual([]);
    expect(plan.problems).toEqual([
      expect.objectContaining({
        target: 'account:payments-dev',
        message: expect.stringContaining("is not vend's: it has no ManagedBy: vend tag, so vend does not close it"),
      }),
    ]);
    // Refused, the close takes nothing else with it: the account's stack instances are not listed for removal.
    expect(changeIds(plan).filter((id) => id.startsWith('remove-stack-instances'))).toEqual([]);
  });

  it('deletes no stack in an account no manifest declares when it retires a StackSet: a problem instead', () => {
    const desired = referenceDesiredState();
    desired.baselines = desired.baselines.filter((baseline) => baseline.name !== 'regional-guardrails');
    for (const account of desired.accounts)
      account.baselines = account.baselines.filter((baseline) => baseline !== 'regional-guardrails');
    for (const unit of desired.organizationalUnits)
      unit.baselines = unit.baselines.filter((baseline) => baseline !== 'regional-guardrails');
    const observed = convergedObservation(referenceDesiredState());
    observedStackSet(observed, 'regional-guardrails').instances.push({
      ...observedStackSet(observed, 'regional-guardrails').instances[0]!,
      accountId: '999999999996',
    });
    observed.accounts.push({
      ...structuredClone(observedAccount(observed, 'payments-dev')),
      id: '999999999996',
      name: 'Other team',
      email: 'other@example.org',
      tags: {},
    });
    const plan = computePlan(desired, observed);
    expect(changeIds(plan).filter((id) => id.includes('vend-regional-guardrails'))).toEqual([]);
    expect(plan.problems).toEqual([
      expect.objectContaining({
        target: 'stackset:vend-regional-guardrails',
        message: expect.stringContaining(
          'stack instances in an account no manifest declares (Other team (999999999996))',
        ),
      }),
    ]);
  });

  it('removes the account from a retired StackSet before closing it, since a closed account cannot delete stacks', () => {
    const desired = referenceDesiredState();
    desired.baselines = desired.baselines.filter((baseline) => baseline.name !== 'regional-guardrails');
    desiredAccountNamed(desired, 'payments-prod').baselines = ['permissions-boundary', 'automation-roles'];
    desiredAccountNamed(desired, 'payments-prod').closed = true;
    const plan = computePlan(desired, convergedObservation(referenceDesiredState()));
    const removal = 'remove-stack-instances:stackset:vend-regional-guardrails';
    expect(changeNamed(plan, 'close-account:account:payments-prod').dependsOn).toContain(removal);
    expect(changeIds(plan).indexOf(removal)).toBeLessThan(
      changeIds(plan).indexOf('close-account:account:payments-prod'),
    );
  });

  it('plans nothing for an account that is already closed, or that never existed', () => {
    const desired = referenceDesiredState();
    desiredAccountNamed(desired, 'payments-dev').closed = true;
    desired.accounts.push(desiredAccount('never-created', { ou: 'Security', closed: true }));
    const observed = convergedObservation(withoutAccount(desired, 'never-created'));
    const plan = computePlan(desired, observed);
    expect(plan.changes).toEqual([]);
    expect(plan.problems).toEqual([]);
  });

  it('reports a problem for a suspended account whose manifest does not say closed: true', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    observedAccount(observed, 'payments-dev').status = 'SUSPENDED';
    const plan = computePlan(desired, observed);
    expect(plan.problems).toEqual([
      {
        target: 'account:payments-dev',
        rule: 'account-suspended',
        file: 'accounts/payments-dev.yaml',
        message: expect.stringContaining('set closed: true in accounts/payments-dev.yaml'),
      },
    ]);
    expect(changeIds(plan).filter((id) => id.endsWith(':account:payments-dev'))).toEqual([]);

    // Its missing stack instances are not planned either: nothing can be deployed into a suspended account.
    const missing = referenceDesiredState();
    const withoutInstances = convergedObservation(missing);
    observedAccount(withoutInstances, 'payments-dev').status = 'SUSPENDED';
    for (const stackSet of withoutInstances.stackSets)
      stackSet.instances = stackSet.instances.filter(
        (instance) => ![accountIdOf('payments-dev'), accountIdOf('payments-prod')].includes(instance.accountId),
      );
    const deploys = changesOfKind(computePlan(missing, withoutInstances), 'add-stack-instances');
    expect(deploys.length).toBeGreaterThan(0); // payments-prod's are missing too: the check below is not vacuous
    expect(JSON.stringify(deploys.map((change) => change.after))).not.toContain('payments-dev');
  });

  describe('two accounts whose root emails differ only in letter case (the emulator allows it; no AWS document forbids it)', () => {
    const withTwin = (twinEmail: (email: string) => string, status = 'ACTIVE') => {
      const desired = referenceDesiredState();
      const observed = convergedObservation(desired);
      const original = observedAccount(observed, 'payments-dev');
      // The twin is listed last, where a map keyed by the lower-cased email used to let it win.
      observed.accounts.push({
        ...structuredClone(original),
        id: '999999999999',
        name: 'Other team',
        email: twinEmail(original.email),
        status,
        tags: {},
      });
      return { desired, observed };
    };

    it('binds the manifest to the account spelt exactly as it is, whatever the other account', () => {
      const { desired, observed } = withTwin((email) => email.toUpperCase(), 'SUSPENDED');
      const plan = computePlan(desired, observed);
      expect(plan.problems).toEqual([]);
      expect(changeIds(plan).filter((id) => id.endsWith(':account:payments-dev'))).toEqual([]);
      // The other is no manifest's: listed with the accounts vend leaves alone, not lost from the plan.
      expect(plan.unmanagedAccounts.map((account) => account.id)).toEqual(['999999999999']);
    });

    it('reports a manifest spelt as neither account, and neither creates nor touches one', () => {
      const { desired, observed } = withTwin((email) => email.toUpperCase());
      desiredAccountNamed(desired, 'payments-dev').email = 'Aws+Payments-Dev@example.com';
      const plan = computePlan(desired, observed);
      expect(plan.problems).toEqual([
        {
          target: 'account:payments-dev',
          rule: 'account-email-ambiguous',
          file: 'accounts/payments-dev.yaml',
          message: expect.stringMatching(
            /^2 accounts have the email Aws\+Payments-Dev@example\.com but for letter case \(\d{12} /,
          ),
        },
      ]);
      expect(changeIds(plan).filter((id) => id.endsWith(':account:payments-dev'))).toEqual([]);
    });
  });

  it('never closes an account just because its manifest was deleted', () => {
    const desired = referenceDesiredState();
    const plan = computePlan(withoutAccount(desired, 'payments-dev'), convergedObservation(desired));
    expect(changesOfKind(plan, 'close-account')).toEqual([]);
    expect(plan.unmanagedAccounts.map((account) => account.name)).toEqual(['payments-dev']);
  });
});

describe('plan orders its changes so apply can run them top to bottom', () => {
  const emptyPlan = computePlan(referenceDesiredState(), emptyOrganization());

  /** Something of every kind: creates, updates, adoption, moves, and each kind of destructive change. */
  function mixedScenario(): { desired: DesiredState; observed: ObservedState } {
    const previous = referenceDesiredState();
    previous.accounts.push(desiredAccount('old-sandbox', { ou: 'Security' }));
    previous.baselines.push(desiredBaseline('flow-logs'));
    desiredAccountNamed(previous, 'payments-prod').baselines.push('flow-logs');
    desiredAccountNamed(previous, 'payments-dev').regions = ['us-east-1', 'eu-west-1'];
    desiredAccountNamed(previous, 'payments-dev').baselines.push('flow-logs');
    const observed = convergedObservation(previous);
    delete observedAccount(observed, 'security-audit').tags!.ManagedBy;
    observedAccount(observed, 'payments-prod').parentPath = 'Workloads/NonProd';
    observedAccount(observed, 'payments-prod').parentId = organizationalUnitIdOf('Workloads/NonProd');
    observedAccount(observed, 'payments-dev').tags!.CostCenter = '0000';
    observedAccount(observed, 'payments-dev').tags!.Stale = 'yes';
    observed.accountCreationsInProgress = [{ requestId: 'car-77', accountName: 'team-b-dev' }];

    const desired = referenceDesiredState();
    desired.organizationalUnits.push(
      desiredOrganizationalUnit('Workloads/Sandbox', { fullAWSAccess: false, scps: ['deny-unapproved-regions'] }),
    );
    desiredOrganizationalUnitAt(desired, 'Workloads/Prod').scps = [];
    desired.scps[0]!.content = desired.scps[0]!.content.replace('Leave', 'Leave*');
    desired.baselines[0]!.templateBody += '# v2\n';
    desired.baselines = desired.baselines.filter((baseline) => baseline.name !== 'regional-guardrails');
    desired.baselines.push(desiredBaseline('flow-logs'));
    for (const account of desired.accounts)
      account.baselines = account.baselines.filter((name) => name !== 'regional-guardrails');
    desired.accounts.push(
      desiredAccount('old-sandbox', { ou: 'Security', closed: true }),
      desiredAccount('team-a-dev', {
        ou: 'Workloads/Sandbox',
        baselines: ['permissions-boundary', 'automation-roles'],
      }),
      desiredAccount('team-b-dev', {
        ou: 'Workloads/Sandbox',
        baselines: ['permissions-boundary', 'automation-roles'],
      }),
    );
    desired.accounts.sort((a, b) => a.name.localeCompare(b.name));
    return { desired, observed };
  }
  const mixed = mixedScenario();
  const mixedPlan = computePlan(mixed.desired, mixed.observed);

  it('the mixed scenario has creates, changes, and every kind of destructive change', () => {
    expect(new Set(mixedPlan.changes.map((change) => change.kind))).toEqual(
      new Set([
        'create-ou',
        'update-scp',
        'create-account',
        'adopt-account',
        'move-account',
        'tag-account',
        'untag-account',
        'attach-scp',
        'detach-scp',
        'update-stackset',
        'add-stack-instances',
        'remove-stack-instances',
        'delete-stackset',
        'close-account',
      ]),
    );
  });

  it('puts every change after the changes it depends on', () => {
    expectEveryChangeAfterItsDependencies(emptyPlan);
    expectEveryChangeAfterItsDependencies(mixedPlan);
  });

  it('enables SCPs first, and creates each OU after its parent and before the accounts in it', () => {
    expect(changeIds(emptyPlan)[0]).toBe('enable-scp-type:root');
    expect(changeNamed(emptyPlan, 'create-ou:ou:Workloads/Prod').dependsOn).toEqual(['create-ou:ou:Workloads']);
    // And after the guardrails on its path: if one fails to attach, the account is not created without it.
    expect(changeNamed(emptyPlan, 'create-account:account:payments-prod').dependsOn).toEqual([
      'attach-scp:deny-leave-organization@root',
      'attach-scp:deny-unapproved-regions@ou:Workloads/Prod',
      'attach-scp:require-permissions-boundary@ou:Workloads',
      'create-ou:ou:Workloads/Prod',
    ]);
    expect(positionOf(emptyPlan, 'create-ou:ou:Workloads')).toBeLessThan(
      positionOf(emptyPlan, 'create-ou:ou:Workloads/Prod'),
    );
    expect(positionOf(emptyPlan, 'create-ou:ou:Workloads/Prod')).toBeLessThan(
      positionOf(emptyPlan, 'create-account:account:payments-prod'),
    );
  });

  it('attaches the root and OU guardrails before any account is created in or moved into them', () => {
    // An apply stopped between stages must not leave a new account in an OU whose SCP is not yet attached.
    const accountChanges = emptyPlan.changes.filter((change) =>
      ['create-account', 'move-account'].includes(change.kind),
    );
    for (const target of ['root', 'ou:Workloads/Prod']) {
      const attachments = emptyPlan.changes.filter(
        (change) => change.kind === 'attach-scp' && change.scope.target === target,
      );
      expect(attachments.length).toBeGreaterThan(0);
      for (const attachment of attachments)
        for (const account of accountChanges)
          expect(positionOf(emptyPlan, attachment.id)).toBeLessThan(positionOf(emptyPlan, account.id));
    }
    // An account's own SCP waits for the account.
    expect(positionOf(emptyPlan, 'create-account:account:security-audit')).toBeLessThan(
      positionOf(emptyPlan, 'attach-scp:deny-unapproved-regions@account:security-audit'),
    );
  });

  it('attaches an SCP to an OU only after the accounts leaving it have moved, so they never come under it', () => {
    // payments-prod leaves Workloads/Prod as the OU gains a deny-all: attached first, it would reach an account the
    // plan shows no attachment reaching, and hold it there if the move were then refused.
    const desired = referenceDesiredState();
    desired.scps.push(desiredScp('quarantine', { Effect: 'Deny', Action: '*', Resource: '*' }));
    desired.organizationalUnits.find((unit) => unit.path === 'Workloads/Prod')!.scps.push('quarantine');
    desiredAccountNamed(desired, 'payments-prod').ou = 'Security';
    const plan = computePlan(desired, convergedObservation(referenceDesiredState()));
    const attach = changeNamed(plan, 'attach-scp:quarantine@ou:Workloads/Prod');
    expect(attach.dependsOn).toContain('move-account:account:payments-prod');
    // In the account stage, after the move, not before it with the other OU attachments.
    expect(stageOf(attach)).toBe(stageOf(changeNamed(plan, 'move-account:account:payments-prod')));
    expect(positionOf(plan, 'move-account:account:payments-prod')).toBeLessThan(positionOf(plan, attach.id));
  });

  it('has accounts arriving where an account leaves wait for the new SCP; a swap between two such OUs is noted', () => {
    const desired = referenceDesiredState();
    desired.scps.push(desiredScp('quarantine', { Effect: 'Deny', Action: '*', Resource: '*' }));
    for (const path of ['Workloads/Prod', 'Workloads/NonProd'])
      desired.organizationalUnits.find((unit) => unit.path === path)!.scps.push('quarantine');
    // payments-prod and payments-dev swap OUs, and a new account arrives in Workloads/Prod.
    desiredAccountNamed(desired, 'payments-prod').ou = 'Workloads/NonProd';
    desiredAccountNamed(desired, 'payments-dev').ou = 'Workloads/Prod';
    desired.accounts.push(desiredAccount('payments-new', { ou: 'Workloads/Prod', owner: 'team-payments' }));
    const plan = computePlan(desired, convergedObservation(referenceDesiredState()));
    const intoProd = 'attach-scp:quarantine@ou:Workloads/Prod';
    expect(changeNamed(plan, 'create-account:account:payments-new').dependsOn).toContain(intoProd);
    expectEveryChangeAfterItsDependencies(plan);
    // Each attachment waits for the other's arrival to leave; one arrival must go first, and says so.
    expect(plan.accounts.flatMap((account) => account.notes.map((note) => `${account.name}: ${note}`))).toContainEqual(
      expect.stringMatching(
        /^payments-(dev|prod): It arrives in Workloads\/(Prod|NonProd) before SCP quarantine is attached to OU Workloads\/(Prod|NonProd), which waits for another account to leave there first/,
      ),
    );
  });

  it("deploys the boundary baseline's instances before the roles baseline that depends on it", () => {
    const boundary = 'add-stack-instances:stackset:vend-permissions-boundary';
    const roles = 'add-stack-instances:stackset:vend-automation-roles';
    expect(changeNamed(emptyPlan, roles).dependsOn).toContain(boundary);
    expect(positionOf(emptyPlan, boundary)).toBeLessThan(positionOf(emptyPlan, roles));
    expect(changeNamed(mixedPlan, 'update-stackset:stackset:vend-permissions-boundary').dependsOn).toEqual([]);
    expect(changeNamed(mixedPlan, roles).dependsOn).toEqual(
      expect.arrayContaining(['update-stackset:stackset:vend-permissions-boundary', boundary]),
    );
  });

  it('puts every destructive change after every non-destructive one', () => {
    const destructive = mixedPlan.changes.map((change) => change.destructive);
    expect(destructive.filter(Boolean)).toHaveLength(6);
    expect(destructive).toEqual([...destructive].sort((a, b) => Number(a) - Number(b)));
  });

  it('counts the mixed scenario correctly in the summary line', () => {
    expectSummaryToCountChanges(mixedPlan);
    expect(mixedPlan.summary.destroy).toBe(6);
  });

  it('gives each account the status a reviewer expects', () => {
    expect(mixedPlan.accounts.map((account) => [account.name, account.status])).toEqual([
      ['old-sandbox', 'closing'],
      ['payments-dev', 'updated'],
      ['payments-prod', 'moved'],
      ['security-audit', 'adopted'],
      ['team-a-dev', 'new'],
      ['team-b-dev', 'new'],
    ]);
    for (const account of mixedPlan.accounts) {
      for (const id of account.changeIds) expect(changeIds(mixedPlan)).toContain(id);
    }
  });

  describe('determinism', () => {
    /** A seeded shuffle: the test is repeatable, yet every array arrives in an order observe never produces. */
    function shuffled<T>(items: T[], seed: number): T[] {
      const copy = [...items];
      let state = seed;
      for (let index = copy.length - 1; index > 0; index--) {
        state = (state * 1103515245 + 12345) % 2147483648;
        const other = state % (index + 1);
        [copy[index], copy[other]] = [copy[other]!, copy[index]!];
      }
      return copy;
    }
    function shuffledObservation(observed: ObservedState, seed: number): ObservedState {
      return {
        ...observed,
        organizationalUnits: shuffled(observed.organizationalUnits, seed),
        accounts: shuffled(observed.accounts, seed + 1),
        policies: shuffled(observed.policies, seed + 2).map((policy) => ({
          ...policy,
          targetIds: shuffled(policy.targetIds, seed + 3),
        })),
        accountCreationsInProgress: shuffled(
          [...observed.accountCreationsInProgress, { requestId: 'car-1', accountName: 'unrelated' }],
          seed + 4,
        ),
        stackSets: shuffled(observed.stackSets, seed + 5).map((stackSet) => ({
          ...stackSet,
          instances: shuffled(stackSet.instances, seed + 6),
        })),
      };
    }
    const unrelatedCreation = (observed: ObservedState): ObservedState => ({
      ...observed,
      accountCreationsInProgress: [
        ...observed.accountCreationsInProgress,
        { requestId: 'car-1', accountName: 'unrelated' },
      ],
    });

    it('gives byte-identical JSON and the same digest when computed twice', () => {
      const again = computePlan(mixed.desired, mixed.observed);
      expect(JSON.stringify(again)).toBe(JSON.stringify(mixedPlan));
      expect(again.digest).toBe(mixedPlan.digest);
    });

    it('gives byte-identical JSON and the same digest whatever order AWS listed things in', () => {
      const reference = JSON.stringify(computePlan(mixed.desired, unrelatedCreation(mixed.observed)));
      for (const seed of [1, 7, 42, 1234, 99991]) {
        expect(JSON.stringify(computePlan(mixed.desired, shuffledObservation(mixed.observed, seed)))).toBe(reference);
      }
    });

    it('gives byte-identical JSON whatever order unordered declarations (accounts, SCPs) come in', () => {
      for (const seed of [3, 11, 2024]) {
        const desired = {
          ...mixed.desired,
          accounts: shuffled(mixed.desired.accounts, seed),
          scps: shuffled(mixed.desired.scps, seed + 1),
        };
        expect(JSON.stringify(computePlan(desired, mixed.observed))).toBe(JSON.stringify(mixedPlan));
      }
    });

    it('digests the canonical JSON of everything else in the plan', () => {
      const { digest, ...body } = mixedPlan;
      expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(digest).toBe(sha256Digest(canonicalJson(body)));
    });

    it('changes the digest when one character of an SCP changes', () => {
      const desired = structuredClone(mixed.desired);
      desired.scps[0]!.content = desired.scps[0]!.content.replace('denyleaveorganization', 'denyleaveorganizatioN');
      expect(computePlan(desired, mixed.observed).digest).not.toBe(mixedPlan.digest);
    });
  });
});

describe("plan's account table", () => {
  const desired = referenceDesiredState();
  const plan = computePlan(desired, emptyOrganization());

  it('lists the SCPs in force from the root down to the account, FullAWSAccess included once', () => {
    expect(plannedAccount(plan, 'payments-prod').scpsInForce).toEqual([
      'FullAWSAccess',
      'deny-leave-organization',
      'require-permissions-boundary',
      'deny-unapproved-regions',
    ]);
    expect(plannedAccount(plan, 'security-audit').scpsInForce).toEqual([
      'FullAWSAccess',
      'deny-leave-organization',
      'deny-unapproved-regions',
    ]);
  });

  it("lists each baseline with its regions: a baseline's fixed regions override the account's", () => {
    expect(plannedAccount(plan, 'payments-prod').baselines).toEqual([
      { name: 'permissions-boundary', regions: ['us-east-1'] },
      { name: 'automation-roles', regions: ['us-east-1'] },
      { name: 'regional-guardrails', regions: ['us-east-1', 'eu-west-1'] },
    ]);
    expect(plannedAccount(plan, 'security-audit').baselines).toEqual([]);
  });

  it('links each account to exactly the changes that concern it, sorted', () => {
    expect(plannedAccount(plan, 'security-audit').changeIds).toEqual([
      'attach-scp:deny-unapproved-regions@account:security-audit',
      'create-account:account:security-audit',
    ]);
  });

  it("shows an account whose only change is losing a baseline as 'updated'", () => {
    const shrunk = referenceDesiredState();
    desiredAccountNamed(shrunk, 'payments-prod').baselines = ['permissions-boundary', 'automation-roles'];
    const removal = computePlan(shrunk, convergedObservation(referenceDesiredState()));
    expect(removal.accounts).toEqual([
      expect.objectContaining({
        name: 'payments-prod',
        status: 'updated',
        changeIds: ['remove-stack-instances:stackset:vend-regional-guardrails'],
      }),
    ]);
  });

  it('removes undeclared tags from a managed account, whatever their key', () => {
    const observed = convergedObservation(desired);
    Object.assign(observedAccount(observed, 'payments-dev').tags!, { constructor: 'x', Stale: 'yes' });
    const tagged = computePlan(desired, observed);
    expect(tagged.changes).toEqual([
      expect.objectContaining({
        id: 'untag-account:account:payments-dev',
        before: { Stale: 'yes', constructor: 'x' },
        after: null,
      }),
    ]);
    expect(plannedAccount(tagged, 'payments-dev').status).toBe('updated');
  });

  it('never removes tags with the aws: prefix, which AWS lets no one edit or delete', () => {
    const observed = convergedObservation(desired);
    Object.assign(observedAccount(observed, 'payments-dev').tags!, {
      'aws:cloudformation:stack-name': 'account-factory',
      'AWS:Note': 'x',
      Stale: 'yes',
    });
    expect(computePlan(desired, observed).changes).toEqual([
      expect.objectContaining({ id: 'untag-account:account:payments-dev', before: { Stale: 'yes' } }),
    ]);
  });

  it('neither sets nor removes the Owner tag of an account whose owner is unassigned', () => {
    const unassigned = referenceDesiredState();
    const account = desiredAccountNamed(unassigned, 'payments-dev');
    account.owner = 'vend:unassigned';
    delete account.tags.Owner;
    const withOwner = convergedObservation(desired);
    expect(computePlan(unassigned, withOwner).changes).toEqual([]);
    const withoutOwner = convergedObservation(desired);
    delete observedAccount(withoutOwner, 'payments-dev').tags!.Owner;
    expect(computePlan(unassigned, withoutOwner).changes).toEqual([]);
  });
});

describe('plan says which changes delete something and which reach far', () => {
  const template = (resources: Record<string, string>) =>
    `Resources:\n${Object.entries(resources)
      .map(([id, type]) => `  ${id}:\n    Type: ${type}\n`)
      .join('')}`;
  const withTemplates = (deployed: string, next: string) => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    observedStackSet(observed, 'regional-guardrails').templateBody = deployed;
    desired.baselines.find((baseline) => baseline.name === 'regional-guardrails')!.templateBody = next;
    return changeNamed(computePlan(desired, observed), 'update-stackset:stackset:vend-regional-guardrails');
  };

  it('marks destructive a template that drops a resource or changes its type, since every instance deletes it', () => {
    const dropped = withTemplates(
      template({ Bucket: 'AWS::S3::Bucket', Topic: 'AWS::SNS::Topic' }),
      template({ Bucket: 'AWS::S3::Bucket' }),
    );
    expect(dropped).toMatchObject({ action: 'change', destructive: true, highImpact: false });
    expect(dropped.description).toMatch(/deletes resource Topic$/);
    const retyped = withTemplates(template({ Store: 'AWS::S3::Bucket' }), template({ Store: 'AWS::DynamoDB::Table' }));
    expect(retyped.destructive).toBe(true);
  });

  it('names the first few resources a template drops in its one-line headline, and counts the rest', () => {
    const many = Object.fromEntries(
      Array.from({ length: 150 }, (_, index) => [`Topic${String(index).padStart(3, '0')}`, 'AWS::SNS::Topic']),
    );
    const dropped = withTemplates(
      template({ Bucket: 'AWS::S3::Bucket', ...many }),
      template({ Bucket: 'AWS::S3::Bucket' }),
    );
    expect(dropped.destructive).toBe(true);
    expect(dropped.description).toMatch(/deletes resources Topic000, Topic001, .*, Topic007 and 142 more$/);
    expect(dropped.description.length).toBeLessThan(300);
  });

  it('does not mark destructive a template change on a StackSet without instances: no stack exists to delete from', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    const stackSet = observed.stackSets.find((candidate) => candidate.name === 'vend-regional-guardrails')!;
    stackSet.templateBody = template({ Bucket: 'AWS::S3::Bucket', Topic: 'AWS::SNS::Topic' });
    stackSet.instances = [];
    desired.baselines.find((baseline) => baseline.name === 'regional-guardrails')!.templateBody = template({
      Bucket: 'AWS::S3::Bucket',
    });
    const update = changeNamed(computePlan(desired, observed), 'update-stackset:stackset:vend-regional-guardrails');
    expect(update).toMatchObject({
      destructive: false,
      description: 'Update StackSet vend-regional-guardrails: template changed',
    });
    expect(update.scope.deletes).toBeUndefined();
  });

  it('an approval to delete one resource does not cover deleting one added out of band since', () => {
    const approved = withTemplates(
      template({ Bucket: 'AWS::S3::Bucket', Topic: 'AWS::SNS::Topic' }),
      template({ Bucket: 'AWS::S3::Bucket' }),
    );
    expect(approved.scope.deletes).toEqual(['Topic']);
    // An emergency fix added IncidentTopic to the deployed template: the same update would now delete it too.
    const fresh = withTemplates(
      template({ Bucket: 'AWS::S3::Bucket', Topic: 'AWS::SNS::Topic', IncidentTopic: 'AWS::SNS::Topic' }),
      template({ Bucket: 'AWS::S3::Bucket' }),
    );
    expect(isCovered(fresh, changesById({ changes: [approved] }))).toBe(false);
    expect(isCovered(approved, changesById({ changes: [approved] }))).toBe(true);
  });

  it('an approval to delete what a macro hides covers only the deployed template it was given', () => {
    const deployed = template({ Bucket: 'AWS::S3::Bucket' });
    const next = `Transform: AWS::Serverless-2016-10-31\n${deployed}`;
    const approved = withTemplates(deployed, next);
    expect(approved.scope.deletes).toBe('*');
    // Someone added a resource to the deployed template since: the same update may now delete it too.
    const fresh = withTemplates(template({ Bucket: 'AWS::S3::Bucket', Topic: 'AWS::SNS::Topic' }), next);
    expect(fresh.scope.deletes).toBe('*');
    expect(isCovered(fresh, changesById({ changes: [approved] }))).toBe(false);
    expect(isCovered(withTemplates(deployed, next), changesById({ changes: [approved] }))).toBe(true);
  });

  it('marks destructive a change CloudFormation can only make by replacing the resource, in the template or a parameter', () => {
    // "Update requires: Replacement" (CloudFormation User Guide, AWS::Logs::LogGroup, LogGroupName): the old log
    // group and its logs are deleted in every stack instance. RetentionInDays updates in place.
    const logGroup = (properties: string, extra = '') =>
      `Parameters:\n  Name: { Type: String, Default: audit }\nResources:\n  Logs:\n    Type: AWS::Logs::LogGroup\n${extra}    Properties: { ${properties} }\n`;
    const renamed = withTemplates(logGroup('LogGroupName: audit'), logGroup('LogGroupName: audit-v2'));
    expect(renamed).toMatchObject({ destructive: true });
    expect(renamed.description).toMatch(/replaces Logs \(LogGroupName changed\), deleting the old one$/);
    const retention = withTemplates(logGroup('RetentionInDays: 30'), logGroup('RetentionInDays: 90'));
    expect(retention.destructive).toBe(false);
    expect(retention.description).toMatch(/\(redeploying 2 existing instances\)$/);
    // UpdateReplacePolicy: Retain keeps the old one: replaced, not deleted.
    const kept = withTemplates(
      logGroup('LogGroupName: audit', '    UpdateReplacePolicy: Retain\n'),
      logGroup('LogGroupName: audit-v2', '    UpdateReplacePolicy: Retain\n'),
    );
    expect(kept.destructive).toBe(false);
    expect(kept.description).toContain('keeping the old one (UpdateReplacePolicy: Retain)');

    // The same template; the StackSet's parameter that names the log group changes.
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    const baseline = desired.baselines.find((candidate) => candidate.name === 'regional-guardrails')!;
    baseline.templateBody = logGroup('LogGroupName: !Ref Name');
    observedStackSet(observed, 'regional-guardrails').templateBody = baseline.templateBody;
    observedStackSet(observed, 'regional-guardrails').parameters = { Name: 'audit' };
    baseline.parameters = { Name: 'audit-v2' };
    const parameter = changeNamed(computePlan(desired, observed), 'update-stackset:stackset:vend-regional-guardrails');
    expect(parameter).toMatchObject({ destructive: true });
    expect(parameter.description).toContain('replaces Logs (LogGroupName (parameter Name) changed)');
  });

  it('does not mark destructive a template that only adds or edits resources', () => {
    const added = withTemplates(
      template({ Bucket: 'AWS::S3::Bucket' }),
      template({ Bucket: 'AWS::S3::Bucket', Topic: 'AWS::SNS::Topic' }),
    );
    expect(added).toMatchObject({ destructive: false, highImpact: false });
  });

  it('marks high-impact a new template for a baseline with IAM resources', () => {
    const roles = withTemplates(
      template({ Role: 'AWS::IAM::Role' }),
      template({ Role: 'AWS::IAM::Role', Extra: 'AWS::SNS::Topic' }),
    );
    expect(roles).toMatchObject({ destructive: false, highImpact: true });
  });

  it('marks destructive a template whose deletions cannot be ruled out: conditions, macros, nested stacks', () => {
    const deployed = template({ Bucket: 'AWS::S3::Bucket' });
    const conditional = `Conditions:\n  Never: !Equals [a, b]\n${template({ Bucket: 'AWS::S3::Bucket' }).replace('Type: AWS::S3::Bucket', 'Type: AWS::S3::Bucket\n    Condition: Never')}`;
    expect(withTemplates(deployed, conditional)).toMatchObject({
      destructive: true,
      description: expect.stringContaining('cannot be ruled out: a resource has a Condition'),
    });
    expect(withTemplates(deployed, `Transform: AWS::Serverless-2016-10-31\n${deployed}`).destructive).toBe(true);
    expect(
      withTemplates(deployed, template({ Bucket: 'AWS::S3::Bucket', Child: 'AWS::CloudFormation::Stack' })).destructive,
    ).toBe(true);
  });

  it('marks high-impact a template with resource policies or a KMS key, not one without', () => {
    const bucket = template({ Bucket: 'AWS::S3::Bucket' });
    expect(withTemplates(bucket, template({ Bucket: 'AWS::S3::Bucket', Key: 'AWS::KMS::Key' })).highImpact).toBe(true);
    expect(
      withTemplates(bucket, template({ Bucket: 'AWS::S3::Bucket', Policy: 'AWS::S3::BucketPolicy' })).highImpact,
    ).toBe(true);
    expect(withTemplates(bucket, template({ Bucket: 'AWS::S3::Bucket', Topic: 'AWS::SNS::Topic' })).highImpact).toBe(
      false,
    );
  });

  it.each([
    ['a resource share', 'AWS::RAM::ResourceShare'],
    ['a security group rule', 'AWS::EC2::SecurityGroupIngress'],
    ['a layer permission', 'AWS::Lambda::LayerVersionPermission'],
    ['an IAM Identity Center permission set', 'AWS::SSO::PermissionSet'],
    // A member of a group takes on the group's permission sets across the organization.
    ['an Identity Store group membership', 'AWS::IdentityStore::GroupMembership'],
    // It admits holders of an outside CA's certificates to the roles that trust Roles Anywhere.
    ['a Roles Anywhere trust anchor', 'AWS::RolesAnywhere::TrustAnchor'],
  ])('marks high-impact a template that adds %s: it grants access outside IAM', (_, type) => {
    const bucket = template({ Bucket: 'AWS::S3::Bucket' });
    expect(withTemplates(bucket, template({ Bucket: 'AWS::S3::Bucket', Grant: type })).highImpact).toBe(true);
  });

  it('marks high-impact new parameters or per-account overrides for a baseline with roles, but not a redeploy', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    const boundary = desired.baselines.find((baseline) => baseline.name === 'permissions-boundary')!;
    boundary.parameters = { ...boundary.parameters, BoundaryPolicyName: 'other-boundary' };
    expect(
      changeNamed(computePlan(desired, observed), 'update-stackset:stackset:vend-permissions-boundary'),
    ).toMatchObject({ destructive: false, highImpact: true });

    const redeploy = referenceDesiredState();
    const failed = convergedObservation(redeploy);
    observedStackSet(failed, 'permissions-boundary').instances[0]!.status = 'FAILED';
    expect(computePlan(redeploy, failed).changes.map((change) => change.highImpact)).toEqual([false]);
  });

  it('marks one StackSet parameter edit high-impact once, not again for each override group that carries it', () => {
    const withOverrides = (boundaryName: string, prodSession: string) => {
      const state = referenceDesiredState();
      const boundary = state.baselines.find((baseline) => baseline.name === 'permissions-boundary')!;
      boundary.parameters = { BoundaryPolicyName: boundaryName, MaxSessionSeconds: '3600' };
      desiredAccountNamed(state, 'payments-dev').parameters = {
        'permissions-boundary': { MaxSessionSeconds: '1800' },
      };
      desiredAccountNamed(state, 'payments-prod').parameters = {
        'permissions-boundary': { MaxSessionSeconds: prodSession },
      };
      return state;
    };
    const observed = convergedObservation(withOverrides('vend-workload-boundary', '7200'));
    const impact = (plan: Plan) =>
      plan.changes
        .filter((change) => change.target === 'stackset:vend-permissions-boundary')
        .map((change) => [change.kind, change.highImpact, change.description.split(':')[0]]);

    // Both accounts' overrides spell out BoundaryPolicyName, so both groups change, but only by the StackSet's edit.
    expect(impact(computePlan(withOverrides('other-boundary', '7200'), observed))).toEqual([
      ['update-stackset', true, 'Update StackSet vend-permissions-boundary'],
      [
        'update-stack-instances',
        false,
        "Carry the StackSet's new parameter values into the overrides of 1 permissions-boundary instance in payments-dev",
      ],
      [
        'update-stack-instances',
        false,
        "Carry the StackSet's new parameter values into the overrides of 1 permissions-boundary instance in payments-prod",
      ],
    ]);
    // An account's own override changing alongside is its own high-impact change.
    expect(impact(computePlan(withOverrides('other-boundary', '900'), observed))).toEqual(
      expect.arrayContaining([
        [
          'update-stack-instances',
          true,
          'Update parameter overrides of 1 permissions-boundary instance in payments-prod',
        ],
        [
          'update-stack-instances',
          false,
          "Carry the StackSet's new parameter values into the overrides of 1 permissions-boundary instance in payments-dev",
        ],
      ]),
    );
  });

  it('marks high-impact every change at the root, and an attachment below it only for the accounts it reaches', () => {
    const plan = computePlan(referenceDesiredState(), emptyOrganization());
    expect(changeNamed(plan, 'enable-scp-type:root').highImpact).toBe(true);
    expect(changeNamed(plan, 'attach-scp:deny-leave-organization@root').highImpact).toBe(true);
    // One new account on the OU, another through its own attachment: two accounts gain the SCP in this plan.
    expect(changeNamed(plan, 'attach-scp:deny-unapproved-regions@ou:Workloads/Prod')).toMatchObject({
      highImpact: true,
      highImpactReason: "a new SCP for more than one account at once: 2 accounts across this plan's attachments of it",
    });
  });

  it('marks high-impact new content for an SCP in force for several accounts, not for one reaching one account', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    for (const scp of desired.scps) scp.content = scp.content.replace('"Deny"', '"Deny" ');
    const plan = computePlan(desired, observed);
    const reach = (name: string) => changeNamed(plan, `update-scp:scp:${name}`).highImpact;
    expect(reach('deny-unapproved-regions')).toBe(true); // Workloads/Prod and security-audit
    expect(reach('deny-leave-organization')).toBe(true); // the root
    expect(reach('require-permissions-boundary')).toBe(true); // one OU, Workloads, but two accounts beneath it

    const narrow = referenceDesiredState();
    narrow.accounts.find((account) => account.name === 'security-audit')!.scps = [];
    const narrowObserved = convergedObservation(narrow);
    narrow.scps.find((scp) => scp.name === 'deny-unapproved-regions')!.content += ' ';
    // Workloads/Prod holds payments-prod alone.
    expect(changeNamed(computePlan(narrow, narrowObserved), 'update-scp:scp:deny-unapproved-regions').highImpact).toBe(
      false,
    );
  });

  it('marks high-impact a new SCP that takes a weaker place of an attached one, and shows it against the old', () => {
    const swap = (statement: Record<string, unknown>) => {
      const desired = referenceDesiredState();
      const observed = convergedObservation(desired);
      desired.scps.push(desiredScp('deny-regions-v2', statement));
      desiredOrganizationalUnitAt(desired, 'Workloads/Prod').scps = ['deny-regions-v2'];
      desiredAccountNamed(desired, 'security-audit').scps = [];
      return computePlan(desired, observed);
    };
    const old = JSON.parse(referenceDesiredState().scps.find((scp) => scp.name === 'deny-unapproved-regions')!.content)
      .Statement[0] as Record<string, unknown>;
    const same = Object.fromEntries(Object.entries(old).filter(([key]) => key !== 'Sid'));
    // The same statement under a new name and Sid: a rename, not a loosening.
    expect(changeNamed(swap(same), 'create-scp:scp:deny-regions-v2')).toMatchObject({
      highImpact: false,
      description: 'Create SCP deny-regions-v2 from scps/deny-regions-v2.json, in place of deny-unapproved-regions',
    });
    // One principal exempted on the way: the old SCP's Deny is gone.
    const weaker = swap({
      ...same,
      Condition: { ...(same.Condition as object), ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/x' } },
    });
    const created = changeNamed(weaker, 'create-scp:scp:deny-regions-v2');
    expect(created).toMatchObject({ highImpact: true });
    expect(created.highImpactReason).toBe(
      'it replaces SCP deny-unapproved-regions on OU Workloads/Prod, and may let through what that stopped (a Deny statement changed or removed, or an Allow added)',
    );
    const comment = renderPlanComment(weaker);
    expect(comment).toContain(
      'in place of SCP deny-unapproved-regions on OU Workloads/Prod: the content below is set against',
    );
    expect(comment).toMatch(/^\+\s+"ArnNotLike": \{$/m);
  });

  it('marks high-impact new content that loosens an attached SCP, however few accounts it reaches', () => {
    // Gutting a guardrail is as good as detaching it, which is destructive: the security gate sees both.
    const narrow = referenceDesiredState();
    narrow.accounts.find((account) => account.name === 'security-audit')!.scps = [];
    const observed = convergedObservation(narrow);
    const scp = narrow.scps.find((candidate) => candidate.name === 'deny-unapproved-regions')!;
    const original = JSON.parse(scp.content) as { Statement: Record<string, unknown>[] };
    const withStatements = (statements: Record<string, unknown>[]) =>
      JSON.stringify({ ...original, Statement: statements });
    const impact = (content: string) => {
      scp.content = content;
      return changeNamed(computePlan(narrow, observed), 'update-scp:scp:deny-unapproved-regions').highImpact;
    };
    const noop = { Effect: 'Deny', Action: 'ec2:RunInstances', Resource: 'arn:aws:ec2:*:*:instance/none' };
    expect(impact(withStatements([noop]))).toBe(true); // its Deny replaced by one that stops nothing
    expect(impact(withStatements([...original.Statement, { Effect: 'Allow', Action: '*', Resource: '*' }]))).toBe(true);
    expect(impact(withStatements([...original.Statement, noop]))).toBe(false); // only a Deny added
    expect(impact(withStatements(original.Statement.map((statement) => ({ ...statement, Sid: 'Renamed' }))))).toBe(
      false,
    );
    // Fewer exemptions in a NotAction deny more, all else equal: tightening; more exemptions loosen.
    const exempting = (notAction: string[]) =>
      withStatements(original.Statement.map((statement) => ({ ...statement, NotAction: notAction })));
    expect(impact(exempting(['IAM:*']))).toBe(false);
    expect(impact(exempting(['iam:*', 'sts:*', 's3:*']))).toBe(true);
    // The same Deny over more actions, or with another condition: only the first is a tightening.
    const [denied] = original.Statement;
    const asAction = { ...denied, NotAction: undefined, Action: ['ec2:RunInstances'] };
    scp.content = withStatements([asAction]);
    const withAction = convergedObservation(narrow);
    const actionImpact = (statement: Record<string, unknown>) => {
      scp.content = withStatements([statement]);
      return changeNamed(computePlan(narrow, withAction), 'update-scp:scp:deny-unapproved-regions').highImpact;
    };
    expect(actionImpact({ ...asAction, Action: ['ec2:RunInstances', 'ec2:CreateVpc'] })).toBe(false);
    expect(actionImpact({ ...asAction, Action: ['ec2:CreateVpc'] })).toBe(true);
    expect(
      actionImpact({ ...asAction, Action: ['ec2:RunInstances', 'ec2:CreateVpc'], Resource: 'arn:aws:ec2:*:*:vpc/*' }),
    ).toBe(true);
    // Under StringNotEquals a listed region is an exception: dropping one tightens, adding one loosens.
    const regions = (list: string[]) =>
      withStatements([{ ...denied, Condition: { StringNotEquals: { 'aws:RequestedRegion': list } } }]);
    expect(impact(regions(['us-east-1']))).toBe(false);
    expect(impact(regions(['us-east-1', 'eu-west-1', 'ap-south-1']))).toBe(true);
    // A matching operator the other way round: a Deny for more principals tightens, for fewer loosens.
    const principals = (list: string[]) =>
      withStatements([{ ...denied, Condition: { ArnLike: { 'aws:PrincipalArn': list } } }]);
    scp.content = principals(['arn:aws:iam::*:role/a']);
    const withPrincipal = convergedObservation(narrow);
    const principalImpact = (list: string[]) => {
      scp.content = principals(list);
      return changeNamed(computePlan(narrow, withPrincipal), 'update-scp:scp:deny-unapproved-regions').highImpact;
    };
    expect(principalImpact(['arn:aws:iam::*:role/a', 'arn:aws:iam::*:role/b'])).toBe(false);
    expect(principalImpact(['arn:aws:iam::*:role/b'])).toBe(true);
    // A Deny's conditions must all hold: taking one away, or all of them, makes it apply more widely.
    expect(impact(withStatements([{ ...denied, Condition: undefined }]))).toBe(false);
    const twoConditions = {
      ...denied,
      Condition: {
        StringNotEquals: { 'aws:RequestedRegion': ['us-east-1', 'eu-west-1'] },
        ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/breakglass' },
      },
    };
    scp.content = withStatements([twoConditions]);
    const withExemption = convergedObservation(narrow);
    const conditionImpact = (condition: Record<string, unknown>) => {
      scp.content = withStatements([{ ...twoConditions, Condition: condition }]);
      return changeNamed(computePlan(narrow, withExemption), 'update-scp:scp:deny-unapproved-regions').highImpact;
    };
    expect(conditionImpact({ StringNotEquals: twoConditions.Condition.StringNotEquals })).toBe(false);
    expect(conditionImpact({ ...twoConditions.Condition, Bool: { 'aws:ViaAWSService': 'false' } })).toBe(true);
    // A wildcard covers the actions it matches: Create* and Update* under globalaccelerator:* deny no less.
    const accelerator = { ...asAction, Action: ['globalaccelerator:Create*', 'globalaccelerator:Update*'] };
    scp.content = withStatements([accelerator]);
    const withAccelerator = convergedObservation(narrow);
    const acceleratorImpact = (actions: string[]) => {
      scp.content = withStatements([{ ...accelerator, Action: actions }]);
      return changeNamed(computePlan(narrow, withAccelerator), 'update-scp:scp:deny-unapproved-regions').highImpact;
    };
    expect(acceleratorImpact(['globalaccelerator:*'])).toBe(false);
    expect(acceleratorImpact(['globalaccelerator:Create?'])).toBe(true);
    // A new operator, or a numeric bound changed, is compared whole: telling which is wider is IAM evaluation.
    expect(actionImpact({ ...asAction, Condition: { NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } } })).toBe(
      true,
    );
    // Resource "*" covers whatever the old statement listed; a narrower list denies less.
    const instances = { ...asAction, Resource: 'arn:aws:ec2:*:*:instance/*' };
    scp.content = withStatements([instances]);
    const withInstances = convergedObservation(narrow);
    const resourceImpact = (resource: string) => {
      scp.content = withStatements([{ ...instances, Resource: resource }]);
      return changeNamed(computePlan(narrow, withInstances), 'update-scp:scp:deny-unapproved-regions').highImpact;
    };
    expect(resourceImpact('*')).toBe(false);
    expect(resourceImpact('arn:aws:ec2:us-east-1:*:instance/*')).toBe(true);
    // A * that ends its segment may match across colons; one inside a segment may not (IAM User Guide, "IAM JSON
    // policy elements: Resource", Using wildcards in resource ARNs).
    const trail = { ...asAction, Resource: 'arn:aws:logs:us-east-1:*:log-group:audit-trail:*' };
    scp.content = withStatements([trail]);
    const withTrail = convergedObservation(narrow);
    const trailImpact = (resource: string) => {
      scp.content = withStatements([{ ...trail, Resource: resource }]);
      return changeNamed(computePlan(narrow, withTrail), 'update-scp:scp:deny-unapproved-regions').highImpact;
    };
    expect(trailImpact('arn:aws:logs:*:log-group:audit-trail:*')).toBe(false);
    expect(trailImpact('arn:aws:logs:us*group:audit-trail:*')).toBe(true);
  });

  it.each([
    [
      'a Firehose stream handed a role as RoleARN',
      'AWS::KinesisFirehose::DeliveryStream',
      '{ S3DestinationConfiguration: { BucketARN: arn:aws:s3:::central, RoleARN: !Sub "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/deploy" } }',
    ],
    [
      'a Batch job handed a role as JobRoleArn',
      'AWS::Batch::JobDefinition',
      '{ Type: container, ContainerProperties: { Image: x, JobRoleArn: !Sub "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/deploy" } }',
    ],
    [
      'a trail logging to a bucket named without an account id',
      'AWS::CloudTrail::Trail',
      '{ IsLogging: true, S3BucketName: central-audit-archive }',
    ],
    [
      'web request logs, headers and cookies included, sent to a bucket that may be another account’s',
      'AWS::WAFv2::LoggingConfiguration',
      '{ ResourceArn: arn:aws:wafv2:x, LogDestinationConfigs: [arn:aws:s3:::aws-waf-logs-elsewhere] }',
    ],
    [
      'findings published to a bucket that may be another account’s',
      'AWS::GuardDuty::PublishingDestination',
      '{ DetectorId: d, DestinationType: S3, DestinationProperties: { DestinationArn: arn:aws:s3:::findings-elsewhere } }',
    ],
  ])('marks high-impact a new baseline with %s', (_what, type, properties) => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    desired.baselines.push(
      desiredBaseline('audit-export', {
        regions: ['us-east-1'],
        templateBody: `Resources:\n  Export:\n    Type: ${type}\n    Properties: ${properties}\n`,
      }),
    );
    desired.accounts[0]!.baselines.push('audit-export');
    expect(changeNamed(computePlan(desired, observed), 'create-stackset:stackset:vend-audit-export').highImpact).toBe(
      true,
    );
  });

  it('marks high-impact a baseline whose parameter values name another account, whatever property takes them', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    const template = `Parameters:\n  SinkArn: { Type: String }\nResources:\n  Sink:\n    Type: AWS::SSM::Parameter\n    Properties: { Type: String, Value: !Ref SinkArn }\n`;
    const telemetry = (sink: string) =>
      desiredBaseline('telemetry-link', {
        regions: ['us-east-1'],
        templateBody: template,
        parameters: { SinkArn: sink },
      });
    desired.accounts[0]!.baselines.push('telemetry-link');
    const impact = (sink: string) => {
      desired.baselines = [
        ...desired.baselines.filter((baseline) => baseline.name !== 'telemetry-link'),
        telemetry(sink),
      ];
      return changeNamed(computePlan(desired, observed), 'create-stackset:stackset:vend-telemetry-link').highImpact;
    };
    // No key name, nor the type, says where the value goes (an OAM link's SinkIdentifier would): the value does.
    expect(impact('arn:aws:oam:us-east-1:999999999999:sink/abc')).toBe(true);
    expect(impact('999999999999')).toBe(true);
    // A list parameter's members are read one by one.
    expect(impact('central-sink, 999999999999')).toBe(true);
    expect(impact('central-sink')).toBe(false);
    // An override naming an account, on an instance of a baseline that otherwise names none.
    desired.accounts[0]!.parameters = { 'telemetry-link': { SinkArn: 'arn:aws:oam:us-east-1:999999999999:sink/abc' } };
    const additions = computePlan(desired, observed).changes.filter(
      (change) => change.kind === 'add-stack-instances' && change.target === 'stackset:vend-telemetry-link',
    );
    expect(additions.map((change) => change.highImpact)).toEqual([true]);
  });

  it('marks high-impact a new baseline holding roles, and its new instances only where they override parameters', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    desired.baselines.push(
      desiredBaseline('human-roles', {
        regions: ['us-east-1'],
        templateBody: rolesTemplate(3600),
        parameters: { ExternalId: 'reviewed' },
      }),
    );
    const [dev, prod] = desired.accounts;
    dev!.baselines.push('human-roles');
    prod!.baselines.push('human-roles');
    // An override can hand one account's role to another principal than the StackSet parameters say.
    prod!.parameters = { 'human-roles': { ExternalId: 'overridden' } };
    const plan = computePlan(desired, observed);

    expect(changeNamed(plan, 'create-stackset:stackset:vend-human-roles').highImpact).toBe(true);
    const additions = plan.changes.filter(
      (change) => change.kind === 'add-stack-instances' && change.target === 'stackset:vend-human-roles',
    );
    expect(
      additions
        .map((change) => [change.scope.members, change.highImpact])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    ).toEqual([
      [['payments-dev/us-east-1'], false],
      [['payments-prod/us-east-1'], true],
    ]);
  });

  it.each([
    ['a function that runs with a role', 'AWS::Lambda::Function', '{ Role: "arn:aws:iam::111111111111:role/ops" }'],
    ['a schedule that runs with a role', 'AWS::Scheduler::Schedule', '{ Target: { RoleArn: x }, RoleArn: y }'],
    [
      'an endpoint service open to principals',
      'AWS::EC2::VPCEndpointServicePermissions',
      '{ AllowedPrincipals: ["*"] }',
    ],
    ['a peering connection to another account', 'AWS::EC2::VPCPeeringConnection', '{ PeerOwnerId: "999988887777" }'],
    [
      'an attachment to a transit gateway shared from another account',
      'AWS::EC2::TransitGatewayVpcAttachment',
      '{ TransitGatewayId: tgw-0123456789abcdef0, VpcId: vpc-1, SubnetIds: [subnet-1] }',
    ],
    [
      "an endpoint to another account's endpoint service",
      'AWS::EC2::VPCEndpoint',
      '{ ServiceName: com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0, VpcId: vpc-1 }',
    ],
    [
      'a maintenance window task that runs commands',
      'AWS::SSM::MaintenanceWindowTask',
      '{ WindowId: mw-1, TaskArn: AWS-RunShellScript, TaskType: RUN_COMMAND, Priority: 1 }',
    ],
    [
      'a network ACL entry open to everyone',
      'AWS::EC2::NetworkAclEntry',
      '{ NetworkAclId: acl-1, CidrBlock: 0.0.0.0/0 }',
    ],
    [
      'an identity pool for unauthenticated identities',
      'AWS::Cognito::IdentityPool',
      '{ AllowUnauthenticatedIdentities: true }',
    ],
    ['snapshots open to everyone', 'AWS::EC2::SnapshotBlockPublicAccess', '{ State: unblocked }'],
    // EC2 User Guide, "Amazon EC2 key pairs": the holder of the private key signs in to instances launched with it;
    // "Run commands when you launch an EC2 instance with user data": UserData runs as root at launch.
    ['an imported SSH key', 'AWS::EC2::KeyPair', '{ KeyName: ops, PublicKeyMaterial: "ssh-ed25519 AAAA x@y" }'],
    ['an instance that runs its user data', 'AWS::EC2::Instance', '{ ImageId: ami-12345678, UserData: eA== }'],
    [
      'a launch template with a key',
      'AWS::EC2::LaunchTemplate',
      '{ LaunchTemplateData: { ImageId: ami-12345678, KeyName: ops } }',
    ],
    // EC2 Image Builder API Reference, LaunchPermissionConfiguration: UserGroups `all` makes the AMI public.
    [
      'images built in every account made public',
      'AWS::ImageBuilder::DistributionConfiguration',
      '{ Name: d, Distributions: [{ Region: us-east-1, AmiDistributionConfiguration: { LaunchPermissionConfiguration: { UserGroups: [all] } } }] }',
    ],
    [
      'images shared with an account by id',
      'AWS::ImageBuilder::DistributionConfiguration',
      '{ Name: d, Distributions: [{ Region: us-east-1, AmiDistributionConfiguration: { LaunchPermissionConfiguration: { UserIds: ["999988887777"] } } }] }',
    ],
    [
      'a topic with an inline subscription',
      'AWS::SNS::Topic',
      '{ Subscription: [{ Protocol: https, Endpoint: "https://alerts.example.net/hook" }] }',
    ],
    [
      'an API method whose integration runs with a role',
      'AWS::ApiGateway::Method',
      '{ AuthorizationType: NONE, Integration: { Type: AWS, Credentials: x } }',
    ],
    [
      'a bucket that notifies a queue a parameter names',
      'AWS::S3::Bucket',
      '{ NotificationConfiguration: { QueueConfigurations: [{ Event: "s3:ObjectCreated:*", Queue: { Ref: Dest } }] } }',
    ],
    [
      'traffic mirrored to a target',
      'AWS::EC2::TrafficMirrorSession',
      '{ NetworkInterfaceId: eni-1, SessionNumber: 1 }',
    ],
    [
      'a domain whose access policies are a JSON string',
      'AWS::OpenSearchService::Domain',
      `{ AccessPolicies: '{"Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"es:*"}]}' }`,
    ],
    [
      'a rule that sends events to a bus whose account id is picked from a literal list',
      'AWS::Events::Rule',
      `{ Targets: [{ Id: t, Arn: { "Fn::Join": ["", ["arn:aws:events:us-east-1:", { "Fn::Select": [0, ["666666"]] }, "666666", ":event-bus/default"]] } }] }`,
    ],
    [
      'a rule that sends events to a bus whose account id is spelt by a Sub inside a Join',
      'AWS::Events::Rule',
      `{ Targets: [{ Id: t, Arn: { "Fn::Join": ["", ["arn:aws:events:us-east-1:", { "Fn::Sub": "666666" }, "666666", ":event-bus/default"]] } }] }`,
    ],
    [
      'a rule that forwards DNS queries elsewhere',
      'AWS::Route53Resolver::ResolverRule',
      '{ DomainName: corp.example, RuleType: FORWARD, TargetIps: [{ Ip: 10.0.0.2 }] }',
    ],
    [
      "a rule that sends events to another account's bus",
      'AWS::Events::Rule',
      '{ Targets: [{ Id: t, Arn: "arn:aws:events:us-east-1:666666666666:event-bus/default" }] }',
    ],
    [
      "a log subscription to another account's destination",
      'AWS::Logs::SubscriptionFilter',
      '{ DestinationArn: { "Fn::Join": [":", ["arn:aws:logs:us-east-1", "666666666666", "destination:c"]] } }',
    ],
    ['a rule whose target runs with a role', 'AWS::Events::Rule', '{ Targets: [{ Id: t, Arn: x, RoleArn: y }] }'],
    ['a bucket open to everyone by a canned ACL', 'AWS::S3::Bucket', '{ AccessControl: PublicRead }'],
    [
      'a VPN peer outside AWS',
      'AWS::EC2::CustomerGateway',
      '{ BgpAsn: 65000, IpAddress: 203.0.113.10, Type: ipsec.1 }',
    ],
    ['a VPN gateway', 'AWS::EC2::VPNGateway', '{ Type: ipsec.1 }'],
    [
      "a service joined to another account's service network",
      'AWS::VpcLattice::ServiceNetworkServiceAssociation',
      '{ ServiceIdentifier: svc-1, ServiceNetworkIdentifier: sn-0123456789abcdef0 }',
    ],
    [
      "a rule that matches another account's events",
      'AWS::Events::Rule',
      '{ EventPattern: { account: ["666666666666"] }, Targets: [{ Id: t, Arn: x }] }',
    ],
  ])('marks high-impact a new baseline with %s: it grants access without IAM resources', (_case, type, properties) => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    desired.baselines.push(
      desiredBaseline('ops', {
        regions: ['us-east-1'],
        templateBody: `Parameters:\n  Dest: { Type: String }\nResources:\n  Thing:\n    Type: ${type}\n    Properties: ${properties}\n`,
      }),
    );
    expect(changeNamed(computePlan(desired, observed), 'create-stackset:stackset:vend-ops').highImpact).toBe(true);
  });

  it.each([
    [
      'a log group with field index policies',
      'AWS::Logs::LogGroup',
      '{ RetentionInDays: 90, FieldIndexPolicies: [{}] }',
    ],
    [
      'a file system with lifecycle policies',
      'AWS::EFS::FileSystem',
      '{ LifecyclePolicies: [{ TransitionToIA: AFTER_30_DAYS }] }',
    ],
    ['a VPC with an internet gateway', 'AWS::EC2::InternetGateway', '{}'],
    [
      'an alarm whose threshold has twelve digits',
      'AWS::CloudWatch::Alarm',
      '{ MetricName: BucketSizeBytes, Namespace: AWS/S3, Threshold: 500000000000, ComparisonOperator: GreaterThanThreshold, EvaluationPeriods: 1, Period: 86400, Statistic: Maximum }',
    ],
    ['a parameter whose value has twelve digits', 'AWS::SSM::Parameter', '{ Type: String, Value: "100000000000" }'],
  ])(
    'leaves a new baseline with %s normal-impact: neither a key ending in Policies nor a bare twelve-digit number grants access',
    (_case, type, properties) => {
      const desired = referenceDesiredState();
      const observed = convergedObservation(desired);
      desired.baselines.push(
        desiredBaseline('ops', {
          regions: ['us-east-1'],
          templateBody: `Resources:\n  Thing:\n    Type: ${type}\n    Properties: ${properties}\n`,
        }),
      );
      expect(changeNamed(computePlan(desired, observed), 'create-stackset:stackset:vend-ops').highImpact).toBe(false);
    },
  );

  it("leaves a new baseline that names only the stack's own account and no access normal-impact", () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    desired.baselines.push(
      desiredBaseline('ops', {
        regions: ['us-east-1'],
        templateBody:
          'Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Sub "logs-${AWS::AccountId}"\n',
      }),
    );
    expect(changeNamed(computePlan(desired, observed), 'create-stackset:stackset:vend-ops').highImpact).toBe(false);
  });

  it('marks high-impact a template whose content an Fn::Transform includes from elsewhere: it was never reviewed', () => {
    const include = (location: string) =>
      `Resources:\n  Fn::Transform: { Name: AWS::Include, Parameters: { Location: '${location}' } }\n`;
    expect(withTemplates(include('s3://bucket/a.yaml'), include('s3://bucket/b.yaml')).highImpact).toBe(true);
  });

  it.each([
    ['AWS::CloudFormation::Stack', 'TemplateURL: https://bucket.s3.amazonaws.com/tools.yaml'],
    ['AWS::CloudFormation::StackSet', "TemplateBody: 'Resources: {}'"],
    ['AWS::ServiceCatalog::CloudFormationProvisionedProduct', 'ProductName: tools'],
  ])(
    'marks high-impact a new baseline with a %s: the template it deploys, never reviewed, may hold roles',
    (type, property) => {
      const desired = referenceDesiredState();
      const observed = convergedObservation(desired);
      desired.baselines.push(
        desiredBaseline('nested-tools', {
          regions: ['us-east-1'],
          templateBody: `Resources:\n  Tools:\n    Type: ${type}\n    Properties:\n      ${property}\n`,
        }),
      );
      expect(changeNamed(computePlan(desired, observed), 'create-stackset:stackset:vend-nested-tools').highImpact).toBe(
        true,
      );
    },
  );

  describe('an ARN or account the template does not fix to the stack’s own account', () => {
    const forwarding = (destination: string) =>
      [
        'Parameters:',
        '  DestinationAccount: { Type: String }',
        'Resources:',
        '  Logs: { Type: AWS::Logs::LogGroup }',
        '  Forward:',
        '    Type: AWS::Logs::SubscriptionFilter',
        '    Properties:',
        '      LogGroupName: !Ref Logs',
        "      FilterPattern: ''",
        `      DestinationArn: ${destination}`,
        '',
      ].join('\n');
    const impact = (deployed: string, next: string, parameters: [string, string] = ['1', '1']) => {
      const desired = referenceDesiredState();
      const baseline = desired.baselines.find((candidate) => candidate.name === 'regional-guardrails')!;
      baseline.templateBody = deployed;
      baseline.parameters = { DestinationAccount: parameters[0] };
      const observed = convergedObservation(desired);
      baseline.templateBody = next;
      baseline.parameters = { DestinationAccount: parameters[1] };
      return changeNamed(computePlan(desired, observed), 'update-stackset:stackset:vend-regional-guardrails')
        .highImpact;
    };

    it('marks high-impact a parameter that picks the account a log destination is in', () => {
      const bySub = forwarding(
        "!Sub 'arn:${AWS::Partition}:logs:${AWS::Region}:${DestinationAccount}:destination:audit'",
      );
      expect(impact(bySub, bySub, ['111111111111', '666666666666'])).toBe(true);
    });

    it('marks high-impact an account id spelt in pieces of an Fn::Join', () => {
      const own = forwarding("!Sub 'arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:destination:audit'");
      const split = forwarding("!Join ['', ['arn:aws:logs:us-east-1:', '666666', '666666', ':destination:audit']]");
      expect(impact(own, split)).toBe(true);
    });

    it('marks high-impact an account id spelt by the literal values of an Fn::Sub map', () => {
      const own = forwarding("!Sub 'arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:destination:audit'");
      const mapped = forwarding(
        "!Sub ['arn:aws:logs:${AWS::Region}:${A}${B}:destination:central', { A: '666666', B: '666666' }]",
      );
      expect(impact(own, mapped)).toBe(true);
    });

    it.each([
      [
        'picked from a literal list by Fn::Select and Fn::Split',
        "!Select [0, !Split [',', '666666666666,777777777777']]",
      ],
      ['imported from another stack’s export', '!ImportValue central-log-destination'],
      ['read at deploy time from Parameter Store', "'{{resolve:ssm:/org/log-destination}}'"],
      [
        'read at deploy time inside a Sub',
        "!Sub 'arn:aws:logs:${AWS::Region}:{{resolve:ssm:/org/log-account}}:destination:audit'",
      ],
    ])('marks high-impact a log destination %s: the account it names is not the stack’s own', (_case, destination) => {
      const own = forwarding("!Sub 'arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:destination:audit'");
      expect(impact(own, forwarding(destination))).toBe(true);
    });

    const distribution = (targets: string) =>
      [
        'Parameters:',
        '  DestinationAccount: { Type: String }',
        'Resources:',
        "  ShareList: { Type: AWS::SSM::Parameter, Properties: { Type: StringList, Value: '666666666666' } }",
        '  Distribution:',
        '    Type: AWS::ImageBuilder::DistributionConfiguration',
        '    Properties:',
        '      Name: golden',
        '      Distributions:',
        '        - Region: us-east-1',
        '          AmiDistributionConfiguration:',
        `            TargetAccountIds: ${targets}`,
        '',
      ].join('\n');

    // The value names no account yet (one is set per account later): the template reading it is the change.
    it.each([
      ['a parameter', '!Split [",", !Ref DestinationAccount]'],
      ['another resource’s value', "!Split [',', !GetAtt ShareList.Value]"],
      ['another resource’s value in a Sub', "!Split [',', !Sub '${ShareList.Value}']"],
    ])('marks high-impact an image distribution whose target accounts %s now decides', (_case, targets) => {
      expect(impact(distribution('[!Ref AWS::AccountId]'), distribution(targets))).toBe(true);
    });

    it.each([
      // A registered type runs its own handler in the account, as a custom resource does.
      ['a registered third-party type', '  Lookup: { Type: Acme::Share::Lookup, Properties: { Name: x } }'],
      [
        'a database open to the internet',
        '  Db: { Type: AWS::RDS::DBInstance, Properties: { PubliclyAccessible: true } }',
      ],
      [
        'an API method callers reach without credentials',
        '  Method: { Type: AWS::ApiGateway::Method, Properties: { AuthorizationType: NONE, HttpMethod: GET } }',
      ],
      [
        'a portfolio shared with every role by an IAM pattern',
        "  Share: { Type: AWS::ServiceCatalog::PortfolioPrincipalAssociation, Properties: { PrincipalARN: 'arn:aws:iam:::role/*', PrincipalType: IAM_PATTERN, PortfolioId: p } }",
      ],
      [
        'a GuardDuty member invited by its account id',
        "  Member: { Type: AWS::GuardDuty::Member, Properties: { MemberId: '666666666666', Email: a@example.com, DetectorId: d } }",
      ],
      [
        'a task that runs an image from another account’s registry',
        "  Task: { Type: AWS::ECS::TaskDefinition, Properties: { ContainerDefinitions: [{ Name: t, Image: '666666666666.dkr.ecr.us-east-1.amazonaws.com/tool:latest' }] } }",
      ],
      [
        'Lake Formation admins named by a parameter',
        '  Lake:\n    Type: AWS::LakeFormation::DataLakeSettings\n    Properties:\n      Admins: [{ DataLakePrincipalIdentifier: !Ref DestinationAccount }]',
      ],
    ])('marks high-impact a template that adds %s', (_case, resource) => {
      const own = forwarding("!Sub 'arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:destination:audit'");
      expect(impact(own, `${own}${resource}\n`)).toBe(true);
    });

    it('leaves an ARN of the stack’s own account, or of its own resource, normal-impact', () => {
      const own = forwarding("!Sub 'arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:destination:audit'");
      const resource = forwarding('!GetAtt Logs.Arn');
      expect(impact(own, resource)).toBe(false);
    });
  });

  it('marks high-impact a move that takes an account out from under an SCP, and a move that keeps them all not', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    desired.accounts.find((account) => account.name === 'payments-prod')!.ou = 'Workloads/NonProd';
    const plan = computePlan(desired, observed);
    expect(changeNamed(plan, 'move-account:account:payments-prod').highImpact).toBe(true); // loses deny-unapproved-regions

    const back = referenceDesiredState();
    const backObserved = convergedObservation(back);
    back.accounts.find((account) => account.name === 'payments-dev')!.ou = 'Workloads/Prod';
    expect(changeNamed(computePlan(back, backObserved), 'move-account:account:payments-dev').highImpact).toBe(false);

    // The same move beside an SCP swapped at the root: the swap's loss is the root change's, not the move's.
    const swapped = referenceDesiredState();
    const swappedObserved = convergedObservation(swapped);
    const old = swapped.scps.find((scp) => scp.name === 'deny-leave-organization')!;
    swapped.scps.push({ ...old, name: 'deny-leave-organization-v2', file: 'scps/deny-leave-organization-v2.json' });
    swapped.organization.root.scps = ['deny-leave-organization-v2'];
    swapped.accounts.find((account) => account.name === 'payments-dev')!.ou = 'Workloads/Prod';
    const move = changeNamed(computePlan(swapped, swappedObserved), 'move-account:account:payments-dev');
    expect(move.highImpact).toBe(false);
    expect(computePlan(swapped, swappedObserved).blastRadius.find((entry) => entry.changeId === move.id)).toMatchObject(
      { gains: { scps: ['deny-unapproved-regions'] }, loses: { scps: [] } },
    );
  });

  it('marks high-impact an SCP newly in force for the delegated administrator account vend runs from, attached or by a move', () => {
    const attach = referenceDesiredState();
    const observed = convergedObservation(attach);
    attach.organization.delegatedAdministratorAccountId = accountIdOf('security-audit');
    attach.organizationalUnits.find((unit) => unit.path === 'Security')!.scps.push('require-permissions-boundary');
    const attached = changeNamed(computePlan(attach, observed), 'attach-scp:require-permissions-boundary@ou:Security');
    expect(attached).toMatchObject({
      highImpact: true,
      highImpactReason: expect.stringContaining('security-audit, the account vend runs from'),
    });
    const move = referenceDesiredState();
    move.organization.delegatedAdministratorAccountId = accountIdOf('security-audit');
    move.accounts.find((account) => account.name === 'security-audit')!.ou = 'Workloads/Prod';
    expect(changeNamed(computePlan(move, observed), 'move-account:account:security-audit')).toMatchObject({
      highImpact: true,
      highImpactReason: expect.stringContaining('the account vend runs from'),
    });
    // Moved into an OU whose SCP it gains, out from under others: the lock-out is the reason given, not the loss.
    const quarantined = referenceDesiredState();
    quarantined.organization.delegatedAdministratorAccountId = accountIdOf('payments-dev');
    quarantined.accounts.find((account) => account.name === 'payments-dev')!.ou = 'Security';
    quarantined.organizationalUnits.find((unit) => unit.path === 'Security')!.scps.push('deny-unapproved-regions');
    expect(changeNamed(computePlan(quarantined, observed), 'move-account:account:payments-dev')).toMatchObject({
      highImpact: true,
      highImpactReason: expect.stringMatching(/^it puts an SCP in force for payments-dev, the account vend runs from/),
    });
    // At the root, flagged already for reaching every account: the lock-out comes first all the same.
    const root = referenceDesiredState();
    root.organization.delegatedAdministratorAccountId = accountIdOf('security-audit');
    root.organization.root.scps.push('require-permissions-boundary');
    expect(changeNamed(computePlan(root, observed), 'attach-scp:require-permissions-boundary@root')).toMatchObject({
      highImpact: true,
      highImpactReason: expect.stringMatching(
        /^it puts an SCP in force for security-audit, the account vend runs from.*; and /,
      ),
    });
    // An account no manifest declares is vend's just the same when vend runs from it.
    const undeclared = referenceDesiredState();
    undeclared.accounts = undeclared.accounts.filter((account) => account.name !== 'security-audit');
    undeclared.organization.delegatedAdministratorAccountId = accountIdOf('security-audit');
    undeclared.organizationalUnits.find((unit) => unit.path === 'Security')!.scps.push('require-permissions-boundary');
    expect(
      changeNamed(computePlan(undeclared, observed), 'attach-scp:require-permissions-boundary@ou:Security')
        .highImpactReason,
    ).toMatch(/^it puts an SCP in force for security-audit \(\d{12}\), the account vend runs from/);
    // Run from the management account, to which no SCP applies, the same attachment reaches no one vend needs.
    const plain = referenceDesiredState();
    plain.organizationalUnits.find((unit) => unit.path === 'Security')!.scps.push('require-permissions-boundary');
    expect(
      changeNamed(computePlan(plain, observed), 'attach-scp:require-permissions-boundary@ou:Security').highImpact,
    ).toBe(false);
  });

  it('states every scope in repository terms: no id of anything the same apply creates', () => {
    const plan = computePlan(referenceDesiredState(), emptyOrganization());
    const scopes = JSON.stringify(plan.changes.map((change) => change.scope));
    expect(scopes).not.toMatch(/ou-[a-z0-9]+-|r-[a-z0-9]{4}|p-[a-z0-9]{8}|\d{12}/);
    expect(changeNamed(plan, 'create-account:account:payments-prod').scope).toEqual({
      account: 'payments-prod',
      accountName: 'payments-prod',
      email: 'aws+payments-prod@example.com',
      ou: 'Workloads/Prod',
      tags: expect.stringContaining('"ManagedBy":"vend"'),
    });
  });
});

describe('plan finds declared OUs by id, so a name with a slash cannot pose as a path', () => {
  /** Another team's top-level OU named literally "CI/CD", holding their account and their SCP. */
  function withForeignSlashOrganizationalUnit() {
    const desired = referenceDesiredState();
    desired.organizationalUnits.push(
      desiredOrganizationalUnit('CI'),
      desiredOrganizationalUnit('CI/CD', { scps: ['deny-unapproved-regions'] }),
    );
    desired.accounts.push(desiredAccount('build-runner', { ou: 'CI/CD' }));
    const observed = convergedObservation(referenceDesiredState());
    observed.organizationalUnits.push({ id: 'ou-a1b2-f0f0f0f0', name: 'CI/CD', path: '"CI/CD"', parentId: ROOT_ID });
    observed.accounts.push({
      id: '299999999999',
      name: 'their-builds',
      email: 'builds@other-team.example.com',
      status: 'ACTIVE',
      parentId: 'ou-a1b2-f0f0f0f0',
      parentPath: '"CI/CD"',
    });
    return { desired, observed };
  }

  it('creates CI and CD inside it, and puts the new account and the SCP there, never in the foreign CI/CD', () => {
    const { desired, observed } = withForeignSlashOrganizationalUnit();
    const plan = computePlan(desired, observed);
    expect(changeNamed(plan, 'create-ou:ou:CI').after).toEqual({ name: 'CI', parent: 'root' });
    expect(changeNamed(plan, 'create-ou:ou:CI/CD').after).toEqual({ name: 'CD', parent: 'ou:CI' });
    // The headline a reviewer reads tells the two apart.
    expect(changeNamed(plan, 'create-ou:ou:CI/CD').description).toBe(
      'Create OU CI/CD (CD under CI; not the existing OU named "CI/CD", which is not vend\'s)',
    );
    expect(changeNamed(plan, 'create-account:account:build-runner').dependsOn).toContain('create-ou:ou:CI/CD');
    expect(changeNamed(plan, 'attach-scp:deny-unapproved-regions@ou:CI/CD').dependsOn).toContain('create-ou:ou:CI/CD');
    expect(plan.organizationalUnits).toContainEqual({ path: 'CI/CD', isNew: true });
    expect(JSON.stringify(plan.changes)).not.toContain('ou-a1b2-f0f0f0f0');
    expect(plan.unmanagedAccounts).toContainEqual(
      expect.objectContaining({ name: 'their-builds', parentPath: '"CI/CD"' }),
    );
  });

  it('moves a declared account out of the foreign OU into the declared one', () => {
    const { desired, observed } = withForeignSlashOrganizationalUnit();
    const account = observedAccount(observed, 'payments-prod');
    Object.assign(account, { parentId: 'ou-a1b2-f0f0f0f0', parentPath: '"CI/CD"' });
    const plan = computePlan(desired, observed);
    expect(changeNamed(plan, 'move-account:account:payments-prod').description).toBe(
      'Move account payments-prod from "CI/CD" to Workloads/Prod',
    );
  });

  it('reports two OUs of the same name under one parent as a problem and creates no third', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    const security = observed.organizationalUnits.find((unit) => unit.path === 'Security')!;
    observed.organizationalUnits.push({ ...security, id: 'ou-a1b2-dddddddd' });
    const plan = computePlan(desired, observed);
    expect(plan.problems).toEqual([
      {
        target: 'ou:Security',
        rule: 'ou-ambiguous',
        file: 'baselines/organization.yaml',
        message: expect.stringMatching(/^2 OUs \(ou-a1b2-\w+, ou-a1b2-\w+\) could be the declared OU Security/),
      },
    ]);
    expect(changeIds(plan).filter((id) => id.startsWith('create-ou'))).toEqual([]);
    // The account in one of the two is not moved "from Security to Security": the problem says which OU to keep.
    expect(changesOfKind(plan, 'move-account')).toEqual([]);
  });
});

describe('plan refuses to create an account with the placeholder owner', () => {
  it('reports owner-unassigned at the manifest and creates nothing, while an existing account with it plans on', () => {
    // The placeholder is for accounts vend import wrote: it lets them validate, never a new account go out unowned.
    const desired = referenceDesiredState();
    desiredAccountNamed(desired, 'security-audit').owner = 'vend:unassigned';
    desiredAccountNamed(desired, 'payments-dev').owner = 'vend:unassigned';
    const observed = convergedObservation(referenceDesiredState());
    observed.accounts = observed.accounts.filter((account) => account.name !== 'security-audit');
    const plan = computePlan(desired, observed);
    expect(plan.problems).toEqual([
      expect.objectContaining({
        target: 'account:security-audit',
        rule: 'owner-unassigned',
        file: 'accounts/security-audit.yaml',
        message: expect.stringContaining('Name the owning team in owner, then plan again.'),
      }),
    ]);
    expect(changeIds(plan).filter((id) => id.includes('security-audit'))).toEqual([]);
  });
});

describe('plan recognises an account whose name or email changed in git', () => {
  it('renames an account whose AWS name differs from the manifest, through the Account Management API', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    observedAccount(observed, 'payments-prod').name = 'payments-production';
    const plan = computePlan(desired, observed);
    expect(plan.changes).toEqual([
      expect.objectContaining({
        id: 'rename-account:account:payments-prod',
        action: 'change',
        destructive: false,
        before: { id: accountIdOf('payments-prod'), name: 'payments-production' },
        after: { id: accountIdOf('payments-prod'), name: 'payments-prod' },
        description: `Rename account ${accountIdOf('payments-prod')} from 'payments-production' to 'payments-prod'`,
      }),
    ]);
    expect(plannedAccount(plan, 'payments-prod').status).toBe('updated');
  });

  it('reports a changed email as a problem that says how a root email is changed, and never creates a duplicate', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    desiredAccountNamed(desired, 'payments-prod').email = 'aws+payments-new@example.com';
    const plan = computePlan(desired, observed);
    expect(changesOfKind(plan, 'create-account')).toEqual([]);
    // Nor any change for an account the plan cannot create: no SCP attachment, stack instance or record.
    expect(plan.changes).toEqual([]);
    expect(plan.problems).toEqual([
      {
        target: 'account:payments-prod',
        rule: 'account-email-changed',
        file: 'accounts/payments-prod.yaml',
        message: expect.stringContaining(
          `No account has the email aws+payments-new@example.com, but account ${accountIdOf('payments-prod')} ('payments-prod', aws+payments-prod@example.com) carries ManagedBy=vend and this account's name: the email in accounts/payments-prod.yaml was changed. Vend does not create a second account. Change the root email in AWS first: the Account Management API's StartPrimaryEmailUpdate`,
        ),
      },
    ]);
  });

  it('names every account of the name when vend owns several: it cannot tell which one the changed email was', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    // An older account of the same name whose manifest was deleted: it kept its tag.
    observed.accounts.push({
      ...structuredClone(observedAccount(observed, 'payments-prod')),
      id: '494740960311',
      email: 'old-payments-prod@example.com',
    });
    desiredAccountNamed(desired, 'payments-prod').email = 'aws+payments-new@example.com';
    const plan = computePlan(desired, observed);
    expect(plan.changes).toEqual([]);
    expect(plan.problems).toEqual([
      {
        target: 'account:payments-prod',
        rule: 'account-email-changed',
        file: 'accounts/payments-prod.yaml',
        message: expect.stringContaining(
          `and 2 accounts carry this account's name and ManagedBy=vend, none declared by a manifest: ${accountIdOf('payments-prod')} ('payments-prod', aws+payments-prod@example.com) and 494740960311 ('payments-prod', old-payments-prod@example.com). `,
        ),
      },
    ]);
  });

  it('recognises the account when an accountName came with the new email: its AWS name is still the manifest name', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    Object.assign(desiredAccountNamed(desired, 'payments-prod'), {
      email: 'aws+payments-new@example.com',
      accountName: 'Payments Production',
    });
    const plan = computePlan(desired, observed);
    expect(changesOfKind(plan, 'create-account')).toEqual([]);
    expect(plan.problems).toEqual([
      {
        target: 'account:payments-prod',
        rule: 'account-email-changed',
        file: 'accounts/payments-prod.yaml',
        message: expect.stringContaining(
          `No account has the email aws+payments-new@example.com, but account ${accountIdOf('payments-prod')} ('payments-prod', aws+payments-prod@example.com) carries ManagedBy=vend`,
        ),
      },
    ]);
  });

  it('the way out it offers a new account that reuses the name works: another name and accountName create it', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    const account = desiredAccountNamed(desired, 'payments-prod');
    account.email = 'aws+payments-two@example.com';
    expect(computePlan(desired, observed).problems[0]!.message).toContain(
      "give the new manifest a name and accountName other than 'payments-prod'",
    );
    Object.assign(account, { name: 'payments-two', accountName: 'payments-two', file: 'accounts/payments-two.yaml' });
    const plan = computePlan(desired, observed);
    expect(plan.problems).toEqual([]);
    expect(changesOfKind(plan, 'create-account').map((change) => change.target)).toEqual(['account:payments-two']);
  });

  it("names a new account's AWS name on its creation, and says when an account already has that name", () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    desired.accounts.push({
      ...desiredAccountNamed(desired, 'payments-dev'),
      name: 'payments-shadow',
      accountName: 'payments-prod',
      email: 'aws+payments-shadow@example.com',
      file: 'accounts/payments-shadow.yaml',
    });
    const plan = computePlan(desired, observed);
    expect(changeNamed(plan, 'create-account:account:payments-shadow').description).toBe(
      `Create account payments-shadow (AWS name 'payments-prod', which account ${accountIdOf('payments-prod')} already has) <aws+payments-shadow@example.com> in Workloads/NonProd`,
    );
    expect(plannedAccount(plan, 'payments-shadow').notes).toEqual([
      `Account ${accountIdOf('payments-prod')} (aws+payments-prod@example.com) already has the AWS name 'payments-prod'. AWS allows the same name twice; vend tells the two apart by email only, so make sure the pull request did not mean that account.`,
    ]);
  });

  it('refuses to close the delegated administrator vend runs from', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    desired.organization.delegatedAdministratorAccountId = accountIdOf('security-audit');
    desiredAccountNamed(desired, 'security-audit').closed = true;
    const plan = computePlan(desired, observed);
    expect(changesOfKind(plan, 'close-account')).toEqual([]);
    expect(plan.problems).toEqual([
      {
        target: 'account:security-audit',
        rule: 'account-close-refused',
        file: 'accounts/security-audit.yaml',
        message: expect.stringContaining('is the delegated administrator vend runs from'),
      },
    ]);
  });

  it('creates the account anew when the same-named one was closed: a closed account keeps its email for good', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    desiredAccountNamed(desired, 'payments-prod').email = 'aws+payments-new@example.com';
    observedAccount(observed, 'payments-prod').status = 'SUSPENDED';
    const plan = computePlan(desired, observed);
    expect(plan.problems).toEqual([]);
    expect(changeNamed(plan, 'create-account:account:payments-prod').after).toMatchObject({
      email: 'aws+payments-new@example.com',
    });
  });

  it("lists vend's account apart when its email and name both changed: nothing ties it to the new manifest", () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    const manifest = desiredAccountNamed(desired, 'payments-prod');
    Object.assign(manifest, { name: 'payments-main', accountName: 'payments-main', email: 'aws+main@example.com' });
    const plan = computePlan(desired, observed);
    expect(changesOfKind(plan, 'create-account').map((change) => change.target)).toEqual(['account:payments-main']);
    expect(plan.unmanagedAccounts).toContainEqual(
      expect.objectContaining({ id: accountIdOf('payments-prod'), ownedByVend: true }),
    );
  });

  it("marks an unmanaged account vend's only while it is active and tagged, and says nothing where tags were not read", () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    const dropped = (name: string) =>
      desired.accounts.splice(desired.accounts.indexOf(desiredAccountNamed(desired, name)), 1);
    dropped('payments-prod');
    dropped('security-audit');
    dropped('payments-dev');
    observedAccount(observed, 'security-audit').status = 'SUSPENDED';
    delete observedAccount(observed, 'payments-dev').tags;
    const owned = Object.fromEntries(
      computePlan(desired, observed).unmanagedAccounts.map((account) => [account.name, account.ownedByVend]),
    );
    expect(owned).toEqual({ 'payments-prod': true, 'security-audit': false, 'payments-dev': undefined });
    // A closed account is shown as such, and needs no tag read to be told apart from vend's.
    delete observedAccount(observed, 'security-audit').tags;
    expect(
      computePlan(desired, observed).unmanagedAccounts.find((account) => account.name === 'security-audit'),
    ).toMatchObject({ status: 'SUSPENDED', ownedByVend: false });
  });

  it("creates the account when the same-named account is not vend's: AWS allows duplicate names", () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    desiredAccountNamed(desired, 'payments-prod').email = 'aws+payments-new@example.com';
    observedAccount(observed, 'payments-prod').tags = { Owner: 'someone-else' };
    const plan = computePlan(desired, observed);
    expect(plan.problems).toEqual([]);
    expect(changeNamed(plan, 'create-account:account:payments-prod').after).toMatchObject({
      email: 'aws+payments-new@example.com',
    });
  });
});

test('a new account whose manifest waives rules or leaves out baselines is high impact, saying what and who it names', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const account = desiredAccount('vendor-box', { ou: 'Workloads/Prod' });
  account.waivers = {
    exceptions: [{ rule: 'email-domain', approvedBy: 'security-team' }],
    excludedBaselines: ['human-roles'],
  };
  desired.accounts.push(account);
  expect(changeNamed(computePlan(desired, observed), 'create-account:account:vendor-box')).toMatchObject({
    highImpact: true,
    highImpactReason:
      'only its manifest\'s own text approves what it waives (approvedBy "security-team" for email-domain)',
    description: expect.stringMatching(/; its manifest waives email-domain and leaves out baseline human-roles$/),
  });
  // Without waivers the same creation is routine.
  delete account.waivers;
  expect(changeNamed(computePlan(desired, observed), 'create-account:account:vendor-box').highImpact).toBe(false);
});

test('a new account beside a vend-tagged account that no manifest declares is high impact, naming that account', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  // payments-dev's manifest, with both its email and its name changed: nothing joins it to the account any more.
  const dev = desiredAccountNamed(desired, 'payments-dev');
  dev.name = 'payments-development';
  dev.accountName = 'Payments Development';
  dev.email = 'aws+payments-development@example.com';
  const plan = computePlan(desired, observed);
  expect(changeNamed(plan, 'create-account:account:payments-development')).toMatchObject({
    highImpact: true,
    description: expect.stringContaining(
      `an account tagged ManagedBy=vend has no manifest (payments-dev (${accountIdOf('payments-dev')}, aws+payments-dev@example.com)): if this is it with its email and name changed, this creates a second account. An account whose manifest was deleted on purpose keeps this on every new account until it is given up: remove its ManagedBy tag (aws organizations untag-resource --resource-id ${accountIdOf('payments-dev')} --tag-keys ManagedBy)`,
    ),
  });
  // Without such an account, a new account is no more than that.
  const plain = referenceDesiredState();
  plain.accounts.push(desiredAccount('payments-staging', { ou: 'Workloads/NonProd' }));
  expect(
    changeNamed(
      computePlan(plain, convergedObservation(referenceDesiredState())),
      'create-account:account:payments-staging',
    ).highImpact,
  ).toBe(false);
});

describe('plan treats the management account apart', () => {
  /** A manifest that declares the management account, in an OU, with an SCP and baselines. */
  function declaringManagement(fields: Partial<DesiredState['accounts'][number]> = {}) {
    const desired = referenceDesiredState();
    desired.accounts.push(
      desiredAccount('management', {
        ou: 'Workloads/Prod',
        email: 'aws+management@example.com',
        scps: ['deny-unapproved-regions'],
        baselines: ['permissions-boundary'],
        ...fields,
      }),
    );
    const observed = convergedObservation(referenceDesiredState());
    const management = observedAccount(observed, 'management');
    management.tags = { ...desired.accounts.at(-1)!.tags };
    return { desired, observed };
  }

  it('never moves it, attaches no SCP to it, and shows it apart, where it stays, with why', () => {
    const { desired, observed } = declaringManagement();
    const plan = computePlan(desired, observed);
    expect(
      plan.changes.filter((change) => change.target === 'account:management').map((change) => change.kind),
    ).toEqual([]);
    expect(plannedAccount(plan, 'management')).toMatchObject({
      status: 'management',
      ou: '',
      management: true,
      scpsInForce: [],
      notes: [
        "It stays in the root: vend never moves the management account, so its 'ou' (Workloads/Prod) only decides which baselines it inherits.",
        'SCPs do not apply to the management account: none is in force there, and vend attaches none to it, so accounts/management.yaml declares in vain scps: deny-unapproved-regions.',
        expect.stringContaining('Its baselines deploy only if it has the execution role'),
      ],
    });
  });

  it('names it as the management account on the change line that adopts it, not only in the notes', () => {
    const { desired, observed } = declaringManagement();
    delete observedAccount(observed, 'management').tags!['ManagedBy'];
    const adopt = computePlan(desired, observed).changes.find((change) => change.kind === 'adopt-account');
    expect(adopt?.description).toMatch(
      `Adopt existing account management (${MANAGEMENT_ACCOUNT_ID}), the management account, with email aws+management@example.com`,
    );
  });

  it('is never among the accounts an SCP reaches, though it sits beneath the root', () => {
    const { desired, observed } = declaringManagement();
    desired.organization.root.scps.push('deny-unapproved-regions');
    const plan = computePlan(desired, observed);
    const radius = plan.blastRadius.find(
      (entry) => entry.changeId === 'attach-scp:deny-unapproved-regions@root',
    ) as ScpBlastRadius;
    expect(radius.accounts).toEqual(['payments-dev', 'payments-prod', 'security-audit']);
  });

  it('lists a vend instance in it, undeclared, and never says the organization simply matches', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    const matching = computePlan(desired, observed);
    expect(matching.undeclaredInstances).toBeUndefined();
    expect(renderPlanText(matching)).toMatch(
      /^No changes\. The organization matches the repository, in everything plan reads\. /,
    );
    observedStackSet(observed, 'automation-roles').instances.push({
      accountId: MANAGEMENT_ACCOUNT_ID,
      region: 'us-east-1',
      status: 'CURRENT',
      parameterOverrides: {},
    });
    const plan = computePlan(desired, observed);
    expect(plan.changes).toEqual([]);
    expect(plan.undeclaredInstances).toEqual([
      {
        stackSet: 'vend-automation-roles',
        accountId: MANAGEMENT_ACCOUNT_ID,
        account: observedAccount(observed, 'management').name,
        region: 'us-east-1',
        management: true,
      },
    ]);
    const text = renderPlanText(plan);
    expect(text).toMatch(
      /^No changes\. The organization matches the repository, in everything plan reads, but for 1 stack instance of vend's StackSets in accounts no manifest declares, which apply does not remove \(listed below\)\./,
    );
    expect(text).toContain(
      "1 stack instance of vend's StackSets stands in the management account, which no manifest declares. Apply removes none of them",
    );
    expect(text).toContain('or declare the management account.');
    expect(text).toContain(
      `  vend-automation-roles in the management account ${MANAGEMENT_ACCOUNT_ID} (${observedAccount(observed, 'management').name}), where no SCP limits its roles, us-east-1`,
    );
    const comment = renderPlanComment(plan);
    expect(comment).toContain('but for 1 stack instance of vend');
    expect(comment).toContain('> [!WARNING]\n> **1 stack instance of vend');

    // A declared account whose manifest changed its email is still that manifest's: its instances are not listed.
    observedStackSet(observed, 'automation-roles').instances.push({
      accountId: accountIdOf('payments-dev'),
      region: 'eu-west-1',
      status: 'CURRENT',
      parameterOverrides: {},
    });
    desiredAccountNamed(desired, 'payments-dev').email = 'aws+payments-dev-new@example.com';
    expect(computePlan(desired, observed).undeclaredInstances?.map((instance) => instance.account)).toEqual([
      observedAccount(observed, 'management').name,
    ]);
  });

  it('lists, after it, a vend instance in an account that is not in the organization, by its id', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    for (const accountId of ['444455556666', MANAGEMENT_ACCOUNT_ID])
      observedStackSet(observed, 'automation-roles').instances.push({
        accountId,
        region: 'us-east-1',
        status: 'CURRENT',
        parameterOverrides: {},
      });
    const plan = computePlan(desired, observed);
    expect(plan.changes).toEqual([]);
    expect(
      plan.undeclaredInstances?.map(({ accountId, management, outsideOrganization }) => ({
        accountId,
        management,
        outsideOrganization,
      })),
    ).toEqual([
      { accountId: MANAGEMENT_ACCOUNT_ID, management: true, outsideOrganization: undefined },
      { accountId: '444455556666', management: undefined, outsideOrganization: true },
    ]);
    const text = renderPlanText(plan);
    expect(text).toContain(
      "2 stack instances of vend's StackSets stand in accounts no manifest declares, the management account among them, one outside the organization.",
    );
    expect(text).toContain(
      '  vend-automation-roles in 444455556666, which is not in the organization (it left, or was removed), us-east-1',
    );
    // A failed update there is never retried by apply: the list says so rather than let it pass unseen.
    observedStackSet(observed, 'automation-roles').instances.find(
      (instance) => instance.accountId === MANAGEMENT_ACCOUNT_ID,
    )!.status = 'OUTDATED';
    expect(renderPlanText(computePlan(desired, observed))).toContain(
      `where no SCP limits its roles, us-east-1 (OUTDATED: an operation did not finish there, a failed update say, and apply does not retry it)`,
    );
  });

  it('deploys baselines to it only where the StackSet model reaches it: never with SERVICE_MANAGED', () => {
    const { desired, observed } = declaringManagement();
    const selfManaged = computePlan(desired, observed);
    expect(JSON.stringify(selfManaged.changes.filter((change) => change.kind === 'add-stack-instances'))).toContain(
      'management/us-east-1',
    );
    desired.organization.stackSets = { ...desired.organization.stackSets, permissionModel: 'SERVICE_MANAGED' };
    const serviceManaged = computePlan(desired, observed);
    expect(JSON.stringify(serviceManaged.changes)).not.toContain('management/');
    expect(plannedAccount(serviceManaged, 'management')).toMatchObject({ status: 'management', baselines: [] });
    expect(plannedAccount(serviceManaged, 'management').notes).toContain(
      'Its baselines are not deployed: SERVICE_MANAGED StackSets never deploy to the management account.',
    );
  });

  it('sets apart as high impact deploying roles or policies to it: they act over the whole organization', () => {
    const { desired, observed } = declaringManagement();
    const deploy = computePlan(desired, observed).changes.find(
      (change) => change.kind === 'add-stack-instances' && JSON.stringify(change.scope).includes('management/'),
    );
    expect(deploy).toMatchObject({ target: 'stackset:vend-permissions-boundary', highImpact: true });
  });

  it('refuses closed: true on it as a problem, and plans no closure', () => {
    const { desired, observed } = declaringManagement({ closed: true });
    const plan = computePlan(desired, observed);
    expect(changesOfKind(plan, 'close-account')).toEqual([]);
    expect(plan.problems).toEqual([
      {
        target: 'account:management',
        rule: 'account-close-refused',
        file: 'accounts/management.yaml',
        message: `Account management (${MANAGEMENT_ACCOUNT_ID}) is the organization's management account, which vend never closes (AWS refuses to close it from the organization). Remove closed: true from accounts/management.yaml.`,
      },
    ]);
  });

  it('with a changed email, advises the root sign-in: the Account Management API cannot change its own email', () => {
    for (const tagged of [true, false]) {
      const { desired, observed } = declaringManagement({ email: 'aws+root-new@example.com' });
      if (!tagged) observedAccount(observed, 'management').tags = {};
      const plan = computePlan(desired, observed);
      expect(changesOfKind(plan, 'create-account')).toEqual([]);
      expect(plan.problems).toEqual([
        {
          target: 'account:management',
          rule: 'account-email-changed',
          file: 'accounts/management.yaml',
          message: expect.stringContaining(
            `but the management account ${MANAGEMENT_ACCOUNT_ID} ('management', aws+management@example.com) has this account's name: the email in accounts/management.yaml was changed. Vend does not create a second account. The management account's root email is changed by signing in to it as the root user`,
          ),
        },
      ]);
    }
  });
});

describe('plan compares a StackSet’s permission model and roles with organization.yaml', () => {
  it('updates a role that differs, high impact, and shows it old → new', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    observedStackSet(observed, 'automation-roles').executionRoleName = 'RestrictedExecutionRole';
    const plan = computePlan(desired, observed);
    const update = changeNamed(plan, 'update-stackset:stackset:vend-automation-roles');
    expect(update).toMatchObject({
      highImpact: true,
      before: expect.objectContaining({ ExecutionRoleName: 'RestrictedExecutionRole' }),
      after: expect.objectContaining({ ExecutionRoleName: 'OrganizationAccountAccessRole' }),
    });
    expect(update.description).toContain('roles changed');
  });

  // CreateStackSet, ExecutionRoleName: unset means AWSCloudFormationStackSetExecutionRole, the role vend then has
  // Organizations create in new accounts; a StackSet left on another role would fail in them.
  it('compares the execution role with CloudFormation’s default when organization.yaml names none', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    observedStackSet(observed, 'automation-roles').executionRoleName = 'OrganizationAccountAccessRole';
    delete desired.organization.stackSets.executionRoleName;
    const update = changeNamed(computePlan(desired, observed), 'update-stackset:stackset:vend-automation-roles');
    expect(update).toMatchObject({
      before: expect.objectContaining({ ExecutionRoleName: 'OrganizationAccountAccessRole' }),
      after: expect.objectContaining({ ExecutionRoleName: 'AWSCloudFormationStackSetExecutionRole' }),
    });
  });

  it('turns off automatic deployment someone turned on, high impact; adopts no StackSet that has it on', () => {
    const desired = serviceManagedDesiredState();
    const observed = convergedObservation(desired);
    observedStackSet(observed, 'automation-roles').autoDeployment = true;
    Object.assign(observedStackSet(observed, 'regional-guardrails'), { managedByVend: false, autoDeployment: true });
    const plan = computePlan(desired, observed);
    expect(changeNamed(plan, 'update-stackset:stackset:vend-automation-roles')).toMatchObject({
      highImpact: true,
      before: expect.objectContaining({ AutoDeployment: 'Enabled' }),
      after: expect.objectContaining({ AutoDeployment: 'Disabled' }),
      description: expect.stringContaining('automatic deployment changed'),
      // Said as what it is: turned off, not a new deployment of access, nor another role.
      highImpactReason:
        'its automatic deployment is turned off: an account that joins a target OU no longer gets it on its own, only where a manifest declares it',
    });
    expect(renderPlanText(plan)).toMatch(/ {6}settings:\n {8}AutoDeployment: "Enabled" → "Disabled"\n/);
    expect(plan.problems).toEqual([
      {
        target: 'stackset:vend-regional-guardrails',
        rule: 'stack-set-not-owned',
        file: 'baselines/organization.yaml',
        message: expect.stringContaining('AutoDeployment (Enabled, not Disabled) differs'),
      },
    ]);
  });

  it("refuses another team's StackSet of the other permission model as not vend's, and only vend's for the model", () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    Object.assign(observedStackSet(observed, 'regional-guardrails'), {
      managedByVend: false,
      permissionModel: 'SERVICE_MANAGED',
    });
    observedStackSet(observed, 'automation-roles').permissionModel = 'SERVICE_MANAGED';
    expect(computePlan(desired, observed).problems).toEqual([
      expect.objectContaining({
        target: 'stackset:vend-automation-roles',
        rule: 'stack-set-permission-model',
        message: expect.stringContaining('Set stackSets.permissionModel to SERVICE_MANAGED'),
      }),
      expect.objectContaining({
        target: 'stackset:vend-regional-guardrails',
        rule: 'stack-set-not-owned',
        message: expect.stringContaining('PermissionModel (SERVICE_MANAGED, not SELF_MANAGED)'),
      }),
    ]);
  });

  // CloudFormation API Reference, DeactivateOrganizationsAccess: without trusted access the management account cannot
  // create or manage service-managed StackSets.
  it('blocks SERVICE_MANAGED StackSets where trusted access for StackSets is off, and only where it was read', () => {
    const desired = serviceManagedDesiredState();
    const observed = convergedObservation(desired);
    observed.trustedServicePrincipals = ['account.amazonaws.com'];
    expect(computePlan(desired, observed).problems).toEqual([
      {
        target: 'organization',
        rule: 'stack-sets-trusted-access',
        file: 'baselines/organization.yaml',
        message: expect.stringContaining('has not enabled trusted access for CloudFormation StackSets'),
      },
    ]);
    observed.trustedServicePrincipals.push('member.org.stacksets.cloudformation.amazonaws.com');
    expect(computePlan(desired, observed).problems).toEqual([]);
    delete observed.trustedServicePrincipals;
    expect(computePlan(desired, observed).problems).toEqual([]);
  });

  it('adopts no StackSet whose roles differ, and changes no permission model', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    Object.assign(observedStackSet(observed, 'automation-roles'), {
      managedByVend: false,
      executionRoleName: 'RestrictedExecutionRole',
    });
    observedStackSet(observed, 'permissions-boundary').permissionModel = 'SERVICE_MANAGED';
    const plan = computePlan(desired, observed);
    expect(plan.changes.filter((change) => change.target.startsWith('stackset:vend-automation-roles'))).toEqual([]);
    expect(plan.problems.map((problem) => [problem.target, problem.message])).toEqual([
      [
        'stackset:vend-automation-roles',
        expect.stringContaining(
          'ExecutionRoleName (RestrictedExecutionRole, not OrganizationAccountAccessRole) differ',
        ),
      ],
      [
        'stackset:vend-permissions-boundary',
        expect.stringContaining('is SERVICE_MANAGED, but organization.yaml says SELF_MANAGED'),
      ],
    ]);
  });
});

describe('a StackSet parameter change says which accounts keep their own value', () => {
  // CloudFormation User Guide, "Override parameters on stack instances": an overridden parameter keeps the
  // instance's value when the StackSet's changes.
  it('names the accounts whose overrides keep them off the new value', () => {
    const desired = referenceDesiredState();
    desiredAccountNamed(desired, 'payments-dev').parameters = {
      'permissions-boundary': { BoundaryPolicyName: 'dev-boundary' },
    };
    const observed = convergedObservation(desired);
    desired.baselines.find((baseline) => baseline.name === 'permissions-boundary')!.parameters = {
      BoundaryPolicyName: 'new-boundary',
    };
    const plan = computePlan(desired, observed);
    const radius = plan.blastRadius.find(
      (entry) => entry.changeId === 'update-stackset:stackset:vend-permissions-boundary',
    );
    expect(radius).toMatchObject({ overriddenBy: { BoundaryPolicyName: ['payments-dev'] } });
    expect(renderPlanComment(plan)).toContain(
      '1 account overrides BoundaryPolicyName and keeps its own value: payments-dev',
    );
  });

  it('says that an account whose override this plan removes takes the StackSet’s new value', () => {
    const desired = referenceDesiredState();
    desiredAccountNamed(desired, 'payments-dev').parameters = {
      'permissions-boundary': { BoundaryPolicyName: 'dev-boundary' },
    };
    const observed = convergedObservation(desired);
    desiredAccountNamed(desired, 'payments-dev').parameters = {};
    desired.baselines.find((baseline) => baseline.name === 'permissions-boundary')!.parameters = {
      BoundaryPolicyName: 'new-boundary',
    };
    const plan = computePlan(desired, observed);
    const radius = plan.blastRadius.find(
      (entry) => entry.changeId === 'update-stackset:stackset:vend-permissions-boundary',
    );
    expect(radius).not.toHaveProperty('overriddenBy');
    expect(renderPlanComment(plan)).toContain(
      'BoundaryPolicyName: "dev-boundary" → (removed: the StackSet\'s value "new-boundary" applies)',
    );
  });

  it('says that an account whose override this plan removes, along with the StackSet’s value, gets the template’s default', () => {
    const desired = referenceDesiredState();
    const boundary = desired.baselines.find((baseline) => baseline.name === 'permissions-boundary')!;
    boundary.templateBody = `Parameters:\n  BoundaryPolicyName: { Type: String, Default: template-boundary }\n${boundary.templateBody}`;
    desiredAccountNamed(desired, 'payments-dev').parameters = {
      'permissions-boundary': { BoundaryPolicyName: 'dev-boundary' },
    };
    const observed = convergedObservation(desired);
    desiredAccountNamed(desired, 'payments-dev').parameters = {};
    boundary.parameters = {};
    expect(renderPlanComment(computePlan(desired, observed))).toContain(
      'BoundaryPolicyName: "dev-boundary" → (removed: the template\'s default "template-boundary" applies, as the StackSet sets no value)',
    );
  });

  it('says that an account whose override this plan adds gets the new value first, as apply runs the update first', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    desiredAccountNamed(desired, 'payments-dev').parameters = {
      'permissions-boundary': { BoundaryPolicyName: 'dev-boundary' },
    };
    desired.baselines.find((baseline) => baseline.name === 'permissions-boundary')!.parameters = {
      BoundaryPolicyName: 'new-boundary',
    };
    const plan = computePlan(desired, observed);
    const radius = plan.blastRadius.find(
      (entry) => entry.changeId === 'update-stackset:stackset:vend-permissions-boundary',
    );
    expect(radius).not.toHaveProperty('overriddenBy');
    expect(radius).toMatchObject({ overriddenLater: { BoundaryPolicyName: ['payments-dev'] } });
    expect(renderPlanComment(plan)).toContain(
      '1 account gets the new value of BoundaryPolicyName first, until the override this plan sets after the update gives it its own: payments-dev',
    );
  });

  // An instance created with overrides takes them from its first deployment (CreateStackInstances
  // ParameterOverrides), so the new StackSet value never reaches it.
  it('says that an account the plan adds with its own override of a changed parameter never takes the new value', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    desired.accounts.push(
      desiredAccount('new-tools', {
        ou: 'Workloads/NonProd',
        baselines: ['permissions-boundary'],
        parameters: { 'permissions-boundary': { BoundaryPolicyName: 'tools-boundary' } },
      }),
    );
    desired.baselines.find((baseline) => baseline.name === 'permissions-boundary')!.parameters = {
      BoundaryPolicyName: 'new-boundary',
    };
    const plan = computePlan(desired, observed);
    const radius = plan.blastRadius.find(
      (entry) => entry.changeId === 'update-stackset:stackset:vend-permissions-boundary',
    );
    expect(radius).toMatchObject({ addedOverriding: { BoundaryPolicyName: ['new-tools'] } });
    expect(renderPlanComment(plan)).toContain(
      '1 of these accounts overrides BoundaryPolicyName, so its new instances take its own value, not the new one: new-tools',
    );
  });
});

describe('an SCP swapped in two steps reads as the swap it is', () => {
  // The replacing SCP was created by an earlier plan; this one attaches it where it detaches the old one.
  it('shows the attached SCP against the detached one, high impact when it may let through what that stopped', () => {
    const desired = referenceDesiredState();
    desired.scps.push(desiredScp('deny-nothing', { Effect: 'Deny', Action: 'ec2:DescribeNothing', Resource: '*' }));
    const observed = convergedObservation(desired);
    desiredOrganizationalUnitAt(desired, 'Workloads/Prod').scps = ['deny-nothing'];
    const plan = computePlan(desired, observed);
    expect(changeNamed(plan, 'attach-scp:deny-nothing@ou:Workloads/Prod')).toMatchObject({
      description: 'Attach SCP deny-nothing to OU Workloads/Prod, in place of deny-unapproved-regions',
      highImpact: true,
      highImpactReason: expect.stringContaining('in place of SCP deny-unapproved-regions there, it may let through'),
    });
    const comment = renderPlanComment(plan);
    expect(comment).toContain(
      "in place of SCP deny-unapproved-regions: the content below is set against that SCP's, whose lines are the - ones",
    );
    expect(comment).toMatch(/^\+ *"Action": "ec2:DescribeNothing",?$/m);
  });

  // An SCP detached from an OU but attached to every account beneath it is still in force for each: it moved, and
  // what else the OU gets in the same plan takes no one's place. A diff against it would show a loss that is none.
  it('is no swap when the detached SCP stays in force beneath the target, attached lower down', () => {
    const desired = referenceDesiredState();
    desired.scps.push(desiredScp('deny-nothing', { Effect: 'Deny', Action: 'ec2:DescribeNothing', Resource: '*' }));
    const observed = convergedObservation(desired);
    desiredOrganizationalUnitAt(desired, 'Workloads/Prod').scps = ['deny-nothing'];
    const account = desiredAccountNamed(desired, 'payments-prod');
    account.scps = [...account.scps, 'deny-unapproved-regions'];
    const plan = computePlan(desired, observed);
    expect(changeNamed(plan, 'attach-scp:deny-nothing@ou:Workloads/Prod')).toMatchObject({
      description: 'Attach SCP deny-nothing to OU Workloads/Prod',
      highImpact: false,
    });
    expect(renderPlanComment(plan)).not.toContain('in place of SCP deny-unapproved-regions');
    // The same move beside a new SCP: it is created in place of nothing.
    desired.scps.push(desiredScp('deny-regions-v2', { Effect: 'Deny', Action: 'ec2:RunInstances', Resource: '*' }));
    desiredOrganizationalUnitAt(desired, 'Workloads/Prod').scps = ['deny-regions-v2'];
    expect(changeNamed(computePlan(desired, observed), 'create-scp:scp:deny-regions-v2')).toMatchObject({
      description: 'Create SCP deny-regions-v2 from scps/deny-regions-v2.json',
      highImpact: false,
    });
  });
});
