import { compareText } from '../ordering.js';
import { sha256Digest } from '../plan/canonical-json.js';
import { controlsAccess } from '../plan/template-change.js';
import { countOf, listNames } from '../report/phrasing.js';
import { NOT_REACHED } from './detect-stack-set-drift.js';
import type { StackSetDetection, UncheckedPart } from './detect-stack-set-drift.js';
import type { DriftContext } from './drift-context.js';
import { makeFinding } from './drift-report.js';
import type { DriftFinding, NotChecked } from './drift-report.js';
import { resourceDriftAccept } from './resource-accepts.js';
import { instanceTarget } from './stack-set-findings.js';

/**
 * Property values are JSON text of any size (a whole policy statement, when one element of a list changed); a
 * finding shows this much of each, from a little before where the two first differ.
 */
const VALUE_LENGTH = 200;
const BEFORE_DIFFERENCE = 40;

/** CloudFormation's DifferenceType, in words (API Reference, PropertyDifference). */
const DIFFERENCE_TYPES: Record<string, string> = { ADD: 'added', REMOVE: 'removed', NOT_EQUAL: 'changed' };

/**
 * What a finding shows of a difference's two values: each whole when both are short, else a window of VALUE_LENGTH
 * characters from a little before where they first differ, marked … where cut. Showing the start of each instead
 * would show two equal texts for two policy statements that differ only at their end.
 */
function excerpts(difference: { expected: string; actual: string }): {
  expected: string;
  actual: string;
  cut: boolean;
} {
  const { expected, actual } = difference;
  if (expected.length <= VALUE_LENGTH && actual.length <= VALUE_LENGTH) return { expected, actual, cut: false };
  let first = 0;
  while (first < expected.length && first < actual.length && expected[first] === actual[first]) first++;
  const start = safeBoundary(expected, Math.max(0, first - BEFORE_DIFFERENCE));
  const window = (value: string) => {
    const end = safeBoundary(value, start + VALUE_LENGTH);
    return `${start > 0 ? '…' : ''}${value.slice(start, end)}${end < value.length ? '…' : ''}`;
  };
  return { expected: window(expected), actual: window(actual), cut: true };
}

/**
 * One side of a property difference as the finding shows it: `(none)` for the side an element added (ADD) or
 * removed (REMOVE) does not exist on (API Reference, PropertyDifference: DifferenceType), whatever placeholder
 * CloudFormation gives there (`null`, or nothing, which would read as an empty string).
 */
function side(difference: { expected: string; actual: string; type?: string }, which: 'expected' | 'actual'): string {
  const missing = which === 'expected' ? 'ADD' : 'REMOVE';
  return difference.type === missing ? '(none)' : excerpts(difference)[which] || '(none)';
}

/** `index`, or one before it where it would split a surrogate pair (half an emoji is not text). */
function safeBoundary(value: string, index: number): number {
  const code = value.charCodeAt(index);
  return index > 0 && index < value.length && code >= 0xdc00 && code <= 0xdfff ? index - 1 : index;
}

/**
 * Resource drift, as StackSet drift detection reported it: one finding per drifted resource of each stack instance,
 * `iam-resource-drift` for resources that grant or control access (the plan's own test, template-change.ts), and
 * "not checked" for StackSets, instances and resources that detection could not compare. Pure.
 *
 * Apply cannot revert resource drift: updating a StackSet with an unchanged template changes nothing in its stacks
 * (CloudFormation compares the template, not the resources), so each finding's restore hint says so.
 */
