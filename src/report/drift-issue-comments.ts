import { DRIFT_KINDS } from '../drift/drift-kinds.js';
import type { DriftFinding, DriftReport } from '../drift/drift-report.js';
import type { CommentSection } from './fit-comment.js';
import type { DriftIssueState } from './drift-issue.js';
import { driftHeadline, ignoredCritical, ignoreExpiryPlace } from './drift-phrasing.js';
import type { DriftKind, DriftSeverity } from '../drift/drift-kinds.js';
import { fitComment } from './fit-comment.js';
import { escapeMarkdown, codeSpan } from './markdown-escape.js';
import { countOf } from './phrasing.js';
import {
  changedList,
  clearedCounts,
  clearedSections,
  coveringFindings,
  labelled,
  nowIgnoredList,
  whileIgnoredSections,
} from './drift-issue-comment-lists.js';

/**
 * `Vend drift: 3 findings (1 critical, 2 high)`, `Vend drift: none; 2 ignored`: ignored findings are never hidden, so
 * the title of an issue closed while they remain says they do.
 */
export function driftIssueTitle(
  report: Pick<DriftReport, 'findings' | 'summary' | 'ignored'>,
  unverified = 0,
  ignoredUnverified: readonly DriftSeverity[] = [],
): string {
  return `Vend drift: ${driftHeadline(report, { unverified, ignoredUnverified })}`;
}

/**
 * The comment a run adds when findings appeared or cleared since the last one, or when drift returned to a closed
 * issue. Within GitHub's limit: the lists give way, never the counts.
 */
