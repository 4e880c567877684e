import { CHANGE_KINDS } from './plan.js';
import type { BlastRadius, Change } from './plan.js';
import { fieldOf } from './blast-radius.js';

/**
 * The changes, with those whose blast radius reaches far flagged high-impact: new content for an SCP in force for
 * more than one account (one OU can hold hundreds); attaching an SCP that more than one account gains (a deny on an
 * OU stops its workloads at once); a move that takes an account out from under an SCP, which lifts a guardrail
 * as surely as detaching it; attaching an SCP, or new content for one, that reaches accounts no manifest declares
 * (another team's, in an OU of the same name); attaching an SCP with an Allow where FullAWSAccess is not attached,
 * which widens the allow list there; any SCP change or move that leaves an account with a level where no SCP
 * allows anything, which stops everything in it; and a StackSet update that redeploys stacks in accounts no manifest
 * declares (an instance someone added there by hand), said even of a change flagged for another reason. Pure;
 * changes already flagged stay flagged. An SCP attached in several places counts the accounts all its attachments
 * newly reach together.
 *
 * Accounts the plan creates count as much as those that exist: apply plans again before each stage, when the
 * accounts it created exist, and a change the approved plan did not flag must not become high impact halfway.
 */
export function flagFarReaching(
  changes: readonly Change[],
  radius: readonly BlastRadius[],
  /**
   * The delegated administrator account vend runs from, as the blast radius names it (its manifest name, or
   * `name (id)` when no manifest declares it), if it runs from one.
   */
  runsFrom?: string,
): Change[] {
  const byChange = new Map(radius.map((entry) => [entry.changeId, entry]));
  // The accounts each SCP newly reaches through all of the plan's attachments of it: four single-account attachments
  // spread a deny as far as one over an OU of four accounts.
  const gainedAcross = new Map<string, Set<string>>();
  for (const change of changes) {
    const entry = byChange.get(change.id);
    if (change.kind !== CHANGE_KINDS.attachScp || entry?.kind !== 'scp') continue;
    const scp = String(change.scope.scp);
    gainedAcross.set(scp, new Set([...(gainedAcross.get(scp) ?? []), ...entry.affected]));
  }
  return changes.map((change) => {
    const entry = byChange.get(change.id);
    // Vend's own account first: a deny there locks vend out, which matters more than any other reason, even one the
    // change was flagged for already (at the root).
    const lockOut = reachesVendReason(change, entry, runsFrom);
    // Said whatever else flags the change: a reviewer of a boundary template must also learn whose stacks it reaches.
    // Adoption says it in its own words (stack-set-ownership.ts).
    const othersStacks =
      change.kind === CHANGE_KINDS.updateStackSet && entry?.kind === 'stackset' && (entry.undeclared?.length ?? 0) > 0
        ? 'it redeploys stacks in accounts no manifest declares'
        : undefined;
    const reasons = change.highImpact
      ? [lockOut, change.highImpactReason, othersStacks]
      : [lockOut ?? farReachingReason(change, entry, gainedAcross.get(String(change.scope.scp))?.size), othersStacks];
    const reason = reasons.filter((text): text is string => text !== undefined && text !== '').join('; and ');
    if (change.highImpact)
      return reason === (change.highImpactReason ?? '') ? change : { ...change, highImpactReason: reason };
    return reason ? { ...change, highImpact: true, highImpactReason: reason } : change;
  });
}

/**
 * An SCP that comes to act on the delegated administrator account vend runs from (delegatedAdministratorAccountId),
 * attached, rewritten or gained by a move: one that denies what vend calls there would stop every later plan and
 * apply, and only the management account could undo it. The management account needs no such care: no SCP applies
 * to it.
 */
function reachesVendReason(change: Change, entry: BlastRadius | undefined, runsFrom: string | undefined) {
  if (runsFrom === undefined || entry === undefined) return undefined;
  const reaches =
    (entry.kind === 'scp' &&
      (change.kind === CHANGE_KINDS.attachScp || change.kind === CHANGE_KINDS.updateScp) &&
      entry.affected.includes(runsFrom)) ||
    (entry.kind === 'move' && change.scope.account === runsFrom && entry.gains.scps.length > 0);
  return reaches
    ? `it puts an SCP in force for ${runsFrom}, the account vend runs from (delegatedAdministratorAccountId): one that denies what vend calls there stops every later plan and apply, and only the management account can undo it`
    : undefined;
}

/** Why flagFarReaching sets the change apart, the first rule that applies, or undefined. */
function farReachingReason(
  change: Change,
  entry: BlastRadius | undefined,
  /** How many accounts the plan's attachments of this change's SCP newly reach, all of them together. */
  gainedAcross?: number,
): string | undefined {
  if (entry?.kind === 'scp') {
    // Leaving an account with a level that allows nothing stops everything in it, whatever the change's kind.
    if ((entry.deniedEverything?.length ?? 0) > 0)
      return 'it leaves accounts with a level where no SCP allows anything: every action there is denied';
    // An Allow added to an allow list loosens the guardrail the list is, however few accounts it reaches.
    if (entry.widensAllowList === true) return 'it widens an allow list where FullAWSAccess is not attached';
    const scpChange = change.kind === CHANGE_KINDS.attachScp || change.kind === CHANGE_KINDS.updateScp;
    // An SCP acting on accounts no manifest declares changes what another team's accounts may do.
    if (scpChange && (entry.undeclared?.length ?? 0) > 0) return 'it acts on accounts no manifest declares';
    if (
      change.kind === CHANGE_KINDS.updateScp &&
      fieldOf(change.before, 'content') !== fieldOf(change.after, 'content') &&
      entry.accounts.length > 1
    )
      return 'new content for an SCP in force for more than one account';
    if (change.kind === CHANGE_KINDS.attachScp && entry.affected.length > 1)
      return 'a new SCP for more than one account at once';
    if (change.kind === CHANGE_KINDS.attachScp && entry.affected.length > 0 && (gainedAcross ?? 0) > 1)
      return `a new SCP for more than one account at once: ${gainedAcross} accounts across this plan's attachments of it`;
  }
  if (entry?.kind === 'move') {
    if ((entry.deniedEverythingAt?.length ?? 0) > 0)
      return 'it leaves the account under a level where no SCP allows anything';
    // Out from under a level that allows nothing: everything denied there may be allowed again.
    if ((entry.leavesDeniedEverythingAt?.length ?? 0) > 0)
      return 'the account leaves a level where no SCP allows anything: what is denied there today may be allowed again';
    if (change.kind === CHANGE_KINDS.moveAccount && entry.loses.scps.length > 0)
      return `the account leaves ${entry.loses.scps.length === 1 ? 'an SCP' : 'SCPs'} in force today: ${entry.loses.scps.join(', ')}`;
  }
  return undefined;
}
