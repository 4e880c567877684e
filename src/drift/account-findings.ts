import { ORGANIZATION_FILE } from '../config/repository.js';
import { reservedTagKey } from '../config/rules/tag-rules.js';
import { compareText } from '../ordering.js';
import { MANAGED_BY_TAG, OWNER_UNASSIGNED, PARAMETER_OVERRIDES_TAG } from '../config/desired-state.js';
import type { DesiredAccount } from '../config/desired-state.js';
import type { ObservedAccount } from '../observe/observed-state.js';
import { accountTagDifferences } from '../plan/plan-account-tags.js';
import { CHANGE_KINDS } from '../plan/plan.js';
import type { Change, PlanProblem } from '../plan/plan.js';
import { countOf, listNames, quoted } from '../report/phrasing.js';
import { creationRequestOf } from './drift-context.js';
import type { DriftContext } from './drift-context.js';
import { makeFinding } from './drift-report.js';
import type { DriftFinding, NotChecked } from './drift-report.js';
import { DESTRUCTIVE, manifestOf } from './repository-places.js';
import { instancesOutsideOrganization } from './unwanted-instance-findings.js';

/**
 * A declared account that no account in the organization has the email of. On main everything declared was
 * applied unless an apply run is still waiting (the report then says so), and the drift check never runs beside an
 * apply job, so an account that is not there left the organization, was removed from it, or was never created.
 * The plan would create it again, which AWS refuses while the account that left keeps its email. A request to
 * create it that is still in progress is not drift yet: it is reported as not checked.
 */
export function leftOrganizationFinding(context: DriftContext, change: Change): DriftFinding | NotChecked {
  const account = String(change.scope.account);
  const email = String(change.scope.email);
  const request = creationRequestOf(change);
  if (request)
    return {
      target: change.target,
      what: 'the account',
      reason: `its creation (request ${request}) is still in progress`,
    };
  const consequences = context.plan.changes.filter((other) => other.id !== change.id && touchesAccount(other, account));
  // Instances outside the organization show no email: which of those accounts was this one, vend cannot tell.
  const outsideInstances = instancesOutsideOrganization(context);
  const outside = outsideInstances.length;
  const outsideAccounts = new Set(outsideInstances.map(({ instance }) => instance.accountId)).size;
  return makeFinding(
    'account-left-organization',
    change.target,
    {
      expected: `account ${account} <${email}> in ${String(change.scope.ou)}`,
      actual: `no account in the organization has the email ${email}: it left or was removed, or it was never created (an apply of main that is still waiting, was not approved or failed)`,
      restore:
        'if it was never created, run apply of main (it creates it). If it left, apply cannot bring it back: it would create a new account with this email, which AWS refuses while the account that left still has it. Invite the account back (organizations invite-account-to-organization); apply then adopts it by its email',
      accept: `if it left for good, delete ${manifestOf(context, account)}; if it was never created, nothing: apply of main creates it`,
      details: [
        ...(consequences.length > 0
          ? [
              // Named by what they are, not by a fixed list of kinds that may not be among them.
              // A change may also cover other accounts (a StackSet's instances): only this account's part waits.
              `${countOf(consequences.length, 'other change')} of main’s plan ${consequences.length === 1 ? 'includes' : 'include'} it, and none does its part for this account until the account is back or created: ${consequences
                .slice(0, NAMED_CONSEQUENCES)
                .map((other) => other.description)
                .join(
                  '; ',
                )}${consequences.length > NAMED_CONSEQUENCES ? `; and ${consequences.length - NAMED_CONSEQUENCES} more` : ''}`,
            ]
          : []),
        ...(outside > 0
          ? [
              `${countOf(outside, 'stack instance')} of vend’s StackSets ${outside === 1 ? 'is' : 'are'} in ${outsideAccounts === 1 ? 'an account' : `${outsideAccounts} accounts`} outside the organization, ${outsideAccounts === 1 ? 'perhaps' : 'one perhaps'} its own (stack-instance-outside-organization): invited back, the account keeps its instances; if you delete the manifest instead, remove them as those findings say`,
            ]
          : []),
      ],
    },
    context.checkedOn,
  );
}

