import type { ImportOutcome } from '../commands/import.js';
import type { ImportFinding } from '../import/imported-repository.js';
import { leftOutAccountIds } from '../import/account-manifests.js';
import {
  countDiagnostics,
  diagnosticsJson,
  formatDiagnosticLine,
  validationSummaryLine,
} from './diagnostics-report.js';
import { countOf } from './phrasing.js';
import { visibleLine } from './visible-text.js';

/** The report's sections, in the order a person acts on them: what to look at first, then what was left alone. */
const SECTIONS: { kind: ImportFinding['kind']; heading: string }[] = [
  { kind: 'check', heading: 'Look at these before you merge: the first plan would do more than adopt' },
  {
    kind: 'replaced',
    heading:
      'Look at these before you merge: --force replaced files whose settings differed from what AWS holds, edits the plan cannot see as undone',
  },
  {
    kind: 'inferred',
    heading: 'Look at these before you merge: inferred from today’s accounts, they decide what new accounts get',
  },
  { kind: 'left-out', heading: 'Not written: vend leaves them as they are' },
  { kind: 'inactive', heading: 'Suspended or closing accounts: listed, not written' },
  { kind: 'renamed', heading: 'Names that had to change' },
  { kind: 'note', heading: 'Notes' },
];

/**
 * `vend import`'s report: what it wrote, every finding by kind, and what validate says of the result; or, when it
 * refused, which files were in the way.
 */
export function renderImportText(outcome: ImportOutcome, repository: string): string {
  const { report } = outcome;
  const lines = [
    `vend import: organization ${report.organizationId} (management account ${report.managementAccountId}) into ${repository}`,
  ];
  if (outcome.status === 'refused') {
    lines.push(
      `Nothing was written: ${countOf(report.refused.length, 'file')} it would write ${report.refused.length === 1 ? 'exists' : 'exist'} already. Pass --force to replace ${report.refused.length === 1 ? 'it' : 'them'}, or import into another --repo.`,
      ...report.refused.map((file) => `  ${file}`),
    );
    return lines.join('\n');
  }
  const manifests = report.written.filter((file) => file.startsWith('accounts/') && file.endsWith('.yaml')).length;
  lines.push(
    report.mode === 'accounts-only'
      ? `Wrote ${countOf(manifests, 'account manifest')}; baselines/organization.yaml is kept as it is.`
      : `Wrote baselines/organization.yaml, ${countOf(report.written.filter((file) => file.startsWith('baselines/scps/')).length, 'SCP file')}, ${countOf(report.written.filter((file) => file.startsWith('baselines/stacksets/')).length, 'template')} and ${countOf(manifests, 'account manifest')}.`,
  );
  const toCheck = report.findings.some((finding) => finding.kind === 'check');
  for (const { kind, heading } of SECTIONS) {
    const findings = report.findings.filter((finding) => finding.kind === kind);
    if (findings.length === 0) continue;
    const shown =
      kind === 'inferred' && toCheck ? heading.replace('before you merge:', 'before you merge too:') : heading;
    lines.push('', `${shown} (${findings.length}):`);
    // Names and values come from AWS as anyone wrote them: a hidden character must not hide part of the report, nor
    // a line break start what reads as another entry.
    for (const finding of findings) lines.push(`  - ${visibleLine(finding.subject)}: ${visibleLine(finding.message)}`);
  }
  const { diagnostics, fileCount } = outcome.validation;
  const warningsByRule = new Map<string, number>();
  for (const diagnostic of diagnostics.filter((candidate) => candidate.severity === 'warning'))
    warningsByRule.set(diagnostic.rule, (warningsByRule.get(diagnostic.rule) ?? 0) + 1);
  lines.push(
    '',
    ...diagnostics.filter((diagnostic) => diagnostic.severity === 'error').map(formatDiagnosticLine),
    `${validationSummaryLine(diagnostics, fileCount)}${warningsByRule.size > 0 ? ` Warnings: ${[...warningsByRule].map(([rule, count]) => `${count} ${rule}`).join(', ')}.` : ''}`,
    countDiagnostics(diagnostics).errors > 0
      ? 'Fix the errors above, then run vend plan.'
      : manifests === 0 &&
          report.mode === 'accounts-only' &&
          !report.findings.some((finding) => finding.kind === 'check')
        ? 'Nothing to review: no account was written (see the notes and what was not written above).'
        : report.findings.some((finding) => finding.kind === 'check')
          ? `Next: settle what is to check above, then vend plan: until then it does more than adopt (ManagedBy: vend).${leftOutNote(leftOutAccountIds(report.findings).size)}`
          : report.findings.some((finding) => finding.kind === 'replaced')
            ? `Next: put back what --force replaced and is still wanted (git diff shows it), then vend plan: it should only adopt (ManagedBy: vend) what it found.${leftOutNote(leftOutAccountIds(report.findings).size)}`
            : `Next: review the files, then vend plan: it should only adopt (ManagedBy: vend) what it found.${leftOutNote(leftOutAccountIds(report.findings).size)}`,
  );
  return lines.join('\n');
}

/**
 * The report as JSON: `status` (`written`; `nothing-written` when an --accounts-only run found no account to write;
 * `refused` when files were in the way), the report's fields, and validate's diagnostics in `vend validate --format
 * json` form.
 */
export function renderImportJson(outcome: ImportOutcome): string {
  const validation =
    outcome.status === 'written' ? { validation: diagnosticsJson(outcome.validation.diagnostics) } : {};
  const status =
    outcome.status === 'written' && outcome.report.written.length === 0 ? 'nothing-written' : outcome.status;
  return JSON.stringify({ status, ...outcome.report, ...validation }, null, 2);
}

/** Why import exits 1 though nothing is to check: active accounts it left out stay unmanaged until someone acts. */
function leftOutNote(count: number): string {
  if (count === 0) return '';
  return ` ${count === 1 ? 'One active account was' : `${count} active accounts were`} left out (under Not written): ${count === 1 ? 'it stays' : 'they stay'} unmanaged until settled, so import exits 1.`;
}
