import type { PlanProblem } from '../plan/plan.js';
import { stackSetOfChangeId } from '../plan/plan-draft.js';

/** What one `vend apply` did: the input of the CLI text, the merged PR's comment, the job summary and outputs. */
export interface ApplyReport {
  /** Changes carried out, in the order they completed. */
  changesApplied: ChangeRecord[];
  createdAccounts: AccountRecord[];
  adoptedAccounts: AccountRecord[];
  /** One entry per StackSet operation apply started (or found running and waited for). */
  baselineResults: StackSetOperationResult[];
  /** Changes apply would not carry out: outside the approved plan, or destructive without allow-destructive. */
  refused: RefusedChange[];
  /**
   * Changes that were attempted and failed, or could not start because something they need failed. A throttled
   * call or a change not attempted drops out once a later observation shows the change done.
   */
  failures: ChangeFailure[];
  /** Conflicts in the plan that stopped apply before it changed anything more. */
  problems: PlanProblem[];
  /**
   * Changes the final observation still plans that neither failed nor were refused: instances held back for
   * accounts that were not ready, or changes someone made to the organization during the run.
   */
  pending: PendingChange[];
  /** Changes apply held back for a refused one they need (id → the refused change's id). */
  heldBack?: HeldBack;
  /** Baseline roles checked in each account this run created. */
  verification: AccountVerification[];
  approval: ApprovalSummary;
  /**
   * Why apply stopped before its first change, if it did: the fresh plan held changes the approved plan does not
   * cover (listed in `refused`), or the person at the terminal did not confirm.
   */
  stoppedBeforeStart?: string;
  /** Digest of the plan computed from the first observation, and of the last one. */
  digests: { first: string; last: string };
  /**
   * Stack instances of vend's StackSets the last observation found in accounts no manifest declares
   * (Plan.undeclaredInstances), which apply does not remove: the organization never "matches" beside them. Absent
   * when there are none.
   */
  undeclaredInstances?: number;
}

export interface ChangeRecord {
  id: string;
  description: string;
  /**
   * The accounts the change acted in (see accountsActedIn), for the report by account. Set on changes applied and
   * failed; absent where apply did not get as far as the change.
   */
  accounts?: string[];
  /**
   * For a change that acts on the root, an OU, an SCP or a StackSet as a whole: the accounts it reaches (the plan's
   * blast radius: whose SCPs in force change, or whose stack instances a StackSet update redeploys).
   */
  reaches?: string[];
  /** What it did in values, where the description does not say: tags old → new, a move's OUs (changeDetail). */
  detail?: string;
  /** The stack instances it changed, or would have, `account/region` (instancesActedOn): which regions, per account. */
  members?: string[];
}

/** A change still planned after the run (ApplyReport.pending). */
export interface PendingChange extends ChangeRecord {
  /** The refused change it needs, when apply held it back for one: a re-run with the same flags holds it again. */
  heldBackBy?: string;
  /** That refused change's description, as the report names it to a reader. */
  heldBackByDescription?: string;
  /** Whether it creates something, as the plan marks it (`+`), or changes it (`~`). */
  action?: 'create' | 'change' | 'destroy';
  /**
   * Its request got no answer (the connection dropped under it): AWS may have carried it out, and the next plan
   * shows whether it did.
   */
  unanswered?: boolean;
  /**
   * This run made it, and a later read found it undone (by hand or by another tool during the run): the approved
   * plan still covers it, and a re-run makes it again.
   */
  undoneDuringRun?: boolean;
}

/** Change id → the refused change it needed, for changes apply held back (see PendingChange.heldBackBy). */
export type HeldBack = Record<string, string>;

export interface AccountRecord {
  name: string;
  id: string;
}

