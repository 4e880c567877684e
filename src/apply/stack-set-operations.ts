import { randomUUID } from 'node:crypto';
import {
  CreateStackInstancesCommand,
  CreateStackSetCommand,
  DeleteStackInstancesCommand,
  DeleteStackSetCommand,
  DescribeStackSetCommand,
  DescribeStackSetOperationCommand,
  paginateListStackSetOperationResults,
  paginateListStackSetOperations,
  UpdateStackInstancesCommand,
  UpdateStackSetCommand,
} from '@aws-sdk/client-cloudformation';
import type {
  Capability,
  DeploymentTargets,
  StackSetOperationPreferences,
  StackSetOperationResultSummary,
  Tag,
} from '@aws-sdk/client-cloudformation';
import { MANAGED_BY_TAG } from '../config/desired-state.js';
import type { DesiredState } from '../config/desired-state.js';
import { stackSetCallAs } from '../observe/read-stack-sets.js';
import { compareText } from '../ordering.js';
import type { Change } from '../plan/plan.js';
import { declaresTransform } from '../plan/template-change.js';
import { noEchoIn } from '../plan/no-echo-parameters.js';
import { stackSetName } from '../plan/plan-draft.js';
import { instanceOverrides, stackSetParameters, toParameters } from './stack-set-parameters.js';
import type { StageContext } from './apply-context.js';
import type { StackSetOperationResult } from './apply-report.js';
import { ChangeError, errorName } from './change-error.js';
import { changeFields, stackSetNameOf } from './change-fields.js';
import type { StackInstancesAfter, StackInstancesBefore, StackSetAfter } from './change-fields.js';
import { describeDuration, pollUntil } from './polling.js';

const FINISHED = new Set(['SUCCEEDED', 'FAILED', 'STOPPED']);
const RUNNING = new Set(['RUNNING', 'QUEUED', 'STOPPING']);
/** How often apply waits out another operation on the same StackSet before giving up on starting its own. */
const START_ATTEMPTS = 5;

export async function createStackSet(change: Change, context: StageContext): Promise<void> {
  const { templateBody, parameters } = changeFields<StackSetAfter>(change, 'after', ['templateBody', 'parameters']);
  const settings = context.desired.organization.stackSets;
  const permissions =
    settings.permissionModel === 'SERVICE_MANAGED'
      ? {
          PermissionModel: 'SERVICE_MANAGED' as const,
          AutoDeployment: { Enabled: false },
          CallAs: stackSetCallAs(context.desired),
        }
      : {
          PermissionModel: 'SELF_MANAGED' as const,
          AdministrationRoleARN: settings.administrationRoleArn,
          ExecutionRoleName: settings.executionRoleName,
        };
  try {
    await context.clients.cloudFormation.send(
      new CreateStackSetCommand({
        StackSetName: stackSetNameOf(change),
        TemplateBody: templateBody,
        Parameters: toParameters(parameters),
        Capabilities: capabilitiesFor(templateBody),
        Tags: [{ Key: MANAGED_BY_TAG.key, Value: MANAGED_BY_TAG.value }],
        ...permissions,
      }),
    );
  } catch (error) {
    if (errorName(error) !== 'NameAlreadyExistsException') throw error;
    // A run killed right after this call created it, and the next plan updates it if its content differs; or
    // someone else took the name since the plan, and vend must not deploy into their StackSet.
    const { StackSet } = await context.clients.cloudFormation.send(
      new DescribeStackSetCommand({ StackSetName: stackSetNameOf(change), CallAs: stackSetCallAs(context.desired) }),
    );
    if (!StackSet?.Tags?.some((tag) => tag.Key === MANAGED_BY_TAG.key && tag.Value === MANAGED_BY_TAG.value))
      throw new ChangeError(
        `A StackSet named '${stackSetNameOf(change)}' was created since the plan, and not by vend (it is not tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}); vend will not deploy into it. Rename the baseline, or tag the StackSet to hand it to vend, then plan again.`,
      );
  }
}

