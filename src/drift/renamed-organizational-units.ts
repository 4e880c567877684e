import { compareText } from '../ordering.js';
import { MANAGED_BY_TAG } from '../config/desired-state.js';
import type { DesiredState } from '../config/desired-state.js';
import type { ObservedOrganizationalUnit, ObservedState } from '../observe/observed-state.js';

/** A declared OU that is missing because someone renamed it: the OU with its id is still there, named otherwise. */
export interface RenamedOrganizationalUnit {
  /** The declared path, which no OU has any more. */
  path: string;
  id: string;
  /** Its name and path in AWS now. */
  name: string;
  observedPath: string;
  /** The OU's id and the ids of every OU beneath it. */
  subtreeIds: Set<string>;
  /**
   * The accounts main puts at or beneath `path` (closed ones aside), by manifest name: where AWS has them, and those
   * no longer in the organization (`left`), which tell nothing of where the OU went.
   */
  accounts: { held: string[]; elsewhere: string[]; left: string[] };
  /** It carries ManagedBy: vend: vend made it, and no declaration has it any more. */
  tagged: boolean;
}

/**
 * Declared OUs that were renamed, where the ids show it. A declared OU is missing (nothing of its name under its
 * parent) and an undeclared OU sits under that same parent holding what main puts in the declared one: accounts
 * declared at or beneath its path, the catalogue SCPs declared on it, or OUs with its declared children's names.
 * Where main puts accounts in it, the OU must hold one of them, unless it is tagged ManagedBy: vend: vend made it,
 * and only a rename takes it out of the declarations (the plan's ou-renamed problem reads it so too). The undeclared
 * OU with the most such evidence is the renamed one; a tie, or no evidence, is no rename. Beneath a renamed OU,
 * declared OUs are looked for in it: by their name, or renamed in turn. Pure.
 */
export function findRenamedOrganizationalUnits(
  desired: DesiredState,
  observed: ObservedState,
  ouIdByPath: ReadonlyMap<string, string>,
): RenamedOrganizationalUnit[] {
  // Declared OUs found so far: by their path, then through renamed ancestors, parents before children, so that an
  // OU renamed beneath a renamed one is found too (Workloads renamed Apps, then Workloads/Prod renamed Production).
  const resolved = new Map(ouIdByPath);
  const declaredIds = new Set(ouIdByPath.values());
  const childrenOf = new Map<string, ObservedOrganizationalUnit[]>();
  for (const unit of observed.organizationalUnits)
    childrenOf.set(unit.parentId, [...(childrenOf.get(unit.parentId) ?? []), unit]);
  const subtree = (id: string): Set<string> => {
    const ids = new Set([id]);
    for (const current of ids) for (const child of childrenOf.get(current) ?? []) ids.add(child.id);
    return ids;
  };
  const claimed = new Set<string>();
  const renamed: RenamedOrganizationalUnit[] = [];
  const depth = (path: string) => path.split('/').length;
  for (const unit of [...desired.organizationalUnits].sort((a, b) => depth(a.path) - depth(b.path))) {
    const parentId = resolved.get(unit.parentPath ?? '');
    if (resolved.has(unit.path) || parentId === undefined) continue;
    // An OU of the declared name is there (twice or more: ou-ambiguous): nothing was renamed. Once only, beneath a
    // renamed parent, it is the declared one, found through the rename.
    const named = (childrenOf.get(parentId) ?? []).filter((child) => child.name === unit.name);
    if (named.length === 1 && !ouIdByPath.has(unit.parentPath ?? '')) {
      resolved.set(unit.path, named[0]!.id);
      declaredIds.add(named[0]!.id);
    }
    if (named.length > 0) continue;
    const declaredSiblings = new Set(
      desired.organizationalUnits.filter((other) => other.parentPath === unit.parentPath).map((other) => other.name),
    );
    const beneath = (path: string) => path === unit.path || path.startsWith(`${unit.path}/`);
    const declaredChildren = new Set(
      desired.organizationalUnits.filter((child) => child.parentPath === unit.path).map((child) => child.name),
    );
    const scored = (childrenOf.get(parentId) ?? [])
      .filter(
        // One with a declared OU's name is that OU or its twin (ou-ambiguous), never this one renamed.
        (candidate) =>
          !declaredIds.has(candidate.id) && !claimed.has(candidate.id) && !declaredSiblings.has(candidate.name),
      )
      .map((candidate) => {
        const ids = subtree(candidate.id);
        const accounts = { held: [] as string[], elsewhere: [] as string[], left: [] as string[] };
        for (const account of desired.accounts.filter((declared) => !declared.closed && beneath(declared.ou))) {
          const found = observed.accounts.find((o) => o.email.toLowerCase() === account.email.toLowerCase());
          // One that left the organization is evidence of nothing here (account-left-organization tells it).
          (found === undefined ? accounts.left : ids.has(found.parentId) ? accounts.held : accounts.elsewhere).push(
            account.name,
          );
        }
        const scps = observed.policies.filter(
          (policy) => unit.scps.includes(policy.name) && policy.targetIds.includes(candidate.id),
        ).length;
        const children = (childrenOf.get(candidate.id) ?? []).filter((child) =>
          declaredChildren.has(child.name),
        ).length;
        const tagged = candidate.tags?.[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value;
        return { candidate, ids, accounts, tagged, score: accounts.held.length + scps + children + Number(tagged) };
      })
      // Account ids are the evidence that identifies: an SCP can be attached to any number of OUs. Where main puts
      // accounts in the OU, one that holds none of them is another OU, however alike its SCPs, unless vend made it.
      .filter(
        (entry) =>
          entry.score > 0 && (entry.accounts.held.length > 0 || entry.accounts.elsewhere.length === 0 || entry.tagged),
      )
      .sort((a, b) => b.score - a.score || compareText(a.candidate.id, b.candidate.id));
    const [best, runnerUp] = scored;
    if (!best || (runnerUp && runnerUp.score === best.score)) continue;
    claimed.add(best.candidate.id);
    resolved.set(unit.path, best.candidate.id);
    renamed.push({
      path: unit.path,
      id: best.candidate.id,
      name: best.candidate.name,
      observedPath: best.candidate.path,
      subtreeIds: best.ids,
      accounts: best.accounts,
      tagged: best.tagged,
    });
  }
  return renamed;
}
