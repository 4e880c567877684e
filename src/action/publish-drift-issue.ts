import { carryFirstSeen, driftTransitions } from '../drift/assemble-report.js';
import { observedDigest } from '../drift/drift-report.js';
import type { DriftFinding, DriftNotRun, DriftReport } from '../drift/drift-report.js';
import { DRIFT_KINDS, severityRank } from '../drift/drift-kinds.js';
import type { DriftKind, DriftSeverity } from '../drift/drift-kinds.js';
import { isIgnored } from '../drift/ignore-findings.js';
import type { DriftIgnoreEntry } from '../config/drift-declarations.js';
import { commentOnDriftIssue, findDriftIssue, openDriftIssue, updateDriftIssue } from '../github/drift-issue.js';
import type { GitHubClient } from '../github/octokit.js';
import { decodeDriftIssueState, driftIssueStates, unverifiedFindings } from '../report/drift-issue.js';
import { driftChangeComment, driftClosedComment, driftIssueTitle } from '../report/drift-issue-comments.js';
import { namedInRecord } from '../report/drift-issue-comment-lists.js';
import type { ReportedEntry } from '../report/drift-issue.js';
import { DRIFT_ISSUE_MARKER, renderDriftIssueBody } from '../report/drift-markdown.js';
import { DRIFT_NOT_RUN_TITLE, driftNotRunComment, renderDriftNotRunBody } from '../report/drift-not-run.js';

export interface DriftIssueTarget {
  owner: string;
  repo: string;
  botLogin: string;
  runUrl?: string;
  /** Unfinished apply runs, as `status: url`, for a note in the body. */
  applying?: string[];
  /** The StackSets main declares, by name: only their findings can stay open unchecked (unverifiedFindings). */
  declaredStackSets: readonly string[];
  /**
   * Main's `ignore:` entries: an earlier finding this run could not check again that one of them now matches is
   * kept in the state, not cleared, but neither counts nor keeps the issue open, as it would not if checked.
   */
  ignoreList?: readonly DriftIgnoreEntry[];
}

export interface DriftIssueResult {
  /** The report with firstSeen carried from the issue. */
  report: DriftReport;
  action: 'opened' | 'updated' | 'closed' | 'reopened' | 'none';
  issueNumber?: number;
  url?: string;
  /**
   * Whether the run commented: only when findings appeared, cleared or became ignored, an ignored one changed, or
   * the issue closed or reopened.
   */
  commented: boolean;
  /**
   * Labels of earlier findings this run could not check again (unverifiedFindings): the issue keeps them open, so
   * the step's outputs and summary count them too.
   */
  unverified: string[];
  /** Their kinds' severities, in the same order: fail-on-drift counts them as the outputs do. */
  unverifiedSeverities: DriftSeverity[];
  /** Labels and severities of earlier findings not checked again that ignore: entries now cover. */
  ignoredUnverified: string[];
  ignoredUnverifiedSeverities: DriftSeverity[];
}

/**
 * Keeps the one drift issue: opens it at the first finding; rewrites its body on every run, commenting only when
 * findings appear or clear; closes it with a comment naming the commit once nothing is left; and reopens the same
 * issue when drift returns. Each finding keeps the day it was first seen through the body's hidden state.
 */
