import { DRIFT_KINDS, DRIFT_SEVERITIES } from '../drift/drift-kinds.js';
import type { DriftSeverity } from '../drift/drift-kinds.js';
import type { DriftFinding, DriftReport, IgnoredFinding } from '../drift/drift-report.js';
import {
  changedByLine,
  ignoreExpiredLine,
  DIFF_DETAILS,
  detailsLabel,
  shownDetails,
  driftAsideLine,
  driftHeadline,
  notCheckedCount,
  notCheckedLines,
  shortened,
} from './drift-phrasing.js';
import { fitComment } from './fit-comment.js';
import type { CommentSection } from './fit-comment.js';
import { escapeMarkdown, fencedCode, codeSpan } from './markdown-escape.js';
import { countOf, formatCount, listNames } from './phrasing.js';

/** The hidden marker the drift issue carries, with its author, so the check finds its own issue again. */
export const DRIFT_ISSUE_MARKER = '<!-- vend:drift -->';

export interface DriftReportContext {
  /** The workflow run that checked, for a link. */
  runUrl?: string;
  /**
   * The issue's hidden state (drift-issue.ts), longest first: smaller ones stand in when the body would otherwise
   * cut its critical findings.
   */
  state?: string[];
  /** Labels of earlier findings this run could not check again; they stay open (see unverifiedFindings). */
  unverified?: string[];
  /** Their severities, in the same order: counted beside this run's findings. */
  unverifiedSeverities?: DriftSeverity[];
  /** Labels of earlier findings not checked again that ignore: entries now cover: listed with the ignored ones. */
  ignoredUnverified?: string[];
  /** Their kinds' severities, in the same order: counted with the ignored findings. */
  ignoredUnverifiedSeverities?: DriftSeverity[];
  /** Where every finding is in full, when not in the job summary (the summary itself says the step log). */
  everyFindingIn?: string;
  /** Apply runs not finished when drift checked, as `status: url` (GitHub's html_url of the run). */
  applying?: string[];
}

/**
 * Higher gives way first when the issue body is too long: low and info findings before medium, medium before
 * high; what was not checked and the ignored findings go last among the details. The summary and the critical
 * findings are kept.
 */
const TRIM_RANK: Record<Exclude<DriftSeverity, 'critical'>, number> = { info: 6, low: 5, medium: 4, high: 3 };
const TRIM_RANK_NOT_CHECKED = 2;
const TRIM_RANK_IGNORED = 1;

/** The drift issue's body: within GitHub's limit, never without its summary or its critical findings. */
export function renderDriftIssueBody(report: DriftReport, context: DriftReportContext = {}): string {
  return fitComment(driftSections(report, context), {
    seeAlso: context.runUrl ? 'the job summary of the workflow run that checked' : 'the output of `vend drift`',
  });
}

/**
 * The report as sections, in reading order: the marker and summary, the state, the critical findings (kept whole),
 * then each other severity, the ignored findings and what was not checked. The job summary joins them all.
 */
