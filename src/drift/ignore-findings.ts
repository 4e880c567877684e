import { targetPatternMatches } from '../config/drift-declarations.js';
import type { DriftIgnoreEntry } from '../config/drift-declarations.js';
import { expiryInstant } from '../config/rules/exceptions.js';
import { visibleLine } from '../report/visible-text.js';
import type { DriftFinding, IgnoredFinding, IgnoreMatch } from './drift-report.js';

/**
 * Splits findings into those reported and those an `ignore:` entry of baselines/organization.yaml matches. An entry
 * holds until the end of its expiry day (UTC), like a manifest exception; an expired entry matches nothing, so its
 * findings are reported again, each with `ignoreExpired` naming the entry. Pure.
 */
export function applyIgnoreList(
  findings: readonly DriftFinding[],
  entries: readonly DriftIgnoreEntry[],
  now: Date,
): { findings: DriftFinding[]; ignored: IgnoredFinding[] } {
  const inForce = (entry: DriftIgnoreEntry) => expiryInstant(entry.expires) >= now.getTime();
  const current = entries.filter(inForce);
  const expired = entries.filter((entry) => !inForce(entry));
  const reported: DriftFinding[] = [];
  const ignored: IgnoredFinding[] = [];
  for (const finding of findings) {
    const entry = current.find((candidate) => matches(candidate, finding));
    if (entry) {
      ignored.push({ ...finding, ignoredBy: describeEntry(entry) });
      continue;
    }
    // Reported again because its entry ran out: a reader is told so, not left to think the drift is new.
    const lapsed = expired.find((candidate) => matches(candidate, finding));
    reported.push(lapsed ? { ...finding, ignoreExpired: { ...lapsed.expiresAt, expires: lapsed.expires } } : finding);
  }
  return { findings: reported, ignored };
}

/**
 * Whether an entry of `entries` in force at `now` holds back a finding known by its id, kind and target: one the
 * drift issue carries from an earlier run that this run could not check again, say.
 */
export function isIgnored(
  entries: readonly DriftIgnoreEntry[],
  finding: Pick<DriftFinding, 'id' | 'kind' | 'target'>,
  now: Date,
): boolean {
  return entries.some((entry) => expiryInstant(entry.expires) >= now.getTime() && matches(entry, finding));
}

function matches(entry: DriftIgnoreEntry, finding: Pick<DriftFinding, 'id' | 'kind' | 'target'>): boolean {
  if (entry.id !== undefined) return entry.id === finding.id;
  if (entry.kind !== finding.kind) return false;
  // Drift prints a target's control characters as code points (`<U+001B>`), and validate refuses them raw in YAML: a
  // target copied from the output must still name the finding, as the README promises.
  return (
    entry.target === undefined ||
    targetPatternMatches(entry.target, finding.target) ||
    targetPatternMatches(entry.target, visibleLine(finding.target))
  );
}

function describeEntry(entry: DriftIgnoreEntry): IgnoreMatch {
  return {
    entry:
      entry.id !== undefined
        ? `id ${entry.id}`
        : `kind ${entry.kind}${entry.target === undefined ? '' : `, target ${entry.target}`}`,
    reason: entry.reason,
    expires: entry.expires,
    ...(entry.approvedBy === undefined ? {} : { approvedBy: entry.approvedBy }),
    line: entry.line,
  };
}
