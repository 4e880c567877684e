import { ORGANIZATIONAL_UNIT_NAME } from '../config/schema-patterns.js';
import { compareText } from '../ordering.js';
import {
  DescribeOrganizationCommand,
  paginateListAWSServiceAccessForOrganization,
  DescribePolicyCommand,
  ListRootsCommand,
  ListTagsForResourceCommand,
  paginateListAccountsForParent,
  paginateListCreateAccountStatus,
  paginateListOrganizationalUnitsForParent,
  paginateListPolicies,
  paginateListTargetsForPolicy,
} from '@aws-sdk/client-organizations';
import type { PolicySummary } from '@aws-sdk/client-organizations';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { parseDocument } from 'yaml';
import { FULL_AWS_ACCESS_POLICY_NAME, MANAGED_BY_TAG } from '../config/desired-state.js';
import type { DesiredState } from '../config/desired-state.js';
import { losesNumberValues } from '../config/json-numbers.js';
import type { AwsClients } from './aws-clients.js';
import { configuredEndpoint } from './aws-clients.js';
import { errorName } from './aws-errors.js';
import { mapWithConcurrency, READ_CONCURRENCY } from './bounded-concurrency.js';
import { resolveOrganizationalUnits } from './organizational-unit-ids.js';
import { readStackSets } from './read-stack-sets.js';
import type { ObservedAccount, ObservedOrganizationalUnit, ObservedPolicy, ObservedState } from './observed-state.js';
import { checkCaller, checkOrganization, noOrganization } from './preflight.js';

export interface ObserveOptions {
  /** Narrows what is read to what can change: only declared accounts' tags, only catalogue SCPs. */
  desired: DesiredState;
  /**
   * Tags are the one per-account read. Apply skips them once its account stage is done, since no later stage
   * depends on them; the accounts then carry no `tags`. The OUs found at declared paths always have theirs read (one
   * read each): an OU that changes hands between stages must show as an adoption. Default true.
   */
  readAccountTags?: boolean;
  /**
   * Read the parameter overrides of every stack instance, one DescribeStackInstance each, instead of only where a
   * manifest or an account's record says there are some. The nightly drift check can afford it, and it is how
   * overrides set by hand on any account are seen. Default false.
   */
  readEveryParameterOverride?: boolean;
  /**
   * Read the tags of every active account, declared or not, so the plan can tell vend's accounts that no manifest
   * declares any more (`UnmanagedAccount.ownedByVend`). The nightly drift check can afford it; a plan reads them
   * only when it creates an account. Default false.
   */
  readEveryAccountTag?: boolean;
  /**
   * Read where each SCP that is not vend's is attached, for the per-target quota. Apply skips it once its SCP
   * attachment stage is done, since no later stage attaches anything; the observation then has none. Default true.
   */
  readForeignScpTargets?: boolean;
}

/** Reads the live organization with list calls per OU and per policy, never one call per account where a list exists. */
export async function observeOrganization(
  clients: AwsClients,
  {
    desired,
    readAccountTags = true,
    readEveryParameterOverride = false,
    readEveryAccountTag = false,
    readForeignScpTargets = true,
  }: ObserveOptions,
): Promise<ObservedState> {
  const identity = await clients.sts.send(new GetCallerIdentityCommand({}));
  const callerAccountId = identity.Account ?? '';
  const endpoint = configuredEndpoint('ORGANIZATIONS');
  const description = await clients.organizations.send(new DescribeOrganizationCommand({})).catch((error: unknown) => {
    const inNoOrganization = errorName(error) === 'AWSOrganizationsNotInUseException';
    // An emulator answers unknown access keys as its default account (moto: 123456789012), so stale exports against
    // an emulator without the sandbox's organization would read as the wrong account's credentials: the missing
    // organization is what to name, whichever account the keys map to.
    if (inNoOrganization && endpoint)
      throw noOrganization(callerAccountId, endpoint, process.env, desired.organization.managementAccountId);
    checkCaller(desired, callerAccountId);
    if (inNoOrganization) throw noOrganization(callerAccountId, undefined);
    throw error;
  });
  checkCaller(desired, callerAccountId);
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
  const tagsRead = readAccountTags
    ? readDeclaredAccountTags(clients, desired, accounts, readEveryAccountTag)
    : Promise.resolve();
  const organizationalUnitTagsRead = readDeclaredOrganizationalUnitTags(clients, desired, root.id, organizationalUnits);
  const [{ policies, foreignScpsByTarget }, accountCreationsInProgress, trustedServicePrincipals, stackSets] =
    await Promise.all([
      readPolicies(clients, desired, root.scpPolicyTypeEnabled, readForeignScpTargets),
      readAccountCreationsInProgress(clients),
      readTrustedServicePrincipals(clients),
      readStackSets(clients, desired, accounts, tagsRead, { everyOverride: readEveryParameterOverride }),
      tagsRead,
      organizationalUnitTagsRead,
    ]);

  return {
    callerAccountId,
    organization,
    root,
    organizationalUnits,
    accounts,
    policies,
    foreignScpsByTarget,
    accountCreationsInProgress,
    stackSets,
    trustedServicePrincipals,
  };
}

