import { LookupEventsCommand } from '@aws-sdk/client-cloudtrail';
import type { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import type { ChangeEvent, EventSource } from './change-attribution.js';

/**
 * LookupEvents keeps 90 days of management events (CloudTrail User Guide, "Viewing events with CloudTrail event
 * history").
 */
const HISTORY_DAYS = 90;
/** LookupEvents' largest page (CloudTrail API Reference, LookupEvents: MaxResults, at most 50). */
export const LOOKUP_PAGE_SIZE = 50;
/** Pages per event name: the latest 200 calls of a kind are mostly plenty to find the last one per target. */
export const PAGES_PER_EVENT = 4;

/**
 * The successful calls of the given event names in the last 90 days, from CloudTrail event history, newest first per
 * name. One LookupEvents query per event name (it takes one lookup attribute), at most PAGES_PER_EVENT pages each;
 * LookupEvents allows 2 requests per second per account and region, and the client's retries absorb throttling.
 * Calls that failed (an `errorCode` in the record) changed nothing and are left out. When CloudTrail refuses (the
 * role lacks cloudtrail:LookupEvents) or the endpoint lacks it, what was read before stays, with the SDK's error.
 * `cut` names the event names with more calls than were read: an event name matches every service's calls of that
 * name (TagResource of Lambda, KMS…), which can fill the pages before the source's own.
 */
export async function readChangeEvents(
  cloudTrail: CloudTrailClient,
  source: EventSource,
  eventNames: ReadonlySet<string>,
  now: Date,
): Promise<{ events: ChangeEvent[]; cut: string[]; error?: unknown }> {
  const events: ChangeEvent[] = [];
  const cut: string[] = [];
  try {
    await readInto(events, cut, cloudTrail, source, eventNames, now);
    return { events, cut };
  } catch (error) {
    return { events, cut, error };
  }
}

async function readInto(
  events: ChangeEvent[],
  cut: string[],
  cloudTrail: CloudTrailClient,
  source: EventSource,
  eventNames: ReadonlySet<string>,
  now: Date,
): Promise<void> {
  const StartTime = new Date(now.getTime() - HISTORY_DAYS * 86_400_000);
  for (const name of [...eventNames].sort()) {
    let NextToken: string | undefined;
    for (let page = 0; page < PAGES_PER_EVENT; page++) {
      const answer = await cloudTrail.send(
        new LookupEventsCommand({
          LookupAttributes: [{ AttributeKey: 'EventName', AttributeValue: name }],
          StartTime,
          EndTime: now,
          MaxResults: LOOKUP_PAGE_SIZE,
          NextToken,
        }),
      );
      for (const event of answer.Events ?? []) {
        const record = parseRecord(event.CloudTrailEvent);
        if (!record || record.errorCode !== undefined || record.eventSource !== source) continue;
        events.push({
          eventSource: source,
          eventName: event.EventName ?? name,
          time: (event.EventTime ?? now).toISOString(),
          principal: principalOf(record, event.Username),
          requestParameters: isObject(record.requestParameters) ? record.requestParameters : {},
        });
      }
      NextToken = answer.NextToken;
      if (!NextToken) break;
    }
    if (NextToken) cut.push(name);
  }
}

interface CloudTrailRecord {
  eventSource?: string;
  errorCode?: string;
  requestParameters?: unknown;
  userIdentity?: { type?: string; arn?: string; principalId?: string; invokedBy?: string };
}

function parseRecord(text: string | undefined): CloudTrailRecord | undefined {
  if (!text) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return isObject(parsed) ? (parsed as CloudTrailRecord) : undefined;
  } catch {
    return undefined;
  }
}

/** The caller's ARN; a service's name when a service called; else the principal id or the user name. */
function principalOf(record: CloudTrailRecord, username: string | undefined): string {
  const identity = record.userIdentity ?? {};
  return identity.arn ?? identity.invokedBy ?? identity.principalId ?? username ?? 'unknown';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The region CloudTrail records AWS Organizations calls in: the partition's Organizations endpoint region
 * (us-east-1; us-gov-west-1 in AWS GovCloud (US); cn-northwest-1 in China). CloudTrail User Guide, "AWS
 * Organizations information in CloudTrail".
 */
export function organizationsEventRegion(homeRegion: string): string {
  if (homeRegion.startsWith('us-gov-')) return 'us-gov-west-1';
  if (homeRegion.startsWith('cn-')) return 'cn-northwest-1';
  return 'us-east-1';
}
