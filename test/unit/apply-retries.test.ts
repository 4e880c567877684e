import {
  CloudFormationClient,
  CreateStackInstancesCommand,
  DescribeStackSetOperationCommand,
  ListStackSetOperationResultsCommand,
} from '@aws-sdk/client-cloudformation';
import {
  AccessDeniedException,
  AttachPolicyCommand,
  CreateAccountCommand,
  CreateOrganizationalUnitCommand,
  CreatePolicyCommand,
  DuplicateOrganizationalUnitException,
  DuplicatePolicyException,
  ListOrganizationalUnitsForParentCommand,
  ListPoliciesCommand,
  ListTagsForResourceCommand,
  MoveAccountCommand,
  OrganizationsClient,
  TagResourceCommand,
  TooManyRequestsException,
} from '@aws-sdk/client-organizations';
import { mockClient } from 'aws-sdk-client-mock';
import { applyExitCode, changedNothing, changesDone, notAttempted } from '../../src/apply/apply-report.js';
import { applyPlan, DEFAULT_SCHEDULES } from '../../src/apply/execute-plan.js';
import type { DesiredState } from '../../src/config/desired-state.js';
import { renderApplyComment } from '../../src/report/apply-markdown.js';
import { applySummaryLine, renderApplyText } from '../../src/report/apply-text.js';
import { createAwsClients, destroyAwsClients } from '../../src/observe/aws-clients.js';
import type { ObservedState } from '../../src/observe/observed-state.js';
import {
  accountIdOf,
  convergedObservation,
  desiredOrganizationalUnit,
  observedAccount,
  observedStackSet,
  organizationalUnitIdOf,
  referenceDesiredState,
  ROOT_ID,
} from '../support/plan-fixtures.js';

/** Failures that pass, or that moto cannot produce: throttling, a denied tag, a policy name already taken. */
const organizations = mockClient(OrganizationsClient);
const cloudFormation = mockClient(CloudFormationClient);
const AUDIT = 'security-audit';
const AUDIT_ID = accountIdOf(AUDIT);
const DEV = accountIdOf('payments-dev');
const throttled = () => new TooManyRequestsException({ message: 'Rate exceeded', $metadata: {} });
const denied = () => new AccessDeniedException({ message: 'not authorized', $metadata: {} });

/**
 * Runs apply against scripted observations (the last one repeats). Like the real observation, it leaves account
 * tags out when apply does not ask for them.
 */
async function apply(observations: (ObservedState | Error)[], desired: DesiredState) {
  const clients = createAwsClients({
    region: 'us-east-1',
    credentials: { accessKeyId: 'unit', secretAccessKey: 'unit' },
  });
  const remaining = [...observations];
  const tagReads: boolean[] = [];
  const foreignScpReads: boolean[] = [];
  const logged: string[] = [];
  let now = 0;
  try {
    const report = await applyPlan({
      clients,
      desired,
      allowDestructive: false,
      // What is tried here is how apply carries changes out; apply-guards.test.ts covers what it refuses.
      allowHighImpact: true,
      approval: { kind: 'first-plan', source: '--auto-approve' },
      commit: null,
      clock: { now: () => now, sleep: async (milliseconds: number) => void (now += milliseconds) },
      schedules: DEFAULT_SCHEDULES,
      log: (line) => logged.push(line),
      observe: async (_clients, { readAccountTags = true, readForeignScpTargets = true }) => {
        tagReads.push(readAccountTags);
        foreignScpReads.push(readForeignScpTargets);
        const next = remaining.length > 1 ? remaining.shift()! : remaining[0]!;
        if (next instanceof Error) throw next;
        const observed = structuredClone(next);
        if (!readAccountTags) for (const account of observed.accounts) delete account.tags;
        return observed;
      },
    });
    return { report, tagReads, foreignScpReads, logged, exitCode: applyExitCode(report) };
  } finally {
    destroyAwsClients(clients);
  }
}

function detached(observed: ObservedState, policy: string, targetId: string): ObservedState {
  const copy = structuredClone(observed);
  const found = copy.policies.find((candidate) => candidate.name === policy)!;
  found.targetIds = found.targetIds.filter((id) => id !== targetId);
  return copy;
}

beforeEach(() => {
  organizations.reset();
  cloudFormation.reset();
});

