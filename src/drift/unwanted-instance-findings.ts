import { MANAGED_BY_TAG } from '../config/desired-state.js';
import { compareText } from '../ordering.js';
import { canonicalJson } from '../plan/canonical-json.js';
import { CHANGE_KINDS } from '../plan/plan.js';
import type { Change } from '../plan/plan.js';
import type { DriftContext } from './drift-context.js';
import { makeFinding } from './drift-report.js';
import type { DriftFinding } from './drift-report.js';
import { listNames } from '../report/phrasing.js';
import { ORGANIZATION_FILE } from '../config/repository.js';
import { namedIamResource } from '../config/rules/template-rules.js';
import { readTemplateFacts } from '../plan/template-change.js';
import { DESTRUCTIVE, manifestOf } from './repository-places.js';
import { baselineOf, instanceTarget, members } from './stack-set-findings.js';

/*
 * Stack instances where main declares none: in accounts a baseline no longer targets, in accounts no manifest
 * declares or that are closed, and in accounts outside the organization.
 */

/** Instances of a declared baseline in declared accounts it no longer targets. */
export function untargetedInstanceFindings(context: DriftContext, change: Change): DriftFinding[] {
  const name = String(change.scope.stackSet);
  const baseline = baselineOf(context, name);
  // A StackSet whose baseline the catalogue dropped is one finding, its instances with it.
  if (!context.desired.baselines.some((candidate) => candidate.name === baseline)) return [];
  // An account apply is to close (closed: true, and a close it does not refuse, which would keep its instances) is
  // one finding, account-not-closed, that lists them.
  const closing = new Set(context.changesOf(CHANGE_KINDS.closeAccount).map((close) => String(close.scope.account)));
  return members(change).flatMap(({ account, region }) => {
    if (closing.has(account)) return [];
    const target = instanceTarget(name, `account:${account}`, region);
    return [
      makeFinding(
        'stack-instance-untargeted',
        target,
        {
          expected: `no ${baseline} stack instance in ${account} ${region}`,
          actual: 'a stack instance',
          restore: `apply removes it, with its stack and resources; ${DESTRUCTIVE}`,
          accept: keepingEdit(context, account, baseline, region),
        },
        context.checkedOn,
      ),
    ];
  });
}

/**
 * The repository edit that keeps an untargeted instance, as validate and the plan read it: a baseline with its own
 * `regions` goes to those whatever an account's are, so a manifest cannot keep one elsewhere; an account's regions
 * serve all its baselines, and every region must be in allowedRegions (rule region-allowed).
 */
export function keepingEdit(context: DriftContext, account: string, baseline: string, region: string): string {
  const manifest = manifestOf(context, account);
  const declared = context.desired.accounts.find((candidate) => candidate.name === account);
  const fixed = context.desired.baselines.find((candidate) => candidate.name === baseline)?.regions;
  const allowed = context.desired.organization.allowedRegions.includes(region)
    ? []
    : [`add ${region} to allowedRegions in ${ORGANIZATION_FILE}`];
  if (fixed && !fixed.includes(region)) {
    const body = context.desired.baselines.find((candidate) => candidate.name === baseline)?.templateBody ?? '';
    const facts = readTemplateFacts(body);
    const named = namedIamResource(facts?.resources ?? [], facts?.conditions);
    // A second region for such a baseline is what template-named-iam-single-region refuses.
    if (named)
      return `none: baseline ${baseline} deploys only to its own regions (${listNames(fixed, Infinity)}), whatever an account's regions, and its template names IAM resources (${named.logicalId}), which are global, so it can have one region only (rule template-named-iam-single-region)`;
    return `none in ${manifest}: baseline ${baseline} deploys only to its own regions (${listNames(fixed, Infinity)}), whatever an account's regions; to keep it, ${[...allowed, `add ${region} to its regions in ${ORGANIZATION_FILE}`].join(', then ')}, which deploys it there in every account that has it`;
  }
  if (!declared) return `give ${account} the baseline ${baseline} in ${region} in ${manifest}`;
  const edits = [
    ...(declared.waivers?.excludedBaselines.includes(baseline)
      ? [`remove ${baseline} from excludeBaselines`]
      : declared.baselines.includes(baseline)
        ? []
        : [`add ${baseline} to baselines`]),
    ...(fixed || declared.regions.includes(region)
      ? []
      : [
          `set regions to [${[...declared.regions, region].join(', ')}], which also deploys there its other baselines that have no regions of their own`,
        ]),
  ];
  if (edits.length === 0) return `give ${account} the baseline ${baseline} in ${region} in ${manifest}`;
  // Kept, the instance is the account's like any other: the overrides its manifest sets for the baseline reach it.
  const overrides = Object.keys(declared.parameters[baseline] ?? {}).sort(compareText);
  const reconciled =
    overrides.length > 0
      ? `; the instance then takes the overrides ${manifest} sets for ${baseline} (${listNames(overrides, Infinity)}), an update of its own`
      : handSetOverrides(context, baseline, context.existingAccounts.get(account)?.id, region, manifest);
  return `${[...allowed, `in ${manifest}, ${edits.join(' and ')}`].join(', then ')}${reconciled}`;
}

