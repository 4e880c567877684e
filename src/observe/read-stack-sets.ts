import { compareText } from '../ordering.js';
import {
  DescribeStackInstanceCommand,
  DescribeStackSetCommand,
  paginateListStackInstances,
  paginateListStackSets,
} from '@aws-sdk/client-cloudformation';
import type { CallAs, Parameter } from '@aws-sdk/client-cloudformation';
import { MANAGED_BY_TAG, recordChanges, recordedParameterOverrides } from '../config/desired-state.js';
import type { DesiredState } from '../config/desired-state.js';
import type { AwsClients } from './aws-clients.js';
import { mapWithConcurrency, READ_CONCURRENCY } from './bounded-concurrency.js';
import type { ObservedAccount, ObservedStackInstance, ObservedStackSet } from './observed-state.js';
import { AccountsByEmail } from './accounts-by-email.js';

export function stackSetCallAs(desired: DesiredState): CallAs | undefined {
  const settings = desired.organization.stackSets;
  return settings.permissionModel === 'SERVICE_MANAGED' ? (settings.callAs ?? 'SELF') : undefined;
}

/**
 * StackSets whose names carry vend's prefix, with the instances of those tagged `ManagedBy: vend` or named by the
 * catalogue (DescribeStackSet returns the tags, so ownership costs no call). ListStackInstances omits parameter overrides,
 * and reading every instance would be one call per account and region, so overrides are read only where they can
 * be: for accounts whose manifest declares overrides for the baseline, and for accounts whose
 * `vend:parameter-overrides` tag (in `accounts`, when tags were read) says they carry some, or whose tag the plan
 * rewrites (every instance there). The tag is how a removed override is still seen, and reset. With `everyOverride`
 * (vend drift), every instance's are read.
 */
export async function readStackSets(
  clients: AwsClients,
  desired: DesiredState,
  accounts: ObservedAccount[],
  /** Settles once `accounts` carry their tags: only the override reads wait for it. */
  tagsRead: Promise<void> = Promise.resolve(),
  /** Read every instance's overrides, not only where declared or recorded: drift compares them all. */
  { everyOverride = false }: { everyOverride?: boolean } = {},
): Promise<ObservedStackSet[]> {
  const prefix = desired.organization.stackSets.namePrefix;
  const CallAs = stackSetCallAs(desired);
  const accountsByEmail = new AccountsByEmail(accounts);
  const names = await listStackSetNames(clients, prefix, CallAs);
  // A declared name's StackSet is read whole even when vend does not own it yet: the plan may adopt it.
  const declared = new Set(desired.baselines.map((baseline) => `${prefix}${baseline.name}`));
  // Where the plan rewrites an account's record, it rewrites it from what it read there: every instance's overrides
  // in the account are read, so one left in AWS that neither the manifest nor the old record names (the tag edited
  // by hand) is seen and reset, not recorded away. A few accounts per plan, not one call per instance.
  let rewritten: (string | undefined)[] | undefined;
  const recordsToRewrite = () =>
    (rewritten ??= desired.accounts.flatMap((account) => {
      const found = accountsByEmail.find(account.email);
      return found?.tags !== undefined && recordChanges(account, found.tags) ? [found.id] : [];
    }));
  return mapWithConcurrency(names, READ_CONCURRENCY, (name) => {
    const baseline = name.slice(prefix.length);
    // Built once the tags are in, on the first instance asked about.
    let withOverrides: Set<string | undefined> | undefined;
    const readOverridesOf = (instance: ObservedStackInstance) => {
      if (everyOverride) return true;
      withOverrides ??= new Set([
        ...desired.accounts
          .filter((account) => account.parameters[baseline])
          .map((account) => accountsByEmail.find(account.email)?.id),
        ...accounts
          .filter((account) => recordedParameterOverrides(account.tags).includes(baseline))
          .map((account) => account.id),
        ...recordsToRewrite(),
      ]);
      return withOverrides.has(instance.accountId);
    };
    return readStackSet(clients, name, CallAs, readOverridesOf, {
      ownedOnly: !declared.has(name),
      overridesAfter: tagsRead,
    });
  });
}

/** The names of the ACTIVE StackSets that start with `prefix`, sorted (ListStackSets, every page). */
export async function listStackSetNames(
  clients: AwsClients,
  prefix: string,
  CallAs: CallAs | undefined,
): Promise<string[]> {
  const names: string[] = [];
  for await (const page of paginateListStackSets({ client: clients.cloudFormation }, { Status: 'ACTIVE', CallAs })) {
    // The Status filter is checked again here: an endpoint that ignores it (moto does) would list deleted StackSets,
    // and describing one fails with StackSetNotFoundException.
    for (const summary of page.Summaries ?? [])
      if (summary.StackSetName?.startsWith(prefix) && summary.Status === 'ACTIVE') names.push(summary.StackSetName);
  }
  return names.sort();
}