test('an OU attachment that waits for an account to leave runs after the move, though the fresh plan no longer shows the wait', async () => {
  // The approved plan puts the attachment after the account stage; once the move is made, a fresh plan has no move
  // left to wait for, and the attachment must keep the stage it was approved in rather than one apply has passed.
  const desired = referenceDesiredState();
  desired.organizationalUnits.find((unit) => unit.path === 'Workloads/Prod')!.scps.push('deny-leave-organization');
  desired.accounts.find((account) => account.name === 'payments-prod')!.ou = 'Security';
  const before = convergedObservation(referenceDesiredState());
  const moved = structuredClone(before);
  Object.assign(observedAccount(moved, 'payments-prod'), {
    parentId: before.organizationalUnits.find((unit) => unit.path === 'Security')!.id,
    parentPath: 'Security',
  });
  const attached = structuredClone(moved);
  const prodId = before.organizationalUnits.find((unit) => unit.path === 'Workloads/Prod')!.id;
  attached.policies.find((policy) => policy.name === 'deny-leave-organization')!.targetIds.push(prodId);
  organizations.on(MoveAccountCommand).resolves({});
  organizations.on(AttachPolicyCommand).resolves({});
  cloudFormation.on(CreateStackInstancesCommand).resolves({ OperationId: 'op-1' });

  // One stage makes both: the read after it shows the account moved and the SCP attached.
  const { report, logged } = await apply([before, attached], desired);
  expect(report.changesApplied.map((change) => change.id)).toEqual(
    expect.arrayContaining([
      'move-account:account:payments-prod',
      'attach-scp:deny-leave-organization@ou:Workloads/Prod',
    ]),
  );
  expect(report.pending).toEqual([]);
  const stageOfAttach = logged.findIndex((line) =>
    line.includes('Attach SCP deny-leave-organization to OU Workloads/Prod'),
  );
  const stageOfMove = logged.findIndex((line) => line.includes('Move account payments-prod'));
  expect(stageOfMove).toBeGreaterThanOrEqual(0);
  expect(stageOfAttach).toBeGreaterThan(stageOfMove);
});

test('an account is not created when a guardrail on its path fails to attach: it would go live without it', async () => {
  const desired = referenceDesiredState();
  const observed = detached(
    convergedObservation(desired),
    'deny-unapproved-regions',
    organizationalUnitIdOf('Workloads/Prod'),
  );
  observed.accounts = observed.accounts.filter((account) => account.name !== 'payments-prod');
  organizations.on(AttachPolicyCommand).rejects(denied());

  const { report } = await apply([observed], desired);

  expect(organizations.commandCalls(CreateAccountCommand)).toHaveLength(0);
  expect(notAttempted(report)).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        id: 'create-account:account:payments-prod',
        blockedBy: 'attach-scp:deny-unapproved-regions@ou:Workloads/Prod',
      }),
    ]),
  );
});

test('an account that arrived before a guardrail whose attachment then failed is not reported as having gained it', async () => {
  // payments-dev and payments-prod swap OUs that both gain an SCP: one arrival goes first (the plan notes it).
  const desired = referenceDesiredState();
  desired.organizationalUnits.find((unit) => unit.path === 'Workloads/NonProd')!.scps.push('deny-unapproved-regions');
  desired.organizationalUnits.find((unit) => unit.path === 'Workloads/Prod')!.scps.push('deny-leave-organization');
  desired.organization.root.scps = desired.organization.root.scps.filter((name) => name !== 'deny-leave-organization');
  desired.accounts.find((account) => account.name === 'payments-dev')!.ou = 'Workloads/Prod';
  desired.accounts.find((account) => account.name === 'payments-prod')!.ou = 'Workloads/NonProd';
  organizations.on(MoveAccountCommand).resolves({});
  organizations.on(AttachPolicyCommand).rejects(denied());

  const before = convergedObservation(referenceDesiredState());
  // The reads after the account stage find both moves made.
  const moved = structuredClone(before);
  for (const [name, path] of [
    ['payments-dev', 'Workloads/Prod'],
    ['payments-prod', 'Workloads/NonProd'],
  ] as const)
    Object.assign(observedAccount(moved, name), { parentId: organizationalUnitIdOf(path), parentPath: path });
  const { report } = await apply([before, before, moved], desired);

  const moves = report.changesApplied.filter((change) => change.id.startsWith('move-account:'));
  expect(moves.length).toBeGreaterThan(0);
  const details = moves.map((move) => move.detail ?? '').join('\n');
  expect(details).not.toMatch(/gains SCPs? (deny-leave-organization|deny-unapproved-regions)/);
  expect(details).toMatch(
    /is not yet under SCP (deny-leave-organization|deny-unapproved-regions), whose attachment did not take effect/,
  );
});

