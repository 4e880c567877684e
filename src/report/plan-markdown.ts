import type { MainDrift, MainDriftUnavailable } from '../drift/pull-request-drift.js';
import { PLAN_COMMENT_MARKER } from '../github/merged-pull-request.js';
import type { Plan } from '../plan/plan.js';
import { describeChanges, groupByResource } from './change-effects.js';
import type { ChangeEffect } from './change-effects.js';
import { changeListing } from './change-listing.js';
import { fitComment } from './fit-comment.js';
import type { CommentSection } from './fit-comment.js';
import { escapeMarkdown, fencedCode, inlineCode } from './markdown-escape.js';
import { countOf } from './phrasing.js';
import { accountTable, organizationDiagram } from './plan-markdown-accounts.js';
import { mainDriftSections } from './plan-markdown-drift.js';
import { blockedLine, summaryLine } from './plan-text.js';

export interface PlanReportContext {
  /** The commit the plan was computed from. */
  commitSha?: string;
  /** Markdown of a guardrail proof run, shown collapsed. */
  guardrailReport?: string;
  /** A pull request's plan against main's: the changes that only correct drift already on main, set apart. */
  mainDrift?: MainDrift | MainDriftUnavailable;
}

/** The sticky PR comment: what is never trimmed first, then the details, within GitHub's limit. */
export function renderPlanComment(plan: Plan, context: PlanReportContext = {}): string {
  return fitComment(planSections(plan, context));
}

/** Change lists up to this long are shown open; longer ones collapsed, behind their count. */
const OPEN_LISTING_CHANGES = 25;

/**
 * How soon each detail section gives way when the comment is too long (higher first): the pictures and tables
 * that restate the changes go before the changes themselves, and SCP diffs, which carry the most risk, go last.
 */
const TRIM_RANK = {
  diagram: 5,
  unmanaged: 4,
  accounts: 3,
  templateDiff: 2,
  driftListing: 2,
  listing: 1,
  guardrails: 1,
  scpDiff: 0,
};

/**
 * The comment as sections, in reading order: the summary and what blocks or endangers apply (kept whole), then
 * the accounts, the OU tree, every change by resource with its effect, the diffs, and the rest. The job summary
 * joins them all; the comment trims the details to fit. Each section comes from one function here, so another
 * (drift, say) is one more entry in the list.
 */
export function planSections(plan: Plan, context: PlanReportContext): CommentSection[] {
  const effects = describeChanges(plan);
  const corrections = new Set(
    context.mainDrift && 'corrections' in context.mainDrift
      ? context.mainDrift.corrections.map((change) => change.id)
      : [],
  );
  return [
    headerSection(plan),
    ...problemSections(plan),
    ...flaggedSections(effects),
    ...(context.mainDrift ? mainDriftSections(context.mainDrift, effects, TRIM_RANK.driftListing) : []),
    ...accountSections(plan),
    ...listingSections(
      effects.filter((effect) => !corrections.has(effect.change.id)),
      corrections.size > 0 ? 'of this pull request' : '',
    ),
    ...diffSections(effects),
    ...unmanagedSections(plan),
    ...(context.guardrailReport
      ? [
          {
            keep: false,
            trimRank: TRIM_RANK.guardrails,
            markdown: collapsed('Guardrail proofs', context.guardrailReport),
          },
        ]
      : []),
    {
      keep: true,
      markdown: `<sub>Plan digest ${inlineCode(plan.digest)}${context.commitSha ? ` · commit ${inlineCode(context.commitSha.slice(0, 12))}` : ''} · management account ${plan.managementAccountId}</sub>`,
    },
  ];
}

