import type { DriftNotRun } from '../drift/drift-report.js';
import { DRIFT_ISSUE_MARKER } from './drift-markdown.js';
import { fitComment } from './fit-comment.js';
import { escapeMarkdown, codeSpan } from './markdown-escape.js';
import { countOf } from './phrasing.js';

/** The drift issue's title while the check cannot run; the next check that runs gives it its findings' title. */
export const DRIFT_NOT_RUN_TITLE = 'Vend drift: could not run';

/**
 * A drift issue's body, a job summary or `vend drift --format markdown` for a check that could not run: why, and
 * the validation errors, which give way (never the reason) within GitHub's 65,536 characters.
 */
export function renderDriftNotRunBody(notRun: DriftNotRun, context: { runUrl?: string } = {}): string {
  return fitComment(
    [
      {
        keep: true,
        markdown: [
          DRIFT_ISSUE_MARKER,
          `## ${DRIFT_NOT_RUN_TITLE}`,
          '',
          `The drift check${runLink(context.runUrl)} could not run: ${escapeMarkdown(notRun.error)}.`,
        ].join('\n'),
      },
      ...errorsSection(notRun),
      { keep: true, markdown: `<sub>Attempted at ${notRun.checkedAt}</sub>` },
    ],
    { seeAlso: 'the annotations of the workflow run, or `vend validate`' },
  );
}

/**
 * The comment on a drift issue that already exists: its body, findings and state are left as the last check that
 * ran wrote them, and this says they are not current.
 */
export function driftNotRunComment(notRun: DriftNotRun, context: { runUrl?: string } = {}): string {
  return fitComment(
    [
      {
        keep: true,
        markdown: `**The drift check${runLink(context.runUrl)} could not run**: ${escapeMarkdown(notRun.error)}. The body still shows what the last check that ran found; vend updates it at the next check that runs.`,
      },
      ...errorsSection(notRun),
    ],
    { seeAlso: 'the annotations of the workflow run, or `vend validate`' },
  );
}

function runLink(runUrl: string | undefined): string {
  return runUrl ? ` ([workflow run](${runUrl}))` : '';
}

function errorsSection(notRun: DriftNotRun): { keep: false; markdown: string }[] {
  const errors = notRun.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  if (errors.length === 0) return [];
  return [
    {
      keep: false,
      markdown: [
        `${countOf(errors.length, 'validation error')}:`,
        '',
        ...errors.map(
          (error) =>
            `- ${codeSpan(`${error.file}:${error.line}:${error.column}`)} ${escapeMarkdown(error.message)} (${codeSpan(error.rule)})`,
        ),
      ].join('\n'),
    },
  ];
}
