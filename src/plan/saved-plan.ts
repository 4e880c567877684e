import { canonicalJson, sha256Digest } from './canonical-json.js';
import { CHANGE_KINDS, PLAN_FORMAT_VERSION } from './plan.js';
import type { Change, ChangeScope, Plan } from './plan.js';
import { problemPlace } from './declarations.js';
import { stackSetReference } from './plan-draft.js';
import { scpsGainedBeyond } from './account-scp-approval.js';

/**
 * A plan file that cannot be a vend plan: missing, not JSON, another format version, or without the fields apply
 * relies on. A usage error (exit 2): nothing about the organization was read yet.
 */
export class MalformedPlanError extends Error {
  override readonly name = 'MalformedPlanError';
}

/**
 * Parses the text of a `vend plan --out` file. Only the shape is checked here, so that every later check can rely
 * on it; whether the plan may be applied is savedPlanRefusal's question.
 *
 * @throws MalformedPlanError when the text is not a vend plan of this format version.
 */
export function parseSavedPlan(text: string, file: string): Plan {
  let value: unknown;
  try {
    // An editor that saves with a byte-order mark (Notepad) changes no byte of the plan itself.
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    // The parser's message quotes the file's first bytes: a wrong path must not echo another file into the log.
    throw new MalformedPlanError(`Plan file ${file} is not JSON. Write it with 'vend plan --out ${file}'.`);
  }
  const malformed = (what: string) =>
    new MalformedPlanError(`Plan file ${file} is not a vend plan: ${what}. Write it with 'vend plan --out ${file}'.`);
  if (!isRecord(value)) throw malformed('expected a JSON object');
  // The digest check walks the plan recursively; no plan vend writes comes near this depth.
  if (nestingDepth(value) > MAX_NESTING) throw malformed(`it is nested more than ${MAX_NESTING} levels deep`);
  if (value.formatVersion === undefined) throw malformed('it has no formatVersion');
  if (value.formatVersion !== PLAN_FORMAT_VERSION) {
    throw new MalformedPlanError(
      `Plan file ${file} has format version ${JSON.stringify(value.formatVersion)}; this vend applies version ${PLAN_FORMAT_VERSION}. Plan again with this version of vend.`,
    );
  }
  if (typeof value.digest !== 'string') throw malformed('it has no digest');
  if (typeof value.managementAccountId !== 'string') throw malformed('it names no management account');
  if (value.commit !== null && typeof value.commit !== 'string')
    throw malformed('its commit is neither a sha nor null');
  if (typeof value.repositoryDigest !== 'string') throw malformed('it has no repository digest');
  if (typeof value.homeRegion !== 'string') throw malformed('it names no home region');
  const summary = value.summary;
  if (!isRecord(summary) || !['create', 'change', 'destroy'].every((key) => Number.isInteger(summary[key])))
    throw malformed('it has no summary of changes');
  const changes = value.changes;
  if (!Array.isArray(changes)) throw malformed('it has no list of changes');
  for (const list of ['accounts', 'organizationalUnits', 'unmanagedAccounts', 'blastRadius'])
    if (!Array.isArray(value[list]) || !value[list].every(isRecord)) throw malformed(`it has no list of ${list}`);
  const undeclared = value.undeclaredInstances;
  if (
    undeclared !== undefined &&
    !(
      Array.isArray(undeclared) &&
      undeclared.every(
        (entry) =>
          isRecord(entry) &&
          ['stackSet', 'accountId', 'account', 'region'].every((key) => typeof entry[key] === 'string'),
      )
    )
  )
    throw malformed('its list of stack instances in undeclared accounts is malformed');
  // What apply compares with a fresh plan (reachBeyond): a digest recomputed over a hand-edited entry must not get
  // as far as a TypeError.
  (value.accounts as Record<string, unknown>[]).forEach((account, index) => {
    if (
      typeof account.name !== 'string' ||
      typeof account.status !== 'string' ||
      !isStringList(account.scpsInForce) ||
      (account.foreignScpsInForce !== undefined && !isStringList(account.foreignScpsInForce))
    )
      throw malformed(`account ${index + 1} has no name, status or SCPs in force`);
  });
  (value.blastRadius as Record<string, unknown>[]).forEach((entry, index) => {
    const gains = entry.gains;
    const valid =
      typeof entry.changeId === 'string' &&
      (entry.kind === 'scp'
        ? isStringList(entry.accounts)
        : entry.kind === 'stackset'
          ? isStringList(entry.instances)
          : entry.kind === 'move'
            ? isRecord(gains) &&
              isStringList(gains.scps) &&
              (entry.untilDetached === undefined || isStringList(entry.untilDetached))
            : typeof entry.kind === 'string');
    if (!valid) throw malformed(`blast radius entry ${index + 1} does not say whom its change reaches`);
  });
  if (
    !isRecord(value.noEchoParameters) ||
    !Object.values(value.noEchoParameters).every(
      (names) => Array.isArray(names) && names.every((name) => typeof name === 'string'),
    )
  )
    throw malformed('it does not list its NoEcho parameters');
  if (
    !Array.isArray(value.problems) ||
    !value.problems.every((problem: unknown) => isRecord(problem) && typeof problem.message === 'string')
  )
    throw malformed('it has no list of problems');
  const kinds = new Set<string>(Object.values(CHANGE_KINDS));
  changes.forEach((change: unknown, index: number) => {
    const where = `change ${index + 1}`;
    if (!isRecord(change)) throw malformed(`${where} is not an object`);
    if (typeof change.id !== 'string' || !kinds.has(String(change.kind))) throw malformed(`${where} has no id or kind`);
    if (typeof change.target !== 'string' || typeof change.description !== 'string')
      throw malformed(`${where} (${change.id}) has no target or description`);
    if (typeof change.destructive !== 'boolean' || typeof change.highImpact !== 'boolean')
      throw malformed(`${where} does not say whether it is destructive or high-impact`);
    if (!isScope(change.scope)) throw malformed(`${where} (${change.id}) has no valid scope`);
  });
  return value as unknown as Plan;
}

