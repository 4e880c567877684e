import {
  DescribeStackSetOperationCommand,
  DetectStackSetDriftCommand,
  ListStackInstanceResourceDriftsCommand,
  ListStackSetOperationsCommand,
  paginateListStackInstances,
} from '@aws-sdk/client-cloudformation';
import type {
  CallAs,
  CloudFormationClient,
  StackSetOperationStatus,
  StackSetOperationSummary,
} from '@aws-sdk/client-cloudformation';
import { errorName, isCallerRefused } from '../observe/aws-errors.js';
import { describeDuration, pollUntil } from '../apply/polling.js';
import type { ApplyClock } from '../apply/polling.js';
import { describeAwsError } from '../observe/aws-errors.js';
import { mapWithConcurrency, READ_CONCURRENCY } from '../observe/bounded-concurrency.js';

/** The status of an instance this detection did not reach: its last drift check is older than the operation. */
export const NOT_REACHED = 'not reached by this detection';
/** One resource of one stack instance that differs from its template, as ListStackInstanceResourceDrifts has it. */
export interface ResourceDrift {
  accountId: string;
  region: string;
  logicalId: string;
  physicalId?: string;
  resourceType: string;
  status: 'MODIFIED' | 'DELETED';
  /**
   * Property path, expected and actual value, as CloudFormation reports them (values are JSON text), and its
   * DifferenceType: ADD and REMOVE for an element of a list added or removed, NOT_EQUAL otherwise
   * (CloudFormation API Reference, PropertyDifference).
   */
  differences: { path: string; expected: string; actual: string; type?: string }[];
}

/** A stack instance, or one of its resources, that detection could not compare. */
export interface UncheckedPart {
  accountId: string;
  region: string;
  /** The resource, for a resource; absent for a whole instance. */
  resource?: { logicalId: string; resourceType: string };
  status: string;
}

export type StackSetDetection =
  | {
      stackSet: string;
      checked: true;
      operationId: string;
      drifts: ResourceDrift[];
      unchecked: UncheckedPart[];
      /** When the results are an earlier run's detection, read now (unreadDetection): when it started, ISO 8601. */
      detectedBefore?: string;
    }
  | { stackSet: string; checked: false; reason: string };

export interface DetectionClients {
  cloudFormation: CloudFormationClient;
  /** Starts detection; see createDriftDetectionClient for why it retries less. */
  detection: CloudFormationClient;
}

export interface DetectionOptions {
  callAs?: CallAs;
  /** Injectable so polling is tested without waiting. */
  clock: ApplyClock;
  /** How long to wait for detection, from the first start, in ms; past it each StackSet still running is "not checked". */
  budgetMs: number;
  /** Between DescribeStackSetOperation polls, in ms: the first delay, growing by half up to the second. */
  poll?: { initialDelayMs: number; maxDelayMs: number };
  log?: (line: string) => void;
}

/** What the endpoint says when it does not implement DetectStackSetDrift at all; see endpointLacksOperation. */
export const ENDPOINT_UNSUPPORTED = 'the endpoint does not support it';

/**
 * Resource drift of every StackSet named, in parallel, following the AWS CloudFormation User Guide, "Detecting
 * unmanaged changes in stack sets" and the API Reference of DetectStackSetDrift, DescribeStackSetOperation,
 * ListStackInstances (DriftStatus) and ListStackInstanceResourceDrifts:
 *
 * 1. DetectStackSetDrift with every region in parallel, full concurrency and full failure tolerance, so one slow or
 *    failing account holds up nothing. A StackSet already running a drift detection is attached to; one busy with
 *    another operation is not checked, and the run goes on. A detection that outlasted an earlier run's budget and
 *    has since succeeded is read instead of started again (unreadDetection).
 * 2. DescribeStackSetOperation until the operation ends, within `budgetMs`; past it, "still running".
 * 3. ListStackInstances for each instance's drift status: DRIFTED instances' resources are read with
 *    ListStackInstanceResourceDrifts; UNKNOWN and NOT_CHECKED instances, and UNKNOWN, UNSUPPORTED and NOT_CHECKED
 *    resources, are not checked.
 *
 * Whatever goes wrong with one StackSet makes it "not checked", with the reason, except AWS refusing the role
 * (isCallerRefused): a drift role without these permissions would give up resource drift every night, so that throws
 * (AwsCallError, with the hint) and the check could not run.
 */
