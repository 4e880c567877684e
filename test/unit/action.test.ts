import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { dirname } from 'node:path';
import { fixtureRepository, MINIMAL_REPOSITORY, removeFixtureRepositories } from '../support/fixture-repository.js';
import { runAction } from '../support/run-action.js';

afterAll(removeFixtureRepositories);

test('validate annotates each finding on its file and line, fills the job summary and sets outputs', async () => {
  const root = fixtureRepository({
    'accounts/app-prod.yaml':
      'name: app-prod\nemail: aws+app-prod@example.com\nou: Nowhere\nowner: a\ntags: { CostCenter: "1" }\n',
  });
  const result = await runAction({
    inputs: { command: 'validate', 'working-directory': root.split('/').pop()!, comment: 'true' },
    workspace: dirname(root),
  });
  expect(result.status).toBe(1);
  const repoDir = root.split('/').pop();
  expect(result.stdout).toContain(
    `::error title=vend ou-exists,file=${repoDir}/accounts/app-prod.yaml,line=3,col=5::OU 'Nowhere' is not declared`,
  );
  expect(result.summary).toContain('| ❌ | `accounts/app-prod.yaml:3:5` | `ou-exists` |');
  expect(result.outputs.errors).toBe('1');
});

test('a clean repository passes with zero errors', async () => {
  const result = await runAction({
    inputs: { command: 'validate', 'working-directory': '.', comment: 'false' },
    workspace: MINIMAL_REPOSITORY,
  });
  expect(result.status).toBe(0);
  expect(result.summary).toContain('no problems found');
});

test.each([
  [{ command: 'deploy' }, "Invalid command 'deploy'. Expected one of: validate, plan, apply, drift."],
  [{ command: 'validate', 'allow-destructive': 'yes' }, "Invalid allow-destructive 'yes'. Expected true or false."],
  [
    { command: 'drift', 'fail-on-drift': 'severe' },
    "Invalid fail-on-drift 'severe'. Expected true, false or a severity: critical, high, medium, low, info.",
  ],
  [
    { command: 'drift', 'detection-minutes': '0' },
    "Invalid detection-minutes '0'. Expected a whole number of minutes from 1 to 1440.",
  ],
  [
    { command: 'drift', 'apply-workflow': '../../x.yml' },
    "Invalid apply-workflow '../../x.yml'. Expected the file name of a workflow in .github/workflows, such as vend-apply.yml.",
  ],
])('a bad input %j fails with the value and the allowed values', async (inputs, message) => {
  const result = await runAction({ inputs, workspace: MINIMAL_REPOSITORY });
  expect(result.status).toBe(1);
  expect(result.stdout).toContain(`::error::${message}`);
  expect(result.stdout).not.toMatch(/\n\s+at /);
});

test("the README's input table has a row for every input action.yml declares, with its default", () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const declared = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const rows = new Map(
    [...readme.matchAll(/^\| `([a-z-]+)` +\| ([^|]*?) *\|/gm)].map((match) => [match[1]!, match[2]!.replace(/`/g, '')]),
  );
  for (const [name, input] of Object.entries(declared.inputs))
    expect([name, rows.get(name)]).toEqual([name, input.default ?? '']);
});
