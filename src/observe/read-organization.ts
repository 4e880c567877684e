import { compareText } from '../ordering.js';
import {
  DescribeStackInstanceCommand,
  DescribeStackSetCommand,
  paginateListStackInstances,
  paginateListStackSets,
} from '@aws-sdk/client-cloudformation';
import type { CallAs } from '@aws-sdk/client-cloudformation';
import {
  DescribeOrganizationCommand,
  DescribePolicyCommand,
  ListRootsCommand,
  ListTagsForResourceCommand,
  paginateListAccountsForParent,
  paginateListCreateAccountStatus,
  paginateListOrganizationalUnitsForParent,
  paginateListPolicies,
  paginateListTargetsForPolicy,
} from '@aws-sdk/client-organizations';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { FULL_AWS_ACCESS_POLICY_NAME, MANAGED_BY_TAG } from '../config/desired-state.js';
import type { DesiredState } from '../config/desired-state.js';
import type { AwsClients } from './aws-clients.js';
import { configuredEndpoint } from './aws-clients.js';
import { mapWithConcurrency } from './bounded-concurrency.js';
import type {
  ObservedAccount,
  ObservedOrganizationalUnit,
  ObservedPolicy,
  ObservedStackSet,
  ObservedState,
} from './observed-state.js';
import { checkCaller, checkOrganization, noOrganization } from './preflight.js';

/** Parallel reads per organization level; low enough to stay clear of Organizations' per-account rate limits. */
const READ_CONCURRENCY = 8;

export interface ObserveOptions {
  /** Narrows what is read to what can change: only declared accounts' tags, only catalogue SCPs. */
  desired: DesiredState;
  /**
   * Tags are the one per-account read. Apply skips them once its account stage is done, since no later stage
   * depends on them; the accounts then carry no `tags`. Default true.
   */
  readAccountTags?: boolean;
}

/** Reads the live organization with list calls per OU and per policy, never one call per account where a list exists. */
export async function observeOrganization(
  clients: AwsClients,
  { desired, readAccountTags = true }: ObserveOptions,
): Promise<ObservedState> {
  const identity = await clients.sts.send(new GetCallerIdentityCommand({}));
  checkCaller(desired, identity.Account ?? '');
  const description = await clients.organizations.send(new DescribeOrganizationCommand({})).catch((error: unknown) => {
    if ((error as { name?: unknown } | null)?.name !== 'AWSOrganizationsNotInUseException') throw error;
    throw noOrganization(identity.Account ?? '', configuredEndpoint('ORGANIZATIONS'));
  });
  const organization = {
    id: description.Organization?.Id ?? '',
    managementAccountId: description.Organization?.MasterAccountId ?? '',
    featureSet: description.Organization?.FeatureSet ?? '',
  };
  checkOrganization(desired, organization);

  const roots = await clients.organizations.send(new ListRootsCommand({}));
  const rootSummary = roots.Roots?.[0];
  if (!rootSummary?.Id)
    throw new Error('The organization has no root; AWS Organizations returned an empty ListRoots response.');
  const root = {
    id: rootSummary.Id,
    scpPolicyTypeEnabled: (rootSummary.PolicyTypes ?? []).some(
      (type) => type.Type === 'SERVICE_CONTROL_POLICY' && type.Status === 'ENABLED',
    ),
  };

  const { organizationalUnits, accounts } = await readTree(clients, root.id);
  const [policies, accountCreationsInProgress, stackSets] = await Promise.all([
    readPolicies(clients, desired, root.scpPolicyTypeEnabled),
    readAccountCreationsInProgress(clients),
    readStackSets(clients, desired, accounts),
    readAccountTags ? readDeclaredAccountTags(clients, desired, accounts) : undefined,
  ]);

  return {
    callerAccountId: identity.Account ?? '',
    organization,
    root,
    organizationalUnits,
    accounts,
    policies,
    accountCreationsInProgress,
    stackSets,
  };
}