export function driftSections(report: DriftReport, context: DriftReportContext): CommentSection[] {
  const [state, ...smallerStates] = context.state ?? [];
  // A workflow run has a job summary; a terminal has only vend's own outputs.
  const everyOneIn =
    context.everyFindingIn ??
    (context.runUrl
      ? 'the job summary of this run, and in `vend drift --format json`'
      : 'the output of `vend drift --format text` or `--format json`');
  const sections: CommentSection[] = [
    { keep: true, markdown: header(report, context) },
    // Kept, and the first kept section to shrink: to its smallest state before a critical finding loses a line.
    ...(state ? [{ keep: true, trimRank: 1, markdown: state, compact: smallerStates }] : []),
  ];
  for (const severity of DRIFT_SEVERITIES) {
    const findings = report.findings.filter((finding) => finding.severity === severity);
    if (findings.length === 0) continue;
    const heading = `### ${capitalized(severity)} (${formatCount(findings.length)})`;
    const markdown = [heading, '', ...findings.map((finding) => findingItem(finding))].join('\n');
    sections.push(
      severity === 'critical'
        ? // Hundreds of critical findings shrink to one line each, then to counts by kind, but never go.
          { keep: true, markdown, compact: criticalCompact(heading, findings, everyOneIn) }
        : { keep: false, trimRank: TRIM_RANK[severity], markdown },
    );
  }
  const unverified = context.unverified ?? [];
  if (unverified.length > 0)
    sections.push({
      keep: true,
      markdown: [
        `### Not checked again (${formatCount(unverified.length)})`,
        '',
        `${unverified.length === 1 ? 'This finding' : 'These findings'} of an earlier check could not be checked this time (see what was not checked, below), so ${unverified.length === 1 ? 'it stays' : 'they stay'} open until a check sees ${unverified.length === 1 ? 'it' : 'them'} gone:`,
        ...unverified.map((label) => `- ${escapeMarkdown(label)}`),
      ].join('\n'),
    });
  // An ignored critical finding is a guardrail that does not hold: in plain sight, kept, never collapsed.
  const ignoredCritical = report.ignored.filter((finding) => finding.severity === 'critical');
  const ignoredOther = report.ignored.filter((finding) => finding.severity !== 'critical');
  if (ignoredCritical.length > 0) {
    const render = (lines: string[], closing?: string) =>
      [
        `### Critical, ignored (${formatCount(ignoredCritical.length)})`,
        '',
        'Held back by ignore: in baselines/organization.yaml until each entry expires; still not as main declares.',
        ...lines,
        ...(closing ? ['', closing] : []),
      ].join('\n');
    sections.push({
      keep: true,
      // They shrink before the state and the critical findings that are not ignored: an entry's long reason, repeated
      // for each finding it holds back, must never push a guardrail newly lost out of the issue.
      trimRank: 2,
      markdown: render(ignoredCritical.map((finding) => ignoredItem(finding))),
      compact: [
        render(ignoredCritical.map((finding) => ignoredItem(finding, SHORT_REASON))),
        render(ignoredCritical.map((finding) => ignoredItem(finding, 0))),
        render(countsByEntry(ignoredCritical), `_Each one in full in ${everyOneIn}._`),
      ],
    });
  }
  if (ignoredOther.length > 0)
    sections.push({
      keep: false,
      trimRank: TRIM_RANK_IGNORED,
      markdown: collapsed(
        `${countOf(ignoredOther.length, 'ignored finding')} (ignore: in baselines/organization.yaml)`,
        ignoredOther.map((finding) => ignoredItem(finding)).join('\n'),
      ),
    });
  const ignoredUnverified = context.ignoredUnverified ?? [];
  if (ignoredUnverified.length > 0)
    sections.push({
      keep: false,
      trimRank: TRIM_RANK_IGNORED,
      markdown: collapsed(
        `${countOf(ignoredUnverified.length, 'ignored finding')} of an earlier check, not checked again (ignore: in baselines/organization.yaml)`,
        ignoredUnverified.map((label) => `- ${escapeMarkdown(label)}`).join('\n'),
      ),
    });
  if (report.notChecked.length > 0)
    sections.push({
      keep: false,
      trimRank: TRIM_RANK_NOT_CHECKED,
      markdown: collapsed(
        `${notCheckedCount(report.notChecked)} not made (reported, not drift)`,
        notCheckedLines(report.notChecked)
          .map((line) => `- ${escapeMarkdown(line)}`)
          .join('\n'),
      ),
    });
  sections.push({
    keep: true,
    footer: true,
    markdown: `<sub>Compared with commit ${report.commit ? codeSpan(report.commit.slice(0, 12)) : '(none)'}${report.uncommittedChanges ? ' and the uncommitted changes to accounts/ and baselines/' : ''} at ${report.checkedAt} · management account ${report.managementAccountId}</sub>`,
  });
  return sections;
}

