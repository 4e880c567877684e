import {
  CreateStackInstancesCommand,
  CreateStackSetCommand,
  DeleteStackInstancesCommand,
  DeleteStackSetCommand,
  DescribeStackSetCommand,
  UpdateStackInstancesCommand,
  UpdateStackSetCommand,
} from '@aws-sdk/client-cloudformation';
import type { Capability, DeploymentTargets, StackSetOperationPreferences, Tag } from '@aws-sdk/client-cloudformation';
import { accountAccessRoleName, MANAGED_BY_TAG } from '../config/desired-state.js';
import type { DesiredState } from '../config/desired-state.js';
import { stackSetCallAs } from '../observe/read-stack-sets.js';
import { compareText } from '../ordering.js';
import type { Change } from '../plan/plan.js';
import { declaresTransform } from '../plan/template-change.js';
import { noEchoIn } from '../plan/no-echo-parameters.js';
import { stackSetName } from '../plan/plan-draft.js';
import { instanceOverrides, stackSetParameters, toParameters } from './stack-set-parameters.js';
import type { StageContext } from './apply-context.js';
import { ChangeError, toChangeError } from './change-error.js';
import { errorName } from '../observe/aws-errors.js';
import { changeFields, stackSetNameOf } from './change-fields.js';
import type { StackInstancesAfter, StackInstancesBefore, StackSetAfter } from './change-fields.js';
import { runOperation, START_ATTEMPTS, waitForRunningOperations } from './stack-set-operation-runs.js';

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
          ExecutionRoleName: accountAccessRoleName(settings),
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
 * stackSetParameters), so its stacks only gain the tag, and so do their resources that take tags (the plan marks
 * the adoption destructive where that replaces one: adoptForeignStackSet).
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
      : { AdministrationRoleARN: settings.administrationRoleArn, ExecutionRoleName: accountAccessRoleName(settings) };
  const stackSet = stackSetNameOf(change);
  await runOperation(context, stackSet, 'UPDATE', change.id, undefined, (OperationId) =>
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
  const names = new Map(instances.map((instance) => [context.targets.account(instance.account).id, instance.account]));
  for (const [group, batch, notSent] of operationsOf(context, accountIds, names))
    await reportingNotSent(change, notSent, () =>
      runOperation(context, stackSet, action, change.id, batch.accounts * group.regions.length, (OperationId) => {
        const input = {
          StackSetName: stackSet,
          OperationId,
          ...batch.targets,
          Regions: group.regions,
          ParameterOverrides: instanceOverrides(parameterOverrides, secret, action),
          OperationPreferences: operationPreferences(context.desired),
          CallAs: stackSetCallAs(context.desired),
        };
        return context.clients.cloudFormation.send(
          action === 'CREATE' ? new CreateStackInstancesCommand(input) : new UpdateStackInstancesCommand(input),
        );
      }),
    );
}