/** Breadth-first over the OU tree: per parent, one paginated list of child OUs and one of accounts. */
async function readTree(clients: AwsClients, rootId: string) {
  const organizationalUnits: ObservedOrganizationalUnit[] = [];
  const accounts: ObservedAccount[] = [];
  let level: { id: string; path: string }[] = [{ id: rootId, path: '' }];
  while (level.length > 0) {
    const children = await mapWithConcurrency(level, READ_CONCURRENCY, async (parent) => {
      const units: ObservedOrganizationalUnit[] = [];
      for await (const page of paginateListOrganizationalUnitsForParent(
        { client: clients.organizations },
        { ParentId: parent.id },
      )) {
        for (const unit of page.OrganizationalUnits ?? []) {
          const name = unit.Name ?? '';
          units.push({
            id: unit.Id ?? '',
            name,
            path: parent.path === '' ? name : `${parent.path}/${name}`,
            parentId: parent.id,
          });
        }
      }
      for await (const page of paginateListAccountsForParent(
        { client: clients.organizations, pageSize: 20 },
        { ParentId: parent.id },
      )) {
        for (const account of page.Accounts ?? []) {
          accounts.push({
            id: account.Id ?? '',
            name: account.Name ?? '',
            email: account.Email ?? '',
            status: account.State ?? account.Status ?? '',
            parentId: parent.id,
            parentPath: parent.path,
          });
        }
      }
      return units;
    });
    const next = children.flat();
    organizationalUnits.push(...next);
    level = next.map((unit) => ({ id: unit.id, path: unit.path }));
  }
  organizationalUnits.sort((a, b) => compareText(a.path, b.path));
  accounts.sort((a, b) => compareText(a.id, b.id));
  return { organizationalUnits, accounts };
}

/** Tags are per-resource only; reading them just for declared accounts keeps the call count to what can change. */
async function readDeclaredAccountTags(clients: AwsClients, desired: DesiredState, accounts: ObservedAccount[]) {
  const declaredEmails = new Set(desired.accounts.map((account) => account.email.toLowerCase()));
  const declared = accounts.filter((account) => declaredEmails.has(account.email.toLowerCase()));
  await mapWithConcurrency(declared, READ_CONCURRENCY, async (account) => {
    account.tags = await readTags(clients, account.id);
  });
}

/** Tag keys are arbitrary strings; Object.fromEntries defines them as own properties, so `__proto__` stays a key. */
async function readTags(clients: AwsClients, resourceId: string): Promise<Record<string, string>> {
  const entries: [string, string][] = [];
  let token: string | undefined;
  do {
    const page = await clients.organizations.send(
      new ListTagsForResourceCommand({ ResourceId: resourceId, NextToken: token }),
    );
    for (const tag of page.Tags ?? []) if (tag.Key) entries.push([tag.Key, tag.Value ?? '']);
    token = page.NextToken;
  } while (token);
  return Object.fromEntries(entries);
}

async function readPolicies(clients: AwsClients, desired: DesiredState, enabled: boolean): Promise<ObservedPolicy[]> {
  if (!enabled) return [];
  const relevant = new Set([...desired.scps.map((scp) => scp.name), FULL_AWS_ACCESS_POLICY_NAME]);
  const summaries = [];
  const others = [];
  for await (const page of paginateListPolicies(
    { client: clients.organizations },
    { Filter: 'SERVICE_CONTROL_POLICY' },
  )) {
    for (const policy of page.Policies ?? []) {
      if (relevant.has(policy.Name ?? '')) summaries.push(policy);
      else if (policy.AwsManaged !== true) others.push(policy);
    }
  }
  // A policy vend created and the catalogue no longer names must still be found, or it would stay attached
  // forever without the plan ever saying so. Its tag is the only way to tell it from anyone else's policy.
  const retired = await mapWithConcurrency(others, READ_CONCURRENCY, async (summary) =>
    (await readTags(clients, summary.Id ?? ''))[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value ? [summary] : [],
  );
  summaries.push(...retired.flat());
  const policies = await mapWithConcurrency(summaries, READ_CONCURRENCY, async (summary): Promise<ObservedPolicy> => {
    const id = summary.Id ?? '';
    const awsManaged = summary.AwsManaged === true;
    // AWS-managed policies (FullAWSAccess) are never compared or changed, only attached, so only targets matter.
    const [content, targetIds, tags] = await Promise.all([
      awsManaged ? Promise.resolve('') : readPolicyContent(clients, id),
      readPolicyTargets(clients, id),
      awsManaged ? Promise.resolve({}) : readTags(clients, id),
    ]);
    return {
      id,
      name: summary.Name ?? '',
      awsManaged,
      description: summary.Description ?? '',
      content,
      tags,
      targetIds,
    };
  });
  return policies.sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id));
}

async function readPolicyContent(clients: AwsClients, policyId: string): Promise<string> {
  const described = await clients.organizations.send(new DescribePolicyCommand({ PolicyId: policyId }));
  return minifyJson(described.Policy?.Content ?? '');
}

