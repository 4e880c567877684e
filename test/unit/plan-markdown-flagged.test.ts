import { computePlan } from '../../src/plan/compute-plan.js';
import { describeChanges } from '../../src/report/change-effects.js';
import { flaggedSections, listedIn } from '../../src/report/plan-markdown-flagged.js';
import { convergedObservation, desiredAccountNamed, referenceDesiredState } from '../support/plan-fixtures.js';

// The shortest renderings of the destructive list say where the rest is: from the comment, the job summary and the
// plan file; from the job summary itself, the plan file only, and under the summary's own limit.
function shortestDestructive(diffLines: number): string {
  const previous = referenceDesiredState();
  const desired = structuredClone(previous);
  desiredAccountNamed(desired, 'payments-dev').closed = true;
  const effects = describeChanges(computePlan(desired, convergedObservation(previous)));
  return flaggedSections(effects, new Set(), 'below', listedIn(diffLines))[0]!.compact!.at(-1)!;
}

test('the comment sends a reader of a shortened list to the job summary and the plan file', () => {
  const shortest = shortestDestructive(120);
  expect(shortest).toContain("Shortened to fit GitHub's comment limit");
  expect(shortest).toContain('1 account closure; each is in the job summary and the plan file');
});

test('the job summary sends them to the plan file, never to itself', () => {
  const shortest = shortestDestructive(Infinity);
  expect(shortest).toContain("Shortened to fit GitHub's job summary limit");
  expect(shortest).toContain('1 account closure; each is in the plan file');
  expect(shortest).not.toContain('job summary and');
});