/** How many of a blocked saved plan's problems its refusal names; it counts the rest. */
const NAMED_PROBLEMS = 3;

/**
 * Why a parsed plan may not be applied to this repository and organization, or undefined when it may. A plan is
 * refused when its content no longer matches its own digest (it was edited after vend wrote it), when it was
 * computed from another commit than the one checked out or from other files (an uncommitted edit), or for another
 * management account.
 *
 * The digest is a checksum, not a signature: whoever can write the file can recompute it. What makes the plan
 * authoritative is where it comes from (an artifact of the run whose apply job a person approved), and that every
 * change apply makes must also be in a fresh plan computed from the same commit.
 */
export function savedPlanRefusal(
  plan: Plan,
  file: string,
  current: { commit: string | null; managementAccountId: string; repositoryDigest: string },
): string | undefined {
  const { digest, ...body } = plan;
  if (sha256Digest(canonicalJson(body)) !== digest)
    return `Plan file ${file} was edited after vend wrote it: its content no longer matches its digest ${digest}. Plan again and have the new plan approved.`;
  // Terraform refuses an errored plan too: what it lists was never meant to run, whatever since fixed the problem.
  if (plan.problems.length > 0) {
    // Each where the plan put it, file:line:col and rule, so the one to fix is found without planning again.
    const named = plan.problems
      .slice(0, NAMED_PROBLEMS)
      .map((problem) => `${[problemPlace(problem), problem.message.replace(/\.$/, '')].filter(Boolean).join(': ')}`);
    const more = plan.problems.length - named.length;
    return `Plan file ${file} holds ${plan.problems.length === 1 ? 'a problem' : `${plan.problems.length} problems`} that blocked apply when it was made: ${named.join('; ')}${more > 0 ? `; and ${more} more` : ''}. Fix ${plan.problems.length === 1 ? 'it' : 'them'}, plan again, and have the new plan approved.`;
  }
  if (plan.managementAccountId !== current.managementAccountId)
    return `Plan file ${file} was computed for management account ${plan.managementAccountId}, not ${current.managementAccountId}, which baselines/organization.yaml declares: it is another organization's plan. Plan again from this repository and have that plan approved.`;
  if (plan.commit !== current.commit) {
    const planned = plan.commit ?? 'a directory outside git';
    const here = current.commit ?? 'a directory that is not a git checkout (or git cannot read it)';
    return `Plan file ${file} was computed from ${planned}, but the repository is at ${here}. Apply only the plan of the commit that is checked out: plan again from it.`;
  }
  if (plan.repositoryDigest !== current.repositoryDigest)
    return `Plan file ${file} was computed from other repository files than these (uncommitted changes?): accounts/ and baselines/ no longer read as they did. Plan again from the files as they are.`;
  return undefined;
}