/** Deletes the stacks too (RetainStacks false): a removed baseline leaves nothing behind in the account. */
export async function removeStackInstances(change: Change, context: StageContext): Promise<void> {
  const { stackSet, instances } = changeFields<StackInstancesBefore>(change, 'before', ['stackSet', 'instances']);
  const names = new Map(instances.map((instance) => [instance.accountId, instance.account ?? instance.accountId]));
  for (const [group, batch, notSent] of operationsOf(context, instances, names))
    await reportingNotSent(change, notSent, () =>
      runOperation(context, stackSet, 'DELETE', change.id, batch.accounts * group.regions.length, (OperationId) =>
        context.clients.cloudFormation.send(
          new DeleteStackInstancesCommand({
            StackSetName: stackSet,
            OperationId,
            ...batch.targets,
            Regions: group.regions,
            RetainStacks: false,
            OperationPreferences: operationPreferences(context.desired),
            CallAs: stackSetCallAs(context.desired),
          }),
        ),
      ),
    );
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
 * At most this many OUs in one stack-instance operation (CloudFormation API Reference, CreateStackInstances,
 * UpdateStackInstances and DeleteStackInstances: "The maximum number of organizational units (OUs) supported by a
 * … operation is 50 … split up the operations into multiple calls with less than 50 OUs each").
 */
export const OUS_PER_OPERATION = 50;

/**
 * The deployment targets of one stack-instance operation each, for `accountIds`, with how many accounts each names.
 * SELF_MANAGED names the accounts, in one operation. SERVICE_MANAGED must name their OUs too, narrowed to the
 * accounts (INTERSECTION), and takes at most OUS_PER_OPERATION OUs: accounts are batched by their OU.
 */
export function deploymentTargetBatches(
  context: Pick<StageContext, 'desired' | 'targets'>,
  accountIds: readonly string[],
): { targets: { Accounts: string[] } | { DeploymentTargets: DeploymentTargets }; accounts: number }[] {
  if (context.desired.organization.stackSets.permissionModel !== 'SERVICE_MANAGED')
    return [{ targets: { Accounts: [...accountIds] }, accounts: accountIds.length }];
  const byParent = new Map<string, string[]>();
  for (const id of accountIds) {
    const parent = context.targets.accountById(id)?.parentId ?? context.targets.rootId;
    byParent.set(parent, [...(byParent.get(parent) ?? []), id]);
  }
  const parents = [...byParent.keys()].sort();
  const batches = [];
  for (let start = 0; start < parents.length; start += OUS_PER_OPERATION) {
    const chunk = parents.slice(start, start + OUS_PER_OPERATION);
    const accounts = chunk.flatMap((parent) => byParent.get(parent)!);
    batches.push({
      targets: {
        DeploymentTargets: {
          Accounts: accounts,
          OrganizationalUnitIds: chunk,
          AccountFilterType: 'INTERSECTION' as const,
        },
      },
      accounts: accounts.length,
    });
  }
  return batches;
}

/**
 * The operations a stack-instance change runs, in order: each group of regions, in batches of OUs; with each, the
 * instances (`account/region`, accounts by `names`) of the operations after it, which are never sent if it fails.
 */
function operationsOf(
  context: Pick<StageContext, 'desired' | 'targets'>,
  instances: readonly { accountId: string; region: string }[],
  names: ReadonlyMap<string, string>,
): [
  { accountIds: string[]; regions: string[] },
  ReturnType<typeof deploymentTargetBatches>[number],
  { notSent: string[]; succeeded: string[] },
][] {
  const operations = groupByRegions(instances).flatMap((group) =>
    deploymentTargetBatches(context, group.accountIds).map((batch) => {
      const ids =
        'Accounts' in batch.targets ? batch.targets.Accounts : (batch.targets.DeploymentTargets.Accounts ?? []);
      const members = ids.flatMap((id) => group.regions.map((region) => `${names.get(id) ?? id}/${region}`));
      return { group, batch, members };
    }),
  );
  // Operations run one after another and stop at the first that fails: those before it succeeded.
  return operations.map(({ group, batch }, index) => [
    group,
    batch,
    {
      notSent: operations.slice(index + 1).flatMap((operation) => operation.members),
      succeeded: operations.slice(0, index).flatMap((operation) => operation.members),
    },
  ]);
}

/**
 * Runs one operation; if it fails, the error names the instances of the operations that are never sent, and those
 * that succeeded: in the operations before it, and in it.
 */
async function reportingNotSent(
  change: Change,
  others: { notSent: string[]; succeeded: string[] },
  run: () => Promise<void>,
): Promise<void> {
  try {
    await run();
  } catch (error) {
    const changeError = toChangeError(error, change.description);
    if (others.notSent.length > 0) changeError.notSent = others.notSent;
    // Those of earlier operations, and those of this one that went through before it failed.
    const succeeded = [...others.succeeded, ...(changeError.succeeded ?? [])];
    if (succeeded.length > 0) changeError.succeeded = succeeded;
    throw changeError;
  }
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
    ConcurrencyMode: preferences.concurrencyMode,
  };
}
