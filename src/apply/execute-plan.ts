import { compareText } from '../ordering.js';
import type { Locate } from '../config/load-repository.js';
import type { DesiredState } from '../config/desired-state.js';
import type { AwsClients } from '../observe/aws-clients.js';
import { describeAwsError } from '../observe/aws-errors.js';
import type { ObservedState } from '../observe/observed-state.js';
import { observeOrganization } from '../observe/read-organization.js';
import type { ObserveOptions } from '../observe/read-organization.js';
import { computePlan } from '../plan/compute-plan.js';
import { STAGE_OF_KIND, stageOf, stagesAsApproved } from '../plan/order-changes.js';
import { CHANGE_KINDS } from '../plan/plan.js';
import type { Plan } from '../plan/plan.js';
import { OrganizationTargets } from './apply-context.js';
import type { ApplySchedules, StageContext } from './apply-context.js';
import { admitsHighImpact, approveFirstPlan, coversWholePlan, refuseUncovered } from './approval.js';
import type { Approval } from './approval.js';
import { emptyApplyReport, RUN_FAILURE_IDS, undeployedBaselines } from './apply-report.js';
import type { ApplyReport, ChangeFailure } from './apply-report.js';
import { systemClock } from './polling.js';
import type { ApplyClock } from './polling.js';
import { isEndpointUnreachable } from '../observe/aws-errors.js';
import { ACCOUNT_STAGE, runStage } from './run-stage.js';
import { verifyBaselineRoles } from './verify-baseline-roles.js';
import { settleUndone, stillPlanned } from './still-planned.js';

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
  /** Carry out the approved plan's high-impact changes (Change.highImpact); without it they are refused. */
  allowHighImpact: boolean;
  approval: Approval;
  /** The repository's commit, recorded in every plan apply computes. */
  commit: string | null;
  /** Where the repository declares what a problem is about (RepositoryVerdict.locate). */
  locate?: Locate;
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
  const report = await carryOutPlan(options);
  settleUndone(report);
  return report;
}