/** How many of the plan's changes that need an account that left are named; the rest are counted. */
const NAMED_CONSEQUENCES = 3;

/** The account's ManagedBy tag is gone or changed: the plan would adopt it again. */
export function ownershipTagFinding(context: DriftContext, change: Change): DriftFinding {
  const account = String(change.scope.account);
  const tags = context.existingAccounts.get(account)?.tags ?? {};
  const current = tags[MANAGED_BY_TAG.key];
  return makeFinding(
    'account-ownership-tag',
    change.target,
    {
      expected: `tag ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}`,
      actual: current === undefined ? `no ${MANAGED_BY_TAG.key} tag` : `${MANAGED_BY_TAG.key}=${quoted(current)}`,
      restore: 'apply tags it again (its plan shows this as adopting the account)',
      accept: `delete ${manifestOf(context, account)} to give the account up: vend manages only accounts it tags${leftBehind(context, context.existingAccounts.get(account)?.id)}`,
    },
    context.checkedOn,
  );
}

/**
 * What stays in an account given up by deleting its manifest: vend deletes no stack and detaches no SCP where no
 * manifest declares the account, so its StackSets' instances and the catalogue SCPs attached to it stay, and the
 * instances are then drift of their own (stack-instance-untargeted).
 */
function leftBehind(context: DriftContext, accountId: string | undefined): string {
  if (accountId === undefined) return '';
  const instances = context.observed.stackSets
    .filter((stackSet) => stackSet.managedByVend)
    .flatMap((stackSet) =>
      stackSet.instances
        .filter((instance) => instance.accountId === accountId)
        .map((instance) => `${stackSet.name} ${instance.region}`),
    );
  const scps = context.observed.policies
    .filter((policy) => !policy.awsManaged && policy.targetIds.includes(accountId))
    .map((policy) => policy.name);
  const stays = [
    ...(instances.length > 0
      ? [
          `its ${countOf(instances.length, 'stack instance')} of vend’s StackSets (${listNames(instances)}), each then stack-instance-untargeted until you delete it`,
        ]
      : []),
    ...(scps.length > 0 ? [`${scps.length === 1 ? 'SCP' : 'SCPs'} ${listNames(scps)} attached to it`] : []),
  ];
  return stays.length > 0
    ? `. What vend put there stays, as vend changes nothing in an account no manifest declares: ${stays.join('; and ')}`
    : '';
}