/**
 * What vend acknowledges for a template: named IAM resources always, and macros when the template declares a
 * Transform (CreateStackSet and UpdateStackSet, Capabilities: without CAPABILITY_AUTO_EXPAND such a template fails).
 */
function capabilitiesFor(templateBody: string): Capability[] {
  return declaresTransform(templateBody)
    ? ['CAPABILITY_NAMED_IAM', 'CAPABILITY_AUTO_EXPAND']
    : ['CAPABILITY_NAMED_IAM'];
}

/**
 * Redeploys every existing instance with the new template or parameters. It leaves the StackSet's tags as they
 * are, its own and anyone else's: "If you don't specify this parameter, CloudFormation doesn't modify the stack
 * set's tags", while a list replaces them all (CloudFormation API Reference, UpdateStackSet, Tags).
 */
export function updateStackSet(change: Change, context: StageContext): Promise<void> {
  return redeployStackSet(change, context, undefined);
}

/**
 * Tags a StackSet someone else created `ManagedBy: vend`, keeping its other tags. UpdateStackSet is the only call
 * that tags a StackSet, and it redeploys every instance, here with the template and parameters it already has
 * (the plan adopts only a StackSet the catalogue describes exactly, and a masked secret keeps its value, see
 * stackSetParameters), so its stacks only gain the tag.
 */
export async function adoptStackSet(change: Change, context: StageContext): Promise<void> {
  const { StackSet } = await context.clients.cloudFormation.send(
    new DescribeStackSetCommand({ StackSetName: stackSetNameOf(change), CallAs: stackSetCallAs(context.desired) }),
  );
  const tags = (StackSet?.Tags ?? []).filter((tag) => tag.Key !== MANAGED_BY_TAG.key);
  return redeployStackSet(change, context, tags);
}

/** `otherTags` undefined keeps the StackSet's tags; a list replaces them with it plus `ManagedBy: vend`. */
async function redeployStackSet(change: Change, context: StageContext, otherTags: Tag[] | undefined): Promise<void> {
  const { templateBody, parameters } = changeFields<StackSetAfter>(change, 'after', ['templateBody', 'parameters']);
  const settings = context.desired.organization.stackSets;
  // Automatic deployment stays off, as CreateStackSet made it: vend deploys per manifest (the plan shows turning
  // off one someone turned on, stack-set-ownership.ts).
  const permissions =
    settings.permissionModel === 'SERVICE_MANAGED'
      ? { CallAs: stackSetCallAs(context.desired), AutoDeployment: { Enabled: false } }
      : { AdministrationRoleARN: settings.administrationRoleArn, ExecutionRoleName: settings.executionRoleName };
  const stackSet = stackSetNameOf(change);
  await runOperation(context, stackSet, 'UPDATE', undefined, (OperationId) =>
    context.clients.cloudFormation.send(
      new UpdateStackSetCommand({
        StackSetName: stackSet,
        OperationId,
        TemplateBody: templateBody,
        Parameters: stackSetParameters(parameters, noEchoIn(templateBody)),
        Capabilities: capabilitiesFor(templateBody),
        OperationPreferences: operationPreferences(context.desired),
        ...(otherTags ? { Tags: [...otherTags, { Key: MANAGED_BY_TAG.key, Value: MANAGED_BY_TAG.value }] } : {}),
        ...permissions,
      }),
    ),
  );
}

/**
 * One CreateStackInstances for all the change's account × region pairs: StackSets fans out, not vend. The API
 * deploys to every listed account in every listed region, so accounts that want different regions (a regional
 * baseline follows each account's regions) go in one call per distinct region list.
 */
export function addStackInstances(change: Change, context: StageContext): Promise<void> {
  return deployStackInstances(change, context, 'CREATE');
}

/** Same grouping as adding; an empty override list resets instances to the StackSet's own parameter values. */
export function updateStackInstances(change: Change, context: StageContext): Promise<void> {
  return deployStackInstances(change, context, 'UPDATE');
}