/**
 * Changes an approved plan implies without naming them: the steps that complete an approved change when an
 * earlier apply was interrupted half-way through it. Creating an account puts it in its OU, so a re-run that finds
 * it created but still under the root may move it; its tags CreateAccount sets at once, so an account that lacks some
 * was not made by that request, and retagging it is no step of the approved creation. Deploying stack instances may
 * redeploy those the interrupted operation left unfinished (and so may updating a StackSet, see isCovered).
 */
const IMPLIED_BY: Partial<Record<Change['kind'], Change['kind']>> = {
  [CHANGE_KINDS.moveAccount]: CHANGE_KINDS.createAccount,
  [CHANGE_KINDS.updateStackInstances]: CHANGE_KINDS.addStackInstances,
};

/**
 * Whether a change in a fresh plan stays within what the approved plan approved: the approved plan has a change
 * with the same id and scope, or one whose scope contains it (a subset of its stack instances or tags, say, when
 * the rest is already done). A fresh change that became destructive or high-impact since is never covered by an
 * approval that was not. Pure.
 */
export function isCovered(change: Change, approved: ReadonlyMap<string, Change>): boolean {
  const direct = approved.get(change.id);
  const update =
    change.kind === CHANGE_KINDS.updateStackInstances
      ? approved.get(`${CHANGE_KINDS.updateStackSet}:${stackSetReference(String(change.scope.stackSet))}`)
      : undefined;
  // Carrying a StackSet's new values into overrides is approved with its update, and is flagged as part of it; once
  // the update ran, a re-run plans the same overrides as a change of their own, flagged as the update was.
  if (direct && direct.kind === change.kind && scopeContains(direct.scope, change.scope))
    return flagsWithin(change, direct) || (update !== undefined && flagsWithin(change, update));
  // UpdateStackSet puts the new template on the StackSet at once and then redeploys its instances: a re-run after an
  // interrupted or half-failed update finds the template done and the instances OUTDATED. Redeploying them with the
  // overrides they hold is the rest of the approved update, not a change of its own.
  if (update && redeploysOnly(change)) return flagsWithin(change, update);
  const implying = IMPLIED_BY[change.kind];
  if (!implying) return false;
  const implied = approved.get(`${implying}${change.id.slice(change.kind.length)}`);
  return implied !== undefined && impliedScopeContains(implied, change) && flagsWithin(change, implied);
}

/**
 * Changes of a fresh plan that reach further than the approved plan showed: SCP changes reaching accounts it did
 * not show beneath their target (accounts moved or created there since), and StackSet updates redeploying stack
 * instances it did not list (instances someone added since, in any account: UpdateStackSet without Accounts and
 * Regions redeploys every one). A change's scope names the SCP or StackSet and the target, not who it reaches, so
 * this is what keeps an approval of "applies to 2 accounts" or "redeploying 7 instances" from acting on an eighth.
 * SCP reach is compared on `accounts`, every account beneath the target once the plan is applied, which the earlier
 * stages of the same apply do not change; StackSet reach on `instances`, where the approved plan's own deployments
 * to that StackSet count as shown. And account moves and creations that put the account under SCPs the approved plan
 * did not show it under (one attached on its new path since, by anyone). And SCP changes that now leave an account
 * with every action denied where the approved plan did not show it (an allow SCP on that level detached since).
 * Change id → the accounts (SCP; those now denied everything marked EVERY_ACTION_DENIED), the `account/region`
 * instances (StackSet) or the SCP names (move, creation) beyond, sorted. Pure.
 */
