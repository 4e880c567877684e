import { RULES } from '../config/diagnostics.js';
import type { Diagnostic } from '../config/diagnostics.js';
import { ORGANIZATION_FILE } from '../config/repository.js';
import { escapeMarkdown, inlineCode } from './markdown-escape.js';
import { countOf } from './phrasing.js';
import { visibleLine } from './visible-text.js';

export interface DiagnosticCounts {
  errors: number;
  warnings: number;
}

export function countDiagnostics(diagnostics: Diagnostic[]): DiagnosticCounts {
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  return { errors, warnings: diagnostics.length - errors };
}

/** `path:line:col: severity [rule] message`, the format editors and CI log parsers recognise. */
export function formatDiagnosticLine(diagnostic: Diagnostic): string {
  // One problem, one line: a tag key holding `\n::add-mask::…` must not start a line of its own in any log.
  return visibleLine(
    `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.severity} [${diagnostic.rule}] ${diagnostic.message}`,
  );
}

export function validationSummaryLine(diagnostics: Diagnostic[], fileCount: number): string {
  const { errors, warnings } = countDiagnostics(diagnostics);
  const files = `${fileCount} file${fileCount === 1 ? '' : 's'}`;
  if (errors === 0 && warnings === 0) return `vend validate: ${files} checked, no problems found.`;
  return `vend validate: ${files} checked, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.${organizationUnread(diagnostics) ? ` The SCP files and templates ${ORGANIZATION_FILE} names, and the checks across files, run once its errors are fixed.` : ''}`;
}

/**
 * Whether organization.yaml could not be read as a valid document: these rules are the ones that stop the loader
 * from reading it (repository.ts, readDocument), and with it the files it names. A reader must not take a clean
 * second run for a first run that reported everything.
 */
function organizationUnread(diagnostics: Diagnostic[]): boolean {
  return diagnostics.some(
    (diagnostic) =>
      diagnostic.file === ORGANIZATION_FILE &&
      diagnostic.severity === 'error' &&
      (diagnostic.rule === RULES.schema ||
        diagnostic.rule === RULES.repositoryLayout ||
        diagnostic.rule === RULES.hiddenCharacter ||
        diagnostic.rule.startsWith('yaml-')),
  );
}

export function formatDiagnosticsText(diagnostics: Diagnostic[], fileCount: number): string {
  return [...diagnostics.map(formatDiagnosticLine), validationSummaryLine(diagnostics, fileCount)].join('\n');
}

export function formatDiagnosticsJson(diagnostics: Diagnostic[]): string {
  return JSON.stringify(diagnosticsJson(diagnostics), null, 2);
}

/** The documented fields of `--format json`, in their order. */
export function diagnosticsJson(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.map(({ file, line, column, rule, severity, message }) => ({
    file,
    line,
    column,
    rule,
    severity,
    message,
  }));
}

/**
 * The diagnostics as a markdown table under their summary line. `budgetBytes` bounds it (UTF-8): the job summary
 * holds it beside the plan, and GitHub refuses a step's summary over 1 MiB whole. Past the budget, errors come
 * first and the rest is counted; each diagnostic is also an annotation in the step's log.
 */
export function formatDiagnosticsMarkdown(
  diagnostics: Diagnostic[],
  fileCount: number,
  budgetBytes = Infinity,
): string {
  const lines = [`### ${escapeMarkdown(validationSummaryLine(diagnostics, fileCount))}`];
  if (diagnostics.length > 0) {
    lines.push('', '| | Location | Rule | Message |', '|---|---|---|---|');
    const ordered = Number.isFinite(budgetBytes)
      ? [...diagnostics].sort((a, b) => Number(a.severity !== 'error') - Number(b.severity !== 'error'))
      : diagnostics;
    let used = Buffer.byteLength(lines.join('\n'), 'utf8');
    for (const [index, diagnostic] of ordered.entries()) {
      const icon = diagnostic.severity === 'error' ? '❌' : '⚠️';
      const row = `| ${icon} | ${inlineCode(`${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`)} | ${inlineCode(diagnostic.rule)} | ${escapeMarkdown(diagnostic.message)} |`;
      used += Buffer.byteLength(row, 'utf8') + 1;
      if (used > budgetBytes) {
        lines.push(
          '',
          `… ${countOf(ordered.length - index, 'more diagnostic')} not shown here, to keep the job summary within GitHub's limit: each is an annotation in the step's log, and \`vend validate\` lists them all.`,
        );
        break;
      }
      lines.push(row);
    }
  }
  return lines.join('\n');
}
