import { DRIFT_KINDS, DRIFT_SEVERITIES, severityRank } from '../drift/drift-kinds.js';
import type { DriftFinding, DriftReport } from '../drift/drift-report.js';
import type { CommentSection } from './fit-comment.js';
import { brief, findingLabel, FULL_ENTRIES as FULL_STATE_ENTRIES } from './drift-issue.js';
import type { DriftIssueState } from './drift-issue.js';
import { driftHeadline, ignoredCritical, ignoreExpiryPlace, shownDetails } from './drift-phrasing.js';
import type { DriftKind, DriftSeverity } from '../drift/drift-kinds.js';
import { fitComment } from './fit-comment.js';
import { escapeMarkdown, codeSpan, fencedCode } from './markdown-escape.js';
import { countOf } from './phrasing.js';

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
 * What a finding's details say changed, briefly, for a finding whose details are no diff (diffLines shows those):
 * its first detail. Undefined when it has none, or when the actual line already holds it (the first of a list of names).
 */
function changedDetail(finding: DriftFinding): string | undefined {
  const [first] = shownDetails(finding).flatMap((detail) => detail.split('\n'));
  return first === undefined || finding.actual.includes(first) ? undefined : brief(first.replace(/\s+/g, ' '));
}

/** How many lines of a finding's diff a changed-while-ignored entry shows before it counts the rest. */
const DIFF_LINES = 60;

/** A finding's details that are a diff (an SCP's or template's content), whole up to DIFF_LINES; none otherwise. */
function diffLines(finding: DriftFinding): string[] {
  const lines = shownDetails(finding).flatMap((detail) => detail.split('\n'));
  if (!lines.some((line) => /^@@ /.test(line) || /^[+-](?![+-]{2} )/.test(line))) return [];
  return lines.length > DIFF_LINES
    ? [...lines.slice(0, DIFF_LINES), `… ${lines.length - DIFF_LINES} more lines (vend drift --format json)`]
    : lines;
}

/** A block nested under a list item. */
function indent(block: string): string {
  return block
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}

/** Each finding that covers earlier ones, with the ids it covers, in the order they came. */
function coveringFindings(covered: ReadonlyMap<string, DriftFinding> = new Map()): [DriftFinding, string[]][] {
  const byFinding = new Map<string, [DriftFinding, string[]]>();
  for (const [id, by] of covered) {
    const entry = byFinding.get(by.id) ?? [by, []];
    entry[1].push(id);
    byFinding.set(by.id, entry);
  }
  return [...byFinding.values()];
}

/** A finding as a comment names it: its label and id, or the id alone where the issue body kept no label. */
function labelled(id: string, label: string | undefined): string {
  return label && label !== id ? `${codeSpan(label)} (id ${codeSpan(id)})` : `id ${codeSpan(id)}`;
}

/** How many cleared (or changed while ignored) findings a comment names before it counts the rest. */
const CLEARED_NAMED = 20;

/**
 * Whether the issue body named this finding: its kind and target gave its id back, so the label was rebuilt from
 * them (decodeDriftIssueState). An id alone may be one of a long list the body filed by day, or one someone wrote
 * into the body: it is never presented as a finding that was there.
 */
const named = ([id, label]: readonly [string, string | undefined]) =>
  label !== undefined && label !== '' && label !== id;

/** Whether the issue body named finding `id` (its `label`, as decodeDriftIssueState rebuilt it): see `named`. */
export function namedInRecord(id: string, label: string | undefined): boolean {
  return named([id, label]);
}

/** What a comment's opening line says cleared: named findings, and ids the body held without saying what they were. */
function clearedCounts(entries: readonly (readonly [string, string | undefined])[]): string[] {
  const byName = entries.filter(named).length;
  const byId = entries.length - byName;
  return [
    byName > 0 ? `${countOf(byName, 'finding')} cleared` : '',
    byId > 0 ? `${countOf(byId, 'id')} of the issue's record no longer found` : '',
  ];
}

/** Findings as a list: the first CLEARED_NAMED by label and id, the rest counted. */
/**
 * Findings an ignore: entry now holds back, worst first, each with its severity when this run saw it (itself, or a
 * finding that now covers it): a critical one silenced must stand out as it does in the issue body.
 */
function nowIgnoredList(
  entries: readonly (readonly [string, string | undefined])[],
  report: Pick<DriftReport, 'ignored'>,
): string[] {
  const ignoredAs = (id: string) => report.ignored.find((finding) => finding.id === id || finding.covers?.includes(id));
  // Named as this run found it where the record held only the id: a reader must see which guardrail is held back.
  const ranked = entries
    .map(([id, label]) => {
      const found = ignoredAs(id);
      const named = label && label !== id ? label : found?.id === id ? findingLabel(found) : undefined;
      return { id, label: named, severity: found?.severity };
    })
    .sort(
      (a, b) =>
        (a.severity ? severityRank(a.severity) : DRIFT_SEVERITIES.length) -
        (b.severity ? severityRank(b.severity) : DRIFT_SEVERITIES.length),
    );
  return [
    ...ranked
      .slice(0, CLEARED_NAMED)
      .map(({ id, label, severity }) => `- ${severity ? `${severity} ` : ''}${labelled(id, label)}`),
    ...(ranked.length > CLEARED_NAMED ? [`- … and ${ranked.length - CLEARED_NAMED} more`] : []),
  ];
}

