import { accountsActedIn, accountsReached, instancesActedOn } from '../plan/change-accounts.js';
import { changeDetail } from './change-detail.js';
import { canonicalJson } from '../plan/canonical-json.js';
import type { Change, Plan } from '../plan/plan.js';
import { scpsLostSince } from '../plan/account-scp-approval.js';
import { changesById, EVERY_ACTION_DENIED, isCovered, reachBeyond } from '../plan/saved-plan.js';
import type { ApplyReport, RefusedChange } from './apply-report.js';

/**
 * What authorises an apply. A saved plan approves exactly its changes. Without one, the plan apply computes first
 * is the approved one: shown and confirmed at a terminal, or taken as it is with --auto-approve.
 */
export type Approval =
  | { kind: 'saved-plan'; source: string; plan: Plan }
  | {
      kind: 'first-plan';
      source: string;
      confirm?: (plan: Plan) => Promise<boolean>;
      /** With --auto-approve, shows the plan it takes before any change, as Terraform's apply -auto-approve does. */
      show?: (plan: Plan) => void;
    };

/** How the approval source of a saved plan starts: `plan file plan.json`. */
export const SAVED_PLAN_SOURCE = 'plan file ';

/** The approval source of a plan the person at the terminal confirmed. */
export const TERMINAL_CONFIRMATION = 'confirmed at the terminal';

export interface ApprovalDecision {
  /** Changes within the approved plan: non-destructive, or destructive with allow-destructive. */
  allowed: Change[];
  refused: RefusedChange[];
}

/**
 * Why a change the approved plan does not cover is refused. When the plan holds the same change with another scope
 * (a move from another OU, an update of other content), it says what was approved instead, so the difference shows.
 */
export function notApprovedReason(source: string, approvedAs?: Change, fresh?: Change): string {
  const differing =
    approvedAs && fresh
      ? [...new Set([...Object.keys(approvedAs.scope), ...Object.keys(fresh.scope)])]
          .filter((key) => JSON.stringify(approvedAs.scope[key]) !== JSON.stringify(fresh.scope[key]))
          .sort()
      : [];
  const what = !approvedAs
    ? `It is not in the approved plan (${source})`
    : fresh && approvedAs.description !== fresh.description
      ? `The approved plan (${source}) holds it only as "${approvedAs.description}"`
      : differing.length > 0
        ? `The approved plan (${source}) holds it with another scope (${differing.join(', ')} differ${differing.length === 1 ? 's' : ''})`
        : fresh?.destructive && !approvedAs.destructive
          ? `The approved plan (${source}) holds it, but not as destructive`
          : `The approved plan (${source}) holds it, but not as high impact${fresh?.highImpactReason ? `, which it now is: ${fresh.highImpactReason}` : ''}`;
  return `${what}: the organization or the repository changed since that plan was made. Plan again and have the new plan approved.`;
}

/** An SCP change's accounts beyond the approval: reached, or now denied every action (EVERY_ACTION_DENIED). */
function scpReach(beyond: readonly string[]): string {
  const denied = beyond.filter((entry) => entry.endsWith(EVERY_ACTION_DENIED));
  const reached = beyond.filter((entry) => !entry.endsWith(EVERY_ACTION_DENIED));
  return [
    ...(reached.length > 0
      ? [
          `now reaches ${reached.length === 1 ? 'an account' : `${reached.length} accounts`} the approved plan did not show it reaching (${reached.join(', ')})`,
        ]
      : []),
    ...(denied.length > 0
      ? [
          `now leaves ${denied.length === 1 ? 'an account' : `${denied.length} accounts`} with every action denied, which the approved plan did not show (${denied.map((entry) => entry.slice(0, -EVERY_ACTION_DENIED.length)).join(', ')}: what allowed actions there changed since)`,
        ]
      : []),
  ].join(', and ');
}

/**
 * Why a change whose reach grew since the approval is refused (reachBeyond): `id` says an SCP's, a StackSet's, or an
 * account's move or creation.
 */
function grownReachReason(
  id: string,
  beyond: readonly string[] | undefined,
  source: string,
  lost?: readonly string[],
): string {
  const scps = (names: readonly string[]) => `${names.length === 1 ? 'SCP' : 'SCPs'} ${names.join(', ')}`;
  const account = [
    ...(beyond && beyond.length > 0
      ? [
          `now puts the account under ${scps(beyond)}, which the approved plan did not show in force for it (attached on its new path since)`,
        ]
      : []),
    ...(lost && lost.length > 0
      ? [
          `now takes the account out from under ${scps(lost)}, which the approved plan did not show it losing (detached from its new path, or attached on the path it leaves, since)`,
        ]
      : []),
  ].join(', and ');
  const reach = /^(?:move|create)-account:/.test(id)
    ? account
    : id.includes(':stackset:')
      ? `now redeploys ${beyond!.length === 1 ? 'a stack instance' : `${beyond!.length} stack instances`} the approved plan did not list (${beyond!.join(', ')})`
      : scpReach(beyond!);
  return `It ${reach}: the organization changed since that plan (${source}) was made. Plan again and have the new plan approved.`;
}

