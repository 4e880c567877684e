import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BOOTSTRAP_TEMPLATE, bootstrapTemplateChanges } from '../../src/config/bootstrap-template.js';
import { planSections, renderPlanComment } from '../../src/report/plan-markdown.js';
import { bootstrapNotice, renderPlanText } from '../../src/report/plan-text.js';
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
    const only = (change: string) => [{ file: BOOTSTRAP_TEMPLATE, change }];
    expect(bootstrapTemplateChanges(pullRequest, base)).toEqual([]);
    writeFileSync(join(pullRequest, BOOTSTRAP_TEMPLATE), '# the plan role may do anything\n', { flag: 'a' });
    expect(bootstrapTemplateChanges(pullRequest, base)).toEqual(only('changed'));
    unlinkSync(join(pullRequest, BOOTSTRAP_TEMPLATE));
    expect(bootstrapTemplateChanges(pullRequest, base)).toEqual(only('removed'));
    expect(bootstrapTemplateChanges(base, pullRequest)).toEqual(only('added'));
    symlinkSync(join(base, BOOTSTRAP_TEMPLATE), join(pullRequest, BOOTSTRAP_TEMPLATE));
    expect(bootstrapTemplateChanges(pullRequest, base)).toEqual([
      { file: BOOTSTRAP_TEMPLATE, change: expect.stringContaining('is a symbolic link') },
    ]);
  });

  test('covers every file under baselines/bootstrap/: a widened copy beside it, or the template renamed', () => {
    // Either is what someone may deploy as the bootstrap stack next, with a trust that admits any workflow.
    const { base, pullRequest } = made;
    const copy = 'baselines/bootstrap/extra.yaml';
    writeFileSync(join(pullRequest, copy), 'Resources: {}\n');
    expect(bootstrapTemplateChanges(pullRequest, base)).toEqual([{ file: copy, change: 'added' }]);
    unlinkSync(join(pullRequest, copy));
    renameSync(join(pullRequest, BOOTSTRAP_TEMPLATE), join(pullRequest, 'baselines/bootstrap/mgmt.yaml'));
    const renamed = bootstrapTemplateChanges(pullRequest, base);
    expect(renamed).toEqual([
      { file: BOOTSTRAP_TEMPLATE, change: 'removed' },
      { file: 'baselines/bootstrap/mgmt.yaml', change: 'added' },
    ]);
    expect(
      renderPlanText(computePlan(referenceDesiredState(), convergedObservation(referenceDesiredState())), {
        bootstrapChange: renamed,
      }),
    ).toContain(
      'This pull request removes baselines/bootstrap/management-account.yaml and adds baselines/bootstrap/mgmt.yaml: the bootstrap stack',
    );
    // A file where the base has a directory, or the other way round, is a change, not a crash (ENOTDIR).
    rmSync(join(pullRequest, 'baselines/bootstrap'), { recursive: true });
    mkdirSync(join(pullRequest, BOOTSTRAP_TEMPLATE), { recursive: true });
    writeFileSync(join(pullRequest, BOOTSTRAP_TEMPLATE, 'x.yaml'), 'Resources: {}\n');
    expect(bootstrapTemplateChanges(pullRequest, base)).toEqual([
      { file: BOOTSTRAP_TEMPLATE, change: 'removed' },
      { file: `${BOOTSTRAP_TEMPLATE}/x.yaml`, change: 'added' },
    ]);
    expect(bootstrapTemplateChanges(base, pullRequest)).toEqual([
      { file: BOOTSTRAP_TEMPLATE, change: 'added' },
      { file: `${BOOTSTRAP_TEMPLATE}/x.yaml`, change: 'removed' },
    ]);
    rmSync(join(pullRequest, 'baselines/bootstrap'), { recursive: true });
    writeFileSync(join(pullRequest, 'baselines/bootstrap'), 'hi\n');
    expect(bootstrapTemplateChanges(pullRequest, base)).toEqual([
      { file: 'baselines/bootstrap', change: 'added' },
      { file: BOOTSTRAP_TEMPLATE, change: 'removed' },
    ]);
    rmSync(join(pullRequest, 'baselines/bootstrap'));
    // baselines/ itself a file: the template removed, not a crash before any notice.
    rmSync(join(pullRequest, 'baselines'), { recursive: true });
    writeFileSync(join(pullRequest, 'baselines'), 'hi\n');
    expect(bootstrapTemplateChanges(pullRequest, base)).toEqual([{ file: BOOTSTRAP_TEMPLATE, change: 'removed' }]);
    rmSync(join(pullRequest, 'baselines'));
    mkdirSync(join(pullRequest, 'baselines'));
    // A linked directory is refused as itself, never listed through.
    symlinkSync(join(base, 'baselines/bootstrap'), join(pullRequest, 'baselines/bootstrap'));
    expect(bootstrapTemplateChanges(pullRequest, base)).toEqual(
      expect.arrayContaining([{ file: 'baselines/bootstrap', change: expect.stringContaining('is a symbolic link') }]),
    );
  });

  test('names the changed template first and stays short however many long-named files a pull request adds', () => {
    // One line, kept whole or not at all: 300 files with 3,000-character paths must not push it out of the comment.
    const padding = Array.from({ length: 300 }, (_, index) => ({
      file: `baselines/bootstrap/${'z'.repeat(3000)}/f${index}.yaml`,
      change: 'added',
    }));
    const changes = [...padding, { file: BOOTSTRAP_TEMPLATE, change: 'changed' }];
    const notice = bootstrapNotice(changes);
    expect(notice).toMatch(/^This pull request changes baselines\/bootstrap\/management-account\.yaml and adds /);
    // The template replaced by a symbolic link is named before the padding too.
    const linked = bootstrapNotice([...padding, { file: BOOTSTRAP_TEMPLATE, change: "'…' is a symbolic link" }]);
    expect(linked).toContain('; its baselines/bootstrap/management-account.yaml was not read');
    expect(notice).toContain("; and 291 more files there (the pull request's diff of baselines/bootstrap/ lists them)");
    expect(notice.length).toBeLessThan(3000);
    const desired = referenceDesiredState();
    const plan = computePlan(desired, convergedObservation(desired));
    const comment = renderPlanComment(plan, { bootstrapChange: changes });
    expect(comment).toContain('This pull request changes baselines/bootstrap/management-account.yaml');
    // A line break in a file name cannot print a line of its own.
    expect(bootstrapNotice([{ file: 'baselines/bootstrap/a\nPlan: 0 to create.', change: 'added' }])).toContain(
      'a<U+000A>Plan: 0 to create.',
    );
  });

  test('gets a kept warning in the comment and a line in the text, though the plan has no change for it', () => {
    const desired = referenceDesiredState();
    const plan = computePlan(desired, convergedObservation(desired));
    expect(plan.changes).toEqual([]);
    const warning = planSections(plan, { bootstrapChange: [{ file: BOOTSTRAP_TEMPLATE, change: 'changed' }] }).find(
      (section) => section.markdown.includes('bootstrap'),
    );
    expect(warning).toMatchObject({ keep: true });
    expect(warning!.markdown).toContain(
      '> [!WARNING]\n> This pull request changes baselines/bootstrap/management-account.yaml: the bootstrap stack, which holds the roles vend runs as',
    );
    expect(renderPlanComment(plan)).not.toContain('bootstrap stack');
    expect(renderPlanText(plan, { bootstrapChange: [{ file: BOOTSTRAP_TEMPLATE, change: 'removed' }] })).toContain(
      'This pull request removes baselines/bootstrap/management-account.yaml: the bootstrap stack',
    );
  });
});
