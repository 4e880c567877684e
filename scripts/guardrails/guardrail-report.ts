import { escapeMarkdown, inlineCode } from '../../src/report/markdown-escape.js';
import type { GuardrailRun, ProofOutcome } from './proof-engine.js';

const PASS = '✅';
const FAIL = '❌';

function summaryLine(run: GuardrailRun): string {
  const held = run.outcomes.filter((outcome) => outcome.passed).length;
  const failed = run.outcomes.length - held;
  return failed === 0
    ? `${held} of ${run.outcomes.length} guardrail proofs hold.`
    : `${failed} of ${run.outcomes.length} guardrail proofs FAIL; ${held} hold.`;
}

/** A fixed-width table for the terminal, then each failure's reasons. */
export function renderConsoleTable(run: GuardrailRun): string {
  const rows = run.outcomes.map((outcome) => [
    outcome.passed ? PASS : FAIL,
    outcome.proof.id,
    outcome.proof.principal,
    outcome.proof.action,
    outcome.proof.expect,
    outcome.decision ?? 'error',
  ]);
  const header = ['', 'proof', 'principal', 'action', 'expect', 'decision'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => displayWidth(row[column] ?? ''))),
  );
  const line = (cells: string[]): string =>
    cells
      .map((cell, column) => cell + ' '.repeat(Math.max(0, (widths[column] ?? 0) - displayWidth(cell))))
      .join('  ')
      .trimEnd();
  const failures = run.outcomes.filter((outcome) => !outcome.passed);
  return [
    line(header),
    ...rows.map(line),
    '',
    summaryLine(run),
    ...failures.flatMap((outcome) => [
      '',
      `${FAIL} ${outcome.proof.id}: ${outcome.proof.description}`,
      ...outcome.problems.map((problem) => `   - ${problem}`),
    ]),
  ].join('\n');
}

/** The report `vend plan --guardrail-report` embeds in the pull request comment. */
export function renderMarkdownReport(run: GuardrailRun): string {
  const failures = run.outcomes.filter((outcome) => !outcome.passed);
  const lines = [
    '## Guardrail proofs',
    '',
    `${run.passed ? PASS : FAIL} ${summaryLine(run)}`,
    '',
    '| | Proof | Principal | Request | Expected | Decision | Explicit denies |',
    '|---|---|---|---|---|---|---|',
    ...run.outcomes.map(markdownRow),
  ];
  if (failures.length > 0) {
    lines.push('', '### Why proofs fail', '');
    for (const outcome of failures) {
      lines.push(`- **${cell(outcome.proof.id)}**: ${cell(outcome.proof.description)}`);
      for (const problem of outcome.problems) lines.push(`  - ${cell(problem)}`);
    }
  }
  lines.push(
    '',
    'Each proof evaluates the real SCPs, identity policies and permissions boundary from `baselines/` with an IAM policy simulator; see `baselines/guardrails.yaml`.',
    '',
  );
  return lines.join('\n');
}

function markdownRow(outcome: ProofOutcome): string {
  const { proof } = outcome;
  const request = `${inlineCode(proof.action)}${proof.region ? ` in ${cell(proof.region)}` : ''}`;
  const denies = outcome.explicitDenies.length > 0 ? outcome.explicitDenies.map(cell).join('<br>') : '';
  return `| ${outcome.passed ? PASS : FAIL} | ${cell(proof.id)} | ${cell(proof.principal)} | ${request} | ${cell(proof.expect)} | ${outcome.decision ?? 'error'} | ${denies} |`;
}

/** Proof tables come from pull requests and land in the bot's comment: escape them like every other user text. */
const cell = escapeMarkdown;

/** Emoji take two terminal columns. */
function displayWidth(text: string): number {
  return [...text].reduce((width, char) => width + (char === PASS || char === FAIL ? 2 : 1), 0);
}