async function deployStackInstances(change: Change, context: StageContext, action: 'CREATE' | 'UPDATE'): Promise<void> {
  const { instances, parameterOverrides } = changeFields<StackInstancesAfter>(change, 'after', [
    'instances',
    'parameterOverrides',
  ]);
  const stackSet = stackSetNameOf(change);
  const baseline = context.desired.baselines.find(
    (candidate) => stackSetName(context.desired.organization.stackSets.namePrefix, candidate.name) === stackSet,
  );
  const secret = baseline ? noEchoIn(baseline.templateBody) : [];
  const accountIds = instances.map((instance) => ({
    accountId: context.targets.account(instance.account).id,
    region: instance.region,
  }));
  for (const group of groupByRegions(accountIds)) {
    await runOperation(context, stackSet, action, group.accountIds.length * group.regions.length, (OperationId) => {
      const input = {
        StackSetName: stackSet,
        OperationId,
        ...deploymentTargets(context, group.accountIds),
        Regions: group.regions,
        ParameterOverrides: instanceOverrides(parameterOverrides, secret, action),
        OperationPreferences: operationPreferences(context.desired),
        CallAs: stackSetCallAs(context.desired),
      };
      return context.clients.cloudFormation.send(
        action === 'CREATE' ? new CreateStackInstancesCommand(input) : new UpdateStackInstancesCommand(input),
      );
    });
  }
}

/** Deletes the stacks too (RetainStacks false): a removed baseline leaves nothing behind in the account. */
export async function removeStackInstances(change: Change, context: StageContext): Promise<void> {
  const { stackSet, instances } = changeFields<StackInstancesBefore>(change, 'before', ['stackSet', 'instances']);
  for (const group of groupByRegions(instances)) {
    await runOperation(context, stackSet, 'DELETE', group.accountIds.length * group.regions.length, (OperationId) =>
      context.clients.cloudFormation.send(
        new DeleteStackInstancesCommand({
          StackSetName: stackSet,
          OperationId,
          ...deploymentTargets(context, group.accountIds),
          Regions: group.regions,
          RetainStacks: false,
          OperationPreferences: operationPreferences(context.desired),
          CallAs: stackSetCallAs(context.desired),
        }),
      ),
    );
  }
}

export async function deleteStackSet(change: Change, context: StageContext): Promise<void> {
  const stackSet = stackSetNameOf(change);
  for (let attempt = 1; ; attempt++) {
    try {
      await context.clients.cloudFormation.send(
        new DeleteStackSetCommand({ StackSetName: stackSet, CallAs: stackSetCallAs(context.desired) }),
      );
      return;
    } catch (error) {
      if (errorName(error) === 'StackSetNotFoundException') return;
      if (errorName(error) === 'StackSetNotEmptyException') {
        throw new ChangeError(
          `StackSet ${stackSet} still has stack instances, so it cannot be deleted. Remove them first (the plan does, with allow-destructive), then re-run apply.`,
        );
      }
      if (errorName(error) !== 'OperationInProgressException' || attempt >= START_ATTEMPTS) throw error;
      await waitForRunningOperations(context, stackSet);
    }
  }
}

/**
 * Starts an operation under a fresh OperationId (AWS's idempotency token, so the SDK's own retries cannot start
 * it twice) and waits for it. Another operation on the same StackSet (a concurrent or killed run's) is waited
 * out first.
 */
async function runOperation(
  context: StageContext,
  stackSet: string,
  action: StackSetOperationResult['action'],
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
  const result = await waitForOperation(context, stackSet, action, operationId, expectedInstances);
  context.report.baselineResults.push(result);
  if (result.status === 'TIMED_OUT') {
    throw new ChangeError(
      `StackSet ${stackSet} operation ${operationId} was still running after ${describeDuration(context.schedules.stackSetOperation.timeoutMs)}. It goes on in AWS; re-run apply once it has finished (CloudFormation console: StackSets > ${stackSet} > Operations).`,
    );
  }
  // An instance the operation lists no result for was not deployed either, as far as vend can tell.
  const unreported = expectedInstances === undefined ? 0 : expectedInstances - result.succeeded - result.failed.length;
  if (unreported > 0)
    throw new ChangeError(
      `StackSet ${stackSet} operation ${operationId} ended ${result.status}, but lists a result for only ${result.succeeded + result.failed.length} of its ${expectedInstances} instances, ${result.succeeded} of them SUCCEEDED. Re-run apply: the plan redeploys the instances that are not current.`,
    );
  if (result.status !== 'SUCCEEDED' || result.failed.length > 0) {
    const failed = result.failed
      .map((instance) => `${instance.account} in ${instance.region}: ${instance.reason}`)
      .join('; ');
    throw new ChangeError(
      `StackSet ${stackSet} operation ${operationId} ended ${result.status}${result.failed.length > 0 ? ` with ${result.failed.length} failed instance${result.failed.length === 1 ? '' : 's'}: ${failed}` : ''}. Fix the cause in the baseline template or the account, then re-run apply.`,
    );
  }
}