/**
 * Every OU (parents before children, by path) and every account, whatever its state, without tags. Breadth-first
 * over the OU tree: per parent, one paginated list of child OUs and one of accounts.
 */
export async function readTree(
  clients: AwsClients,
  rootId: string,
): Promise<{ organizationalUnits: ObservedOrganizationalUnit[]; accounts: ObservedAccount[] }> {
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
            path: parent.path === '' ? pathSegment(name) : `${parent.path}/${pathSegment(name)}`,
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

/**
 * A name as one segment of a displayed path. AWS allows `/` in an OU name, so such a name is quoted: an OU named
 * `CI/CD` shows as `"CI/CD"` and never reads as `CD` inside `CI`. So is any other name the repository cannot declare
 * (one that starts with `"`, has a space at either end or two in a row, or characters outside printable ASCII): no
 * declared path (`"CI` with a child `CD"`) can spell a quoted one, and a space or a tab a reader could not see shows.
 * A name the repository can declare is its own segment, as the repository spells it. Declared paths are resolved by
 * id, never by this text (organizational-unit-ids.ts).
 */
function pathSegment(name: string): string {
  return ORGANIZATIONAL_UNIT_NAME.test(name) ? name : JSON.stringify(name);
}

/**
 * Tags are per-resource only; reading them just for declared accounts keeps the call count to what can change.
 * Where a declared account is missing, the plan creates it, unless an undeclared account is that account with its
 * email (and perhaps its name) changed in git; only the ManagedBy tag can tell (plan-accounts.ts). So a plan that
 * creates an account reads the tags of every active account, one read per undeclared one. A plan whose manifests
 * all match reads only those of undeclared accounts carrying a declared name: a manifest whose email was changed to
 * another account's must not adopt that account while vend's own drops out of every manifest.
 */
async function readDeclaredAccountTags(
  clients: AwsClients,
  desired: DesiredState,
  accounts: ObservedAccount[],
  everyAccount: boolean,
) {
  const observedEmails = new Set(accounts.map((account) => account.email.toLowerCase()));
  const declaredEmails = new Set(desired.accounts.map((account) => account.email.toLowerCase()));
  const creates = desired.accounts.some(
    (account) => !account.closed && !observedEmails.has(account.email.toLowerCase()),
  );
  // An undeclared account carrying a declared name may be vend's account whose email changed in git: its tags say
  // whether it is, before a manifest adopts another account in its place (plan-accounts.ts). Rare, so cheap.
  const declaredNames = new Set(desired.accounts.flatMap((account) => [account.name, account.accountName]));
  const declared = accounts.filter(
    (account) =>
      declaredEmails.has(account.email.toLowerCase()) ||
      (account.status === 'ACTIVE' && (creates || everyAccount || declaredNames.has(account.name))),
  );
  await mapWithConcurrency(declared, READ_CONCURRENCY, async (account) => {
    account.tags = await readTags(clients, account.id);
  });
}

/**
 * The tags of each OU at a declared path (one read each): an OU someone else made at a path the repository declares
 * is adopted in the plan, as such, rather than taken for vend's own (plan-organizational-units.ts). Also those of the
 * undeclared OUs beside a declared OU the plan would create, under the same parent: one tagged ManagedBy: vend is
 * vend's OU renamed (in AWS or in the repository), and creating the declared one would leave it behind with its SCPs.
 * And those of OUs anywhere with such an OU's name: vend's OU, moved in the repository. No read more where every
 * declared OU exists.
 */
async function readDeclaredOrganizationalUnitTags(
  clients: AwsClients,
  desired: DesiredState,
  rootId: string,
  organizationalUnits: ObservedOrganizationalUnit[],
) {
  const { ids } = resolveOrganizationalUnits(desired, { organizationalUnits, root: { id: rootId } });
  const declaredIds = new Set(ids.values());
  const parentsOfMissing = new Set(
    desired.organizationalUnits.flatMap((unit) => (ids.has(unit.path) ? [] : (ids.get(unit.parentPath ?? '') ?? []))),
  );
  // An OU elsewhere with a missing one's name may be vend's, moved in the repository (AWS cannot move an OU): the plan
  // tells by its tag (leftBehind), so it is read too.
  const namesOfMissing = new Set(
    desired.organizationalUnits.filter((unit) => !ids.has(unit.path)).map((unit) => unit.name),
  );
  const read = organizationalUnits.filter(
    (unit) => declaredIds.has(unit.id) || parentsOfMissing.has(unit.parentId) || namesOfMissing.has(unit.name),
  );
  await mapWithConcurrency(read, READ_CONCURRENCY, async (unit) => {
    unit.tags = await readTags(clients, unit.id);
  });
}

/**
 * The tags of an account, OU, root or policy (ListTagsForResource, every page). Tag keys are arbitrary strings;
 * Object.fromEntries defines them as own properties, so `__proto__` stays a key.
 */
export async function readTags(clients: AwsClients, resourceId: string): Promise<Record<string, string>> {
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

/**
 * The SCPs the plan compares (catalogue names, vend's tag, FullAWSAccess), and where the others are attached: they
 * count against the SCPs-per-target quota like vend's own, so an attachment that would pass it is a problem before
 * apply, not a failure halfway through it, and the nightly drift check reports those on declared targets. Each
 * customer-managed SCP not in the catalogue costs a tag read (is it vend's?) and, if it is not vend's, a targets read;
 * an organization with none costs neither.
 *
 * With the SCP policy type switched off on the root, the policies are still there and still read (their content and
 * tags), but attached nowhere: "When you disable a policy type, all policies of the specified type are automatically
 * detached from all entities in the organization root. The policies are not deleted" (AWS Organizations User Guide,
 * "Disabling a policy type"). Their targets are therefore not read; moto 5.2.1 keeps them, where AWS drops them.
 */
async function readPolicies(
  clients: AwsClients,
  desired: DesiredState,
  enabled: boolean,
  readForeignTargets: boolean,
): Promise<Pick<ObservedState, 'policies' | 'foreignScpsByTarget'>> {
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
  const owned = await mapWithConcurrency(
    others,
    READ_CONCURRENCY,
    async (summary) => (await readTags(clients, summary.Id ?? ''))[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value,
  );
  summaries.push(...others.filter((_, index) => owned[index]));
  const foreign = readForeignTargets && enabled ? others.filter((_, index) => !owned[index]) : [];
  const [policies, foreignTargets] = await Promise.all([
    mapWithConcurrency(summaries, READ_CONCURRENCY, (summary) => readPolicy(clients, summary, enabled)),
    mapWithConcurrency(foreign, READ_CONCURRENCY, (summary) => readPolicyTargets(clients, summary.Id ?? '')),
  ]);
  const foreignScpsByTarget: ObservedState['foreignScpsByTarget'] = {};
  foreign.forEach((summary, index) => {
    for (const targetId of foreignTargets[index]!)
      (foreignScpsByTarget[targetId] ??= []).push({ id: summary.Id ?? '', name: summary.Name ?? summary.Id ?? '' });
  });
  for (const policies of Object.values(foreignScpsByTarget))
    policies.sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id));
  return {
    policies: policies.sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id)),
    foreignScpsByTarget,
  };
}