export function reachBeyond(
  fresh: Pick<Plan, 'blastRadius' | 'accounts' | 'changes'>,
  approved: Pick<Plan, 'blastRadius' | 'changes' | 'accounts'>,
): Map<string, string[]> {
  const deployed = new Map<string, Set<string>>();
  for (const change of approved.changes)
    if (change.kind === CHANGE_KINDS.addStackInstances || change.kind === CHANGE_KINDS.updateStackInstances)
      for (const member of change.scope.members ?? [])
        deployed.set(change.target, (deployed.get(change.target) ?? new Set()).add(member));
  const shown = new Map(
    approved.blastRadius.flatMap((entry) =>
      entry.kind === 'scp'
        ? [[entry.changeId, new Set(entry.accounts)] as const]
        : entry.kind === 'stackset'
          ? [[entry.changeId, new Set(entry.instances)] as const]
          : [],
    ),
  );
  const targetOf = new Map(approved.changes.map((change) => [change.id, change.target]));
  const shownDeniedEverything = new Map(
    approved.blastRadius.flatMap((entry) =>
      entry.kind === 'scp' ? [[entry.changeId, entry.deniedEverything ?? []] as const] : [],
    ),
  );
  const beyond = new Map<string, string[]>();
  for (const entry of fresh.blastRadius) {
    const approvedReach = shown.get(entry.changeId);
    if (!approvedReach || (entry.kind !== 'scp' && entry.kind !== 'stackset')) continue;
    const alsoShown =
      entry.kind === 'stackset' ? (deployed.get(targetOf.get(entry.changeId) ?? '') ?? new Set()) : new Set();
    const reach = entry.kind === 'scp' ? entry.accounts : entry.instances;
    const added = reach.filter((item) => !approvedReach.has(item) && !alsoShown.has(item)).sort();
    // An account the change now leaves with every action denied, which the approved plan did not show: another
    // allow SCP on the level detached since turns an approved detachment into a lockout.
    const shownDenied = new Set(shownDeniedEverything.get(entry.changeId) ?? []);
    const denied =
      entry.kind === 'scp'
        ? (entry.deniedEverything ?? [])
            .filter((account) => !shownDenied.has(account))
            .sort()
            .map((account) => `${account}${EVERY_ACTION_DENIED}`)
        : [];
    if (added.length + denied.length > 0) beyond.set(entry.changeId, [...added, ...denied]);
  }
  for (const [id, scps] of scpsGainedBeyond(fresh, approved)) beyond.set(id, scps);
  return beyond;
}

/** Marks an account reachBeyond names because the change now denies it every action (not because it reaches it). */
export const EVERY_ACTION_DENIED = ' (every action denied)';

/** The approved plan's changes by id, for isCovered. */
export function changesById(plan: Pick<Plan, 'changes'>): Map<string, Change> {
  return new Map(plan.changes.map((change) => [change.id, change]));
}

/**
 * Whether a stack-instance update leaves every instance's parameter overrides as they are (`before`, by
 * `account/region`, against `after.parameterOverrides`) and deletes nothing by them: a plain redeploy.
 */
function redeploysOnly(change: Change): boolean {
  const { before, after } = change;
  if (change.scope.deletes !== undefined || !isRecord(before) || !isRecord(after)) return false;
  const wanted = canonicalJson(after.parameterOverrides ?? {});
  return (change.scope.members ?? []).every((member) => canonicalJson(before[member] ?? {}) === wanted);
}

function flagsWithin(change: Change, approved: Change): boolean {
  return (!change.destructive || approved.destructive) && (!change.highImpact || approved.highImpact);
}

function scopeContains(approved: ChangeScope, fresh: ChangeScope): boolean {
  const { members: approvedMembers, ...approvedFixed } = approved;
  const { members: freshMembers, ...freshFixed } = fresh;
  if (canonicalJson(approvedFixed) !== canonicalJson(freshFixed)) return false;
  if (freshMembers === undefined || approvedMembers === undefined) return freshMembers === approvedMembers;
  const allowed = new Set(approvedMembers);
  return freshMembers.every((member) => allowed.has(member));
}

function impliedScopeContains(approved: Change, fresh: Change): boolean {
  const scope = approved.scope;
  switch (fresh.kind) {
    case CHANGE_KINDS.moveAccount:
      // Only out of the root, where CreateAccount leaves an account: a move out of any OU is a move no one approved.
      return fresh.scope.account === scope.account && fresh.scope.ou === scope.ou && fresh.scope.from === '';
    default:
      return scopeContains(scope, fresh.scope);
  }
}

const MAX_NESTING = 200;

/** How deeply arrays and objects nest in `value`, walked without recursion (a hostile file may nest thousands deep). */
function nestingDepth(value: unknown): number {
  let deepest = 0;
  const pending: [unknown, number][] = [[value, 1]];
  while (pending.length > 0) {
    const [current, depth] = pending.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_NESTING) return deepest;
    for (const child of Object.values(current)) pending.push([child, depth + 1]);
  }
  return deepest;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isScope(value: unknown): value is ChangeScope {
  return (
    isRecord(value) &&
    Object.values(value).every(
      (field) => typeof field === 'string' || (Array.isArray(field) && field.every((item) => typeof item === 'string')),
    )
  );
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
