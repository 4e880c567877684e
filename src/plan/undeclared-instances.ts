import { compareText } from '../ordering.js';
import type { PlanDraft } from './plan-draft.js';
import type { UndeclaredInstance } from './plan.js';

/**
 * Stack instances of vend's StackSets (tagged ManagedBy: vend) in accounts that no manifest declares, the
 * management account included: put there by hand, or left by a deleted manifest or by an account that left the
 * organization (vend drift's stack-instance-outside-organization). Apply removes none
 * of them (vend deletes no stack in an account it does not manage), so the plan lists them rather than say the
 * organization matches. `vend drift` reports each as stack-instance-untargeted. Pure.
 */
export function undeclaredInstances(draft: PlanDraft): UndeclaredInstance[] {
  // As unmanagedAccounts counts them: a manifest's account whose email or name it changed is still that manifest's.
  const declared = new Set([
    ...[...draft.existingAccounts.values()].map((account) => account.id),
    ...[...draft.ambiguousAccounts.values()].flat().map((account) => account.id),
    ...draft.formerAccountIds,
  ]);
  const accounts = new Map(draft.observed.accounts.map((account) => [account.id, account]));
  const managementId = draft.observed.organization.managementAccountId;
  return (
    draft.observed.stackSets
      .filter((stackSet) => stackSet.managedByVend)
      .flatMap((stackSet) =>
        stackSet.instances
          .filter((instance) => !declared.has(instance.accountId))
          .map((instance) => ({
            stackSet: stackSet.name,
            accountId: instance.accountId,
            account: accounts.get(instance.accountId)?.name ?? instance.accountId,
            region: instance.region,
            ...(instance.accountId === managementId ? { management: true as const } : {}),
            ...(accounts.has(instance.accountId) ? {} : { outsideOrganization: true as const }),
            ...(instance.status !== 'CURRENT' ? { status: instance.status } : {}),
          })),
      )
      // The management account's first, where no SCP limits their roles: a long list must not bury them.
      .sort(
        (a, b) =>
          Number(b.management === true) - Number(a.management === true) ||
          compareText(a.stackSet, b.stackSet) ||
          compareText(a.account, b.account) ||
          compareText(a.accountId, b.accountId) ||
          compareText(a.region, b.region),
      )
  );
}
