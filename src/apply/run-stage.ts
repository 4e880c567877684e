import { accountReadinessChangeIds, isAccountReadinessChangeId } from '../plan/account-readiness.js';
import { accountsActedIn, accountsReached, instancesActedOn } from '../plan/change-accounts.js';
import { STAGE_OF_KIND, stagesAsApproved } from '../plan/order-changes.js';
import { countOf, listNames } from '../name-lists.js';
import { scpsLostSince } from '../plan/account-scp-approval.js';
import { reachBeyond } from '../plan/saved-plan.js';
import { CHANGE_KINDS } from '../plan/plan.js';
import { accountReference } from '../plan/plan-draft.js';
import type { BlastRadius, Change, ChangeKind, Plan } from '../plan/plan.js';
import {
  adoptAccount,
  closeAccount,
  moveExistingAccount,
  recordParameterOverrides,
  renameAccount,
  tagAccount,
  untagAccount,
} from './account-changes.js';
import { createAccount } from './account-creation.js';
import type { StageContext } from './apply-context.js';
import { authorizeChanges } from './approval.js';
import { changeFields } from './change-fields.js';
import type { StackInstancesAfter, StackInstancesBefore } from './change-fields.js';
import { executeStage } from './execute-stage.js';
import type { ChangeOutcome } from './execute-stage.js';
import { changeDetail } from './change-detail.js';
import { failureReason } from './apply-report.js';
import type { ApplyReport } from './apply-report.js';
import { dropApplied } from './still-planned.js';
import {
  adoptOrganizationalUnit,
  adoptScp,
  attachScp,
  createOrganizationalUnit,
  createScp,
  deleteScp,
  detachScp,
  enableScpPolicyType,
  updateScp,
} from './organization-changes.js';
import {
  addStackInstances,
  adoptStackSet,
  createStackSet,
  deleteStackSet,
  removeStackInstances,
  updateStackInstances,
  updateStackSet,
} from './stack-set-operations.js';

const EXECUTORS: Record<ChangeKind, (change: Change, context: StageContext) => Promise<void>> = {
  [CHANGE_KINDS.enableScpType]: enableScpPolicyType,
  [CHANGE_KINDS.createOrganizationalUnit]: createOrganizationalUnit,
  [CHANGE_KINDS.adoptOrganizationalUnit]: adoptOrganizationalUnit,
  [CHANGE_KINDS.createScp]: createScp,
  [CHANGE_KINDS.adoptScp]: adoptScp,
  [CHANGE_KINDS.updateScp]: updateScp,
  [CHANGE_KINDS.deleteScp]: deleteScp,
  [CHANGE_KINDS.createAccount]: createAccount,
  [CHANGE_KINDS.adoptAccount]: adoptAccount,
  [CHANGE_KINDS.moveAccount]: moveExistingAccount,
  [CHANGE_KINDS.tagAccount]: tagAccount,
  [CHANGE_KINDS.untagAccount]: untagAccount,
  [CHANGE_KINDS.renameAccount]: renameAccount,
  [CHANGE_KINDS.attachScp]: attachScp,
  [CHANGE_KINDS.detachScp]: detachScp,
  [CHANGE_KINDS.createStackSet]: createStackSet,
  [CHANGE_KINDS.adoptStackSet]: adoptStackSet,
  [CHANGE_KINDS.updateStackSet]: updateStackSet,
  [CHANGE_KINDS.addStackInstances]: addStackInstances,
  [CHANGE_KINDS.updateStackInstances]: updateStackInstances,
  [CHANGE_KINDS.recordParameterOverrides]: recordParameterOverrides,
  [CHANGE_KINDS.removeStackInstances]: removeStackInstances,
  [CHANGE_KINDS.deleteStackSet]: deleteStackSet,
  [CHANGE_KINDS.closeAccount]: closeAccount,
};

const STAGE_NAMES: Record<number, string> = {
  1: 'SCP policy type',
  2: 'organizational units',
  3: 'service control policies and their attachments to the root and OUs',
  4: 'accounts (and SCPs attached to an OU once the accounts leaving it have moved)',
  5: 'SCP attachments to accounts',
  6: 'baselines (StackSets)',
  7: 'detachments, removals, deletions, closures and override records (last)',
};

