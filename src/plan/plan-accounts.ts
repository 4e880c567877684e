import { compareText } from '../ordering.js';
import { FULL_AWS_ACCESS_POLICY_NAME, MANAGED_BY_TAG } from '../config/desired-state.js';
import type { DesiredAccount, ScpAttachments } from '../config/desired-state.js';
import { canonicalJson } from './canonical-json.js';
import { CHANGE_KINDS } from './plan.js';
import type { PlannedAccount, UnmanagedAccount } from './plan.js';
import { accountReference, ouReference } from './plan-draft.js';
import type { PlanDraft } from './plan-draft.js';

/** One declared account: create, adopt, move, tag, untag or close it, or report why it cannot be planned. */
export function planAccount(draft: PlanDraft, account: DesiredAccount): void {
  const reference = accountReference(account.name);
  const existing = draft.existingAccounts.get(account.name);
  const ouChange = `create-ou:${ouReference(account.ou)}`;
  if (!existing) {
    if (account.closed) return;
    const inProgress = draft.observed.accountCreationsInProgress.find(
      (request) => request.accountName === account.name,
    );
    draft.add(CHANGE_KINDS.createAccount, reference, {
      before: inProgress ? { createAccountRequestId: inProgress.requestId, state: 'IN_PROGRESS' } : null,
      after: { name: account.name, email: account.email, ou: account.ou, tags: account.tags },
      scope: { account: account.name, email: account.email, ou: account.ou, tags: canonicalJson(account.tags) },
      dependsOn: [ouChange],
      description: inProgress
        ? `Finish creating account ${account.name} (request ${inProgress.requestId} is in progress)`
        : `Create account ${account.name} <${account.email}> in ${account.ou}`,
      accounts: [account.name],
    });
    draft.accountStatus.set(account.name, 'new');
    return;
  }
  if (existing.status !== 'ACTIVE') {
    if (!account.closed) {
      draft.problems.push({
        target: reference,
        message: `Account ${account.name} (${existing.id}) is ${existing.status}; set closed: true in ${account.file} or remove the manifest.`,
      });
    }
    return;
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
        before: { id: existing.id, name: existing.name, email: existing.email },
        after: { id: existing.id, tags: { [MANAGED_BY_TAG.key]: MANAGED_BY_TAG.value } },
        scope: { account: account.name, email: existing.email, accountId: existing.id },
        description: `Adopt existing account ${existing.name} (${existing.id}) with email ${existing.email}`,
        accounts: [account.name],
      })
    : undefined;
  if (adopting) draft.accountStatus.set(account.name, 'adopted');

  if (existing.parentPath !== account.ou) {
    draft.add(CHANGE_KINDS.moveAccount, reference, {
      before: { id: existing.id, ou: existing.parentPath === '' ? '(root)' : existing.parentPath },
      after: { id: existing.id, ou: account.ou },
      scope: { account: account.name, accountId: existing.id, ou: account.ou },
      dependsOn: [ouChange, adoptId],
      description: `Move account ${account.name} from ${existing.parentPath || '(root)'} to ${account.ou}`,
      accounts: [account.name],
    });
    if (!adopting) draft.accountStatus.set(account.name, 'moved');
  }

  if (tags === undefined) return;
  const toSet = Object.fromEntries(
    Object.entries(account.tags).filter(
      ([key, value]) => tags[key] !== value && !(adopting && key === MANAGED_BY_TAG.key),
    ),
  );
  const toRemove = Object.keys(tags)
    .filter((key) => !Object.hasOwn(account.tags, key))
    .sort();
  if (Object.keys(toSet).length > 0) {
    draft.add(CHANGE_KINDS.tagAccount, reference, {
      before: Object.fromEntries(
        Object.keys(toSet)
          .filter((key) => Object.hasOwn(tags, key))
          .map((key) => [key, tags[key]]),
      ),
      after: toSet,
      scope: { account: account.name, members: Object.entries(toSet).map((entry) => JSON.stringify(entry)) },
      dependsOn: [adoptId],
      description: `Set tags ${Object.keys(toSet).join(', ')} on ${account.name}`,
      accounts: [account.name],
    });
  }
  if (toRemove.length > 0) {
    draft.add(CHANGE_KINDS.untagAccount, reference, {
      before: Object.fromEntries(toRemove.map((key) => [key, tags[key]])),
      after: null,
      scope: { account: account.name, members: toRemove },
      dependsOn: [adoptId],
      description: `Remove undeclared tags ${toRemove.join(', ')} from ${account.name}`,
      accounts: [account.name],
    });
  }
  if (!draft.accountStatus.has(account.name) && (toRemove.length > 0 || Object.keys(toSet).length > 0))
    draft.accountStatus.set(account.name, 'updated');
}

/** The accounts table: every declared account the plan touches, with the SCPs and baselines it ends up with. */
export function plannedAccounts(draft: PlanDraft): PlannedAccount[] {
  const root = draft.desired.organization.root;
  const ouByPath = new Map(draft.desired.organizationalUnits.map((unit) => [unit.path, unit]));
  return draft.desired.accounts
    .filter((account) => draft.accountStatus.has(account.name))
    .map((account) => {
      const lineage: ScpAttachments[] = [root];
      const parts = account.ou.split('/');
      for (let depth = 1; depth <= parts.length; depth++) {
        const unit = ouByPath.get(parts.slice(0, depth).join('/'));
        if (unit) lineage.push(unit);
      }
      lineage.push(account);
      const scpsInForce = [
        ...new Set(
          lineage.flatMap((level) => [...(level.fullAWSAccess ? [FULL_AWS_ACCESS_POLICY_NAME] : []), ...level.scps]),
        ),
      ];
      const baselines = account.baselines.map((name) => {
        const baseline = draft.desired.baselines.find((candidate) => candidate.name === name)!;
        return { name, regions: [...(baseline.regions ?? account.regions)] };
      });
      return {
        name: account.name,
        email: account.email,
        ou: account.ou,
        status: draft.accountStatus.get(account.name)!,
        scpsInForce,
        baselines,
        changeIds: [...(draft.changesByAccount.get(account.name) ?? [])].sort(),
      };
    })
    .sort((a, b) => compareText(a.name, b.name));
}

/** Accounts in AWS that no manifest declares; the management account is never among them. */
export function unmanagedAccounts(draft: PlanDraft): UnmanagedAccount[] {
  const declaredEmails = new Set(draft.desired.accounts.map((account) => account.email.toLowerCase()));
  return draft.observed.accounts
    .filter(
      (account) =>
        !declaredEmails.has(account.email.toLowerCase()) &&
        account.id !== draft.observed.organization.managementAccountId,
    )
    .map((account) => ({
      id: account.id,
      name: account.name,
      email: account.email,
      parentPath: account.parentPath || '(root)',
    }))
    .sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id));
}
