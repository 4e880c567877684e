import type { DesiredState } from '../config/desired-state.js';
import { organizationalUnitSubtree, resolveOrganizationalUnits } from '../observe/organizational-unit-ids.js';
import type { ObservedState } from '../observe/observed-state.js';
import { compareText } from '../ordering.js';

/** An OU main declares and the pull request no longer does, as it stands in AWS. */
export interface DroppedOrganizationalUnit {
  /** main's path for it. */
  path: string;
  id: string;
  /** Names of the SCPs vend read that are attached to it or to an OU beneath it, sorted. */
  scps: string[];
  /** OUs beneath it, at any depth. */
  childUnits: number;
  /**
   * Accounts in it or beneath it that no manifest of the pull request declares, whatever their status: they stay
   * there (the plan moves declared ones to their manifests' OUs).
   */
  accounts: number;
}

/**
 * The OUs main declares, the pull request does not, and AWS has (found by id from the root, as the plan finds
 * declared OUs): only the top of each dropped subtree. Vend never deletes an OU, nor detaches an SCP from a target
 * the repository does not declare, so such an OU stays as it is, SCPs and all, with no plan change to say so.
 * Pure. `observed` must hold the policies of both catalogues (observationScope reads them).
 */
export function droppedOrganizationalUnits(
  pullRequest: DesiredState,
  main: DesiredState,
  observed: ObservedState,
): DroppedOrganizationalUnit[] {
  const kept = new Set(pullRequest.organizationalUnits.map((unit) => unit.path));
  const dropped = main.organizationalUnits.filter((unit) => !kept.has(unit.path));
  if (dropped.length === 0) return [];
  const { ids } = resolveOrganizationalUnits(main, observed);
  const declared = new Set(pullRequest.accounts.map((account) => account.email.toLowerCase()));
  const droppedPaths = new Set(dropped.map((unit) => unit.path));
  return dropped
    .filter((unit) => !droppedPaths.has(unit.parentPath ?? ''))
    .flatMap((unit) => {
      const id = ids.get(unit.path);
      if (id === undefined) return [];
      const beneath = organizationalUnitSubtree(observed.organizationalUnits, [id]);
      const scps = observed.policies
        .filter((policy) => policy.targetIds.some((target) => beneath.has(target)))
        .map((policy) => policy.name);
      return [
        {
          path: unit.path,
          id,
          scps: [...new Set(scps)].sort(compareText),
          childUnits: beneath.size - 1,
          accounts: observed.accounts.filter(
            (account) => beneath.has(account.parentId) && !declared.has(account.email.toLowerCase()),
          ).length,
        },
      ];
    });
}
