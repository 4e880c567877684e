import { compareText } from '../ordering.js';
import { ORGANIZATION_FILE } from '../config/repository.js';
import { DRIFT_KINDS, DRIFT_SEVERITIES, severityRank } from '../drift/drift-kinds.js';
import type { DriftKind, DriftSeverity } from '../drift/drift-kinds.js';
import type { ChangedBy } from '../drift/change-attribution.js';
import type { DriftFinding, DriftReport, NotChecked } from '../drift/drift-report.js';
import type { DriftIgnoreEntry } from '../config/drift-declarations.js';
import { shownEdit } from '../drift/branch-edits.js';
import type { BranchEdit } from '../drift/branch-edits.js';
import type { MainDrift } from '../drift/pull-request-drift.js';
import { prettyPolicy, unifiedDiff } from './unified-diff.js';
import { summarizeTemplateChange } from '../plan/template-summary.js';
import { templateGrantLines } from './template-summary-lines.js';
import type { Change } from '../plan/plan.js';
import { countOf, formatCount, LISTED_NAMES, listNames } from './phrasing.js';

/**
 * The drift check's most-read line, as plan has its summary line: `3 findings (1 critical, 2 high)`, or
 * `none`. Only severities that occur are named, worst first.
 */
export function driftSummaryLine(report: Pick<DriftReport, 'findings' | 'summary'>, unverified = 0): string {
  // Earlier findings this run could not check again keep the issue open and count in drift-count: said with them.
  const carried = unverified > 0 ? ` + ${formatCount(unverified)} not checked again` : '';
  if (report.findings.length === 0) return `none${carried}`;
  const counts = DRIFT_SEVERITIES.filter((severity) => report.summary[severity] > 0).map(
    (severity) => `${formatCount(report.summary[severity])} ${severity}`,
  );
  return `${countOf(report.findings.length, 'finding')} (${counts.join(', ')})${carried}`;
}

/**
 * What else the line under the summary says: ignored findings (with `ignoredUnverified`, those of an earlier check an
 * ignore: entry now covers though this one could not check them again) and what was not checked.
 */
export function driftAsideLine(
  report: Pick<DriftReport, 'ignored' | 'notChecked'>,
  ignoredUnverified: readonly DriftSeverity[] = [],
): string {
  const ignored = report.ignored.length + ignoredUnverified.length;
  return [
    ignored > 0 ? `${formatCount(ignored)} ignored${ignoredParts(report, ignoredUnverified)}` : '',
    report.notChecked.length > 0 ? `${notCheckedCount(report.notChecked)} not made (not drift)` : '',
  ]
    .filter(Boolean)
    .join('; ');
}

/** ` (1 critical; 1 not checked again)`: what a reader must not miss about the ignored findings, in one aside. */
function ignoredParts(report: Pick<DriftReport, 'ignored'>, ignoredUnverified: readonly DriftSeverity[]): string {
  const critical = criticalIgnored(report, ignoredUnverified);
  const parts = [
    critical > 0 ? `${formatCount(critical)} critical` : '',
    ignoredUnverified.length > 0 ? `${ignoredUnverified.length} not checked again` : '',
  ];
  const said = parts.filter(Boolean);
  return said.length > 0 ? ` (${said.join('; ')})` : '';
}

/**
 * ` (2 critical)` when ignore: entries hold critical findings back, which a reader must not miss; `ignoredUnverified`
 * are the severities of earlier findings they hold back that this check could not check again.
 */
export function ignoredCritical(
  report: Pick<DriftReport, 'ignored'>,
  ignoredUnverified: readonly DriftSeverity[] = [],
): string {
  const critical = criticalIgnored(report, ignoredUnverified);
  return critical > 0 ? ` (${critical} critical)` : '';
}

function criticalIgnored(report: Pick<DriftReport, 'ignored'>, ignoredUnverified: readonly DriftSeverity[]): number {
  return [...report.ignored.map((finding) => finding.severity), ...ignoredUnverified].filter(
    (severity) => severity === 'critical',
  ).length;
}

/**
 * The drift check's headline, as the issue's title, its body's heading and the step log give it: the summary line,
 * then the ignored findings, which are never hidden: `none; 2 ignored (1 critical)`.
 */
export function driftHeadline(
  report: Pick<DriftReport, 'findings' | 'summary' | 'ignored'>,
  carried: { unverified?: number; ignoredUnverified?: readonly DriftSeverity[] } = {},
): string {
  const ignoredUnverified = carried.ignoredUnverified ?? [];
  const ignored = report.ignored.length + ignoredUnverified.length;
  return `${driftSummaryLine(report, carried.unverified ?? 0)}${ignored > 0 ? `; ${ignored} ignored${ignoredParts(report, ignoredUnverified)}` : ''}`;
}