export interface StackSetOperationResult {
  stackSet: string;
  action: 'CREATE' | 'UPDATE' | 'DELETE';
  operationId: string;
  /** The plan change the operation carried out; absent in reports of earlier versions. */
  changeId?: string;
  /** SUCCEEDED, FAILED, STOPPED, or TIMED_OUT when vend stopped waiting. */
  status: string;
  succeeded: number;
  /**
   * The accounts (labelled as in `failed`) with an instance whose result is SUCCEEDED: what the report by account
   * credits, rather than every account the change was planned to reach. Absent in reports of earlier versions.
   */
  succeededAccounts?: string[];
  failed: FailedStackInstance[];
  /** Why an operation that did not succeed ended so, as AWS says it (StackSetOperation StatusReason), when it says. */
  statusReason?: string;
}

export interface FailedStackInstance {
  /** The manifest name and id (`payments-prod (210987654321)`), or the id alone for accounts no manifest declares. */
  account: string;
  region: string;
  reason: string;
}

export interface RefusedChange extends ChangeRecord {
  reason: string;
  /**
   * Refused because the approved plan no longer covers it as the organization and repository are now (not in it,
   * another scope, a wider reach): only a new plan, approved again, carries it out. Unset for a change refused for
   * a flag it lacks (allow-destructive, allow-high-impact), which planning again does not give it.
   */
  outdated?: true;
}

export interface ChangeFailure extends ChangeRecord {
  message: string;
  /** Set when apply did not attempt it: the id of the change it needs, which failed or did not complete. */
  blockedBy?: string;
}

/**
 * The ids of failures of the run itself rather than of a change: the AWS endpoint stopped answering, or reading the
 * organization between stages failed. The changes they stopped are still planned, not failed.
 */
export const RUN_FAILURE_IDS = { endpoint: 'endpoint', observe: 'observe' } as const;
const RUN_IDS: readonly string[] = Object.values(RUN_FAILURE_IDS);

/**
 * Changes that were attempted and failed, apart from those not attempted for want of one (ChangeFailure.blockedBy)
 * and from failures of the run itself (runFailures).
 */
export function attemptedFailures(report: Pick<ApplyReport, 'failures'>): ChangeFailure[] {
  return report.failures.filter((failure) => failure.blockedBy === undefined && !RUN_IDS.includes(failure.id));
}

/** Why the run stopped before the plan was done, other than a change failing: the endpoint lost, a read failed. */
export function runFailures(report: Pick<ApplyReport, 'failures'>): ChangeFailure[] {
  return report.failures.filter((failure) => RUN_IDS.includes(failure.id));
}

/** Changes apply did not attempt because a change they need failed or did not complete. */
export function notAttempted(report: Pick<ApplyReport, 'failures'>): ChangeFailure[] {
  return report.failures.filter((failure) => failure.blockedBy !== undefined);
}

export interface AccountVerification {
  account: AccountRecord;
  /** Set when the execution role could not be assumed: no role could be checked. */
  error?: string;
  roles: RoleVerification[];
  /**
   * Baselines with named roles that this run did not deploy to the account (their change failed, was refused or is
   * still planned): their roles were not looked for, and the report says so rather than show only the roles found.
   */
  notDeployed?: string[];
}

export interface RoleVerification {
  baseline: string;
  roleName: string;
  exists: boolean;
  /** The boundary attached to the role in AWS, if any. */
  permissionsBoundaryArn?: string;
  /** Whether the template gives the role a boundary; then one must be attached. */
  boundaryExpected: boolean;
  ok: boolean;
}

export interface ApprovalSummary {
  /** What approved the plan: `plan file plan.json`, `--auto-approve`, or `confirmed at the terminal`. */
  source: string;
  /** False when the person at the terminal declined the plan. */
  approved: boolean;
  /** The approved plan's digest and commit; without a saved plan, those of the plan apply computed first. */
  digest: string;
  commit: string | null;
}

/**
 * How many changes ended each way, each change counted once, so that the counts add up to the plan. A stack
 * instance change can end several ways for different accounts, with a record for each: it counts where it is least
 * done, failed before not attempted before refused before still planned before applied. A move still planned for
 * an account this run created or adopted is that creation's, undone.
 */
