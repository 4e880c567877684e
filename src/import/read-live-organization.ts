import { DescribeOrganizationCommand, ListRootsCommand, paginateListPolicies } from '@aws-sdk/client-organizations';
import type { PolicySummary, PolicyType } from '@aws-sdk/client-organizations';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import type { AwsClients } from '../observe/aws-clients.js';
import { configuredEndpoint } from '../observe/aws-clients.js';
import { mapWithConcurrency, READ_CONCURRENCY } from '../observe/bounded-concurrency.js';
import { errorName } from '../observe/aws-errors.js';
import { noOrganization, PreflightError } from '../observe/preflight.js';
import { readPolicy, readTags, readTree } from '../observe/read-organization.js';
import { listStackSetNames, readStackSet } from '../observe/read-stack-sets.js';
import { masked, noEchoIn } from '../plan/no-echo-parameters.js';
import type { ObservedStackSet } from '../observe/observed-state.js';
import { SERVICE_CONTROL_POLICY } from './live-organization.js';
import type { LiveOrganization } from './live-organization.js';

/**
 * Reads the whole organization for `vend import`, with the management account's credentials and only read calls:
 * the calls of src/observe/ and no others (bootstrap-stack.test.ts checks that), so a role with the plan role's
 * permissions could run it too. Lists go per OU and per policy; the per-account reads are the tags of every active
 * member account and the parameter overrides of every instance of a StackSet with `namePrefix`, which no list
 * returns.
 *
 * @throws PreflightError when the credentials are not the management account's, the account is in no
 *   organization, or the organization lacks all features (vend could not manage it).
 */
export async function readLiveOrganization(
  clients: AwsClients,
  { namePrefix }: { namePrefix: string },
): Promise<LiveOrganization> {
  const identity = await clients.sts.send(new GetCallerIdentityCommand({}));
  const callerAccountId = identity.Account ?? '';
  const description = await clients.organizations.send(new DescribeOrganizationCommand({})).catch((error: unknown) => {
    if (errorName(error) !== 'AWSOrganizationsNotInUseException') throw error;
    const endpoint = configuredEndpoint('ORGANIZATIONS');
    // Against an emulator no credentials would help: it holds no organization until the sandbox creates one.
    if (endpoint) throw noOrganization(callerAccountId, endpoint);
    throw new PreflightError(
      `Account ${callerAccountId}, whose credentials these are, is in no AWS organization: there is nothing to import. Use the management account's credentials.`,
    );
  });
  const organization = {
    id: description.Organization?.Id ?? '',
    managementAccountId: description.Organization?.MasterAccountId ?? '',
  };
  // StackSets and delegated administrators see only part of the organization; the management account sees it all.
  if (callerAccountId !== organization.managementAccountId)
    throw new PreflightError(
      `vend import reads organization ${organization.id} with its management account's credentials, but these belong to account ${callerAccountId}; its management account is ${organization.managementAccountId}.`,
    );
  if (description.Organization?.FeatureSet !== 'ALL')
    throw new PreflightError(
      `Organization ${organization.id} has feature set ${description.Organization?.FeatureSet ?? 'unknown'}; vend needs all features (SCPs cannot exist without them). Enable all features in AWS Organizations, then import.`,
    );

  const { Roots = [] } = await clients.organizations.send(new ListRootsCommand({}));
  const rootId = Roots[0]?.Id;
  if (!rootId) throw new Error('The organization has no root; AWS Organizations returned an empty ListRoots response.');
  const policyTypes = (Roots[0]?.PolicyTypes ?? [])
    .filter((type) => type.Status === 'ENABLED' && type.Type)
    .map((type) => type.Type!)
    .sort();
  const { organizationalUnits, accounts } = await readTree(clients, rootId);
  const members = accounts.filter(
    (account) => account.status === 'ACTIVE' && account.id !== organization.managementAccountId,
  );
  const [, , serviceControlPolicies, otherPolicyTypes, stackSets] = await Promise.all([
    mapWithConcurrency(members, READ_CONCURRENCY, async (account) => {
      account.tags = await readTags(clients, account.id);
    }),
    // Whose each OU is: the first plan adopts the declared ones, and another tool's claim is to check.
    mapWithConcurrency(organizationalUnits, READ_CONCURRENCY, async (unit) => {
      unit.tags = await readTags(clients, unit.id);
    }),
    policyTypes.includes(SERVICE_CONTROL_POLICY)
      ? mapWithConcurrency(await listPolicies(clients, SERVICE_CONTROL_POLICY), READ_CONCURRENCY, (summary) =>
          readPolicy(clients, summary),
        )
      : [],
    mapWithConcurrency(
      policyTypes.filter((type) => type !== SERVICE_CONTROL_POLICY),
      READ_CONCURRENCY,
      async (type) => ({ type, policies: (await listPolicies(clients, type)).map((policy) => policy.Name ?? '') }),
    ),
    (async () =>
      mapWithConcurrency(await listStackSetNames(clients, namePrefix, undefined), READ_CONCURRENCY, (name) =>
        readStackSet(clients, name, undefined, () => true),
      ))(),
  ]);
  return {
    organization,
    partition: identity.Arn?.split(':')[1] || 'aws',
    homeRegion: await clients.cloudFormation.config.region(),
    root: { id: rootId, policyTypes },
    organizationalUnits,
    accounts,
    serviceControlPolicies,
    otherPolicyTypes,
    stackSets: stackSets.map(withSecretsMasked),
    namePrefix,
  };
}

/**
 * The StackSet with every NoEcho parameter value masked, in its parameters and its instances' overrides, as AWS
 * returns them (DescribeStackSet, DescribeStackInstance). An endpoint that returns a secret in the clear (the
 * emulator does) must not have import write it into a repository.
 */
function withSecretsMasked(stackSet: ObservedStackSet): ObservedStackSet {
  const secret = noEchoIn(stackSet.templateBody);
  if (secret.length === 0) return stackSet;
  return {
    ...stackSet,
    parameters: masked(stackSet.parameters, secret),
    instances: stackSet.instances.map((instance) => ({
      ...instance,
      parameterOverrides: masked(instance.parameterOverrides, secret),
    })),
  };
}

async function listPolicies(clients: AwsClients, type: string): Promise<PolicySummary[]> {
  const policies: PolicySummary[] = [];
  for await (const page of paginateListPolicies({ client: clients.organizations }, { Filter: type as PolicyType }))
    policies.push(...(page.Policies ?? []));
  return policies;
}
