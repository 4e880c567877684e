import { computePlan } from '../../src/plan/compute-plan.js';
import { accountTable } from '../../src/report/plan-markdown-accounts.js';
import {
  convergedObservation,
  desiredAccount,
  desiredAccountNamed,
  referenceDesiredState,
} from '../support/plan-fixtures.js';

// A table cut to fit GitHub's limit keeps its first rows: those must be the accounts a reviewer has to see.
test('the accounts table lists closing, moved and new accounts before those only updated, whatever their names', () => {
  const previous = referenceDesiredState();
  for (let index = 0; index < 5; index++)
    previous.accounts.push(desiredAccount(`aaa-${index}`, { ou: 'Workloads/NonProd' }));
  const desired = structuredClone(previous);
  for (let index = 0; index < 5; index++) desiredAccountNamed(desired, `aaa-${index}`).tags.Team = 'renamed';
  desired.accounts.push(desiredAccount('zz-new', { ou: 'Workloads/NonProd' }));
  desiredAccountNamed(desired, 'security-audit').ou = 'Workloads/NonProd';
  desiredAccountNamed(desired, 'payments-dev').closed = true;
  const table = accountTable(computePlan(desired, convergedObservation(previous)), 3);
  const names = [...table.matchAll(/^\| \*\*([^*]+)\*\*/gm)].map((match) => match[1]);
  expect(names).toEqual(['payments-dev', 'security-audit', 'zz-new']);
  expect(table).toContain('_… and 5 more accounts, left out to fit');
});
