import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { applyOutcomeByAccount } from '../../src/report/apply-by-account.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyRefusal } from '../../src/action/apply-action.js';
import { scpsLostSince } from '../../src/plan/account-scp-approval.js';
import { admitsHighImpact, authorizeChanges, coversWholePlan, notApprovedReason } from '../../src/apply/approval.js';
import { emptyApplyReport } from '../../src/apply/apply-report.js';
import { applyPlan, DEFAULT_SCHEDULES } from '../../src/apply/execute-plan.js';
import { approvalLine } from '../../src/report/apply-text.js';
import { createAwsClients, destroyAwsClients } from '../../src/observe/aws-clients.js';
import { serializePlan } from '../../src/commands/plan.js';
import { runCommand } from '../../src/commands/run-command.js';
import { canonicalJson, sha256Digest } from '../../src/plan/canonical-json.js';
import { computePlan } from '../../src/plan/compute-plan.js';
import type { Change, Plan } from '../../src/plan/plan.js';
import {
  changesById,
  isCovered,
  MalformedPlanError,
  parseSavedPlan,
  savedPlanRefusal,
  reachBeyond,
} from '../../src/plan/saved-plan.js';
import { fixtureRepository, MINIMAL_REPOSITORY, removeFixtureRepositories } from '../support/fixture-repository.js';
import {
  convergedObservation,
  emptyOrganization,
  MANAGEMENT_ACCOUNT_ID,
  organizationalUnitIdOf,
  observedStackSet,
  referenceDesiredState,
  desiredAccountNamed,
  desiredOrganizationalUnitAt,
} from '../support/plan-fixtures.js';
import { runAction } from '../support/run-action.js';

const scratch = mkdtempSync(join(tmpdir(), 'vend-apply-guards-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  removeFixtureRepositories();
});

/** The reference organization with one account closing: a plan with a destructive change. */
function closingPlan(): Plan {
  const desired = referenceDesiredState();
  desired.accounts = desired.accounts.map((account) =>
    account.name === 'security-audit' ? { ...account, closed: true } : account,
  );
  return computePlan(desired, convergedObservation(referenceDesiredState()), { commit: 'a'.repeat(40) });
}

const change = (plan: Plan, id: string): Change => plan.changes.find((candidate) => candidate.id === id)!;
/** The report of an apply of `approved` from a saved plan file, before its first change. */
const savedPlanReport = (approved: Plan) =>
  emptyApplyReport({ source: 'plan file p.json', approved: true, digest: approved.digest, commit: null });
/** What apply decides for `changes` with allow-destructive and allow-high-impact set, approved by plan file p.json. */
const authorizedWithBothFlags = (
  changes: Change[],
  approved: Plan,
  grownReach: ReadonlyMap<string, readonly string[]> = new Map(),
) =>
  authorizeChanges(changes, {
    approved,
    source: 'plan file p.json',
    allowDestructive: true,
    allowHighImpact: true,
    grownReach,
  });

describe('what an approved plan covers', () => {
  const fresh = computePlan(referenceDesiredState(), emptyOrganization());
  const approved = changesById(fresh);
  const instances = fresh.changes.find((candidate) => candidate.kind === 'add-stack-instances')!;

  test('the same change, and the part of an approved set that is still to do', () => {
    expect(fresh.changes.every((candidate) => isCovered(candidate, approved))).toBe(true);
    const remaining = { ...instances, scope: { ...instances.scope, members: instances.scope.members!.slice(1) } };
    expect(isCovered(remaining, approved)).toBe(true);
  });

  test('not a wider set, other content, another kind, or a change that became destructive or high-impact', () => {
    const wider = {
      ...instances,
      scope: { ...instances.scope, members: [...instances.scope.members!, 'x/us-east-1'] },
    };
    const otherOverrides = { ...instances, scope: { ...instances.scope, parameterOverrides: 'sha256:other' } };
    const destructive = { ...instances, destructive: true };
    const highImpact = { ...instances, highImpact: true };
    for (const candidate of [wider, otherOverrides, destructive, highImpact])
      expect(isCovered(candidate, approved)).toBe(false);
    expect(isCovered({ ...instances, id: 'add-stack-instances:stackset:vend-other' }, approved)).toBe(false);
  });

  test('an approved account creation covers moving the account a crash left under the root, not retagging one', () => {
    const create = fresh.changes.find((candidate) => candidate.kind === 'create-account')!;
    const account = String(create.scope.account);
    const move: Change = {
      ...create,
      id: `move-account:account:${account}`,
      kind: 'move-account',
      action: 'change',
      scope: { account, accountId: '123456789012', from: '', ou: String(create.scope.ou) },
    };
    expect(isCovered(move, approved)).toBe(true);
    expect(isCovered({ ...move, scope: { ...move.scope, ou: 'Elsewhere' } }, approved)).toBe(false);
    // Created out of band and put in another OU since: moving it out of there is not what the create implied.
    expect(isCovered({ ...move, scope: { ...move.scope, from: 'Security' } }, approved)).toBe(false);
    const tags = JSON.parse(String(create.scope.tags)) as Record<string, string>;
    const tag: Change = {
      ...move,
      id: `tag-account:account:${account}`,
      kind: 'tag-account',
      scope: { account, members: Object.entries(tags).map((entry) => JSON.stringify(entry)) },
    };
    // CreateAccount sets every tag at once: an account that needs tags was made or tagged by hand, not by the request.
    expect(isCovered(tag, approved)).toBe(false);
  });
});

test('an approved StackSet update covers redeploying the instances an interrupted update left OUTDATED, nothing more', () => {
  const desired = referenceDesiredState();
  const roles = desired.baselines.find((baseline) => baseline.name === 'automation-roles')!;
  const before = convergedObservation(desired);
  roles.templateBody = `${roles.templateBody}# reviewed edit\n`;
  const approved = changesById(computePlan(desired, before));
  expect([...approved.keys()]).toEqual(['update-stackset:stackset:vend-automation-roles']);

  // UpdateStackSet ran: the StackSet holds the new template; the operation stopped before the instances.
  const interrupted = convergedObservation(desired);
  const stackSet = interrupted.stackSets.find((candidate) => candidate.name === 'vend-automation-roles')!;
  for (const instance of stackSet.instances) instance.status = 'OUTDATED';
  const fresh = computePlan(desired, interrupted);
  expect(fresh.changes.map((candidate) => candidate.kind)).toEqual(['update-stack-instances']);
  expect(fresh.changes.every((candidate) => isCovered(candidate, approved))).toBe(true);

  // Not when the redeploy would also change an instance's overrides, and not without the approved update.
  const [redeploy] = fresh.changes;
  const member = redeploy!.scope.members![0]!;
  const changingOverrides = { ...redeploy!, before: { ...(redeploy!.before as object), [member]: { Tier: 'x' } } };
  expect(isCovered(changingOverrides, approved)).toBe(false);
  expect(isCovered(redeploy!, changesById({ changes: [] }))).toBe(false);
});