/** Account creation is slow and AWS limits how many run at once; the other stages are quick API calls. */
export const ACCOUNT_STAGE = STAGE_OF_KIND[CHANGE_KINDS.createAccount];
const ACCOUNT_CREATION_CONCURRENCY = 5;
const STAGE_CONCURRENCY = 8;

/**
 * Carries out one stage of a fresh plan: the stage's changes the approved plan covers (destructive ones only with
 * allow-destructive, high-impact ones only with allow-high-impact, none that reaches more accounts than approved),
 * each once the changes it depends on succeeded, as many at once as the stage allows. Refusals go into the report;
 * the outcome of every change the stage considered is returned.
 */
export async function runStage(
  plan: Plan,
  stage: number,
  context: StageContext,
  options: {
    approved: Plan;
    source: string;
    allowDestructive: boolean;
    allowHighImpact: boolean;
    /** Which try of this stage, after a failure AWS said was passing (throttling, say), and of how many. */
    attempt?: { number: number; of: number };
  },
): Promise<Map<string, ChangeOutcome>> {
  const stageOf = stagesAsApproved(options.approved);
  const inStage = plan.changes.filter((change) => stageOf(change) === stage);
  const { allowed, refused } = authorizeChanges(inStage, {
    ...options,
    grownReach: reachBeyond(plan, options.approved),
    lostScps: scpsLostSince(plan, options.approved),
  });
  // A refusal at an OU, the root or a whole StackSet names the accounts it would have reached, as the plan did.
  const radius = new Map(plan.blastRadius.map((entry) => [entry.changeId, entry]));
  for (const change of refused) {
    if (context.report.refused.some((known) => known.id === change.id)) continue;
    const reached = change.accounts?.length ? [] : accountsReached(radius.get(change.id));
    context.report.refused.push({ ...change, ...(reached.length > 0 ? { reaches: reached } : {}) });
  }

  // Earlier stages' changes still in the plan did not complete; what depends on them cannot run now.
  const unfinished = new Set([
    ...plan.changes.filter((change) => stageOf(change) < stage).map((change) => change.id),
    ...refused.map((change) => change.id),
  ]);
  const runnable: Change[] = [];
  const outcomes = new Map<string, ChangeOutcome>();
  // Said after the stage line, so a reader of the log finds them under the stage they belong to.
  const narrowings: string[] = [];
  for (const change of allowed) {
    const adding = change.kind === CHANGE_KINDS.addStackInstances;
    const removing = change.kind === CHANGE_KINDS.removeStackInstances;
    const narrowed = adding
      ? withReadyAccounts(change, unfinished, context, narrowings)
      : removing
        ? withSettledAccounts(change, unfinished, narrowings)
        : change;
    // For instances, accounts not ready (or not yet moved away) were narrowed away above; only their other
    // dependencies can block them.
    const dependencies = adding
      ? change.dependsOn.filter((id) => !isAccountReadinessChangeId(id))
      : removing
        ? change.dependsOn.filter((id) => !id.startsWith(`${CHANGE_KINDS.moveAccount}:`))
        : change.dependsOn;
    const blocker =
      narrowed === undefined
        ? adding
          ? firstUnfinishedAccountChange(change, unfinished)
          : change.dependsOn.find((id) => unfinished.has(id))
        : dependencies.find((id) => unfinished.has(id));
    if (blocker !== undefined) {
      outcomes.set(change.id, { status: 'blocked', by: blocker });
      unfinished.add(change.id);
    } else if (narrowed) runnable.push(narrowed);
  }

  // Each waits on a change refused or not completed; its own line (held back, or not attempted) follows the stage's.
  const waiting = [...outcomes.values()].filter((outcome) => outcome.status === 'blocked').length;
  context.log(
    `Stage ${stage}, ${STAGE_NAMES[stage] ?? 'changes'}${options.attempt && options.attempt.number > 1 ? ` (try ${options.attempt.number} of ${options.attempt.of}, after a failure AWS said was passing)` : ''}: ${runnable.length} change${runnable.length === 1 ? '' : 's'}${refused.length > 0 ? `, ${refused.length} refused` : ''}${waiting > 0 ? `, ${waiting} waiting on one refused or not completed` : ''}`,
  );
  // The stage line counts them; each is named, so a reader of the log can match lines to the count.
  for (const change of refused) context.log(`– ${change.description}: refused. ${change.reason}`);
  for (const note of narrowings) context.log(note);
  const execute = async (change: Change) => {
    await EXECUTORS[change.kind](change, context);
    context.log(`✓ ${change.description}`);
  };
  const executed = await executeStage(runnable, execute, {
    concurrency: stage === ACCOUNT_STAGE ? ACCOUNT_CREATION_CONCURRENCY : STAGE_CONCURRENCY,
    waitsFor: (change) => sameResourceBefore(change, runnable),
  });
  for (const [id, outcome] of executed) outcomes.set(id, outcome);
  recordOutcomes(
    outcomes,
    [...plan.changes, ...runnable],
    plan.blastRadius,
    refused.map((change) => change.id),
    context,
  );
  return outcomes;
}