/** The summary line, and what merging does: nothing while problems block apply, and only after approval. */
function headerSection(plan: Plan): CommentSection {
  const blocked = blockedLine(plan);
  const heading = blocked
    ? `## Vend plan: blocked by ${countOf(plan.problems.length, 'problem')} (${summaryLine(plan.summary)})`
    : `## Vend plan: ${summaryLine(plan.summary)}`;
  let intro: string;
  if (blocked)
    intro = `This is a preview: it approves nothing. **${blocked}** Merging as it is leaves the organization unchanged. Fix ${plan.problems.length === 1 ? 'it' : 'them'} and push a commit to re-plan; ${plan.changes.length === 0 ? 'the plan holds no other changes.' : `the ${countOf(plan.changes.length, 'change')} below ${plan.changes.length === 1 ? 'is' : 'are'} what the plan holds besides.`}`;
  else if (plan.changes.length === 0)
    intro = 'The organization already matches this branch. Merging changes nothing in AWS.';
  else
    intro =
      'This is a preview: it approves nothing. After the merge, the apply workflow plans the merge commit again and applies that plan only once a reviewer approves it in the deployment environment. Push a commit to re-plan.';
  return { keep: true, markdown: [PLAN_COMMENT_MARKER, heading, '', intro].join('\n') };
}

function problemSections(plan: Plan): CommentSection[] {
  if (plan.problems.length === 0) return [];
  const count = plan.problems.length;
  return [
    {
      keep: true,
      markdown: [
        '> [!CAUTION]',
        `> **${countOf(count, 'problem')} ${count === 1 ? 'blocks' : 'block'} apply:**`,
        ...plan.problems.map((problem) => `> - ${inlineCode(problem.target)}: ${escapeMarkdown(problem.message)}`),
      ].join('\n'),
    },
  ];
}

/**
 * Destructive and high-impact changes, set apart and never trimmed, each with its effect: who loses or gains an
 * SCP, which instances go, what a new template redeploys. A change that is both is listed as destructive.
 */
function flaggedSections(effects: readonly ChangeEffect[]): CommentSection[] {
  const destructive = effects.filter((effect) => effect.change.destructive);
  const highImpact = effects.filter((effect) => effect.change.highImpact && !effect.change.destructive);
  const sections: CommentSection[] = [];
  const pronoun = (count: number) => (count === 1 ? 'it' : 'them');
  if (destructive.length > 0) {
    sections.push({
      keep: true,
      markdown: [
        '> [!WARNING]',
        `> **${countOf(destructive.length, 'destructive change')}.** Apply carries ${pronoun(destructive.length)} out only with \`allow-destructive\`, from an approved plan that lists ${pronoun(destructive.length)}.`,
        '>',
        ...destructive.flatMap((effect) => flaggedItem(effect)),
      ].join('\n'),
    });
  }
  if (highImpact.length > 0) {
    sections.push({
      keep: true,
      markdown: [
        '> [!IMPORTANT]',
        `> **${countOf(highImpact.length, 'high-impact change')}.** ${highImpact.length === 1 ? 'It deletes' : 'They delete'} nothing but ${highImpact.length === 1 ? 'reaches' : 'reach'} far: a change at the root, new content for an SCP on more than one target, or a new template for a baseline with IAM roles or the permissions boundary. Review ${pronoun(highImpact.length)} closely; the example apply workflow asks the \`production-destructive\` environment's reviewers to approve ${pronoun(highImpact.length)}.`,
        '>',
        ...highImpact.flatMap((effect) => flaggedItem(effect)),
      ].join('\n'),
    });
  }
  return sections;
}

/** Detail lines shown under a flagged change; the full list and its diff follow in the details. */
const FLAGGED_DETAIL_LINES = 6;