describe('a stage that runs again', () => {
  test('drops the failure of a throttled call that took effect, and keeps the one AWS refused', async () => {
    const desired = referenceDesiredState();
    const converged = convergedObservation(desired);
    const prodId = converged.organizationalUnits.find((unit) => unit.path === 'Workloads/Prod')!.id;
    organizations.on(AttachPolicyCommand, { TargetId: prodId }).rejects(throttled());
    organizations.on(AttachPolicyCommand, { TargetId: ROOT_ID }).rejects(denied());
    const bothMissing = detached(
      detached(converged, 'deny-unapproved-regions', prodId),
      'deny-leave-organization',
      ROOT_ID,
    );
    // The throttled attachment went through after all; the denied one did not.
    const rootMissing = detached(converged, 'deny-leave-organization', ROOT_ID);

    const { report, exitCode, logged } = await apply([bothMissing, rootMissing], desired);

    expect(organizations.commandCalls(AttachPolicyCommand, { TargetId: prodId })).toHaveLength(1);
    // The log says the stage's second line is a second try, not the same work twice.
    const stageLines = logged.filter((line) => line.startsWith('Stage 3,'));
    expect(stageLines).toHaveLength(2);
    expect(stageLines[1]).toMatch(/^Stage 3, [^:]+ \(try 2 of 3, after a failure AWS said was passing\): /);
    expect(stageLines[0]).not.toContain('try');
    expect(report.failures).toEqual([
      {
        id: 'attach-scp:deny-leave-organization@root',
        description: 'Attach SCP deny-leave-organization to the root',
        reaches: ['payments-dev', 'payments-prod', 'security-audit'],
        message: expect.stringContaining('AccessDeniedException: not authorized'),
      },
    ]);
    expect(report.pending).toEqual([]);
    expect(exitCode).toBe(1);
    // The throttled call took effect: the run made it, and says so.
    expect(report.changesApplied).toEqual([
      expect.objectContaining({
        id: 'attach-scp:deny-unapproved-regions@ou:Workloads/Prod',
        detail: 'AWS answered with an error, yet the next read found it made',
      }),
    ]);
  });

  test('reports success when every throttled call took effect', async () => {
    const desired = referenceDesiredState();
    organizations.on(AttachPolicyCommand).rejects(throttled());
    const converged = convergedObservation(desired);

    const { report, exitCode } = await apply(
      [detached(converged, 'deny-unapproved-regions', AUDIT_ID), converged],
      desired,
    );

    expect(organizations.commandCalls(AttachPolicyCommand)).toHaveLength(1);
    expect(report.failures).toEqual([]);
    expect(exitCode).toBe(0);
    // Counted as applied: a run whose every call answered with an error, yet took effect, did change AWS.
    expect(report.changesApplied.map((change) => change.id)).toEqual([
      'attach-scp:deny-unapproved-regions@account:security-audit',
    ]);
    expect(changesDone(report)).toBe(1);
    expect(changedNothing(report)).toBe(false);
  });
});

describe('an account whose adoption failed', () => {
  /** security-audit exists but is not vend's yet, lacks its account SCP and a regional baseline; payments-dev lacks its baselines. */
  function adoptionScenario() {
    const desired = referenceDesiredState();
    desired.accounts.find((account) => account.name === AUDIT)!.baselines = ['regional-guardrails'];
    const converged = convergedObservation(desired);
    const pending = detached(converged, 'deny-unapproved-regions', AUDIT_ID);
    delete pending.accounts.find((account) => account.id === AUDIT_ID)!.tags!.ManagedBy;
    const guardrails = observedStackSet(pending, 'regional-guardrails');
    guardrails.instances = guardrails.instances.filter((instance) => instance.accountId !== AUDIT_ID);
    for (const baseline of ['permissions-boundary', 'automation-roles']) {
      const stackSet = observedStackSet(pending, baseline);
      stackSet.instances = stackSet.instances.filter((instance) => instance.accountId !== DEV);
    }
    // What the organization looks like once payments-dev got its baselines; security-audit is still not vend's.
    const devDone = structuredClone(pending);
    for (const baseline of ['permissions-boundary', 'automation-roles'])
      observedStackSet(devDone, baseline).instances = observedStackSet(converged, baseline).instances;
    cloudFormation.on(CreateStackInstancesCommand).resolves({ OperationId: 'op-1' });
    cloudFormation.on(DescribeStackSetOperationCommand).resolves({ StackSetOperation: { Status: 'SUCCEEDED' } });
    cloudFormation
      .on(ListStackSetOperationResultsCommand)
      .resolves({ Summaries: [{ Account: DEV, Region: 'us-east-1', Status: 'SUCCEEDED' }] });
    organizations.on(AttachPolicyCommand).resolves({});
    return { desired, pending, devDone, converged };
  }

  test('keeps its SCP attachments and stack instances from running; the other accounts proceed', async () => {
    const { desired, pending, devDone } = adoptionScenario();
    organizations.on(TagResourceCommand).rejects(denied());

    const { report, tagReads, exitCode } = await apply([pending, pending, pending, devDone], desired);

    expect(organizations.commandCalls(AttachPolicyCommand)).toHaveLength(0);
    expect(
      cloudFormation
        .commandCalls(CreateStackInstancesCommand)
        .map((call) => [call.args[0].input.StackSetName, call.args[0].input.Accounts]),
    ).toEqual([
      ['vend-permissions-boundary', [DEV]],
      ['vend-automation-roles', [DEV]],
    ]);
    const adopt = `adopt-account:account:${AUDIT}`;
    expect(report.failures).toEqual([
      expect.objectContaining({ id: adopt, message: expect.stringContaining('AccessDeniedException') }),
      expect.objectContaining({
        id: `attach-scp:deny-unapproved-regions@account:${AUDIT}`,
        message: expect.stringMatching(
          new RegExp(`^Not attempted: it needs Adopt existing account .+ \\(${adopt}\\), which did not complete\\.$`),
        ),
      }),
      expect.objectContaining({
        id: 'add-stack-instances:stackset:vend-regional-guardrails',
        message: expect.stringMatching(
          new RegExp(`^Not attempted: it needs Adopt existing account .+ \\(${adopt}\\), which did not complete\\.$`),
        ),
      }),
    ]);
    expect(tagReads).toEqual([true, true, true, true]);
    expect(exitCode).toBe(1);
  });

  test('once adopted, later observations no longer read account tags; foreign SCP targets until detachments are done', async () => {
    const { desired, pending, converged } = adoptionScenario();
    organizations.on(TagResourceCommand).resolves({});
    const adopted = structuredClone(pending);
    adopted.accounts.find((account) => account.id === AUDIT_ID)!.tags = {
      ...converged.accounts.find((account) => account.id === AUDIT_ID)!.tags,
    };

    const { report, tagReads, foreignScpReads, exitCode } = await apply(
      [pending, adopted, adopted, converged],
      desired,
    );

    expect(report.adoptedAccounts).toEqual([{ name: AUDIT, id: AUDIT_ID }]);
    expect(organizations.commandCalls(AttachPolicyCommand)).toHaveLength(1);
    // The read after the approved plan's last stage reads them again: a tag changed by hand meanwhile must show.
    expect(tagReads).toEqual([true, false, false, true]);
    // Other teams' SCPs matter while attachments (the quota) or detachments (a target's last SCP) remain; here every
    // observation comes before the detachment stage.
    expect(foreignScpReads).toEqual([true, true, true, true]);
    expect(exitCode).toBe(0);
  });
});

