import { CloseAccountCommand, TagResourceCommand, UntagResourceCommand } from '@aws-sdk/client-organizations';
import { MANAGED_BY_TAG } from '../config/desired-state.js';
import type { Change } from '../plan/plan.js';
import { moveAccount } from './account-creation.js';
import type { StageContext } from './apply-context.js';
import { errorName } from './change-error.js';
import { accountNameOf, changeFields } from './change-fields.js';
import type { AccountIdFields, MoveAfter } from './change-fields.js';

/** Adoption is the ManagedBy tag: from then on the account is vend's, and the plan manages its other tags. */
export async function adoptAccount(change: Change, context: StageContext): Promise<void> {
  const { id } = changeFields<AccountIdFields>(change, 'before', ['id']);
  await context.clients.organizations.send(
    new TagResourceCommand({ ResourceId: id, Tags: [{ Key: MANAGED_BY_TAG.key, Value: MANAGED_BY_TAG.value }] }),
  );
  context.report.adoptedAccounts.push({ name: accountNameOf(change), id });
}

export async function moveExistingAccount(change: Change, context: StageContext): Promise<void> {
  const { id, ou } = changeFields<MoveAfter>(change, 'after', ['id', 'ou']);
  const account = context.targets.account(accountNameOf(change));
  await moveAccount(id, account.parentId, ou, context);
}

export async function tagAccount(change: Change, context: StageContext): Promise<void> {
  const tags = changeFields<Record<string, string>>(change, 'after', []);
  const id = context.targets.account(accountNameOf(change)).id;
  await context.clients.organizations.send(
    new TagResourceCommand({ ResourceId: id, Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })) }),
  );
}

export async function untagAccount(change: Change, context: StageContext): Promise<void> {
  const tags = changeFields<Record<string, string>>(change, 'before', []);
  const id = context.targets.account(accountNameOf(change)).id;
  await context.clients.organizations.send(new UntagResourceCommand({ ResourceId: id, TagKeys: Object.keys(tags) }));
}

/** AWS closes the account asynchronously (PENDING_CLOSURE, then SUSPENDED); apply does not wait for it. */
export async function closeAccount(change: Change, context: StageContext): Promise<void> {
  const { id } = changeFields<AccountIdFields>(change, 'before', ['id']);
  try {
    await context.clients.organizations.send(new CloseAccountCommand({ AccountId: id }));
  } catch (error) {
    if (errorName(error) !== 'AccountAlreadyClosedException') throw error;
  }
}
