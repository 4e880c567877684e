import type { DesiredState } from '../../src/config/desired-state.js';
import type { ObservedState } from '../../src/observe/observed-state.js';
import { computePlan } from '../../src/plan/compute-plan.js';
import type { BlastRadius, MoveBlastRadius, Plan, ScpBlastRadius, StackSetBlastRadius } from '../../src/plan/plan.js';
import { moveLines, scpReachLines, stackSetReachLines, tellingDetails } from '../../src/report/effect-details.js';
import { describeChanges } from '../../src/report/change-effects.js';
import { accountTable } from '../../src/report/plan-markdown-accounts.js';
import {
  convergedObservation,
  desiredAccount,
  desiredAccountNamed,
  desiredOrganizationalUnit,
  desiredOrganizationalUnitAt,
  desiredScp,
  observedAccount,
  observedPolicy,
  observedStackSet,
  organizationalUnitIdOf,
  referenceDesiredState,
  MANAGEMENT_ACCOUNT_ID,
  ROOT_ID,
} from '../support/plan-fixtures.js';

/**
 * A nested tree under Workloads: Workloads (1 account) → Prod (2) → Prod/Payments (2), NonProd (1), plus an account
 * nobody declared in Prod/Payments, and Security (1 declared account) beside it. The management account sits at
 * the root, where SCPs never reach it.
 */
function nestedOrganization(): { desired: DesiredState; observed: ObservedState } {
  const desired = referenceDesiredState();
  desired.organizationalUnits.push(desiredOrganizationalUnit('Workloads/Prod/Payments'));
  desired.scps.push(desiredScp('deny-gpu-instances', { Effect: 'Deny', Action: 'ec2:RunInstances', Resource: '*' }));
  desired.accounts.push(
    desiredAccount('platform-shared', { ou: 'Workloads' }),
    desiredAccount('shop-prod', { ou: 'Workloads/Prod' }),
    desiredAccount('cards-prod', { ou: 'Workloads/Prod/Payments' }),
    desiredAccount('ledger-prod', { ou: 'Workloads/Prod/Payments' }),
  );
  const observed = convergedObservation(desired);
  observed.accounts.push({
    id: '999900001111',
    name: 'hand-made',
    email: 'ops+hand-made@example.com',
    status: 'ACTIVE',
    parentId: organizationalUnitIdOf('Workloads/Prod/Payments'),
    parentPath: 'Workloads/Prod/Payments',
  });
  return { desired, observed };
}

const WORKLOADS_ACCOUNTS = [
  'cards-prod',
  'hand-made (999900001111)',
  'ledger-prod',
  'payments-dev',
  'payments-prod',
  'platform-shared',
  'shop-prod',
];

function radiusOf(plan: Plan, changeId: string): BlastRadius {
  const radius = plan.blastRadius.find((entry) => entry.changeId === changeId);
  if (!radius)
    throw new Error(`no blast radius for ${changeId}; the plan has ${plan.changes.map((c) => c.id).join(', ')}`);
  return radius;
}

