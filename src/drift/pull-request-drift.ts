import { compareText } from '../ordering.js';
import type { DesiredState } from '../config/desired-state.js';
import type { DriftIgnoreEntry } from '../config/drift-declarations.js';
import type { ObservedState } from '../observe/observed-state.js';
import { resolveOrganizationalUnits } from '../observe/organizational-unit-ids.js';
import { ouReference } from '../plan/plan-draft.js';
import { findRenamedOrganizationalUnits } from './renamed-organizational-units.js';
import { canonicalJson } from '../plan/canonical-json.js';
import { CHANGE_KINDS } from '../plan/plan.js';
import type { Change, Plan, PlanSummary } from '../plan/plan.js';
import { DriftContext } from './drift-context.js';
import { DRIFT_KINDS } from './drift-kinds.js';
import { compareFindings } from './drift-report.js';
import type { DriftFinding } from './drift-report.js';
import { applyIgnoreList } from './ignore-findings.js';
import { changeFindings, tellingFindings } from './plan-findings.js';
import { branchEdit } from './branch-edits.js';
import type { BranchEdit } from './branch-edits.js';
import { renamedOrganizationalUnitFindings } from './organizational-unit-findings.js';

/**
 * Drift already on main, as a pull request's plan meets it. The pull request's plan (head against the organization)
 * holds its own changes and the ones that undo drift on main; main's plan (base against the same observation) holds
 * only the latter. A change of both, with the same id and the same scope, is not the pull request's: merging any
 * commit of main would make it too.
 */
export interface MainDrift {
  /**
   * How many of main's commits the branch does not contain (commitsMissingFrom), when git can tell and there are any:
   * main's newer changes then show as the branch undoing them, and as drift it accepts, though nobody made them by
   * hand. The plan is not that of the merge.
   */
  behind?: number;
  /** Changes of the pull request's plan that main's plan holds as they are: they correct drift already on main. */
  corrections: Change[];
  /** How the corrections count in the summary line's terms. */
  correctionSummary: PlanSummary;
  /**
   * Changes of the pull request's plan that main's plan holds too, but with another scope: a grouped change (stack
   * instances to deploy, say) that corrects drift on main and carries the pull request's own work. Merging makes
   * both.
   */
  alsoCorrecting: Change[];
  /**
   * Of `alsoCorrecting`, the SCP content and StackSet template changes whose content the pull request edits: the
   * plan's diff runs from the organization, which drifted from main, so it does not show what the pull request
   * changes in main's content. A part someone removed by hand and the pull request removes too shows only here.
   */
  branchEdits?: BranchEdit[];
  /**
   * Changes main's plan holds that the pull request's plan does not, or holds only in part (stack instances it no
   * longer deploys): drift the pull request makes the repository accept.
   */
  accepted: Change[];
  /**
   * Accepted change id → the findings `vend drift` on main reports for it, worst first (acceptedFindings): its own, or
   * the one that tells it (an attachment of an SCP deleted by hand is part of scp-missing). Accepting a detached
   * guardrail is as grave as detaching it.
   */
  acceptedFindings?: Record<string, AcceptedFinding[]>;
  /**
   * Accepted account moves (someone moved the account by hand, and the branch puts it there too) → the SCPs main
   * keeps in force for the account that it leaves: the plan holds no change for them, so nothing else names them.
   */
  acceptedLeaves?: Record<string, string[]>;
  /**
   * `ignore:` entries the pull request adds or changes (a later expiry, a wider target): findings the nightly check
   * will list apart rather than report. Nothing in AWS changes, so no plan change shows them; the reviewer must.
   */
  silenced?: DriftIgnoreEntry[];
  /**
   * Drift the corrections undo that main's own `ignore:` entries hold back on purpose (a break-glass change, say):
   * the nightly issue lists it as ignored, and merging reverts it all the same (ignoredCorrections).
   */
  undoesIgnored?: { finding: AcceptedFinding; reason: string; line: number; expires: string }[];
  /**
   * OUs main declares that someone renamed by hand, where the ids show it (as vend drift finds them): the
   * corrections would create a second OU of the declared name and move the accounts out of the renamed one.
   */
  renamedByHand?: { path: string; id: string; observedPath: string }[];
  /**
   * Problems of the pull request's plan that main's plan has too (same target and message): they block every
   * merge, not because of this pull request, and are labelled so (problemKey).
   */
  problemsOnMain?: string[];
}