export function driftChangeComment(
  change: {
    appeared: readonly DriftFinding[];
    cleared: readonly string[];
    /** Reported before, now covered by an ignore: entry: still there, so never said to have cleared. */
    ignored?: readonly string[];
    /** Reported before, now told by the finding each maps to (driftTransitions): still there, never cleared. */
    covered?: ReadonlyMap<string, DriftFinding>;
    /** Ignored in both runs, but what the organization has changed in between (driftTransitions). */
    changedWhileIgnored?: readonly DriftFinding[];
    /** Critical, seen for the first time, and already held back by an ignore: entry (driftTransitions). */
    foundWhileIgnored?: readonly DriftFinding[];
    /** Reported in both runs, and what the organization has there changed in between (driftTransitions). */
    changedWhileReported?: readonly DriftFinding[];
    /** Ignored last run, and found neither ignored nor reported now (driftTransitions). */
    clearedWhileIgnored?: readonly string[];
    reopened: boolean;
    /** Reopened because a person closed the issue while its findings were still there, not because drift returned. */
    closedByHand?: boolean;
    /** Earlier findings this run could not check again (unverifiedFindings), which stay open. */
    unverified?: number;
    /**
     * Findings of the kinds the last record could only count: how many more there are now than it counted. Some are
     * new, but which cannot be told, so they are counted, not listed.
     */
    beyondRecord?: { more: number; kinds: readonly DriftKind[] };
  },
  previous: DriftIssueState,
  // The headline with the ignored findings, as the title has them: "Now: none" beside a title that counts a
  // critical ignored finding would contradict it.
  report: Pick<DriftReport, 'findings' | 'summary' | 'commit' | 'ignored'>,
): string {
  // Ignored last run and reported now: its entry was removed or no longer matches (unignored), or ran out (lapsed).
  // Still the same drift, there all along (the body keeps its first-seen day): not new, on a closed issue too.
  const lapsed = change.appeared.filter((finding) => finding.ignoreExpired && previous.ignored.has(finding.id));
  const unignored = change.appeared.filter((finding) => previous.ignored.has(finding.id) && !finding.ignoreExpired);
  const appeared = change.appeared.filter((finding) => !unignored.includes(finding) && !lapsed.includes(finding));
  // Reopened only for findings an entry held back until now: said so, not "Drift is back".
  const onlyHeldBack = appeared.length === 0 && unignored.length + lapsed.length > 0;
  const opening = change.closedByHand
    ? `**Reopened**: this issue was closed while drift was still there, and closing it clears nothing. At ${commitOf(report)}: ${escapeMarkdown(driftHeadline(report, { unverified: change.unverified }))}. Fix the findings (each says how), or accept them with \`ignore:\` entries in baselines/organization.yaml; vend closes the issue once none is left.`
    : change.reopened
      ? `**${onlyHeldBack ? 'Reported again, no longer ignored' : 'Drift is back'}** at ${commitOf(report)}: ${escapeMarkdown(driftHeadline(report, { unverified: change.unverified }))}.`
      : `Since the last check, at ${commitOf(report)}: ${[
          appeared.length > 0 ? `${countOf(appeared.length, 'new finding')}` : '',
          change.beyondRecord
            ? `at least ${countOf(change.beyondRecord.more, 'more finding')} of ${change.beyondRecord.kinds.map((kind) => DRIFT_KINDS[kind].title).join(', ')} than the last check counted (its record could not name them all, so which are new cannot be told: the body lists them)`
            : '',
          unignored.length > 0 ? `${countOf(unignored.length, 'finding')} no longer ignored (still there)` : '',
          lapsed.length > 0
            ? `${countOf(lapsed.length, 'finding')} reported again, ${lapsed.length === 1 ? 'its' : 'their'} \`ignore:\` ${lapsed.length === 1 ? 'entry' : 'entries'} expired`
            : '',
          (change.changedWhileReported?.length ?? 0) > 0
            ? `${countOf(change.changedWhileReported!.length, 'finding')} changed`
            : '',
          ...clearedCounts(change.cleared.map((id) => [id, previous.reported.get(id)?.label] as const)),
          (change.ignored?.length ?? 0) > 0
            ? `${countOf(change.ignored!.length, 'finding')} now ignored (still there)`
            : '',
          (change.covered?.size ?? 0) > 0
            ? `${countOf(change.covered!.size, 'finding')} now part of another (still there)`
            : '',
          (change.foundWhileIgnored?.length ?? 0) > 0
            ? `${countOf(change.foundWhileIgnored!.length, 'critical finding')} found already ignored`
            : '',
          (change.changedWhileIgnored?.length ?? 0) > 0
            ? `${countOf(change.changedWhileIgnored!.length, 'ignored finding')} changed`
            : '',
          (change.clearedWhileIgnored?.length ?? 0) > 0
            ? `${countOf(change.clearedWhileIgnored!.length, 'ignored finding')} no longer found`
            : '',
        ]
          .filter(Boolean)
          .join(', ')}. Now: ${escapeMarkdown(driftHeadline(report, { unverified: change.unverified }))}.`;
  return fitComment(
    [
      { keep: true, markdown: opening },
      ...findingSection(
        '**No longer ignored**: no `ignore:` entry in baselines/organization.yaml covers them now, and they were there all along:',
        unignored,
      ),
      ...findingSection(change.reopened ? '**Found:**' : '**New:**', appeared, expiredEntry),
      ...((change.changedWhileReported?.length ?? 0) > 0
        ? [
            {
              keep: false,
              markdown: [
                '**Changed**: still reported, and what the organization has there (what it is, or what it reaches) has changed since the last check:',
                ...changedList(change.changedWhileReported!),
              ].join('\n'),
            },
          ]
        : []),
      ...findingSection(
        '**Reported again**, there all along: the `ignore:` entry that held each back expired.',
        lapsed,
        expiredEntry,
      ),
      ...((change.ignored?.length ?? 0) > 0
        ? [
            {
              keep: false,
              markdown: [
                '**Now ignored** by an `ignore:` entry in baselines/organization.yaml, not fixed; listed below as ignored:',
                ...nowIgnoredList(
                  change.ignored!.map((id) => [id, previous.reported.get(id)?.label] as const),
                  report,
                ),
              ].join('\n'),
            },
          ]
        : []),
      ...coveringFindings(change.covered).map(([by, ids]) => ({
        keep: false,
        markdown: [
          `**Now part of ${escapeMarkdown(DRIFT_KINDS[by.kind].title)}** ${codeSpan(by.target)} (id ${codeSpan(by.id)}), and still there:`,
          ...ids.map((id) => `- ${labelled(id, previous.reported.get(id)?.label)}`),
        ].join('\n'),
      })),
      ...whileIgnoredSections(change),
      ...clearedSections(change.cleared.map((id) => [id, previous.reported.get(id)?.label] as const)).map(
        (markdown) => ({ keep: false, markdown }),
      ),
    ],
    { seeAlso: 'the issue body' },
  );
}

/** `: its ignore: entry (file:line:col) expired on day`, for a finding an expired entry no longer holds back. */
function expiredEntry(finding: DriftFinding): string {
  return finding.ignoreExpired
    ? `: its \`ignore:\` entry (${codeSpan(ignoreExpiryPlace(finding.ignoreExpired))}) expired on ${finding.ignoreExpired.expires}`
    : '';
}

/** A detail section listing findings under `heading`, one line each with `suffix`'s words; none for no findings. */
function findingSection(
  heading: string,
  findings: readonly DriftFinding[],
  suffix: (finding: DriftFinding) => string = () => '',
): CommentSection[] {
  if (findings.length === 0) return [];
  return [
    {
      keep: false,
      markdown: [
        heading,
        ...findings.map(
          (finding) =>
            `- ${finding.severity} **${escapeMarkdown(DRIFT_KINDS[finding.kind].title)}** ${codeSpan(finding.target)} (id ${codeSpan(finding.id)})${suffix(finding)}`,
        ),
      ].join('\n'),
    },
  ];
}

