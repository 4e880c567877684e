import { DRIFT_KINDS, DRIFT_SEVERITIES } from '../drift/drift-kinds.js';
import type { DriftKind, DriftSeverity } from '../drift/drift-kinds.js';
import { findingId, observedDigest } from '../drift/drift-report.js';
import type { DriftFinding, DriftReport } from '../drift/drift-report.js';
import { expiryInstant } from '../config/rules/exceptions.js';
import { findingHeadline } from './drift-phrasing.js';

/**
 * The drift issue's memory between runs, hidden in its body: for each finding reported, the day it was first seen
 * and a label to name it by once it clears; for each ignored finding, its first day. No state file: the issue is the
 * state, and only vend's own issue (by author) is read.
 */
export interface DriftIssueState {
  /**
   * Finding id → first seen (YYYY-MM-DD), for the worst findings `title: target` to name it by, and, for those a run
   * can fail to check, their kind and target: what tells whether a run that could not check a part (resource drift
   * of a StackSet, say) left them open.
   */
  reported: Map<string, ReportedEntry>;
  /**
   * Reported finding id → its observedDigest in that run, for the findings written whole (the worst FULL_ENTRIES);
   * absent in bodies vend wrote before it kept them. What tells that a finding still reported has changed.
   */
  reportedObserved?: Map<string, string>;
  /** Ignored finding id → first seen. */
  ignored: Map<string, string>;
  /** Ignored finding id → its observedDigest in that run; absent in bodies vend wrote before it kept them. */
  ignoredObserved?: Map<string, string>;
  /**
   * Finding id → first seen, for findings another one stands for (`covers`: an SCP detached while SCPs are switched
   * off): still there, so they keep their day and are not new when they stand alone again.
   */
  covered?: Map<string, string>;
  /**
   * Findings the state had no room for (past STATE_BUDGET), the severity of the worst of them and their kinds: a
   * finding of one of those kinds, of that severity or milder, that is not in the state may be one of them, not new.
   */
  omitted?: { count: number; severity: DriftSeverity; kinds: DriftKind[] };
}

export interface ReportedEntry {
  firstSeen: string;
  label: string;
  kind?: string;
  target?: string;
}

const STATE_OPEN = '<!-- vend:drift-state ';
const STATE_CLOSE = ' -->';
/**
 * The state is kept whole in the body; past this many characters the best findings' entries are left out (and
 * count as new next time). The worst FULL_ENTRIES findings carry a label, kind and target; the rest only their id,
 * filed under the day they were first seen (12 characters each), so some 2,000 findings keep that day.
 */
const STATE_BUDGET = 32_000;
/** Smaller budgets, for a body whose critical findings would not fit beside the whole state. */
const SMALLER_STATE_BUDGETS = [10_000, 2_000];
export const FULL_ENTRIES = 60;
const LABEL_LENGTH = 120;
const ID = /^[0-9a-f]{12}$/;
/**
 * A finding target as drift writes one (drift-report.ts, FindingTarget): a known prefix and a bounded length. A
 * state entry whose target is not is named by its id alone: the id is a public function of kind and target, so
 * whoever edits the body can make one match any text, and only the shape bounds that text. Control characters are
 * allowed, since AWS allows them in names (an SCP named with a line break); every comment shows a label as a code
 * span of visible characters (codeSpan), where a line break reads `<U+000A>` and no markup renders.
 */
function hasTargetShape(target: string): boolean {
  return /^(?:root|organization|(?:scp|ou|account|account-id|stackset):)/.test(target) && target.length <= 600;
}
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day, `YYYY-MM-DD`: a hand edit such as 2025-02-99 is not one, and is skipped. */
function isDay(text: string): boolean {
  return DAY.test(text) && !Number.isNaN(expiryInstant(text));
}

/**
 * The state as a hidden HTML comment. JSON may hold `--` inside strings (a target named `a--b`), which would end
 * the comment early, so it is written `-\u002d`, which JSON reads back the same. Findings are written worst first
 * until the budget is used: one past it is seen as new next time, which beats a body GitHub refuses.
 */
