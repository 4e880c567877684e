import { applyExitCode, emptyApplyReport } from '../../src/apply/apply-report.js';
import type { ApplyReport } from '../../src/apply/apply-report.js';
import { APPLY_COMMENT_MARKER, renderApplyComment } from '../../src/report/apply-markdown.js';
import { renderApplyText } from '../../src/report/apply-text.js';
import { GITHUB_COMMENT_LIMIT } from '../../src/report/fit-comment.js';
import { escapeMarkdown } from '../../src/report/markdown-escape.js';

function reportWithEverything(appliedChanges: number): ApplyReport {
  const report = emptyApplyReport({
    source: 'plan file plan.json',
    approved: true,
    digest: 'sha256:abc',
    commit: 'c0ffee'.padEnd(40, '0'),
  });
  report.changesApplied = Array.from({ length: appliedChanges }, (_, index) => ({
    id: `tag-account:account:team-${index}`,
    description: `Set tags CostCenter, Owner on team-${index} ${'x'.repeat(40)}`,
  }));
  report.createdAccounts = [{ name: 'payments-prod', id: '210987654321' }];
  report.baselineResults = [
    {
      stackSet: 'vend-roles',
      action: 'CREATE',
      operationId: 'op-1',
      status: 'FAILED',
      succeeded: 0,
      failed: [{ account: 'payments-prod (210987654321)', region: 'us-east-1', reason: 'Role reader already exists' }],
    },
  ];
  report.failures = [
    {
      id: 'add-stack-instances:stackset:vend-roles',
      description: 'Deploy roles',
      message: 'StackSet vend-roles failed: <img src=x> @security-team',
    },
  ];
  report.refused = [
    {
      id: 'close-account:account:legacy',
      description: 'Close account legacy',
      reason: 'allow-destructive is not set.',
    },
  ];
  return report;
}

test('the apply comment keeps its outcome, failures and refusals when the details overflow, with user text escaped', () => {
  const comment = renderApplyComment(reportWithEverything(3000), { commitSha: '0123456789abcdef' });

  expect(comment.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
  expect(
    comment.startsWith(`${APPLY_COMMENT_MARKER}\n## Vend apply: ❌ 3000 changes applied, 1 failed, 1 refused`),
  ).toBe(true);
  expect(comment).toContain(
    `\`add-stack-instances:stackset:vend-roles\`: ${escapeMarkdown('StackSet vend-roles failed: <img src=x> @security-team')}`,
  );
  expect(comment).toContain(`\`close-account:account:legacy\`: ${escapeMarkdown('allow-destructive is not set.')}`);
  expect(comment).toContain('trimmed to fit');
  expect(comment).not.toContain('<img');
  expect(comment).not.toContain(' @security-team');
});

test('the text report lists failed instances with their reason, and a no-op apply says so', () => {
  const text = renderApplyText(reportWithEverything(1));
  expect(text).toContain('      ✗ payments-prod (210987654321) us-east-1: Role reader already exists');
  expect(text.split('\n').pop()).toBe('Apply: 1 change applied, 1 failed, 1 refused.');

  const noop = emptyApplyReport({ source: '--auto-approve', approved: true, digest: 'sha256:abc', commit: null });
  expect(renderApplyText(noop).split('\n')[0]).toBe('No changes. The organization already matches the repository.');
  expect(applyExitCode(noop)).toBe(0);
});

test('a baseline role without its boundary fails the apply', () => {
  const report = emptyApplyReport({ source: '--auto-approve', approved: true, digest: 'sha256:abc', commit: null });
  report.verification = [
    {
      account: { name: 'payments-prod', id: '210987654321' },
      roles: [{ baseline: 'roles', roleName: 'reader', exists: true, boundaryExpected: true, ok: false }],
    },
  ];
  expect(renderApplyText(report)).toContain('✗ reader (roles): NO permissions boundary');
  expect(applyExitCode(report)).toBe(1);
});