describe('blast radius on a nested OU tree', () => {
  test('an SCP attached to an OU reaches every account beneath it, at any depth, declared or not', () => {
    const { desired, observed } = nestedOrganization();
    desiredOrganizationalUnitAt(desired, 'Workloads').scps.push('deny-gpu-instances');
    const radius = radiusOf(computePlan(desired, observed), 'attach-scp:deny-gpu-instances@ou:Workloads');
    expect(radius).toEqual({
      changeId: 'attach-scp:deny-gpu-instances@ou:Workloads',
      kind: 'scp',
      targets: ['ou:Workloads'],
      accounts: WORKLOADS_ACCOUNTS,
      affected: WORKLOADS_ACCOUNTS,
      elsewhere: [],
      // Declared nowhere, it is stopped all the same: set apart for the reviewer.
      undeclared: ['hand-made (999900001111)'],
    });
  });

  test('attaching an SCP over one account no manifest declares is high impact, and names it', () => {
    // Another team's OU of the same name: the account in it is theirs, and the SCP stops it all the same.
    const { desired, observed } = nestedOrganization();
    for (const name of ['cards-prod', 'ledger-prod']) desiredAccountNamed(desired, name).ou = 'Workloads/Prod';
    const moved = convergedObservation(desired);
    moved.accounts.push(observed.accounts.find((account) => account.name === 'hand-made')!);
    desiredOrganizationalUnitAt(desired, 'Workloads/Prod/Payments').scps.push('deny-gpu-instances');
    const plan = computePlan(desired, moved);
    const id = 'attach-scp:deny-gpu-instances@ou:Workloads/Prod/Payments';
    const radius = radiusOf(plan, id) as ScpBlastRadius;
    expect(radius.affected).toEqual(['hand-made (999900001111)']);
    expect(plan.changes.find((change) => change.id === id)).toMatchObject({ highImpact: true });
    expect(scpReachLines(radius, 'attach')).toContain(
      "hand-made (999900001111) is in no manifest (another team's account?)",
    );
  });

  test('an SCP attached to an OU whose new accounts get it through the root anyway gains them nothing, and is not flagged', () => {
    const { desired, observed } = nestedOrganization();
    desired.organization.root.scps.push('deny-gpu-instances');
    const converged = convergedObservation(desired);
    converged.accounts = observed.accounts;
    desired.accounts.push(desiredAccount('new-one', { ou: 'Security' }), desiredAccount('new-two', { ou: 'Security' }));
    desiredOrganizationalUnitAt(desired, 'Security').scps.push('deny-gpu-instances');
    const plan = computePlan(desired, converged);
    const id = 'attach-scp:deny-gpu-instances@ou:Security';
    const radius = radiusOf(plan, id) as ScpBlastRadius;
    expect(radius.affected).toEqual([]);
    expect(radius.elsewhere).toEqual(['security-audit', 'new-one', 'new-two']);
    expect(plan.changes.find((change) => change.id === id)).toMatchObject({ highImpact: false });
    // Two new attachments over the same new accounts: each gains them the SCP, neither stands in for the other.
    const twice = structuredClone(desired);
    twice.organization.root.scps.pop();
    twice.organizationalUnits.push(desiredOrganizationalUnit('Security/Inner', { scps: ['deny-gpu-instances'] }));
    for (const name of ['new-one', 'new-two']) desiredAccountNamed(twice, name).ou = 'Security/Inner';
    const unattached = structuredClone(converged);
    unattached.policies = unattached.policies.filter((policy) => policy.name !== 'deny-gpu-instances');
    const doubled = computePlan(twice, unattached);
    for (const target of ['ou:Security', 'ou:Security/Inner']) {
      const entry = radiusOf(doubled, `attach-scp:deny-gpu-instances@${target}`) as ScpBlastRadius;
      expect(entry.affected).toEqual(expect.arrayContaining(['new-one', 'new-two']));
    }
    expect(
      doubled.changes.find((change) => change.id === 'attach-scp:deny-gpu-instances@ou:Security/Inner'),
    ).toMatchObject({ highImpact: true });
    // Where the plan detaches the root's, which gives it today on their path, they keep it through this one alone.
    desired.organization.root.scps.pop();
    const alone = radiusOf(computePlan(desired, converged), id) as ScpBlastRadius;
    expect([alone.affected, alone.keptThroughThis]).toEqual([[], ['security-audit', 'new-one', 'new-two']]);
  });

  test('one SCP attached to several single accounts is high impact as one attachment over all of them would be', () => {
    // Four one-account attachments spread a deny as far as one over an OU of four accounts: both need the second gate.
    const { desired, observed } = nestedOrganization();
    for (const name of ['cards-prod', 'ledger-prod'])
      desiredAccountNamed(desired, name).scps.push('deny-gpu-instances');
    const plan = computePlan(desired, observed);
    const attaches = plan.changes.filter((change) => change.id.startsWith('attach-scp:deny-gpu-instances@account:'));
    expect(attaches).toHaveLength(2);
    for (const change of attaches)
      expect(change).toMatchObject({
        highImpact: true,
        highImpactReason:
          "a new SCP for more than one account at once: 2 accounts across this plan's attachments of it",
      });
    // One account alone is not.
    desiredAccountNamed(desired, 'ledger-prod').scps.pop();
    expect(
      computePlan(desired, observed).changes.find(
        (change) => change.id === 'attach-scp:deny-gpu-instances@account:cards-prod',
      ),
    ).toMatchObject({ highImpact: false });
  });

  test('an SCP attached to a nested OU reaches only that subtree', () => {
    const { desired, observed } = nestedOrganization();
    desiredOrganizationalUnitAt(desired, 'Workloads/Prod').scps.push('deny-gpu-instances');
    const radius = radiusOf(computePlan(desired, observed), 'attach-scp:deny-gpu-instances@ou:Workloads/Prod');
    expect(radius.kind === 'scp' && radius.affected).toEqual([
      'cards-prod',
      'hand-made (999900001111)',
      'ledger-prod',
      'payments-prod',
      'shop-prod',
    ]);
  });

  test('an SCP at the root reaches every member account and never the management account', () => {
    const { desired, observed } = nestedOrganization();
    desired.organization.root.scps.push('deny-gpu-instances');
    const plan = computePlan(desired, observed);
    const radius = radiusOf(plan, 'attach-scp:deny-gpu-instances@root');
    expect(radius.kind === 'scp' && radius.accounts).toEqual([...WORKLOADS_ACCOUNTS, 'security-audit'].sort());
    expect(plan.changes.find((change) => change.id === 'attach-scp:deny-gpu-instances@root')?.highImpact).toBe(true);
  });

  test('attaching an SCP that more than one account gains is high impact, whether they exist yet or not; one is not', () => {
    const highImpact = (desired: DesiredState, observed: ObservedState, id: string) =>
      computePlan(desired, observed).changes.find((change) => change.id === id)?.highImpact;

    const nested = nestedOrganization();
    desiredOrganizationalUnitAt(nested.desired, 'Workloads/Prod/Payments').scps.push('deny-gpu-instances');
    expect(
      highImpact(nested.desired, nested.observed, 'attach-scp:deny-gpu-instances@ou:Workloads/Prod/Payments'),
    ).toBe(true);

    const single = nestedOrganization();
    desiredAccountNamed(single.desired, 'shop-prod').scps.push('deny-gpu-instances');
    expect(highImpact(single.desired, single.observed, 'attach-scp:deny-gpu-instances@account:shop-prod')).toBe(false);

    // Apply plans again before each stage: once it has created the accounts, the flag must not change.
    const fresh = nestedOrganization();
    fresh.desired.organizationalUnits.push(
      desiredOrganizationalUnit('Workloads/Labs', { scps: ['deny-gpu-instances'] }),
    );
    fresh.desired.accounts.push(
      desiredAccount('lab-one', { ou: 'Workloads/Labs' }),
      desiredAccount('lab-two', { ou: 'Workloads/Labs' }),
    );
    const id = 'attach-scp:deny-gpu-instances@ou:Workloads/Labs';
    expect(highImpact(fresh.desired, fresh.observed, id)).toBe(true);
    const created = convergedObservation(fresh.desired);
    for (const policy of created.policies)
      policy.targetIds = policy.targetIds.filter((target) => target !== organizationalUnitIdOf('Workloads/Labs'));
    expect(highImpact(fresh.desired, created, id)).toBe(true);
  });

  test('detaching counts the accounts that lose the SCP, apart from those that keep it through another attachment', () => {
    const { desired, observed } = nestedOrganization();
    const previous = structuredClone(desired);
    desiredOrganizationalUnitAt(previous, 'Workloads').scps.push('deny-gpu-instances');
    desiredOrganizationalUnitAt(previous, 'Workloads/Prod/Payments').scps.push('deny-gpu-instances');
    const before = convergedObservation(previous);
    before.accounts.push(observed.accounts.find((account) => account.name === 'hand-made')!);
    desiredOrganizationalUnitAt(desired, 'Workloads/Prod/Payments').scps.push('deny-gpu-instances');

    const radius = radiusOf(computePlan(desired, before), 'detach-scp:deny-gpu-instances@ou:Workloads');
    expect(radius.kind === 'scp' && radius.affected).toEqual([
      'payments-dev',
      'payments-prod',
      'platform-shared',
      'shop-prod',
    ]);
    expect(radius.kind === 'scp' && radius.elsewhere).toEqual([
      'cards-prod',
      'hand-made (999900001111)',
      'ledger-prod',
    ]);
    // The reviewer reads which accounts keep it, not only how many.
    expect(scpReachLines(radius as ScpBlastRadius, 'detach')).toContain(
      '3 other accounts beneath OU Workloads keep it through another attachment: cards-prod, hand-made (999900001111) and ledger-prod',
    );
  });

  test('attaching names the accounts that have the SCP already and keep it through another attachment', () => {
    const { desired, observed } = nestedOrganization();
    const previous = structuredClone(desired);
    desiredOrganizationalUnitAt(previous, 'Workloads/Prod/Payments').scps.push('deny-gpu-instances');
    const before = convergedObservation(previous);
    before.accounts.push(observed.accounts.find((account) => account.name === 'hand-made')!);
    desiredOrganizationalUnitAt(desired, 'Workloads/Prod/Payments').scps.push('deny-gpu-instances');
    desiredOrganizationalUnitAt(desired, 'Workloads').scps.push('deny-gpu-instances');

    const radius = radiusOf(computePlan(desired, before), 'attach-scp:deny-gpu-instances@ou:Workloads');
    // Beneath the target once the plan is applied: said so, since an OU or a move may make them so only then.
    expect(scpReachLines(radius as ScpBlastRadius, 'attach')).toContainEqual(
      expect.stringMatching(
        /^\d+ other accounts? beneath OU Workloads once the plan is applied (has|have) it in force already, and keeps? it through another attachment: /,
      ),
    );
  });

  test('new SCP content reaches every account under every target the SCP is attached to', () => {
    const { desired, observed } = nestedOrganization();
    const scp = desired.scps.find((candidate) => candidate.name === 'deny-unapproved-regions')!;
    scp.content = scp.content.replace('eu-west-1', 'eu-central-1');
    const radius = radiusOf(computePlan(desired, observed), 'update-scp:scp:deny-unapproved-regions');
    // Attached to Workloads/Prod and to the account security-audit.
    expect(radius).toMatchObject({
      kind: 'scp',
      targets: ['account:security-audit', 'ou:Workloads/Prod'],
      accounts: [
        'cards-prod',
        'hand-made (999900001111)',
        'ledger-prod',
        'payments-prod',
        'security-audit',
        'shop-prod',
      ],
    });
  });

  test('the accounts table says where the accounts only new SCP content reaches are named', () => {
    const { desired, observed } = nestedOrganization();
    const scp = desired.scps.find((candidate) => candidate.name === 'deny-unapproved-regions')!;
    const note = 'is named with that change, not here';
    expect(accountTable(computePlan(desired, observed))).not.toContain(note);
    scp.content = scp.content.replace('eu-west-1', 'eu-central-1');
    const plan = computePlan(desired, observed);
    // The content change reaches shop-prod, which the table leaves out: it says why.
    expect(plan.accounts.map((account) => account.name)).not.toContain('shop-prod');
    expect(accountTable(plan)).toContain(
      '_An account that only an SCP’s new content or a StackSet’s new template or parameters reach is named with that change, not here._',
    );
  });

  test('new content for an SCP someone attached by hand to an undeclared account reaches that account too', () => {
    const { desired, observed } = nestedOrganization();
    observedPolicy(observed, 'deny-leave-organization').targetIds.push('999900001111');
    const scp = desired.scps.find((candidate) => candidate.name === 'deny-leave-organization')!;
    scp.content = scp.content.replace('LeaveOrganization', 'LeaveOrganization*');
    const radius = radiusOf(computePlan(desired, observed), 'update-scp:scp:deny-leave-organization');
    expect(radius.kind === 'scp' && radius.targets).toEqual(['account:hand-made (999900001111)', 'root']);
    expect(radius.kind === 'scp' && radius.accounts).toHaveLength(WORKLOADS_ACCOUNTS.length + 1);
  });

  test('a new description alone affects no account: not high impact, even where the SCP reaches an undeclared one', () => {
    const { desired, observed } = nestedOrganization();
    // In force for hand-made, which no manifest declares: new content there would be high impact.
    desired.scps.find((candidate) => candidate.name === 'deny-unapproved-regions')!.description = 'Regions, reworded';
    const plan = computePlan(desired, observed);
    const radius = radiusOf(plan, 'update-scp:scp:deny-unapproved-regions');
    expect(radius).toMatchObject({ kind: 'scp', affected: [] });
    expect(radius).not.toHaveProperty('undeclared');
    expect(plan.changes.find((change) => change.id === radius.changeId)?.highImpact).toBeFalsy();
    // Headed by where the change is: organization.yaml, not the policy's unchanged file.
    expect(plan.changes.find((change) => change.id === radius.changeId)?.description).toBe(
      "Update SCP deny-unapproved-regions's description, from baselines/organization.yaml",
    );
  });

  test('a new StackSet template reaches every instance the StackSet has', () => {
    const { desired, observed } = nestedOrganization();
    const boundary = desired.baselines.find((baseline) => baseline.name === 'permissions-boundary')!;
    boundary.templateBody += '# v2\n';
    const radius = radiusOf(computePlan(desired, observed), 'update-stackset:stackset:vend-permissions-boundary');
    expect(radius).toEqual({
      changeId: 'update-stackset:stackset:vend-permissions-boundary',
      kind: 'stackset',
      instances: ['payments-dev/us-east-1', 'payments-prod/us-east-1'],
      accounts: ['payments-dev', 'payments-prod'],
    });
  });

  test('instances in suspended accounts are counted apart, never as reached nor as "no stack instances yet"', () => {
    const { desired, observed } = nestedOrganization();
    const boundary = desired.baselines.find((baseline) => baseline.name === 'permissions-boundary')!;
    boundary.templateBody += '# v2\n';
    // StackSet operations skip them (SKIPPED_SUSPENDED_ACCOUNT), so the update reaches no stack there.
    const suspend = (name: string) =>
      (observed.accounts.find((account) => account.name === name)!.status = 'SUSPENDED');
    suspend('payments-dev');
    const changeId = 'update-stackset:stackset:vend-permissions-boundary';
    const partly = radiusOf(computePlan(desired, observed), changeId) as StackSetBlastRadius;
    expect(partly).toMatchObject({ instances: ['payments-prod/us-east-1'], skipped: 1 });
    expect(stackSetReachLines(partly)).toEqual([
      'redeploys 1 stack instance in 1 account:',
      '  us-east-1: payments-prod',
      'not the stack instance in a suspended or closing account, which StackSet operations skip',
    ]);
    suspend('payments-prod');
    const none = radiusOf(computePlan(desired, observed), changeId) as StackSetBlastRadius;
    expect(stackSetReachLines(none)).toEqual([
      'its 2 stack instances are all in suspended or closing accounts, which StackSet operations skip',
    ]);
  });

  test('a new template also reaches the instances the same plan adds, which deploy it after the update', () => {
    const { desired, observed } = nestedOrganization();
    const boundary = desired.baselines.find((baseline) => baseline.name === 'permissions-boundary')!;
    boundary.templateBody += '# v2\n';
    desired.accounts.push(desiredAccount('bulk-000', { ou: 'Workloads/NonProd', baselines: ['permissions-boundary'] }));
    const plan = computePlan(desired, observed);
    expect(radiusOf(plan, 'update-stackset:stackset:vend-permissions-boundary')).toMatchObject({
      instances: ['payments-dev/us-east-1', 'payments-prod/us-east-1'],
      added: ['bulk-000/us-east-1'],
    });
    const effect = describeChanges(plan).find(
      ({ change }) => change.id === 'update-stackset:stackset:vend-permissions-boundary',
    )!;
    expect(effect.details).toEqual(
      expect.arrayContaining([
        'redeploys 2 stack instances in 2 accounts:',
        'and deploys it to 1 new stack instance in 1 account this plan adds:',
      ]),
    );
  });

  test('a StackSet update that redeploys a stack in an account no manifest declares is high impact and names it first', () => {
    const { desired, observed } = nestedOrganization();
    const boundary = desired.baselines.find((baseline) => baseline.name === 'permissions-boundary')!;
    boundary.templateBody += '# v2\n';
    // Another team added its account, which no manifest declares, to vend's StackSet by hand.
    observedStackSet(observed, 'permissions-boundary').instances.push({
      accountId: '999900001111',
      region: 'us-east-1',
      status: 'CURRENT',
      parameterOverrides: {},
    });
    const plan = computePlan(desired, observed);
    const radius = radiusOf(plan, 'update-stackset:stackset:vend-permissions-boundary');
    expect(radius).toMatchObject({
      accounts: ['hand-made (999900001111)', 'payments-dev', 'payments-prod'],
      undeclared: ['hand-made (999900001111)'],
    });
    expect(plan.changes.find((change) => change.id === radius.changeId)).toMatchObject({
      highImpact: true,
      highImpactReason: expect.stringContaining('it redeploys stacks in accounts no manifest declares'),
    });
    // A list trimmed to its first names still shows the stack that is not vend's.
    expect(stackSetReachLines(radius as StackSetBlastRadius)).toEqual([
      'redeploys 3 stack instances in 3 accounts:',
      '  us-east-1: 3 accounts: hand-made (999900001111), payments-dev and payments-prod',
      "hand-made (999900001111) is in no manifest (another team's account?)",
    ]);
  });

  test('a StackSet update that redeploys stacks in the management account and outside the organization says where they are', () => {
    const { desired, observed } = nestedOrganization();
    const boundary = desired.baselines.find((baseline) => baseline.name === 'permissions-boundary')!;
    boundary.templateBody += '# v2\n';
    // Put in the management account by hand, and left behind by an account that left the organization.
    for (const accountId of [MANAGEMENT_ACCOUNT_ID, '444455556666'])
      observedStackSet(observed, 'permissions-boundary').instances.push({
        accountId,
        region: 'us-east-1',
        status: 'CURRENT',
        parameterOverrides: {},
      });
    const plan = computePlan(desired, observed);
    const radius = radiusOf(plan, 'update-stackset:stackset:vend-permissions-boundary') as StackSetBlastRadius;
    expect(radius).toMatchObject({
      undeclared: ['444455556666', 'management (111111111111)'],
      management: 'management (111111111111)',
      outsideOrganization: ['444455556666'],
    });
    const lines = stackSetReachLines(radius);
    expect(lines).toContain(
      'management (111111111111) is the management account, which no manifest declares: roles there act over the whole organization, and no SCP limits them',
    );
    expect(lines).toContain(
      '444455556666 is not in the organization (it left, or was removed): vend drift reports its instance as stack-instance-outside-organization',
    );
    expect(lines.some((line) => line.includes("another team's account"))).toBe(false);
  });

  test('a moved account gains and loses the SCPs and baselines of its old and new OU', () => {
    const { desired, observed } = nestedOrganization();
    const moved = desiredAccountNamed(desired, 'payments-prod');
    moved.ou = 'Security';
    moved.baselines = ['regional-guardrails'];
    const radius = radiusOf(computePlan(desired, observed), 'move-account:account:payments-prod');
    expect(radius).toEqual({
      changeId: 'move-account:account:payments-prod',
      kind: 'move',
      gains: { scps: [], baselines: [] },
      loses: {
        scps: ['deny-unapproved-regions', 'require-permissions-boundary'],
        baselines: ['automation-roles', 'permissions-boundary'],
      },
    });
  });

  test('an account at the root moved into a nested OU gains the SCPs of every OU on its new path', () => {
    const { desired, observed } = nestedOrganization();
    const account = observedAccount(observed, 'shop-prod');
    account.parentPath = '';
    account.parentId = ROOT_ID;
    const radius = radiusOf(computePlan(desired, observed), 'move-account:account:shop-prod');
    expect(radius.kind === 'move' && radius.gains.scps).toEqual([
      'deny-unapproved-regions',
      'require-permissions-boundary',
    ]);
  });
  // AWS Organizations User Guide, "SCP evaluation": an action is allowed only if every level from the root to the
  // account has an SCP that allows it. An Allow attached elsewhere on the path does not stand in for a detached one.
  test('detaching FullAWSAccess from an OU reaches every account beneath it, and one left with no Allow is named', () => {
    const { desired, observed } = nestedOrganization();
    desiredOrganizationalUnitAt(desired, 'Workloads/Prod/Payments').fullAWSAccess = false;
    const plan = computePlan(desired, observed);
    const id = 'detach-scp:FullAWSAccess@ou:Workloads/Prod/Payments';
    const radius = radiusOf(plan, id);
    // Root, Workloads and Workloads/Prod still carry FullAWSAccess; none of them stands in for Payments' own.
    expect(radius).toMatchObject({
      affected: ['cards-prod', 'hand-made (999900001111)', 'ledger-prod'],
      elsewhere: [],
    });
    expect(plan.changes.find((change) => change.id === id)).toMatchObject({ destructive: true });
    const markdown = scpReachLines(radius as ScpBlastRadius, 'detach');
    // An Allow acts only at its level: it is that Allow they lose, though FullAWSAccess stays in force elsewhere.
    expect(markdown).toContain(
      '3 accounts lose its Allow at OU Workloads/Prod/Payments: cards-prod, hand-made (999900001111) and ledger-prod',
    );
    expect(markdown.join('\n')).not.toContain('keep it through another attachment');
  });

  test('an SCP change that leaves a level allowing nothing says every action is denied there, and is high impact', () => {
    const { desired, observed } = nestedOrganization();
    // Payments carries only a deny, and FullAWSAccess is detached: nothing is allowed at that level.
    const payments = desiredOrganizationalUnitAt(desired, 'Workloads/Prod/Payments');
    payments.fullAWSAccess = false;
    payments.scps.push('deny-gpu-instances');
    const plan = computePlan(desired, observed);
    const radius = radiusOf(plan, 'detach-scp:FullAWSAccess@ou:Workloads/Prod/Payments');
    expect(radius.kind === 'scp' && radius.deniedEverything).toEqual([
      'cards-prod',
      'hand-made (999900001111)',
      'ledger-prod',
    ]);
    expect(scpReachLines(radius as ScpBlastRadius, 'detach').at(-1)).toBe(
      'leaves 3 accounts with a level where no attached SCP allows anything, so every action in them is denied: cards-prod, hand-made (999900001111) and ledger-prod',
    );
    expect(plan.changes.find((change) => change.id === radius.changeId)).toMatchObject({ highImpact: true });
    // Their SCPs in force keep their names (FullAWSAccess stays on the root), yet the accounts table lists them.
    const table = plan.accounts.filter((account) => account.ou === 'Workloads/Prod/Payments');
    expect(table.map((account) => [account.name, account.status])).toEqual([
      ['cards-prod', 'reached'],
      ['ledger-prod', 'reached'],
    ]);
    expect(table[0]!.notes).toEqual([
      'No SCP attached to OU Workloads/Prod/Payments allows anything: an action needs an Allow at every level from the root to the account, so every action in this account is denied.',
    ]);
  });

  test('FullAWSAccess detached where an allow list stays: the accounts table lists who may now do less', () => {
    const { desired } = nestedOrganization();
    desired.scps.push(desiredScp('allow-compute', { Effect: 'Allow', Action: ['ec2:*', 'lambda:*'], Resource: '*' }));
    const payments = desiredOrganizationalUnitAt(desired, 'Workloads/Prod/Payments');
    payments.scps.push('allow-compute');
    const observed = convergedObservation(desired);
    payments.fullAWSAccess = false;
    const plan = computePlan(desired, observed);
    const table = plan.accounts.filter((account) => account.ou === 'Workloads/Prod/Payments');
    expect(table.map((account) => [account.name, account.status, account.notes])).toEqual(
      ['cards-prod', 'ledger-prod'].map((name) => [
        name,
        'reached',
        [
          'What allows actions at OU Workloads/Prod/Payments changes from FullAWSAccess, allow-compute to allow-compute: an action needs an Allow at every level from the root to the account, so this account may do less than before, though the SCPs in force keep their names.',
        ],
      ]),
    );
    // A deny attached where the account already has it through another level changes nothing it may do.
    payments.scps.push('deny-unapproved-regions');
    payments.fullAWSAccess = true;
    expect(computePlan(desired, observed).accounts.map((account) => account.name)).toEqual([]);
  });

  test("FullAWSAccess detached where another team's SCP stays: what allows there is not claimed, its content unread", () => {
    const { desired } = nestedOrganization();
    const observed = convergedObservation(desired);
    observed.foreignScpsByTarget[organizationalUnitIdOf('Workloads/Prod/Payments')] = [
      { id: 'p-allowlist', name: 'org-allow-list' },
    ];
    desiredOrganizationalUnitAt(desired, 'Workloads/Prod/Payments').fullAWSAccess = false;
    const notes = computePlan(desired, observed)
      .accounts.filter((account) => account.ou === 'Workloads/Prod/Payments')
      .flatMap((account) => account.notes);
    expect(notes.join('\n')).not.toMatch(/What allows actions|allows anything/);
  });

  test('a move into an OU where no SCP allows anything says so, and is high impact', () => {
    const { desired } = nestedOrganization();
    const payments = desiredOrganizationalUnitAt(desired, 'Workloads/Prod/Payments');
    payments.fullAWSAccess = false;
    payments.scps.push('deny-gpu-instances');
    const before = convergedObservation(desired);
    desiredAccountNamed(desired, 'shop-prod').ou = 'Workloads/Prod/Payments';
    const plan = computePlan(desired, before);
    const radius = radiusOf(plan, 'move-account:account:shop-prod');
    expect(radius.kind === 'move' && radius.deniedEverythingAt).toEqual(['ou:Workloads/Prod/Payments']);
    expect(moveLines(radius as MoveBlastRadius)).toContain(
      'no SCP attached to OU Workloads/Prod/Payments allows anything: every action in the account is denied',
    );
    expect(plan.changes.find((change) => change.id === radius.changeId)).toMatchObject({ highImpact: true });
    // The accounts table lists FullAWSAccess in force through the root, and says it allows nothing there.
    expect(plan.accounts.find((account) => account.name === 'shop-prod')!.notes).toContain(
      'No SCP attached to OU Workloads/Prod/Payments allows anything: an action needs an Allow at every level from the root to the account, so every action in this account is denied.',
    );
  });
  test('a move into an OU whose SCP the same plan detaches says the account is under it until the detachment runs', () => {
    // Moves run in an earlier stage than detachments, which are destructive and refused without allow-destructive.
    const { desired, observed } = nestedOrganization();
    desiredAccountNamed(desired, 'payments-dev').ou = 'Workloads/Prod';
    desiredOrganizationalUnitAt(desired, 'Workloads/Prod').scps = desiredOrganizationalUnitAt(
      desired,
      'Workloads/Prod',
    ).scps.filter((name) => name !== 'deny-unapproved-regions');
    const radius = radiusOf(computePlan(desired, observed), 'move-account:account:payments-dev') as MoveBlastRadius;
    expect(radius.gains.scps).toEqual([]);
    expect(radius.untilDetached).toEqual(['deny-unapproved-regions']);
    expect(moveLines(radius)).toContain(
      'is under SCP deny-unapproved-regions until its detachment runs (destructive, last; refused without allow-destructive, it stays)',
    );
  });
  test('a move says nothing of an SCP the same plan detaches from the root: the account is under it wherever it is', () => {
    const { desired, observed } = nestedOrganization();
    desiredAccountNamed(desired, 'payments-dev').ou = 'Workloads/Prod';
    const rootScp = desired.organization.root.scps[0]!;
    desired.organization.root.scps = desired.organization.root.scps.filter((name) => name !== rootScp);
    const radius = radiusOf(computePlan(desired, observed), 'move-account:account:payments-dev') as MoveBlastRadius;
    expect(radius.untilDetached).toBeUndefined();
  });
  test('a moved account neither gains an SCP it has today nor loses one it lacks today, whatever the plan does to its old OU', () => {
    // Prod gives deny-unapproved-regions up to NonProd, and gets deny-gpu-instances, in the same edit as the move.
    const { desired, observed } = nestedOrganization();
    desiredAccountNamed(desired, 'payments-prod').ou = 'Workloads/NonProd';
    desiredOrganizationalUnitAt(desired, 'Workloads/NonProd').scps.push('deny-unapproved-regions');
    desiredOrganizationalUnitAt(desired, 'Workloads/Prod').scps = ['deny-gpu-instances'];
    const plan = computePlan(desired, observed);
    const radius = radiusOf(plan, 'move-account:account:payments-prod') as MoveBlastRadius;
    expect(radius.gains.scps).toEqual([]);
    expect(radius.loses.scps).toEqual([]);
    expect(moveLines(radius).join('\n')).not.toMatch(/gains SCP|loses SCP/);
    // The accounts table agrees: the account keeps deny-unapproved-regions and never had deny-gpu-instances.
    expect(plan.accounts.find((account) => account.name === 'payments-prod')?.gainsAndLosses?.gains.scps ?? []).toEqual(
      [],
    );
  });
  test('a moved account loses an SCP attached by hand to the OU it leaves, though the plan also detaches it there', () => {
    // The detachment acts after the move, on an OU the account has left; the move is what takes the SCP from it.
    const { desired, observed } = nestedOrganization();
    observedPolicy(observed, 'deny-unapproved-regions').targetIds.push(organizationalUnitIdOf('Workloads/NonProd'));
    desiredAccountNamed(desired, 'payments-dev').ou = 'Security';
    const plan = computePlan(desired, observed);
    expect(plan.changes.map((change) => change.id)).toContain(
      'detach-scp:deny-unapproved-regions@ou:Workloads/NonProd',
    );
    const radius = radiusOf(plan, 'move-account:account:payments-dev') as MoveBlastRadius;
    expect(radius.loses.scps).toContain('deny-unapproved-regions');
    // The detachment counts no account beneath NonProd once payments-dev has moved: it waits for that move.
    expect(
      plan.changes.find((change) => change.id === 'detach-scp:deny-unapproved-regions@ou:Workloads/NonProd')?.dependsOn,
    ).toContain('move-account:account:payments-dev');
    expect(plan.accounts.find((account) => account.name === 'payments-dev')?.gainsAndLosses?.loses.scps).toContain(
      'deny-unapproved-regions',
    );
  });
  test('an SCP attached to an account that already has it through its OU says so of the account, not of others', () => {
    const { desired, observed } = nestedOrganization();
    desiredAccountNamed(desired, 'payments-prod').scps.push('deny-unapproved-regions');
    const radius = radiusOf(computePlan(desired, observed), 'attach-scp:deny-unapproved-regions@account:payments-prod');
    expect(scpReachLines(radius as ScpBlastRadius, 'attach')).toEqual([
      'no account gains it',
      'account payments-prod has it in force today through its OU or the root',
    ]);
  });
  test('accounts that exist today lead the reach, before new ones that sort first: a trimmed list cannot hide them', () => {
    const { desired, observed } = nestedOrganization();
    for (let index = 0; index < 10; index++)
      desired.accounts.push(desiredAccount(`aa-new-${index}`, { ou: 'Workloads/Prod' }));
    desired.scps.push(desiredScp('deny-gpu-here', { Effect: 'Deny', Action: 'ec2:RunInstances', Resource: '*' }));
    desiredOrganizationalUnitAt(desired, 'Workloads/Prod').scps.push('deny-gpu-here');
    const radius = radiusOf(computePlan(desired, observed), 'attach-scp:deny-gpu-here@ou:Workloads/Prod');
    expect(scpReachLines(radius as ScpBlastRadius, 'attach')[0]).toMatch(
      /^applies to 15 accounts: cards-prod, hand-made \(999900001111\), ledger-prod, payments-prod, shop-prod, aa-new-0, /,
    );
  });

  test('an SCP attached to one account only reads as that account, not as "1 account through account a: a"', () => {
    const { desired } = nestedOrganization();
    desired.scps.push(desiredScp('deny-gpu-only-here', { Effect: 'Deny', Action: 'ec2:RunInstances', Resource: '*' }));
    desiredAccountNamed(desired, 'shop-prod').scps.push('deny-gpu-only-here');
    const converged = convergedObservation(desired);
    desired.scps.find((scp) => scp.name === 'deny-gpu-only-here')!.content = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Action: 'ec2:*', Resource: '*' }],
    });
    const radius = radiusOf(computePlan(desired, converged), 'update-scp:scp:deny-gpu-only-here');
    expect(scpReachLines(radius as ScpBlastRadius, 'content')).toEqual(['in force for account shop-prod alone']);
  });
  test('attaching FullAWSAccess where an allow list stood widens it: high impact, even for one account', () => {
    const { desired } = nestedOrganization();
    desired.scps.push(desiredScp('allow-s3-only', { Effect: 'Allow', Action: 's3:*', Resource: '*' }));
    const account = desiredAccountNamed(desired, 'shop-prod');
    account.scps.push('allow-s3-only');
    account.fullAWSAccess = false;
    const observed = convergedObservation(desired);
    account.fullAWSAccess = true;
    const plan = computePlan(desired, observed);
    const id = 'attach-scp:FullAWSAccess@account:shop-prod';
    expect(radiusOf(plan, id)).toMatchObject({ affected: ['shop-prod'], widensAllowList: true });
    expect(plan.changes.find((change) => change.id === id)).toMatchObject({ highImpact: true });
    expect(scpReachLines(radiusOf(plan, id) as ScpBlastRadius, 'attach')).toContain(
      'it allows actions at account shop-prod, where FullAWSAccess is not attached: the allow list there grows, loosening that guardrail',
    );
  });
  test('an OU left with no SCP at all is a problem before apply, not a DetachPolicy refused halfway through', () => {
    // Organizations refuses to detach the last SCP of a target (ConstraintViolationException,
    // MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED).
    const { desired, observed } = nestedOrganization();
    desiredOrganizationalUnitAt(desired, 'Workloads/Prod/Payments').fullAWSAccess = false;
    expect(computePlan(desired, observed).problems).toEqual([
      expect.objectContaining({
        target: 'ou:Workloads/Prod/Payments',
        message: expect.stringContaining('would be left with no SCP attached, which AWS refuses'),
      }),
    ]);
  });
  test('an OU held only by another team’s SCP is no problem where vend detaches nothing, read or not', () => {
    // Apply's later observations may skip other teams' SCPs: with nothing of vend's attached, nothing is detached.
    const { desired, observed } = nestedOrganization();
    desiredOrganizationalUnitAt(desired, 'Workloads/Prod/Payments').fullAWSAccess = false;
    const payments = observed.organizationalUnits.find((unit) => unit.path === 'Workloads/Prod/Payments')!.id;
    for (const policy of observed.policies) policy.targetIds = policy.targetIds.filter((id) => id !== payments);
    expect(computePlan(desired, observed).problems).toEqual([]);
  });
});

