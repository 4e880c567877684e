import { compareText } from '../ordering.js';
import type { DriftIgnoreEntry } from '../config/drift-declarations.js';
import { compareFindings, DRIFT_REPORT_FORMAT_VERSION, observedDigest, summarize } from './drift-report.js';
import type { DriftFinding, DriftReport, NotChecked } from './drift-report.js';
import { applyIgnoreList } from './ignore-findings.js';

export interface DriftReportParts {
  findings: DriftFinding[];
  notChecked: NotChecked[];
  ignoreList: readonly DriftIgnoreEntry[];
  now: Date;
  commit: string | null;
  /** Whether accounts/ or baselines/ differed from the commit (hasUncommittedChanges). */
  uncommittedChanges?: boolean;
  managementAccountId: string;
}

/** The report: ignored findings set apart, everything sorted worst first, counts by severity. Pure. */
export function assembleDriftReport(parts: DriftReportParts): DriftReport {
  const { findings, ignored } = applyIgnoreList(parts.findings, parts.ignoreList, parts.now);
  return {
    formatVersion: DRIFT_REPORT_FORMAT_VERSION,
    checkedAt: parts.now.toISOString(),
    commit: parts.commit,
    ...(parts.uncommittedChanges ? { uncommittedChanges: true as const } : {}),
    managementAccountId: parts.managementAccountId,
    findings: findings.sort(compareFindings),
    summary: summarize(findings),
    notChecked: [...parts.notChecked].sort((a, b) => compareText(a.target, b.target) || compareText(a.what, b.what)),
    ignored: ignored.sort(compareFindings),
  };
}

/**
 * The report with each finding's firstSeen taken from an earlier run where that run saw it first: the drift issue
 * keeps these days in its hidden state, so a finding keeps its age from night to night. Pure.
 */
export function carryFirstSeen(report: DriftReport, known: ReadonlyMap<string, string>): DriftReport {
  const earliest = <T extends DriftFinding>(finding: T): T => {
    const seen = known.get(finding.id);
    return seen !== undefined && seen < finding.firstSeen ? { ...finding, firstSeen: seen } : finding;
  };
  return { ...report, findings: report.findings.map(earliest), ignored: report.ignored.map(earliest) };
}

/**
 * What changed since the previous run, which last reported `previouslyReported` (finding ids): findings that
 * appeared, that cleared, and that an ignore: entry now covers. Those are not cleared: the difference is still there,
 * and a reader must not be told it was fixed. Nor are findings that one of this run's findings stands for
 * (`covers`: an "SCP detached" once SCPs are switched off on the root): `covered` maps each such id to the finding
 * that now tells it. `changedWhileIgnored` are ignored findings whose observed digest differs from the one the
 * previous run recorded (`previousIgnoredObserved`, id → observedDigest): an entry by id holds its finding back
 * whatever it becomes, so a reader is told when it becomes something else. `changedWhileReported` are findings
 * reported in both runs whose observed digest differs from the one recorded (`previousReportedObserved`): the same id
 * can hide a worse state (an SCP edited again, a second foreign SCP on the same target). `foundWhileIgnored` are
 * critical findings seen for the first time already matched by an ignore: entry: an entry approved for a target before
 * the drift existed holds it back, and a guardrail broken tonight must still be said once.
 */
export function driftTransitions(
  previouslyReported: ReadonlySet<string>,
  report: Pick<DriftReport, 'findings' | 'ignored'>,
  previousIgnoredObserved: ReadonlyMap<string, string> = new Map(),
  previousReportedObserved: ReadonlyMap<string, string> = new Map(),
): {
  appeared: DriftFinding[];
  cleared: string[];
  ignored: string[];
  covered: Map<string, DriftFinding>;
  changedWhileIgnored: DriftFinding[];
  clearedWhileIgnored: string[];
  changedWhileReported: DriftFinding[];
  foundWhileIgnored: DriftFinding[];
} {
  const now = new Set(report.findings.map((finding) => finding.id));
  const coveredBy = new Map<string, DriftFinding>();
  for (const finding of [...report.findings, ...report.ignored])
    for (const id of finding.covers ?? []) coveredBy.set(id, finding);
  const ignoredNow = new Set(report.ignored.map((finding) => finding.id));
  const isIgnored = (id: string) => ignoredNow.has(id) || ignoredNow.has(coveredBy.get(id)?.id ?? '');
  const gone = [...previouslyReported].filter((id) => !now.has(id)).sort(compareText);
  return {
    appeared: report.findings.filter((finding) => !previouslyReported.has(finding.id)),
    cleared: gone.filter((id) => !isIgnored(id) && !coveredBy.has(id)),
    ignored: gone.filter(isIgnored),
    covered: new Map(
      gone.filter((id) => !isIgnored(id) && coveredBy.has(id)).map((id) => [id, coveredBy.get(id)!] as const),
    ),
    changedWhileIgnored: report.ignored.filter((finding) => {
      const before = previousIgnoredObserved.get(finding.id);
      return before !== undefined && before !== observedDigest(finding);
    }),
    // Ignored last time and found neither ignored nor reported now: fixed, or accepted in the repository; the
    // ignore: entry that held it back may have nothing left to hold.
    clearedWhileIgnored: [...previousIgnoredObserved.keys()]
      .filter((id) => !ignoredNow.has(id) && !now.has(id) && !coveredBy.has(id))
      .sort(compareText),
    changedWhileReported: report.findings.filter((finding) => {
      const before = previousReportedObserved.get(finding.id);
      return previouslyReported.has(finding.id) && before !== undefined && before !== observedDigest(finding);
    }),
    foundWhileIgnored: report.ignored.filter(
      (finding) =>
        finding.severity === 'critical' &&
        !previousIgnoredObserved.has(finding.id) &&
        !previouslyReported.has(finding.id),
    ),
  };
}
