import type { DesiredState } from '../config/desired-state.js';
import type { AwsClients } from '../observe/aws-clients.js';
import { describeAwsError } from '../observe/aws-errors.js';
import type { ObservedState } from '../observe/observed-state.js';
import { observeOrganization } from '../observe/read-organization.js';
import type { ObserveOptions } from '../observe/read-organization.js';
import { accountReadinessChangeIds, isAccountReadinessChangeId } from '../plan/account-readiness.js';
import { accountsActedIn } from '../plan/change-accounts.js';
import { computePlan } from '../plan/compute-plan.js';
import { changesById, isCovered } from '../plan/saved-plan.js';
import { STAGE_OF_KIND } from '../plan/order-changes.js';
import { CHANGE_KINDS } from '../plan/plan.js';
import type { Change, ChangeKind, Plan } from '../plan/plan.js';
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
import { OrganizationTargets } from './apply-context.js';
import type { ApplySchedules, StageContext } from './apply-context.js';
import { authorizeChanges, notApprovedReason } from './approval.js';
import type { Approval } from './approval.js';
import { emptyApplyReport } from './apply-report.js';
import type { ApplyReport } from './apply-report.js';
import { changeFields } from './change-fields.js';
import type { StackInstancesAfter } from './change-fields.js';
import { executeStage } from './execute-stage.js';
import type { ChangeOutcome } from './execute-stage.js';
import {
  adoptScp,
  attachScp,
  createOrganizationalUnit,
  createScp,
  deleteScp,
  detachScp,
  enableScpPolicyType,
  updateScp,
} from './organization-changes.js';
import { systemClock } from './polling.js';
import type { ApplyClock } from './polling.js';
import {
  addStackInstances,
  createStackSet,
  deleteStackSet,
  removeStackInstances,
  updateStackInstances,
  updateStackSet,
} from './stack-set-operations.js';
import { verifyBaselineRoles } from './verify-baseline-roles.js';

const EXECUTORS: Record<ChangeKind, (change: Change, context: StageContext) => Promise<void>> = {
  [CHANGE_KINDS.enableScpType]: enableScpPolicyType,
  [CHANGE_KINDS.createOrganizationalUnit]: createOrganizationalUnit,
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
  3: 'service control policies',
  4: 'accounts',
  5: 'SCP attachments',
  6: 'baselines (StackSets)',
  7: 'destructive changes',
};

/** Account creation is slow and AWS limits how many run at once; the other stages are quick API calls. */
const ACCOUNT_STAGE = STAGE_OF_KIND[CHANGE_KINDS.createAccount];
const ACCOUNT_CREATION_CONCURRENCY = 5;
const STAGE_CONCURRENCY = 8;
/** A stage whose failures were all transient (throttling that outlasted the SDK's retries, a 5xx) runs again. */
const STAGE_ATTEMPTS = 3;

export const DEFAULT_SCHEDULES: ApplySchedules = {
  accountCreation: { timeoutMs: 30 * 60_000, initialDelayMs: 5_000, maxDelayMs: 30_000 },
  stackSetOperation: { timeoutMs: 60 * 60_000, initialDelayMs: 3_000, maxDelayMs: 30_000 },
  retryDelayMs: 5_000,
};

export interface ApplyOptions {
  clients: AwsClients;
  desired: DesiredState;
  allowDestructive: boolean;
  approval: Approval;
  /** The repository's commit, recorded in every plan apply computes. */
  commit: string | null;
  clock?: ApplyClock;
  schedules?: ApplySchedules;
  log?: (line: string) => void;
  /** Reads the organization; tests script a sequence of observations instead. */
  observe?: (clients: AwsClients, options: ObserveOptions) => Promise<ObservedState>;
}

/**
 * A one-shot reconciler within an approved plan. Observe, plan, and carry out the earliest stage that still has
 * changes; then observe again before the next stage, so each acts on what is true now rather than on what an
 * earlier read saw. Every change it carries out must be covered by the approved plan, and before the first one the
 * whole fresh plan must be: otherwise nothing is changed. A run that is killed converges when started again with
 * the same approval, because it starts from a fresh observation like any other.
 */