test('a flagged change cut to two detail lines keeps the value that changes, not a heading without it', () => {
  const details = [
    'us-east-1: bulk-007',
    'parameter overrides:',
    '  DeployPrincipalArn = "arn:aws:iam::666666666666:role/attacker"',
    '  ExternalId = (NoEcho: value not shown)',
  ];
  expect(tellingDetails(details, 2)).toEqual(details.slice(0, 3));
  expect(tellingDetails(details, 1)).toEqual(['us-east-1: bulk-007']);
  // A line ending in ':' with nothing indented beneath it is a detail like any other.
  expect(tellingDetails(['moved from: Sandbox', 'to: Workloads'], 1)).toEqual(['moved from: Sandbox']);
});

test('new parameters padded with ARNs cannot push a swapped trusted principal out of a shortened flagged change', () => {
  const swap =
    '  MonitoringPrincipalArn: "arn:aws:iam::111122223333:role/metrics" → "arn:aws:iam::666666666666:role/x"';
  const details = [
    'redeploys 2 stack instances in 2 accounts:',
    '  us-east-1: payments-dev and payments-prod',
    'parameters:',
    ...Array.from({ length: 20 }, (_, index) => `  Aa${index}: (not set) → "arn:aws:iam::123456789012:role/r${index}"`),
    swap,
  ];
  expect(tellingDetails(details, 2)).toContain(swap);
});

test('a flagged change padded with new parameters keeps in sight the value it changes and the principal it names', () => {
  const padding = Array.from({ length: 20 }, (_, index) => `  A${String(index).padStart(2, '0')}: (not set) → "x"`);
  const details = [
    'parameters:',
    ...padding,
    '  MonitoringPrincipalArn: "arn:aws:iam::222233334444:role/metrics" → "arn:aws:iam::222233334444:role/attacker"',
    '  Retention: "30" → "1"',
  ];
  expect(tellingDetails(details, 2)).toEqual(['parameters:', details[21], details[22]]);
  // The first line stays first: for stack instances, where they are.
  expect(tellingDetails(['us-east-1: bulk-007', ...details], 2)).toEqual([
    'us-east-1: bulk-007',
    'parameters:',
    details[21],
  ]);
});
