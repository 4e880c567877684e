import { cpSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BOOTSTRAP_TEMPLATE, bootstrapTemplateChange } from '../../src/config/bootstrap-template.js';
import { planSections, renderPlanComment } from '../../src/report/plan-markdown.js';
import { renderPlanText } from '../../src/report/plan-text.js';
import { computePlan } from '../../src/plan/compute-plan.js';
import { convergedObservation, referenceDesiredState } from '../support/plan-fixtures.js';

/** The repository's own bootstrap template, on a base branch and in a pull request that may edit it. */
function branches() {
  const scratch = mkdtempSync(join(tmpdir(), 'vend-bootstrap-change-'));
  const base = join(scratch, 'base');
  const pullRequest = join(scratch, 'pull-request');
  for (const root of [base, pullRequest])
    cpSync('baselines/bootstrap', join(root, 'baselines/bootstrap'), { recursive: true });
  return { scratch, base, pullRequest };
}

describe('a pull request that edits the bootstrap template', () => {
  let made: ReturnType<typeof branches>;
  beforeEach(() => (made = branches()));
  afterEach(() => rmSync(made.scratch, { recursive: true, force: true }));

  test('is told apart from one that leaves it alone: changed, removed, added, or refused as a symbolic link', () => {
    const { base, pullRequest } = made;
    expect(bootstrapTemplateChange(pullRequest, base)).toBeUndefined();
    writeFileSync(join(pullRequest, BOOTSTRAP_TEMPLATE), '# the plan role may do anything\n', { flag: 'a' });
    expect(bootstrapTemplateChange(pullRequest, base)).toBe('changed');
    unlinkSync(join(pullRequest, BOOTSTRAP_TEMPLATE));
    expect(bootstrapTemplateChange(pullRequest, base)).toBe('removed');
    expect(bootstrapTemplateChange(base, pullRequest)).toBe('added');
    symlinkSync(join(base, BOOTSTRAP_TEMPLATE), join(pullRequest, BOOTSTRAP_TEMPLATE));
    expect(bootstrapTemplateChange(pullRequest, base)).toContain('is a symbolic link');
  });

  test('gets a kept warning in the comment and a line in the text, though the plan has no change for it', () => {
    const desired = referenceDesiredState();
    const plan = computePlan(desired, convergedObservation(desired));
    expect(plan.changes).toEqual([]);
    const warning = planSections(plan, { bootstrapChange: 'changed' }).find((section) =>
      section.markdown.includes('bootstrap'),
    );
    expect(warning).toMatchObject({ keep: true });
    expect(warning!.markdown).toContain(
      '> [!WARNING]\n> This pull request changes baselines/bootstrap/management-account.yaml: the bootstrap stack, which holds the roles vend runs as',
    );
    expect(renderPlanComment(plan)).not.toContain('bootstrap stack');
    expect(renderPlanText(plan, { bootstrapChange: 'removed' })).toContain(
      'This pull request removes baselines/bootstrap/management-account.yaml: the bootstrap stack',
    );
  });
});
