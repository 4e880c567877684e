import { operationPreferencesChange, stackSetHomeChange } from '../../src/config/stack-set-settings-change.js';
import type { DesiredState } from '../../src/config/desired-state.js';
import { computePlan } from '../../src/plan/compute-plan.js';
import { planSections, renderPlanComment } from '../../src/report/plan-markdown.js';
import { operationPreferencesNotice, renderPlanText } from '../../src/report/plan-text.js';
import { convergedObservation, referenceDesiredState } from '../support/plan-fixtures.js';

/** The reference state with other operation preferences, as a pull request would write them. */
function withPreferences(
  desired: DesiredState,
  operationPreferences: DesiredState['organization']['stackSets']['operationPreferences'],
): DesiredState {
  return {
    ...desired,
    organization: { ...desired.organization, stackSets: { ...desired.organization.stackSets, operationPreferences } },
  };
}

describe('a pull request that changes how StackSet operations roll out', () => {
  // CloudFormation keeps no operation preferences on a StackSet, so the plan has no change for them.
  const base = referenceDesiredState();
  const everyAccountAtOnce = withPreferences(base, { maxConcurrentPercentage: 100, failureTolerancePercentage: 100 });

  test('is told key by key against the base branch, unset where CloudFormation decides', () => {
    expect(operationPreferencesChange(base, base)).toEqual([]);
    expect(operationPreferencesChange(everyAccountAtOnce, base)).toEqual([
      'failureTolerancePercentage: 0 → 100',
      'maxConcurrentPercentage: 25 → 100',
    ]);
    expect(operationPreferencesChange(withPreferences(base, { regionConcurrencyType: 'PARALLEL' }), base)).toEqual([
      'regionConcurrencyType: unset → PARALLEL',
      'failureTolerancePercentage: 0 → unset',
      'maxConcurrentPercentage: 25 → unset',
    ]);
  });

  test('gets a kept warning in the comment and a line in the text, though the plan has no change for it', () => {
    const plan = computePlan(everyAccountAtOnce, convergedObservation(everyAccountAtOnce));
    expect(plan.changes).toEqual([]);
    const change = operationPreferencesChange(everyAccountAtOnce, base);
    const warning = planSections(plan, { settingNotices: [operationPreferencesNotice(change)] }).find((section) =>
      section.markdown.includes('operationPreferences'),
    );
    expect(warning).toMatchObject({ keep: true });
    expect(warning!.markdown).toContain(
      '> [!WARNING]\n> This pull request changes how apply rolls out StackSet operations (stackSets.operationPreferences in baselines/organization.yaml): failureTolerancePercentage: 0 → 100; maxConcurrentPercentage: 25 → 100. Every StackSet operation apply starts from the merge on',
    );
    expect(renderPlanComment(plan)).not.toContain('operationPreferences');
    expect(
      renderPlanText(plan, { settingNotices: [operationPreferencesNotice(['maxConcurrentCount: unset → 50'])] }),
    ).toContain(
      "maxConcurrentCount: unset → 50, where unset is CloudFormation's default (one account at a time, stopping at the first failure).",
    );
  });
});

test('a pull request that moves the home Region or the StackSet name prefix is told key by key', () => {
  const base = referenceDesiredState();
  const moved = structuredClone(base);
  expect(stackSetHomeChange(moved, base)).toEqual([]);
  moved.organization.homeRegion = 'us-west-2';
  moved.organization.stackSets.namePrefix = 'corp-';
  expect(stackSetHomeChange(moved, base)).toEqual([
    'homeRegion: us-east-1 → us-west-2',
    'stackSets.namePrefix: vend- → corp-',
  ]);
});
