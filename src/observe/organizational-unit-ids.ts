import type { DesiredOrganizationalUnit } from '../config/desired-state.js';
import type { ObservedState } from './observed-state.js';

export interface ResolvedOrganizationalUnits {
  /** Declared OU path (and `''` for the root) → the id of the OU that is it in AWS. */
  ids: Map<string, string>;
  /** Declared paths that more than one OU could be: same name under the same parent. */
  ambiguous: { path: string; ids: string[] }[];
}

/**
 * Finds each declared OU in the organization by walking ids: the root's child with the first name, that OU's child
 * with the second, and so on. An OU path is only a way to write the declared tree; an observed OU whose name holds
 * a `/` (AWS allows it) can never pose as a nested path, because it is only ever compared as one name under its own
 * parent. Pure; parents come before children in `desired.organizationalUnits`.
 */
export function resolveOrganizationalUnits(
  desired: { organizationalUnits: readonly Pick<DesiredOrganizationalUnit, 'path' | 'name' | 'parentPath'>[] },
  observed: Pick<ObservedState, 'organizationalUnits'> & { root: Pick<ObservedState['root'], 'id'> },
): ResolvedOrganizationalUnits {
  const children = new Map<string, Map<string, string[]>>();
  for (const unit of observed.organizationalUnits) {
    const byName = children.get(unit.parentId) ?? new Map<string, string[]>();
    byName.set(unit.name, [...(byName.get(unit.name) ?? []), unit.id]);
    children.set(unit.parentId, byName);
  }
  const ids = new Map<string, string>([['', observed.root.id]]);
  const ambiguous: ResolvedOrganizationalUnits['ambiguous'] = [];
  for (const unit of desired.organizationalUnits) {
    const parentId = ids.get(unit.parentPath ?? '');
    if (parentId === undefined) continue;
    const candidates = children.get(parentId)?.get(unit.name) ?? [];
    if (candidates.length === 1) ids.set(unit.path, candidates[0]!);
    else if (candidates.length > 1) ambiguous.push({ path: unit.path, ids: [...candidates].sort() });
  }
  return { ids, ambiguous };
}

/**
 * The OUs `ids` and every OU beneath them, by parent ids. Pure; `units` need not list parents before children, as
 * what observe read need not.
 */
export function organizationalUnitSubtree(
  units: readonly Pick<ObservedState['organizationalUnits'][number], 'id' | 'parentId'>[],
  ids: Iterable<string>,
): Set<string> {
  const subtree = new Set(ids);
  for (let grown = true; grown;) {
    grown = false;
    for (const unit of units)
      if (subtree.has(unit.parentId) && !subtree.has(unit.id)) {
        subtree.add(unit.id);
        grown = true;
      }
  }
  return subtree;
}