/**
 * The overrides an instance carries that no manifest set, as a clause: undeclared, apply either resets them (an
 * account whose overrides record says they were vend's) or leaves them as drift (stack-instance-overrides), so the
 * hint says to declare them in `manifest` to keep them.
 */
function handSetOverrides(
  context: DriftContext,
  baseline: string,
  accountId: string | undefined,
  region: string,
  manifest: string,
): string {
  const name = `${context.desired.organization.stackSets.namePrefix}${baseline}`;
  const inAccount =
    context.observed.stackSets
      .find((stackSet) => stackSet.name === name)
      ?.instances.filter((candidate) => candidate.accountId === accountId) ?? [];
  const instance = inAccount.find((candidate) => candidate.region === region);
  const keys = Object.keys(instance?.parameterOverrides ?? {}).sort(compareText);
  if (keys.length === 0) return '';
  // A manifest sets one override set per baseline for all of an account's regions (DESIGN.md, parameters), so
  // instances that disagree cannot all be kept as they are: vend import leaves such an account out for the same reason.
  const sets = new Set(inAccount.map((candidate) => canonicalJson(candidate.parameterOverrides)));
  if (sets.size > 1)
    return `; its ${baseline} instances in ${listNames(
      inAccount.map((candidate) => candidate.region),
      Infinity,
    )} carry different overrides set outside the repository (${listNames(keys, Infinity)} here), and a manifest holds one set per baseline for all its regions: make them the same in AWS first, then declare them under parameters.${baseline} in ${manifest}`;
  return `; it carries overrides set outside the repository (${listNames(keys, Infinity)}): declare them under parameters.${baseline} in ${manifest} to keep them as they are`;
}

/**
 * The manifest that would keep an instance in an account no manifest declares: the account declared with the
 * baseline, the baselines it depends on (validate refuses it without them: baseline-reference), and the instance's
 * region among its regions, unless the baseline has regions of its own without it, where declaring the account
 * would have apply remove the instance instead. Its OU's baselines come with it wherever it is declared.
 */
function declaringEdit(context: DriftContext, baseline: string, region: string, accountId: string): string {
  const { defaultRegions, allowedRegions } = context.desired.organization;
  const fixed = context.desired.baselines.find((candidate) => candidate.name === baseline)?.regions;
  if (fixed && !fixed.includes(region))
    return `none by declaring the account: baseline ${baseline} deploys only to its own regions (${listNames(fixed, Infinity)}), so apply would deploy it there and remove this instance (destructive)`;
  const regions =
    fixed || defaultRegions.includes(region)
      ? ''
      : ` and ${region} among its regions${allowedRegions.includes(region) ? '' : ` (after adding ${region} to allowedRegions in ${ORGANIZATION_FILE})`}, as defaultRegions does not hold it`;
  const needs = dependenciesOf(context, baseline);
  const baselines =
    needs.length > 0
      ? `baselines ${listNames([...needs, baseline], Infinity)} (${baseline} depends on ${needs.length === 1 ? 'the other' : 'the others'})`
      : `baseline ${baseline}`;
  return `declare the account in accounts/ with ${baselines}${regions}, in an OU whose own baselines it is to get too${handSetOverrides(context, baseline, accountId, region, 'its manifest')}`;
}

/** Every baseline `baseline` depends on, transitively, in catalogue order. */
function dependenciesOf(context: DriftContext, baseline: string): string[] {
  const byName = new Map(context.desired.baselines.map((candidate) => [candidate.name, candidate]));
  const found = new Set<string>();
  const visit = (name: string) => {
    for (const dependency of byName.get(name)?.dependsOn ?? [])
      if (!found.has(dependency)) {
        found.add(dependency);
        visit(dependency);
      }
  };
  visit(baseline);
  return context.desired.baselines.map((candidate) => candidate.name).filter((name) => found.has(name));
}