function encodeDriftIssueState(
  report: Pick<DriftReport, 'findings' | 'ignored'>,
  /** Findings of earlier runs this run could not check again, kept as they were (see unverifiedFindings). */
  carried: ReadonlyMap<string, ReportedEntry> = new Map(),
  /** At most this many characters of entries. */
  budget = STATE_BUDGET,
  /** Covered finding id → first seen (DriftIssueState.covered). */
  covered: ReadonlyMap<string, string> = new Map(),
): string {
  const reported: string[][] = [];
  // Day → ids written one after another: an entry without a label costs its 12 characters, not 30.
  const seen = new Map<string, string>();
  const ignored = new Map<string, string>();
  let length = 0;
  const fits = (size: number, limit = budget) => (length += size) <= limit;
  const fileUnder = (days: Map<string, string>, day: string, id: string) => {
    // A day's first id also pays for the day's key: `"2026-11-01":"",`.
    if (!fits(id.length + (days.has(day) ? 0 : day.length + 6))) return false;
    days.set(day, (days.get(day) ?? '') + id);
    return true;
  };
  const digests = new Map(report.findings.map((finding) => [finding.id, observedDigest(finding)]));
  const reportedObserved: Record<string, string> = {};
  const current = report.findings.map((finding): [string, ReportedEntry] => [
    finding.id,
    { firstSeen: finding.firstSeen, label: findingLabel(finding), kind: finding.kind, target: finding.target },
  ]);
  // Findings a later run may fail to check go first and whole: without their kind and target, a run that cannot
  // check their StackSet would read them as cleared, and could close the issue over drift that is still there.
  const uncheckable = ([, entry]: [string, ReportedEntry]) => UNCHECKABLE_KINDS.has(entry.kind ?? '');
  const entries = [...current.filter(uncheckable), ...carried, ...current.filter((entry) => !uncheckable(entry))];
  // The first finding left out, and how many: the next run cannot tell those from new ones, and does not announce
  // findings of that severity or milder as new (publishDriftIssue).
  let omitted: { count: number; severity: string; kinds: string[] } | undefined;
  // The worst among all left out, not the first: findings a later run may fail to check go first whatever their
  // severity, so a critical one can come after a milder one.
  const leaveOut = (index: number) => {
    const left = entries
      .slice(index)
      .flatMap(([, entry]) => (entry.kind && Object.hasOwn(DRIFT_KINDS, entry.kind) ? [entry.kind as DriftKind] : []));
    const worst = DRIFT_SEVERITIES.find((severity) => left.some((kind) => DRIFT_KINDS[kind].severity === severity));
    if (worst) omitted = { count: entries.length - index, severity: worst, kinds: [...new Set(left)].sort() };
  };
  const observed: Record<string, string> = {};
  // Files an ignored finding's day and digest; false once the budget is spent.
  const recordIgnored = (finding: DriftFinding): boolean => {
    // `"<id>":"<digest>",`: without it, the next run cannot tell that this finding changed while ignored.
    if (!fileUnder(ignored, finding.firstSeen, finding.id) || !fits(finding.id.length + 12 + 6)) return false;
    observed[finding.id] = observedDigest(finding);
    return true;
  };
  // Ignored critical findings go before the reported ones fill the budget: left out, each would be "found, already
  // ignored" again every night in an organization with thousands of findings.
  const criticalIgnored = report.ignored.filter((finding) => finding.severity === 'critical');
  for (const finding of criticalIgnored) if (!recordIgnored(finding)) break;
  for (const [index, [id, entry]] of entries.entries()) {
    // Never left out for a smaller budget: without them a night that cannot check their StackSet reads them cleared.
    const kept = carried.has(id) || UNCHECKABLE_KINDS.has(entry.kind ?? '');
    if (index >= FULL_ENTRIES && !kept) {
      if (!fileUnder(seen, entry.firstSeen, id)) {
        leaveOut(index);
        break;
      }
      continue;
    }
    // Below the full budget a kept entry goes without its label (it is named by its id then), to leave room.
    const label = budget < STATE_BUDGET && kept ? '' : entry.label;
    // Only a finding a later run may fail to check needs its kind and target back (unverifiedFindings).
    // Kind and target, besides, give the id back: a label is rebuilt from them, never taken from the body as written.
    const encoded = entry.kind
      ? [id, entry.firstSeen, label, entry.kind, entry.target ?? '']
      : [id, entry.firstSeen, label];
    if (!fits(JSON.stringify(encoded).length + 1, kept ? STATE_BUDGET : budget)) {
      leaveOut(index);
      break;
    }
    reported.push(encoded);
    // `"<id>":"<digest>",`, within the same budget: without it a finding that gets worse under the same id (an SCP
    // edited again) goes unsaid.
    const digest = digests.get(id);
    if (digest !== undefined && fits(id.length + digest.length + 6, kept ? STATE_BUDGET : budget))
      reportedObserved[id] = digest;
  }
  for (const finding of report.ignored) if (finding.severity !== 'critical' && !recordIgnored(finding)) break;
  const coveredSeen = new Map<string, string>();
  for (const [id, day] of covered) if (!fileUnder(coveredSeen, day, id)) break;
  const json = JSON.stringify({
    version: 2,
    reported,
    reportedObserved,
    seen: Object.fromEntries(seen),
    ignoredSeen: Object.fromEntries(ignored),
    ignoredObserved: observed,
    ...(coveredSeen.size > 0 ? { coveredSeen: Object.fromEntries(coveredSeen) } : {}),
    ...(omitted ? { omitted } : {}),
  }).replaceAll('--', '-\\u002d');
  return `${STATE_OPEN}${json}${STATE_CLOSE}`;
}

