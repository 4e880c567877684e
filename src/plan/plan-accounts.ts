import { compareText } from '../ordering.js';
import { MANAGED_BY_TAG, OWNER_UNASSIGNED } from '../config/desired-state.js';
import type { DesiredAccount } from '../config/desired-state.js';
import type { ObservedAccount } from '../observe/observed-state.js';
import { canonicalJson } from './canonical-json.js';
import { CHANGE_KINDS, PLAN_PROBLEMS } from './plan.js';
import { declarationOf } from './declarations.js';
import type { UnmanagedAccount } from './plan.js';
import { accountReference, foreignOwnerReason, ouReference } from './plan-draft.js';
import type { PlanDraft } from './plan-draft.js';
import { formerAccountsOf, listAccounts, takenOverProblem } from './account-identity.js';
import { planAccountTags } from './plan-account-tags.js';

/**
 * One declared account: create, adopt, rename, move, tag, untag or close it, or report why it cannot be planned.
 * The account is the one with the manifest's email (compared case-insensitively); the management account is
 * recognised by its id and is never moved or closed.
 */
export function planAccount(draft: PlanDraft, account: DesiredAccount): void {
  const reference = accountReference(account.name);
  const alike = draft.ambiguousAccounts.get(account.name);
  if (alike) {
    draft.problem(
      PLAN_PROBLEMS.accountEmailAmbiguous,
      reference,
      `${alike.length} accounts have the email ${account.email} but for letter case (${alike.map((other) => `${other.id} '${other.name}' ${other.email}, ${other.status}`).join('; ')}), none spelt exactly as ${account.file} spells it, so vend cannot tell which one it declares, and does not create another. Spell the email in ${account.file} exactly as the account's root email, then plan again.`,
      declarationOf(reference, draft.desired, 'email'),
    );
    draft.withheldAccounts.add(account.name);
    return;
  }
  const existing = draft.existingAccounts.get(account.name);
  if (!existing) return planNewAccount(draft, account);
  const taken = takenOverProblem(draft, account, existing);
  if (taken) {
    draft.problem(PLAN_PROBLEMS.accountEmailTaken, reference, taken, declarationOf(reference, draft.desired, 'email'));
    draft.withheldAccounts.add(account.name);
    return;
  }
  const management = draft.isManagementAccount(account.name);
  // A close that is refused changes nothing else about the account either: its stack instances stay.
  const refuseClose = (message: string) => {
    draft.problem(
      PLAN_PROBLEMS.accountCloseRefused,
      reference,
      message,
      declarationOf(reference, draft.desired, 'closed'),
    );
    draft.withheldAccounts.add(account.name);
  };
  if (existing.status !== 'ACTIVE') {
    if (!account.closed) {
      draft.problem(
        PLAN_PROBLEMS.accountSuspended,
        reference,
        `Account ${account.name} (${existing.id}) is ${existing.status}; set closed: true in ${account.file} or remove the manifest.`,
        declarationOf(reference, draft.desired),
      );
      // Nothing can be deployed into a suspended account: the plan shows none of its baselines or SCPs either.
      draft.withheldAccounts.add(account.name);
    }
    return;
  }
  if (account.closed && management) {
    return refuseClose(
      `Account ${account.name} (${existing.id}) is the organization's management account, which vend never closes (AWS refuses to close it from the organization). Remove closed: true from ${account.file}.`,
    );
  }
  if (account.closed && existing.id === draft.desired.organization.delegatedAdministratorAccountId) {
    return refuseClose(
      `Account ${account.name} (${existing.id}) is the delegated administrator vend runs from (delegatedAdministratorAccountId); closing it would leave the organization without it. Hand the role to another account first, then close this one.`,
    );
  }
  // Closing is for good: only an account vend already owns, never one a manifest merely names by its email.
  if (account.closed && existing.tags !== undefined && existing.tags[MANAGED_BY_TAG.key] !== MANAGED_BY_TAG.value) {
    return refuseClose(
      `Account ${account.name} (${existing.id}) is not vend's: it has no ${MANAGED_BY_TAG.key}: ${MANAGED_BY_TAG.value} tag, so vend does not close it. To close it with vend, merge ${account.file} without closed: true first (apply adopts it and tags it), then set closed: true.`,
    );
  }
  if (account.closed) {
    draft.add(CHANGE_KINDS.closeAccount, reference, {
      before: { id: existing.id, status: existing.status },
      after: { id: existing.id, status: 'CLOSED' },
      scope: { account: account.name, accountId: existing.id },
      description: `Close account ${account.name} (${existing.id})`,
      accounts: [account.name],
    });
    draft.accountStatus.set(account.name, 'closing');
    return;
  }

  // Apply stops reading tags once its account stage is done; unread tags plan neither adoption nor tagging.
  const tags = existing.tags;
  const adopting = tags !== undefined && tags[MANAGED_BY_TAG.key] !== MANAGED_BY_TAG.value;
  const adoptId = adopting
    ? draft.add(CHANGE_KINDS.adoptAccount, reference, {
        before: {
          id: existing.id,
          name: existing.name,
          email: existing.email,
          // Another tool's ownership tag, which adoption overwrites: the reviewer sees whose account this was.
          ...(tags[MANAGED_BY_TAG.key] !== undefined ? { managedBy: tags[MANAGED_BY_TAG.key] } : {}),
        },
        after: { id: existing.id, tags: { [MANAGED_BY_TAG.key]: MANAGED_BY_TAG.value } },
        // Whose tag adoption overwrites is part of what is approved: another tool's tag appearing later is a new change.
        scope: {
          account: account.name,
          email: existing.email,
          accountId: existing.id,
          managedBy: JSON.stringify(tags[MANAGED_BY_TAG.key] ?? null),
        },
        ...(tags[MANAGED_BY_TAG.key] !== undefined
          ? {
              highImpact: true,
              highImpactReason: foreignOwnerReason(tags[MANAGED_BY_TAG.key]!),
            }
          : {}),
        description: `Adopt existing account ${existing.name} (${existing.id})${management ? ', the management account,' : ''} with email ${existing.email}`,
        accounts: [account.name],
      })
    : undefined;
  if (adopting) draft.accountStatus.set(account.name, 'adopted');

  const renameRefused = existing.name !== account.accountName ? renameProblem(draft, account, existing.id) : undefined;
  if (renameRefused)
    draft.problem(
      PLAN_PROBLEMS.accountRenameRefused,
      reference,
      renameRefused,
      declarationOf(reference, draft.desired, account.accountName === account.name ? 'name' : 'accountName'),
    );
  else if (existing.name !== account.accountName) {
    draft.add(CHANGE_KINDS.renameAccount, reference, {
      before: { id: existing.id, name: existing.name },
      after: { id: existing.id, name: account.accountName },
      scope: { account: account.name, accountId: existing.id, accountName: account.accountName },
      dependsOn: [adoptId],
      description: `Rename account ${existing.id} from '${existing.name}' to '${account.accountName}'`,
      accounts: [account.name],
    });
    draft.markUpdated([account.name]);
  }

  if (management) {
    if (existing.parentId !== draft.ouIdByPath.get(account.ou))
      draft.note(
        account.name,
        `It stays in ${existing.parentPath || 'the root'}: vend never moves the management account, so its 'ou' (${account.ou}) only decides which baselines it inherits.`,
      );
  } else if (existing.parentId !== draft.ouIdByPath.get(account.ou) && !inTwinOfDeclaredOu(draft, account, existing)) {
    draft.add(CHANGE_KINDS.moveAccount, reference, {
      before: { id: existing.id, ou: existing.parentPath === '' ? '(root)' : existing.parentPath },
      after: { id: existing.id, ou: account.ou },
      // Where it leaves, too ('' for the root): a move out of another OU than the one approved is another change.
      scope: { account: account.name, accountId: existing.id, from: existing.parentPath, ou: account.ou },
      dependsOn: [`create-ou:${ouReference(account.ou)}`, `adopt-ou:${ouReference(account.ou)}`, adoptId],
      description: `Move account ${account.name} from ${existing.parentPath || '(root)'} to ${account.ou}`,
      accounts: [account.name],
    });
    if (!adopting) draft.accountStatus.set(account.name, 'moved');
  }

  if (tags !== undefined) planAccountTags(draft, account, { tags, adopting, adoptId });
}