/** `SCP detached: scp:deny-root-user@ou:Workloads`. */
export function findingHeadline(finding: Pick<DriftFinding, 'kind' | 'target'>): string {
  return `${DRIFT_KINDS[finding.kind].title}: ${finding.target}`;
}

/**
 * How many checks were not made: one per entry, as `--format json` lists them (`notChecked`), so the two agree; the
 * listing (notCheckedLines) groups entries with one reason on one line and names each part it left out.
 */
export function notCheckedCount(notChecked: readonly NotChecked[]): string {
  return countOf(notChecked.length, 'check');
}

/**
 * Not-checked entries that say the same for several targets, together: `resource drift not checked (3 checks): the
 * endpoint does not support it (vend-a, vend-b and vend-c)` reads as one line, not three.
 */
export function notCheckedLines(notChecked: readonly NotChecked[]): string[] {
  const groups = new Map<string, string[]>();
  for (const entry of notChecked) {
    const key = `${entry.what}\n${entry.reason}`;
    groups.set(key, [...(groups.get(key) ?? []), entry.target]);
  }
  return [...groups]
    .sort(([a], [b]) => compareText(a, b))
    .map(([key, targets]) => {
      const [what = '', reason = ''] = key.split('\n');
      // A check of the whole organization names no part of it.
      const names = targets
        .filter((target) => target !== 'organization')
        .map((target) => target.replace(/^[a-z]+:/, ''));
      // Said as checks, so that the lines add up to the count notCheckedCount heads them with.
      const checks = targets.length > 1 ? ` (${countOf(targets.length, 'check')})` : '';
      return `${what} not checked${checks}: ${reason}${names.length > 0 ? ` (${listNames(names)})` : ''}`;
    });
}

/** Kinds whose details are a unified diff (main's text to the organization's). */
export const DIFF_DETAILS = new Set<DriftKind>(['scp-content', 'stackset-template']);

/**
 * The details a finding shows beneath its lines: none where they are a list of names its `actual` line already holds
 * whole (a short list of unmanaged accounts), which would only repeat it.
 */
export function shownDetails(finding: Pick<DriftFinding, 'actual' | 'details'>): string[] {
  const details = finding.details ?? [];
  return details.length > 0 && details.length <= LISTED_NAMES + 1 && finding.actual.endsWith(listNames(details))
    ? []
    : details;
}

/** What a finding's details are called: `diff (13 lines)`, or `2 details`. */
export function detailsLabel(finding: Pick<DriftFinding, 'kind' | 'details'>): string {
  const count = finding.details?.length ?? 0;
  return DIFF_DETAILS.has(finding.kind) ? `diff (${countOf(count, 'line')})` : countOf(count, 'detail');
}

/**
 * `by arn:aws:sts::111111111111:assumed-role/Admin/alice at 2026-11-29T10:04:00.000Z (the latest DetachPolicy that
 * could have made it, CloudTrail)`: the latest matching call, which is the likeliest cause but not a proof (an older
 * call, or a change on main never applied, reads the same).
 */
export function changedByLine(changedBy: ChangedBy): string {
  return `by ${changedBy.principal} at ${changedBy.at} (the latest ${changedBy.event} that could have made it, CloudTrail)`;
}

/** One `ignore:` entry as a plan shows it: what it silences, until when, and why. */
export interface SilencedLine {
  text: string;
  /** Whether it may silence a critical finding: a kind the README rates critical, or a finding id. */
  critical: boolean;
  /** The kind it silences, or `finding id`. */
  kind: string;
}

/**
 * How a line spells the text it quotes: plain for the terminal; in markdown, escaped prose and targets in code spans,
 * so that a target copied from the comment (into an `ignore:` entry) is the one vend matches, without the word
 * joiners escaping puts around its `@`.
 */
export interface Spelling {
  text: (text: string) => string;
  code: (text: string) => string;
}
const PLAIN: Spelling = { text: (text) => text, code: (text) => text };

/** `text` cut to `length` characters (code points, so no emoji is split), with … where it was cut. */
export function shortened(text: string, length: number): string {
  const characters = [...text];
  return characters.length > length ? `${characters.slice(0, length).join('')}…` : text;
}

/**
 * The `ignore:` entries a pull request adds or changes, for its plan: a headline with how many silence critical
 * findings (a kind the README rates critical, or a finding id, which may be any), and one line per entry (those
 * that may silence a critical finding first), its reason shortened to `reasonLength` characters when given (a comment short of room).
 */