/** Deploys to the accounts that are ready; accounts whose creation, adoption or move did not complete wait for a re-run. */
function withReadyAccounts(
  change: Change,
  unfinished: Set<string>,
  context: StageContext,
  notes: string[],
): Change | undefined {
  const after = changeFields<StackInstancesAfter>(change, 'after', ['instances']);
  const ready = after.instances.filter(
    (instance) =>
      !accountReadinessChangeIds(instance.account).some((id) => unfinished.has(id)) &&
      context.targets.findAccount(instance.account),
  );
  if (ready.length === after.instances.length) return change;
  const skipped = [
    ...new Set(after.instances.filter((instance) => !ready.includes(instance)).map((instance) => instance.account)),
  ];
  notes.push(
    `${change.description}: skipping ${skipped.length === 1 ? 'account' : 'accounts'} ${skipped.join(', ')} until ${skipped.length === 1 ? 'it is' : 'they are'} ready`,
  );
  if (ready.length === 0) return undefined;
  // Said as carried out: the report must not count the instances left for a re-run as deployed.
  const description = `${change.description}: ${ready.length} of ${after.instances.length} now; ${skipped.join(', ')} ${skipped.length === 1 ? 'waits' : 'wait'} until ready`;
  return { ...change, description, after: { ...after, instances: ready } };
}

/**
 * Removes the instances of accounts whose move is done or not needed: an account whose move out of the OU that gives
 * it the baseline did not complete still needs its instance there (the plan makes the removal depend on the move).
 */
function withSettledAccounts(change: Change, unfinished: Set<string>, notes: string[]): Change | undefined {
  const before = changeFields<StackInstancesBefore>(change, 'before', ['instances']);
  const waiting = (account: string | undefined) => {
    const move = `${CHANGE_KINDS.moveAccount}:${accountReference(account ?? '')}`;
    return change.dependsOn.includes(move) && unfinished.has(move);
  };
  const settled = before.instances.filter((instance) => !waiting(instance.account));
  if (settled.length === before.instances.length) return change;
  const skipped = [
    ...new Set(before.instances.filter((instance) => waiting(instance.account)).map((instance) => instance.account!)),
  ];
  notes.push(
    `${change.description}: keeping the instances of ${skipped.join(', ')}, whose move did not complete: ${skipped.length === 1 ? 'its' : 'their'} OU still gives ${skipped.length === 1 ? 'it' : 'them'} the baseline`,
  );
  if (settled.length === 0) return undefined;
  const description = `${change.description}: ${settled.length} of ${before.instances.length} now; ${skipped.join(', ')} ${skipped.length === 1 ? 'keeps its instances' : 'keep their instances'} until ${skipped.length === 1 ? 'its move completes' : 'their moves complete'}`;
  return { ...change, description, before: { ...before, instances: settled } };
}

