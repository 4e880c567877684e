import { computePlan } from '../../src/plan/compute-plan.js';
import { renderPlanText } from '../../src/report/plan-text.js';
import { convergedObservation, referenceDesiredState } from '../support/plan-fixtures.js';

// A parameter value that names an account makes a baseline high impact wherever it goes (README, high-impact rule);
// when the template itself grants nothing, the reason must name the parameter, NoEcho or not, since a NoEcho value is
// never shown and the reviewer must read it in the repository.
const TOPIC = `Parameters:
  WebhookToken: { Type: String, NoEcho: true, Default: none }
  Channel: { Type: String, Default: ops }
Resources:
  Alerts: { Type: AWS::SNS::Topic }
`;

test('a baseline high impact only through a parameter holding an account id says which parameter, NoEcho marked', () => {
  const desired = referenceDesiredState();
  const regional = desired.baselines.find((baseline) => baseline.name === 'regional-guardrails')!;
  regional.templateBody = TOPIC;
  regional.parameters = { WebhookToken: 'plain', Channel: 'ops' };
  const observed = convergedObservation(desired);
  regional.parameters = { WebhookToken: 'arn:aws:iam::666666666666:root', Channel: 'ops' };
  const plan = computePlan(desired, observed);
  const update = plan.changes.find((change) => change.id === 'update-stackset:stackset:vend-regional-guardrails')!;
  expect(update.highImpact).toBe(true);
  expect(update.highImpactReason).toContain(
    'new parameters for a baseline whose parameter WebhookToken (NoEcho: value not shown) holds an account id',
  );
  expect(renderPlanText(plan)).not.toContain('666666666666');
  // A secret that names no account leaves the same baseline routine.
  regional.parameters = { WebhookToken: 'another-secret', Channel: 'ops' };
  expect(computePlan(desired, observed).changes.find((change) => change.id === update.id)?.highImpact ?? false).toBe(
    false,
  );
});