/** The state a body holds; empty when it holds none or something malformed (a person edited the body). */
export function decodeDriftIssueState(body: string | null | undefined): DriftIssueState {
  const state: DriftIssueState = {
    reported: new Map(),
    reportedObserved: new Map(),
    ignored: new Map(),
    ignoredObserved: new Map(),
    covered: new Map(),
  };
  const start = body?.indexOf(STATE_OPEN) ?? -1;
  if (!body || start < 0) return state;
  const end = body.indexOf(STATE_CLOSE, start + STATE_OPEN.length);
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.slice(start + STATE_OPEN.length, end < 0 ? undefined : end));
  } catch {
    return state;
  }
  const { reported, reportedObserved, ignored, seen, ignoredSeen, ignoredObserved, coveredSeen, omitted } = (parsed ??
    {}) as Record<string, unknown>;
  const { count, severity, kinds } = (omitted ?? {}) as { count?: unknown; severity?: unknown; kinds?: unknown };
  if (Number.isInteger(count) && (count as number) > 0 && DRIFT_SEVERITIES.includes(severity as DriftSeverity))
    state.omitted = {
      count: count as number,
      severity: severity as DriftSeverity,
      kinds: (Array.isArray(kinds) ? kinds : []).filter((kind): kind is DriftKind =>
        Object.hasOwn(DRIFT_KINDS, String(kind)),
      ),
    };
  for (const entry of Array.isArray(reported) ? reported : [])
    if (Array.isArray(entry) && ID.test(String(entry[0])) && isDay(String(entry[1]))) {
      const [id, firstSeen, , kind, target] = (entry as unknown[]).map((value) =>
        value === undefined || value === null ? undefined : String(value),
      );
      // A kind and target that do not give the id were edited by hand; the entry then keeps only its day. The
      // label is rebuilt from them, so text someone wrote into the body is never posted as what cleared.
      const named =
        kind &&
        target &&
        Object.hasOwn(DRIFT_KINDS, kind) &&
        hasTargetShape(target) &&
        findingId(kind as DriftKind, target) === id;
      state.reported.set(id!, {
        firstSeen: firstSeen!,
        label: named ? brief(findingHeadline({ kind: kind as DriftKind, target })) : id!,
        ...(named ? { kind, target } : {}),
      });
    }
  for (const [id, firstSeen] of idsByDay(seen)) state.reported.set(id, { firstSeen, label: id });
  // Version 1 wrote ignored findings as [id, day] pairs; version 2 files them by day, as seen.
  for (const entry of Array.isArray(ignored) ? ignored : [])
    if (Array.isArray(entry) && ID.test(String(entry[0])) && isDay(String(entry[1])))
      state.ignored.set(String(entry[0]), String(entry[1]));
  for (const [id, firstSeen] of idsByDay(ignoredSeen)) state.ignored.set(id, firstSeen);
  for (const [id, firstSeen] of idsByDay(coveredSeen)) state.covered!.set(id, firstSeen);
  for (const [id, digest] of digestsById(ignoredObserved)) state.ignoredObserved!.set(id, digest);
  // Only for an id the record reports: a digest alone says nothing about a finding that was there.
  for (const [id, digest] of digestsById(reportedObserved))
    if (state.reported.has(id)) state.reportedObserved!.set(id, digest);
  return state;
}

