import type { DesiredState, StackSetSettings } from './desired-state.js';

type Preference = keyof StackSetSettings['operationPreferences'];

/** In the order CloudFormation's StackSetOperationPreferences lists them. */
const PREFERENCES: readonly Preference[] = [
  'regionConcurrencyType',
  'failureToleranceCount',
  'failureTolerancePercentage',
  'maxConcurrentCount',
  'maxConcurrentPercentage',
  'concurrencyMode',
];

/**
 * How the repository's `stackSets.operationPreferences` differ from the base branch's: one `key: before → after`
 * line per preference, `unset` where one side leaves it to CloudFormation's default; empty when they match.
 *
 * Apply sends these with every StackSet operation it starts (CreateStackSet's first instances, UpdateStackSet,
 * CreateStackInstances, DeleteStackInstances: `OperationPreferences`), and CloudFormation keeps none of them on the
 * StackSet, so no plan change stands for an edit of them. A pull request that raises concurrency and failure
 * tolerance to 100 beside a template edit would roll that template out to every account at once, past any failure;
 * reviewers must see it. Source: AWS CloudFormation API Reference, StackSetOperationPreferences.
 */
export function operationPreferencesChange(desired: DesiredState, base: DesiredState): string[] {
  const proposed = desired.organization.stackSets.operationPreferences;
  const current = base.organization.stackSets.operationPreferences;
  const shown = (value: string | number | undefined) => (value === undefined ? 'unset' : String(value));
  return PREFERENCES.filter((key) => proposed[key] !== current[key]).map(
    (key) => `${key}: ${shown(current[key])} → ${shown(proposed[key])}`,
  );
}

/**
 * How the repository moves where vend finds its StackSets, against the base branch: `homeRegion: before → after`
 * and `stackSets.namePrefix: before → after` lines; empty when neither changes. Vend reads and writes StackSets in
 * the home Region only (CloudFormation's StackSets live in the Region of their administrator) and owns those whose
 * name carries the prefix (read-stack-sets.ts), so either edit leaves every StackSet it deployed out of its sight.
 */
export function stackSetHomeChange(desired: DesiredState, base: DesiredState): string[] {
  const lines: string[] = [];
  if (desired.organization.homeRegion !== base.organization.homeRegion)
    lines.push(`homeRegion: ${base.organization.homeRegion} → ${desired.organization.homeRegion}`);
  if (desired.organization.stackSets.namePrefix !== base.organization.stackSets.namePrefix)
    lines.push(
      `stackSets.namePrefix: ${base.organization.stackSets.namePrefix} → ${desired.organization.stackSets.namePrefix}`,
    );
  return lines;
}
