import { countOf } from '../name-lists.js';
import { compareInstances } from './stack-instance-targets.js';
import { CHANGE_KINDS, PLAN_PROBLEMS } from './plan.js';
import { declarationOf } from './declarations.js';
import { stackSetReference } from './plan-draft.js';
import type { PlanDraft } from './plan-draft.js';
import { removalEffect, removalScope } from './template-change.js';

/**
 * StackSets tagged as vend's whose baseline the catalogue does not name (retired from it, or never in it: anyone may
 * tag a StackSet): their instances are removed, then the StackSet deleted.
 * `declaredNames` are the StackSet names the catalogue keeps; `accountNameById` maps declared accounts' ids to their
 * manifest names.
 */
export function retireStackSets(
  draft: PlanDraft,
  declaredNames: ReadonlySet<string>,
  accountNameById: ReadonlyMap<string, string>,
): void {
  // Only StackSets vend created are retired: another team's `vend-…` StackSet is none of vend's business.
  const retired = draft.observed.stackSets.filter(
    (candidate) => candidate.managedByVend && !declaredNames.has(candidate.name),
  );
  const accountStatusById = new Map(draft.observed.accounts.map((account) => [account.id, account.status]));
  for (const stackSet of retired) {
    const reference = stackSetReference(stackSet.name);
    // Instances in closed accounts cannot be removed (StackSet operations skip suspended accounts), and AWS refuses to
    // delete a StackSet that still has instances: the StackSet itself waits until those accounts leave.
    const active = (instance: { accountId: string }) =>
      (accountStatusById.get(instance.accountId) ?? 'ACTIVE') === 'ACTIVE';
    const instances = stackSet.instances.filter(active).sort(compareInstances);
    const inClosedAccounts = stackSet.instances.filter((instance) => !active(instance));
    // As for a retired SCP attached to undeclared targets: vend deletes no stack in an account it does not manage.
    const undeclared = [
      ...new Set(instances.filter((instance) => !accountNameById.has(instance.accountId)).map((i) => i.accountId)),
    ];
    if (undeclared.length > 0) {
      draft.problem(
        PLAN_PROBLEMS.stackSetRetiredInUse,
        reference,
        `StackSet ${stackSet.name} is tagged as vend's but the catalogue names no baseline for it; it has stack instances in ${undeclared.length === 1 ? 'an account' : `${undeclared.length} accounts`} no manifest declares (${undeclared.map((id) => accountOf(draft, id)).join(', ')}), and vend deletes no stack in an account it does not manage. Remove those instances by hand (CloudFormation: DeleteStackInstances), or declare the accounts, then apply retires the StackSet.`,
        declarationOf(reference, draft.desired),
      );
      continue;
    }
    const accounts = [...new Set(instances.flatMap((instance) => accountNameById.get(instance.accountId) ?? []))];
    const removeId =
      instances.length > 0
        ? draft.add(CHANGE_KINDS.removeStackInstances, reference, {
            before: {
              stackSet: stackSet.name,
              instances: instances.map((instance) => ({ accountId: instance.accountId, region: instance.region })),
            },
            after: null,
            // Undeclared accounts are named by id: manifest names never look like an account id.
            scope: {
              stackSet: stackSet.name,
              members: instances.map(
                (instance) => `${accountNameById.get(instance.accountId) ?? instance.accountId}/${instance.region}`,
              ),
              ...removalScope(stackSet.templateBody),
            },
            description:
              inClosedAccounts.length === 0
                ? `Remove ${instances.length === 1 ? 'the only instance' : `all ${countOf(instances.length, 'instance')}`} of ${stackSet.name}: the catalogue names no baseline for it; ${removalEffect(stackSet.templateBody, instances.length)}`
                : `Remove ${countOf(instances.length, 'instance')} of ${stackSet.name}, for which the catalogue names no baseline: ${removalEffect(stackSet.templateBody, instances.length)}; ${closedInstancesWait(inClosedAccounts.length)}`,
            accounts,
          })
        : undefined;
    draft.markUpdated(accounts);
    if (inClosedAccounts.length > 0) continue;
    draft.add(CHANGE_KINDS.deleteStackSet, reference, {
      before: { name: stackSet.name },
      after: null,
      scope: { stackSet: stackSet.name },
      dependsOn: [removeId],
      description: `Delete StackSet ${stackSet.name}: the catalogue names no baseline for it`,
    });
  }
}

/** Why a retired StackSet outlives this apply: AWS deletes no StackSet that still has stack instances. */
function closedInstancesWait(count: number): string {
  return `the StackSet is deleted by a later apply, once the closed account${count === 1 ? ' holding its other instance leaves' : `s holding its other ${count} instances leave`} the organization (StackSet operations skip suspended accounts)`;
}

/** An account as AWS names it, `other-team (123456789012)`, or its id where the organization no longer lists it. */
function accountOf(draft: PlanDraft, id: string): string {
  const account = draft.observed.accounts.find((candidate) => candidate.id === id);
  return account ? `${account.name} (${id})` : id;
}
