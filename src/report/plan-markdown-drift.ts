import { missingAccountsNote, renamedByHandNote, undoesIgnoredNote } from '../drift/pull-request-drift.js';
import type { MainDrift, MainDriftUnavailable } from '../drift/pull-request-drift.js';
import { groupByResource } from './change-effects.js';
import type { ChangeEffect } from './change-effects.js';
import { changeListing } from './change-listing.js';
import type { CommentSection } from './fit-comment.js';
import { codeSpan, escapeMarkdown, fencedCode } from './markdown-escape.js';
import { countOf } from './phrasing.js';
import { summaryLine } from './plan-text.js';
import { acceptedLines, behindNote, branchEditNote, correctionWhere, silencedLines } from './drift-phrasing.js';
import type { SilencedLine, Spelling } from './drift-phrasing.js';
import { compareText } from '../ordering.js';
import { compactDiff } from './unified-diff.js';
import { COMMENT_DIFF_LINES } from './plan-markdown.js';

const MARKDOWN: Spelling = { text: escapeMarkdown, code: codeSpan };

/** The marks the change list gives, in the same words: a correction is no less destructive for being main's. */
function flagsOf(change: { destructive?: boolean; highImpact?: boolean }): string {
  if (change.destructive) return change.highImpact ? ' _(destructive, high impact)_' : ' _(destructive)_';
  return change.highImpact ? ' _(high impact)_' : '';
}

/** Changes named in the kept part of the section; the rest of the corrections are in its listing, which may be trimmed. */
const NAMED_CORRECTIONS = 15;

/**
 * The plan comment's section on drift already on main: how many of the plan's changes are not the pull request's,
 * named, so a reviewer knows that merging also re-attaches the SCP someone detached by hand; and what drift the pull
 * request makes the repository accept instead. Its count and list are kept; the by-resource listing may be trimmed.
 */
export function mainDriftSections(
  mainDrift: MainDrift | MainDriftUnavailable,
  effects: readonly ChangeEffect[],
  trimRank: number,
  /** Where a shortened listing's details are: the job summary, or (for the summary itself) the plan file. */
  detailsIn = 'the job summary',
): CommentSection[] {
  if ('unavailable' in mainDrift)
    return [
      { keep: true, markdown: `### Drift already on main: not computed\n\n${escapeMarkdown(mainDrift.unavailable)}.` },
      ...silencedSections(mainDrift),
    ];
  const behind = mainDrift.behind ? [behindSection(mainDrift.behind)] : [];
  return [...behind, ...driftSections(mainDrift, effects, trimRank, detailsIn)];
}

function behindSection(commits: number): CommentSection {
  return { keep: true, markdown: `> [!WARNING]\n> ${escapeMarkdown(behindNote(commits))}` };
}

function driftSections(
  mainDrift: MainDrift,
  effects: readonly ChangeEffect[],
  trimRank: number,
  detailsIn: string,
): CommentSection[] {
  const { corrections, correctionSummary, alsoCorrecting, accepted } = mainDrift;
  const silenced = silencedSections(mainDrift);
  if (corrections.length === 0 && alsoCorrecting.length === 0 && accepted.length === 0)
    return [
      {
        keep: true,
        markdown:
          '### Drift already on main: none for this plan to correct\n\nNothing in this plan only undoes drift on main. Drift a plan does not undo (another team’s SCP on a declared target, a suspended account) is the nightly drift check’s to report.',
      },
      ...silenced,
    ];
  const correcting = new Set(corrections.map((change) => change.id));
  const correctionEffects = effects.filter((effect) => correcting.has(effect.change.id));
  const named = correctionEffects.slice(0, NAMED_CORRECTIONS);
  const kept = [
    corrections.length > 0
      ? `### Drift already on main: ${countOf(corrections.length, 'change')} (${summaryLine(correctionSummary, corrections)})`
      : '### Drift already on main',
    '',
    corrections.length > 0
      ? `${corrections.length === 1 ? 'This change is' : 'These changes are'} not this pull request’s: main’s own plan holds ${corrections.length === 1 ? 'it' : 'them'} too, because the organization drifted from main outside git. Merging makes ${corrections.length === 1 ? 'it' : 'them'} as well; the nightly drift issue tracks the drift.`
      : 'No change of the plan is main’s alone.',
    ...(named.length > 0
      ? [
          '',
          ...named.map(
            (effect) =>
              `- ${escapeMarkdown(`${effect.headline}${correctionWhere(effect.change)}`)}${flagsOf(effect.change)}`,
          ),
        ]
      : []),
    ...(correctionEffects.length > named.length
      ? [`- … and ${countOf(correctionEffects.length - named.length, 'more change')}, listed below`]
      : []),
    ...(missingAccountsNote(corrections)
      ? ['', `> [!WARNING]\n> ${escapeMarkdown(missingAccountsNote(corrections)!)}`]
      : []),
    ...(renamedByHandNote(mainDrift) ? ['', `> [!WARNING]\n> ${escapeMarkdown(renamedByHandNote(mainDrift)!)}`] : []),
    ...(undoesIgnoredNote(mainDrift) ? ['', `> [!WARNING]\n> ${escapeMarkdown(undoesIgnoredNote(mainDrift)!)}`] : []),
    ...(alsoCorrecting.length > 0
      ? [
          '',
          `${alsoCorrecting.length === 1 ? 'One change of this pull request also corrects' : `${alsoCorrecting.length} changes of this pull request also correct`} drift on main, along with the pull request’s own work (main’s plan holds another version of it):`,
          ...alsoCorrecting.slice(0, NAMED_CORRECTIONS).map((change) => `- ${escapeMarkdown(change.description)}`),
          ...(alsoCorrecting.length > NAMED_CORRECTIONS
            ? [`- … and ${countOf(alsoCorrecting.length - NAMED_CORRECTIONS, 'more')}`]
            : []),
        ]
      : []),
    ...acceptedMarkdown(mainDrift),
  ].join('\n');
  const sections: CommentSection[] = [{ keep: true, markdown: kept }, ...branchEditSections(mainDrift), ...silenced];
  if (correctionEffects.length > 0) {
    const groups = groupByResource(correctionEffects);
    const listing = (depth: 'elsewhere' | 'headlines', title: string) =>
      `<details><summary>${escapeMarkdown(title)}</summary>\n\n${fencedCode(
        'diff',
        changeListing(groups, depth).map((line) => line.text),
      )}\n\n</details>`;
    const title = `${countOf(correctionEffects.length, 'drift correction')}, by resource`;
    sections.push({
      keep: false,
      trimRank,
      markdown: listing('elsewhere', title),
      compact: [listing('headlines', `${title}, one line each (details trimmed to fit; see ${detailsIn})`)],
    });
  }
  return sections;
}