/**
 * The approved plan holds the change with the same scope, only its marks or its description differ: when its reach
 * grew, that growth is why (a StackSet update's description counts the instances it redeploys, and an instance in
 * an account no manifest declares makes it high impact), and says what changed in the organization. A change held
 * with another scope is refused as that first.
 */
function onlyReachDiffers(approvedAs: Change | undefined, fresh: Change): boolean {
  return approvedAs !== undefined && canonicalJson(approvedAs.scope) === canonicalJson(fresh.scope);
}

/** Which accounts and instances a change would have changed: a refusal names them, as the plan did. */
function actedOn(change: Change): Pick<RefusedChange, 'accounts' | 'members' | 'detail'> {
  const acted = accountsActedIn(change);
  const members = instancesActedOn(change);
  // What it would have done, in values (a move's OUs, a tag's old → new), as an applied change says what it did.
  const detail = changeDetail(change);
  return {
    ...(acted.length > 0 ? { accounts: acted } : {}),
    ...(members.length > 0 ? { members } : {}),
    ...(detail ? { detail } : {}),
  };
}

/**
 * Splits a stage's fresh changes into those apply may carry out and those it refuses. A change runs only when the
 * approved plan covers it (same id and scope, or a scope that contains it), if destructive, allow-destructive is
 * set, and if high impact (plan.ts, Change.highImpact), allow-high-impact is set: both say that the run is the one
 * a stricter review approved, as the workflow routes such plans to a second environment. Pure.
 */
export function authorizeChanges(
  changes: readonly Change[],
  options: {
    approved: Plan;
    source: string;
    allowDestructive: boolean;
    allowHighImpact: boolean;
    /** reachBeyond of the fresh plan the changes come from. */
    grownReach: ReadonlyMap<string, readonly string[]>;
    /** scpsLostSince of the fresh plan the changes come from. */
    lostScps?: ReadonlyMap<string, readonly string[]>;
  },
): ApprovalDecision {
  const approved = changesById(options.approved);
  const allowed: Change[] = [];
  const refused: RefusedChange[] = [];
  for (const change of changes) {
    const where = actedOn(change);
    const grown = options.grownReach.has(change.id) || (options.lostScps?.has(change.id) ?? false);
    if (!isCovered(change, approved) && !(grown && onlyReachDiffers(approved.get(change.id), change))) {
      refused.push({
        id: change.id,
        description: change.description,
        ...where,
        reason: notApprovedReason(options.source, approved.get(change.id), change),
        outdated: true,
      });
    } else if (grown) {
      refused.push({
        id: change.id,
        description: change.description,
        ...where,
        reason: grownReachReason(
          change.id,
          options.grownReach.get(change.id),
          options.source,
          options.lostScps?.get(change.id),
        ),
        outdated: true,
      });
    } else if (change.destructive && !options.allowDestructive) {
      refused.push({
        id: change.id,
        description: change.description,
        ...where,
        reason:
          'It is destructive. It is in the approved plan, but apply carries out destructive changes only with allow-destructive (--allow-destructive).',
      });
    } else if (change.highImpact && !options.allowHighImpact) {
      refused.push({
        id: change.id,
        description: change.description,
        ...where,
        reason: HIGH_IMPACT_REASON,
      });
    } else allowed.push(change);
  }
  return { allowed, refused };
}

/**
 * Without a saved plan, the first plan is the approved one: as it is with --auto-approve, or once the person at the
 * terminal confirms it. Undefined when they do not.
 */
export async function approveFirstPlan(plan: Plan, approval: Approval, report: ApplyReport): Promise<Plan | undefined> {
  report.approval.digest = plan.digest;
  if (approval.kind === 'first-plan' && approval.show) approval.show(plan);
  if (approval.kind !== 'first-plan' || !approval.confirm) return plan;
  if (plan.changes.length === 0) {
    // No one was asked, so the audit line must not say someone confirmed it; what else it says (edited files) stays.
    report.approval.source = approval.source.replace(
      TERMINAL_CONFIRMATION,
      'nothing to confirm: the plan had no changes',
    );
    return plan;
  }
  if (await approval.confirm(plan)) return plan;
  report.approval.approved = false;
  report.stoppedBeforeStart = 'Apply cancelled: the plan was not confirmed. Nothing was changed.';
  return undefined;
}

/**
 * Before the first change: a plan with high-impact changes runs only with allow-high-impact, or nothing is changed
 * at all. Refusing them one by one, as destructive changes are, would leave the rest half done: accounts created
 * without the root SCP meant for them. The workflow sets allow-high-impact exactly where such a plan goes to the
 * stricter environment's review (vend-apply.yml, has-high-impact).
 */
