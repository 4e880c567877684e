import { AWS_REGIONS } from '../config/aws-regions.js';
import { REGIONS_ENABLED_BY_DEFAULT } from '../config/opt-in-regions.js';
import { listNames } from '../name-lists.js';
import { compareText } from '../ordering.js';
import { declarationOf } from './declarations.js';
import { CHANGE_KINDS, PLAN_PROBLEMS } from './plan.js';
import type { StackInstanceTarget } from './plan.js';
import { accountReference } from './plan-draft.js';
import type { PlanDraft } from './plan-draft.js';

/**
 * A problem for each account this plan creates that would get stack instances in an opt-in Region. Every account AWS
 * Organizations creates has the opt-in Regions disabled (AWS Account Management Reference Guide, "Enable or disable
 * AWS Regions in your account"), and a stack instance in a disabled Region fails (CloudFormation User Guide,
 * "Prepare to perform StackSet operations in AWS Regions that are disabled by default"). For an account that
 * exists, validate warns instead: it may have the Region enabled already. Here nobody can enable it before apply
 * creates the account, so apply would create, move and guard the account and then fail its baselines there: the
 * half-applied organization a problem prevents. Only the aws partition has opt-in Regions.
 */
export function refuseOptInRegionsOfNewAccounts(draft: PlanDraft): void {
  const regionsOf = new Map<string, Map<string, Set<string>>>();
  for (const change of draft.changes.values()) {
    if (change.kind !== CHANGE_KINDS.addStackInstances) continue;
    const baseline = String(change.scope.stackSet).slice(draft.desired.organization.stackSets.namePrefix.length);
    for (const { account, region } of (change.after as { instances?: StackInstanceTarget[] } | null)?.instances ?? []) {
      if (draft.existingAccounts.has(account) || !isOptIn(region)) continue;
      const regions = regionsOf.get(account) ?? new Map<string, Set<string>>();
      regions.set(region, (regions.get(region) ?? new Set()).add(baseline));
      regionsOf.set(account, regions);
    }
  }
  for (const [account, regions] of [...regionsOf].sort(([a], [b]) => compareText(a, b))) {
    const names = [...regions.keys()].sort(compareText);
    const baselines = [...new Set([...regions.values()].flatMap((set) => [...set]))].sort(compareText);
    draft.problem(
      PLAN_PROBLEMS.regionNotEnabled,
      accountReference(account),
      `Account ${account} does not exist yet, and ${listNames(names, Infinity)} ${names.length === 1 ? 'is an opt-in Region' : 'are opt-in Regions'}, disabled in every account AWS Organizations creates: the stack instances of ${listNames(baselines, Infinity)} there would fail after apply had created, moved and guarded the account. Leave ${names.length === 1 ? 'it' : 'them'} out of its regions (or the baseline's) for now; once the account exists, enable ${names.length === 1 ? 'it' : 'them'} there (aws account enable-region --account-id <id> --region-name ${names[0]}) and add ${names.length === 1 ? 'it' : 'them'} back.`,
      declarationOf(accountReference(account), draft.desired),
    );
  }
}

function isOptIn(region: string): boolean {
  return AWS_REGIONS[region]?.partition === 'aws' && !REGIONS_ENABLED_BY_DEFAULT.has(region);
}