/**
 * Each BranchEdit's note, kept whatever the comment's length, and right below it its diff from main to the branch;
 * a loosening one gives way last among details, as the diff of a flagged change does.
 */
function branchEditSections(mainDrift: MainDrift): CommentSection[] {
  return (mainDrift.branchEdits ?? []).flatMap((edit): CommentSection[] => {
    const { caution, text, diff } = branchEditNote(edit);
    const block = (lines: readonly string[]) =>
      `<details open><summary>${escapeMarkdown(`${edit.resource}, ${edit.of}: main → this branch`)}</summary>\n\n${fencedCode('diff', lines)}\n\n</details>`;
    return [
      { keep: true, markdown: `> [!${caution ? 'CAUTION' : 'WARNING'}]\n> ${escapeMarkdown(text)}` },
      {
        keep: false,
        trimRank: caution ? 2 : 3,
        markdown: block(diff),
        compact: [block(compactDiff(diff, COMMENT_DIFF_LINES))],
      },
    ];
  });
}

/**
 * The drift the pull request makes the repository accept, worst first, under a caution when `vend drift` rates any
 * of it critical or high: no change of the plan stands for it, so this kept section is where a reviewer sees it.
 */
function acceptedMarkdown(mainDrift: MainDrift): string[] {
  const { accepted } = mainDrift;
  if (accepted.length === 0) return [];
  const { lines, caution } = acceptedLines(mainDrift, MARKDOWN);
  return [
    ...(caution
      ? ['', `> [!${caution.severity === 'critical' ? 'CAUTION' : 'WARNING'}]\n> ${escapeMarkdown(caution.text)}`]
      : []),
    '',
    mainDrift.behind
      ? `This branch's plan lacks ${countOf(accepted.length, 'difference')} from main's plan: main's newer commits this branch does not have, which merging keeps, or drift the branch accepts:`
      : `This pull request also makes the repository accept ${countOf(accepted.length, 'difference')} from main’s plan, which merging leaves as the organization has ${accepted.length === 1 ? 'it' : 'them'}:`,
    ...lines.slice(0, NAMED_CORRECTIONS).map((line) => `- ${line}`),
    ...(lines.length > NAMED_CORRECTIONS ? [`- … and ${countOf(lines.length - NAMED_CORRECTIONS, 'more')}`] : []),
  ];
}

/**
 * The `ignore:` entries the pull request adds or changes. They change nothing in AWS, so no change of the plan shows
 * them, yet merging silences findings, critical ones among them: kept beside the plan's problems. Short of room,
 * the reasons shorten, then the entries that silence nothing critical give way to counts by kind, before any
 * flagged change does (trimRank): padding this section with harmless entries must not push the changes a reviewer
 * turns on, nor the critical entry among the harmless ones, out of the comment.
 */
function silencedSections(mainDrift: Pick<MainDrift, 'silenced'>): CommentSection[] {
  if (!mainDrift.silenced || mainDrift.silenced.length === 0) return [];
  const { headline, critical, lines } = silencedLines(mainDrift.silenced, Infinity, MARKDOWN);
  const render = (shown: readonly SilencedLine[], others: readonly SilencedLine[]) =>
    [
      `### Drift this pull request ignores`,
      '',
      ...(critical > 0
        ? [
            `> [!WARNING]\n> ${critical === 1 ? 'One entry silences' : `${critical} entries silence`} critical findings (or a finding id, which may be critical): a detached guardrail SCP, say, would no longer open or keep the drift issue.`,
            '',
          ]
        : []),
      `${escapeMarkdown(headline)}.`,
      '',
      ...shown.map((line) => `- ${line.text}`),
      ...(others.length > 0
        ? [
            `- … and ${countOf(others.length, 'entry', 'entries')} that silence${others.length === 1 ? 's' : ''} no critical finding: ${escapeMarkdown(countsByKind(others))}, each at its line of baselines/organization.yaml`,
          ]
        : []),
    ].join('\n');
  const short = silencedLines(mainDrift.silenced, SHORT_REASON, MARKDOWN).lines;
  return [
    {
      keep: true,
      trimRank: 1,
      markdown: render(lines, []),
      compact: [
        render(short, []),
        render(
          short.filter((line) => line.critical),
          short.filter((line) => !line.critical),
        ),
      ],
    },
  ];
}

/** How long a reason stays, in characters, when the comment is short of room. */
const SHORT_REASON = 120;

function countsByKind(lines: readonly SilencedLine[]): string {
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(line.kind, (counts.get(line.kind) ?? 0) + 1);
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || compareText(a, b))
    .map(([kind, count]) => `${count} ${kind}`)
    .join(', ');
}