function closedManifestExpects(context: DriftContext, baseline: string, account: string, region: string): string {
  return `no ${baseline} stack instance in ${account} ${region}: ${manifestOf(context, account)} sets closed: true`;
}

/**
 * Instances of vend's StackSets in accounts whose manifest sets closed: true and that AWS has closed (SUSPENDED) or
 * is closing. StackSet operations skip such accounts, so the plan removes none of them; only removing an instance
 * while keeping its stack clears it.
 */
export function instancesInClosedAccountsFindings(context: DriftContext): DriftFinding[] {
  const closedById = new Map(
    context.desired.accounts.flatMap((account) => {
      const observed = context.existingAccounts.get(account.name);
      return account.closed && observed !== undefined && observed.status !== 'ACTIVE'
        ? [[observed.id, { account: account.name, status: observed.status }] as const]
        : [];
    }),
  );
  return context.observed.stackSets
    .filter((stackSet) => stackSet.managedByVend)
    .flatMap((stackSet) =>
      stackSet.instances.flatMap((instance) => {
        const closed = closedById.get(instance.accountId);
        if (!closed) return [];
        return [
          makeFinding(
            'stack-instance-untargeted',
            instanceTarget(stackSet.name, `account:${closed.account}`, instance.region),
            {
              ...suspendedAccountInstance(stackSet.name, instance, closed.status, 'planned'),
              expected: closedManifestExpects(
                context,
                baselineOf(context, stackSet.name),
                closed.account,
                instance.region,
              ),
            },
            context.checkedOn,
          ),
        ];
      }),
    );
}

/** Instances of StackSets with vend's prefix in accounts that are not in the organization. */
export function instancesOutsideOrganization(
  context: DriftContext,
): { stackSet: string; instance: { accountId: string; region: string } }[] {
  const inOrganization = new Set(context.observed.accounts.map((account) => account.id));
  return context.observed.stackSets.flatMap((stackSet) =>
    stackSet.instances
      .filter((instance) => !inOrganization.has(instance.accountId))
      .map((instance) => ({ stackSet: stackSet.name, instance })),
  );
}

/**
 * Instances of vend's StackSets in accounts that are not in the organization: the plan never touches them. An
 * account outside the organization shows no email, so when declared accounts left (account-left-organization) vend
 * cannot tell whether this is one of them: the finding names them as perhaps its account, and gives the same advice
 * as theirs, invite it back, before removing the instance.
 */
export function instancesOutsideOrganizationFindings(context: DriftContext): DriftFinding[] {
  const left = context.accountsThatLeft;
  const named = left.length === 1 ? left[0]! : `one of ${listNames(left)}`;
  const perhaps =
    left.length === 0
      ? ''
      : `; perhaps the account of ${named}, which left the organization (account-left-organization): vend cannot tell, since an account outside it shows no email`;
  return instancesOutsideOrganization(context).map(({ stackSet, instance }) => {
    const removal = `remove the instance from the StackSet and keep its stack: ${retainingRemoval(stackSet, instance)}`;
    return makeFinding(
      'stack-instance-outside-organization',
      instanceTarget(stackSet, `account:${instance.accountId}`, instance.region),
      {
        expected: `stack instances of ${stackSet} only in the organization’s accounts`,
        actual: `a stack instance in ${instance.accountId} ${instance.region}, which is not in the organization${perhaps}`,
        restore:
          left.length === 0
            ? `apply leaves it: the account is not the organization’s. Bring the account back, or ${removal}`
            : `apply leaves it. If it is the account of ${named}, invite it back as that finding says: apply adopts it, and the instance is vend’s again. Otherwise ${removal}`,
        accept:
          left.length === 0
            ? 'none: vend deploys only to the organization’s accounts'
            : `none: vend deploys only to the organization’s accounts; once ${manifestsOf(context, left)} ${left.length === 1 ? 'is' : 'are'} deleted, ${removal}`,
      },
      context.checkedOn,
    );
  });
}

function manifestsOf(context: DriftContext, accounts: readonly string[]): string {
  return listNames(accounts.map((account) => manifestOf(context, account)));
}

/**
 * Instances of vend's StackSets in accounts of the organization that no manifest declares, the management account
 * included: someone deployed them by hand, or the account's manifest was deleted. The plan never touches them.
 */