// What someone changes by hand while apply runs, in a stage apply has passed, is no more approved than it would be
// before the first change: refused, so the report says to plan again; a re-run of the same plan would refuse it too.
describe('a change that appears during the run, in a stage already done', () => {
  test('an SCP detached by hand is refused as not approved, not left as still planned', async () => {
    const desired = referenceDesiredState();
    desired.accounts.find((account) => account.name === 'payments-dev')!.tags.CostCenter = '4712';
    const converged = convergedObservation(referenceDesiredState());
    const tagged = structuredClone(converged);
    observedAccount(tagged, 'payments-dev').tags = {
      ...observedAccount(tagged, 'payments-dev').tags,
      CostCenter: '4712',
    };
    const prodId = organizationalUnitIdOf('Workloads/Prod');
    const target = tagged.policies.find(
      (policy) => policy.targetIds.includes(prodId) && policy.name !== 'FullAWSAccess',
    )!;
    organizations.on(TagResourceCommand).resolves({});

    const { report, exitCode } = await apply([converged, detached(tagged, target.name, prodId)], desired);

    expect(report.changesApplied.map((change) => change.id)).toEqual(['tag-account:account:payments-dev']);
    expect(report.refused).toEqual([
      expect.objectContaining({
        id: `attach-scp:${target.name}@ou:Workloads/Prod`,
        reason: expect.stringMatching(/^It is not in the approved plan .*Plan again/),
        outdated: true,
      }),
    ]);
    expect(report.pending).toEqual([]);
    expect(exitCode).toBe(1);
    expect(renderApplyText(report)).not.toContain('Still planned');
    // The comment's lead says what the refusal says: plan again, not re-run.
    const comment = renderApplyComment(report);
    expect(comment).toContain('A re-run of this plan is refused again; plan again and have the new plan approved.');
    expect(comment).not.toContain('continues where this run stopped');
  });

  test('an account tag changed by hand after the account stage is read at the end, and refused', async () => {
    const desired = referenceDesiredState();
    // An account's attachment runs after the account stage; one on an OU would run before it, with the SCPs.
    desired.accounts.find((account) => account.name === 'payments-prod')!.scps.push('deny-leave-organization');
    const converged = convergedObservation(referenceDesiredState());
    const attached = structuredClone(converged);
    attached.policies
      .find((policy) => policy.name === 'deny-leave-organization')!
      .targetIds.push(accountIdOf('payments-prod'));
    const hacked = structuredClone(attached);
    observedAccount(hacked, 'payments-dev').tags = {
      ...observedAccount(hacked, 'payments-dev').tags,
      Environment: 'hacked',
    };
    organizations.on(AttachPolicyCommand).resolves({});

    const { report, tagReads, exitCode } = await apply([converged, hacked], desired);

    expect(report.changesApplied.map((change) => change.id)).toEqual([
      'attach-scp:deny-leave-organization@account:payments-prod',
    ]);
    // The read after the last stage reads account tags, though the account stage is long past.
    expect(tagReads).toEqual([true, true]);
    expect(report.refused).toEqual([
      expect.objectContaining({ id: 'untag-account:account:payments-dev', accounts: ['payments-dev'], outdated: true }),
    ]);
    expect(exitCode).toBe(1);
    expect(renderApplyComment(report)).not.toContain('The organization now matches this commit.');
  });

  test('a change undone during the run and made again when its stage runs again is counted once', async () => {
    const desired = referenceDesiredState();
    for (const name of ['payments-prod', 'payments-dev'])
      desired.accounts.find((account) => account.name === name)!.scps.push('deny-leave-organization');
    const converged = convergedObservation(referenceDesiredState());
    const attached = structuredClone(converged);
    attached.policies
      .find((policy) => policy.name === 'deny-leave-organization')!
      .targetIds.push(accountIdOf('payments-prod'), accountIdOf('payments-dev'));
    // The first attachment goes through and is detached by hand; the second is throttled, so the stage runs again.
    organizations.on(AttachPolicyCommand).resolvesOnce({}).rejectsOnce(throttled()).resolves({});

    const { report, exitCode } = await apply([converged, converged, attached], desired);

    expect(organizations.commandCalls(AttachPolicyCommand)).toHaveLength(4);
    expect(report.changesApplied.map((change) => change.id).sort()).toEqual([
      'attach-scp:deny-leave-organization@account:payments-dev',
      'attach-scp:deny-leave-organization@account:payments-prod',
    ]);
    expect(applySummaryLine(report)).toContain('2 changes applied, 0 failed, 0 refused');
    expect(exitCode).toBe(0);
  });

  test('a change this run made and someone undid during the run is still planned, and apply exits 1', async () => {
    const desired = referenceDesiredState();
    desired.accounts.find((account) => account.name === 'payments-prod')!.scps.push('deny-leave-organization');
    const converged = convergedObservation(referenceDesiredState());
    organizations.on(AttachPolicyCommand).resolves({});

    // Every read shows the attachment missing: the one after its stage too, as when someone detached it by hand.
    const { report, exitCode } = await apply([converged], desired);

    const id = 'attach-scp:deny-leave-organization@account:payments-prod';
    // Counted once, as still planned: the counts add up to the plan, and no account lists it as done.
    expect(report.changesApplied).toEqual([]);
    expect(applySummaryLine(report)).toContain('0 changes applied, 0 failed, 0 refused, 1 still planned');
    expect(report.refused).toEqual([]);
    expect(report.pending).toEqual([expect.objectContaining({ id, undoneDuringRun: true })]);
    expect(exitCode).toBe(1);
    const text = renderApplyText(report);
    expect(text).toContain('Still planned (re-run apply to make them):');
    expect(text).toContain(
      'Attach SCP deny-leave-organization to account payments-prod (made by this run, then changed during it',
    );
    const comment = renderApplyComment(report);
    expect(comment).not.toContain('The organization now matches this commit.');
    // Nothing failed or was refused: no causes to fix are spoken of.
    expect(comment).toContain('changes are still planned (below). Re-run the apply workflow');
    expect(comment).not.toContain('Fix the causes below');
  });
});

