import { compareText } from '../ordering.js';
import { controlsAccess } from '../plan/template-change.js';
import { countOf, listNames } from '../report/phrasing.js';
import { NOT_REACHED } from './detect-stack-set-drift.js';
import type { StackSetDetection, UncheckedPart } from './detect-stack-set-drift.js';
import type { DriftContext } from './drift-context.js';
import { makeFinding } from './drift-report.js';
import type { DriftFinding, NotChecked } from './drift-report.js';
import { templateFileOf } from './repository-places.js';
import { instanceTarget } from './stack-set-findings.js';

/** Property values are JSON text of any size; a finding shows their start. */
const VALUE_LENGTH = 200;

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
  const prefix = context.desired.organization.stackSets.namePrefix;
  for (const detection of detections) {
    const target = `stackset:${detection.stackSet}`;
    if (!detection.checked) {
      notChecked.push({ target, what: 'resource drift', reason: detection.reason });
      continue;
    }
    const template = templateFileOf(context, detection.stackSet.slice(prefix.length));
    for (const drift of detection.drifts) {
      const account = context.accountTarget(drift.accountId);
      const where = `${account.slice('account:'.length)} ${drift.region}`;
      const deleted = drift.status === 'DELETED';
      const shown = (value: string) => (value.length > VALUE_LENGTH ? `${value.slice(0, VALUE_LENGTH)}…` : value);
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
              : drift.differences.map((difference) => `${difference.path} = ${shown(difference.expected)}`).join('; '),
            actual: deleted
              ? `deleted${drift.physicalId ? ` (${drift.physicalId})` : ''}`
              : drift.differences.map((difference) => `${difference.path} = ${shown(difference.actual)}`).join('; '),
            restore: `apply cannot revert it: a StackSet update with an unchanged template changes nothing in its stacks. Revert it by hand in ${where}${deleted ? ' (or delete and redeploy the stack instance)' : ''}, or change the template, which redeploys every instance`,
            accept: deleted
              ? `remove ${drift.logicalId} from ${template}`
              : `declare the deployed ${drift.differences.length === 1 ? 'value' : 'values'} of ${drift.logicalId} in ${template}`,
            details: drift.differences.map(
              (difference) =>
                `${difference.path}: expected ${shown(difference.expected)}, actual ${shown(difference.actual)}`,
            ),
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
