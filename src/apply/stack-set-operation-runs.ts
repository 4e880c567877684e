import { compareText } from '../ordering.js';
import { randomUUID } from 'node:crypto';
import {
  DescribeStackSetOperationCommand,
  paginateListStackSetOperationResults,
  paginateListStackSetOperations,
} from '@aws-sdk/client-cloudformation';
import type { StackSetOperationResultSummary } from '@aws-sdk/client-cloudformation';
import { stackSetCallAs } from '../observe/read-stack-sets.js';
import type { StageContext } from './apply-context.js';
import type { StackSetOperationResult } from './apply-report.js';
import { ChangeError } from './change-error.js';
import { errorName } from '../observe/aws-errors.js';
import { describeDuration, pollUntil } from './polling.js';
import { countOf, LISTED_NAMES, listNames } from '../name-lists.js';

const FINISHED = new Set(['SUCCEEDED', 'FAILED', 'STOPPED']);
/** A failed operation's message names this many distinct reasons, each with the first instances it failed in. */
const FAILURE_REASONS_SHOWN = 5;
const RUNNING = new Set(['RUNNING', 'QUEUED', 'STOPPING']);
/** How often apply waits out another operation on the same StackSet before giving up on starting its own. */
export const START_ATTEMPTS = 5;

/**
 * Starts an operation under a fresh OperationId (AWS's idempotency token, so the SDK's own retries cannot start
 * it twice) and waits for it. Another operation on the same StackSet (a concurrent or killed run's) is waited
 * out first.
 */
export async function runOperation(
  context: StageContext,
  stackSet: string,
  action: StackSetOperationResult['action'],
  /** The change the operation carries out, recorded with its result. */
  changeId: string,
  expectedInstances: number | undefined,
  start: (operationId: string) => Promise<{ OperationId?: string }>,
): Promise<void> {
  let operationId: string;
  for (let attempt = 1; ; attempt++) {
    const requested = randomUUID();
    try {
      // AWS echoes the requested id; moto ignores it and makes up its own, so the answer is what counts.
      operationId = (await start(requested)).OperationId ?? requested;
      break;
    } catch (error) {
      if (errorName(error) !== 'OperationInProgressException' || attempt >= START_ATTEMPTS) throw error;
      await waitForRunningOperations(context, stackSet);
    }
  }
  const { succeededMembers, ...result } = await waitForOperation(
    context,
    stackSet,
    action,
    operationId,
    expectedInstances,
  );
  context.report.baselineResults.push({ ...result, changeId });
  // The instances it did deploy, update or remove are done even when others in it failed: the error says which.
  const failing = (error: ChangeError) => Object.assign(error, { succeeded: succeededMembers });
  if (result.status === 'TIMED_OUT') {
    throw failing(
      new ChangeError(
        `StackSet ${stackSet} operation ${operationId} was still running after ${describeDuration(context.schedules.stackSetOperation.timeoutMs)}. It goes on in AWS; re-run apply once it has finished (CloudFormation console: StackSets > ${stackSet} > Operations).`,
      ),
    );
  }
  // An instance the operation lists no result for was not deployed either, as far as vend can tell.
  if (expectedInstances !== undefined && expectedInstances > result.succeeded + result.failed.length)
    throw failing(
      new ChangeError(
        `StackSet ${stackSet} operation ${operationId} ended ${result.status}, but lists a result for only ${result.succeeded + result.failed.length} of its ${countOf(expectedInstances, 'instance')}, ${result.succeeded} of them SUCCEEDED. Re-run apply: the plan redeploys the instances that are not current.`,
      ),
    );
  if (result.status !== 'SUCCEEDED' || result.failed.length > 0) {
    // By reason, a few of each: one reason across 3,000 accounts is one line, not 3,000 (the report lists each).
    const byReason = new Map<string, string[]>();
    // In name order, as every other list of accounts: AWS lists results by account id.
    const failedInOrder = [...result.failed].sort(
      (a, b) => compareText(a.account, b.account) || compareText(a.region, b.region),
    );
    for (const instance of failedInOrder) {
      const reason = instance.reason.replace(/[.\s]+$/, '');
      byReason.set(reason, [...(byReason.get(reason) ?? []), `${instance.account} in ${instance.region}`]);
    }
    const reasons = [...byReason];
    const failed = [
      ...reasons
        .slice(0, FAILURE_REASONS_SHOWN)
        .map(([reason, places]) => `${listNames(places, LISTED_NAMES)}: ${reason}`),
      ...(reasons.length > FAILURE_REASONS_SHOWN
        ? [
            `and ${reasons.length - FAILURE_REASONS_SHOWN} other reasons (CloudFormation console: StackSets > ${stackSet} > Operations)`,
          ]
        : []),
    ].join('; ');
    throw failing(
      new ChangeError(
        `StackSet ${stackSet} operation ${operationId} ended ${result.status}${result.failed.length > 0 ? ` with ${result.failed.length} failed instance${result.failed.length === 1 ? '' : 's'}: ${failed}` : ` with no instance failing${result.statusReason ? `: ${result.statusReason.replace(/[.\s]+$/, '')}` : ', and AWS gave no reason'}`}. Fix the cause in the baseline template or the account, then re-run apply.`,
      ),
    );
  }
}