export async function applyPlan(options: ApplyOptions): Promise<ApplyReport> {
  const { clients, desired, approval } = options;
  const log = options.log ?? (() => undefined);
  const observe = options.observe ?? observeOrganization;
  const report = emptyApplyReport({
    source: approval.source,
    approved: true,
    digest: approval.kind === 'saved-plan' ? approval.plan.digest : '',
    commit: approval.kind === 'saved-plan' ? approval.plan.commit : options.commit,
  });
  let approved = approval.kind === 'saved-plan' ? approval.plan : undefined;
  let minimumStage = 1;
  let retryingStage: number | undefined;
  let attemptsAtStage = 0;
  let accountChangesLeft = false;
  let recordsLeft = false;
  const ambiguousFailures = new Set<string>();

  for (let observation = 0; ; observation++) {
    // Only the account stage acts on tags, so after it re-reading every declared account's tags would cost one call
    // per account per stage for nothing. Unless it left changes undone: an adoption still planned is what keeps
    // the account's SCP attachments and stack instances waiting, and without tags the plan cannot see it. And
    // unless a parameter-overrides record is to change: the tag says which dropped overrides to read and reset.
    const readAccountTags = minimumStage <= ACCOUNT_STAGE || accountChangesLeft || recordsLeft;
    let observed: ObservedState;
    try {
      observed = await observe(clients, { desired, readAccountTags });
    } catch (error) {
      // Before the first change, this is a problem with credentials or access: nothing happened, say so loudly.
      if (observation === 0) throw describeAwsError(error, 'Reading the organization');
      report.failures.push({
        id: 'observe',
        description: 'Read the organization before the next stage',
        message: describeAwsError(error, 'Reading the organization').message,
      });
      break;
    }
    const plan = computePlan(desired, observed, { commit: options.commit });
    if (readAccountTags) {
      accountChangesLeft = plan.changes.some((change) => STAGE_OF_KIND[change.kind] === ACCOUNT_STAGE);
      recordsLeft = plan.changes.some((change) => change.kind === CHANGE_KINDS.recordParameterOverrides);
    }
    dropFailuresThatTookEffect(report, plan, ambiguousFailures);
    if (observation === 0) report.digests.first = plan.digest;
    report.digests.last = plan.digest;
    if (plan.problems.length > 0) {
      report.problems = plan.problems;
      log(
        `Stopped: the plan has ${plan.problems.length} problem${plan.problems.length === 1 ? ' that blocks' : 's that block'} apply.`,
      );
      break;
    }
    if (observation === 0) approved ??= await approveFirstPlan(plan, approval, report);
    if (!approved || (observation === 0 && !coversWholePlan(approved, plan, report))) return report;
    const stage = nextStage(plan, minimumStage);
    if (stage === undefined) {
      report.pending = stillPlanned(plan, report);
      break;
    }
    attemptsAtStage = stage === retryingStage ? attemptsAtStage + 1 : 1;

    const context: StageContext = {
      clients,
      callerAccountId: observed.callerAccountId,
      desired,
      targets: new OrganizationTargets(desired, observed),
      clock: options.clock ?? systemClock,
      schedules: options.schedules ?? DEFAULT_SCHEDULES,
      report,
      log,
    };
    const outcomes = await runStage(plan, stage, context, { ...options, approved });
    for (const [id, outcome] of outcomes) {
      if (outcome.status === 'blocked' || (outcome.status === 'failed' && outcome.error.retryable))
        ambiguousFailures.add(id);
      else ambiguousFailures.delete(id);
    }
    if (stage === ACCOUNT_STAGE)
      accountChangesLeft = [...outcomes.values()].some((outcome) => outcome.status !== 'applied');
    const retry = [...outcomes.values()].some((outcome) => outcome.status === 'failed' && outcome.error.retryable);
    retryingStage = retry && attemptsAtStage < STAGE_ATTEMPTS ? stage : undefined;
    minimumStage = retryingStage ?? stage + 1;
  }

  if (report.createdAccounts.length > 0) {
    log(
      `Verifying baseline roles in ${report.createdAccounts.length} new account${report.createdAccounts.length === 1 ? '' : 's'}`,
    );
    report.verification = await verifyBaselineRoles(clients, desired, report.createdAccounts);
  }
  return report;
}

function nextStage(plan: Plan, minimumStage: number): number | undefined {
  const stages = plan.changes.map((change) => STAGE_OF_KIND[change.kind]).filter((stage) => stage >= minimumStage);
  return stages.length === 0 ? undefined : Math.min(...stages);
}

/**
 * Without a saved plan, the first plan is the approved one: as it is with --auto-approve, or once the person at the
 * terminal confirms it. Undefined when they do not.
 */
async function approveFirstPlan(plan: Plan, approval: Approval, report: ApplyReport): Promise<Plan | undefined> {
  report.approval.digest = plan.digest;
  if (approval.kind !== 'first-plan' || !approval.confirm || plan.changes.length === 0) return plan;
  if (await approval.confirm(plan)) return plan;
  report.approval.approved = false;
  report.stoppedBeforeStart = 'Apply cancelled: the plan was not confirmed. Nothing was changed.';
  return undefined;
}

/** Before the first change, the whole fresh plan must be within the approved one, or nothing is changed at all. */
function coversWholePlan(approved: Plan, plan: Plan, report: ApplyReport): boolean {
  const approvedChanges = changesById(approved);
  const uncovered = plan.changes.filter((change) => !isCovered(change, approvedChanges));
  if (uncovered.length === 0) return true;
  report.refused = uncovered.map((change) => ({
    id: change.id,
    description: change.description,
    reason: notApprovedReason(report.approval.source),
  }));
  report.stoppedBeforeStart = `The organization or the repository changed since the approved plan (${report.approval.source}) was made: the plan now holds ${uncovered.length} change${uncovered.length === 1 ? '' : 's'} it does not cover. Nothing was changed. Plan again and have the new plan approved.`;
  return false;
}

