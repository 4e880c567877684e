import { PLAN_COMMENT_MARKER } from '../github/merged-pull-request.js';
import type { Change, Plan, PlannedAccount } from '../plan/plan.js';
import { fitComment } from './fit-comment.js';
import type { CommentSection } from './fit-comment.js';
import { escapeMarkdown, inlineCode } from './markdown-escape.js';
import { ACTION_SYMBOL, summaryLine } from './plan-text.js';

export interface PlanReportContext {
  /** The commit the plan was computed from. */
  commitSha?: string;
  /** Markdown of a guardrail proof run, shown collapsed. */
  guardrailReport?: string;
}

const STATUS_LABEL: Record<PlannedAccount['status'], string> = {
  new: '🆕 new',
  adopted: '🤝 adopted',
  moved: '↪️ moved',
  updated: '✏️ updated',
  closing: '🛑 closing',
  management: '🏛️ management account',
};

/** The sticky PR comment: summary and destructive changes first and never trimmed, details collapsed after. */
export function renderPlanComment(plan: Plan, context: PlanReportContext = {}): string {
  return fitComment(planSections(plan, context));
}

export function planSections(plan: Plan, context: PlanReportContext): CommentSection[] {
  const destructive = plan.changes.filter((change) => change.destructive);
  const sections: CommentSection[] = [
    {
      keep: true,
      markdown: [
        PLAN_COMMENT_MARKER,
        `## Vend plan: ${summaryLine(plan.summary)}`,
        '',
        plan.changes.length === 0
          ? 'The organization already matches this branch. Merging changes nothing in AWS.'
          : `This is a preview: it approves nothing. After the merge, the apply workflow plans the merge commit again and applies that plan only once a reviewer approves it in the deployment environment. Push a commit to re-plan.`,
      ].join('\n'),
    },
  ];
  if (destructive.length > 0) {
    sections.push({
      keep: true,
      markdown: [
        `> [!WARNING]`,
        `> **${destructive.length} destructive change${destructive.length === 1 ? '' : 's'}.** Apply carries ${destructive.length === 1 ? 'it' : 'them'} out only with \`allow-destructive\`, from an approved plan that lists ${destructive.length === 1 ? 'it' : 'them'}.`,
        '>',
        ...destructive.map((change) => `> - ${inlineCode(change.id)}: ${escapeMarkdown(change.description)}`),
      ].join('\n'),
    });
  }
  if (plan.problems.length > 0) {
    sections.push({
      keep: true,
      markdown: [
        '> [!CAUTION]',
        `> **${plan.problems.length} problem${plan.problems.length === 1 ? '' : 's'} block${plan.problems.length === 1 ? 's' : ''} apply:**`,
        ...plan.problems.map((problem) => `> - ${inlineCode(problem.target)}: ${escapeMarkdown(problem.message)}`),
      ].join('\n'),
    });
  }
  if (plan.accounts.length > 0) sections.push({ keep: false, markdown: accountTable(plan) });
  if (
    plan.accounts.some((account) => account.status !== 'updated' && account.status !== 'closing') ||
    plan.organizationalUnits.some((unit) => unit.isNew)
  ) {
    sections.push({
      keep: false,
      markdown: collapsed('Where accounts land in the OU tree', organizationDiagram(plan)),
    });
  }
  if (plan.changes.length > 0)
    sections.push({
      keep: false,
      markdown: collapsed(`All ${plan.changes.length} changes, in apply order`, changeList(plan.changes)),
    });
  if (plan.unmanagedAccounts.length > 0) {
    sections.push({
      keep: false,
      markdown: collapsed(
        `${plan.unmanagedAccounts.length} unmanaged account${plan.unmanagedAccounts.length === 1 ? '' : 's'} (in AWS, declared nowhere; vend leaves them alone)`,
        [
          '| Account | Id | Email | Parent |',
          '|---|---|---|---|',
          ...plan.unmanagedAccounts.map(
            (account) =>
              `| ${escapeMarkdown(account.name)} | ${account.id} | ${escapeMarkdown(account.email)} | ${escapeMarkdown(account.parentPath)} |`,
          ),
        ].join('\n'),
      ),
    });
  }
  if (context.guardrailReport)
    sections.push({ keep: false, markdown: collapsed('Guardrail proofs', context.guardrailReport) });
  sections.push({
    keep: true,
    markdown: `<sub>Plan digest ${inlineCode(plan.digest)}${context.commitSha ? ` · commit ${inlineCode(context.commitSha.slice(0, 12))}` : ''} · management account ${plan.managementAccountId}</sub>`,
  });
  return sections;
}

function collapsed(summary: string, body: string): string {
  return `<details><summary>${escapeMarkdown(summary)}</summary>\n\n${body}\n\n</details>`;
}

function accountTable(plan: Plan): string {
  const rows = plan.accounts.map((account) =>
    [
      `**${escapeMarkdown(account.name)}**<br>${escapeMarkdown(account.email)}`,
      STATUS_LABEL[account.status],
      escapeMarkdown(account.ou),
      account.scpsInForce.map(escapeMarkdown).join(', '),
      account.baselines
        .map((baseline) => `${escapeMarkdown(baseline.name)} × ${baseline.regions.map(escapeMarkdown).join(', ')}`)
        .join('<br>') || '—',
    ].join(' | '),
  );
  return [
    '### Accounts',
    '',
    '| Account | Status | OU | SCPs in force | Baselines × regions |',
    '|---|---|---|---|---|',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
}

function changeList(changes: Change[]): string {
  return [
    '```diff',
    ...changes.map(
      (change) =>
        `${ACTION_SYMBOL[change.action]} ${change.id}${change.destructive ? '  (destructive)' : ''}\n    ${change.description.replace(/```/g, "'''")}`,
    ),
    '```',
  ].join('\n');
}

/**
 * Mermaid labels are quoted, one per line; quotes, angle brackets and backticks become entity codes and line
 * breaks become spaces, so a name can neither close its label nor start a new statement.
 */
function mermaidLabel(text: string): string {
  return `"${text.replace(/\r?\n|\r/g, ' ').replace(/["<>`]/g, (character) => `#${character.charCodeAt(0)};`)}"`;
}

export function organizationDiagram(plan: Plan): string {
  const ids = new Map<string, string>([['', 'root']]);
  const lines = ['```mermaid', 'graph LR', '  root(("Root"))'];
  plan.organizationalUnits.forEach((unit, index) => {
    const id = `ou${index}`;
    ids.set(unit.path, id);
    const parent = ids.get(unit.path.includes('/') ? unit.path.slice(0, unit.path.lastIndexOf('/')) : '') ?? 'root';
    lines.push(`  ${parent} --> ${id}[${mermaidLabel(unit.path.split('/').pop()!)}]${unit.isNew ? ':::created' : ''}`);
  });
  plan.accounts
    .filter((account) => account.status === 'new' || account.status === 'moved' || account.status === 'adopted')
    .forEach((account, index) => {
      const style = account.status === 'new' ? 'created' : 'moved';
      lines.push(`  ${ids.get(account.ou) ?? 'root'} --> acct${index}([${mermaidLabel(account.name)}]):::${style}`);
    });
  lines.push('  classDef created fill:#d3f9d8,stroke:#2b8a3e', '  classDef moved fill:#fff3bf,stroke:#e67700', '```');
  return lines.join('\n');
}
