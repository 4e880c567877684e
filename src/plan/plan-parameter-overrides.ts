import {
  declaredParameterOverrides,
  PARAMETER_OVERRIDES_TAG,
  recordChanges,
  recordedParameterOverrides,
} from '../config/desired-state.js';
import { accountReadinessChangeIds } from './account-readiness.js';
import { CHANGE_KINDS, PLAN_PROBLEMS } from './plan.js';
import { declarationOf } from './declarations.js';
import { accountReference, stackSetName, stackSetReference } from './plan-draft.js';
import type { PlanDraft } from './plan-draft.js';

/** The Organizations TagValue limit (botocore organizations 2016-11-28, shape TagValue: max 256). */
const MAX_RECORD_LENGTH = 256;

/**
 * Keeps each account's `vend:parameter-overrides` tag equal to the baselines its manifest overrides parameters for.
 * ListStackInstances does not return overrides, so the plan reads them only for these baselines; the tag is what
 * lets it still see an override after the manifest dropped it, and reset it. A record that narrows changes in the
 * last stage, once the dropped overrides are reset or their instances removed (a refused or failed removal keeps
 * it); one that only widens changes with the account's tags, before the new overrides are deployed (stageOf). So it
 * never says less than AWS holds, even when an apply stops between stages, but for a record that both widens and
 * narrows: it waits for the resets, after the new overrides deploy. Accounts whose tags were not read are left alone.
 */
export function planParameterOverrideRecords(draft: PlanDraft): void {
  const { namePrefix } = draft.desired.organization.stackSets;
  for (const account of draft.desired.accounts) {
    if (!draft.plansFor(account)) continue;
    const existing = draft.existingAccounts.get(account.name);
    if (existing && existing.tags === undefined) continue;
    if (!recordChanges(account, existing?.tags)) continue;
    const recorded = recordedParameterOverrides(existing?.tags);
    const declared = declaredParameterOverrides(account);
    const value = declared.join(' ');
    const reference = accountReference(account.name);
    if (value.length > MAX_RECORD_LENGTH) {
      draft.problem(
        PLAN_PROBLEMS.parameterOverridesRecord,
        reference,
        `${account.name} overrides parameters of ${declared.length} baselines, whose names (${value.length} characters) do not fit the ${MAX_RECORD_LENGTH} characters of the ${PARAMETER_OVERRIDES_TAG} tag that records them. Override fewer baselines, or shorten their names.`,
        declarationOf(reference, draft.desired, 'parameters'),
      );
      continue;
    }
    const instanceChanges = (baselines: string[]) =>
      [...(draft.changesByAccount.get(account.name) ?? [])].filter((id) => {
        const change = draft.changes.get(id);
        // Resets and removals only: a new instance has no override to drop, and waiting for one (a baseline the
        // account gains without overrides) would hold a widening record back until after its overrides deploy.
        return (
          (change?.kind === CHANGE_KINDS.updateStackInstances || change?.kind === CHANGE_KINDS.removeStackInstances) &&
          baselines.some((baseline) => change.target === stackSetReference(stackSetName(namePrefix, baseline)))
        );
      });
    draft.add(CHANGE_KINDS.recordParameterOverrides, reference, {
      before: { baselines: recorded },
      after: { baselines: declared },
      scope: { account: account.name, baselines: value },
      // Narrowed only once the dropped overrides are reset or their instances gone: those the old record names, and
      // those the plan found on other baselines here, reading every instance of an account whose record it rewrites.
      dependsOn: [
        ...accountReadinessChangeIds(account.name),
        ...instanceChanges(
          [...new Set([...recorded, ...account.baselines])].filter((baseline) => !declared.includes(baseline)),
        ),
      ],
      description: `Record on ${account.name} (tag ${PARAMETER_OVERRIDES_TAG}) that ${declared.length === 0 ? 'no baseline carries' : `${declared.join(', ')} ${declared.length === 1 ? 'carries' : 'carry'}`} parameter overrides`,
      accounts: [account.name],
    });
  }
}