/**
 * A declared account no account in the organization has the email of. It is created, unless the account it was
 * already has another email: an account that carries vend's ownership tag and the manifest's account name (or
 * its name, when an accountName came in the same edit), but not its email, is this manifest's account with its
 * email changed in git. A root email is changed in AWS, not by
 * creating a second account.
 */
function planNewAccount(draft: PlanDraft, account: DesiredAccount): void {
  const reference = accountReference(account.name);
  const formers = formerAccountsOf(draft, account);
  // Closing an account that is already gone needs nothing; closing one whose email was changed in the same edit
  // would close nothing and say so nowhere.
  if (account.closed && formers.length === 0) return;
  for (const former of formers) draft.formerAccountIds.add(former.id);
  const problem = (message: string) => {
    draft.problem(
      PLAN_PROBLEMS.accountEmailChanged,
      reference,
      message,
      declarationOf(reference, draft.desired, 'email'),
    );
    draft.withheldAccounts.add(account.name);
  };
  if (formers.length > 1)
    // Several of vend's accounts of this name (one whose manifest was deleted earlier, say): naming one would send
    // the person to change the root email of the wrong account.
    return problem(
      `No account has the email ${account.email}, and ${formers.length} accounts carry this account's name and ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}, none declared by a manifest: ${listAccounts(formers)}. One of them is likely this manifest's account with its email changed in ${account.file}; the others, accounts whose manifests were deleted earlier. Vend cannot tell which, so it creates nothing${account.closed ? ' and closes nothing' : ''}. Restore in ${account.file} the email of the one it is, and remove the ${MANAGED_BY_TAG.key} tag from the others (or declare them in manifests of their own); then plan again.`,
    );
  const [previous] = formers;
  if (account.closed)
    return problem(
      `${account.file} sets closed: true, but no account has the email ${account.email}, and account ${previous!.id} ('${previous!.name}', ${previous!.email}) carries this account's name${previous!.id === draft.desired.organization.managementAccountId ? '' : ` and ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}`}: the email was changed in the same edit, so vend would close nothing. Restore the email ${previous!.email} in ${account.file} to close that account.`,
    );
  if (previous?.id === draft.desired.organization.managementAccountId)
    return problem(
      `No account has the email ${account.email}, but the management account ${previous.id} ('${previous.name}', ${previous.email}) has this account's name: the email in ${account.file} was changed. Vend does not create a second account. The management account's root email is changed by signing in to it as the root user (Account settings); the Account Management API's StartPrimaryEmailUpdate is for member accounts only ("The management account can't specify its own AccountId"). Then plan again. Or restore the old email in ${account.file}. If instead this is a new account that only shares the management account's name, give its manifest a name and accountName other than '${previous.name}'.`,
    );
  if (previous)
    return problem(
      `No account has the email ${account.email}, but account ${previous.id} ('${previous.name}', ${previous.email}) carries ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value} and this account's name: the email in ${account.file} was changed. Vend does not create a second account. Change the root email in AWS first: the Account Management API's StartPrimaryEmailUpdate sends a code to ${account.email}, and AcceptPrimaryEmailUpdate with that code completes it (the new address's owner must confirm). Then plan again. Or restore the old email in ${account.file}. If instead that account is one whose manifest was deleted earlier (it kept its tag) and this is a new account that only reuses its name, give the new manifest a name and accountName other than '${previous.name}' (the manifest name stands for the AWS name until an accountName is added), or remove the ${MANAGED_BY_TAG.key} tag from account ${previous.id} to give it up.`,
    );
  // The placeholder lets an account vend import wrote validate until its team is named; an account created now
  // would carry no Owner tag from the start, so it is not created until one is named.
  if (account.owner === OWNER_UNASSIGNED) {
    draft.problem(
      PLAN_PROBLEMS.accountOwnerUnassigned,
      reference,
      `${account.file} declares a new account with owner '${OWNER_UNASSIGNED}', the placeholder vend import writes for an existing account; a new account is created with the Owner tag its manifest names. Name the owning team in owner, then plan again.`,
      declarationOf(reference, draft.desired, 'owner'),
    );
    draft.withheldAccounts.add(account.name);
    return;
  }
  // A closed account keeps its email for good, so the manifest's account is created anew; whether it was that one,
  // only the reviewer knows: the account named alike is said beside the creation.
  for (const closed of draft.observed.accounts.filter(
    (candidate) =>
      candidate.status !== 'ACTIVE' &&
      (candidate.name === account.accountName || candidate.name === account.name) &&
      !draft.declaredEmails.has(candidate.email.toLowerCase()),
  ))
    draft.note(
      account.name,
      `Account ${closed.id} ('${closed.name}', ${closed.email}) has this account's name and is ${closed.status}. If this manifest was that account's, closed and now reopened in git with another email, this creates a new, empty account beside it: a closed account keeps its email for good, and only AWS Support can reopen it, within 90 days.`,
    );
  // AWS lets two accounts share a name; the reviewer sees a new one take the name of one that exists, on the change
  // line itself (a note can be trimmed from a long comment), and, as validate does, regardless of case.
  const namesakes = draft.observed.accounts.filter(
    (candidate) => candidate.status === 'ACTIVE' && candidate.name.toLowerCase() === account.accountName.toLowerCase(),
  );
  for (const namesake of namesakes)
    draft.note(
      account.name,
      `Account ${namesake.id} (${namesake.email}) already has the AWS name '${namesake.name}'. AWS allows the same name twice; vend tells the two apart by email only, so make sure the pull request did not mean that account.`,
    );
  const inProgress = draft.observed.accountCreationsInProgress
    .filter((request) => request.accountName === account.accountName)
    .map((request) => request.requestId);
  const named =
    namesakes.length > 0
      ? ` (AWS name '${account.accountName}', which ${namesakes.length === 1 ? `account ${namesakes[0]!.id} already has` : `accounts ${namesakes.map((namesake) => namesake.id).join(', ')} already have`})`
      : account.accountName === account.name
        ? ''
        : ` (AWS name '${account.accountName}')`;
  draft.add(CHANGE_KINDS.createAccount, reference, {
    // Every one: AWS lets two teams request the same name, and only the email says whose an account is.
    before:
      inProgress.length > 0
        ? { createAccountRequestId: inProgress[0], createAccountRequestIds: inProgress, state: 'IN_PROGRESS' }
        : null,
    after: {
      name: account.name,
      accountName: account.accountName,
      email: account.email,
      ou: account.ou,
      tags: account.tags,
    },
    scope: {
      account: account.name,
      accountName: account.accountName,
      email: account.email,
      ou: account.ou,
      tags: canonicalJson(account.tags),
    },
    dependsOn: [`create-ou:${ouReference(account.ou)}`, `adopt-ou:${ouReference(account.ou)}`],
    description:
      inProgress.length > 0
        ? `Create account ${account.name}${named} <${account.email}> in ${account.ou}, once ${inProgress.length === 1 ? `request ${inProgress[0]}` : `requests ${inProgress.join(', ')}`} for that name ${inProgress.length === 1 ? 'is' : 'are'} done (an account is this one only if its email is ${account.email})`
        : `Create account ${account.name}${named} <${account.email}> in ${account.ou}`,
    accounts: [account.name],
  });
  draft.accountStatus.set(account.name, 'new');
}

