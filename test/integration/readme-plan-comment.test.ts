import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderPlanComment } from '../../src/report/plan-markdown.js';
import { motoFromGlobalSetup } from '../harness/aws-test-env.js';
import { planAgainstEmptyOrganization } from '../support/example-plan.js';
import { EXAMPLE_REPOSITORY, fixtureRepository, removeFixtureRepositories } from '../support/fixture-repository.js';

const README = fileURLToPath(new URL('../../README.md', import.meta.url));
const START = '<!-- plan-comment:start -->\n<!-- prettier-ignore-start -->\n';
const END = '<!-- prettier-ignore-end -->\n<!-- plan-comment:end -->';

/**
 * The README promises a real plan comment, rendered from this repository against the emulator. This renders it
 * again; when the example organization changes, run with VEND_UPDATE_README=1 to refresh the README. It plans a
 * copy outside git: a plan records its commit, and the README cannot contain the commit that contains it.
 */
afterAll(removeFixtureRepositories);

test('the README shows the plan comment vend renders for this repository against an empty organization', async () => {
  const plan = await planAgainstEmptyOrganization(motoFromGlobalSetup().url, fixtureRepository({}, EXAMPLE_REPOSITORY));
  const section = `${START}\n${renderPlanComment(plan)}\n\n${END}`;
  const readme = readFileSync(README, 'utf8');
  const current = readme.slice(readme.indexOf(START), readme.indexOf(END) + END.length);
  if (process.env.VEND_UPDATE_README === '1') writeFileSync(README, readme.replace(current, section));
  else expect(current).toBe(section);
});