async function waitForOperation(
  context: StageContext,
  stackSet: string,
  action: StackSetOperationResult['action'],
  operationId: string,
  expectedInstances: number | undefined,
): Promise<StackSetOperationResult> {
  const CallAs = stackSetCallAs(context.desired);
  let lastProgress = '';
  const { value: status, timedOut } = await pollUntil(
    context.clock,
    context.schedules.stackSetOperation,
    async () => {
      const { StackSetOperation } = await context.clients.cloudFormation.send(
        new DescribeStackSetOperationCommand({ StackSetName: stackSet, OperationId: operationId, CallAs }),
      );
      const current = StackSetOperation?.Status ?? 'UNKNOWN';
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
  const succeeded = results.filter((result) => result.Status === 'SUCCEEDED').length;
  if (!timedOut)
    context.log(
      `${stackSet}: operation ${status.toLowerCase()}, ${succeeded}/${expectedInstances ?? results.length} instances succeeded`,
    );
  return { stackSet, action, operationId, status: timedOut ? 'TIMED_OUT' : status, succeeded, failed };
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

async function waitForRunningOperations(context: StageContext, stackSet: string): Promise<void> {
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

/** SELF_MANAGED names accounts; SERVICE_MANAGED must name their OUs too, narrowed to the accounts (INTERSECTION). */
function deploymentTargets(
  context: StageContext,
  accountIds: string[],
): { Accounts: string[] } | { DeploymentTargets: DeploymentTargets } {
  if (context.desired.organization.stackSets.permissionModel !== 'SERVICE_MANAGED') return { Accounts: accountIds };
  const parents = [
    ...new Set(accountIds.map((id) => context.targets.accountById(id)?.parentId ?? context.targets.rootId)),
  ].sort();
  return {
    DeploymentTargets: { Accounts: accountIds, OrganizationalUnitIds: parents, AccountFilterType: 'INTERSECTION' },
  };
}

/** Accounts grouped by the exact set of regions they need, so account × region in one call is never too much. */
export function groupByRegions(
  instances: readonly { accountId: string; region: string }[],
): { accountIds: string[]; regions: string[] }[] {
  const regionsByAccount = new Map<string, Set<string>>();
  for (const { accountId, region } of instances)
    regionsByAccount.set(accountId, (regionsByAccount.get(accountId) ?? new Set()).add(region));
  const groups = new Map<string, { accountIds: string[]; regions: string[] }>();
  for (const [accountId, regions] of regionsByAccount) {
    const sorted = [...regions].sort();
    const key = sorted.join(',');
    const group = groups.get(key) ?? { accountIds: [], regions: sorted };
    group.accountIds.push(accountId);
    groups.set(key, group);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([, group]) => ({ ...group, accountIds: group.accountIds.sort() }));
}

function operationPreferences(desired: DesiredState): StackSetOperationPreferences {
  const preferences = desired.organization.stackSets.operationPreferences;
  return {
    MaxConcurrentPercentage: preferences.maxConcurrentPercentage,
    MaxConcurrentCount: preferences.maxConcurrentCount,
    FailureTolerancePercentage: preferences.failureTolerancePercentage,
    FailureToleranceCount: preferences.failureToleranceCount,
    RegionConcurrencyType: preferences.regionConcurrencyType,
  };
}
