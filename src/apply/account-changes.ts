import { PutAccountNameCommand } from '@aws-sdk/client-account';
import { CloseAccountCommand, TagResourceCommand, UntagResourceCommand } from '@aws-sdk/client-organizations';
import { MANAGED_BY_TAG, PARAMETER_OVERRIDES_TAG } from '../config/desired-state.js';
import type { Change } from '../plan/plan.js';
import { moveAccount } from './account-creation.js';
import type { StageContext } from './apply-context.js';
import { ChangeError } from './change-error.js';
import { errorName } from '../observe/aws-errors.js';
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

/**
 * Renames the account in AWS (Account Management API, PutAccountName). For a member account the management account
 * (or delegated administrator) names it by AccountId, which needs trusted access for the Account Management service
 * in Organizations; the management account renames itself without an AccountId, which AWS requires.
 */
export async function renameAccount(change: Change, context: StageContext): Promise<void> {
  const { id, name } = changeFields<AccountIdFields & { name: string }>(change, 'after', ['id', 'name']);
  const ownAccount = id === context.callerAccountId;
  try {
    await context.clients.account.send(
      new PutAccountNameCommand({ AccountName: name, ...(ownAccount ? {} : { AccountId: id }) }),
    );
  } catch (error) {
    if (errorName(error) !== 'AccessDeniedException') throw error;
    throw new ChangeError(
      `AWS refused to rename account ${id} (${(error as Error).message}). Renaming a member account needs trusted access for AWS Account Management (aws organizations enable-aws-service-access --service-principal account.amazonaws.com) and account:PutAccountName on the apply role. Or set accountName in ${accountNameOf(change)}'s manifest to the name the account has.`,
    );
  }
}

/** Sets the account's `vend:parameter-overrides` tag to the baselines recorded, or removes it when there are none. */
export async function recordParameterOverrides(change: Change, context: StageContext): Promise<void> {
  const { baselines } = changeFields<{ baselines: string[] }>(change, 'after', ['baselines']);
  const id = context.targets.account(accountNameOf(change)).id;
  if (baselines.length === 0)
    await context.clients.organizations.send(
      new UntagResourceCommand({ ResourceId: id, TagKeys: [PARAMETER_OVERRIDES_TAG] }),
    );
  else
    await context.clients.organizations.send(
      new TagResourceCommand({ ResourceId: id, Tags: [{ Key: PARAMETER_OVERRIDES_TAG, Value: baselines.join(' ') }] }),
    );
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