export async function detectStackSetDrift(
  clients: DetectionClients,
  stackSets: readonly string[],
  options: DetectionOptions,
): Promise<StackSetDetection[]> {
  const deadline = options.clock.now() + options.budgetMs;
  if (stackSets.length > 0)
    options.log?.(
      `Resource drift: detecting on ${stackSets.length} StackSet${stackSets.length === 1 ? '' : 's'}, for up to ${describeDuration(options.budgetMs)}`,
    );
  return Promise.all(
    stackSets.map(async (stackSet): Promise<StackSetDetection> => {
      try {
        const unread = await unreadDetection(clients.cloudFormation, stackSet, options);
        const started = unread ?? (await startOrAttach(clients, stackSet, options));
        if ('reason' in started) return { stackSet, checked: false, reason: started.reason };
        const ended = started.finished
          ? { startedAt: started.finished }
          : await waitForOperation(clients.cloudFormation, stackSet, started.operationId, deadline, options);
        if ('reason' in ended) return { stackSet, checked: false, reason: ended.reason };
        return {
          stackSet,
          checked: true,
          operationId: started.operationId,
          ...(unread ? { detectedBefore: unread.finished.toISOString() } : {}),
          ...(await readResults(
            clients.cloudFormation,
            stackSet,
            started.operationId,
            ended.startedAt,
            options.callAs,
          )),
        };
      } catch (error) {
        if (isCallerRefused(error)) throw describeAwsError(error, `Detecting drift on ${stackSet}`);
        return { stackSet, checked: false, reason: describeAwsError(error, 'reading drift detection').message };
      }
    }),
  );
}

/**
 * How recent an unread detection must have ended to be read instead of started again: a nightly run apart, with
 * room for GitHub starting scheduled runs late (by tens of minutes, at busy times hours), so the next night's run
 * still finds the detection the last one gave up on.
 */
const UNREAD_WINDOW_MS = 36 * 60 * 60 * 1000;

/**
 * A drift detection that an earlier run started and gave up on (it outlasted that run's budget) and that has since
 * SUCCEEDED, still the StackSet’s latest operation and ended within UNREAD_WINDOW_MS. Its results are read rather than started
 * again: otherwise a StackSet whose detection always takes longer than the budget would never be checked, and each
 * night would promise results on the next. ListStackSetOperations lists the most recent operations first (AWS CLI
 * example, list-stack-set-operations), so one page holds the latest.
 */
async function unreadDetection(
  cloudFormation: CloudFormationClient,
  stackSet: string,
  options: DetectionOptions,
): Promise<{ operationId: string; finished: Date } | undefined> {
  let summaries: StackSetOperationSummary[] | undefined;
  try {
    ({ Summaries: summaries } = await cloudFormation.send(
      new ListStackSetOperationsCommand({ StackSetName: stackSet, CallAs: options.callAs, MaxResults: 10 }),
    ));
  } catch {
    return undefined; // DetectStackSetDrift says what is wrong with the StackSet, if anything
  }
  const latest = [...(summaries ?? [])].sort(
    (a, b) => (b.CreationTimestamp?.getTime() ?? 0) - (a.CreationTimestamp?.getTime() ?? 0),
  )[0];
  const created = latest?.CreationTimestamp?.getTime();
  const ended = latest?.EndTimestamp?.getTime();
  if (
    latest?.Action !== 'DETECT_DRIFT' ||
    latest.Status !== 'SUCCEEDED' ||
    !latest.OperationId ||
    created === undefined ||
    ended === undefined ||
    ended - created <= options.budgetMs ||
    options.clock.now() - ended > UNREAD_WINDOW_MS
  )
    return undefined;
  options.log?.(
    `${stackSet}: reading drift detection ${latest.OperationId}, which ended ${latest.EndTimestamp!.toISOString()} after an earlier run's budget`,
  );
  return { operationId: latest.OperationId, finished: latest.CreationTimestamp! };
}