/** Tags set, changed or removed outside git: one finding per account, whatever the tags. */
export function accountTagFindings(context: DriftContext): DriftFinding[] {
  const byAccount = new Map<string, { set?: Change; removed?: Change }>();
  for (const change of context.changesOf(CHANGE_KINDS.tagAccount))
    byAccount.set(change.target, { ...byAccount.get(change.target), set: change });
  for (const change of context.changesOf(CHANGE_KINDS.untagAccount))
    byAccount.set(change.target, { ...byAccount.get(change.target), removed: change });
  return [...byAccount]
    .sort(([a], [b]) => compareText(a, b))
    .map(([target, { set, removed }]) => {
      const account = target.slice('account:'.length);
      const wanted = (set?.after ?? {}) as Record<string, string>;
      const had = (set?.before ?? {}) as Record<string, string>;
      const extra = (removed?.before ?? {}) as Record<string, string>;
      const keys = [...new Set([...Object.keys(wanted), ...Object.keys(extra)])].sort(compareText);
      const describe = (key: string, value: string | undefined) =>
        value === undefined ? `no ${key}` : `${key}=${quoted(value)}`;
      // Dropping a required tag from the manifest fails validation (required-tags) unless an exception waives it.
      const required = context.desired.organization.requiredTags;
      const requiredGone = keys.filter(
        (key) => wanted[key] !== undefined && had[key] === undefined && required.includes(key),
      );
      // A vend: tag (or the ownership record) is vend's own record, which no manifest may declare (tag-limits):
      // only restoring it keeps it, and declaring "the organization's tags" would fail validation.
      const reserved = keys.filter((key) => reservedTagKey(key) !== undefined);
      const accept = [
        ...(reserved.length < keys.length
          ? [`declare the organization’s tags in ${manifestOf(context, account)}`]
          : []),
        ...(requiredGone.length > 0
          ? [
              `${requiredGone.join(', ')} ${requiredGone.length === 1 ? 'is' : 'are'} in requiredTags, so removing ${requiredGone.length === 1 ? 'it' : 'them'} there also needs an approved exception for rule required-tags`,
            ]
          : []),
        // Owner is the manifest's owner, never a tag it declares (tag-limits refuses one): accepting it means owner:.
        ...(keys.includes('Owner')
          ? [
              `Owner comes from the manifest's owner: set owner to ${had.Owner === undefined ? `'${OWNER_UNASSIGNED}' to leave the tag alone` : `${quoted(had.Owner)}`}, not an Owner tag`,
            ]
          : []),
        ...(reserved.length > 0
          ? [
              `${listNames(reserved)} ${reserved.length === 1 ? reservedTagKey(reserved[0]!)! : 'are tags vend keeps for itself'}, so no manifest can declare ${reserved.length === 1 ? 'it' : 'them'}: only apply sets ${reserved.length === 1 ? 'it' : 'them'} back, or removes ${reserved.length === 1 ? 'it' : 'them'} where added by hand`,
            ]
          : []),
      ];
      return makeFinding(
        'account-tags',
        target,
        {
          expected: keys.map((key) => describe(key, wanted[key])).join(', '),
          actual: keys.map((key) => describe(key, had[key] ?? extra[key])).join(', '),
          restore: 'apply sets the declared tags and removes the undeclared ones',
          accept: accept.join('; '),
        },
        context.checkedOn,
      );
    });
}

export function accountNameFinding(context: DriftContext, change: Change): DriftFinding {
  const account = String(change.scope.account);
  const before = change.before as { name: string };
  return makeFinding(
    'account-name',
    change.target,
    {
      expected: `account name ${quoted(String(change.scope.accountName))}`,
      actual: `account name ${quoted(before.name)}`,
      restore: 'apply renames it back',
      accept: `set accountName: ${quoted(before.name)} in ${manifestOf(context, account)}`,
    },
    context.checkedOn,
  );
}

export function notClosedFinding(context: DriftContext, change: Change): DriftFinding {
  const account = String(change.scope.account);
  return makeFinding(
    'account-not-closed',
    change.target,
    {
      expected: 'closed (closed: true)',
      actual: `${(change.before as { status: string }).status}`,
      restore: `apply closes it; ${DESTRUCTIVE}`,
      accept: `remove closed: true from ${manifestOf(context, account)}`,
      // Its stack instances follow from closed: true: told here, not as findings of their own.
      details: context
        .changesOf(CHANGE_KINDS.removeStackInstances)
        .flatMap((removal) =>
          (removal.scope.members ?? [])
            .filter((member) => member.startsWith(`${account}/`))
            .map(
              (member) =>
                `stack instance of ${String(removal.scope.stackSet)} in ${member.slice(account.length + 1)}: apply removes it, with its stack and resources, before it closes the account`,
            ),
        ),
    },
    context.checkedOn,
  );
}

/** vend's own record of which baselines carry overrides differs from the manifest (apply keeps it). */
export function overridesRecordFinding(context: DriftContext, change: Change): DriftFinding | undefined {
  const account = String(change.scope.account);
  if (context.missingAccounts.has(account)) return undefined;
  const list = (value: unknown) => (value as { baselines: string[] }).baselines.join(' ') || 'none';
  return makeFinding(
    'parameter-overrides-record',
    change.target,
    {
      expected: `tag ${PARAMETER_OVERRIDES_TAG}: ${list(change.after)}`,
      actual: `tag ${PARAMETER_OVERRIDES_TAG}: ${list(change.before)}`,
      restore: 'apply writes the record again',
      accept: 'none: the tag is vend’s record of the overrides it deployed, and apply keeps it',
    },
    context.checkedOn,
  );
}

