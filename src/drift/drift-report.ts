import { createHash } from 'node:crypto';
import type { Diagnostic } from '../config/diagnostics.js';
import { findingFingerprint } from '../config/drift-declarations.js';
import { compareText } from '../ordering.js';
import type { ChangedBy } from './change-attribution.js';
import { DRIFT_KINDS, DRIFT_SEVERITIES, severityRank } from './drift-kinds.js';
import type { DriftKind, DriftSeverity } from './drift-kinds.js';

/**
 * What a finding is about, in repository terms, so it reads the same whatever AWS ids are behind it: `root`,
 * `ou:Workloads/Prod`, `account:payments-prod`, `scp:deny-root-user`, `stackset:vend-human-roles`, and for a part
 * of one `scp:deny-root-user@ou:Workloads` (an attachment), `stackset:vend-human-roles@account:payments-prod/us-east-1`
 * (an instance), that instance's resource `…#ReadOnlyRole`, or `account:payments-prod#exception:baseline-opt-out`.
 * An account no manifest declares is named by its id.
 */
export type FindingTarget = string;

/** One difference between the organization and main. Every text is plain; renderers escape it. */
export interface DriftFinding {
  /** 12 hex digits of sha256(kind, target): the same difference keeps its id from one run to the next. */
  id: string;
  kind: DriftKind;
  severity: DriftSeverity;
  target: FindingTarget;
  /** What main declares. */
  expected: string;
  /** What the organization has. */
  actual: string;
  /** What re-running apply on main does about it, or that apply cannot fix it and what to do instead. */
  restore: string;
  /** The edit to the repository that would make main match the organization instead. */
  accept: string;
  /** The day (UTC, YYYY-MM-DD) a check first found it; carried from run to run by the drift issue. */
  firstSeen: string;
  /** More lines for a reader: a diff, the accounts concerned, the properties that differ. */
  details?: string[];
  /** Who made the change, from CloudTrail event history (change-attribution.ts), where it has the call. */
  changedBy?: ChangedBy;
  /**
   * Ids of the findings this one stands for while it lasts (SCPs switched off on the root: every declared attachment,
   * which AWS took away): they are neither reported nor said to have cleared.
   */
  covers?: string[];
  /**
   * The `ignore:` entry that held this back until it expired: where its `expires` is in baselines/organization.yaml
   * (line and column, as validate's warning points), and the day.
   */
  ignoreExpired?: { line: number; column: number; expires: string };
}

/** Part of the organization a run could not compare. It is reported, and it is not drift. */
export interface NotChecked {
  target: FindingTarget;
  /** What was not compared: `resource drift`, `resources BucketPolicy (AWS::S3::BucketPolicy)` … */
  what: string;
  reason: string;
  /**
   * What drift detection cannot see in a template at all (detection-coverage.ts): the same every night, so it says
   * nothing about whether this run checked the StackSet's instances.
   */
  coverageGap?: true;
}

/** A finding that an `ignore:` entry of baselines/organization.yaml matches: listed apart, never hidden. */
export interface IgnoredFinding extends DriftFinding {
  ignoredBy: IgnoreMatch;
}

export interface IgnoreMatch {
  /** The entry as written: `id 3f2a9c1b7e04`, or `kind scp-foreign, target ou:Sandbox/**`. */
  entry: string;
  reason: string;
  expires: string;
  approvedBy?: string;
  /** Line of the entry in baselines/organization.yaml. */
  line: number;
}

export type DriftSummary = Record<DriftSeverity, number>;

/** Version 1 of `vend drift --format json`; later versions only add fields. */
export const DRIFT_REPORT_FORMAT_VERSION = 1;

export interface DriftReport {
  formatVersion: typeof DRIFT_REPORT_FORMAT_VERSION;
  /** ISO 8601 instant the organization was read. */
  checkedAt: string;
  /** `git rev-parse HEAD` of the repository compared with; null outside git. */
  commit: string | null;
  /** Present when accounts/ or baselines/ had uncommitted changes: what was compared is not `commit` as it is. */
  uncommittedChanges?: true;
  managementAccountId: string;
  /** Worst first, then by kind and target. */
  findings: DriftFinding[];
  /** Counts of `findings` by severity; ignored findings are not counted. */
  summary: DriftSummary;
  notChecked: NotChecked[];
  ignored: IgnoredFinding[];
}

/**
 * `vend drift --format json` when the check could not run because the repository does not validate: the report's
 * header, `error` saying why and what to do, and validate's diagnostics (`vend validate --format json`). It has no
 * `findings` or `summary`: nothing was compared, and an empty list would read as no drift. The CLI exits 2.
 */
export interface DriftNotRun {
  formatVersion: typeof DRIFT_REPORT_FORMAT_VERSION;
  /** ISO 8601 instant of the attempt. */
  checkedAt: string;
  commit: string | null;
  /** Set when the files differ from `commit` (accounts/ and baselines/), as DriftReport.uncommittedChanges. */
  uncommittedChanges?: boolean;
  error: string;
  diagnostics: Diagnostic[];
}

/** The stable fingerprint of a difference: the same kind at the same target is the same finding. */
export function findingId(kind: DriftKind, target: FindingTarget): string {
  return findingFingerprint(kind, target);
}

/**
 * 12 hex digits of sha256 over what a finding says the organization has (`actual` and its details: a diff, the
 * accounts of a group). Ignored findings keep their id whatever they become; this tells the drift issue that one
 * changed while an ignore: entry held it back (an SCP edited again, one more unmanaged account).
 */
export function observedDigest(finding: Pick<DriftFinding, 'actual' | 'details'>): string {
  return createHash('sha256')
    .update([finding.actual, ...(finding.details ?? [])].join('\n'))
    .digest('hex')
    .slice(0, 12);
}

export interface FindingFields {
  expected: string;
  actual: string;
  restore: string;
  accept: string;
  details?: string[];
}

/** A finding first seen on `checkedOn` (YYYY-MM-DD); the drift issue may know an earlier day. */
export function makeFinding(
  kind: DriftKind,
  target: FindingTarget,
  fields: FindingFields,
  checkedOn: string,
): DriftFinding {
  const { details, ...texts } = fields;
  return {
    id: findingId(kind, target),
    kind,
    severity: DRIFT_KINDS[kind].severity,
    target,
    ...texts,
    firstSeen: checkedOn,
    ...(details && details.length > 0 ? { details } : {}),
  };
}

export function compareFindings(a: DriftFinding, b: DriftFinding): number {
  return (
    severityRank(a.severity) - severityRank(b.severity) ||
    compareText(a.kind, b.kind) ||
    compareText(a.target, b.target)
  );
}

export function summarize(findings: readonly DriftFinding[]): DriftSummary {
  const summary = Object.fromEntries(DRIFT_SEVERITIES.map((severity) => [severity, 0])) as DriftSummary;
  for (const finding of findings) summary[finding.severity]++;
  return summary;
}

/** The findings that fail a run of `--fail-on-drift=<severity>`: that severity and worse. */
export function findingsAtOrAbove(report: Pick<DriftReport, 'findings'>, minimum: DriftSeverity): DriftFinding[] {
  return report.findings.filter((finding) => severityRank(finding.severity) <= severityRank(minimum));
}
