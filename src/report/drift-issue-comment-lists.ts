import { DRIFT_KINDS, severityRank, DRIFT_SEVERITIES } from '../drift/drift-kinds.js';
import type { DriftFinding, DriftReport } from '../drift/drift-report.js';
import type { CommentSection } from './fit-comment.js';
import { brief, findingLabel, FULL_ENTRIES as FULL_STATE_ENTRIES } from './drift-issue.js';
import { shownDetails } from './drift-phrasing.js';
import { escapeMarkdown, codeSpan, fencedCode } from './markdown-escape.js';
import { countOf } from './phrasing.js';

/**
 * The lists the drift issue's comments are made of: what cleared, what an ignore: entry now holds back or holds back
 * as it changed, named by label and id, the first CLEARED_NAMED each and the rest counted. Pure.
 */

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
export function coveringFindings(covered: ReadonlyMap<string, DriftFinding> = new Map()): [DriftFinding, string[]][] {
  const byFinding = new Map<string, [DriftFinding, string[]]>();
  for (const [id, by] of covered) {
    const entry = byFinding.get(by.id) ?? [by, []];
    entry[1].push(id);
    byFinding.set(by.id, entry);
  }
  return [...byFinding.values()];
}

/** A finding as a comment names it: its label and id, or the id alone where the issue body kept no label. */
export function labelled(id: string, label: string | undefined): string {
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
export function clearedCounts(entries: readonly (readonly [string, string | undefined])[]): string[] {
  const byName = entries.filter(named).length;
  const byId = entries.length - byName;
  return [
    byName > 0 ? `${countOf(byName, 'finding')} cleared` : '',
    byId > 0 ? `${countOf(byId, 'id')} of the issue's record no longer found` : '',
  ];
}

/**
 * Findings an ignore: entry now holds back, worst first, each with its severity when this run saw it (itself, or a
 * finding that now covers it): a critical one silenced must stand out as it does in the issue body.
 */
export function nowIgnoredList(
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

/** Findings as a list: the first CLEARED_NAMED by label and id, the rest counted. */
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
export function clearedSections(entries: readonly (readonly [string, string | undefined])[]): string[] {
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
 * What became of findings an ignore: entry holds back: critical ones found for the first time, already held back,
 * kept when the comment is trimmed (a guardrail broken tonight); changed since the last check (read against the
 * entry's reason); or gone (the entry may now hold back nothing). Comment sections, none when nothing happened.
 */
export function whileIgnoredSections(change: {
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
export function changedList(changed: readonly DriftFinding[], withDiffs = true): string[] {
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