export function instancesInUndeclaredAccountsFindings(context: DriftContext): DriftFinding[] {
  const declared = new Set([...context.existingAccounts.values()].map((account) => account.id));
  // An account of vend's whose manifest was deleted is its own finding, which names its instances.
  for (const account of context.plan.unmanagedAccounts) if (account.ownedByVend) declared.add(account.id);
  // So is the management account left with vend's tag (undeclaredOwnedAccountFindings); without it, its instances
  // are reported here like any other account's: roles there that no SCP limits, and nothing maintains.
  const managementId = context.observed.organization.managementAccountId;
  const management = context.observed.accounts.find((account) => account.id === managementId);
  if (management?.tags?.[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value) declared.add(managementId);
  const statusOf = new Map(context.observed.accounts.map((account) => [account.id, account.status]));
  return context.observed.stackSets
    .filter((stackSet) => stackSet.managedByVend)
    .flatMap((stackSet) =>
      stackSet.instances
        .filter((instance) => statusOf.has(instance.accountId) && !declared.has(instance.accountId))
        .map((instance) =>
          makeFinding(
            'stack-instance-untargeted',
            instanceTarget(stackSet.name, context.accountTarget(instance.accountId), instance.region),
            instance.accountId === managementId
              ? {
                  expected: `stack instances of ${stackSet.name} only in accounts a manifest declares`,
                  actual: `a stack instance in the management account ${instance.accountId} ${instance.region}, which no manifest declares: roles there no SCP limits, and nothing maintains`,
                  restore:
                    'apply leaves it: vend deletes no stack in an account it does not manage. Delete the instance by hand (DeleteStackInstances)',
                  accept: `delete the instance, or ${declaringEdit(context, baselineOf(context, stackSet.name), instance.region, instance.accountId).replace('declare the account', 'declare the management account')}: that adopts it, and vend then maintains there every baseline it gets, each a high-impact change`,
                }
              : statusOf.get(instance.accountId) === 'ACTIVE'
                ? {
                    expected: `stack instances of ${stackSet.name} only in accounts a manifest declares`,
                    actual: `a stack instance in ${instance.accountId} ${instance.region}, an account no manifest declares`,
                    restore:
                      'apply leaves it: vend deletes no stack in an account it does not manage. Delete the instance by hand (DeleteStackInstances), or declare the account',
                    accept: declaringEdit(
                      context,
                      baselineOf(context, stackSet.name),
                      instance.region,
                      instance.accountId,
                    ),
                  }
                : suspendedAccountInstance(stackSet.name, instance, statusOf.get(instance.accountId)!, 'undeclared'),
            context.checkedOn,
          ),
        ),
    );
}

/**
 * An instance left in a closed (SUSPENDED) or closing account. StackSet operations skip such an account
 * (CloudFormation User Guide, StackSets status codes: SKIPPED_SUSPENDED_ACCOUNT), so only removing the instance from
 * the StackSet, keeping its stack, clears it (DeleteStackInstances, RetainStacks). `planned`: the account's manifest
 * sets closed: true; `undeclared`: no manifest names the account. Apply leaves both alone.
 */
function suspendedAccountInstance(
  stackSet: string,
  instance: { accountId: string; region: string },
  status: string,
  account: 'planned' | 'undeclared',
): { expected: string; actual: string; restore: string; accept: string } {
  const removal = `Remove the instance from the StackSet and keep its stack, which goes with the account: ${retainingRemoval(stackSet, instance)}`;
  return {
    expected: `stack instances of ${stackSet} only in accounts a manifest declares`,
    actual: `a stack instance in ${instance.accountId} ${instance.region}, an account that is ${status} (closed or closing)`,
    restore:
      account === 'planned'
        ? `apply leaves it: CloudFormation skips a stack instance in a closed account (SKIPPED_SUSPENDED_ACCOUNT), so a removal that deletes its stack would never happen. ${removal}`
        : `apply leaves it. ${removal}`,
    accept:
      account === 'planned'
        ? 'none: the manifest already says the account is closed, and no manifest keeps a stack instance in a closed account; remove the instance as above'
        : 'none: a closed account cannot be declared; remove the instance as above, or reopen the account (AWS Support, within 90 days of closing) and declare it',
  };
}

/** The command that removes an instance from its StackSet and leaves its stack (DeleteStackInstances, RetainStacks). */
function retainingRemoval(stackSet: string, instance: { accountId: string; region: string }): string {
  return `aws cloudformation delete-stack-instances --stack-set-name ${stackSet} --accounts ${instance.accountId} --regions ${instance.region} --retain-stacks`;
}