describe('an SCP created since the observation', () => {
  const SCP = 'deny-unapproved-regions';
  const withoutScp = (desired: DesiredState) => {
    const observed = convergedObservation(desired);
    observed.policies = observed.policies.filter((policy) => policy.name !== SCP);
    return observed;
  };

  beforeEach(() => {
    organizations
      .on(CreatePolicyCommand)
      .rejects(new DuplicatePolicyException({ message: 'A policy with the same name already exists.', $metadata: {} }));
    organizations.on(ListPoliciesCommand).resolves({
      Policies: [
        { Id: 'p-other', Name: 'deny-leave-organization', AwsManaged: false },
        { Id: 'p-taken', Name: SCP, AwsManaged: false },
      ],
    });
    organizations.on(AttachPolicyCommand).resolves({});
  });

  test('counts as created when it is tagged ManagedBy=vend', async () => {
    const desired = referenceDesiredState();
    organizations
      .on(ListTagsForResourceCommand, { ResourceId: 'p-taken' })
      .resolves({ Tags: [{ Key: 'ManagedBy', Value: 'vend' }] });

    const { report, exitCode } = await apply([withoutScp(desired), convergedObservation(desired)], desired);

    expect(report.changesApplied.map((change) => change.id)).toContain(`create-scp:scp:${SCP}`);
    expect(report.failures).toEqual([]);
    expect(exitCode).toBe(0);
  });

  test('fails with the reason when vend does not own it, and nothing is attached', async () => {
    const desired = referenceDesiredState();
    organizations
      .on(ListTagsForResourceCommand, { ResourceId: 'p-taken' })
      .resolves({ Tags: [{ Key: 'Owner', Value: 'team-network' }] });

    const { report, exitCode } = await apply([withoutScp(desired)], desired);

    expect(report.failures[0]).toEqual({
      id: `create-scp:scp:${SCP}`,
      description: `Create SCP ${SCP} from scps/${SCP}.json`,
      message: `An SCP named '${SCP}' already exists (p-taken) but is not tagged ManagedBy=vend; vend will not change a policy it does not own. Rename the catalogue entry, or tag the policy to hand it to vend, then re-run apply.`,
    });
    expect(organizations.commandCalls(AttachPolicyCommand)).toHaveLength(0);
    expect(exitCode).toBe(1);
  });
  test('that AWS does not list yet is tried again with the stage, then reported', async () => {
    const desired = referenceDesiredState();
    organizations.on(ListPoliciesCommand).resolves({ Policies: [] });

    const { report, exitCode } = await apply([withoutScp(desired)], desired);

    expect(organizations.commandCalls(CreatePolicyCommand)).toHaveLength(3);
    expect(report.failures[0]?.message).toBe(
      `AWS reports that an SCP named '${SCP}' already exists, but does not list it yet. Re-run apply in a minute.`,
    );
    expect(exitCode).toBe(1);
  });
});