export async function publishDriftIssue(
  octokit: GitHubClient,
  target: DriftIssueTarget,
  checked: DriftReport,
): Promise<DriftIssueResult> {
  const location = { owner: target.owner, repo: target.repo, botLogin: target.botLogin, marker: DRIFT_ISSUE_MARKER };
  const existing = await findDriftIssue(octokit, location);
  const previous = decodeDriftIssueState(existing?.body);
  // The state is text in the body, which anyone who can edit the issue can change: a day before the issue was
  // opened is one no run of this issue saw, so it counts from the issue's opening instead.
  const opened = existing?.createdAt.slice(0, 10) ?? '';
  const today = checked.checkedAt.slice(0, 10);
  const notBefore = (day: string) => (day < opened ? opened : day > today ? today : day);
  const previouslyCovered = previous.covered ?? new Map<string, string>();
  const known = new Map(
    [
      ...[...previous.reported].map(([id, entry]) => [id, entry.firstSeen] as const),
      ...previous.ignored,
      ...previouslyCovered,
    ].map(([id, day]) => [id, notBefore(day)] as const),
  );
  const report = carryFirstSeen(checked, known);
  // Findings another one now stands for (an SCP detached, once SCPs are switched off) keep their day in the state:
  // when they stand alone again they are the same findings, not new ones.
  const coveringNow = new Set([...report.findings, ...report.ignored].flatMap((finding) => finding.covers ?? []));
  const reportedNow = new Set(report.findings.map((finding) => finding.id));
  const covered = new Map([...known].filter(([id]) => coveringNow.has(id) && !reportedNow.has(id)));
  const carried = new Map(
    [...unverifiedFindings(previous, report, target.declaredStackSets)].map(
      ([id, entry]) => [id, { ...entry, firstSeen: notBefore(entry.firstSeen) }] as const,
    ),
  );
  const checkedAt = new Date(report.checkedAt);
  const ignores = ([id, entry]: readonly [string, ReportedEntry]) =>
    isIgnored(target.ignoreList ?? [], { id, kind: entry.kind as DriftKind, target: entry.target ?? '' }, checkedAt);
  const unverified = new Map([...carried].filter((entry) => !ignores(entry)));
  // Ignored, yet not seen gone either: listed with the ignored findings, never as cleared.
  const ignoredCarried = [...carried].filter(ignores);
  const ignoredUnverified = ignoredCarried.map(([, entry]) => entry.label);
  // A kind this vend no longer knows (an older issue's record) counts as high.
  const severityOf = (entry: ReportedEntry) => DRIFT_KINDS[entry.kind as DriftKind]?.severity ?? 'high';
  const ignoredCarriedSeverities = ignoredCarried.map(([id, entry]) => ({ id, severity: severityOf(entry) }));
  const ignoredUnverifiedSeverities = ignoredCarriedSeverities.map((entry) => entry.severity);
  const unverifiedLabels = [...unverified.values()].map((entry) => entry.label);
  const unverifiedSeverities = [...unverified.values()].map(severityOf);
  const drifted = report.findings.length > 0 || unverified.size > 0;
  const title = driftIssueTitle(report, unverified.size, ignoredUnverifiedSeverities);
  const body = renderDriftIssueBody(report, {
    state: driftIssueStates(report, carried, covered),
    ...(target.runUrl ? { runUrl: target.runUrl } : {}),
    ...(target.applying ? { applying: target.applying } : {}),
    unverified: unverifiedLabels,
    unverifiedSeverities,
    ignoredUnverified,
    ignoredUnverifiedSeverities,
  });

  if (!existing) {
    if (!drifted)
      return {
        report,
        action: 'none',
        commented: false,
        unverified: unverifiedLabels,
        unverifiedSeverities,
        ignoredUnverified,
        ignoredUnverifiedSeverities,
      };
    const opened = await openDriftIssue(octokit, location, { title, body });
    return {
      report,
      action: 'opened',
      issueNumber: opened.number,
      url: opened.url,
      commented: false,
      unverified: unverifiedLabels,
      unverifiedSeverities,
      ignoredUnverified,
      ignoredUnverifiedSeverities,
    };
  }
  const done = (action: DriftIssueResult['action'], commented: boolean): DriftIssueResult => ({
    report,
    action,
    issueNumber: existing.number,
    url: existing.url,
    commented,
    unverified: unverifiedLabels,
    unverifiedSeverities,
    ignoredUnverified,
    ignoredUnverifiedSeverities,
  });
  const transitions = driftTransitions(
    new Set([...previous.reported.keys(), ...previouslyCovered.keys()]),
    report,
    previous.ignoredObserved,
    previous.reportedObserved,
  );
  const { appeared, ignored, changedWhileIgnored, clearedWhileIgnored, changedWhileReported, foundWhileIgnored } =
    transitions;
  // What became of ignored findings, said alike by every comment: one object, so no path can leave one list out.
  const whileIgnored = { changedWhileIgnored, clearedWhileIgnored, foundWhileIgnored };
  const saysWhileIgnored = Object.values(whileIgnored).some((list) => list.length > 0);
  // Told as part of another finding on an earlier run already: not again every night.
  const newlyCovered = new Map([...transitions.covered].filter(([id]) => !previouslyCovered.has(id)));
  if (existing.state === 'closed') {
    if (!drifted) {
      // Closed with only ignored findings left: one that changes or goes is still worth a word, and the issue stays
      // closed.
      if (!saysWhileIgnored) {
        // Closed by a person while findings remained: their clearing (or their ignore: entry) is still said, and
        // the issue stays closed. An ignored finding not checked again stays in the record vend closed it with.
        const heldBack = new Set(ignoredCarried.map(([id]) => id));
        const closedByPerson = [...previous.reported.keys()].some((id) => !heldBack.has(id));
        if (closedByPerson) {
          await updateDriftIssue(octokit, location, existing.number, { title, body });
          await commentOnDriftIssue(
            octokit,
            location,
            existing.number,
            driftClosedComment(
              report,
              previous.reported,
              ignoredCarriedSeverities,
              true,
              {},
              previous.omitted?.count ?? 0,
            ),
          );
          return done('updated', true);
        }
        // The body must list the ignored findings this check found (one new among them, say), and the title may
        // still say that the last check could not run; a night that changes neither leaves the issue alone.
        const recorded = previous.ignoredObserved ?? new Map<string, string>();
        const sameIgnored =
          report.ignored.length === recorded.size &&
          report.ignored.every((finding) => recorded.get(finding.id) === observedDigest(finding));
        if (existing.title === title && sameIgnored) return done('none', false);
        await updateDriftIssue(octokit, location, existing.number, { title, body });
        return done('updated', false);
      }
      await updateDriftIssue(octokit, location, existing.number, { title, body });
      const change = {
        appeared: [],
        cleared: transitions.cleared,
        ignored,
        ...whileIgnored,
        reopened: false,
        unverified: unverified.size,
      };
      await commentOnDriftIssue(octokit, location, existing.number, driftChangeComment(change, previous, report));
      return done('updated', true);
    }
    await updateDriftIssue(octokit, location, existing.number, { title, body, state: 'open' });
    // Vend closes the issue only with an empty state: findings remembered in a closed issue mean a person closed it.
    const stillThere = report.findings.some((finding) => previous.reported.has(finding.id));
    // What changed while it was closed is said as on an open issue: a guardrail newly held back by an ignore:
    // entry, and what cleared, must not go unsaid because a person closed the issue.
    const change = {
      appeared: report.findings,
      cleared: transitions.cleared.filter((id) => !carried.has(id)),
      ignored,
      ...whileIgnored,
      reopened: true,
      closedByHand: stillThere,
      unverified: unverified.size,
    };
    await commentOnDriftIssue(octokit, location, existing.number, driftChangeComment(change, previous, report));
    return done('reopened', true);
  }
  await updateDriftIssue(octokit, location, existing.number, { title, body });
  if (!drifted) {
    await commentOnDriftIssue(
      octokit,
      location,
      existing.number,
      driftClosedComment(
        report,
        previous.reported,
        ignoredCarriedSeverities,
        false,
        whileIgnored,
        previous.omitted?.count ?? 0,
      ),
    );
    await updateDriftIssue(octokit, location, existing.number, { state: 'closed' });
    return done('closed', true);
  }
  const cleared = transitions.cleared.filter((id) => !carried.has(id));
  // Past what the state holds (thousands of findings) the last run left the mildest out: one of their kinds, of that
  // severity or milder, missing from it may be one of those, not new, and announcing them would comment every night.
  const omitted = previous.omitted;
  const unrecordable = (finding: DriftFinding) =>
    omitted !== undefined &&
    severityRank(finding.severity) >= severityRank(omitted.severity) &&
    omitted.kinds.includes(finding.kind);
  const announced = appeared.filter((finding) => !unrecordable(finding));
  // More of them than the record counted means some are new (a guardrail detached tonight beside hundreds the record
  // could not hold): said as a count, since which ones cannot be told.
  const more = appeared.filter(unrecordable).length - (omitted?.count ?? 0);
  const beyondRecord = omitted && more > 0 ? { more, kinds: omitted.kinds } : undefined;
  // An id the record held without its kind and target going away is said with a comment that has more to say, but
  // is no reason to notify everyone on its own: anyone who can edit the issue can write one in.
  const namedCleared = cleared.filter((id) => namedInRecord(id, previous.reported.get(id)?.label));
  if (
    !saysWhileIgnored &&
    [announced, namedCleared, ignored, changedWhileReported].every((list) => list.length === 0) &&
    newlyCovered.size === 0 &&
    !beyondRecord
  )
    return done('updated', false);
  await commentOnDriftIssue(
    octokit,
    location,
    existing.number,
    driftChangeComment(
      {
        appeared: announced,
        cleared,
        ignored,
        covered: newlyCovered,
        ...whileIgnored,
        changedWhileReported,
        reopened: false,
        unverified: unverified.size,
        ...(beyondRecord ? { beyondRecord } : {}),
      },
      previous,
      report,
    ),
  );
  return done('updated', true);
}