export function admitsHighImpact(
  plan: Plan,
  allow: { highImpact: boolean; destructive: boolean },
  report: ApplyReport,
  /** The plan was to be put to the person at the terminal, who is now not asked: it was approved by no one. */
  unconfirmed = false,
): boolean {
  const highImpact = plan.changes.filter((change) => change.highImpact);
  if (allow.highImpact || highImpact.length === 0) return true;
  if (unconfirmed) report.approval = { ...report.approval, digest: plan.digest, approved: false };
  // Without a saved plan, the plan refused here is the one the run would have carried out: its digest is the record.
  else if (!report.approval.digest) report.approval = { ...report.approval, digest: plan.digest };
  // Each named where it acts, or whom it reaches, as refusals in a stage are: the per-account report shows them.
  const radius = new Map(plan.blastRadius.map((entry) => [entry.changeId, entry]));
  report.refused = highImpact.map((change) => {
    const where = actedOn(change);
    const reached = where.accounts ? [] : accountsReached(radius.get(change.id));
    return {
      id: change.id,
      description: change.description,
      ...where,
      ...(reached.length > 0 ? { reaches: reached } : {}),
      reason: unconfirmed ? HIGH_IMPACT_UNCONFIRMED_REASON : HIGH_IMPACT_REASON,
    };
  });
  // Named now, so that the run with allow-high-impact is not refused again for the other flag.
  const destructive = allow.destructive ? 0 : plan.changes.filter((change) => change.destructive).length;
  report.stoppedBeforeStart = `The plan holds ${highImpact.length === 1 ? '1 high-impact change' : `${highImpact.length} high-impact changes`}, and apply carries out such a plan only with allow-high-impact (--allow-high-impact), which the example workflow sets where the plan goes to the stricter environment's review.${destructive > 0 ? ` It also holds ${destructive === 1 ? '1 destructive change' : `${destructive} destructive changes`}, which apply carries out only with allow-destructive (--allow-destructive): give both.` : ''} Nothing was changed.`;
  return false;
}

const HIGH_IMPACT_UNCONFIRMED_REASON =
  'It is high impact, and apply carries out high-impact changes only with allow-high-impact (--allow-high-impact), so the plan was not put to you for confirmation.';

const HIGH_IMPACT_REASON =
  'It is high impact. It is in the approved plan, but apply carries out high-impact changes only with allow-high-impact (--allow-high-impact), which the workflow sets where they go to the second environment for review.';

/** Before the first change, the whole fresh plan must be within the approved one, or nothing is changed at all. */
export function coversWholePlan(approved: Plan, plan: Plan, report: ApplyReport): boolean {
  const approvedChanges = changesById(approved);
  const grown = reachBeyond(plan, approved);
  const lost = scpsLostSince(plan, approved);
  const uncovered = plan.changes.filter(
    (change) => !isCovered(change, approvedChanges) || grown.has(change.id) || lost.has(change.id),
  );
  if (uncovered.length === 0) return true;
  report.refused = uncovered.map((change) => ({
    id: change.id,
    description: change.description,
    ...actedOn(change),
    // As authorizeChanges decides: what the change now reaches beyond the approval says what changed in the
    // organization (the account that moved in), which the flag it gained for it would not.
    reason:
      (grown.has(change.id) || lost.has(change.id)) &&
      (isCovered(change, approvedChanges) || onlyReachDiffers(approvedChanges.get(change.id), change))
        ? grownReachReason(change.id, grown.get(change.id), report.approval.source, lost.get(change.id))
        : notApprovedReason(report.approval.source, approvedChanges.get(change.id), change),
    outdated: true as const,
  }));
  report.stoppedBeforeStart = `The organization or the repository changed since the approved plan (${report.approval.source}) was made: the plan now holds ${uncovered.length} change${uncovered.length === 1 ? '' : 's'} it does not cover. Nothing was changed. Plan again and have the new plan approved.`;
  return false;
}

/**
 * Once no stage is left: the fresh plan's changes that the approved plan does not cover, and that this run has not
 * already refused or failed, are refused as outdated (notApprovedReason). They appeared during the run in a stage
 * already done (an SCP detached by hand, a tag changed), and a re-run of the same plan would refuse them too, so the
 * report says to plan again rather than to re-run.
 */
export function refuseUncovered(approved: Plan, plan: Plan, report: ApplyReport): void {
  const approvedChanges = changesById(approved);
  const accounted = new Set([...report.refused, ...report.failures].map((change) => change.id));
  for (const change of plan.changes)
    if (!accounted.has(change.id) && !isCovered(change, approvedChanges))
      report.refused.push({
        id: change.id,
        description: change.description,
        ...actedOn(change),
        reason: notApprovedReason(report.approval.source, approvedChanges.get(change.id), change),
        outdated: true,
      });
}