describe('authorising a stage', () => {
  const plan = closingPlan();
  const close = change(plan, 'close-account:account:security-audit');

  test('a destructive change in the approved plan runs only with allow-destructive', () => {
    const without = authorizeChanges([close], {
      approved: plan,
      source: 'plan file p.json',
      allowDestructive: false,
      allowHighImpact: false,
      grownReach: new Map(),
    });
    expect(without.allowed).toEqual([]);
    expect(without.refused).toEqual([
      {
        id: close.id,
        description: close.description,
        // The refusal names the account, for the report by account.
        accounts: ['security-audit'],
        reason:
          'It is destructive. It is in the approved plan, but apply carries out destructive changes only with allow-destructive (--allow-destructive).',
      },
    ]);
    expect(
      authorizeChanges([close], {
        approved: plan,
        source: 'x',
        allowDestructive: true,
        allowHighImpact: false,
        grownReach: new Map(),
      }).allowed,
    ).toEqual([close]);
  });

  test('an auto-approved plan refused for lacking allow-high-impact is recorded by its digest, names whom each change reaches, and asks for no new plan', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    const rootScp = desired.scps.find((scp) => desired.organization.root.scps.includes(scp.name))!;
    rootScp.content = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
    });
    desiredAccountNamed(desired, 'payments-prod').ou = 'Workloads/NonProd';
    const plan = computePlan(desired, observed);
    const report = emptyApplyReport({ source: '--auto-approve', approved: true, digest: '', commit: null });
    expect(admitsHighImpact(plan, { highImpact: false, destructive: false }, report)).toBe(false);
    expect(report.approval.digest).toBe(plan.digest);
    expect(report.stoppedBeforeStart).not.toContain('destructive');
    // Planning again would hold the same change: the refusal is for the flag, not for an outdated plan.
    expect(report.refused.some((refusal) => refusal.outdated)).toBe(false);
    // For the report by account: the root SCP's new content reaches every account; the move acts in the one it moves.
    const refusal = (id: string) => report.refused.find((refused) => refused.id === id);
    expect(refusal(`update-scp:scp:${rootScp.name}`)?.reaches).toEqual(
      expect.arrayContaining(['payments-dev', 'payments-prod']),
    );
    expect(refusal('move-account:account:payments-prod')?.accounts).toEqual(['payments-prod']);
  });

  test('a plan refused for lacking allow-high-impact that also holds destructive changes asks for both flags at once', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    desired.organization.root.scps = [];
    desired.accounts.find((account) => account.name === 'payments-dev')!.closed = true;
    const plan = computePlan(desired, observed);
    const refusal = (destructive: boolean) => {
      const report = emptyApplyReport({ source: '--auto-approve', approved: true, digest: '', commit: null });
      expect(admitsHighImpact(plan, { highImpact: false, destructive }, report)).toBe(false);
      return report.stoppedBeforeStart;
    };
    const destructive = plan.changes.filter((change) => change.destructive).length;
    expect(destructive).toBeGreaterThan(1);
    expect(refusal(false)).toContain(
      `It also holds ${destructive} destructive changes, which apply carries out only with allow-destructive (--allow-destructive): give both.`,
    );
    expect(refusal(true)).not.toContain('destructive');
  });

  test('a high-impact change in the approved plan, such as an SCP rewrite on the root, runs only with allow-high-impact', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    const rootScp = desired.scps.find((scp) => desired.organization.root.scps.includes(scp.name))!;
    rootScp.content = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' }],
    });
    const approved = computePlan(desired, observed);
    const rewrite = approved.changes.find((candidate) => candidate.kind === 'update-scp')!;
    expect(rewrite).toEqual(expect.objectContaining({ highImpact: true, destructive: false }));
    const without = authorizeChanges([rewrite], {
      approved,
      source: 'plan file p.json',
      allowDestructive: true,
      allowHighImpact: false,
      grownReach: new Map(),
    });
    expect(without.allowed).toEqual([]);
    expect(without.refused).toEqual([
      expect.objectContaining({
        id: rewrite.id,
        reason:
          'It is high impact. It is in the approved plan, but apply carries out high-impact changes only with allow-high-impact (--allow-high-impact), which the workflow sets where they go to the second environment for review.',
      }),
    ]);
    expect(
      authorizeChanges([rewrite], {
        approved,
        source: 'x',
        allowDestructive: false,
        allowHighImpact: true,
        grownReach: new Map(),
      }).allowed,
    ).toEqual([rewrite]);
  });

  test('an SCP attachment whose target holds more accounts than the approved plan showed is refused, naming them', () => {
    const desired = referenceDesiredState();
    desired.organizationalUnits.find((unit) => unit.path === 'Workloads/NonProd')!.scps.push('deny-leave-organization');
    const observed = convergedObservation(referenceDesiredState());
    const approved = computePlan(desired, observed);
    const attach = change(approved, 'attach-scp:deny-leave-organization@ou:Workloads/NonProd');
    // Someone creates an account and moves it beneath the OU after the plan was approved.
    const moved = structuredClone(observed);
    moved.accounts.push({
      id: '299999999997',
      name: 'crown-jewels',
      email: 'crown-jewels@example.com',
      status: 'ACTIVE',
      parentId: organizationalUnitIdOf('Workloads/NonProd'),
      parentPath: 'Workloads/NonProd',
    });
    const fresh = computePlan(desired, moved);
    const grownReach = reachBeyond(fresh, approved);
    expect([...grownReach]).toEqual([[attach.id, [expect.stringContaining('299999999997')]]]);
    const decision = authorizedWithBothFlags([change(fresh, attach.id)], approved, grownReach);
    expect(decision.allowed).toEqual([]);
    expect(decision.refused[0]?.reason).toBe(
      `It now reaches an account the approved plan did not show it reaching (${grownReach.get(attach.id)![0]}): the organization changed since that plan (plan file p.json) was made. Plan again and have the new plan approved.`,
    );
    // Nothing moved: the approval stands.
    expect(reachBeyond(computePlan(desired, observed), approved)).toEqual(new Map());
  });

  test('a move or a creation into an OU where someone attached an SCP since the approval is refused, naming it', () => {
    // What a reviewer approves for a moved or new account includes the SCPs it comes under; an SCP attached on its
    // new path afterwards (here a deny-all another team attached) would put it under a policy no one approved.
    const desired = referenceDesiredState();
    desired.accounts.find((account) => account.name === 'payments-dev')!.ou = 'Workloads/Prod';
    const observed = convergedObservation(referenceDesiredState());
    observed.accounts = observed.accounts.filter((account) => account.name !== 'security-audit');
    const approved = computePlan(desired, observed);
    const move = change(approved, 'move-account:account:payments-dev');
    const create = change(approved, 'create-account:account:security-audit');
    const attached = structuredClone(observed);
    attached.foreignScpsByTarget[organizationalUnitIdOf('Workloads/Prod')] = [{ id: 'p-oob', name: 'oob-deny-all' }];
    attached.foreignScpsByTarget[organizationalUnitIdOf('Security')] = [{ id: 'p-oob', name: 'oob-deny-all' }];
    const fresh = computePlan(desired, attached);
    const grownReach = reachBeyond(fresh, approved);
    expect([...grownReach]).toEqual([
      [create.id, ['oob-deny-all']],
      [move.id, ['oob-deny-all']],
    ]);
    const decision = authorizedWithBothFlags([change(fresh, move.id)], approved, grownReach);
    expect(decision.allowed).toEqual([]);
    expect(decision.refused[0]?.reason).toBe(
      'It now puts the account under SCP oob-deny-all, which the approved plan did not show in force for it (attached on its new path since): the organization changed since that plan (plan file p.json) was made. Plan again and have the new plan approved.',
    );
    // The move out of the root that completes a creation is held to what the creation showed.
    const created = structuredClone(attached);
    created.accounts.push({
      id: '299999999996',
      name: 'security-audit',
      email: desired.accounts.find((account) => account.name === 'security-audit')!.email,
      status: 'ACTIVE',
      parentId: created.root.id,
      parentPath: '',
    });
    expect(reachBeyond(computePlan(desired, created), approved).get('move-account:account:security-audit')).toEqual([
      'oob-deny-all',
    ]);
    // Nothing attached: the approval stands.
    expect(reachBeyond(computePlan(desired, observed), approved)).toEqual(new Map());
  });

  test('a move or a creation into an OU whose SCP the approved plan showed, and someone detached since, is refused', () => {
    // The reviewer approved new and moved accounts under another team's deny on their OU; detached meanwhile, the
    // accounts would land without a guardrail the approval counted on.
    const desired = referenceDesiredState();
    desired.accounts.find((account) => account.name === 'payments-dev')!.ou = 'Workloads/Prod';
    const observed = convergedObservation(referenceDesiredState());
    observed.accounts = observed.accounts.filter((account) => account.name !== 'security-audit');
    observed.foreignScpsByTarget[organizationalUnitIdOf('Workloads/Prod')] = [{ id: 'p-team', name: 'team-deny' }];
    observed.foreignScpsByTarget[organizationalUnitIdOf('Security')] = [{ id: 'p-team', name: 'team-deny' }];
    const approved = computePlan(desired, observed);
    const move = change(approved, 'move-account:account:payments-dev');
    const create = change(approved, 'create-account:account:security-audit');
    const detached = structuredClone(observed);
    detached.foreignScpsByTarget = {};
    const fresh = computePlan(desired, detached);
    expect(reachBeyond(fresh, approved)).toEqual(new Map());
    expect([...scpsLostSince(fresh, approved)]).toEqual([
      [create.id, ['team-deny']],
      [move.id, ['team-deny']],
    ]);
    const decision = authorizeChanges([change(fresh, move.id)], {
      approved,
      source: 'plan file p.json',
      allowDestructive: true,
      allowHighImpact: true,
      grownReach: new Map(),
      lostScps: scpsLostSince(fresh, approved),
    });
    expect(decision.allowed).toEqual([]);
    expect(decision.refused[0]?.reason).toBe(
      'It now takes the account out from under SCP team-deny, which the approved plan did not show it losing (detached from its new path, or attached on the path it leaves, since): the organization changed since that plan (plan file p.json) was made. Plan again and have the new plan approved.',
    );
    // Still attached: the approval stands; and so it does for the move out of the root that completes a creation
    // (a re-run after the account was created), which brings the account only its OU's SCPs, not the root's it has.
    expect(scpsLostSince(computePlan(desired, observed), approved)).toEqual(new Map());
    const created = structuredClone(observed);
    created.accounts.push({
      id: '299999999996',
      name: 'security-audit',
      email: desired.accounts.find((account) => account.name === 'security-audit')!.email,
      status: 'ACTIVE',
      parentId: created.root.id,
      parentPath: '',
    });
    const completing = computePlan(desired, created);
    expect(completing.changes.map((one) => one.id)).toContain('move-account:account:security-audit');
    expect(scpsLostSince(completing, approved)).toEqual(new Map());
  });

  test('a move or creation into an OU whose SCP the same plan detaches is its plan: applied, and resumed, as approved', () => {
    // untilDetached SCPs are the plan's own: the account is under them only until the detachment runs.
    const desired = referenceDesiredState();
    desired.accounts.find((account) => account.name === 'payments-dev')!.ou = 'Workloads/Prod';
    desiredOrganizationalUnitAt(desired, 'Workloads/Prod').scps = [];
    const observed = convergedObservation(referenceDesiredState());
    observed.accounts = observed.accounts.filter((account) => account.name !== 'payments-prod');
    const approved = computePlan(desired, observed);
    expect(approved.changes.map((one) => one.id)).toEqual(
      expect.arrayContaining([
        'move-account:account:payments-dev',
        'create-account:account:payments-prod',
        'detach-scp:deny-unapproved-regions@ou:Workloads/Prod',
      ]),
    );
    expect(reachBeyond(approved, approved)).toEqual(new Map());
    expect(scpsLostSince(approved, approved)).toEqual(new Map());
    // Killed after CreateAccount: the new account stands in the root, and the move out of it still has the SCP ahead.
    const created = structuredClone(observed);
    created.accounts.push({
      id: '299999999995',
      name: 'payments-prod',
      email: desired.accounts.find((account) => account.name === 'payments-prod')!.email,
      status: 'ACTIVE',
      parentId: created.root.id,
      parentPath: '',
    });
    const resumed = computePlan(desired, created);
    expect(resumed.changes.map((one) => one.id)).toContain('move-account:account:payments-prod');
    expect(reachBeyond(resumed, approved)).toEqual(new Map());
    expect(scpsLostSince(resumed, approved)).toEqual(new Map());
  });

  test('a move that now takes the account out from under an SCP it kept, or into one no longer detached, is refused', () => {
    // Another team's SCP on both OUs was kept through the move; detached from the new OU only, the move alone takes
    // the account out from under it.
    const desired = referenceDesiredState();
    desired.accounts.find((account) => account.name === 'payments-dev')!.ou = 'Workloads/Prod';
    const observed = convergedObservation(referenceDesiredState());
    for (const path of ['Workloads/Prod', 'Workloads/NonProd'])
      observed.foreignScpsByTarget[organizationalUnitIdOf(path)] = [{ id: 'p-team', name: 'team-f' }];
    const approved = computePlan(desired, observed);
    const move = 'move-account:account:payments-dev';
    const detached = structuredClone(observed);
    delete detached.foreignScpsByTarget[organizationalUnitIdOf('Workloads/Prod')];
    expect(scpsLostSince(computePlan(desired, detached), approved).get(move)).toEqual(['team-f']);

    // A move approved as lifting team-f (high impact): a legal hold attached since on the OU it leaves is lifted
    // too, and the flag, already set, does not tell.
    const leaving = convergedObservation(referenceDesiredState());
    leaving.foreignScpsByTarget[organizationalUnitIdOf('Workloads/NonProd')] = [{ id: 'p-team', name: 'team-f' }];
    const approvedLeaving = computePlan(desired, leaving);
    const held = structuredClone(leaving);
    held.foreignScpsByTarget[organizationalUnitIdOf('Workloads/NonProd')]!.push({ id: 'p-hold', name: 'legal-hold' });
    const fresh = computePlan(desired, held);
    expect([change(approvedLeaving, move).highImpact, change(fresh, move).highImpact]).toEqual([true, true]);
    expect(scpsLostSince(fresh, approvedLeaving).get(move)).toEqual(['legal-hold']);
    expect(scpsLostSince(approvedLeaving, approvedLeaving)).toEqual(new Map());

    // vend's SCP the approved plan detached from the new OU (shown only until then) is no longer vend's: the fresh
    // plan leaves it, and the account would stay under it for good.
    const retiring = convergedObservation(referenceDesiredState());
    retiring.policies.push({
      id: 'p-oldguard',
      name: 'old-guard',
      awsManaged: false,
      description: 'retired',
      content: '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"ec2:*","Resource":"*"}]}',
      tags: { ManagedBy: 'vend' },
      targetIds: [organizationalUnitIdOf('Workloads/Prod')],
    });
    const withRetirement = computePlan(desired, retiring);
    expect(withRetirement.changes.map((one) => one.id)).toContain('detach-scp:old-guard@ou:Workloads/Prod');
    expect(reachBeyond(withRetirement, withRetirement)).toEqual(new Map());
    const untagged = structuredClone(retiring);
    untagged.policies.find((policy) => policy.name === 'old-guard')!.tags = {};
    untagged.foreignScpsByTarget[organizationalUnitIdOf('Workloads/Prod')] = [{ id: 'p-oldguard', name: 'old-guard' }];
    expect(reachBeyond(computePlan(desired, untagged), withRetirement).get(move)).toEqual(['old-guard']);
  });

  test("a re-run after a StackSet's new parameter values went out, but not yet into the overrides, resumes as approved", () => {
    const previous = referenceDesiredState();
    desiredAccountNamed(previous, 'payments-dev').parameters = { 'permissions-boundary': { Extra: 'y' } };
    const desired = structuredClone(previous);
    desired.baselines.find((baseline) => baseline.name === 'permissions-boundary')!.parameters = {
      BoundaryPolicyName: 'vend-boundary-2',
    };
    const observed = convergedObservation(previous);
    const approved = computePlan(desired, observed);
    const carry = approved.changes.find((one) => one.kind === 'update-stack-instances')!;
    expect(carry.description).toMatch(/^Carry the StackSet's new parameter values into the overrides/);
    // UpdateStackSet ran (CloudFormation holds the new values); UpdateStackInstances did not.
    const updated = structuredClone(observed);
    observedStackSet(updated, 'permissions-boundary').parameters = { BoundaryPolicyName: 'vend-boundary-2' };
    const fresh = computePlan(desired, updated);
    expect(fresh.changes.map((one) => one.id)).toEqual([carry.id]);
    expect(isCovered(change(fresh, carry.id), changesById(approved))).toBe(true);
    // The same scope, flagged as the approved StackSet update was: without that update approved, it is not covered.
    const withoutUpdate = changesById({
      changes: approved.changes.filter(
        (one) => one.id !== change(approved, `update-stackset:stackset:vend-permissions-boundary`).id,
      ),
    });
    expect(change(fresh, carry.id).highImpact && !carry.highImpact).toBe(true);
    expect(isCovered(change(fresh, carry.id), withoutUpdate)).toBe(false);
  });

  test('an approved detachment that now leaves accounts with every action denied is refused, naming them', () => {
    const desired = referenceDesiredState();
    desired.organization.root.fullAWSAccess = false;
    // Another team's allow-list on the root: without FullAWSAccess, it still allows what it allows.
    const observed = convergedObservation(referenceDesiredState());
    observed.foreignScpsByTarget[observed.root.id] = [{ id: 'p-allowlist', name: 'org-allow-list' }];
    const approved = computePlan(desired, observed);
    const detach = change(approved, 'detach-scp:FullAWSAccess@root');
    expect(approved.blastRadius.find((entry) => entry.changeId === detach.id)).not.toHaveProperty('deniedEverything');
    // Detached since: the same change, at the root and high impact all along, now denies everything everywhere.
    const fresh = computePlan(desired, { ...observed, foreignScpsByTarget: {} });
    expect(isCovered(change(fresh, detach.id), changesById(approved))).toBe(true);
    const grownReach = reachBeyond(fresh, approved);
    expect(grownReach.get(detach.id)).toContain('payments-prod (every action denied)');
    const decision = authorizedWithBothFlags([change(fresh, detach.id)], approved, grownReach);
    expect(decision.refused[0]?.reason).toMatch(
      /^It now leaves \d+ accounts with every action denied, which the approved plan did not show \([^)]*payments-prod[^)]*: what allowed actions there changed since\)/,
    );
    expect(reachBeyond(approved, approved)).toEqual(new Map());
  });

  test('a StackSet update refuses to redeploy an instance someone added since the approval, in any account', () => {
    const previous = referenceDesiredState();
    const desired = structuredClone(previous);
    desired.baselines.find((baseline) => baseline.name === 'automation-roles')!.templateBody += '# reviewed edit\n';
    const observed = convergedObservation(previous);
    const approved = computePlan(desired, observed);
    const update = change(approved, 'update-stackset:stackset:vend-automation-roles');
    // An instance added by hand in an account no manifest declares: UpdateStackSet would redeploy it too.
    const added = structuredClone(observed);
    added.accounts.push({
      id: '495145928869',
      name: 'outsider',
      email: 'outsider@other.example',
      status: 'ACTIVE',
      parentId: added.root.id,
      parentPath: '',
    });
    observedStackSet(added, 'automation-roles').instances.push({
      accountId: '495145928869',
      region: 'us-east-1',
      status: 'CURRENT',
      parameterOverrides: {},
    });
    const fresh = computePlan(desired, added);
    const grownReach = reachBeyond(fresh, approved);
    expect([...grownReach]).toEqual([[update.id, ['outsider (495145928869)/us-east-1']]]);
    const decision = authorizedWithBothFlags([change(fresh, update.id)], approved, grownReach);
    expect(decision.refused[0]?.reason).toMatch(
      /^It now redeploys a stack instance the approved plan did not list \(outsider \(495145928869\)\/us-east-1\)/,
    );
    // Instances the approved plan itself deploys are shown: they do not count as beyond it.
    expect(reachBeyond(computePlan(desired, observed), approved)).toEqual(new Map());
  });

  test('adopting a StackSet, an UpdateStackSet too, refuses to redeploy an instance added since the approval', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    observedStackSet(observed, 'automation-roles').managedByVend = false;
    const approved = computePlan(desired, observed);
    const adopt = change(approved, 'adopt-stackset:stackset:vend-automation-roles');
    const added = structuredClone(observed);
    observedStackSet(added, 'automation-roles').instances.push({
      accountId: '495145928869',
      region: 'eu-west-1',
      status: 'CURRENT',
      parameterOverrides: {},
    });
    const grownReach = reachBeyond(computePlan(desired, added), approved);
    expect([...grownReach]).toEqual([[adopt.id, ['495145928869/eu-west-1']]]);
  });

  // CloudFormation API Reference, DeleteStackInstances: with RetainStacks false the stacks are deleted, and with them
  // every resource of the template the StackSet holds then that no DeletionPolicy keeps.
  test('removing stack instances never covers a template changed since to delete more or keep less', () => {
    const retiring = referenceDesiredState();
    retiring.baselines = retiring.baselines.filter((baseline) => baseline.name !== 'regional-guardrails');
    desiredAccountNamed(retiring, 'payments-prod').baselines = ['permissions-boundary', 'automation-roles'];
    const withKept = referenceDesiredState();
    withKept.baselines.find((baseline) => baseline.name === 'regional-guardrails')!.templateBody = [
      'Resources:',
      '  Logs: { Type: AWS::S3::Bucket, DeletionPolicy: Retain }',
      '  Topic: { Type: AWS::SNS::Topic }',
      '',
    ].join('\n');
    const observed = convergedObservation(withKept);
    const leaving = structuredClone(withKept);
    desiredAccountNamed(leaving, 'payments-prod').baselines = ['permissions-boundary', 'automation-roles'];
    for (const desired of [retiring, leaving]) {
      const approved = changesById(computePlan(desired, observed));
      const removal = change(
        computePlan(desired, observed),
        'remove-stack-instances:stackset:vend-regional-guardrails',
      );
      expect(isCovered(removal, approved)).toBe(true);
      for (const edit of [
        (body: string) => body.replace(', DeletionPolicy: Retain', ''),
        (body: string) => `${body}  Ledger: { Type: AWS::DynamoDB::Table }\n`,
      ]) {
        const edited = structuredClone(observed);
        const stackSet = observedStackSet(edited, 'regional-guardrails');
        stackSet.templateBody = edit(stackSet.templateBody);
        const uncovered = computePlan(desired, edited)
          .changes.filter((candidate) => !isCovered(candidate, approved))
          .map((candidate) => candidate.id);
        // A baseline still declared is updated back to the repository's template first, which no approval covers.
        expect(uncovered).toEqual([
          desired === retiring ? removal.id : 'update-stackset:stackset:vend-regional-guardrails',
        ]);
      }
    }
  });

  test('a change the approved plan holds with another scope is refused saying what was approved instead', () => {
    const desired = referenceDesiredState();
    desired.accounts.find((account) => account.name === 'payments-dev')!.ou = 'Security';
    const observed = convergedObservation(referenceDesiredState());
    const approved = computePlan(desired, observed);
    // Someone moves the account elsewhere after the approval: the move is now from another OU.
    const elsewhere = structuredClone(observed);
    const account = elsewhere.accounts.find((candidate) => candidate.name === 'payments-dev')!;
    account.parentId = organizationalUnitIdOf('Workloads/Prod');
    account.parentPath = 'Workloads/Prod';
    const fresh = computePlan(desired, elsewhere);
    const decision = authorizedWithBothFlags([change(fresh, 'move-account:account:payments-dev')], approved);
    expect(decision.refused[0]!.reason).toBe(
      'The approved plan (plan file p.json) holds it only as "Move account payments-dev from Workloads/NonProd to Security": the organization or the repository changed since that plan was made. Plan again and have the new plan approved.',
    );
  });

  test('before the first change, a change the approved plan holds in another form is refused as that, not for its reach', () => {
    // Moved by hand from elsewhere, the account also gains other SCPs: the cause to name is the other source OU.
    const desired = referenceDesiredState();
    desired.accounts.find((account) => account.name === 'payments-dev')!.ou = 'Security';
    const approved = computePlan(desired, convergedObservation(referenceDesiredState()));
    const fresh = structuredClone(approved);
    const move = fresh.changes.find((candidate) => candidate.id === 'move-account:account:payments-dev')!;
    move.scope.from = 'Workloads/Prod';
    const radius = fresh.blastRadius.find((entry) => entry.changeId === move.id)!;
    if (radius.kind === 'move') radius.gains.scps.push('deny-from-elsewhere');
    const report = savedPlanReport(approved);
    expect(coversWholePlan(approved, fresh, report)).toBe(false);
    expect(report.refused).toEqual([
      expect.objectContaining({
        id: move.id,
        reason: expect.stringMatching(
          /^The approved plan \(plan file p\.json\) holds it with another scope \(from differs\): /,
        ),
      }),
    ]);
  });

  test('before the first change, an SCP attachment made high impact by an account moved in since names that account, not the flag', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    desired.organizationalUnits.find((unit) => unit.path === 'Security')!.scps.push('deny-unapproved-regions');
    const approved = computePlan(desired, observed);
    const attach = approved.changes.find(
      (candidate) => candidate.id === 'attach-scp:deny-unapproved-regions@ou:Security',
    )!;
    expect(attach.highImpact).toBe(false);
    // Out of band, someone creates an account no manifest declares and moves it into Security.
    const moved = structuredClone(observed);
    moved.accounts.push({
      id: '990975211850',
      name: 'oob-account',
      email: 'oob@example.com',
      status: 'ACTIVE',
      parentId: organizationalUnitIdOf('Security'),
      parentPath: 'Security',
    });
    const fresh = computePlan(desired, moved);
    expect(fresh.changes.find((candidate) => candidate.id === attach.id)!.highImpact).toBe(true);
    const report = savedPlanReport(approved);
    expect(coversWholePlan(approved, fresh, report)).toBe(false);
    expect(report.refused).toEqual([
      expect.objectContaining({
        id: attach.id,
        reason: expect.stringMatching(
          /^It now reaches an account the approved plan did not show it reaching \(oob-account \(990975211850\)\)/,
        ),
      }),
    ]);
  });

  test('a refusal says which scope fields differ, or which flag, when the description is the same', () => {
    const approvedAs = {
      id: 'update-stackset:stackset:vend-roles',
      description: 'Update StackSet vend-roles',
      scope: { stackSet: 'vend-roles', template: 'sha256:a', deletes: 'sha256:x' },
      destructive: false,
    } as unknown as Change;
    const fresh = { ...approvedAs, scope: { stackSet: 'vend-roles', template: 'sha256:b', deletes: 'sha256:y' } };
    expect(notApprovedReason('plan file p.json', approvedAs, fresh)).toMatch(
      /^The approved plan \(plan file p\.json\) holds it with another scope \(deletes, template differ\): /,
    );
    expect(notApprovedReason('plan file p.json', approvedAs, { ...approvedAs, destructive: true })).toMatch(
      /^The approved plan \(plan file p\.json\) holds it, but not as destructive: /,
    );
  });

  test('a change the approved plan does not hold is refused, with or without allow-destructive', () => {
    const approved = computePlan(referenceDesiredState(), convergedObservation(referenceDesiredState()));
    const decision = authorizeChanges([close], {
      approved,
      source: 'plan file p.json',
      allowDestructive: true,
      allowHighImpact: false,
      grownReach: new Map(),
    });
    expect(decision.allowed).toEqual([]);
    expect(decision.refused[0]!.reason).toBe(
      'It is not in the approved plan (plan file p.json): the organization or the repository changed since that plan was made. Plan again and have the new plan approved.',
    );
  });
});

