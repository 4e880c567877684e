import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRepository } from '../../src/config/load-repository.js';
import { PLAN_PROBLEMS } from '../../src/plan/plan.js';
import {
  REPOSITORY_ROOT,
  fixtureRepository,
  MINIMAL_REPOSITORY,
  positionIn,
  removeFixtureRepositories,
} from '../support/fixture-repository.js';

// Where a plan problem points a pull request's annotation: the key to edit, or, for a declaration no longer in the
// file (an SCP or baseline left the catalogue), the key of the list it left, never a sibling entry.
afterAll(removeFixtureRepositories);

const organization = readFileSync(join(MINIMAL_REPOSITORY, 'baselines/organization.yaml'), 'utf8');
const locate = loadRepository(fixtureRepository(), { now: new Date('2026-11-30T00:00:00Z') }).locate!;

test('a key the file spells is pointed at', () => {
  expect(locate('accounts/app-prod.yaml', ['email'])).toEqual({ line: 2, column: 1 });
  expect(locate('baselines/organization.yaml', ['scps', 'deny-leave'])).toEqual(
    positionIn(organization, 'deny-leave:'),
  );
});

test('a key the file does not spell points at its nearest ancestor’s key, not at that ancestor’s first entry', () => {
  expect(locate('baselines/organization.yaml', ['scps', 'gone'])).toEqual(positionIn(organization, 'scps:\n'));
  expect(locate('baselines/organization.yaml', ['organizationalUnits', 'Sandbox', 'scps'])).toEqual(
    positionIn(organization, 'Sandbox:'),
  );
  expect(locate('accounts/app-prod.yaml', ['closed'])).toEqual({ line: 1, column: 1 });
  expect(locate('accounts/nowhere.yaml', ['email'])).toBeUndefined();
});

test('every problem rule a plan can report is documented in the README, where an annotation’s reader looks it up', () => {
  const readme = readFileSync(join(REPOSITORY_ROOT, 'README.md'), 'utf8');
  for (const rule of Object.values(PLAN_PROBLEMS)) expect(readme).toMatch(new RegExp(`^\\| \`${rule}\` +\\|`, 'm'));
});