export function silencedLines(
  entries: readonly DriftIgnoreEntry[],
  reasonLength = Infinity,
  { text, code }: Spelling = PLAIN,
): {
  headline: string;
  critical: number;
  lines: SilencedLine[];
} {
  const severityOf = (entry: DriftIgnoreEntry) =>
    entry.kind !== undefined && Object.hasOwn(DRIFT_KINDS, entry.kind)
      ? DRIFT_KINDS[entry.kind as DriftKind].severity
      : undefined;
  const lines = entries.map((entry) => {
    const what =
      entry.id !== undefined
        ? entry.names
          ? `finding ${code(entry.id)}, which is ${text(entry.names.kind)} at ${code(entry.names.target)} (critical)`
          : `finding ${code(entry.id)} (any severity)`
        : `${text(entry.kind ?? '')} findings${entry.target === undefined ? ' everywhere' : ` at ${code(entry.target)}`} (${severityOf(entry) ?? 'unknown severity'})`;
    return {
      text: `${what}, until ${text(entry.expires)} (line ${entry.line}): ${text(shortened(entry.reason, reasonLength))}`,
      critical: entry.id !== undefined || severityOf(entry) === 'critical',
      kind: entry.kind ?? 'finding id',
    };
  });
  const critical = lines.filter((line) => line.critical).length;
  // Entries that may silence a critical finding come first: a reviewer must not scroll past padding to reach them.
  lines.sort((a, b) => Number(b.critical) - Number(a.critical));
  return {
    headline: `${countOf(entries.length, 'ignore: entry', 'ignore: entries')} added or changed: vend drift lists the findings ${entries.length === 1 ? 'it matches' : 'they match'} apart, as ignored, and they stop counting for fail-on-drift until ${entries.length === 1 ? 'it expires' : 'they expire'}`,
    critical,
    lines,
  };
}

/**
 * The differences a pull request makes the repository accept, worst first, each with what `vend drift` reports for
 * it (`Attach SCP deny-root-user to the root (critical: SCP detached: scp:deny-root-user@root)`); and, when any is
 * critical or high, the caution a reviewer must read, since no change of the plan stands for them.
 */
export function acceptedLines(
  mainDrift: Pick<MainDrift, 'accepted' | 'acceptedFindings' | 'acceptedLeaves' | 'behind'>,
  { text, code }: Spelling = PLAIN,
): {
  lines: string[];
  caution?: { severity: 'critical' | 'high'; text: string };
} {
  const findingsOf = (change: Change) => mainDrift.acceptedFindings?.[change.id] ?? [];
  const leavesOf = (change: Change) => mainDrift.acceptedLeaves?.[change.id] ?? [];
  // A change no finding stands for (told inside another) sorts after every rated one; a move that leaves an SCP
  // main keeps in force sorts with the critical ones, as grave as that SCP detached.
  const rank = (change: Change) =>
    Math.min(
      DRIFT_SEVERITIES.length,
      ...findingsOf(change).map((finding) => severityRank(finding.severity)),
      ...(leavesOf(change).length > 0 ? [severityRank('critical')] : []),
    );
  const sorted = [...mainDrift.accepted].sort((a, b) => rank(a) - rank(b) || compareText(a.id, b.id));
  const lines = sorted.map((change) => {
    const findings = findingsOf(change).map(
      (finding) => `${finding.severity}: ${text(DRIFT_KINDS[finding.kind].title)}: ${code(finding.target)}`,
    );
    const left = leavesOf(change);
    const leaving =
      left.length > 0
        ? `, leaving ${left.length === 1 ? 'an SCP' : 'SCPs'} main keeps in force for it: ${text(left.join(', '))}`
        : '';
    return findings.length > 0
      ? `${text(change.description)} (${findings.join('; ')})${leaving}`
      : `${text(change.description)}${leaving}`;
  });
  // Findings, as vend drift counts them: one deleted SCP whose attachments the branch drops is one critical finding.
  const findings = new Map<string, DriftSeverity>(
    sorted.flatMap(findingsOf).map((finding) => [finding.id, finding.severity]),
  );
  const count = (severity: DriftSeverity) => [...findings.values()].filter((rated) => rated === severity).length;
  const critical = count('critical');
  const high = count('high');
  const leaving = sorted.filter((change) => leavesOf(change).length > 0).length;
  if (critical + high === 0) return { lines };
  const rated = [critical > 0 ? `${formatCount(critical)} critical` : '', high > 0 ? `${formatCount(high)} high` : '']
    .filter(Boolean)
    .join(' and ');
  const one = critical + high === 1;
  const leavingNote =
    leaving > 0
      ? ` It also leaves ${countOf(leaving, 'account')} out from under SCPs main keeps in force (named below), as grave as those SCPs detached.`
      : '';
  // Behind main, a difference may be a newer commit of main's rather than a change by hand: no one can tell here.
  if (mainDrift.behind)
    return {
      lines,
      caution: {
        severity: 'high',
        text: `${countOf(critical + high, 'finding')} of main's plan that vend drift would rate ${rated} ${one ? 'is' : 'are'} not in this branch's plan. This branch lacks ${newestCommits(mainDrift.behind)}, so ${one ? 'it' : 'they'} may be main's own newer ${one ? 'change' : 'changes'}, not drift: update the branch from main and plan again before approving.`,
      },
    };
  return {
    lines,
    caution: {
      severity: critical + leaving > 0 ? 'critical' : 'high',
      text: `Merging accepts drift that vend drift rates ${rated}: someone changed ${one ? 'it' : 'them'} in AWS by hand, and this makes main agree, so apply will not restore ${one ? 'it' : 'them'} and the drift issue stops reporting ${one ? 'it' : 'them'}.${leavingNote} Had AWS still matched main, this plan would hold the opposite change (for an SCP detached by hand, a destructive detach) and apply would need its approval; here no change stands for ${one ? 'it' : 'them'}, and no apply approval or allow-destructive covers ${one ? 'it' : 'them'}. Approve only if the change by hand was meant; otherwise restore main in AWS (vend apply on main) and plan again.`,
    },
  };
}