/** Why there is no drift section: main's repository could not be planned. */
export interface MainDriftUnavailable {
  unavailable: string;
  /** As MainDrift.silenced: told from the two repositories alone, so never left out with the rest. */
  silenced?: DriftIgnoreEntry[];
}

/** The ids of the changes that only correct drift on main, for listing the pull request's own changes apart. */
export function correctionIds(mainDrift: MainDrift | MainDriftUnavailable | undefined): Set<string> {
  return new Set(mainDrift && 'corrections' in mainDrift ? mainDrift.corrections.map((change) => change.id) : []);
}

/** The label of a problem main's plan has too, beside its target. */
export const ALREADY_ON_MAIN = '(already on main, not this branch’s)';

/** What identifies a plan problem across two plans of one observation. */
export function problemKey(problem: { target: string; message: string }): string {
  return `${problem.target}\n${problem.message}`;
}

/** Of `mainDrift`, the keys of the problems main's plan has too (empty without a drift section). */
export function problemsOnMain(mainDrift: MainDrift | MainDriftUnavailable | undefined): Set<string> {
  return new Set(mainDrift && 'corrections' in mainDrift ? (mainDrift.problemsOnMain ?? []) : []);
}

/** Splits the pull request's plan against main's, both computed from one observation. Pure. */
export function separateMainDrift(pullRequest: Plan, main: Plan): MainDrift {
  const key = (change: Change) => `${change.id}\n${canonicalJson(change.scope)}`;
  const onMain = new Set(main.changes.map(key));
  const corrections = pullRequest.changes.filter((change) => onMain.has(key(change)));
  const mainVersions = mainVersionsIn(main);
  const alsoCorrecting = pullRequest.changes.filter(
    (change) => !onMain.has(key(change)) && mainVersions(change).length > 0,
  );
  const correctionSummary = { create: 0, change: 0, destroy: 0 };
  for (const change of corrections) correctionSummary[change.action]++;
  const mainProblems = new Set(main.problems.map(problemKey));
  const sharedProblems = pullRequest.problems.map(problemKey).filter((key) => mainProblems.has(key));
  const edits = alsoCorrecting.flatMap((change) => branchEdit(change, mainVersions(change), { pullRequest, main }));
  const accepted = main.changes.filter((change) => !replaces(sameResource(pullRequest, change), change));
  // Main's move gains the account what it lost by hand; the branch, which leaves it where it is, keeps those only
  // where its own plan puts them in force (a plan lists an account only when it changes something of it).
  const account = (plan: Plan, name: string) => plan.accounts.find((candidate) => candidate.name === name);
  const leaves = accepted
    .filter((change) => change.kind === CHANGE_KINDS.moveAccount)
    .map((change) => {
      const name = change.target.slice('account:'.length);
      const branch = account(pullRequest, name)?.scpsInForce ?? [];
      const restored = account(main, name)?.gainsAndLosses?.gains.scps ?? [];
      return [change.id, restored.filter((scp) => !branch.includes(scp))] as const;
    })
    .filter(([, left]) => left.length > 0);
  return {
    corrections,
    correctionSummary,
    alsoCorrecting,
    ...(edits.length > 0 ? { branchEdits: edits } : {}),
    ...(sharedProblems.length > 0 ? { problemsOnMain: sharedProblems } : {}),
    accepted,
    ...(leaves.length > 0 ? { acceptedLeaves: Object.fromEntries(leaves) } : {}),
  };
}

