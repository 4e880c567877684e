import type { BootstrapFileChange } from '../config/bootstrap-template.js';
import { NAMED_UNDECLARED_INSTANCES, undeclaredInstanceLines } from './undeclared-instances.js';
import type { MainDrift, MainDriftUnavailable } from '../drift/pull-request-drift.js';
import { correctionIds, problemsOnMain } from '../drift/pull-request-drift.js';
import { CHANGE_KINDS } from '../plan/plan.js';
import type { Plan } from '../plan/plan.js';
import { describeChanges, groupByResource } from './change-effects.js';
import type { ChangeEffect } from './change-effects.js';
import { changeListing } from './change-listing.js';
import { changeKindCounts } from './change-kind-nouns.js';
import { JOB_SUMMARY_LIMIT_BYTES, fitComment, utf8Bytes } from './fit-comment.js';
import type { CommentSection } from './fit-comment.js';
import { escapeMarkdown, fencedCode, inlineCode } from './markdown-escape.js';
import { COMPACT_LINE_LENGTH, compactDiff } from './unified-diff.js';
import { countOf, unreadOwnershipNote } from './phrasing.js';
import { accountTable, organizationDiagram } from './plan-markdown-accounts.js';
import { mainDriftSections } from './plan-markdown-drift.js';
import { bootstrapNotice, UNREAD_OVERRIDES } from './plan-text.js';
import { COMPACT_PROBLEMS, headerSection, problemSections } from './plan-markdown-header.js';
import { flaggedSections, listedIn } from './plan-markdown-flagged.js';

export interface PlanReportContext {
  /** The commit the plan was computed from. */
  commitSha?: string;
  /** Markdown of a guardrail proof run, shown collapsed. */
  guardrailReport?: string;
  /** A pull request's plan against main's: the changes that only correct drift already on main, set apart. */
  mainDrift?: MainDrift | MainDriftUnavailable;
  /** How the pull request changes the bootstrap template (`changed`, `added`, `removed`, or why it was refused). */
  bootstrapChange?: readonly BootstrapFileChange[];
  /** Warnings for settings the pull request changes that no plan change stands for (settingNotices). */
  settingNotices?: readonly string[];
  /**
   * The plan is the one an apply job carries out once a reviewer approves it (the default branch's plan job, which
   * saves the plan file), not a pull request's preview: the header says so.
   */
  forApproval?: boolean;
  /** The plan job's plan, which its apply job is sure to refuse (another ref, a branch moved on): why. */
  notForApproval?: string;
}

/**
 * When the PR comment is too long, each SCP or template diff is first cut to this many lines (its compact
 * rendering); the job summary shows it whole. A diff that fits is never cut: padding a template with harmless
 * lines must not push the change that matters out of sight.
 */
export const COMMENT_DIFF_LINES = 120;

/** The sticky PR comment: what is never trimmed first, then the details, within GitHub's limit. */
export function renderPlanComment(plan: Plan, context: PlanReportContext = {}): string {
  return fitComment(planSections(plan, context, COMMENT_DIFF_LINES));
}

/**
 * The plan for the job summary: the comment's sections with whole diffs, within GitHub's 1 MiB for a step's
 * summary, for the plan file (its artifact) holds every change anyway.
 */
export function renderPlanSummary(plan: Plan, context: PlanReportContext = {}): string {
  const sections = planSections(plan, context, Infinity);
  // The reviewer approves from this page; a plan padded past the limit must not pass a trimmed diff off as whole.
  if (utf8Bytes(sections.map((section) => section.markdown).join('\n\n')) > JOB_SUMMARY_LIMIT_BYTES)
    sections.splice(1, 0, {
      keep: true,
      markdown: `> [!WARNING]\n> This plan is longer than GitHub's job summary allows, so details and diffs below are trimmed. Read the whole plan in the plan file (the plan artifact)${context.forApproval ? ' before approving' : ''}.`,
    });
  return fitComment(sections, {
    limit: JOB_SUMMARY_LIMIT_BYTES,
    measure: utf8Bytes,
    limitOf: 'job summary',
    seeAlso: 'the plan file (`vend plan --format json`, or the plan artifact)',
  });
}

