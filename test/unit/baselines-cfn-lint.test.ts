import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const STACKSETS_DIR = fileURLToPath(new URL('../../baselines/stacksets', import.meta.url));
const ORGANIZATION_FILE = fileURLToPath(new URL('../../baselines/organization.yaml', import.meta.url));

test('every baseline template passes cfn-lint without errors, warnings or informational findings', () => {
  const templates = readdirSync(STACKSETS_DIR)
    .filter((name) => /\.(ya?ml|json)$/.test(name))
    .sort()
    .map((name) => join(STACKSETS_DIR, name));
  expect(templates.length).toBeGreaterThan(0);
  // Baselines deploy to any allowed region, so resource types must exist in all of them.
  const { allowedRegions } = parse(readFileSync(ORGANIZATION_FILE, 'utf8')) as { allowedRegions: string[] };

  // One process for all templates: cfn-lint's start-up dominates its run time.
  const result = spawnSync('cfn-lint', ['--format', 'parseable', '--regions', ...allowedRegions, '--', ...templates], {
    encoding: 'utf8',
  });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
    throw new Error(
      'cfn-lint is not on PATH. Install it with `pipx install cfn-lint` (or `pip install cfn-lint`) and run the tests again.',
    );
  }
  expect(result.error).toBeUndefined();
  expect(`${result.stdout}${result.stderr}`).toBe('');
  expect(result.status).toBe(0);
});