/**
 * One StackSet (DescribeStackSet) and its instances (ListStackInstances, pages of 100), with the parameter
 * overrides of the instances `readOverridesOf` picks: one DescribeStackInstance each, since no list returns them.
 * With `ownedOnly`, a StackSet not tagged `ManagedBy: vend` is described without its instances; `overridesAfter`
 * holds the override reads (and `readOverridesOf`) back until it settles.
 */
export async function readStackSet(
  clients: AwsClients,
  name: string,
  CallAs: CallAs | undefined,
  readOverridesOf: (instance: ObservedStackInstance) => boolean,
  options: { ownedOnly?: boolean; overridesAfter?: Promise<void> } = {},
): Promise<ObservedStackSet> {
  const { StackSet: stackSet } = await clients.cloudFormation.send(
    new DescribeStackSetCommand({ StackSetName: name, CallAs }),
  );
  const managedByVend = (stackSet?.Tags ?? []).some(
    (tag) => tag.Key === MANAGED_BY_TAG.key && tag.Value === MANAGED_BY_TAG.value,
  );
  const otherTags = (stackSet?.Tags ?? []).filter((tag) => tag.Key !== MANAGED_BY_TAG.key).length;
  const managedBy = (stackSet?.Tags ?? []).find((tag) => tag.Key === MANAGED_BY_TAG.key)?.Value;
  const instances: ObservedStackInstance[] = [];
  const description = () => ({
    name,
    managedByVend,
    status: stackSet?.Status ?? '',
    permissionModel: stackSet?.PermissionModel ?? '',
    ...(stackSet?.AdministrationRoleARN ? { administrationRoleArn: stackSet.AdministrationRoleARN } : {}),
    ...(stackSet?.ExecutionRoleName ? { executionRoleName: stackSet.ExecutionRoleName } : {}),
    ...(stackSet?.AutoDeployment?.Enabled === true ? { autoDeployment: true } : {}),
    ...(otherTags > 0 ? { otherTags } : {}),
    ...(managedBy !== undefined && !managedByVend ? { managedBy } : {}),
    // A leading byte order mark is not part of the template's text (the repository loader drops it when it decodes a
    // file, as CloudFormation does when it parses one): kept, it would make an unchanged template read as edited.
    templateBody: (stackSet?.TemplateBody ?? '').replace(/^\uFEFF/, ''),
    parameters: parameterValues(stackSet?.Parameters),
    instances: instances.sort((a, b) => compareText(a.accountId, b.accountId) || compareText(a.region, b.region)),
  });
  if (options.ownedOnly && !managedByVend) return description();
  for await (const page of paginateListStackInstances(
    { client: clients.cloudFormation, pageSize: 100 },
    { StackSetName: name, CallAs },
  )) {
    for (const instance of page.Summaries ?? []) {
      instances.push({
        accountId: instance.Account ?? '',
        region: instance.Region ?? '',
        // OUTDATED (the StackSet's last update did not reach it) outranks a SUCCEEDED left from an earlier operation:
        // the instance does not run the StackSet's current template or parameters.
        status:
          instance.Status === 'OUTDATED' && instance.StackInstanceStatus?.DetailedStatus === 'SUCCEEDED'
            ? 'OUTDATED'
            : (instance.StackInstanceStatus?.DetailedStatus ?? instance.Status ?? ''),
        ...(instance.StatusReason ? { statusReason: instance.StatusReason } : {}),
        parameterOverrides: {},
      });
    }
  }
  await options.overridesAfter;
  await mapWithConcurrency(instances.filter(readOverridesOf), READ_CONCURRENCY, async (instance) => {
    const { StackInstance } = await clients.cloudFormation.send(
      new DescribeStackInstanceCommand({
        StackSetName: name,
        StackInstanceAccount: instance.accountId,
        StackInstanceRegion: instance.region,
        CallAs,
      }),
    );
    instance.parameterOverrides = parameterValues(StackInstance?.ParameterOverrides);
  });
  return description();
}

function parameterValues(parameters: Parameter[] | undefined): Record<string, string> {
  return Object.fromEntries(
    (parameters ?? [])
      .filter((parameter) => parameter.ParameterKey)
      .map((parameter) => [parameter.ParameterKey!, parameter.ParameterValue ?? '']),
  );
}