/**
 * The changes of `plan` to what `change` of the other plan changes: the one of the same id; for stack-instance
 * changes, whose ids carry a digest of their overrides (`update-stack-instances:stackset:x#1a2b3c4d`), every one of
 * that kind on that StackSet: a branch that sets an override to a third value holds another id, and replaces the
 * drift all the same; for an account's tags, its tag and untag changes both: a branch that drops a tag main sets
 * removes it, and accepts nothing of it.
 */
function sameResource(plan: Plan, change: Change): Change[] {
  const tags: string[] = [CHANGE_KINDS.tagAccount, CHANGE_KINDS.untagAccount];
  return plan.changes.filter((candidate) =>
    isInstanceChange(change)
      ? instanceGroup(candidate) === instanceGroup(change)
      : tags.includes(change.kind)
        ? tags.includes(candidate.kind) && candidate.target === change.target
        : candidate.id === change.id,
  );
}

/**
 * A lookup of main's versions of a pull request's change: the change of the same id, or for stack-instance changes,
 * whose ids carry a digest of their overrides, those of that kind on that StackSet that deploy to any of the same
 * stack instances: a branch that sets an override someone changed by hand to a third value holds another id, and
 * corrects that drift all the same. Empty when main's plan has none. Main's plan is indexed once, so that looking up
 * every change of a plan of thousands stays linear. Pure.
 */
export function mainVersionsIn(main: Plan): (change: Change) => Change[] {
  const byId = new Map(main.changes.map((change) => [change.id, change]));
  const byGroup = new Map<string, Change[]>();
  for (const change of main.changes.filter(isInstanceChange))
    byGroup.set(instanceGroup(change), [...(byGroup.get(instanceGroup(change)) ?? []), change]);
  return (change) => {
    if (!isInstanceChange(change)) return byId.has(change.id) ? [byId.get(change.id)!] : [];
    const members = new Set(change.scope.members ?? []);
    return (byGroup.get(instanceGroup(change)) ?? []).filter((candidate) =>
      (candidate.scope.members ?? []).some((member) => members.has(member)),
    );
  };
}

function isInstanceChange(change: Change): boolean {
  return change.kind === CHANGE_KINDS.addStackInstances || change.kind === CHANGE_KINDS.updateStackInstances;
}

/** A stack-instance change's kind and id without its overrides digest: `update-stack-instances:stackset:x`. */
function instanceGroup(change: Change): string {
  return `${change.kind}\n${change.id.replace(/#[0-9a-f]+$/, '')}`;
}

/** A drift finding a pull request makes the repository accept, as `vend drift` on main reports it. */
export type AcceptedFinding = Pick<DriftFinding, 'id' | 'kind' | 'severity' | 'target'>;

/**
 * Main's plan against the organization, read as `vend drift` on main would: what acceptedFindings and
 * ignoredCorrections classify changes by. No finding's firstSeen is kept, so the day of the check does not matter.
 */
export function mainDriftContext(main: DesiredState, observed: ObservedState, mainPlan: Plan): DriftContext {
  return new DriftContext(main, observed, mainPlan, '');
}

/**
 * The findings `vend drift` on main reports for each accepted change (MainDrift.acceptedFindings), by the drift
 * check's own classification (plan-findings.ts), so a pull request that drops a guardrail someone detached by hand
 * carries the severity the drift issue gives the detachment. `context` is main's (mainDriftContext). Pure.
 */
