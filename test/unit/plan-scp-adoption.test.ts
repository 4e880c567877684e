import { computePlan } from '../../src/plan/compute-plan.js';
import { describeChanges } from '../../src/report/change-effects.js';
import {
  convergedObservation,
  observedPolicy,
  organizationalUnitIdOf,
  referenceDesiredState,
} from '../support/plan-fixtures.js';

// An SCP the catalogue adopts is vend's from then on, and so are its attachments to the targets the repository
// declares: one on a declared OU that the repository does not put there is detached in the same plan, where the
// reviewer sees it (as a destructive change), never left for the next plan to find.
/** The plan when a catalogue SCP is untagged (another's, to adopt) and also attached by hand to the OU at `path`. */
function planAdoptingAttachedTo(scp: string, path: string) {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const foreign = observedPolicy(observed, scp);
  foreign.tags = {};
  foreign.targetIds.push(organizationalUnitIdOf(path));
  return computePlan(desired, observed);
}

test('adopting an SCP attached to a declared OU that does not declare it plans the detachment too, after the adoption', () => {
  const plan = planAdoptingAttachedTo('deny-leave-organization', 'Security');
  expect(plan.problems).toEqual([]);
  expect(plan.changes.map((change) => change.id)).toEqual([
    'adopt-scp:scp:deny-leave-organization',
    'detach-scp:deny-leave-organization@ou:Security',
  ]);
  expect(plan.changes[1]).toMatchObject({
    destructive: true,
    dependsOn: ['adopt-scp:scp:deny-leave-organization'],
  });
  // The adoption no longer says its attachments all stay.
  expect(describeChanges(plan)[0]!.details.join('\n')).not.toContain('attachments stay as they are');
});

test('an SCP vend does not adopt keeps every attachment: only what vend owns is detached', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  observed.policies.push({
    ...observedPolicy(observed, 'deny-leave-organization'),
    id: 'p-otherteam1',
    name: 'other-team-guard',
    tags: {},
    targetIds: [organizationalUnitIdOf('Security')],
  });
  expect(computePlan(desired, observed).changes).toEqual([]);
});

test('the accounts beneath a target an adopted SCP is detached from lose it, and the plan says so', () => {
  const plan = planAdoptingAttachedTo('deny-unapproved-regions', 'Workloads/NonProd');
  const detach = 'detach-scp:deny-unapproved-regions@ou:Workloads/NonProd';
  expect(plan.changes.map((change) => change.id)).toContain(detach);
  expect(plan.blastRadius.find((entry) => entry.changeId === detach)).toMatchObject({
    affected: ['payments-dev'],
    elsewhere: [],
  });
  expect(plan.accounts.find((account) => account.name === 'payments-dev')?.gainsAndLosses?.loses.scps).toEqual([
    'deny-unapproved-regions',
  ]);
});