/** [id, digest] pairs of a `{ "<id>": "<digest>" }` object; anything malformed (a hand edit) is skipped. */
function digestsById(value: unknown): [string, string][] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.entries(value).filter(
    (entry): entry is [string, string] => ID.test(entry[0]) && typeof entry[1] === 'string' && ID.test(entry[1]),
  );
}

/** [id, day] pairs of a `{ day: "<id><id>…" }` object; anything malformed (a hand edit) is skipped. */
function idsByDay(days: unknown): [string, string][] {
  if (typeof days !== 'object' || days === null || Array.isArray(days)) return [];
  return Object.entries(days).flatMap(([day, ids]) =>
    isDay(day) && typeof ids === 'string' && /^(?:[0-9a-f]{12})*$/.test(ids)
      ? (ids.match(/[0-9a-f]{12}/g) ?? []).map((id): [string, string] => [id, day])
      : [],
  );
}

/** Text cut to LABEL_LENGTH characters, for labels and comment lines. */
export function brief(text: string): string {
  return text.length > LABEL_LENGTH ? `${text.slice(0, LABEL_LENGTH)}…` : text;
}

/** A finding as the issue's record and its comments name it: its headline, cut to LABEL_LENGTH. */
export function findingLabel(finding: DriftFinding): string {
  return brief(findingHeadline(finding));
}

/** Kinds a run can fail to check (CloudFormation's resource drift); every other kind is recomputed on each run. */
const UNCHECKABLE_KINDS = new Set(['resource-drift', 'iam-resource-drift']);

/**
 * Findings of earlier runs that this run could not check again: their StackSet's resource drift was "not checked"
 * (busy, not supported, timed out), so their absence says nothing. They stay reported, neither cleared nor closed
 * over, until a run checks them. Without this, keeping a StackSet busy at check time would clear its findings.
 *
 * The entries come from the issue body, which anyone who can edit the issue can rewrite, so one is carried only when
 * it could be a finding of this run: its kind and target give its id (decodeDriftIssueState keeps them only then),
 * and its target lies under a StackSet that main still declares (`declaredStackSets`, names) and that this run
 * could not check. Anything else from the body counts for nothing here, so no edit keeps the issue open.
 */
export function unverifiedFindings(
  previous: DriftIssueState,
  report: Pick<DriftReport, 'findings' | 'notChecked'>,
  declaredStackSets: readonly string[],
): Map<string, ReportedEntry> {
  const current = new Set(report.findings.map((finding) => finding.id));
  const declared = new Set(declaredStackSets.map((name) => `stackset:${name}`));
  // Other parts a run may fail to read (CloudTrail's `organization`, say) never hold resource drift.
  const unchecked = new Set(
    report.notChecked.filter((part) => !part.coverageGap && declared.has(part.target)).map((part) => part.target),
  );
  // A StackSet name holds neither '@' nor '#' (CloudFormation: [a-zA-Z][-a-zA-Z0-9]*), which join a target's parts.
  const stackSetOf = (target: string) => /^stackset:[^@#]+/.exec(target)?.[0];
  return new Map(
    [...previous.reported].filter(([id, entry]) => {
      const stackSet = stackSetOf(entry.target ?? '');
      return (
        !current.has(id) &&
        entry.kind !== undefined &&
        UNCHECKABLE_KINDS.has(entry.kind) &&
        stackSet !== undefined &&
        unchecked.has(stackSet)
      );
    }),
  );
}

/**
 * The state at its full budget, then at smaller ones: the body keeps the largest that fits beside the summary and
 * the critical findings. A smaller one leaves out only first-seen days: findings a later run may fail to check, and
 * those carried over, stay whole at every budget.
 */
export function driftIssueStates(
  report: Pick<DriftReport, 'findings' | 'ignored'>,
  carried: ReadonlyMap<string, ReportedEntry>,
  covered: ReadonlyMap<string, string> = new Map(),
): string[] {
  return [STATE_BUDGET, ...SMALLER_STATE_BUDGETS].map((budget) =>
    encodeDriftIssueState(report, carried, budget, covered),
  );
}
