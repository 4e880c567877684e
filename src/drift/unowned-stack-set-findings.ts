import { MANAGED_BY_TAG } from '../config/desired-state.js';
import { PLAN_PROBLEMS } from '../plan/plan.js';
import type { PlanProblem } from '../plan/plan.js';
import type { DriftContext } from './drift-context.js';
import { makeFinding } from './drift-report.js';
import type { DriftFinding, NotChecked } from './drift-report.js';
import { givingUpStackSet } from './stack-set-accepts.js';
import { baselineOf } from './stack-set-findings.js';

/** How the restore of a finding on a StackSet main declares, but that lost its ManagedBy tag, begins. */
export const UNTAGGED_RESTORE = `apply changes no StackSet it does not own: once it is tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value} again, `;

/**
 * A StackSet of main's catalogue that lost its ownership tag and holds another template or other parameters: the
 * plan refuses it (stack-set-not-owned). The lost tag's finding; what was done to its template, parameters and
 * instances is told beside it as for a StackSet vend owns (plan-findings.ts, untaggedStackSetFindings). Nothing for
 * another problem, or a StackSet main does not declare.
 */
export function unownedStackSetFindings(context: DriftContext, problem: PlanProblem): DriftFinding[] {
  if (problem.rule !== PLAN_PROBLEMS.stackSetNotOwned) return [];
  const name = problem.target.slice('stackset:'.length);
  const observed = context.observed.stackSets.find((stackSet) => stackSet.name === name);
  const baseline = context.desired.baselines.find((candidate) => candidate.name === baselineOf(context, name));
  if (!observed || !baseline) return [];
  return [
    makeFinding(
      'stackset-ownership-tag',
      problem.target,
      {
        expected: `StackSet ${name} tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}`,
        actual: `StackSet ${name} is not tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}, and holds another template or other parameters than main, so vend will not change it`,
        restore: `apply cannot: it changes no StackSet it does not own. Tag the StackSet ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value} again if it is vend’s, then apply`,
        accept: givingUpStackSet(context, baseline.name),
      },
      context.checkedOn,
    ),
  ];
}

/**
 * Main's StackSets that are not tagged as vend's: drift starts no detection on a StackSet vend does not own, so
 * their resources are listed as not checked rather than left out of the count.
 */
export function untaggedStackSetsNotChecked(context: DriftContext): NotChecked[] {
  const declared = new Set(
    context.desired.baselines.map((baseline) => `${context.desired.organization.stackSets.namePrefix}${baseline.name}`),
  );
  return context.observed.stackSets
    .filter((stackSet) => !stackSet.managedByVend && declared.has(stackSet.name))
    .map((stackSet) => ({
      target: `stackset:${stackSet.name}`,
      what: 'resource drift',
      reason: `the StackSet is not tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}, and drift starts no detection on a StackSet vend does not own`,
    }));
}