/**
 * What to tell a reviewer about a resource that drifted from main and that the pull request edits (BranchEdit): the
 * plan's diff runs from the organization, so what the pull request changes in main's content is said apart, as a
 * diff from main to the branch, NoEcho defaults masked. A loosened SCP, a template that grants more than main's, and
 * a move that takes the account out from under an SCP main keeps in force for it are cautions.
 */
export function branchEditNote(edit: BranchEdit): { caution: boolean; text: string; diff: string[] } {
  const shown = shownEdit(edit);
  const diff =
    edit.of === 'SCP content'
      ? unifiedDiff(prettyPolicy(edit.main), prettyPolicy(edit.branch)).lines
      : unifiedDiff(shown.main, shown.branch).lines;
  // A template the branch takes from AWS, edited a little, keeps what someone granted by hand: against main it grants
  // that, which the plan's own summary (from AWS) cannot show.
  const grants = edit.of === 'template' ? templateGrantLines(summarizeTemplateChange(edit.main, edit.branch)) : [];
  const loosening = edit.loosens
    ? ': against main, this pull request may loosen it (a Deny statement removed or changed, or an Allow added)'
    : grants.length > 0
      ? `: against main, this pull request grants more: ${grants.join('; ')}`
      : (edit.leaves?.length ?? 0) > 0
        ? `: against main, the account leaves ${edit.leaves!.length === 1 ? 'an SCP' : 'SCPs'} in force for it there: ${edit.leaves!.join(', ')}`
        : '';
  return {
    caution: edit.loosens === true || grants.length > 0 || (edit.leaves?.length ?? 0) > 0,
    text: `${edit.resource} drifted from main outside git, so the plan's diff for it runs from what the organization has, not from main, and does not show what this pull request changes in main's ${edit.of}${loosening}. Main → this branch:`,
    diff,
  };
}

/** Why a finding is reported again: the `ignore:` entry that held it back ran out (DriftFinding.ignoreExpired). */
export function ignoreExpiredLine(expired: { line: number; column: number; expires: string }): string {
  return `reported again: its ignore: entry (${ignoreExpiryPlace(expired)}) expired on ${expired.expires}; renew it with a new reason and expiry, or fix the drift`;
}

/** `baselines/organization.yaml:117:14`: an expired entry's `expires`, where validate's warning annotates it. */
export function ignoreExpiryPlace(expired: { line: number; column: number }): string {
  return `${ORGANIZATION_FILE}:${expired.line}:${expired.column}`;
}

/**
 * Where a destructive correction acts, for the one line the drift section gives it: `: legacy-reporting in us-east-1`
 * from the change's scope members (`account/region`), trimmed; empty for other changes, whose headline says it.
 */
export function correctionWhere(change: Pick<Change, 'destructive' | 'scope'>): string {
  const members = change.scope.members;
  if (!change.destructive || !Array.isArray(members) || members.length === 0) return '';
  return `: ${listNames(members.map((member) => String(member).replace('/', ' in ')))}`;
}

/**
 * What a reviewer must know of a branch that lacks main's newest commits (MainDrift.behind): its plan undoes them,
 * so it is not the plan of the merge.
 */
export function behindNote(commits: number): string {
  return `This branch does not contain ${newestCommits(commits)} to accounts/ or baselines/: its plan shows what main changed since as this pull request undoing it, and merging keeps main's changes. Update the branch from main (merge or rebase) for the plan of what merging makes.`;
}

function newestCommits(commits: number): string {
  return commits === 1 ? "main's newest commit" : `main's newest ${formatCount(commits)} commits`;
}
