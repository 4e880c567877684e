import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyRefusal } from '../../src/action/apply-action.js';
import { guardDestructiveChanges } from '../../src/apply/destructive-guard.js';
import { reviewedChangeKey } from '../../src/plan/reviewed-change.js';
import { reviewedPlanFromFile, reviewedPlanFromPullRequest } from '../../src/apply/reviewed-plan.js';
import { serializePlan } from '../../src/commands/plan.js';
import { computePlan } from '../../src/plan/compute-plan.js';
import type { Change } from '../../src/plan/plan.js';
import { runCommand } from '../../src/commands/run-command.js';
import { fixtureRepository, MINIMAL_REPOSITORY, removeFixtureRepositories } from '../support/fixture-repository.js';
import { convergedObservation, MANAGEMENT_ACCOUNT_ID, referenceDesiredState } from '../support/plan-fixtures.js';
import { runAction } from '../support/run-action.js';

const scratch = mkdtempSync(join(tmpdir(), 'vend-apply-guards-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  removeFixtureRepositories();
});

const change = (id: string, destructive: boolean): Change => ({
  id,
  kind: destructive ? 'close-account' : 'tag-account',
  action: destructive ? 'destroy' : 'change',
  target: 'account:legacy',
  destructive,
  before: null,
  after: null,
  dependsOn: [],
  description: id,
});
const CLOSE = change('close-account:account:legacy', true);
const TAG = change('tag-account:account:legacy', false);

describe('the destructive guard', () => {
  test.each([
    [true, true, true, 'runs'],
    [true, true, false, 'absent'],
    [true, false, true, 'refused: not in the reviewed plan'],
    [true, false, false, 'absent'],
    [false, true, true, 'refused: allow-destructive is not set'],
    [false, true, false, 'absent'],
    [false, false, true, 'refused: allow-destructive is not set'],
    [false, false, false, 'absent'],
  ])(
    'allow-destructive %s, in the reviewed plan %s, still wanted %s: %s',
    (allowDestructive, reviewed, stillWanted, expected) => {
      const fresh = stillWanted ? [TAG, CLOSE] : [TAG];
      const decision = guardDestructiveChanges(fresh, {
        allowDestructive,
        reviewed: {
          source: 'pull request #7',
          digest: 'sha256:x',
          destructive: reviewed ? [reviewedChangeKey(CLOSE)] : [],
        },
      });

      expect(decision.allowed).toContain(TAG);
      expect(decision.allowed.includes(CLOSE)).toBe(expected === 'runs');
      const refusal = decision.refused.find((refused) => refused.id === CLOSE.id)?.reason;
      if (expected === 'refused: not in the reviewed plan')
        expect(refusal).toBe(
          'The reviewed plan (pull request #7) does not list this change, so no reviewer approved it. Re-plan in a pull request (or pass the reviewed plan with --plan) and apply again.',
        );
      else if (expected === 'refused: allow-destructive is not set')
        expect(refusal).toMatch(/^allow-destructive is not set/);
      else expect(refusal).toBeUndefined();
    },
  );
});

test('an approval covers only the change as reviewers saw it, not a wider one with the same id', () => {
  const reviewedRemoval = {
    ...CLOSE,
    kind: 'remove-stack-instances' as const,
    id: 'remove-stack-instances:stackset:vend-x',
    before: { instances: ['a/us-east-1'] },
  };
  const widerRemoval = {
    ...reviewedRemoval,
    before: { instances: ['a/us-east-1', 'b/us-east-1', 'c/us-east-1'] },
    description: 'Remove 3 instances',
  };
  const decision = guardDestructiveChanges([widerRemoval], {
    allowDestructive: true,
    reviewed: { source: 'pull request #7', digest: 'sha256:x', destructive: [reviewedChangeKey(reviewedRemoval)] },
  });
  expect(decision.allowed).toEqual([]);
  expect(decision.refused).toEqual([
    expect.objectContaining({
      id: 'remove-stack-instances:stackset:vend-x',
      reason: expect.stringContaining('now does something else (Remove 3 instances) than what reviewers approved'),
    }),
  ]);
  expect(
    guardDestructiveChanges([reviewedRemoval], {
      allowDestructive: true,
      reviewed: { source: 'pull request #7', digest: 'sha256:x', destructive: [reviewedChangeKey(reviewedRemoval)] },
    }).allowed,
  ).toEqual([reviewedRemoval]);
});