async function runStage(
  plan: Plan,
  stage: number,
  context: StageContext,
  options: ApplyOptions & { approved: Plan },
): Promise<Map<string, ChangeOutcome>> {
  const inStage = plan.changes.filter((change) => STAGE_OF_KIND[change.kind] === stage);
  const { allowed, refused } = authorizeChanges(inStage, {
    approved: options.approved,
    source: options.approval.source,
    allowDestructive: options.allowDestructive,
  });
  for (const change of refused)
    if (!context.report.refused.some((known) => known.id === change.id)) context.report.refused.push(change);

  // Earlier stages' changes still in the plan did not complete; what depends on them cannot run now.
  const unfinished = new Set([
    ...plan.changes.filter((change) => STAGE_OF_KIND[change.kind] < stage).map((change) => change.id),
    ...refused.map((change) => change.id),
  ]);
  const runnable: Change[] = [];
  const outcomes = new Map<string, ChangeOutcome>();
  for (const change of allowed) {
    const narrowed =
      change.kind === CHANGE_KINDS.addStackInstances ? withReadyAccounts(change, unfinished, context) : change;
    // For instances, unready accounts were narrowed away above; only their other dependencies can block them.
    const dependencies =
      change.kind === CHANGE_KINDS.addStackInstances
        ? change.dependsOn.filter((id) => !isAccountReadinessChangeId(id))
        : change.dependsOn;
    const blocker =
      narrowed === undefined
        ? firstUnfinishedAccountChange(change, unfinished)
        : dependencies.find((id) => unfinished.has(id));
    if (blocker !== undefined) {
      outcomes.set(change.id, { status: 'blocked', by: blocker });
      unfinished.add(change.id);
    } else if (narrowed) runnable.push(narrowed);
  }

  context.log(
    `Stage ${stage}, ${STAGE_NAMES[stage] ?? 'changes'}: ${runnable.length} change${runnable.length === 1 ? '' : 's'}${refused.length > 0 ? `, ${refused.length} refused` : ''}`,
  );
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
    refused.map((change) => change.id),
    context,
  );
  return outcomes;
}

/** Deploys to the accounts that are ready; accounts whose creation, adoption or move did not complete wait for a re-run. */
function withReadyAccounts(change: Change, unfinished: Set<string>, context: StageContext): Change | undefined {
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
  context.log(
    `${change.id}: skipping ${skipped.length === 1 ? 'account' : 'accounts'} ${skipped.join(', ')} until ${skipped.length === 1 ? 'it is' : 'they are'} ready`,
  );
  return ready.length === 0 ? undefined : { ...change, after: { ...after, instances: ready } };
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
  refusedIds: string[],
  context: StageContext,
): void {
  const { report } = context;
  const byId = new Map(changes.map((change) => [change.id, change]));
  const refused = new Set(refusedIds);
  for (const [id, outcome] of outcomes) {
    const change = byId.get(id);
    const description = change?.description ?? id;
    const actedIn = change ? accountsActedIn(change) : [];
    const accounts = actedIn.length > 0 ? { accounts: actedIn } : {};
    report.failures = report.failures.filter((failure) => failure.id !== id);
    if (outcome.status === 'applied') {
      report.changesApplied.push({ id, description, ...accounts });
      continue;
    }
    const message =
      outcome.status === 'failed'
        ? outcome.error.message
        : `Not attempted: it needs ${outcome.by}, which ${refused.has(outcome.by) ? 'was refused' : 'did not complete'}.`;
    report.failures.push({ id, description, ...accounts, message });
    context.log(`✗ ${description}: ${message}`);
  }
}

/**
 * A throttled or dropped call may have taken effect all the same, and a change that was never attempted may have
 * been made by someone else: once a fresh plan no longer wants such a change, the organization has it, and its
 * failure is stale. A failure AWS stated outright (a denied call, a StackSet operation that ended FAILED or ran
 * out of time) stands even then: the plan sees that stack instances exist, not whether they deployed.
 */
function dropFailuresThatTookEffect(report: ApplyReport, plan: Plan, ambiguousFailures: ReadonlySet<string>): void {
  const planned = new Set(plan.changes.map((change) => change.id));
  report.failures = report.failures.filter((failure) => planned.has(failure.id) || !ambiguousFailures.has(failure.id));
}

/** Changes the last observation still plans that this run neither failed nor refused: the organization moved meanwhile. */
function stillPlanned(plan: Plan, report: ApplyReport) {
  const accounted = new Set([
    ...report.failures.map((failure) => failure.id),
    ...report.refused.map((change) => change.id),
  ]);
  return plan.changes
    .filter((change) => !accounted.has(change.id))
    .map((change) => ({ id: change.id, description: change.description }));
}