async function startOrAttach(
  clients: DetectionClients,
  stackSet: string,
  options: DetectionOptions,
): Promise<{ operationId: string; finished?: Date } | { reason: string }> {
  try {
    const { OperationId } = await clients.detection.send(
      new DetectStackSetDriftCommand({
        StackSetName: stackSet,
        CallAs: options.callAs,
        OperationPreferences: {
          RegionConcurrencyType: 'PARALLEL',
          MaxConcurrentPercentage: 100,
          FailureTolerancePercentage: 100,
        },
      }),
    );
    if (!OperationId) return { reason: 'DetectStackSetDrift returned no operation id' };
    return { operationId: OperationId };
  } catch (error) {
    if (endpointLacksOperation(error)) return { reason: ENDPOINT_UNSUPPORTED };
    if (isCallerRefused(error)) throw error;
    if (errorName(error) !== 'OperationInProgressException')
      return { reason: describeAwsError(error, 'DetectStackSetDrift').message };
  }
  // Another operation holds the StackSet: a drift detection (tonight's, from a run that timed out) is attached to.
  // Operations are listed newest first, so a running one is on the first page; one page only, since a StackSet's
  // history of operations can run to hundreds.
  const { Summaries: summaries } = await clients.cloudFormation.send(
    new ListStackSetOperationsCommand({ StackSetName: stackSet, CallAs: options.callAs, MaxResults: 100 }),
  );
  const running = (summaries ?? []).filter((operation) => RUNNING.has(operation.Status ?? ''));
  const detection = running.find((operation) => operation.Action === 'DETECT_DRIFT' && operation.OperationId);
  if (detection?.OperationId) {
    options.log?.(`${stackSet}: attaching to drift detection ${detection.OperationId}, already running`);
    return { operationId: detection.OperationId };
  }
  const other = running[0];
  if (other)
    return {
      reason:
        `the StackSet is busy with another operation (${other.Action ?? 'unknown'} ${other.OperationId ?? ''})`.trim(),
    };
  return { reason: 'the StackSet was busy with another operation, which has since ended: checked again next run' };
}

const RUNNING = new Set<string>(['RUNNING', 'QUEUED', 'STOPPING'] satisfies StackSetOperationStatus[]);

/** When a SUCCEEDED operation was created, or the reason it is not checked. */
async function waitForOperation(
  cloudFormation: CloudFormationClient,
  stackSet: string,
  operationId: string,
  deadline: number,
  options: DetectionOptions,
): Promise<{ startedAt: Date | undefined } | { reason: string }> {
  const poll = options.poll ?? { initialDelayMs: 5_000, maxDelayMs: 30_000 };
  const { value, timedOut } = await pollUntil(
    options.clock,
    { timeoutMs: Math.max(0, deadline - options.clock.now()), ...poll },
    async () =>
      (
        await cloudFormation.send(
          new DescribeStackSetOperationCommand({
            StackSetName: stackSet,
            OperationId: operationId,
            CallAs: options.callAs,
          }),
        )
      ).StackSetOperation,
    (operation) => !RUNNING.has(operation?.Status ?? ''),
  );
  if (timedOut)
    return { reason: `drift detection is still running (operation ${operationId}); results on the next run` };
  if (value?.Status === 'SUCCEEDED') return { startedAt: value.CreationTimestamp };
  return {
    reason: `drift detection ended ${value?.Status ?? 'without a status'}${value?.StatusReason ? `: ${value.StatusReason}` : ''}`,
  };
}