function firstUnfinishedAccountChange(change: Change, unfinished: Set<string>): string {
  const after = changeFields<StackInstancesAfter>(change, 'after', ['instances']);
  return (
    after.instances
      .flatMap((instance) => accountReadinessChangeIds(instance.account))
      .find((id) => unfinished.has(id)) ??
    change.dependsOn.find((id) => unfinished.has(id)) ??
    'an account that does not exist yet'
  );
}

/** StackSet operations on one StackSet cannot overlap, so they queue in plan order. */
function sameResourceBefore(change: Change, changes: readonly Change[]): string[] {
  if (!change.target.startsWith('stackset:')) return [];
  const index = changes.indexOf(change);
  const previous = changes
    .slice(0, index)
    .reverse()
    .find((other) => other.target === change.target);
  return previous ? [previous.id] : [];
}

/** `changes`: the stage's plan, then the changes as carried out (narrowed to ready accounts), which take precedence. */
function recordOutcomes(
  outcomes: Map<string, ChangeOutcome>,
  changes: readonly Change[],
  blastRadius: readonly BlastRadius[],
  refusedIds: string[],
  context: StageContext,
): void {
  const { report } = context;
  const byId = new Map(changes.map((change) => [change.id, change]));
  const refused = new Set(refusedIds);
  const radius = new Map(blastRadius.map((entry) => [entry.changeId, entry]));
  const endpointLost = [...outcomes.values()].some(
    (outcome) => outcome.status === 'failed' && outcome.error.unreachable,
  );
  // Attachments and detachments of SCPs on an OU or the root that have not taken effect (failed, held back, or
  // later): a move's report must not say the account gained or lost those SCPs.
  const applied = new Set(report.changesApplied.map((change) => change.id));
  const notInEffect = (kind: ChangeKind) =>
    changes.filter(
      (change) =>
        change.kind === kind &&
        !change.target.startsWith('account:') &&
        !applied.has(change.id) &&
        outcomes.get(change.id)?.status !== 'applied',
    );
  const notAttached = new Set(notInEffect(CHANGE_KINDS.attachScp).map((change) => String(change.scope.scp)));
  const notDetached = new Set(
    notInEffect(CHANGE_KINDS.detachScp).map((change) => `${String(change.scope.scp)}@${change.target}`),
  );
  const blockingDescription = (blocker: string) =>
    byId.get(blocker)?.description ?? report.failures.find((failure) => failure.id === blocker)?.description ?? blocker;
  for (const [id, outcome] of outcomes) {
    const change = byId.get(id);
    const actedInAll = change ? accountsActedIn(change) : [];
    const reached = actedInAll.length > 0 ? [] : accountsReached(radius.get(id));
    const detail = change ? changeDetail(change, radius.get(id), notAttached, notDetached) : undefined;
    // Operations a failed change never sent are not its failure: those instances stay planned (stillPlanned).
    const notSent = new Set(outcome.status === 'failed' ? (outcome.error.notSent ?? []) : []);
    // Instances that went through (in operations before the one that failed, or in it) are done: recorded as
    // applied, below. Only a change that acts on instances has them; a StackSet update's are its operation's results.
    const acted = change ? instancesActedOn(change) : [];
    const succeeded = new Set(
      outcome.status === 'failed' ? (outcome.error.succeeded ?? []).filter((member) => acted.includes(member)) : [],
    );
    const members = acted.filter((member) => !notSent.has(member) && !succeeded.has(member));
    const inAccounts = (list: readonly string[]) =>
      actedInAll.filter((account) => list.some((member) => member.startsWith(`${account}/`)));
    const actedIn = notSent.size + succeeded.size === 0 ? actedInAll : inAccounts(members);
    // Its line names what failed; the instances never sent are listed as still planned, from the next plan.
    // An operation can end FAILED with every instance it was sent SUCCEEDED (StatusReason says why).
    const noneFailed = members.length === 0 && notSent.size === 0;
    const description =
      notSent.size + succeeded.size === 0
        ? (change?.description ?? id)
        : noneFailed
          ? `${change?.description ?? id}, whose every stack instance went through (the ${countOf(succeeded.size, 'stack instance')} in ${listNames(inAccounts([...succeeded]))}), though its operation ended as a failure`
          : `${change?.description ?? id}, of which the ${countOf(members.length, 'stack instance')} in ${listNames(actedIn)} failed${succeeded.size > 0 ? `; the ${countOf(succeeded.size, 'stack instance')} in ${listNames(inAccounts([...succeeded]))} went through` : ''}${notSent.size > 0 ? `; the ${countOf(notSent.size, 'other')} ${notSent.size === 1 ? 'was' : 'were'} not sent and ${notSent.size === 1 ? 'is' : 'are'} still planned` : ''}`;
    const accounts = {
      ...(actedIn.length > 0 ? { accounts: actedIn } : {}),
      ...(members.length > 0 ? { members } : {}),
      ...(reached.length > 0 ? { reaches: reached } : {}),
      ...(detail ? { detail } : {}),
    };
    report.failures = report.failures.filter((failure) => failure.id !== id);
    // Made earlier in the run and undone since, a change this stage made again or failed to is counted once.
    if (outcome.status === 'applied' || outcome.status === 'failed')
      dropApplied(report, id, { accounts: actedIn, members });
    if (succeeded.size > 0)
      report.changesApplied.push({
        id,
        description: `${change?.description ?? id}: done in ${listNames(inAccounts([...succeeded]))}, ${noneFailed ? 'though its operation ended as a failure' : 'while its other stack instances failed or were not sent'}`,
        accounts: inAccounts([...succeeded]),
        members: [...succeeded],
      });
    if (outcome.status === 'applied') {
      report.changesApplied.push({ id, description, ...accounts });
      continue;
    }
    // One unreachable endpoint is one failure, reported by the caller; these changes stay planned, and so do those
    // held back for want of one of them: printing each as failed would bury the one real cause.
    if (outcome.status === 'not-attempted' || (outcome.status === 'failed' && outcome.error.unreachable)) continue;
    if (outcome.status === 'blocked' && endpointLost) continue;
    // Held back by a refusal (directly, or through changes held back by one), not by a failure: nothing was sent to
    // AWS, so it is no failure; it stays planned, and the report lists it among the changes still planned.
    const blocker = outcome.status === 'blocked' ? outcome.by : undefined;
    const refusedRoot = blocker === undefined ? undefined : (report.heldBack?.[blocker] ?? blocker);
    if (
      blocker !== undefined &&
      refusedRoot !== undefined &&
      (refused.has(refusedRoot) || report.refused.some((change) => change.id === refusedRoot)) &&
      !failedIds(report, outcomes).has(blocker)
    ) {
      report.heldBack = { ...report.heldBack, [id]: refusedRoot };
      const needed = report.refused.find((change) => change.id === refusedRoot)?.description ?? refusedRoot;
      context.log(`… ${description}: held back, it needs "${needed}", which was refused`);
      continue;
    }
    const { message, ...blocked } =
      outcome.status === 'failed'
        ? { message: outcome.error.message }
        : {
            // Named as a reader knows it, from this stage or an earlier one; the id says which exactly.
            message: `Not attempted: it needs ${blockingDescription(outcome.by)} (${outcome.by}), which did not complete.`,
            blockedBy: outcome.by,
          };
    report.failures.push({ id, description, ...accounts, message, ...blocked });
    // An AWS error already starts with the change's title (describeAwsError): say it once.
    context.log(`✗ ${failureReason({ description, message }) === message ? `${description}: ${message}` : message}`);
  }
}

/** Changes that failed, in earlier stages or this one, and those not attempted because one of them failed. */
function failedIds(report: ApplyReport, outcomes: ReadonlyMap<string, ChangeOutcome>): Set<string> {
  const failed = new Set(report.failures.map((failure) => failure.id));
  for (const [id, outcome] of outcomes) if (outcome.status === 'failed') failed.add(id);
  // A change blocked in this stage by a failure blocks its own dependents as a failure does.
  for (let grew = true; grew;) {
    grew = false;
    for (const [id, outcome] of outcomes)
      if (outcome.status === 'blocked' && failed.has(outcome.by) && !failed.has(id)) {
        failed.add(id);
        grew = true;
      }
  }
  return failed;
}
