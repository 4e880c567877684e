import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixtureRepository, MINIMAL_REPOSITORY, removeFixtureRepositories } from '../support/fixture-repository.js';

/** The action runs as GitHub runs it: dist/index.js in a process with INPUT_* variables and a step summary file. */
const ACTION = fileURLToPath(new URL('../../dist/index.js', import.meta.url));

function runAction(inputs: Record<string, string>, workspace: string) {
  const scratch = mkdtempSync(join(tmpdir(), 'vend-action-'));
  const files = { GITHUB_STEP_SUMMARY: join(scratch, 'summary.md'), GITHUB_OUTPUT: join(scratch, 'output') };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', GITHUB_WORKSPACE: workspace, ...files };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const result = spawnSync(process.execPath, [ACTION], { env, encoding: 'utf8', cwd: workspace });
  return {
    ...result,
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    outputs: readFileSync(files.GITHUB_OUTPUT, 'utf8'),
  };
}

afterAll(removeFixtureRepositories);

test('validate annotates each finding on its file and line, fills the job summary and sets outputs', () => {
  const root = fixtureRepository({
    'accounts/app-prod.yaml':
      'name: app-prod\nemail: aws+app-prod@example.com\nou: Nowhere\nowner: a\ntags: { CostCenter: "1" }\n',
  });
  const result = runAction(
    { command: 'validate', 'working-directory': root.split('/').pop()!, comment: 'true' },
    dirname(root),
  );
  expect(result.status).toBe(1);
  const repoDir = root.split('/').pop();
  expect(result.stdout).toContain(
    `::error title=vend ou-exists,file=${repoDir}/accounts/app-prod.yaml,line=3,col=5::OU 'Nowhere' is not declared`,
  );
  expect(result.summary).toContain('| ❌ | `accounts/app-prod.yaml:3:5` | `ou-exists` |');
  expect(result.outputs).toMatch(/errors<<.*\n1\n/);
});

test('a clean repository passes with zero errors', () => {
  const result = runAction({ command: 'validate', 'working-directory': '.', comment: 'false' }, MINIMAL_REPOSITORY);
  expect(result.status).toBe(0);
  expect(result.summary).toContain('no problems found');
});

test.each([
  [{ command: 'deploy' }, "Invalid command 'deploy'. Expected one of: validate, plan, apply, drift."],
  [{ command: 'validate', 'allow-destructive': 'yes' }, "Invalid allow-destructive 'yes'. Expected true or false."],
])('a bad input %j fails with the value and the allowed values', (inputs, message) => {
  const result = runAction(inputs, MINIMAL_REPOSITORY);
  expect(result.status).toBe(1);
  expect(result.stdout).toContain(`::error::${message}`);
  expect(result.stdout).not.toMatch(/\n\s+at /);
});