function findingList(entries: readonly (readonly [string, string | undefined])[]): string[] {
  return [
    ...entries.slice(0, CLEARED_NAMED).map(([id, label]) => `- ${labelled(id, label)}`),
    ...(entries.length > CLEARED_NAMED ? [`- … and ${entries.length - CLEARED_NAMED} more`] : []),
  ];
}

/**
 * What cleared, as a comment's sections: the findings the issue body named under **Cleared:**, and apart, never as
 * findings, how many ids it held without saying what they were.
 */
function clearedSections(entries: readonly (readonly [string, string | undefined])[]): string[] {
  const byName = entries.filter(named);
  const byId = entries.length - byName.length;
  return [
    ...(byName.length > 0 ? [['**Cleared:**', ...findingList(byName)].join('\n')] : []),
    ...(byId > 0
      ? [
          `**No longer in the record:** ${countOf(byId, 'id')} that the issue's hidden record held without what ${byId === 1 ? 'it was' : 'they were'} (past the ${FULL_STATE_ENTRIES} findings it records whole, or written into the body by hand) ${byId === 1 ? 'is' : 'are'} not found now.`,
        ]
      : []),
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

/**
 * What became of findings an ignore: entry holds back: critical ones found for the first time, already held back,
 * kept when the comment is trimmed (a guardrail broken tonight); changed since the last check (read against the
 * entry's reason); or gone (the entry may now hold back nothing). Comment sections, none when nothing happened.
 */
function whileIgnoredSections(change: {
  changedWhileIgnored?: readonly DriftFinding[];
  clearedWhileIgnored?: readonly string[];
  foundWhileIgnored?: readonly DriftFinding[];
}): CommentSection[] {
  const changed = change.changedWhileIgnored ?? [];
  const cleared = change.clearedWhileIgnored ?? [];
  const found = change.foundWhileIgnored ?? [];
  const heading =
    '**Found, already ignored**: critical drift seen for the first time, which an `ignore:` entry in baselines/organization.yaml holds back. Read it against the entry’s reason; the entry may have been meant for something else:';
  return [
    ...(found.length > 0
      ? [
          {
            keep: true,
            markdown: [heading, ...changedList(found)].join('\n'),
            // Named without their diffs, then counted: hundreds must not push the comment past GitHub's limit.
            compact: [
              [heading, ...changedList(found, false)].join('\n'),
              `**Found, already ignored**: ${countOf(found.length, 'critical finding')} seen for the first time, which \`ignore:\` entries hold back (listed in the body).`,
            ],
          },
        ]
      : []),
    ...(changed.length > 0
      ? [
          {
            keep: false,
            markdown: [
              '**Changed while ignored**: an `ignore:` entry still holds these back, but what the organization has there (what it is, or what it reaches) has changed since the last check. Read it against the entry’s reason:',
              ...changedList(changed),
            ].join('\n'),
          },
        ]
      : []),
    ...(cleared.length > 0
      ? [
          {
            keep: false,
            markdown: [
              `**No longer found, though ignored**: ${cleared.length === 1 ? 'a finding an `ignore:` entry held back is' : 'findings `ignore:` entries held back are'} gone, fixed or accepted in the repository. An entry that matches nothing any more can be removed from baselines/organization.yaml; one by \`id:\` names ${cleared.length === 1 ? 'this id' : 'these ids'}:`,
              ...cleared.slice(0, CLEARED_NAMED).map((id) => `- id ${codeSpan(id)}`),
              ...(cleared.length > CLEARED_NAMED ? [`- … and ${cleared.length - CLEARED_NAMED} more`] : []),
            ].join('\n'),
          },
        ]
      : []),
  ];
}

/**
 * Changed findings as list items, the first CLEARED_NAMED each with what it is now (and, `withDiffs`, its whole diff),
 * the rest counted.
 */
function changedList(changed: readonly DriftFinding[], withDiffs = true): string[] {
  return [
    ...changed.slice(0, CLEARED_NAMED).map((finding) => {
      const diff = withDiffs ? diffLines(finding) : [];
      return [
        `- ${finding.severity} **${escapeMarkdown(DRIFT_KINDS[finding.kind].title)}** ${codeSpan(finding.target)} (id ${codeSpan(finding.id)}): now ${escapeMarkdown(brief(finding.actual))}${diff.length === 0 && changedDetail(finding) ? ` (${escapeMarkdown(changedDetail(finding)!)})` : ''}`,
        // The whole diff, main → the organization: an edit made since the last check is in it, where a few lines
        // would cut it off (an Allow iam:* appended after the lines shown before).
        ...(diff.length > 0 ? [indent(fencedCode('diff', diff))] : []),
      ].join('\n');
    }),
    ...(changed.length > CLEARED_NAMED ? [`- … and ${changed.length - CLEARED_NAMED} more`] : []),
  ];
}

function commitOf(report: Pick<DriftReport, 'commit'>): string {
  return report.commit ? `commit ${codeSpan(report.commit.slice(0, 12))}` : 'the checked-out repository';
}