function header(report: DriftReport, context: DriftReportContext): string {
  const aside = driftAsideLine(report, context.ignoredUnverifiedSeverities ?? []);
  const unverified = context.unverifiedSeverities ?? [];
  const ignored = report.ignored.length + (context.ignoredUnverified ?? []).length;
  const run = context.runUrl ? ` ([workflow run](${context.runUrl}))` : '';
  const carriedCount = (context.unverified ?? []).length;
  const intro =
    report.findings.length === 0 && carriedCount > 0
      ? `${carriedCount === 1 ? 'An earlier finding' : `${carriedCount} earlier findings`} could not be checked again and ${carriedCount === 1 ? 'stays' : 'stay'} open until a check sees ${carriedCount === 1 ? 'it' : 'them'} gone (listed below); nothing else differs in what was checked against the repository${report.commit ? ` at ${codeSpan(report.commit.slice(0, 12))}` : ''}${run}.`
      : report.findings.length === 0
        ? report.notChecked.length > 0 || ignored > 0
          ? `No drift in what was checked against the repository${report.commit ? ` at ${codeSpan(report.commit.slice(0, 12))}` : ''}${run}; ${[
              ignored > 0 ? `${countOf(ignored, 'finding')} ignored` : '',
              report.notChecked.length > 0 ? 'some parts not checked' : '',
            ]
              .filter(Boolean)
              .join(' and ')}, listed below.`
          : `The organization matches the repository${report.commit ? ` at ${codeSpan(report.commit.slice(0, 12))}` : ''}${run}.`
        : `The organization differs from the repository${report.commit ? ` at ${codeSpan(report.commit.slice(0, 12))}` : ''}${run}. Each finding says what apply does about it (run the apply workflow on the default branch, and approve its plan) and the edit that would make the repository accept it instead. Vend updates this issue on every check, and closes it when nothing is left.`;
  const counts = [
    '| Severity | Findings |',
    '|---|---|',
    ...DRIFT_SEVERITIES.map((severity) => {
      const carried = unverified.filter((other) => other === severity).length;
      return `| ${severity} | ${report.summary[severity]}${carried > 0 ? ` + ${carried} not checked again` : ''} |`;
    }),
  ].join('\n');
  return [
    DRIFT_ISSUE_MARKER,
    `## Vend drift: ${driftHeadline(report, { unverified: (context.unverified ?? []).length, ignoredUnverified: context.ignoredUnverifiedSeverities ?? [] })}`,
    '',
    intro,
    ...(aside ? ['', `_${escapeMarkdown(aside)}._`] : []),
    ...applyingNote(context.applying ?? []),
    ...(report.findings.length > 0 || unverified.length > 0 ? ['', counts] : []),
  ].join('\n');
}

/** Findings an unfinished apply corrects may be merged changes it has not made yet, not changes made by hand. */
function applyingNote(applying: readonly string[]): string[] {
  if (applying.length === 0) return [];
  const runs = applying.map((run) => escapeMarkdown(run)).join(', ');
  return [
    '',
    `> [!NOTE]\n> ${applying.length === 1 ? 'An apply run was' : `${applying.length} apply runs were`} not finished when drift checked (${runs}). Findings that apply corrects may be changes merged to main that it has not made yet; they clear once it has run.`,
  ];
}

/**
 * How many critical findings of one kind stay listed one line each when the rest of the kind is counted: the most
 * that fits, halving or so, so that 600 detached SCPs name the hundreds there is room for, not three.
 */
const CRITICAL_LISTED_PER_KIND = [1000, 500, 250, 100, 50, 25, 10];

/**
 * Shorter renderings of the critical findings: each whole but its details (diffs) cut, then left out; one line each;
 * then one line each for the kinds with few findings, and the first of the others' with a count of the rest, fewer at
 * each step, so a detached guardrail stays named beside 2,500 accounts gone; then how many of each kind, with its
 * first targets. `everyOneIn` is where each is in full.
 */
function criticalCompact(heading: string, findings: readonly DriftFinding[], everyOneIn: string): string[] {
  const title = (finding: DriftFinding) => DRIFT_KINDS[finding.kind].title;
  const byKind = new Map<string, DriftFinding[]>();
  for (const finding of findings) byKind.set(title(finding), [...(byKind.get(title(finding)) ?? []), finding]);
  const line = (finding: DriftFinding) =>
    `- **${escapeMarkdown(title(finding))}** ${codeSpan(finding.target)} · id ${codeSpan(finding.id)}`;
  const counted = (kind: string, ofKind: readonly DriftFinding[]) =>
    `- ${formatCount(ofKind.length)} × **${escapeMarkdown(kind)}**: ${listNames(
      ofKind.map((finding) => codeSpan(finding.target)),
      3,
    )}`;
  const rendering = (lines: string[], closing: string) => [heading, '', ...lines, '', closing].join('\n');
  const largest = Math.max(...[...byKind.values()].map((ofKind) => ofKind.length));
  const mixed = CRITICAL_LISTED_PER_KIND.filter((most) => largest > most).map((most) =>
    rendering(
      [...byKind].flatMap(([kind, ofKind]) =>
        ofKind.length <= most
          ? ofKind.map(line)
          : [
              ...ofKind.slice(0, most).map(line),
              `- … and ${formatCount(ofKind.length - most)} more **${escapeMarkdown(kind)}** (${formatCount(ofKind.length)} in all)`,
            ],
      ),
      `_Kinds with more than ${formatCount(most)} findings list their first ${formatCount(most)}: each one is in ${everyOneIn}._`,
    ),
  );
  // Each finding's restore and accept stay longest: a reviewer acts on them; the diffs give way first.
  const hasDetails = findings.some((finding) => shownDetails(finding).length > 0);
  return [
    ...(hasDetails
      ? [
          rendering(
            findings.map((finding) => findingItem(finding, SHORT_DETAILS)),
            `_Diffs cut to ${SHORT_DETAILS} lines to fit: each in full in ${everyOneIn}._`,
          ),
          rendering(
            findings.map((finding) => findingItem(finding, 0)),
            `_Diffs left out to fit: each in full in ${everyOneIn}._`,
          ),
        ]
      : []),
    rendering(findings.map(line), `_Each one in full in ${everyOneIn}._`),
    ...mixed,
    rendering(
      [...byKind].map(([kind, ofKind]) => counted(kind, ofKind)),
      `_Too many to list here: each one is in ${everyOneIn}._`,
    ),
  ];
}