/**
 * Problems the plan reports about a declared account: it is suspended or closed, or the account with its name
 * and vend's tag has another email (changed in AWS, or in git).
 */
export function accountProblemFinding(context: DriftContext, problem: PlanProblem): DriftFinding | undefined {
  const account = problem.target.slice('account:'.length);
  const existing = context.existingAccounts.get(account);
  const declared = context.declaredAccount(account);
  if (!declared) return undefined;
  if (existing && existing.status !== 'ACTIVE')
    return makeFinding(
      'account-suspended',
      problem.target,
      {
        expected: 'ACTIVE',
        actual: `${existing.status} (${existing.id})`,
        restore: 'apply cannot reopen an account; within 90 days of its closing, AWS Support can',
        accept: `set closed: true in ${manifestOf(context, account)}, or delete the manifest`,
        details: suspendedAccountDifferences(declared, existing),
      },
      context.checkedOn,
    );
  // The plan refuses a rename AWS would refuse (no trusted access for AWS Account Management, or the management
  // account from a delegated administrator): the name drifted all the same, and apply cannot rename it back yet.
  if (existing && existing.name !== declared.accountName && !declared.closed)
    return makeFinding(
      'account-name',
      problem.target,
      {
        expected: `account name ${quoted(declared.accountName)}`,
        actual: `account name ${quoted(existing.name)}`,
        restore: `apply cannot rename it back yet: ${problem.message}`,
        accept: `set accountName: ${quoted(existing.name)} in ${manifestOf(context, account)}`,
      },
      context.checkedOn,
    );
  if (!existing && !declared.closed)
    return makeFinding(
      'account-email',
      problem.target,
      {
        expected: `email ${declared.email}`,
        actual: problem.message,
        restore:
          'apply cannot change an account’s root email; the Account Management API can, with the new address confirming',
        accept: `set email in ${manifestOf(context, account)} to the account’s email`,
      },
      context.checkedOn,
    );
  return undefined;
}

/**
 * What else differs from main in a suspended account, which the plan leaves alone (apply can change nothing in it):
 * without these the wrong OU and tags findings it had vanish and read as cleared, while a reopened account still has
 * them.
 */
function suspendedAccountDifferences(declared: DesiredAccount, existing: ObservedAccount): string[] {
  const details: string[] = [];
  if (existing.parentPath !== declared.ou)
    details.push(`also in ${existing.parentPath === '' ? '(root)' : existing.parentPath}, not in ${declared.ou}`);
  if (existing.tags === undefined) return details;
  const { toSet, toRemove } = accountTagDifferences(declared, existing.tags);
  const tags = existing.tags;
  const differences = [
    ...Object.entries(toSet).map(([key, value]) =>
      tags[key] === undefined
        ? `no ${key} (main: ${quoted(value)})`
        : `${key}=${quoted(tags[key])} (main: ${quoted(value)})`,
    ),
    ...toRemove.map((key) => `${key}=${quoted(tags[key]!)} (not in main)`),
  ];
  if (differences.length > 0) details.push(`also tags differ: ${differences.join(', ')}`);
  return details;
}

/**
 * Vend's accounts that no manifest declares: its manifest was deleted, or its email and name were both changed,
 * so the account keeps vend's tag and baselines but nothing maintains them. One finding per account, by id, since
 * no manifest name is left to call it by.
 */
