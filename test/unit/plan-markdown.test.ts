import { computePlan } from '../../src/plan/compute-plan.js';
import { renderPlanComment } from '../../src/report/plan-markdown.js';
import { renderPlanText } from '../../src/report/plan-text.js';
import {
  convergedObservation,
  desiredAccount,
  emptyOrganization,
  referenceDesiredState,
} from '../support/plan-fixtures.js';

function planWithManyAccountsAndOneClosure(accountCount: number) {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const closing = desired.accounts[0]!;
  closing.closed = true;
  for (let index = 0; index < accountCount; index++) {
    desired.accounts.push(
      desiredAccount(`bulk-account-${String(index).padStart(5, '0')}`, { ou: desired.accounts[1]!.ou }),
    );
  }
  return { plan: computePlan(desired, observed), closing: closing.name };
}

describe('the plan comment', () => {
  test('leads with the summary line, lists the destructive changes, and carries no approval', () => {
    const { plan, closing } = planWithManyAccountsAndOneClosure(2);
    const comment = renderPlanComment(plan, { commitSha: '0123456789abcdef0123' });
    expect(comment.split('\n')[1]).toBe(
      `## Vend plan: ${plan.summary.create} to create, ${plan.summary.change} to change, 3 to destroy`,
    );
    const destructive = plan.changes.filter((change) => change.destructive);
    expect(destructive.map((change) => change.id)).toContain(`close-account:account:${closing}`);
    expect(comment).not.toContain('vend:plan-meta');
    expect(comment).toContain('This is a preview: it approves nothing.');
    expect(comment).toContain('> [!WARNING]');
    expect(comment).toContain(`commit \`0123456789ab\``);
  });

  test('stays under 65,536 characters for 3,000 new accounts and keeps the summary and destructive changes', () => {
    const { plan, closing } = planWithManyAccountsAndOneClosure(3000);
    const comment = renderPlanComment(plan);
    expect(comment.length).toBeLessThanOrEqual(65536);
    expect(comment).toContain(`## Vend plan: ${plan.summary.create} to create`);
    expect(comment).toContain(`close-account:account:${closing}`);
    expect(comment).toContain(plan.digest);
    expect(comment).toMatch(/more lines? trimmed to fit GitHub's comment limit/);
    expect((comment.match(/<details>/g) ?? []).length).toBe((comment.match(/<\/details>/g) ?? []).length);
    expect((comment.match(/^```/gm) ?? []).length % 2).toBe(0);
  });

  test('an organization that already matches says that merging changes nothing', () => {
    const desired = referenceDesiredState();
    const plan = computePlan(desired, convergedObservation(desired));
    expect(renderPlanComment(plan)).toContain('## Vend plan: 0 to create, 0 to change, 0 to destroy');
    expect(renderPlanComment(plan)).toContain('Merging changes nothing in AWS.');
    expect(renderPlanText(plan)).toContain('No changes. The organization matches the repository.');
  });

  test('user-supplied text is escaped in the table, and cannot break the Mermaid diagram', () => {
    const desired = referenceDesiredState();
    desired.accounts[0]!.email = 'aws+x@example.com<img src=x onerror=alert(1)>|';
    const topLevel = desired.organizationalUnits.find((unit) => unit.parentPath === null)!;
    topLevel.path = topLevel.name = 'Ops"]:::x\nclick';
    const plan = computePlan(desired, emptyOrganization());
    const comment = renderPlanComment(plan);
    // Inside the fenced change list text is shown literally; everywhere else it must be escaped.
    const outsideChangeList = comment.replace(/```diff[\s\S]*?```/g, '');
    expect(outsideChangeList).not.toContain('<img');
    expect(outsideChangeList).toContain('&lt;img src=x onerror=alert(1)&gt;\\|');
    expect(outsideChangeList).not.toContain('"]:::x');
    expect(outsideChangeList).toContain('["Ops#34;]:::x click"]');
  });

  test('the text plan marks destructive changes and ends with the summary and digest', () => {
    const { plan } = planWithManyAccountsAndOneClosure(1);
    const text = renderPlanText(plan);
    expect(text).toMatch(/^ {2}- close-account:account:\S+ {2}\[destructive\]$/m);
    expect(text).toContain(`Plan: ${plan.summary.create} to create, ${plan.summary.change} to change, 3 to destroy.`);
    expect(text.trimEnd().endsWith(plan.digest)).toBe(true);
  });
});