/** Diff lines a critical finding keeps when the issue is short of room, before it keeps none. */
const SHORT_DETAILS = 20;

/**
 * One finding with what happened, its restore and accept, and its details (a diff) cut to `detailLines` lines (a
 * note says how many more), or left out at 0.
 */
function findingItem(finding: DriftFinding, detailLines = Infinity): string {
  const all = shownDetails(finding);
  const details =
    all.length > detailLines && detailLines > 0
      ? [...all.slice(0, detailLines), `… ${countOf(all.length - detailLines, 'more line')}`]
      : detailLines > 0
        ? all
        : [];
  return [
    `- **${escapeMarkdown(DRIFT_KINDS[finding.kind].title)}** ${codeSpan(finding.target)} · first seen ${finding.firstSeen} · id ${codeSpan(finding.id)}`,
    `  - expected: ${escapeMarkdown(finding.expected)}`,
    `  - actual: ${escapeMarkdown(finding.actual)}`,
    `  - restore: ${escapeMarkdown(finding.restore)}`,
    `  - accept: ${escapeMarkdown(finding.accept)}`,
    ...(finding.changedBy ? [`  - changed: ${escapeMarkdown(changedByLine(finding.changedBy))}`] : []),
    ...(finding.ignoreExpired ? [`  - ${ignoreExpiredLine(finding.ignoreExpired)}`] : []),
    ...(details.length > 0
      ? [indent(collapsed(detailsLabel(finding), fencedCode(DIFF_DETAILS.has(finding.kind) ? 'diff' : '', details)))]
      : []),
  ].join('\n');
}

/** How long an ignored finding's reason stays, in characters, when the issue is short of room: as in a PR plan. */
const SHORT_REASON = 120;

/** One ignored finding, its entry's reason cut to `reasonLength` characters, and left out at 0. */
function ignoredItem(finding: IgnoredFinding, reasonLength = Infinity): string {
  const { ignoredBy } = finding;
  // The line already names the id: an entry by that id is said to be one, not given the id again.
  // In a code span, as the target is: escaping would put word joiners into a target a reader copies.
  const entry = ignoredBy.entry === `id ${finding.id}` ? 'the entry for this id' : codeSpan(ignoredBy.entry);
  const reason = reasonLength > 0 ? `: ${escapeMarkdown(shortened(ignoredBy.reason, reasonLength))}` : '';
  return `- ${finding.severity} **${escapeMarkdown(DRIFT_KINDS[finding.kind].title)}** ${codeSpan(finding.target)} · id ${codeSpan(finding.id)}${reason} (${entry}, line ${ignoredBy.line}, until ${ignoredBy.expires}${ignoredBy.approvedBy ? `, approved by ${escapeMarkdown(ignoredBy.approvedBy)}` : ''})`;
}

/** Ignored findings counted by kind and the entry that holds them back, with its line and expiry. */
function countsByEntry(findings: readonly IgnoredFinding[]): string[] {
  const counts = new Map<string, number>();
  for (const { kind, ignoredBy } of findings) {
    const line = `**${escapeMarkdown(DRIFT_KINDS[kind].title)}**, held back by ${codeSpan(ignoredBy.entry)} (line ${ignoredBy.line}, until ${ignoredBy.expires})`;
    counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  return [...counts].map(([line, count]) => `- ${formatCount(count)} × ${line}`);
}

/** Nested under a list item: GitHub keeps a block in the item when it is indented to the item's text. */
function indent(block: string): string {
  return block
    .split('\n')
    .map((line) => (line === '' ? '' : `  ${line}`))
    .join('\n');
}

function collapsed(summary: string, body: string): string {
  return `<details><summary>${escapeMarkdown(summary)}</summary>\n\n${body}\n\n</details>`;
}

function capitalized(text: string): string {
  return `${text[0]!.toUpperCase()}${text.slice(1)}`;
}