export function undeclaredOwnedAccountFindings(context: DriftContext): DriftFinding[] {
  // The plan's unmanaged list leaves the management account out, but a manifest may have declared it, and deleting
  // that manifest leaves vend's tag and baselines there (roles where no SCP applies) as surely as on a member.
  const managementId = context.observed.organization.managementAccountId;
  const management = context.observed.accounts.find((account) => account.id === managementId);
  const managementLeft =
    management?.tags?.[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value &&
    ![...context.existingAccounts.values()].some((account) => account.id === managementId);
  return [
    ...context.plan.unmanagedAccounts.filter((account) => account.ownedByVend),
    ...(managementLeft ? [{ ...management, parentPath: '(root)' }] : []),
  ].map((account) =>
    makeFinding(
      'account-undeclared',
      `account-id:${account.id}`,
      {
        expected: 'a manifest for every account tagged as vend’s',
        actual: `${account.id === managementId ? 'the management account ' : ''}${account.name} (${account.id}, ${account.email}, in ${account.parentPath}) carries ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}, and no manifest has its email`,
        restore: 'apply leaves it alone: it neither closes it nor changes it again',
        accept:
          account.id === managementId
            ? `put its manifest back, or give it up: remove its ${MANAGED_BY_TAG.key} tag in AWS, and delete vend's stack instances there by hand (DeleteStackInstances), whose roles no SCP limits`
            : `put its manifest back (with closed: true to close it), or give it up by removing its ${MANAGED_BY_TAG.key} tag in AWS`,
        details: context.observed.stackSets.flatMap((stackSet) =>
          stackSet.instances
            .filter((instance) => instance.accountId === account.id)
            .map(
              (instance) => `stack instance of ${stackSet.name} in ${instance.region}, which vend no longer maintains`,
            ),
        ),
      },
      context.checkedOn,
    ),
  );
}

/** Accounts no manifest declares, one finding per OU they sit in, so a new one there reads as a change. */
export function unmanagedAccountFindings(context: DriftContext): DriftFinding[] {
  const byParent = new Map<string, { accounts: string[]; inactive: number }>();
  const statusById = new Map(context.observed.accounts.map((account) => [account.id, account.status]));
  for (const account of context.plan.unmanagedAccounts.filter((unmanaged) => !unmanaged.ownedByVend)) {
    const parent = account.parentPath === '(root)' ? 'root' : `ou:${account.parentPath}`;
    const group = byParent.get(parent) ?? { accounts: [], inactive: 0 };
    const status = statusById.get(account.id);
    // A suspended (closed) account cannot be adopted or changed: a manifest for it would only be refused.
    const inactive = status !== undefined && status !== 'ACTIVE';
    group.accounts.push(`${account.name} (${account.id}${inactive ? `, ${status}` : ''})`);
    if (inactive) group.inactive += 1;
    byParent.set(parent, group);
  }
  const declared = new Set(context.desired.organizationalUnits.map((unit) => `ou:${unit.path}`));
  // A manifest names a declared OU: for an account elsewhere, adding one alone would have the plan move it.
  const declare = (target: string, some: string) =>
    target === 'root'
      ? `add a manifest for ${some} to accounts/ naming the OU it belongs in (apply adopts an existing account by its email, and moves it out of the root: the plan shows the move), or an ignore: entry`
      : declared.has(target)
        ? `add a manifest for ${some} to accounts/ (apply adopts an existing account by its email), or an ignore: entry`
        : `declare ${target.slice('ou:'.length)} in ${ORGANIZATION_FILE} (where AWS holds a name the repository cannot declare, rename the OU in AWS first), then add a manifest for ${some} to accounts/; or an ignore: entry`;
  return [...byParent]
    .sort(([a], [b]) => compareText(a, b))
    .map(([target, { accounts, inactive }]) =>
      makeFinding(
        'unmanaged-accounts',
        target,
        {
          expected: 'no account that no manifest declares',
          actual: `${countOf(accounts.length, 'unmanaged account')}: ${listNames(accounts)}`,
          restore: `apply leaves ${accounts.length === 1 ? 'it' : 'them'} alone: vend changes only accounts a manifest declares`,
          accept:
            inactive === accounts.length
              ? 'nothing to declare: a suspended account cannot be adopted or changed; an ignore: entry holds it back (still listed, as ignored)'
              : declare(target, accounts.length === 1 ? 'it' : inactive > 0 ? 'each active one' : 'each'),
          details: accounts,
        },
        context.checkedOn,
      ),
    );
}

function touchesAccount(change: Change, account: string): boolean {
  if (change.target === `account:${account}`) return true;
  return (change.scope.members ?? []).some((member) => member.startsWith(`${account}/`));
}
