import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { EXAMPLE_REPOSITORY } from '../support/fixture-repository.js';

// The example organization's templates, as the tests keep them (an adopter's own are theirs to lint).
const STACKSETS_DIR = join(EXAMPLE_REPOSITORY, 'baselines/stacksets');
const BOOTSTRAP_TEMPLATE = fileURLToPath(new URL('../../baselines/bootstrap/management-account.yaml', import.meta.url));
const ORGANIZATION_FILE = join(EXAMPLE_REPOSITORY, 'baselines/organization.yaml');
const { allowedRegions, homeRegion } = parse(readFileSync(ORGANIZATION_FILE, 'utf8')) as {
  allowedRegions: string[];
  homeRegion: string;
};

/** cfn-lint's findings for the templates in the regions; one process for all of them, as its start-up dominates. */
function cfnLint(templates: string[], regions: string[]) {
  const result = spawnSync('cfn-lint', ['--format', 'parseable', '--regions', ...regions, '--', ...templates], {
    encoding: 'utf8',
  });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
    throw new Error(
      'cfn-lint is not on PATH. Install it with `pipx install cfn-lint` (or `pip install cfn-lint`) and run the tests again.',
    );
  }
  expect(result.error).toBeUndefined();
  return { output: `${result.stdout}${result.stderr}`, status: result.status };
}

test('every baseline template passes cfn-lint without errors, warnings or informational findings', () => {
  const templates = readdirSync(STACKSETS_DIR)
    .filter((name) => /\.(ya?ml|json)$/.test(name))
    .sort()
    .map((name) => join(STACKSETS_DIR, name));
  expect(templates.length).toBeGreaterThan(0);
  // Baselines deploy to any allowed region, so resource types must exist in all of them.
  expect(cfnLint(templates, allowedRegions)).toEqual({ output: '', status: 0 });
});

test('the bootstrap template passes cfn-lint in the home region, where it is deployed', () => {
  expect(cfnLint([BOOTSTRAP_TEMPLATE], [homeRegion])).toEqual({ output: '', status: 0 });
});