/**
 * One policy of a ListPolicies page, with its content, tags and targets. AWS-managed policies (FullAWSAccess) are
 * never compared or changed, only attached, so only their targets are read. `attachable` false (SCPs switched off on
 * the root) reads no targets: AWS has detached the policy from all of them.
 */
export async function readPolicy(
  clients: AwsClients,
  summary: PolicySummary,
  attachable = true,
): Promise<ObservedPolicy> {
  const id = summary.Id ?? '';
  const awsManaged = summary.AwsManaged === true;
  const [content, targetIds, tags] = await Promise.all([
    awsManaged ? Promise.resolve('') : readPolicyContent(clients, id),
    attachable ? readPolicyTargets(clients, id) : Promise.resolve([]),
    awsManaged ? Promise.resolve({}) : readTags(clients, id),
  ]);
  return { id, name: summary.Name ?? '', awsManaged, description: summary.Description ?? '', content, tags, targetIds };
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

/**
 * Content is compared with the repository's minified form; AWS may return it with other whitespace. Content with a
 * key twice in one object is kept as AWS holds it: JSON.parse would keep only the last, so the minified form would
 * say less than the policy does, match a repository file that says less, and hide the key from `vend import`. So is
 * content with a number JavaScript cannot hold (12345678901234567890 would read as 12345678901234567000): minified,
 * it would match a file holding the other number, and the plan would call the two the same.
 */
function minifyJson(content: string): string {
  try {
    const parsed: unknown = JSON.parse(content);
    if (
      losesNumberValues(content) ||
      parseDocument(content, { uniqueKeys: true }).errors.some((error) => error.code === 'DUPLICATE_KEY')
    )
      return content;
    return JSON.stringify(parsed);
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

/** One call for the organization, whatever its size: renames are checked against it in the plan. */
async function readTrustedServicePrincipals(clients: AwsClients): Promise<string[]> {
  const principals: string[] = [];
  for await (const page of paginateListAWSServiceAccessForOrganization({ client: clients.organizations }, {}))
    for (const service of page.EnabledServicePrincipals ?? [])
      if (service.ServicePrincipal) principals.push(service.ServicePrincipal);
  return principals.sort(compareText);
}