/**
 * Taking over an account that was not vend's and changing it in the same plan (moving it, renaming it, dropping its
 * undeclared tags, attaching SCPs, deploying baselines) is set apart as high impact: the reviewer sees another
 * team's account change hands and change at once. An adoption alone, as right after `vend import`, only tags it
 * (and records the parameter overrides it holds).
 */
export function flagAdoptionsThatChange(draft: PlanDraft): void {
  for (const [account, ids] of draft.changesByAccount) {
    const adoptId = `adopt-account:${accountReference(account)}`;
    const adoption = draft.changes.get(adoptId);
    // Recording the overrides an account already holds changes nothing deployed: `vend import` writes them, and the
    // adoption it leads to records them. Overrides that change come with a stack-instance change, which counts.
    const others = [...ids].filter(
      (id) => id !== adoptId && draft.changes.get(id)?.kind !== CHANGE_KINDS.recordParameterOverrides,
    );
    if (!adoption || others.length === 0) continue;
    // An untagged account is no other team's by any record: it was made outside vend, or lost its tag.
    const reason = draft.isManagementAccount(account)
      ? 'vend takes on the management account and changes it in the same plan'
      : (adoption.before as { managedBy?: string } | null)?.managedBy !== undefined
        ? "another team's account changes hands and changes in the same plan"
        : 'an account made outside vend is adopted and changed in the same plan';
    draft.changes.set(adoptId, {
      ...adoption,
      highImpact: true,
      highImpactReason: adoption.highImpactReason ? `${adoption.highImpactReason}, and ${reason}` : reason,
      description: `${adoption.description}; this plan also changes it (${others.length === 1 ? '1 change' : `${others.length} changes`} below)`,
    });
  }
}