describe('the reviewed plan', () => {
  const desired = referenceDesiredState();
  desired.accounts = desired.accounts.map((account) =>
    account.name === 'security-audit' ? { ...account, closed: true } : account,
  );
  const plan = computePlan(desired, convergedObservation(referenceDesiredState()));
  const directory = scratch;
  const planFile = join(directory, 'plan.json');
  writeFileSync(planFile, serializePlan(plan));

  test('a plan file from vend plan --out authorises exactly its destructive changes', () => {
    expect(reviewedPlanFromFile(planFile, MANAGEMENT_ACCOUNT_ID)).toEqual({
      source: `plan file ${planFile}`,
      digest: plan.digest,
      destructive: [
        reviewedChangeKey(plan.changes.find((candidate) => candidate.id === 'close-account:account:security-audit')!),
      ],
    });
  });

  test('a plan file edited after vend wrote it authorises nothing', () => {
    const edited = join(directory, 'edited.json');
    const content = JSON.parse(readFileSync(planFile, 'utf8')) as { changes: Change[] };
    content.changes.push({ ...CLOSE, id: 'close-account:account:payments-prod' });
    writeFileSync(edited, JSON.stringify(content));

    expect(reviewedPlanFromFile(edited, MANAGEMENT_ACCOUNT_ID)).toEqual({
      source: `plan file ${edited}`,
      destructive: [],
      note: 'its content does not match its digest, so it was edited after vend wrote it',
    });
  });

  test('a plan for another organization, or no readable plan, authorises nothing', () => {
    expect(reviewedPlanFromFile(planFile, '999999999999').note).toBe(
      `it was computed for management account ${MANAGEMENT_ACCOUNT_ID}, not 999999999999`,
    );
    expect(reviewedPlanFromFile(join(directory, 'missing.json'), MANAGEMENT_ACCOUNT_ID).note).toMatch(
      /^it could not be read as JSON \(ENOENT/,
    );
  });

  test('a merged pull request without an intact plan comment authorises nothing', () => {
    expect(reviewedPlanFromPullRequest({ number: 12 }, undefined)).toEqual({
      source: 'pull request #12',
      destructive: [],
      note: 'it has no intact vend plan comment',
    });
  });
});

describe('where the action may apply', () => {
  const push = { eventName: 'push', ref: 'refs/heads/main', defaultBranch: 'main' };

  test('a push to the default branch applies', () => {
    expect(applyRefusal(push, false)).toBeUndefined();
  });

  test.each(['pull_request', 'pull_request_target'])(
    '%s events are refused, even with the branch override',
    (eventName) => {
      expect(applyRefusal({ ...push, eventName, ref: 'refs/pull/7/merge' }, true)).toBe(
        `vend apply refuses to run on '${eventName}' events: it would change the organization from unmerged code. Run it on push to the default branch (or workflow_dispatch) after the merge.`,
      );
    },
  );

  test('another branch is refused unless explicitly overridden', () => {
    const hotfix = { ...push, ref: 'refs/heads/hotfix' };
    expect(applyRefusal(hotfix, false)).toBe(
      "vend apply runs only from the default branch 'refs/heads/main', not 'refs/heads/hotfix'. Merge first, or set allow-non-default-branch: true for a deliberate exception.",
    );
    expect(applyRefusal(hotfix, true)).toBeUndefined();
  });

  test('an event that does not name the default branch is refused unless overridden', () => {
    const schedule = { eventName: 'schedule', ref: 'refs/heads/main', defaultBranch: undefined };
    expect(applyRefusal(schedule, false)).toMatch(/cannot tell the repository's default branch/);
    expect(applyRefusal(schedule, true)).toBeUndefined();
  });
});

test('the action refuses a pull_request event before it reads the repository or AWS', async () => {
  const result = await runAction({
    inputs: { command: 'apply' },
    workspace: MINIMAL_REPOSITORY,
    env: { GITHUB_REF: 'refs/pull/7/merge', GITHUB_SHA: 'abc123', GITHUB_REPOSITORY: 'acme/accounts' },
    event: {
      name: 'pull_request',
      payload: {
        pull_request: { number: 7, head: { repo: { full_name: 'acme/accounts' } } },
        repository: { default_branch: 'main' },
      },
    },
  });

  expect(result.status).toBe(1);
  expect(result.stdout).toContain("::error::vend apply refuses to run on 'pull_request' events");
  expect(result.summary).toContain('Vend apply: refused');
  expect(result.outputs).toEqual({});
});

test('vend apply on a repository with validation errors exits 1 and applies nothing', async () => {
  const repositoryRoot = fixtureRepository({
    'accounts/app-prod.yaml':
      'name: app-prod\nemail: aws+app-prod@example.com\nou: Nowhere\nowner: team-app\ntags: { CostCenter: "100" }\n',
  });
  const stderr: string[] = [];
  const stdout: string[] = [];
  // No AWS endpoint or credentials exist here: reaching AWS at all would fail differently (exit 2).
  const exitCode = await runCommand(
    {
      command: 'apply',
      repositoryRoot,
      outputFormat: 'text',
      comment: false,
      allowDestructive: false,
      failOnDrift: false,
    },
    { stdout: (text) => stdout.push(text), stderr: (text) => stderr.push(text) },
  );
  expect(exitCode).toBe(1);
  expect(stderr.join('\n')).toContain("OU 'Nowhere' is not declared");
  expect(stderr.at(-1)).toBe('vend apply: 1 validation error(s) above; nothing was applied.');
  expect(stdout).toEqual([]);
});
