import type { Diagnostic } from '../../src/config/diagnostics.js';
import { formatDiagnosticsMarkdown } from '../../src/report/diagnostics-report.js';

// GitHub refuses a step's job summary over 1 MiB as a whole (GitHub Docs, "Workflow commands for GitHub Actions",
// Adding a job summary): the diagnostics table shares it with the plan, so it keeps to its budget.
const diagnostic = (index: number, severity: 'error' | 'warning'): Diagnostic => ({
  file: `accounts/account-${index}.yaml`,
  line: 4,
  column: 8,
  rule: severity === 'error' ? 'email-domain' : 'owner-unassigned',
  severity,
  message: `a ${severity} about account ${index}, long enough to be a realistic message of validate ${'x'.repeat(120)}`,
});

test('a table over its budget keeps the errors first and counts the rest, within the budget', () => {
  const diagnostics = [
    ...Array.from({ length: 3000 }, (_, index) => diagnostic(index, 'warning')),
    diagnostic(9999, 'error'),
  ];
  const table = formatDiagnosticsMarkdown(diagnostics, 3001, 40_000);
  expect(Buffer.byteLength(table, 'utf8')).toBeLessThanOrEqual(40_000 + 300);
  expect(table.split('\n')[4]).toContain('account-9999');
  expect(table).toMatch(/… \d[\d,]* more diagnostics not shown here, to keep the job summary within GitHub's limit/);
  // Without a budget (vend validate --format markdown), every row is there, in order.
  expect(formatDiagnosticsMarkdown(diagnostics, 3001).split('\n')).toHaveLength(4 + 3001);
});