/**
 * Creating an account while an account tagged ManagedBy: vend has no manifest (deleted now or earlier) is set apart
 * as high impact: if the new manifest is that account's with both its email and its name changed, nothing else can
 * tell, and apply would create a second account beside it. The reviewer is told which account to compare, and how to
 * give up an account whose manifest was deleted on purpose, which otherwise flags every later creation.
 * `unmanaged` is unmanagedAccounts(draft).
 */
export function flagCreationsBesideOwnedAccounts(draft: PlanDraft, unmanaged: readonly UnmanagedAccount[]): void {
  const owned = unmanaged.filter((account) => account.ownedByVend);
  if (owned.length === 0) return;
  const named = owned.map((account) => `${account.name} (${account.id}, ${account.email})`).join(', ');
  for (const [id, change] of draft.changes)
    if (change.kind === CHANGE_KINDS.createAccount)
      draft.changes.set(id, {
        ...change,
        highImpact: true,
        highImpactReason: `it may be ${owned.length === 1 ? "vend's account" : "one of vend's accounts"} that no manifest declares, its manifest deleted or edited, with its email and name changed`,
        description: `${change.description}; ${owned.length === 1 ? 'an account' : `${owned.length} accounts`} tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value} ${owned.length === 1 ? 'has' : 'have'} no manifest (${named}): if this is ${owned.length === 1 ? 'it' : 'one of them'} with its email and name changed, this creates a second account. An account whose manifest was deleted on purpose keeps this on every new account until it is given up: remove its ${MANAGED_BY_TAG.key} tag (aws organizations untag-resource --resource-id ${owned.length === 1 ? owned[0]!.id : '<account id>'} --tag-keys ${MANAGED_BY_TAG.key})`,
      });
}

