import { CHANGE_KINDS } from './plan.js';
import type { Plan } from './plan.js';
import { accountReference, ouReference } from './plan-draft.js';

/*
 * What an approved plan showed of the SCPs a moved or new account comes under, against a fresh plan: apply refuses a
 * move or a creation that would put the account under more (scpsGainedBeyond, by way of reachBeyond) or fewer
 * (scpsLostSince) than the reviewer saw. Pure.
 */

/**
 * Moves and creations whose account would come under SCPs the approved plan did not show for it: held to the SCPs
 * shown in force for it once applied (for a move, among those the move brings it), and to those shown only until
 * the plan's own detachments run. A new account's entry stands for the move out of the root that completes its
 * creation. Change id → SCP names beyond, sorted.
 */
export function scpsGainedBeyond(
  fresh: Pick<Plan, 'blastRadius' | 'accounts' | 'changes'>,
  approved: Pick<Plan, 'blastRadius' | 'accounts' | 'changes'>,
): Map<string, string[]> {
  return compareAccountScps(fresh, approved, (now, shown) => [
    // In force once applied, and not as approved: for a move, only those the move brings (another SCP attached on
    // the path both share acts on the account wherever it is, and no move is needed for it).
    ...now.inForce.filter((scp) => !shown.inForce.includes(scp) && (!now.moved || now.brought.includes(scp))),
    // Under it for a while: only as the approved plan showed, until a detachment it holds.
    ...now.interim.filter((scp) => !shown.interim.includes(scp) && !shown.inForce.includes(scp)),
  ]);
}

/** What the fresh plan says of a moved or new account's SCPs, and what the approved plan showed. */
interface AccountScps {
  /** The SCPs in force for the account once the plan is applied, another team's included. */
  inForce: readonly string[];
  /** Those it is under only until the plan's own detachments run (a move's untilDetached). */
  interim: readonly string[];
  /** A move (not the one completing a creation), and the SCPs it brings the account: its gains and interim ones. */
  moved: boolean;
  brought: readonly string[];
}
interface ShownScps {
  inForce: readonly string[];
  /** Under only until the approved plan's detachments run: untilDetached, or detached on its planned path. */
  interim: readonly string[];
}

/**
 * For each move and creation in `fresh` that the approved plan shows: `differing` of what the fresh plan says of the
 * account and of what the approved plan showed for it (its entry in the accounts table: a new account's for the move
 * out of the root that completes its creation), when non-empty. SCPs are compared by name, as the plan shows them.
 * Change id → SCP names, sorted.
 */
function compareAccountScps(
  fresh: Pick<Plan, 'blastRadius' | 'accounts' | 'changes'>,
  approved: Pick<Plan, 'blastRadius' | 'accounts' | 'changes'>,
  differing: (now: AccountScps, shown: ShownScps) => string[],
): Map<string, string[]> {
  const inForce = (account: Plan['accounts'][number] | undefined) =>
    account && [...account.scpsInForce, ...(account.foreignScpsInForce ?? [])];
  const movesOf = (plan: Pick<Plan, 'blastRadius'>) =>
    new Map(plan.blastRadius.flatMap((entry) => (entry.kind === 'move' ? [[entry.changeId, entry] as const] : [])));
  const approvedMoves = movesOf(approved);
  const freshMoves = movesOf(fresh);
  const approvedAccounts = new Map(approved.accounts.map((account) => [account.name, account]));
  const freshAccounts = new Map(fresh.accounts.map((account) => [account.name, account]));
  // An SCP the approved plan detaches on an account's planned path is one it may be under until that detachment runs
  // (a new account moved out of the root before it, say): shown, though only for a while.
  const detachedOnPath = (account: Plan['accounts'][number] | undefined) => {
    if (!account) return [];
    const path = account.ou.split('/');
    const onPath = new Set<string>([
      ouReference(''),
      accountReference(account.name),
      ...path.map((_, index) => ouReference(path.slice(0, index + 1).join('/'))),
    ]);
    return approved.changes
      .filter((change) => change.kind === CHANGE_KINDS.detachScp && onPath.has(change.target))
      .map((change) => String(change.scope.scp));
  };
  const beyond = new Map<string, string[]>();
  for (const change of fresh.changes) {
    if (change.kind !== CHANGE_KINDS.moveAccount && change.kind !== CHANGE_KINDS.createAccount) continue;
    const account = String(change.scope.account);
    const shownAccount = approvedAccounts.get(account);
    const shownInForce = inForce(shownAccount);
    // A move the approved plan holds, or the one that completes a creation it holds; anything else isCovered refuses.
    if (!shownInForce || (!approvedMoves.has(change.id) && shownAccount?.status !== 'new')) continue;
    const freshMove = freshMoves.get(change.id);
    const approvedMove = approvedMoves.get(change.id);
    const now: AccountScps = {
      inForce: inForce(freshAccounts.get(account)) ?? [],
      interim: freshMove?.untilDetached ?? [],
      moved: change.kind === CHANGE_KINDS.moveAccount && shownAccount?.status !== 'new',
      brought: freshMove ? [...freshMove.gains.scps, ...(freshMove.untilDetached ?? [])] : [],
    };
    const shown: ShownScps = {
      inForce: shownInForce,
      interim: [...(approvedMove?.untilDetached ?? []), ...detachedOnPath(freshAccounts.get(account))],
    };
    const differ = [...new Set(differing(now, shown))].sort();
    if (differ.length > 0) beyond.set(change.id, differ);
  }
  return beyond;
}

/**
 * Moves and creations whose account would come under fewer SCPs than the approved plan showed for it once applied:
 * one detached since from its new path (another team's guardrail the reviewer counted on, say), or one it kept
 * through a move that the move now takes away. And moves that now take the account out from under an SCP the
 * approved plan did not show it losing: one attached since on the path it leaves (a legal hold on its old OU), which
 * the move lifts as surely as a detachment would. Apply attaches vend's own, so what goes missing here is another's,
 * or one of vend's whose attachment the approved plan does not hold. Change id → SCP names, sorted. Pure.
 */
export function scpsLostSince(
  fresh: Pick<Plan, 'blastRadius' | 'accounts' | 'changes'>,
  approved: Pick<Plan, 'blastRadius' | 'accounts' | 'changes'>,
): Map<string, string[]> {
  const lost = compareAccountScps(fresh, approved, (now, shown) =>
    shown.inForce.filter((scp) => !now.inForce.includes(scp)),
  );
  const shownMoves = new Map(
    approved.blastRadius.flatMap((entry) => (entry.kind === 'move' ? [[entry.changeId, entry] as const] : [])),
  );
  for (const entry of fresh.blastRadius) {
    const shown = entry.kind === 'move' ? shownMoves.get(entry.changeId) : undefined;
    if (entry.kind !== 'move' || !shown) continue;
    const left = entry.loses.scps.filter((scp) => !shown.loses.scps.includes(scp));
    if (left.length > 0) lost.set(entry.changeId, [...new Set([...(lost.get(entry.changeId) ?? []), ...left])].sort());
  }
  return lost;
}