const UNCHECKED_STATUSES = ['UNKNOWN', 'UNSUPPORTED', 'NOT_CHECKED'] as const;

/**
 * Each instance's drift status from ListStackInstances. With full failure tolerance an operation SUCCEEDS while
 * some instances failed to be checked, and those keep the status of an earlier check (an instance whose execution
 * role was broken reads IN_SYNC from last month). So a status counts only when the instance's
 * LastDriftCheckTimestamp is not before the operation was created; older or missing, the instance is not checked.
 */
async function readResults(
  cloudFormation: CloudFormationClient,
  stackSet: string,
  operationId: string,
  startedAt: Date | undefined,
  CallAs: CallAs | undefined,
): Promise<{ drifts: ResourceDrift[]; unchecked: UncheckedPart[] }> {
  const drifted: { accountId: string; region: string }[] = [];
  const unchecked: UncheckedPart[] = [];
  for await (const page of paginateListStackInstances({ client: cloudFormation }, { StackSetName: stackSet, CallAs })) {
    for (const instance of page.Summaries ?? []) {
      const place = { accountId: instance.Account ?? '', region: instance.Region ?? '' };
      const checkedAt = instance.LastDriftCheckTimestamp;
      if (startedAt && (!checkedAt || checkedAt.getTime() < startedAt.getTime()))
        unchecked.push({ ...place, status: NOT_REACHED });
      else if (instance.DriftStatus === 'DRIFTED') drifted.push(place);
      else if (instance.DriftStatus !== 'IN_SYNC')
        unchecked.push({ ...place, status: instance.DriftStatus ?? 'no drift status' });
    }
  }
  const drifts: ResourceDrift[] = [];
  await mapWithConcurrency(drifted, READ_CONCURRENCY, async (instance) => {
    let NextToken: string | undefined;
    do {
      const page = await cloudFormation.send(
        new ListStackInstanceResourceDriftsCommand({
          StackSetName: stackSet,
          StackInstanceAccount: instance.accountId,
          StackInstanceRegion: instance.region,
          OperationId: operationId,
          StackInstanceResourceDriftStatuses: ['MODIFIED', 'DELETED', ...UNCHECKED_STATUSES],
          CallAs,
          NextToken,
        }),
      );
      for (const resource of page.Summaries ?? []) {
        const status = resource.StackResourceDriftStatus ?? 'UNKNOWN';
        const what = { logicalId: resource.LogicalResourceId ?? '', resourceType: resource.ResourceType ?? '' };
        if (status === 'MODIFIED' || status === 'DELETED')
          drifts.push({
            ...instance,
            ...what,
            ...(resource.PhysicalResourceId ? { physicalId: resource.PhysicalResourceId } : {}),
            status,
            differences: (resource.PropertyDifferences ?? []).map((difference) => ({
              path: difference.PropertyPath ?? '',
              expected: difference.ExpectedValue ?? '',
              actual: difference.ActualValue ?? '',
              ...(difference.DifferenceType ? { type: difference.DifferenceType } : {}),
            })),
          });
        else if (status !== 'IN_SYNC') unchecked.push({ ...instance, resource: what, status });
      }
      NextToken = page.NextToken;
    } while (NextToken);
  });
  return { drifts, unchecked };
}

/**
 * Whether the endpoint does not implement the operation at all. AWS always answers in its own error format, so a
 * 500 the SDK could not read as a service error (no `$fault`: moto answers DetectStackSetDrift with an HTML 500
 * page), a 501, or a NotImplemented code is an endpoint, such as a local emulator, that lacks the operation. A 502,
 * 503 or 504 in another format is a proxy or gateway in the way, told as the error it is.
 */
export function endpointLacksOperation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { $metadata, $fault } = error as { $metadata?: { httpStatusCode?: number }; $fault?: unknown };
  const status = $metadata?.httpStatusCode ?? 0;
  return (
    status === 501 || /^NotImplemented(Exception)?$/.test(errorName(error)) || (status === 500 && $fault === undefined)
  );
}
