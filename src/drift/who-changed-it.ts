import { createCloudTrailClient } from '../observe/aws-clients.js';
import { describeAwsError } from '../observe/aws-errors.js';
import { attributeFindings, attributionEvents, planAttribution } from './change-attribution.js';
import { listNames } from '../report/phrasing.js';
import type { ChangeEvent, EventSource } from './change-attribution.js';
import type { DriftContext } from './drift-context.js';
import type { DriftFinding, NotChecked } from './drift-report.js';
import { ENDPOINT_UNSUPPORTED, endpointLacksOperation } from './detect-stack-set-drift.js';
import { LOOKUP_PAGE_SIZE, organizationsEventRegion, PAGES_PER_EVENT, readChangeEvents } from './read-change-events.js';
import type { ForeignScpAttachment } from './foreign-scps.js';

/**
 * The findings with who made each change, read from CloudTrail event history in the management account:
 * Organizations calls where the partition records them, CloudFormation calls in the home region, where vend's
 * StackSets live. Reads only (cloudtrail:LookupEvents), and only the event names the findings need. When CloudTrail
 * cannot say (no permission, an endpoint without it), the findings go unattributed and one "not checked" entry says
 * why: who changed it is a convenience, never a reason for the check to fail.
 */
export async function findWhoChangedIt(
  context: DriftContext,
  foreign: readonly ForeignScpAttachment[],
  findings: readonly DriftFinding[],
  now: Date,
): Promise<{ findings: DriftFinding[]; notChecked: NotChecked[] }> {
  const plan = planAttribution(context, foreign, findings);
  if (plan.lookups.size === 0) return { findings: [...findings], notChecked: [] };
  const homeRegion = context.desired.organization.homeRegion;
  const regionOf: Record<EventSource, string> = {
    'organizations.amazonaws.com': organizationsEventRegion(homeRegion),
    'cloudformation.amazonaws.com': homeRegion,
  };
  const events: ChangeEvent[] = [];
  const cut = new Set<string>();
  const notChecked: NotChecked[] = [];
  for (const [source, names] of plan.lookups) {
    const cloudTrail = createCloudTrailClient({ region: regionOf[source] });
    try {
      const read = await readChangeEvents(cloudTrail, source, names, now);
      events.push(...read.events);
      for (const name of read.cut) cut.add(`${source} ${name}`);
      if (read.error !== undefined)
        notChecked.push({
          target: 'organization',
          what: `who changed it (${source.split('.')[0]} calls)`,
          reason: endpointLacksOperation(read.error)
            ? ENDPOINT_UNSUPPORTED
            : describeAwsError(read.error, 'CloudTrail LookupEvents (the drift role needs cloudtrail:LookupEvents)')
                .message,
        });
    } finally {
      cloudTrail.destroy();
    }
  }
  const attributed = attributeFindings(findings, events, plan);
  // A finding left without a caller whose calls were cut from what was read may have been changed by an older
  // call: said, so it does not read as "CloudTrail has no record".
  const cutNames = new Set<string>();
  for (const finding of attributed) {
    const lookup = finding.changedBy === undefined ? attributionEvents(finding) : undefined;
    for (const name of lookup?.events ?? []) if (cut.has(`${lookup!.source} ${name}`)) cutNames.add(name);
  }
  if (cutNames.size > 0)
    notChecked.push({
      target: 'organization',
      what: 'who changed it, beyond the latest calls read',
      reason: `CloudTrail event history is searched by event name, across every AWS service, and only the latest ${LOOKUP_PAGE_SIZE * PAGES_PER_EVENT} calls named ${listNames([...cutNames].sort())} were read; a finding without "changed" may come from an older one`,
    });
  return { findings: attributed, notChecked };
}