/**
 * Records on the drift issue that a check could not run (DriftNotRun): opens the issue with the reason when there is
 * none, so a nightly check that stopped running is seen; otherwise comments once and sets the title, leaving the
 * body and its state (each finding's firstSeen) as the last check that ran wrote them. The next check that runs
 * rewrites the title and body. A closed issue is reopened: a check broken for weeks must show among the open
 * issues, and the next check that runs and finds no drift closes it again.
 */
export async function recordDriftNotRun(
  octokit: GitHubClient,
  target: Pick<DriftIssueTarget, 'owner' | 'repo' | 'botLogin' | 'runUrl'>,
  notRun: DriftNotRun,
): Promise<Pick<DriftIssueResult, 'action' | 'url' | 'commented'>> {
  const location = { owner: target.owner, repo: target.repo, botLogin: target.botLogin, marker: DRIFT_ISSUE_MARKER };
  const context = target.runUrl ? { runUrl: target.runUrl } : {};
  const existing = await findDriftIssue(octokit, location);
  if (!existing) {
    const opened = await openDriftIssue(octokit, location, {
      title: DRIFT_NOT_RUN_TITLE,
      body: renderDriftNotRunBody(notRun, context),
    });
    return { action: 'opened', url: opened.url, commented: false };
  }
  const reopen = existing.state === 'closed' ? ({ state: 'open' } as const) : {};
  // Said already, on an earlier night that could not run either: one comment per outage, not one per night. Closed
  // since (by a person, or by a vend that left it closed) it is reopened all the same: closing it fixed nothing.
  if (existing.title === DRIFT_NOT_RUN_TITLE) {
    if (existing.state === 'open') return { action: 'none', url: existing.url, commented: false };
    await updateDriftIssue(octokit, location, existing.number, reopen);
    return { action: 'reopened', url: existing.url, commented: false };
  }
  await updateDriftIssue(octokit, location, existing.number, { title: DRIFT_NOT_RUN_TITLE, ...reopen });
  await commentOnDriftIssue(octokit, location, existing.number, driftNotRunComment(notRun, context));
  return { action: existing.state === 'closed' ? 'reopened' : 'updated', url: existing.url, commented: true };
}