async function readPolicyTargets(clients: AwsClients, policyId: string): Promise<string[]> {
  const targetIds: string[] = [];
  for await (const page of paginateListTargetsForPolicy(
    { client: clients.organizations, pageSize: 20 },
    { PolicyId: policyId },
  )) {
    for (const target of page.Targets ?? []) if (target.TargetId) targetIds.push(target.TargetId);
  }
  return targetIds.sort();
}

/** Content is compared with the repository's minified form; AWS may return it with other whitespace. */
function minifyJson(content: string): string {
  try {
    return JSON.stringify(JSON.parse(content));
  } catch {
    return content;
  }
}

async function readAccountCreationsInProgress(clients: AwsClients) {
  const requests = [];
  for await (const page of paginateListCreateAccountStatus(
    { client: clients.organizations },
    { States: ['IN_PROGRESS'] },
  )) {
    for (const status of page.CreateAccountStatuses ?? []) {
      if (status.Id && status.AccountName) requests.push({ requestId: status.Id, accountName: status.AccountName });
    }
  }
  return requests.sort((a, b) => compareText(a.accountName, b.accountName) || compareText(a.requestId, b.requestId));
}

export function stackSetCallAs(desired: DesiredState): CallAs | undefined {
  const settings = desired.organization.stackSets;
  return settings.permissionModel === 'SERVICE_MANAGED' ? (settings.callAs ?? 'SELF') : undefined;
}

async function readStackSets(
  clients: AwsClients,
  desired: DesiredState,
  accounts: ObservedAccount[],
): Promise<ObservedStackSet[]> {
  const prefix = desired.organization.stackSets.namePrefix;
  const CallAs = stackSetCallAs(desired);
  const names: string[] = [];
  for await (const page of paginateListStackSets({ client: clients.cloudFormation }, { Status: 'ACTIVE', CallAs })) {
    for (const summary of page.Summaries ?? [])
      if (summary.StackSetName?.startsWith(prefix)) names.push(summary.StackSetName);
  }
  const accountIdsByEmail = new Map(accounts.map((account) => [account.email.toLowerCase(), account.id]));
  const stackSets = await mapWithConcurrency(
    names.sort(),
    READ_CONCURRENCY,
    async (name): Promise<ObservedStackSet> => {
      const { StackSet: stackSet } = await clients.cloudFormation.send(
        new DescribeStackSetCommand({ StackSetName: name, CallAs }),
      );
      const instances = [];
      for await (const page of paginateListStackInstances(
        { client: clients.cloudFormation, pageSize: 100 },
        { StackSetName: name, CallAs },
      )) {
        for (const instance of page.Summaries ?? []) {
          instances.push({
            accountId: instance.Account ?? '',
            region: instance.Region ?? '',
            status: instance.StackInstanceStatus?.DetailedStatus ?? instance.Status ?? '',
            ...(instance.StatusReason ? { statusReason: instance.StatusReason } : {}),
            parameterOverrides: {} as Record<string, string>,
          });
        }
      }
      // ListStackInstances omits parameter overrides, and reading every instance would be one call per account.
      // Overrides are read only where a manifest declares them for this baseline: that is where they can differ.
      const baseline = name.slice(prefix.length);
      const withOverrides = new Set(
        desired.accounts
          .filter((account) => account.parameters[baseline])
          .map((account) => accountIdsByEmail.get(account.email.toLowerCase())),
      );
      await mapWithConcurrency(
        instances.filter((instance) => withOverrides.has(instance.accountId)),
        READ_CONCURRENCY,
        async (instance) => {
          const { StackInstance } = await clients.cloudFormation.send(
            new DescribeStackInstanceCommand({
              StackSetName: name,
              StackInstanceAccount: instance.accountId,
              StackInstanceRegion: instance.region,
              CallAs,
            }),
          );
          instance.parameterOverrides = Object.fromEntries(
            (StackInstance?.ParameterOverrides ?? [])
              .filter((parameter) => parameter.ParameterKey)
              .map((parameter) => [parameter.ParameterKey!, parameter.ParameterValue ?? '']),
          );
        },
      );
      return {
        name,
        status: stackSet?.Status ?? '',
        permissionModel: stackSet?.PermissionModel ?? '',
        templateBody: stackSet?.TemplateBody ?? '',
        parameters: Object.fromEntries(
          (stackSet?.Parameters ?? [])
            .filter((parameter) => parameter.ParameterKey)
            .map((parameter) => [parameter.ParameterKey!, parameter.ParameterValue ?? '']),
        ),
        instances: instances.sort((a, b) => compareText(a.accountId, b.accountId) || compareText(a.region, b.region)),
      };
    },
  );
  return stackSets;
}