export function acceptedFindings(
  context: DriftContext,
  accepted: readonly Change[],
): Record<string, AcceptedFinding[]> {
  const byChange: Record<string, AcceptedFinding[]> = {};
  // A change at an OU renamed by hand (creating it again, attaching its SCPs, moving accounts into it) is told inside
  // the rename's finding, which the branch accepts with it.
  const renames = renamedOrganizationalUnitFindings(context);
  const renameFindings = (change: Change) =>
    [change.target, typeof change.scope.ou === 'string' ? `ou:${change.scope.ou}` : '']
      .filter((target) => target.startsWith('ou:'))
      .map((target) => context.renamedAt(target.slice('ou:'.length)))
      .flatMap((rename) => (rename ? renames.filter((finding) => finding.target === `ou:${rename.path}`) : []));
  for (const change of accepted) {
    const own = changeFindings(context, change);
    const telling = own.length > 0 ? [] : tellingFindings(context, change);
    const findings = (own.length > 0 ? own : telling.length > 0 ? telling : renameFindings(change))
      .filter((finding, index, all) => all.findIndex((other) => other.id === finding.id) === index)
      .sort(compareFindings)
      .map(({ id, kind, severity, target }) => ({ id, kind, severity, target }));
    if (findings.length > 0) byChange[change.id] = findings;
  }
  return byChange;
}

/**
 * The findings behind `corrections` that main's `ignore:` entries in force at `now` hold back
 * (MainDrift.undoesIgnored): the drift check lists them as accepted for now, yet any merge, this one included, makes
 * main's plan and reverts them. `context` is main's (mainDriftContext). Pure.
 */
export function ignoredCorrections(
  context: DriftContext,
  corrections: readonly Change[],
  entries: readonly DriftIgnoreEntry[],
  now: Date,
): NonNullable<MainDrift['undoesIgnored']> {
  if (entries.length === 0) return [];
  const findings = corrections.flatMap((change) => changeFindings(context, change));
  return applyIgnoreList(findings, entries, now)
    .ignored.sort(compareFindings)
    .map(({ id, kind, severity, target, ignoredBy }) => ({
      finding: { id, kind, severity, target },
      reason: ignoredBy.reason,
      line: ignoredBy.line,
      expires: ignoredBy.expires,
    }));
}

/**
 * OUs main declares that were renamed by hand, whose creation the pull request's plan would make as a drift
 * correction (see MainDrift.renamedByHand). Pure.
 */
export function renamedByHand(
  main: DesiredState,
  observed: ObservedState,
  corrections: readonly Change[],
): NonNullable<MainDrift['renamedByHand']> {
  const created = new Set(
    corrections
      .filter((change) => change.kind === CHANGE_KINDS.createOrganizationalUnit)
      .map((change) => change.target),
  );
  return findRenamedOrganizationalUnits(main, observed, resolveOrganizationalUnits(main, observed).ids)
    .filter((rename) => created.has(ouReference(rename.path)))
    .map(({ path, id, observedPath }) => ({ path, id, observedPath }));
}

/**
 * The pull request's `ignore:` entries that main does not hold as they are (see MainDrift.silenced), compared by
 * what they declare, never by where they stand: a line added above `ignore:` moves every entry, and flagging them all
 * would bury the one entry the pull request adds. Pure.
 */
export function newIgnoreEntries(
  pullRequest: readonly DriftIgnoreEntry[],
  main: readonly DriftIgnoreEntry[],
): DriftIgnoreEntry[] {
  const key = ({ line: _line, expiresAt: _expiresAt, ...entry }: DriftIgnoreEntry) => canonicalJson(entry);
  const onMain = new Set(main.map(key));
  return pullRequest.filter((entry) => !onMain.has(key(entry)));
}

/**
 * Whether the pull request's change of the same id does away with main's drift: for changes to a set of members,
 * when it touches every member main's does (the same stack instances, the same tag keys, whatever value); for any
 * other, always, since merging sets what the pull request says (a third value, say) rather than leaving the
 * organization as it is.
 */
function replaces(pullRequest: readonly Change[], main: Change): boolean {
  if (pullRequest.length === 0) return false;
  const members = (change: Change) =>
    Array.isArray(change.scope.members) ? change.scope.members.map((member) => memberKey(String(member))) : [];
  const made = new Set(pullRequest.flatMap(members));
  return members(main).every((member) => made.has(member));
}

/** What a member is about: a tag's key (members `["key","value"]`), or the member itself (`account/region`). */
function memberKey(member: string): string {
  try {
    const parsed: unknown = JSON.parse(member);
    return Array.isArray(parsed) && parsed.length === 2 ? String(parsed[0]) : member;
  } catch {
    return member;
  }
}