/** Change lists up to this long are shown open; longer ones collapsed, behind their count. */
const OPEN_LISTING_CHANGES = 25;

/**
 * Detail sections give way highest first, every one to its short rendering before any goes. The diff of a
 * destructive or high-impact change goes after every other detail but the list of changes, which goes last: the
 * diff is what a reviewer approves, and the list is where every change shows.
 */
const TRIM_RANK = {
  diagram: 8,
  unmanaged: 7,
  accounts: 6,
  templateDiff: 5,
  guardrails: 5,
  scpDiff: 4,
  flaggedTemplateDiff: 3,
  listing: 2,
  // The diff of a destructive or high-impact SCP change is what its review turns on, and a policy is at most a few
  // hundred lines: it comes back before the list of changes. A flagged template's diff, which padding can make as
  // long as the comment, comes after it; the flagged section above summarizes what that template adds and trusts.
  flaggedScpDiff: 1,
};

/**
 * The comment as sections, in reading order: the summary and what blocks or endangers apply (kept whole), then
 * the accounts, the OU tree, every change by resource with its effect, the diffs, and the rest. The job summary
 * joins them all; the comment trims the details to fit. Each section comes from one function here, so another
 * (drift, say) is one more entry in the list.
 */
export function planSections(plan: Plan, context: PlanReportContext, diffLines = Infinity): CommentSection[] {
  const effects = describeChanges(plan);
  const corrections = correctionIds(context.mainDrift);
  // Where the details a shortened list leaves out are: the job summary has them, and for the summary the plan file.
  const detailsIn = diffLines === Infinity ? 'the plan file' : 'the job summary';
  return [
    headerSection(plan, context),
    ...problemSections(plan, problemsOnMain(context.mainDrift), listedIn(diffLines)),
    ...bootstrapSections(context.bootstrapChange),
    ...(context.settingNotices ?? []).map((notice) => ({
      keep: true,
      markdown: ['> [!WARNING]', `> ${escapeMarkdown(notice)}`].join('\n'),
    })),
    // The comment may have no room left for a diff; the job summary has every one.
    ...flaggedSections(
      effects,
      corrections,
      diffLines === Infinity ? 'below' : 'below, or in the job summary',
      listedIn(diffLines),
      plan.noEchoParameters,
    ),
    ...ownedUndeclaredSections(plan),
    ...undeclaredInstanceSections(plan),
    ...(context.mainDrift ? mainDriftSections(context.mainDrift, effects, TRIM_RANK.listing, detailsIn) : []),
    ...accountSections(plan),
    ...listingSections(
      effects.filter((effect) => !corrections.has(effect.change.id)),
      corrections.size > 0 ? 'of this pull request' : '',
      detailsIn,
    ),
    ...diffSections(effects, diffLines),
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
      footer: true,
      // The one thing plan does not read, said wherever the plan is: with no changes, the header says it.
      markdown: `<sub>Plan digest ${inlineCode(plan.digest)}${context.commitSha ? ` · commit ${inlineCode(context.commitSha.slice(0, 12))}` : ''} · management account ${plan.managementAccountId}${plan.changes.length > 0 || plan.problems.length > 0 ? ` · ${UNREAD_OVERRIDES}` : ''}</sub>`,
    },
  ];
}

/**
 * The accounts table's own cut (CommentSection.cut): the most whole rows that fit `budget`, the others counted, or
 * undefined when not one row fits. A table cut at a line could keep its header and no row at all.
 */
export function accountTableCut(plan: Plan): NonNullable<CommentSection['cut']> {
  return (budget, measure) => {
    let fits = 0;
    for (let low = 1, high = plan.accounts.length - 1; low <= high;) {
      const middle = Math.floor((low + high) / 2);
      if (measure(accountTable(plan, middle)) <= budget) [fits, low] = [middle, middle + 1];
      else high = middle - 1;
    }
    return fits > 0 ? accountTable(plan, fits) : undefined;
  };
}