/**
 * The comment that closes the issue: no finding reported any more, at this commit of the default branch, naming what
 * cleared and what an ignore: entry now holds back (still there, never said to have cleared). `previouslyReported`
 * are the labels of the findings the body held, by id: none when the issue was open only because the last check could
 * not run.
 */
export function driftClosedComment(
  report: Pick<DriftReport, 'commit' | 'ignored'>,
  previouslyReported: ReadonlyMap<string, { label?: string }>,
  /**
   * Earlier findings this run could not check again that ignore: entries now cover, by id with their severity:
   * they may still be there, so they are held back, never cleared.
   */
  ignoredUnverified: readonly { id: string; severity: DriftSeverity }[] = [],
  /** A person closed the issue while findings remained: it stays closed, and this says they cleared since. */
  alreadyClosed = false,
  /** Ignored findings that changed or went in the same run (driftTransitions): said as any change comment says them. */
  whileIgnored: {
    changedWhileIgnored?: readonly DriftFinding[];
    clearedWhileIgnored?: readonly string[];
    foundWhileIgnored?: readonly DriftFinding[];
  } = {},
  /** How many findings the issue's record counted without their ids (past the ones it records whole). */
  omittedBefore = 0,
): string {
  // Ignored findings are still drift: the issue closes because none is reported, not because the organization matches.
  const ignored = report.ignored.length + ignoredUnverified.length;
  const severities = ignoredUnverified.map((entry) => entry.severity);
  const closing = alreadyClosed ? 'The issue stays closed' : 'Closing this issue';
  const heldBack = new Set([
    ...report.ignored.flatMap((finding) => [finding.id, ...(finding.covers ?? [])]),
    ...ignoredUnverified.map((entry) => entry.id),
  ]);
  const labels = (entries: [string, { label?: string }][]) => entries.map(([id, entry]) => [id, entry.label] as const);
  const cleared = [...previouslyReported].filter(([id]) => !heldBack.has(id));
  const nowIgnored = [...previouslyReported].filter(([id]) => heldBack.has(id));
  const opening =
    ignored > 0
      ? `No finding is reported any more at ${commitOf(report)}, but the organization does not match the repository: ${countOf(ignored, 'ignored finding')}${ignoredCritical(report, severities)} ${ignored === 1 ? 'remains' : 'remain'}${ignoredUnverified.length > 0 ? ` (${ignoredUnverified.length} of an earlier check, not checked again)` : ''}, which ignore: in baselines/organization.yaml holds back until ${ignored === 1 ? 'its entry expires' : 'their entries expire'} (listed in the body). ${closing}; vend reopens it when a finding is reported again.`
      : `${previouslyReported.size > 0 ? 'Every finding has cleared' : 'The drift check ran and found no drift'}: the organization matches the repository at ${commitOf(report)}. ${closing}; vend reopens it if drift returns.`;
  // Fitted as every other comment: a diff under "Changed while ignored" may be as long as a template, and a comment
  // GitHub refuses leaves the issue open with what changed never said.
  return fitComment(
    [
      { keep: true, markdown: opening },
      ...clearedSections(labels(cleared)).map((markdown) => ({ keep: false, markdown })),
      // Counted, never named: a closing comment that named 9 of 3,015 would read as if 9 had cleared.
      ...(omittedBefore > 0
        ? [
            {
              keep: true,
              markdown: `**No longer reported:** ${countOf(omittedBefore, 'more finding')} that the issue's hidden record counted without their ids (it holds as many ids as fit in the issue): ${omittedBefore === 1 ? 'it cleared' : 'they cleared'}${ignored > 0 ? `, or an ignore: entry now holds ${omittedBefore === 1 ? 'it' : 'them'} back (listed in the body)` : ''}.`,
            },
          ]
        : []),
      ...(nowIgnored.length > 0
        ? [
            {
              keep: false,
              markdown: [
                '**Now ignored** by an `ignore:` entry in baselines/organization.yaml, not fixed:',
                ...nowIgnoredList(labels(nowIgnored), report),
              ].join('\n'),
            },
          ]
        : []),
      ...whileIgnoredSections(whileIgnored),
    ],
    { seeAlso: 'the issue body' },
  );
}

function commitOf(report: Pick<DriftReport, 'commit'>): string {
  return report.commit ? `commit ${codeSpan(report.commit.slice(0, 12))}` : 'the checked-out repository';
}