async function carryOutPlan(options: ApplyOptions): Promise<ApplyReport> {
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
  // Set for one last read once no stage is left, when the read before skipped account tags: a tag changed by hand
  // during the run must not pass as the organization matching the commit.
  let confirmingTags = false;
  // The observation the person at the terminal confirmed the plan of; the next one is held to it before any change.
  let confirmedAt = -2;
  const ambiguousFailures = new Set<string>();
  // What the last observation planned: when the endpoint goes away before the next one, its changes not yet made
  // are what a re-run will do, and the report lists them.
  let lastPlan: Plan | undefined;
  // How many changes this run had made when the last plan was read: only those can show in it as undone.
  let appliedAtRead = 0;

  for (let observation = 0; ; observation++) {
    // Only the account stage acts on tags, so after it re-reading every declared account's tags would cost one call
    // per account per stage for nothing. Unless it left changes undone: an adoption still planned is what keeps
    // the account's SCP attachments and stack instances waiting, and without tags the plan cannot see it. And
    // unless a parameter-overrides record is to change: the tag says which dropped overrides to read and reset.
    // And the read after the approved plan's last stage, which should find nothing left: tags included, so that a
    // tag changed by hand during the run shows (confirmingTags reads once more where it did not).
    const afterLastStage =
      approved !== undefined && minimumStage > Math.max(0, ...approved.changes.map(stagesAsApproved(approved)));
    const readAccountTags =
      minimumStage <= ACCOUNT_STAGE || accountChangesLeft || recordsLeft || confirmingTags || afterLastStage;
    // Other teams' SCPs count against attachments still to make (the quota), and keep a target from being left with
    // none when vend detaches its last: read until the detachments are done.
    const readForeignScpTargets = minimumStage <= STAGE_OF_KIND[CHANGE_KINDS.detachScp];
    let observed: ObservedState;
    try {
      observed = await observe(clients, { desired, readAccountTags, readForeignScpTargets });
    } catch (error) {
      // Before the first change, this is a problem with credentials or access: nothing happened, say so loudly.
      if (observation === 0) throw describeAwsError(error, 'Reading the organization');
      if (lastPlan) report.pending = stillPlanned(lastPlan, report, appliedAtRead);
      // Changes were made by now: the read that failed is the one between stages, and the message says so.
      const described = describeAwsError(error, 'Reading the organization again before the next stage');
      if (isEndpointUnreachable(error)) {
        stopAtUnreachableEndpoint(report, described.message, log);
        return report;
      }
      report.failures.push({
        id: RUN_FAILURE_IDS.observe,
        description: 'Read the organization before the next stage',
        message: described.message,
      });
      break;
    }
    const plan = computePlan(desired, observed, {
      commit: options.commit,
      ...(options.locate ? { locate: options.locate } : {}),
    });
    lastPlan = plan;
    appliedAtRead = report.changesApplied.length;
    if (readAccountTags) {
      accountChangesLeft = plan.changes.some((change) => stageOf(change) === ACCOUNT_STAGE);
      recordsLeft = plan.changes.some((change) => change.kind === CHANGE_KINDS.recordParameterOverrides);
    }
    dropFailuresThatTookEffect(report, plan, ambiguousFailures);
    if (observation === 0) report.digests.first = plan.digest;
    report.digests.last = plan.digest;
    if (plan.undeclaredInstances) report.undeclaredInstances = plan.undeclaredInstances.length;
    else delete report.undeclaredInstances;
    if (plan.problems.length > 0) {
      report.problems = plan.problems;
      // The person at the terminal is not asked about a plan that cannot run: no one approved it.
      if (observation === 0 && approval.kind === 'first-plan' && approval.confirm)
        report.approval = { ...report.approval, digest: plan.digest, approved: false };
      // Once changes were made, what the approved plan still holds is left to do, and said so: the report's counts
      // add up to the plan, and a re-run after the problem is fixed makes them.
      if (observation > 0) report.pending = stillPlanned(plan, report, appliedAtRead);
      log(
        `Stopped: the plan has ${plan.problems.length} problem${plan.problems.length === 1 ? ' that blocks' : 's that block'} apply.`,
      );
      break;
    }
    if (observation === 0) {
      // A saved plan the organization has moved away from is refused for that first; the person at a terminal is
      // not asked to confirm a plan apply would then refuse.
      // Stopped before the first change: the rest of the plan is still planned, so the report says what was left
      // undone beside what was refused, and its counts add up to the plan.
      if (approved && !coversWholePlan(approved, plan, report)) {
        report.pending = stillPlanned(plan, report, appliedAtRead);
        return report;
      }
      const unconfirmed = !approved && approval.kind === 'first-plan' && approval.confirm !== undefined;
      if (
        !admitsHighImpact(
          plan,
          { highImpact: options.allowHighImpact, destructive: options.allowDestructive },
          report,
          unconfirmed,
        )
      ) {
        report.pending = stillPlanned(plan, report, appliedAtRead);
        return report;
      }
      approved ??= await approveFirstPlan(plan, approval, report);
      // A person took their time to confirm: the organization may have moved meanwhile (an account moved into an OU
      // that gains an SCP, an email taken). It is read again, and held to the confirmed plan as a saved one is.
      if (approved && approval.kind === 'first-plan' && approval.confirm && approved.changes.length > 0) {
        confirmedAt = observation;
        continue;
      }
    } else if (observation === confirmedAt + 1 && approved && !coversWholePlan(approved, plan, report)) {
      report.pending = stillPlanned(plan, report, appliedAtRead);
      return report;
    }
    if (!approved) {
      // Declined at the terminal: the plan is left to do, and the report's counts add up to it.
      report.pending = stillPlanned(plan, report, appliedAtRead);
      return report;
    }
    const stage = nextStage(plan, minimumStage, approved);
    if (stage === undefined) {
      if (!readAccountTags) {
        confirmingTags = true;
        continue;
      }
      // What appeared during the run in a stage already done (an SCP detached by hand, a tag changed) is no more
      // approved than it would be before the first change: refused, so the report says to plan again, not re-run.
      refuseUncovered(approved, plan, report);
      report.pending = stillPlanned(plan, report, appliedAtRead);
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
    const outcomes = await runStage(plan, stage, context, {
      approved,
      source: approval.source,
      allowDestructive: options.allowDestructive,
      allowHighImpact: options.allowHighImpact,
      attempt: { number: attemptsAtStage, of: STAGE_ATTEMPTS },
    });
    const unreachable = [...outcomes.values()].find(
      (outcome) => outcome.status === 'failed' && outcome.error.unreachable,
    );
    if (unreachable?.status === 'failed') {
      // Changes held back because one they need hit the dead endpoint were not refused by AWS (runStage records no
      // failure for them): they are still planned, and a re-run makes them.
      // A request the connection dropped under may have reached AWS: its change is still planned, not known undone.
      const unanswered = new Set(
        [...outcomes]
          .filter(([, outcome]) => outcome.status === 'failed' && outcome.error.mayHaveArrived)
          .map(([id]) => id),
      );
      report.pending = stillPlanned(plan, report, appliedAtRead).map((change) =>
        unanswered.has(change.id) ? { ...change, unanswered: true } : change,
      );
      stopAtUnreachableEndpoint(report, unreachable.error.message, log, unreachable.error.credentialsRefused);
      return report;
    }
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
    try {
      report.verification = await verifyBaselineRoles(
        clients,
        desired,
        // In name order, as the report by account lists them; createdAccounts is in the order apply made them.
        [...report.createdAccounts].sort((a, b) => compareText(a.name, b.name)),
        undeployedBaselines(report, desired.organization.stackSets.namePrefix),
      );
    } catch (error) {
      if (!isEndpointUnreachable(error)) throw error;
      // One message, not one per account, and not read as roles that are wrong: nothing answered.
      const created = report.createdAccounts.map((account) => `${account.name} (${account.id})`);
      const failure = {
        id: RUN_FAILURE_IDS.endpoint,
        description: 'Reach AWS',
        message: `${describeAwsError(error, 'Verifying baseline roles').message.replace(/, then re-run\.$/, '.')} The changes were made; the baseline roles of the ${created.length === 1 ? 'account' : `${created.length} accounts`} this run created (${created.join(', ')}) were not verified, and a re-run will not verify them: check that each role exists with its permissions boundary once AWS answers again.`,
      };
      report.failures.push(failure);
      log(`✗ ${failure.message}`);
    }
  }
  return report;
}

/**
 * Every call after the first that finds the endpoint unreachable fails the same way, so apply stops there with one
 * message, and verifies nothing: the changes it did not reach stay planned, and a re-run resumes.
 */
function stopAtUnreachableEndpoint(
  report: ApplyReport,
  message: string,
  log: (line: string) => void,
  /** AWS answered, refusing the credentials: a re-run needs fresh ones, not AWS back. */
  credentialsRefused = false,
): void {
  // Verification reads roles in the accounts this run created; a re-run creates none, so it would not come back.
  const created = report.createdAccounts.map((account) => `${account.name} (${account.id})`);
  // With nothing left, the read that failed is the one after the last change: a re-run has nothing to resume.
  const done =
    report.pending.length === 0 &&
    report.failures.length === 0 &&
    report.refused.length === 0 &&
    report.changesApplied.length > 0;
  const unverified =
    created.length === 0
      ? ''
      : done
        ? ` The baseline roles of the ${created.length === 1 ? 'account' : `${created.length} accounts`} it created (${created.join(', ')}) were not verified, and a re-run will not verify them: check now that each role exists with its permissions boundary.`
        : ` The baseline roles of the ${created.length === 1 ? 'account' : `${created.length} accounts`} it created (${created.join(', ')}) were not verified, and a re-run will not verify them: once a re-run has deployed their baselines, check that each role exists with its permissions boundary.`;
  const failure = {
    id: RUN_FAILURE_IDS.endpoint,
    description: credentialsRefused ? 'Use the credentials' : 'Reach AWS',
    message: done
      ? // Nothing is left to re-run: the read's own advice to re-run gives way to the plan that confirms it.
        `${message.replace(/, then re-run\.$/, '.')} Every change the plan still held was made before AWS stopped answering; only the read that confirms nothing is left could not run. Run vend plan once AWS answers again to confirm it shows no changes.${unverified}`
      : credentialsRefused
        ? `${message} Apply stopped at the first call AWS refused the credentials of, since every further call would be refused the same way, and started nothing more; calls already under way (StackSet operations of one stage run side by side) are reported as they ended. Re-run apply with fresh credentials (re-running the job assumes the role afresh): it resumes where this run stopped.${unverified}`
        : `${message} Apply stopped at the first call that got no answer from AWS and started nothing more; calls already under way (StackSet operations of one stage run side by side) are reported as they ended. Re-run apply once AWS answers again: it resumes where this run stopped.${unverified}`,
  };
  report.failures.push(failure);
  log(`✗ ${failure.message}`);
}

function nextStage(plan: Plan, minimumStage: number, approved: Plan): number | undefined {
  const stages = plan.changes.map(stagesAsApproved(approved)).filter((stage) => stage >= minimumStage);
  return stages.length === 0 ? undefined : Math.min(...stages);
}

/**
 * A throttled or dropped call may have taken effect all the same, and a change that was never attempted may have
 * been made by someone else: once a fresh plan no longer wants such a change, the organization has it, and its
 * failure is stale. A failure AWS stated outright (a denied call, a StackSet operation that ended FAILED or ran
 * out of time) stands even then: the plan sees that stack instances exist, not whether they deployed.
 */
function dropFailuresThatTookEffect(report: ApplyReport, plan: Plan, ambiguousFailures: ReadonlySet<string>): void {
  const planned = new Set(plan.changes.map((change) => change.id));
  const stale = (failure: ChangeFailure) => !planned.has(failure.id) && ambiguousFailures.has(failure.id);
  // One this run attempted is its change, made: counted and reported as applied, so that a run whose every call
  // answered with an error yet took effect never reads "nothing changed". One it never attempted was someone else's.
  const applied = new Set(report.changesApplied.map((change) => change.id));
  const made = ({ message: _message, blockedBy: _blockedBy, ...change }: ChangeFailure) => ({
    ...change,
    detail: [change.detail, 'AWS answered with an error, yet the next read found it made'].filter(Boolean).join('; '),
  });
  for (const failure of report.failures.filter(stale))
    if (failure.blockedBy === undefined && !applied.has(failure.id)) report.changesApplied.push(made(failure));
  report.failures = report.failures.filter((failure) => !stale(failure));
}