describe('the saved plan file', () => {
  const plan = closingPlan();
  const text = serializePlan(plan);
  const here = {
    commit: plan.commit,
    managementAccountId: MANAGEMENT_ACCOUNT_ID,
    repositoryDigest: plan.repositoryDigest,
  };

  test('vend plan --out writes the commit, the digest, and every change with its id and scope', () => {
    const saved = parseSavedPlan(text, 'plan.json');
    expect(saved).toEqual(plan);
    expect(saved.commit).toBe('a'.repeat(40));
    expect(change(saved, 'close-account:account:security-audit')).toMatchObject({
      destructive: true,
      scope: { account: 'security-audit', accountId: expect.stringMatching(/^\d{12}$/) },
    });
    expect(savedPlanRefusal(saved, 'plan.json', here)).toBeUndefined();
  });

  test.each([
    ['not JSON', '{"formatVersion": 2,', /^Plan file plan.json is not JSON/],
    // A wrong path (`--plan /etc/passwd`) must not copy that file's first bytes into the log.
    ['another file entirely', 'root:x:0:0:root', /^Plan file plan.json is not JSON\. Write it with 'vend plan --out/],
    ['another format version', '{"formatVersion": 1}', /has format version 1; this vend applies version 2/],
    ['an object that is no plan at all', '{}', /^Plan file plan.json is not a vend plan: it has no formatVersion\./],
    ['a file without its problems', JSON.stringify({ ...plan, problems: 'ab' }), /has no list of problems/],
    [
      'a file without a repository digest',
      JSON.stringify({ ...plan, repositoryDigest: undefined }),
      /has no repository digest/,
    ],
    [
      'a change without a scope',
      JSON.stringify({ ...plan, changes: [{ ...plan.changes[0], scope: 7 }] }),
      /has no valid scope/,
    ],
    // Each field the format defines: a report built from a plan without them would be wrong or crash.
    ['a file without its summary', JSON.stringify({ ...plan, summary: undefined }), /has no summary of changes/],
    ['a file without its accounts', JSON.stringify({ ...plan, accounts: undefined }), /has no list of accounts/],
    ['a file whose home region is a number', JSON.stringify({ ...plan, homeRegion: 5 }), /names no home region/],
    [
      'a file without its NoEcho parameters',
      JSON.stringify({ ...plan, noEchoParameters: { x: [1] } }),
      /does not list its NoEcho parameters/,
    ],
    // Entries apply compares with a fresh plan, edited by hand under a recomputed digest: refused, never a TypeError.
    ['a file with a null account', JSON.stringify({ ...plan, accounts: [null] }), /has no list of accounts/],
    [
      'a file with an account without its SCPs in force',
      JSON.stringify({ ...plan, accounts: [{ name: 'payments-dev', status: 'new' }] }),
      /account 1 has no name, status or SCPs in force/,
    ],
    [
      'a file with a null blast radius entry',
      JSON.stringify({ ...plan, blastRadius: [null] }),
      /has no list of blastRadius/,
    ],
    [
      'a file whose SCP blast radius names no accounts',
      JSON.stringify({ ...plan, blastRadius: [{ changeId: 'x', kind: 'scp' }] }),
      /blast radius entry 1 does not say whom its change reaches/,
    ],
    [
      'a change without a target',
      JSON.stringify({ ...plan, changes: [{ ...plan.changes[0], target: undefined }] }),
      /has no target or description/,
    ],
    // The digest check walks the plan recursively: a hostile depth is refused before it, not a stack overflow.
    [
      'nested 20,000 levels deep',
      JSON.stringify({ ...plan, accounts: 'DEEP' }).replace('"DEEP"', `${'['.repeat(20_000)}${']'.repeat(20_000)}`),
      /is nested more than 200 levels deep/,
    ],
  ])('a file that is %s is malformed', (_case, content, message) => {
    expect(() => parseSavedPlan(content, 'plan.json')).toThrow(MalformedPlanError);
    expect(() => parseSavedPlan(content, 'plan.json')).toThrow(message);
  });

  test('a plan saved with a byte-order mark (as some editors do) reads as the same plan', () => {
    const saved = parseSavedPlan(`\uFEFF${text}`, 'plan.json');
    expect(saved).toEqual(plan);
    expect(savedPlanRefusal(saved, 'plan.json', here)).toBeUndefined();
  });

  test('a plan edited after vend wrote it, or from another commit, other files or organization, is refused', () => {
    const edited = JSON.parse(text) as Plan;
    edited.changes[0]!.scope = { ...edited.changes[0]!.scope, members: ['everything/us-east-1'] };
    expect(savedPlanRefusal(edited, 'plan.json', here)).toMatch(/was edited after vend wrote it/);
    expect(savedPlanRefusal(plan, 'plan.json', { ...here, commit: 'b'.repeat(40) })).toBe(
      `Plan file plan.json was computed from ${'a'.repeat(40)}, but the repository is at ${'b'.repeat(40)}. Apply only the plan of the commit that is checked out: plan again from it.`,
    );
    expect(savedPlanRefusal(plan, 'plan.json', { ...here, repositoryDigest: `sha256:${'0'.repeat(64)}` })).toMatch(
      /was computed from other repository files than these \(uncommitted changes\?\)/,
    );
    expect(savedPlanRefusal(plan, 'plan.json', { ...here, managementAccountId: '999999999999' })).toBe(
      `Plan file plan.json was computed for management account ${MANAGEMENT_ACCOUNT_ID}, not 999999999999, which baselines/organization.yaml declares: it is another organization's plan. Plan again from this repository and have that plan approved.`,
    );
  });

  test('a plan that problems blocked when it was written is refused, even once they are fixed', () => {
    // `vend plan --out` writes the file and exits 1; its changes were never meant to run. The problem's own full stop
    // gives way to the sentence around it.
    const body: Omit<Plan, 'digest'> & { digest?: string } = {
      ...plan,
      problems: [
        {
          target: 'account:payments-dev',
          rule: 'account-email-changed',
          message: 'the root email changed.',
          file: 'accounts/payments-dev.yaml',
          line: 3,
          column: 1,
        },
      ],
    };
    delete body.digest;
    const blocked = { ...body, digest: sha256Digest(canonicalJson(body)) } as Plan;
    // Where the plan put it, so the one to fix is found without planning again.
    expect(savedPlanRefusal(blocked, 'plan.json', here)).toBe(
      'Plan file plan.json holds a problem that blocked apply when it was made: accounts/payments-dev.yaml:3:1 [account-email-changed]: the root email changed. Fix it, plan again, and have the new plan approved.',
    );
  });
});

describe('where the action may apply', () => {
  const push = { eventName: 'push', ref: 'refs/heads/main', defaultBranch: 'main' };

  test('a push to the default branch, or workflow_dispatch on it, applies', () => {
    expect(applyRefusal(push, false)).toBeUndefined();
    expect(applyRefusal({ ...push, eventName: 'workflow_dispatch' }, false)).toBeUndefined();
  });

  test.each(['pull_request', 'pull_request_target', 'pull_request_review', 'merge_group', 'schedule', 'workflow_run'])(
    '%s events are refused, even with the branch override',
    (eventName) => {
      expect(applyRefusal({ ...push, eventName }, true)).toBe(
        `vend apply runs only on push and workflow_dispatch events, not on '${eventName}': any other event could change the organization from code or a workflow nobody merged. Run it on push to the default branch, or with workflow_dispatch on it.`,
      );
    },
  );

  test('another branch is refused unless explicitly overridden; a tag never applies', () => {
    const hotfix = { ...push, ref: 'refs/heads/hotfix' };
    expect(applyRefusal(hotfix, false)).toBe(
      "vend apply runs only from the default branch 'refs/heads/main', not 'refs/heads/hotfix'. Merge first, or set allow-non-default-branch: true for a deliberate exception.",
    );
    expect(applyRefusal(hotfix, true)).toBeUndefined();
    expect(applyRefusal({ ...push, ref: 'refs/tags/v1' }, true)).toBe(
      "vend apply runs only from a branch, not from 'refs/tags/v1'. Run it on push to the default branch, or with workflow_dispatch on it.",
    );
  });
});

test('a saved plan the organization moved away from is refused whole, and the rest of it is listed as still planned', async () => {
  // Approved: a new tag on payments-dev, as planned against the converged organization.
  const desired = referenceDesiredState();
  desired.accounts.find((account) => account.name === 'payments-dev')!.tags.CostCenter = '4712';
  // And new content for an SCP attached to an OU, which acts in no account itself but reaches those beneath.
  const regions = desired.scps.find((scp) => scp.name === 'deny-unapproved-regions')!;
  regions.content = regions.content.replace('"Sid":"', '"Sid":"New');
  const converged = convergedObservation(referenceDesiredState());
  const approved = computePlan(desired, converged);
  // Since then, someone moved payments-prod by hand: the fresh plan moves it back, which no one approved.
  const moved = structuredClone(converged);
  Object.assign(
    moved.accounts.find((account) => account.name === 'payments-prod')!,
    {
      parentId: organizationalUnitIdOf('Security'),
      parentPath: 'Security',
    },
  );
  const clients = createAwsClients({
    region: 'us-east-1',
    credentials: { accessKeyId: 'unit', secretAccessKey: 'unit' },
  });
  try {
    const report = await applyPlan({
      clients,
      desired,
      allowDestructive: false,
      allowHighImpact: true,
      approval: { kind: 'saved-plan', source: 'plan file p.json', plan: approved },
      commit: null,
      schedules: DEFAULT_SCHEDULES,
      observe: async () => structuredClone(moved),
    });
    expect(report.changesApplied).toEqual([]);
    expect(report.refused.map((change) => change.id)).toEqual(['move-account:account:payments-prod']);
    expect(report.refused[0]!.outdated).toBe(true);
    // The by-account report says where the refused move was to take it, as an applied move does.
    expect(applyOutcomeByAccount(report).accounts.find((account) => account.account === 'payments-prod')).toMatchObject(
      { notDone: expect.arrayContaining(['refused: moving it (Security → Workloads/Prod)']) },
    );
    // The approved tag change was covered but not carried out: the report says so.
    expect(report.pending.map((change) => change.id)).toContain('tag-account:account:payments-dev');
    // The SCP update still planned names the accounts it would reach, for the report by account: payments-prod, under
    // it through Workloads/Prod, and security-audit, which has it attached to the account itself.
    expect(report.pending.find((change) => change.id === 'update-scp:scp:deny-unapproved-regions')).toMatchObject({
      reaches: ['payments-prod', 'security-audit'],
    });
  } finally {
    destroyAwsClients(clients);
  }
});

// Terraform's apply -auto-approve prints the plan it takes before it changes anything; vend's CLI does the same.
test('with --auto-approve the plan apply takes is shown before any change', async () => {
  const desired = referenceDesiredState();
  const converged = convergedObservation(desired);
  const clients = createAwsClients({
    region: 'us-east-1',
    credentials: { accessKeyId: 'unit', secretAccessKey: 'unit' },
  });
  try {
    const shown: string[] = [];
    const report = await applyPlan({
      clients,
      desired,
      allowDestructive: false,
      allowHighImpact: false,
      approval: { kind: 'first-plan', source: '--auto-approve', show: (plan) => shown.push(plan.digest) },
      commit: null,
      schedules: DEFAULT_SCHEDULES,
      observe: async () => structuredClone(converged),
    });
    expect(shown).toEqual([report.approval.digest]);
  } finally {
    destroyAwsClients(clients);
  }
});

test('a plan with a problem is put to no one at the terminal, and the audit line says no one approved it', async () => {
  // A changed root email is a problem (account-email-changed): apply stops before the first change.
  const desired = referenceDesiredState();
  desired.accounts.find((account) => account.name === 'payments-dev')!.email = 'aws+renamed@example.com';
  const converged = convergedObservation(referenceDesiredState());
  const clients = createAwsClients({
    region: 'us-east-1',
    credentials: { accessKeyId: 'unit', secretAccessKey: 'unit' },
  });
  try {
    let asked = 0;
    const report = await applyPlan({
      clients,
      desired,
      allowDestructive: false,
      allowHighImpact: false,
      approval: {
        kind: 'first-plan',
        source: 'confirmed at the terminal',
        confirm: async () => {
          asked++;
          return true;
        },
      },
      commit: null,
      schedules: DEFAULT_SCHEDULES,
      observe: async () => structuredClone(converged),
    });
    expect(report.problems.length).toBeGreaterThan(0);
    expect(asked).toBe(0);
    expect(approvalLine(report)).toMatch(/^Plan sha256:[0-9a-f]{64} was not approved\.$/);
  } finally {
    destroyAwsClients(clients);
  }
});

// The saved-plan path holds the organization to the approved plan before the first change; a plan confirmed at the
// terminal is the same promise, and the person may take minutes to type yes while the organization moves on.
test('a plan confirmed at the terminal is held to the organization read again after the yes, before any change', async () => {
  const desired = referenceDesiredState();
  desired.organizationalUnits.find((unit) => unit.path === 'Workloads/Prod')!.scps.push('deny-leave-organization');
  let organization = convergedObservation(referenceDesiredState());
  const clients = createAwsClients({
    region: 'us-east-1',
    credentials: { accessKeyId: 'unit', secretAccessKey: 'unit' },
  });
  try {
    const report = await applyPlan({
      clients,
      desired,
      allowDestructive: false,
      allowHighImpact: true,
      approval: {
        kind: 'first-plan',
        source: 'confirmed at the terminal',
        // While the prompt waits, someone moves another team's account into the OU the SCP is for.
        confirm: async () => {
          organization = structuredClone(organization);
          organization.accounts.push({
            ...organization.accounts.find((account) => account.name === 'payments-prod')!,
            id: '999999999999',
            name: 'handmade',
            email: 'handmade@example.net',
          });
          return true;
        },
      },
      commit: null,
      schedules: DEFAULT_SCHEDULES,
      observe: async () => structuredClone(organization),
    });
    expect(report.changesApplied).toEqual([]);
    expect(report.refused).toEqual([
      expect.objectContaining({
        id: 'attach-scp:deny-leave-organization@ou:Workloads/Prod',
        reason: expect.stringContaining('handmade (999999999999)'),
      }),
    ]);
    expect(report.stoppedBeforeStart).toMatch(/^The organization or the repository changed since the approved plan/);
  } finally {
    destroyAwsClients(clients);
  }
});

test('the action refuses a pull_request event before it reads the repository or AWS', async () => {
  const result = await runAction({
    inputs: { command: 'apply', 'plan-file': join(scratch, 'plan.json') },
    workspace: MINIMAL_REPOSITORY,
    env: { GITHUB_REF: 'refs/pull/7/merge', GITHUB_SHA: 'abc123', GITHUB_REPOSITORY: 'acme/accounts' },
    event: {
      name: 'pull_request',
      payload: {
        pull_request: { number: 7, head: { repo: { full_name: 'acme/accounts' } } },
        repository: { default_branch: 'main' },
      },
    },
  });

  expect(result.status).toBe(1);
  expect(result.stdout).toContain(
    "::error::vend apply runs only on push and workflow_dispatch events, not on 'pull_request'",
  );
  expect(result.summary).toContain('Vend apply: refused');
  expect(result.outputs).toEqual({});
});

test('the action will not apply without a saved plan unless auto-approve is set explicitly', async () => {
  const result = await runAction({
    inputs: { command: 'apply' },
    workspace: MINIMAL_REPOSITORY,
    env: { GITHUB_REF: 'refs/heads/main', GITHUB_SHA: 'abc123', GITHUB_REPOSITORY: 'acme/accounts' },
    event: { name: 'push', payload: { ref: 'refs/heads/main', repository: { default_branch: 'main' } } },
  });
  expect(result.status).toBe(1);
  expect(result.stdout).toContain("::error::command 'apply' needs 'plan-file'");
  expect(result.outputs).toEqual({});
});

test('the action refuses a saved plan together with auto-approve: that would skip the environment check', async () => {
  const result = await runAction({
    inputs: { command: 'apply', 'plan-file': 'plan.json', 'auto-approve': 'true' },
    workspace: MINIMAL_REPOSITORY,
    env: { GITHUB_REF: 'refs/heads/main', GITHUB_SHA: 'abc123', GITHUB_REPOSITORY: 'acme/accounts' },
    event: { name: 'push', payload: { ref: 'refs/heads/main', repository: { default_branch: 'main' } } },
  });
  expect(result.status).toBe(1);
  expect(result.stdout).toContain("::error::command 'apply' takes 'plan-file' or 'auto-approve: true', not both");
  expect(result.outputs).toEqual({});
});

describe('vend apply on the command line', () => {
  const settings = {
    command: 'apply' as const,
    repositoryRoot: MINIMAL_REPOSITORY,
    outputFormat: 'text' as const,
    comment: false,
    allowDestructive: false,
    allowHighImpact: false,
    autoApprove: false,
  };
  const run = async (
    overrides: Partial<Omit<typeof settings, 'outputFormat'>> & {
      savedPlanFile?: string;
      outputFormat?: 'text' | 'json' | 'markdown';
    },
  ) => {
    const stderr: string[] = [];
    const stdout: string[] = [];
    const exitCode = await runCommand(
      { ...settings, ...overrides },
      { stdout: (text) => stdout.push(text), stderr: (text) => stderr.push(text) },
    ).catch((error: Error) => ({ error }));
    return { exitCode, stderr: stderr.join('\n'), stdout: stdout.join('\n') };
  };

  test('without a saved plan, a terminal or --auto-approve it is a usage error before anything is read', async () => {
    const { exitCode } = await run({});
    expect(exitCode).toEqual({
      error: expect.objectContaining({ name: 'UsageError', message: expect.stringContaining('--auto-approve') }),
    });
  });

  test('a missing or malformed plan file is a usage error, not an apply of everything', async () => {
    const missing = await run({ savedPlanFile: join(scratch, 'missing.json') });
    expect(missing.exitCode).toEqual({ error: expect.objectContaining({ name: 'UsageError' }) });
    expect((await run({ savedPlanFile: scratch })).exitCode).toEqual({
      error: expect.objectContaining({
        name: 'UsageError',
        message: `Cannot read ${scratch}: it is a directory, not a file.`,
      }),
    });
    const malformed = join(scratch, 'malformed.json');
    writeFileSync(malformed, '{"formatVersion": 2, "changes": "all"}');
    expect((await run({ savedPlanFile: malformed })).exitCode).toEqual({
      error: expect.objectContaining({ name: 'UsageError', message: expect.stringContaining('is not a vend plan') }),
    });
    // Padding is refused by its size, before any of it is read (a sparse file: no disk is spent on it).
    const padded = join(scratch, 'padded.json');
    writeFileSync(padded, '');
    truncateSync(padded, 300 * 1024 * 1024);
    expect((await run({ savedPlanFile: padded })).exitCode).toEqual({
      error: expect.objectContaining({
        name: 'UsageError',
        message: `Cannot read ${padded}: it is 314,572,800 bytes, more than the 268,435,456 such a file may be.`,
      }),
    });
  });

  test('a plan from another commit is refused with exit 1 before AWS is read', async () => {
    const file = join(scratch, 'other-commit.json');
    const plan = closingPlan();
    writeFileSync(file, serializePlan({ ...plan }));
    const { exitCode, stderr } = await run({ savedPlanFile: file });
    expect(exitCode).toBe(1);
    expect(stderr).toContain(
      `vend apply: refused: Plan file ${file} was computed from ${'a'.repeat(40)}, but the repository is at `,
    );
    expect(stderr).toContain('Nothing was read from AWS or changed.');
    // Scripts get the refusal in the format they asked for, on stdout.
    const json = await run({ savedPlanFile: file, outputFormat: 'json' });
    expect(json.exitCode).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual({
      status: 'refused',
      reason: expect.stringContaining('Nothing was read from AWS or changed.'),
    });
    const markdown = await run({ savedPlanFile: file, outputFormat: 'markdown' });
    expect(markdown.stdout).toMatch(/^### Vend apply: refused\n\nPlan file /);
  });
});

test('vend apply on a repository with validation errors exits 1 and applies nothing', async () => {
  const repositoryRoot = fixtureRepository({
    'accounts/app-prod.yaml':
      'name: app-prod\nemail: aws+app-prod@example.com\nou: Nowhere\nowner: team-app\ntags: { CostCenter: "100" }\n',
  });
  const stderr: string[] = [];
  const stdout: string[] = [];
  // No AWS endpoint or credentials exist here: reaching AWS at all would fail differently (exit 2).
  const exitCode = await runCommand(
    {
      command: 'apply',
      repositoryRoot,
      outputFormat: 'text',
      comment: false,
      allowDestructive: false,
      allowHighImpact: false,
      autoApprove: true,
    },
    { stdout: (text) => stdout.push(text), stderr: (text) => stderr.push(text) },
  );
  expect(exitCode).toBe(1);
  expect(stderr.join('\n')).toContain("OU 'Nowhere' is not declared");
  expect(stderr.at(-1)).toBe('vend apply: 1 validation error above; nothing was applied.');
  expect(stdout).toEqual([]);
});