function accountSections(plan: Plan): CommentSection[] {
  const sections: CommentSection[] = [];
  if (plan.accounts.length > 0)
    sections.push({
      keep: false,
      trimRank: TRIM_RANK.accounts,
      name: 'the accounts table',
      markdown: accountTable(plan),
      cut: accountTableCut(plan),
    });
  if (
    plan.accounts.some((account) => !['updated', 'closing', 'reached'].includes(account.status)) ||
    plan.organizationalUnits.some((unit) => unit.isNew)
  ) {
    sections.push({
      keep: false,
      trimRank: TRIM_RANK.diagram,
      name: 'the OU tree',
      markdown: collapsed('Where accounts land in the OU tree', organizationDiagram(plan)),
      // A Mermaid tree cut short renders as a whole, smaller tree: it is shown whole or not at all.
      cut: () => undefined,
    });
  }
  return sections;
}

/**
 * Every change, by resource, as Terraform lists them; GitHub colours the `+` and `-` lines of a diff block. With
 * drift on main set apart, the pull request's own changes (`whose`) are listed here and the corrections there.
 * When the details do not fit, one line per change, so no change drops out of the comment before every detail has.
 */
function listingSections(effects: readonly ChangeEffect[], whose: string, detailsIn: string): CommentSection[] {
  if (effects.length === 0) return [];
  const groups = groupByResource(effects);
  const changes = `${countOf(effects.length, 'change')}${whose ? ` ${whose}` : ''}`;
  const listing = (lines: readonly string[], title: string, after = '') =>
    collapsed(title, [...(lines.length > 0 ? [fencedCode('diff', lines)] : []), after].filter(Boolean).join('\n\n'), {
      open: effects.length <= OPEN_LISTING_CHANGES,
    });
  const headlines = groups.map((group) => changeListing([group], 'headlines').map((line) => line.text));
  const firstHeadlines = (shown: number) =>
    headlines.slice(0, shown).flatMap((lines, index) => (index === 0 ? lines : ['', ...lines]));
  // The first `shown` resources whole, one line per change, and the changes of the rest counted by kind.
  // StackSet changes, a few that may each reach thousands of accounts, are named; the rest counted by kind.
  const NAMED_LEFT = 5;
  const firstResources = (shown: number): string => {
    const left = groups.slice(shown).flatMap((group) => group.effects);
    const stackSets = left.filter(({ change }) => change.target.startsWith('stackset:'));
    const named = stackSets.length <= NAMED_LEFT ? stackSets : [];
    const counted = left.filter((effect) => !named.includes(effect)).map(({ change }) => change.kind);
    const parts = [
      ...(counted.length > 0 ? [changeKindCounts(counted)] : []),
      ...named.map(({ headline }) => inlineCode(headline)),
    ];
    return listing(
      firstHeadlines(shown),
      `${changes}, by resource, ${shown === 0 ? 'not listed' : `the first ${countOf(effects.length - left.length, 'change')} one line each`} (trimmed to fit; see ${detailsIn})`,
      `_… ${countOf(left.length, 'more change')} not shown: ${parts.join('; ')}; see ${detailsIn}._`,
    );
  };
  return [
    {
      keep: false,
      trimRank: TRIM_RANK.listing,
      markdown: listing(
        changeListing(groups, 'elsewhere').map((line) => line.text),
        `${changes}, by resource`,
      ),
      compact: [
        listing(
          firstHeadlines(groups.length),
          `${changes}, by resource, one line each (details trimmed to fit; see ${detailsIn})`,
        ),
      ],
      // Whole resources only: a cut that leaves a resource's heading, or half its changes, misleads a reviewer.
      cut: (budget, measure) => {
        let [fits, tooMany] = [-1, groups.length];
        while (tooMany - fits > 1) {
          const middle = Math.floor((fits + tooMany) / 2);
          if (measure(firstResources(middle)) <= budget) fits = middle;
          else tooMany = middle;
        }
        return fits < 0 ? undefined : firstResources(fits);
      },
    },
  ];
}