/**
 * What to observe so that both plans see what they need: observe narrows its reads to what the desired state
 * declares (tags of declared accounts, catalogue SCPs, overrides of accounts that declare them), so the pull
 * request's declarations are widened with main's. Reading more only adds facts a plan already looks up by name or
 * email, so the pull request's plan is the one `vend plan` makes alone.
 */
export function observationScope(pullRequest: DesiredState, main: DesiredState): DesiredState {
  const emails = new Set(pullRequest.accounts.map((account) => account.email.toLowerCase()));
  const scps = new Set(pullRequest.scps.map((scp) => scp.name));
  return {
    ...pullRequest,
    accounts: [
      ...pullRequest.accounts,
      ...main.accounts.filter((account) => !emails.has(account.email.toLowerCase())),
    ].sort((a, b) => compareText(a.name, b.name)),
    scps: [...pullRequest.scps, ...main.scps.filter((scp) => !scps.has(scp.name))].sort((a, b) =>
      compareText(a.name, b.name),
    ),
  };
}

/** Why the corrections must not go ahead for OUs renamed by hand, or undefined when none was. */
export function renamedByHandNote(mainDrift: MainDrift): string | undefined {
  const renamed = mainDrift.renamedByHand ?? [];
  if (renamed.length === 0) return undefined;
  const named = renamed.map((rename) => `${rename.path} is now ${rename.observedPath} (${rename.id})`).join('; ');
  return `Renamed by hand in AWS: ${named}. The corrections would create a second OU of the declared name and move the accounts out of the renamed one, which keeps its SCPs and stays behind. Rename ${renamed.length === 1 ? 'it' : 'them'} back in AWS (UpdateOrganizationalUnit) before merging, then plan again.`;
}

/**
 * What to say when the corrections revert drift main's `ignore:` entries accept for now (MainDrift.undoesIgnored), or
 * undefined when they revert none: the drift issue lists it as ignored, so a reviewer would not expect a merge to
 * undo it.
 */
export function undoesIgnoredNote(mainDrift: MainDrift): string | undefined {
  const undone = mainDrift.undoesIgnored ?? [];
  if (undone.length === 0) return undefined;
  const named = undone
    .map(
      ({ finding, reason, line, expires }) =>
        `${finding.severity} ${DRIFT_KINDS[finding.kind].title} ${finding.target} (ignored until ${expires} by the entry at line ${line}: "${reason}")`,
    )
    .join('; ');
  return `Merging also reverts drift that main's ignore: ${undone.length === 1 ? 'entry holds' : 'entries hold'} back, as any apply of main would: ${named}. If it must stay as it is, change the repository to match it instead, in this pull request or before it merges.`;
}

/**
 * What to say about the accounts main declares that the organization does not hold, when a pull request's plan
 * creates them as drift corrections: either main's apply never ran, or the account left the organization, and then
 * apply cannot create it (AWS refuses the email while the account that left holds it; the drift check's
 * account-left-organization finding). Undefined when no correction creates an account.
 */
export function missingAccountsNote(corrections: readonly Change[]): string | undefined {
  const accounts = corrections
    .filter((change) => change.kind === CHANGE_KINDS.createAccount)
    .map((change) => change.target.slice('account:'.length))
    .sort(compareText);
  if (accounts.length === 0) return undefined;
  const one = accounts.length === 1;
  return `Main declares ${one ? 'account' : 'accounts'} ${accounts.join(', ')}, but no account in the organization has ${one ? 'its' : 'their'} email. If main's apply has not created ${one ? 'it' : 'them'} yet, merging does. If ${one ? 'it' : 'one'} left the organization, apply fails on ${one ? 'it' : 'that one'}: AWS refuses the email while the account that left holds it. Invite it back (organizations invite-account-to-organization); apply then adopts it by its email.`;
}