// moto accepts a second OU of one name under one parent; AWS refuses it (Organizations API Reference,
// CreateOrganizationalUnit: DuplicateOrganizationalUnitException).
describe('an OU created at a declared path since the observation', () => {
  function withSandbox() {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    desired.organizationalUnits.push(desiredOrganizationalUnit('Sandbox', { scps: ['deny-unapproved-regions'] }));
    organizations
      .on(CreateOrganizationalUnitCommand)
      .rejects(new DuplicateOrganizationalUnitException({ message: 'The OU already exists.', $metadata: {} }));
    organizations
      .on(ListOrganizationalUnitsForParentCommand)
      .resolves({ OrganizationalUnits: [{ Id: 'ou-a1b2-5a5a5a5a', Name: 'Sandbox' }] });
    organizations.on(AttachPolicyCommand).resolves({});
    return { desired, observed };
  }

  test('by someone else: not taken over, and no SCP is attached to it', async () => {
    const { desired, observed } = withSandbox();
    organizations.on(ListTagsForResourceCommand, { ResourceId: 'ou-a1b2-5a5a5a5a' }).resolves({ Tags: [] });

    const { report, exitCode } = await apply([observed], desired);

    expect(report.failures[0]).toMatchObject({
      id: 'create-ou:ou:Sandbox',
      message: expect.stringContaining(
        "An OU named 'Sandbox' was created under the root since the plan (ou-a1b2-5a5a5a5a), not by vend",
      ),
    });
    expect(organizations.commandCalls(AttachPolicyCommand)).toHaveLength(0);
    expect(exitCode).toBe(1);
  });

  test('that AWS does not list yet is tried again with the stage, then reported, and nothing is attached', async () => {
    const { desired, observed } = withSandbox();
    organizations.on(ListOrganizationalUnitsForParentCommand).resolves({ OrganizationalUnits: [] });

    const { report, exitCode } = await apply([observed], desired);

    expect(report.failures[0]).toMatchObject({
      id: 'create-ou:ou:Sandbox',
      message:
        "AWS reports that an OU named 'Sandbox' already exists under the root, but does not list it yet. Re-run apply in a minute.",
    });
    expect(organizations.commandCalls(AttachPolicyCommand)).toHaveLength(0);
    expect(exitCode).toBe(1);
  });

  test('by vend (a concurrent run, or a call that timed out after AWS acted): used as created', async () => {
    const { desired, observed } = withSandbox();
    organizations
      .on(ListTagsForResourceCommand, { ResourceId: 'ou-a1b2-5a5a5a5a' })
      .resolves({ Tags: [{ Key: 'ManagedBy', Value: 'vend' }] });

    const created = structuredClone(observed);
    created.organizationalUnits.push({ id: 'ou-a1b2-5a5a5a5a', name: 'Sandbox', path: 'Sandbox', parentId: ROOT_ID });

    const { report } = await apply([observed, created], desired);

    expect(report.changesApplied.map((change) => change.id)).toContain('create-ou:ou:Sandbox');
    expect(organizations.commandCalls(AttachPolicyCommand)[0]?.args[0].input).toMatchObject({
      TargetId: 'ou-a1b2-5a5a5a5a',
    });
  });
});