/**
 * SCP content diffs open, template diffs collapsed; whole, with a rendering cut after `maxLines` lines that stands
 * in when the comment is too long. The SCP diff of a destructive or high-impact change gives way last.
 */
function diffSections(effects: readonly ChangeEffect[], maxLines: number): CommentSection[] {
  return effects.flatMap((effect): CommentSection[] => {
    if (!effect.diff) return [];
    const { of, diff } = effect.diff;
    // The short rendering keeps every change with its context, each hunk its share (unified-diff.ts, compactDiff).
    const block = (lines: string[]) =>
      lines === diff.lines
        ? fencedCode('diff', lines)
        : `${fencedCode('diff', lines)}\n\n_Cut to its changes (${countOf(diff.lines.length, 'line')} of diff in all); the job summary has it whole._`;
    const renderings = (render: (text: string) => string) => ({
      markdown: render(block(diff.lines)),
      ...(diff.lines.length > maxLines || diff.lines.some((line) => line.length > COMPACT_LINE_LENGTH)
        ? { compact: [render(block(compactDiff(diff.lines, maxLines, diff.important)))] }
        : {}),
      // Cut to the room left, still as compactDiff cuts (each hunk its share) and saying so inside its block, as
      // the compact rendering does: a diff cut at an arbitrary line would read as the whole change.
      cut: (budget: number, measure: (text: string) => number) => {
        let [fits, tooMany] = [0, Math.min(maxLines, diff.lines.length)];
        const at = (lines: number) => render(block(compactDiff(diff.lines, lines, diff.important)));
        if (measure(at(fits)) > budget) return undefined;
        while (tooMany - fits > 1) {
          const middle = Math.floor((fits + tooMany) / 2);
          if (measure(at(middle)) <= budget) fits = middle;
          else tooMany = middle;
        }
        return at(fits);
      },
    });
    const flagged = effect.change.destructive === true || effect.change.highImpact === true;
    if (of === 'SCP content') {
      return [
        {
          keep: false,
          trimRank: flagged ? TRIM_RANK.flaggedScpDiff : TRIM_RANK.scpDiff,
          ...renderings((text) => `#### ${escapeMarkdown(effect.resource)}: new content\n\n${text}`),
        },
      ];
    }
    return [
      {
        keep: false,
        trimRank: flagged ? TRIM_RANK.flaggedTemplateDiff : TRIM_RANK.templateDiff,
        ...renderings((text) =>
          collapsed(
            `${effect.resource}: ${effect.change.kind === CHANGE_KINDS.createStackSet ? 'template' : 'new template'} (${countOf(diff.lines.length, 'line')} of diff)`,
            text,
          ),
        ),
      },
    ];
  });
}

/**
 * A pull request that edits the bootstrap template changes the roles vend runs as, though the plan has no change
 * for it: vend never deploys that stack. Kept, beside the problems, so no reviewer approves it unseen.
 */
function bootstrapSections(change: readonly BootstrapFileChange[] | undefined): CommentSection[] {
  if (!change?.length) return [];
  return [{ keep: true, markdown: bootstrapWarning(change) }];
}

/** The bootstrap warning as markdown, or '' when the pull request leaves baselines/bootstrap/ alone. */
export function bootstrapWarning(changes: readonly BootstrapFileChange[]): string {
  return changes.length > 0 ? ['> [!WARNING]', `> ${escapeMarkdown(bootstrapNotice(changes))}`].join('\n') : '';
}

/**
 * Vend's accounts that no manifest declares, kept with the problems: deleting a manifest closes nothing, and a new
 * account in the same plan may be one of these with its email and name changed, which would make a second one.
 */