export function resourceDriftFindings(
  context: DriftContext,
  detections: readonly StackSetDetection[],
): { findings: DriftFinding[]; notChecked: NotChecked[] } {
  const findings: DriftFinding[] = [];
  const notChecked: NotChecked[] = [];
  for (const detection of detections) {
    const target = `stackset:${detection.stackSet}`;
    if (!detection.checked) {
      notChecked.push({ target, what: 'resource drift', reason: detection.reason });
      continue;
    }
    for (const drift of detection.drifts) {
      const account = context.accountTarget(drift.accountId);
      const where = `${account.slice('account:'.length)} ${drift.region}`;
      const deleted = drift.status === 'DELETED';
      findings.push(
        makeFinding(
          controlsAccess({
            logicalId: drift.logicalId,
            type: drift.resourceType,
            // The drifted properties by their top-level names: a bucket's PublicAccessBlockConfiguration is access.
            properties: Object.fromEntries(
              drift.differences.map((difference) => [difference.path.split('/').filter(Boolean)[0] ?? '', true]),
            ),
            definition: {},
          })
            ? 'iam-resource-drift'
            : 'resource-drift',
          `${instanceTarget(detection.stackSet, account, drift.region)}#${drift.logicalId}`,
          {
            expected: deleted
              ? `${drift.logicalId} (${drift.resourceType}) as the template declares it`
              : drift.differences
                  .map((difference) => `${difference.path} = ${side(difference, 'expected')}`)
                  .join('; '),
            actual: deleted
              ? `deleted${drift.physicalId ? ` (${drift.physicalId})` : ''}`
              : drift.differences.map((difference) => `${difference.path} = ${side(difference, 'actual')}`).join('; '),
            restore: `apply cannot revert it: a StackSet update with an unchanged template changes nothing in its stacks. Revert it by hand in ${where}${deleted ? ' (or delete and redeploy the stack instance)' : ''}, or change the template, which redeploys every instance`,
            accept: resourceDriftAccept(context, detection.stackSet, drift, account),
            details: drift.differences.map((difference) => {
              const { cut } = excerpts(difference);
              const what = DIFFERENCE_TYPES[difference.type ?? ''] ?? 'changed';
              // The digest stands for the whole value: a change past what is shown still changes the finding.
              const whole = cut
                ? ` (the actual value is ${difference.actual.length} characters, ${sha256Digest(difference.actual).slice(0, 'sha256:'.length + 12)})`
                : '';
              return `${difference.path} ${what}: expected ${side(difference, 'expected')}, actual ${side(difference, 'actual')}${whole}`;
            }),
          },
          context.checkedOn,
        ),
      );
    }
    notChecked.push(...uncheckedParts(context, target, detection.unchecked));
    // Read tonight, detected earlier: a change made since its start is in no result, and the report must say so.
    if (detection.detectedBefore)
      notChecked.push({
        target,
        what: `resource drift since ${detection.detectedBefore}`,
        reason: `these results are those of the detection an earlier run started then and left running, as it outlasted that run's time budget; a change made since shows on a later run whose detection finishes in time (raise the budget: --detection-minutes)`,
      });
  }
  return { findings, notChecked };
}

/** Unchecked instances and resources of one StackSet, one entry per drift status. */
function uncheckedParts(context: DriftContext, target: string, parts: readonly UncheckedPart[]): NotChecked[] {
  const byStatus = new Map<string, string[]>();
  for (const part of parts) {
    const where = `${context.accountTarget(part.accountId).slice('account:'.length)} ${part.region}`;
    const label = part.resource ? `${part.resource.logicalId} (${part.resource.resourceType}) in ${where}` : where;
    const key = `${part.resource ? 'resource' : 'instance'}\n${part.status}`;
    byStatus.set(key, [...(byStatus.get(key) ?? []), label]);
  }
  return [...byStatus]
    .sort(([a], [b]) => compareText(a, b))
    .map(([key, labels]) => {
      const [part = '', status = ''] = key.split('\n');
      return {
        target,
        what: `resource drift of ${countOf(labels.length, part === 'resource' ? 'resource' : 'stack instance')}: ${listNames(labels.sort(compareText))}`,
        reason:
          status === NOT_REACHED
            ? `this detection did not reach ${labels.length === 1 ? 'it' : 'them'}: CloudFormation's last drift check there is older than the operation`
            : `drift detection reported ${labels.length === 1 ? 'it' : 'them'} ${status}`,
      };
    });
}