describe('an endpoint that stops answering', () => {
  /**
   * What the SDK throws, after its own retries, when nothing listens at the endpoint, when something between
   * resets every connection, and when the endpoint accepts requests and never answers (the request timeout of
   * aws-clients.ts, as @smithy/node-http-handler reports it).
   */
  const failures: [string, () => Error, RegExp][] = [
    [
      'refuses connections',
      () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:4566'), { code: 'ECONNREFUSED', errno: -111 }),
      /ECONNREFUSED 127\.0\.0\.1:4566/,
    ],
    ['resets them', () => Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }), /read ECONNRESET/],
    [
      'never answers',
      () =>
        Object.assign(
          new Error(
            '@smithy/node-http-handler - [ERROR] a request has exceeded the configured 30000 ms requestTimeout.',
          ),
          { name: 'TimeoutError', code: 'ETIMEDOUT' },
        ),
      /30000 ms requestTimeout/,
    ],
  ];

  test.each(failures)(
    'that %s stops apply at the first such call with one message, runs no stage again and verifies nothing',
    async (_, failure, shown) => {
      const desired = referenceDesiredState();
      const observed = convergedObservation(desired);
      for (const policy of observed.policies) policy.targetIds = policy.targetIds.filter((id) => id === ROOT_ID);
      organizations.on(AttachPolicyCommand).rejects(failure());

      const { report, exitCode } = await apply([observed], desired);

      expect(exitCode).toBe(1);
      expect(report.failures).toEqual([
        {
          id: 'endpoint',
          description: 'Reach AWS',
          message: expect.stringMatching(
            new RegExp(
              `${shown.source}.*Apply stopped at the first call that got no answer from AWS and started nothing more`,
            ),
          ),
        },
      ]);
      const attempts = organizations.commandCalls(AttachPolicyCommand).length;
      // Only the calls already in flight when the first failed; never a second round of the stage.
      expect(attempts).toBeGreaterThan(0);
      expect(attempts).toBeLessThanOrEqual(8);
      expect(report.pending.map((change) => change.id)).toEqual(
        expect.arrayContaining(['attach-scp:deny-unapproved-regions@account:security-audit']),
      );
      expect(report.verification).toEqual([]);
    },
  );

  // STS, "GetSessionToken" errors: ExpiredTokenException, "The security token included in the request is expired".
  // An OIDC session outlived by a long apply: every further call would be refused the same way.
  test('credentials AWS refuses as expired stop apply as a lost endpoint does, saying to re-run with fresh ones', async () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    for (const policy of observed.policies) policy.targetIds = policy.targetIds.filter((id) => id === ROOT_ID);
    organizations.on(AttachPolicyCommand).rejects(
      Object.assign(new Error('The security token included in the request is expired'), {
        name: 'ExpiredTokenException',
        $metadata: { httpStatusCode: 400 },
      }),
    );

    const { report, exitCode } = await apply([observed], desired);

    expect(exitCode).toBe(1);
    expect(report.failures).toEqual([
      {
        id: 'endpoint',
        description: 'Use the credentials',
        message: expect.stringMatching(
          /expired.*Apply stopped at the first call AWS refused the credentials of.*Re-run apply with fresh credentials/,
        ),
      },
    ]);
    expect(organizations.commandCalls(AttachPolicyCommand).length).toBeLessThanOrEqual(8);
    expect(report.verification).toEqual([]);
  });

  test('that goes away mid-stage prints one failure: the changes held back for want of the lost one are still planned', async () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    // payments-dev lacks both baselines; automation-roles needs permissions-boundary, in the same stage.
    for (const baseline of ['permissions-boundary', 'automation-roles']) {
      const stackSet = observedStackSet(observed, baseline);
      stackSet.instances = stackSet.instances.filter((instance) => instance.accountId !== accountIdOf('payments-dev'));
    }
    cloudFormation
      .on(CreateStackInstancesCommand)
      .rejects(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:4566'), { code: 'ECONNREFUSED' }));

    const { report, logged } = await apply([observed], desired);

    expect(report.failures.map((failure) => failure.id)).toEqual(['endpoint']);
    expect(logged.filter((line) => line.startsWith('✗'))).toEqual([expect.stringContaining('ECONNREFUSED')]);
    expect(report.pending.map((change) => change.id)).toEqual([
      'add-stack-instances:stackset:vend-permissions-boundary',
      'add-stack-instances:stackset:vend-automation-roles',
    ]);
    // The counts add up to the plan's two changes: the lost endpoint is said apart, not counted as a failed change.
    expect(applySummaryLine(report)).toBe(
      '0 changes applied, 0 failed, 0 refused, 2 still planned; stopped early: a call to AWS got no answer',
    );
    // Said once, apart from the changes: none is listed as failed beside a summary that counts none.
    const text = renderApplyText(report);
    expect(text).toMatch(/^Stopped early:\n {2}✗ .*ECONNREFUSED/m);
    expect(text).not.toContain('Failed:');
    const comment = renderApplyComment(report);
    expect(comment).toMatch(/> \*\*Apply stopped early:\*\* .*ECONNREFUSED/);
    expect(comment).not.toContain('failed:**');
  });

  test('that drops the connection under a request says that change may have been made, not that it is undone', async () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    const stackSet = observedStackSet(observed, 'permissions-boundary');
    stackSet.instances = stackSet.instances.filter((instance) => instance.accountId !== accountIdOf('payments-dev'));
    // A reset, unlike a refused connection, comes after the request was sent: AWS may have acted on it.
    cloudFormation
      .on(CreateStackInstancesCommand)
      .rejects(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }));

    const { report } = await apply([observed], desired);

    expect(report.pending).toEqual([
      expect.objectContaining({ id: 'add-stack-instances:stackset:vend-permissions-boundary', unanswered: true }),
    ]);
    expect(renderApplyText(report)).toContain(
      '(its request got no answer: AWS may have carried it out, and a re-run plans only what is left)',
    );
  });

  test('that goes away after the last change says everything was made, not that a re-run resumes', async () => {
    const desired = referenceDesiredState();
    const observed = detached(convergedObservation(desired), 'deny-leave-organization', ROOT_ID);
    organizations.on(AttachPolicyCommand).resolves({});
    const gone = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:4566'), { code: 'ECONNREFUSED' });

    const { report, exitCode } = await apply([observed, gone], desired);

    expect(exitCode).toBe(1);
    expect(report.changesApplied.map((change) => change.id)).toEqual(['attach-scp:deny-leave-organization@root']);
    expect(report.pending).toEqual([]);
    expect(report.failures[0]!.message).toContain(
      'Every change the plan still held was made before AWS stopped answering; only the read that confirms nothing is left could not run. Run vend plan once AWS answers again to confirm it shows no changes.',
    );
    expect(report.failures[0]!.message).not.toMatch(/resumes|re-run\./);
  });

  test('that goes away between stages leaves what the last plan still held listed as still planned', async () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    for (const policy of observed.policies) policy.targetIds = policy.targetIds.filter((id) => id === ROOT_ID);
    const roles = observedStackSet(observed, 'automation-roles');
    roles.instances = roles.instances.filter((instance) => instance.accountId !== accountIdOf('payments-dev'));
    organizations.on(AttachPolicyCommand).resolves({});
    const gone = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:4566'), { code: 'ECONNREFUSED' });

    const { report, exitCode } = await apply([observed, gone], desired);

    expect(exitCode).toBe(1);
    expect(report.failures.map((failure) => failure.id)).toEqual(['endpoint']);
    // Changes were made by then: the message names the read between stages, not a first read that changed nothing.
    expect(report.failures[0]!.message).toMatch(/^Reading the organization again before the next stage failed: /);
    // The first stage attached the OUs' SCPs; the account's own SCP and the instances were still to come.
    expect(report.changesApplied.map((change) => change.id)).toContain(
      'attach-scp:deny-unapproved-regions@ou:Workloads/Prod',
    );
    expect(report.pending.map((change) => change.id)).toEqual([
      'attach-scp:FullAWSAccess@account:payments-dev',
      'attach-scp:FullAWSAccess@account:payments-prod',
      'attach-scp:FullAWSAccess@account:security-audit',
      'attach-scp:deny-unapproved-regions@account:security-audit',
      'add-stack-instances:stackset:vend-automation-roles',
    ]);
  });
});

test('a problem apply meets between stages leaves what the approved plan still holds listed as still planned', async () => {
  const desired = referenceDesiredState();
  const first = detached(convergedObservation(desired), 'deny-leave-organization', ROOT_ID);
  observedAccount(first, 'payments-dev').tags!.CostCenter = '0000';
  // After the SCP stage someone closes security-audit: the next plan has a problem, and apply stops there.
  const second = convergedObservation(desired);
  observedAccount(second, 'payments-dev').tags!.CostCenter = '0000';
  observedAccount(second, AUDIT).status = 'SUSPENDED';
  organizations.on(AttachPolicyCommand).resolves({});

  const { report, exitCode } = await apply([first, second], desired);

  expect(exitCode).toBe(1);
  expect(report.changesApplied.map((change) => change.id)).toEqual(['attach-scp:deny-leave-organization@root']);
  expect(report.problems.map((problem) => problem.rule)).toEqual(['account-suspended']);
  expect(report.pending.map((change) => change.id)).toContain('tag-account:account:payments-dev');
});