function flaggedItem(effect: ChangeEffect): string[] {
  const shown = effect.details.slice(0, FLAGGED_DETAIL_LINES);
  const rest = effect.details.length - shown.length;
  const highImpact = effect.change.highImpact && effect.change.destructive ? ' _(also high impact)_' : '';
  return [
    `> - ${escapeMarkdown(effect.headline)}${highImpact}`,
    ...shown.map((line) =>
      line.startsWith('  ') ? `>     - ${escapeMarkdown(line.trim())}` : `>   - ${escapeMarkdown(line)}`,
    ),
    ...(rest > 0 ? [`>   - … ${countOf(rest, 'more line')} in the list of changes`] : []),
    ...(effect.diff ? [`>   - ${effect.diff.of} diff below`] : []),
  ];
}

function accountSections(plan: Plan): CommentSection[] {
  const sections: CommentSection[] = [];
  if (plan.accounts.length > 0)
    sections.push({ keep: false, trimRank: TRIM_RANK.accounts, markdown: accountTable(plan) });
  if (
    plan.accounts.some((account) => account.status !== 'updated' && account.status !== 'closing') ||
    plan.organizationalUnits.some((unit) => unit.isNew)
  ) {
    sections.push({
      keep: false,
      trimRank: TRIM_RANK.diagram,
      markdown: collapsed('Where accounts land in the OU tree', organizationDiagram(plan)),
    });
  }
  return sections;
}

/**
 * Every change, by resource, as Terraform lists them; GitHub colours the `+` and `-` lines of a diff block. With
 * drift on main set apart, the pull request's own changes (`whose`) are listed here and the corrections there.
 */
function listingSections(effects: readonly ChangeEffect[], whose: string): CommentSection[] {
  if (effects.length === 0) return [];
  const lines = changeListing(groupByResource(effects), 'elsewhere').map((line) => line.text);
  return [
    {
      keep: false,
      trimRank: TRIM_RANK.listing,
      markdown: collapsed(
        `${countOf(effects.length, 'change')}${whose ? ` ${whose}` : ''}, by resource`,
        fencedCode('diff', lines),
        {
          open: effects.length <= OPEN_LISTING_CHANGES,
        },
      ),
    },
  ];
}

/** SCP content diffs in full and open; template diffs cut to length and collapsed. */
function diffSections(effects: readonly ChangeEffect[]): CommentSection[] {
  return effects.flatMap((effect): CommentSection[] => {
    if (!effect.diff) return [];
    const { of, diff } = effect.diff;
    const omitted = diff.omitted > 0 ? `\n\n_… ${countOf(diff.omitted, 'more line')} of this diff not shown._` : '';
    const block = `${fencedCode('diff', diff.lines)}${omitted}`;
    if (of === 'SCP content')
      return [
        {
          keep: false,
          trimRank: TRIM_RANK.scpDiff,
          markdown: `#### ${escapeMarkdown(effect.resource)}: new content\n\n${block}`,
        },
      ];
    return [
      {
        keep: false,
        trimRank: TRIM_RANK.templateDiff,
        markdown: collapsed(
          `${effect.resource}: new template (${countOf(diff.lines.length + diff.omitted, 'line')} of diff)`,
          block,
        ),
      },
    ];
  });
}

function unmanagedSections(plan: Plan): CommentSection[] {
  if (plan.unmanagedAccounts.length === 0) return [];
  return [
    {
      keep: false,
      trimRank: TRIM_RANK.unmanaged,
      markdown: collapsed(
        `${countOf(plan.unmanagedAccounts.length, 'unmanaged account')} (in AWS, declared nowhere; vend leaves them alone)`,
        [
          '| Account | Id | Email | Parent |',
          '|---|---|---|---|',
          ...plan.unmanagedAccounts.map(
            (account) =>
              `| ${escapeMarkdown(account.name)} | ${account.id} | ${escapeMarkdown(account.email)} | ${escapeMarkdown(account.parentPath)} |`,
          ),
        ].join('\n'),
      ),
    },
  ];
}

function collapsed(summary: string, body: string, options: { open?: boolean } = {}): string {
  return `<details${options.open ? ' open' : ''}><summary>${escapeMarkdown(summary)}</summary>\n\n${body}\n\n</details>`;
}
