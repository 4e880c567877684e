import { importExitCode } from '../../src/commands/import.js';
import type { ImportOutcome, ImportReport } from '../../src/commands/import.js';
import { renderImportJson, renderImportText } from '../../src/report/import-text.js';

/** What vend import prints: what it wrote, its findings by what to do about them, and validate's verdict. */
const report = (extra: Partial<ImportReport> = {}): ImportReport => ({
  organizationId: 'o-example',
  managementAccountId: '111111111111',
  mode: 'organization',
  written: ['accounts/.gitkeep', 'baselines/organization.yaml'],
  refused: [],
  findings: [],
  ...extra,
});
const written = (extra: Partial<ImportReport> = {}): ImportOutcome => ({
  status: 'written',
  report: report(extra),
  validation: { diagnostics: [], fileCount: 1, exitCode: 0, exceptions: [], driftIgnore: [] },
});

test('an organization without member accounts writes no manifest, and says so', () => {
  expect(renderImportText(written(), '/repo')).toContain(
    'Wrote baselines/organization.yaml, 0 SCP files, 0 templates and 0 account manifests.',
  );
});

test('findings come in the order a person acts on them: what to check first, what was left out, then notes', () => {
  const text = renderImportText(
    written({
      findings: [
        { kind: 'note', subject: 'baselines', message: 'No dependsOn.' },
        { kind: 'left-out', subject: 'SCP DenyAll (p-1)', message: 'Not in the catalogue.' },
        { kind: 'check', subject: 'the root', message: 'The first plan enables SCPs.' },
        { kind: 'inferred', subject: 'OU Workloads', message: 'Declares roles.' },
      ],
    }),
    '/repo',
  );
  const headings = text.split('\n').filter((line) => line.endsWith('):'));
  expect(headings).toEqual([
    'Look at these before you merge: the first plan would do more than adopt (1):',
    'Look at these before you merge too: inferred from today’s accounts, they decide what new accounts get (1):',
    'Not written: vend leaves them as they are (1):',
    'Notes (1):',
  ]);
  expect(text).toContain('  - SCP DenyAll (p-1): Not in the catalogue.');
});

test('inferences alone are not "too": no earlier section to look at', () => {
  const text = renderImportText(
    written({ findings: [{ kind: 'inferred', subject: 'OU Workloads', message: 'Declares roles.' }] }),
    '/repo',
  );
  expect(text).toContain(
    '\nLook at these before you merge: inferred from today’s accounts, they decide what new accounts get (1):',
  );
  expect(text).not.toContain('too:');
});

test('an --accounts-only run that wrote nothing says so in JSON, as its text does', () => {
  const none = written({ mode: 'accounts-only', written: [] });
  expect(renderImportText(none, '/repo')).toContain('Nothing to review: no account was written');
  expect(JSON.parse(renderImportJson(none))).toMatchObject({ status: 'nothing-written', written: [] });
  expect(JSON.parse(renderImportJson(written()))).toMatchObject({ status: 'written' });
});

test('a refused import names the files in the way and writes nothing; JSON says the same', () => {
  const refused: ImportOutcome = {
    status: 'refused',
    report: report({ written: [], refused: ['baselines/organization.yaml'] }),
  };
  expect(renderImportText(refused, '/repo')).toContain(
    'Nothing was written: 1 file it would write exists already. Pass --force to replace it, or import into another --repo.\n  baselines/organization.yaml',
  );
  expect(JSON.parse(renderImportJson(refused))).toEqual({ status: 'refused', ...refused.report });
});

test('inferences are for a person to review, but the first plan only adopts: they alone do not make import exit 1', () => {
  expect(
    importExitCode(
      written({ findings: [{ kind: 'inferred', subject: 'defaultRegions', message: 'Set to us-east-1.' }] }),
    ),
  ).toBe(0);
  expect(
    importExitCode(written({ findings: [{ kind: 'check', subject: 'the root', message: 'Enables SCPs.' }] })),
  ).toBe(1);
});

test('the closing line promises an adoption-only plan only when nothing is to check', () => {
  const check = {
    kind: 'check' as const,
    subject: 'one (200000000001)',
    message: 'Already declared by accounts/two.yaml.',
  };
  expect(renderImportText(written(), '/repo')).toMatch(/Next: review the files, then vend plan: it should only adopt/);
  const text = renderImportText(written({ findings: [check] }), '/repo');
  expect(text).toContain(
    'Next: settle what is to check above, then vend plan: until then it does more than adopt (ManagedBy: vend).',
  );
  expect(text).not.toContain('it should only adopt');
});

test('with active accounts left out, the closing line says why import exits 1', () => {
  const outcome = written({
    findings: [
      {
        kind: 'left-out',
        subject: 'account 200000000001 (Über Konto)',
        message: 'Its name has ü.',
        leftOutAccountIds: ['200000000001'],
      },
    ],
  });
  expect(importExitCode(outcome)).toBe(1);
  expect(renderImportText(outcome, '/repo')).toContain(
    'One active account was left out (under Not written): it stays unmanaged until settled, so import exits 1.',
  );
});

test('the left-out note follows the closing line when something is to check, too', () => {
  const outcome = written({
    findings: [
      { kind: 'check', subject: 'the root', message: 'Enables SCPs.' },
      {
        kind: 'left-out',
        subject: 'account 200000000001 (stray)',
        message: 'It is directly under the root.',
        leftOutAccountIds: ['200000000001'],
      },
    ],
  });
  expect(renderImportText(outcome, '/repo')).toContain(
    'until then it does more than adopt (ManagedBy: vend). One active account was left out (under Not written)',
  );
});