/**
 * Accounts in AWS that no manifest declares; the management account is never among them, nor an account a problem
 * names as a manifest's own before its email was edited. `ownedByVend` marks
 * the active ones that carry vend's ownership tag, as a deleted manifest leaves them, where their tags were read.
 */
export function unmanagedAccounts(draft: PlanDraft): UnmanagedAccount[] {
  // Declared are the accounts manifests found, and those a problem names as maybe a manifest's (emails alike but for
  // case, none exact); another account whose email differs from a declared one only in case is no manifest's.
  const claimed = new Set([
    ...[...draft.existingAccounts.values()].map((account) => account.id),
    ...[...draft.ambiguousAccounts.values()].flat().map((account) => account.id),
  ]);
  return draft.observed.accounts
    .filter(
      (account) =>
        !claimed.has(account.id) &&
        !draft.formerAccountIds.has(account.id) &&
        account.id !== draft.observed.organization.managementAccountId,
    )
    .map((account) => ({
      id: account.id,
      name: account.name,
      email: account.email,
      parentPath: account.parentPath || '(root)',
      // A closed account is nobody's to manage, whatever its tags say: it needs no tag read to be told apart.
      ...(account.status !== 'ACTIVE' ? { status: account.status, ownedByVend: false } : {}),
      ...(account.tags && account.status === 'ACTIVE'
        ? { ownedByVend: account.tags[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value }
        : {}),
    }))
    .sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id));
}

/**
 * Why AWS would refuse to rename the account, or undefined. PutAccountName (AWS Account Management API Reference)
 * names a member account by AccountId only from the management account or the delegated administrator, and only
 * with trusted access for AWS Account Management enabled in Organizations; the management account can rename only
 * itself, without AccountId. An observation that did not read trusted access (`trustedServicePrincipals` absent)
 * refuses nothing.
 */
function renameProblem(draft: PlanDraft, account: DesiredAccount, accountId: string): string | undefined {
  const awsName = draft.existingAccounts.get(account.name)?.name ?? '';
  const current = `or set accountName in ${account.file} to the name the account has ('${awsName}')`;
  const { callerAccountId, organization, trustedServicePrincipals } = draft.observed;
  if (accountId === organization.managementAccountId) {
    if (callerAccountId === accountId) return undefined;
    return `Renaming the management account (${accountId}) to '${account.accountName}': AWS lets only the management account rename itself, and vend runs as ${callerAccountId} (PutAccountName takes AccountId for member accounts only). Rename it signed in to the management account, ${current}.`;
  }
  if (trustedServicePrincipals === undefined || trustedServicePrincipals.includes(ACCOUNT_MANAGEMENT_PRINCIPAL))
    return undefined;
  return `Renaming account ${accountId} ('${awsName}', ${account.file}) to '${account.accountName}' needs trusted access for AWS Account Management, which this organization has not enabled, so AWS would refuse it in apply. Enable it once from the management account (aws organizations enable-aws-service-access --service-principal ${ACCOUNT_MANAGEMENT_PRINCIPAL}), ${current}.`;
}

/** The service principal of AWS Account Management, for trusted access (AWS Account Management Reference Guide). */
const ACCOUNT_MANAGEMENT_PRINCIPAL = 'account.amazonaws.com';

/**
 * Whether the account is in one of the OUs that could each be its declared OU (same name under the same parent:
 * ou-ambiguous). The plan's problem asks for all but one to go; moving it from one to another is no fix, and the
 * move would read "from Sandbox to Sandbox".
 */
function inTwinOfDeclaredOu(
  draft: PlanDraft,
  account: Pick<DesiredAccount, 'ou'>,
  existing: Pick<ObservedAccount, 'parentPath'>,
): boolean {
  return (
    existing.parentPath === account.ou &&
    draft.ambiguousOrganizationalUnits.some((path) => account.ou === path || account.ou.startsWith(`${path}/`))
  );
}