async function waitForOperation(
  context: StageContext,
  stackSet: string,
  action: StackSetOperationResult['action'],
  operationId: string,
  expectedInstances: number | undefined,
): Promise<StackSetOperationResult & { succeededMembers: string[] }> {
  const CallAs = stackSetCallAs(context.desired);
  let lastProgress = '';
  // Why the operation ended as it did, in AWS's words (StackSetOperation StatusReason): all there is to say when it
  // failed with no instance failing (a role StackSets could not assume, say).
  let statusReason: string | undefined;
  const { value: status, timedOut } = await pollUntil(
    context.clock,
    context.schedules.stackSetOperation,
    async () => {
      const { StackSetOperation } = await context.clients.cloudFormation.send(
        new DescribeStackSetOperationCommand({ StackSetName: stackSet, OperationId: operationId, CallAs }),
      );
      const current = StackSetOperation?.Status ?? 'UNKNOWN';
      statusReason = StackSetOperation?.StatusReason;
      if (!FINISHED.has(current)) {
        const results = await operationResults(context, stackSet, operationId);
        const done = results.filter((result) => result.Status !== 'PENDING' && result.Status !== 'RUNNING').length;
        const progress = `${stackSet}: ${done}/${expectedInstances ?? results.length} instances`;
        if (progress !== lastProgress) context.log(progress);
        lastProgress = progress;
      }
      return current;
    },
    (current) => FINISHED.has(current),
  );
  const results = await operationResults(context, stackSet, operationId);
  // Once the operation has finished, an instance whose result is not SUCCEEDED (FAILED, CANCELLED, or still PENDING
  // or RUNNING) was not deployed, whatever the operation's own status says (ListStackSetOperationResults,
  // StackSetOperationResultSummary Status).
  const failed = results
    .filter((result) =>
      timedOut ? result.Status === 'FAILED' || result.Status === 'CANCELLED' : result.Status !== 'SUCCEEDED',
    )
    .map((result) => ({
      account: context.targets.accountLabel(result.Account ?? ''),
      region: result.Region ?? '',
      reason:
        result.StatusReason ??
        (result.Status === 'CANCELLED'
          ? 'cancelled: the operation stopped after other instances failed'
          : result.Status === 'FAILED'
            ? 'no reason given'
            : `its result is ${result.Status ?? 'missing'} though the operation ended`),
    }));
  const succeededResults = results.filter((result) => result.Status === 'SUCCEEDED');
  const succeeded = succeededResults.length;
  const succeededAccounts = [
    ...new Set(succeededResults.map((result) => context.targets.accountLabel(result.Account ?? ''))),
  ];
  const expected = expectedInstances ?? results.length;
  if (!timedOut)
    context.log(
      expected === 0
        ? `${stackSet}: operation ${status.toLowerCase()}; AWS listed no instance results for it`
        : `${stackSet}: operation ${status.toLowerCase()}, ${succeeded}/${expected} instance${expected === 1 ? '' : 's'} succeeded`,
    );
  return {
    stackSet,
    action,
    operationId,
    status: timedOut ? 'TIMED_OUT' : status,
    succeeded,
    succeededAccounts,
    failed,
    ...(statusReason && (timedOut ? 'TIMED_OUT' : status) !== 'SUCCEEDED' ? { statusReason } : {}),
    // As the change names its instances (`name/region`, an account no manifest declares by its id).
    succeededMembers: succeededResults.map(
      (result) =>
        `${context.targets.accountLabel(result.Account ?? '').replace(/ \(\d{12}\)$/, '')}/${result.Region ?? ''}`,
    ),
  };
}

async function operationResults(
  context: StageContext,
  stackSet: string,
  operationId: string,
): Promise<StackSetOperationResultSummary[]> {
  const results: StackSetOperationResultSummary[] = [];
  const pages = paginateListStackSetOperationResults(
    { client: context.clients.cloudFormation },
    { StackSetName: stackSet, OperationId: operationId, CallAs: stackSetCallAs(context.desired) },
  );
  for await (const page of pages) results.push(...(page.Summaries ?? []));
  return results;
}

export async function waitForRunningOperations(context: StageContext, stackSet: string): Promise<void> {
  const CallAs = stackSetCallAs(context.desired);
  const running: string[] = [];
  for await (const page of paginateListStackSetOperations(
    { client: context.clients.cloudFormation },
    { StackSetName: stackSet, CallAs },
  )) {
    for (const operation of page.Summaries ?? [])
      if (operation.OperationId && RUNNING.has(operation.Status ?? '')) running.push(operation.OperationId);
  }
  if (running.length === 0) {
    // It finished between the refusal and the listing.
    await context.clock.sleep(context.schedules.retryDelayMs);
    return;
  }
  for (const operationId of running) {
    context.log(`${stackSet}: waiting for operation ${operationId}, which was already running`);
    const { timedOut } = await pollUntil(
      context.clock,
      context.schedules.stackSetOperation,
      async () =>
        (
          await context.clients.cloudFormation.send(
            new DescribeStackSetOperationCommand({ StackSetName: stackSet, OperationId: operationId, CallAs }),
          )
        ).StackSetOperation?.Status ?? 'UNKNOWN',
      (status) => !RUNNING.has(status),
    );
    if (timedOut)
      throw new ChangeError(
        `StackSet ${stackSet} is busy with operation ${operationId}, still running after ${describeDuration(context.schedules.stackSetOperation.timeoutMs)}. Re-run apply once it has finished.`,
      );
  }
}