function ownedUndeclaredSections(plan: Plan): CommentSection[] {
  const owned = plan.unmanagedAccounts.filter((account) => account.ownedByVend);
  if (owned.length === 0) return [];
  const render = (shown: number) =>
    [
      '> [!WARNING]',
      `> **${countOf(owned.length, 'account')} tagged \`ManagedBy: vend\` ${owned.length === 1 ? 'is' : 'are'} declared by no manifest.** Vend leaves ${owned.length === 1 ? 'it' : 'them'} alone: deleting a manifest closes nothing. If a new account in this plan is one of these with its email and name changed, don't merge: a second account would be created. Put the manifest back (with \`closed: true\` to close it), or remove the tag to give it up.`,
      ...owned
        .slice(0, shown)
        .map(
          (account) =>
            `> - ${escapeMarkdown(account.name)} (${account.id}, ${escapeMarkdown(account.email)}) in ${escapeMarkdown(account.parentPath)}`,
        ),
      ...(owned.length > shown ? [`> - … and ${owned.length - shown} more, listed in the plan file`] : []),
    ].join('\n');
  return [
    {
      keep: true,
      markdown: render(owned.length),
      ...(owned.length > COMPACT_PROBLEMS ? { compact: [render(COMPACT_PROBLEMS)] } : {}),
    },
  ];
}

/**
 * Vend's stack instances in accounts no manifest declares: kept, as a warning, when the management account holds
 * one (roles no SCP limits); otherwise a detail that gives way with the unmanaged accounts.
 */
function undeclaredInstanceSections(plan: Plan): CommentSection[] {
  const instances = plan.undeclaredInstances;
  if (!instances) return [];
  const management = instances.some((instance) => instance.management);
  const render = (shown: number) => {
    const { heading, lines } = undeclaredInstanceLines(instances, shown);
    const body = lines.map((line) => `- ${escapeMarkdown(line)}`);
    return management
      ? ['> [!WARNING]', `> **${escapeMarkdown(heading)}**`, ...body.map((line) => `> ${line}`)].join('\n')
      : collapsed(heading, body.join('\n'));
  };
  return [
    {
      keep: management,
      trimRank: TRIM_RANK.unmanaged,
      markdown: render(NAMED_UNDECLARED_INSTANCES),
      compact: [render(0)],
    },
  ];
}

function unmanagedSections(plan: Plan): CommentSection[] {
  const unmanaged = plan.unmanagedAccounts.filter((account) => !account.ownedByVend);
  if (unmanaged.length === 0) return [];
  const render = (shown: number) =>
    collapsed(
      `${countOf(unmanaged.length, 'unmanaged account')} (in AWS, declared nowhere; vend moves, tags and closes none of them)`,
      [
        ...(unmanaged.some((account) => account.ownedByVend === undefined)
          ? [`${unreadOwnershipNote(unmanaged)}\n`]
          : []),
        '| Account | Id | Email | Parent |',
        '|---|---|---|---|',
        ...unmanaged
          .slice(0, shown)
          .map(
            (account) =>
              `| ${escapeMarkdown(account.name)}${account.status ? ` (${account.status})` : ''} | ${account.id} | ${escapeMarkdown(account.email)} | ${escapeMarkdown(account.parentPath)} |`,
          ),
        ...(unmanaged.length > shown
          ? [`\n… and ${unmanaged.length - shown} more (vend plan --format json lists every one).`]
          : []),
      ].join('\n'),
    );
  return [
    {
      keep: false,
      trimRank: TRIM_RANK.unmanaged,
      markdown: render(unmanaged.length),
      // Short first: an organization's hundreds of other accounts must not take the room of a change's own detail.
      ...(unmanaged.length > UNMANAGED_SHOWN_SHORT ? { compact: [render(UNMANAGED_SHOWN_SHORT)] } : {}),
    },
  ];
}

/** Unmanaged accounts a short comment still names, before it counts the rest. */
const UNMANAGED_SHOWN_SHORT = 20;

function collapsed(summary: string, body: string, options: { open?: boolean } = {}): string {
  return `<details${options.open ? ' open' : ''}><summary>${escapeMarkdown(summary)}</summary>\n\n${body}\n\n</details>`;
}