export function outcomeCounts(report: ApplyReport): {
  applied: number;
  failed: number;
  notAttempted: number;
  refused: number;
  pending: number;
} {
  const applied = new Set(report.changesApplied.map((change) => change.id));
  const asMade = (id: string) => {
    const account = /^move-account:(.+)$/.exec(id)?.[1];
    const made = account && [`create-account:${account}`, `adopt-account:${account}`].find((made) => applied.has(made));
    return made ?? id;
  };
  const taken = new Set<string>();
  const count = (ids: readonly string[]) => {
    const fresh = [...new Set(ids)].filter((id) => !taken.has(id));
    for (const id of fresh) taken.add(id);
    return fresh.length;
  };
  const failed = count(attemptedFailures(report).map((failure) => failure.id));
  const blocked = count(notAttempted(report).map((failure) => failure.id));
  const refused = count(report.refused.map((change) => change.id));
  const pending = count(report.pending.map((change) => asMade(change.id)));
  return { applied: count([...applied]), failed, notAttempted: blocked, refused, pending };
}

/**
 * Whether the run changed nothing in AWS: nothing applied, created, adopted or verified, no StackSet operation
 * started, no change attempted that failed and no run stopped early (a failed or unanswered call may have changed
 * something first). A run refused or blocked whole, or with nothing to do.
 */
export function changedNothing(report: ApplyReport): boolean {
  const made =
    report.changesApplied.length +
    report.createdAccounts.length +
    report.adoptedAccounts.length +
    report.baselineResults.length +
    report.verification.length;
  // Made and then undone by hand, or sent without an answer: AWS may well have changed.
  const touched = report.pending.some((change) => change.undoneDuringRun || change.unanswered);
  return made === 0 && !touched && attemptedFailures(report).length === 0 && runFailures(report).length === 0;
}

/** The changes the run carried out whole (outcomeCounts): the action's changes-applied output. */
export function changesDone(report: ApplyReport): number {
  return outcomeCounts(report).applied;
}

/** 0 when everything the repository asks for is done; 1 when anything failed, was refused or still differs. */
export function applyExitCode(report: ApplyReport): 0 | 1 {
  const incomplete =
    report.stoppedBeforeStart !== undefined ||
    report.failures.length + report.refused.length + report.problems.length + report.pending.length > 0;
  return incomplete || failedVerifications(report) > 0 ? 1 : 0;
}

/**
 * New accounts whose baseline roles could not be read, or are missing or lack their boundary: apply exits 1 for
 * them though every change went through, and a re-run, which creates no account, does not check them again.
 */
export function failedVerifications(report: ApplyReport): number {
  return report.verification.filter((account) => account.error !== undefined || account.roles.some((role) => !role.ok))
    .length;
}

export function emptyApplyReport(approval: ApprovalSummary): ApplyReport {
  return {
    changesApplied: [],
    createdAccounts: [],
    adoptedAccounts: [],
    baselineResults: [],
    refused: [],
    failures: [],
    problems: [],
    pending: [],
    verification: [],
    approval,
    digests: { first: '', last: '' },
  };
}

/**
 * Why a change failed, without the change's own title that an AWS error message starts with (`Set tags … on
 * payments-dev failed: AccessDenied: …` → `AccessDenied: …`): the reader sees the title beside it already.
 */
export function failureReason(failure: { description: string; message: string }): string {
  const prefix = `${failure.description} failed: `;
  return failure.message.startsWith(prefix) ? failure.message.slice(prefix.length) : failure.message;
}

/**
 * Account name → the baselines whose instances there this run did not deploy (still planned, refused or failed):
 * their roles are not looked for, since their absence is already reported as that change's.
 */
export function undeployedBaselines(report: ApplyReport, namePrefix: string): Map<string, Set<string>> {
  const undeployed = new Map<string, Set<string>>();
  for (const change of [...report.pending, ...report.refused, ...report.failures]) {
    if (!/^(?:add|update)-stack-instances:/.test(change.id)) continue;
    const stackSet = stackSetOfChangeId(change.id);
    if (!stackSet?.startsWith(namePrefix)) continue;
    // A failed change names only the accounts where it failed: those where it went through are in changesApplied.
    for (const account of change.accounts ?? [])
      undeployed.set(account, (undeployed.get(account) ?? new Set()).add(stackSet.slice(namePrefix.length)));
  }
  return undeployed;
}
