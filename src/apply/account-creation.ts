import {
  CreateAccountCommand,
  DescribeAccountCommand,
  DescribeCreateAccountStatusCommand,
  ListParentsCommand,
  MoveAccountCommand,
  paginateListAccounts,
} from '@aws-sdk/client-organizations';
import type { Account, CreateAccountStatus } from '@aws-sdk/client-organizations';
import type { Change } from '../plan/plan.js';
import type { StageContext } from './apply-context.js';
import { ChangeError, isThrottled } from './change-error.js';
import { errorName } from '../observe/aws-errors.js';
import { readTags } from '../observe/read-organization.js';
import { accountAccessRoleName, MANAGED_BY_TAG } from '../config/desired-state.js';
import { changeFields } from './change-fields.js';
import type { AccountAfter } from './change-fields.js';
import { describeDuration, pollUntil } from './polling.js';

/** AWS answers CONCURRENT_ACCOUNT_MODIFICATION while another account change is under way; it passes. */
const CONCURRENT_MODIFICATION_ATTEMPTS = 4;

/**
 * Creates a declared account, waits for it, and moves it from the root into its OU.
 *
 * CreateAccount is not idempotent, so the guard is the observation this stage started from: the plan says
 * create-account only when no account in the organization has the manifest's email, and it carries the ids of the
 * IN_PROGRESS requests for the same name (an interrupted earlier apply's, perhaps), which are awaited first.
 * AWS lets two accounts share a name, and a request does not say which email it is for, so the account such a
 * request produces is this manifest's only when its email matches; otherwise it is someone else's, left alone,
 * and this account is requested after all.
 */
export async function createAccount(change: Change, context: StageContext): Promise<void> {
  const account = changeFields<AccountAfter>(change, 'after', ['name', 'accountName', 'email', 'ou', 'tags']);
  // Every request for the name is awaited before a new one: requesting while one of them is still creating this
  // very account would make a second account, or fail on the email once the first one lands.
  let status: CreateAccountStatus | undefined;
  // Where the account is: under the root, as CreateAccount leaves it, unless an earlier run moved it on.
  let parentId = context.targets.rootId;
  for (const pending of inProgressRequestIds(change)) {
    context.log(`Waiting for account ${account.name}: request ${pending} for that name is already in progress`);
    const awaited = await waitForRequest(pending, account, context, 'earlier');
    const produced = awaited.State === 'SUCCEEDED' ? await producedThisAccount(awaited, account, context) : undefined;
    if (produced) {
      // The request may be anyone's: only vend's CreateAccount gives the account every tag of the manifest.
      parentId = await madeByVend(produced, account, context, `request ${pending} for that name produced`);
      status = awaited;
      break;
    }
    context.log(
      `Request ${pending} ${awaited.State === 'SUCCEEDED' ? `produced account ${awaited.AccountId ?? ''}, which has another email: it is not ${account.name}'s` : 'failed'}`,
    );
  }
  let requestId: string | undefined;
  for (let attempt = 1; status === undefined; attempt++) {
    context.log(`Creating account ${account.name} <${account.email}>`);
    let requested = await requestAccount(account, context);
    requestId = requested.Id ?? '';
    if (requested.State !== 'SUCCEEDED' && requested.State !== 'FAILED')
      requested = await waitForRequest(requestId, account, context, 'own');
    if (requested.State === 'SUCCEEDED') {
      status = requested;
      break;
    }
    const reason = requested.FailureReason ?? '';
    if (reason === 'CONCURRENT_ACCOUNT_MODIFICATION' && attempt < CONCURRENT_MODIFICATION_ATTEMPTS) {
      context.log(
        `Account ${account.name}: another account change was in progress (CONCURRENT_ACCOUNT_MODIFICATION); retrying`,
      );
      await context.clock.sleep(context.schedules.retryDelayMs * attempt);
      continue;
    }
    if (reason === 'EMAIL_ALREADY_EXISTS') {
      const existing = await findAccountByEmail(context, account.email);
      if (existing) return adoptAfterEmailConflict(existing, account, context);
    }
    throw new ChangeError(creationFailureMessage(reason, account, requestId, context));
  }

  const id = status.AccountId ?? '';
  context.targets.registerAccount({
    id,
    name: account.accountName,
    email: account.email,
    status: 'ACTIVE',
    parentId,
    parentPath: parentId === context.targets.rootId ? '' : account.ou,
  });
  context.report.createdAccounts.push({ name: account.name, id });
  context.log(`Account ${account.name} created: ${id}`);
  await moveAccount(id, parentId, account.ou, context);
}

/**
 * The account a request produced, when it has the manifest's email (the one thing that can make it this account),
 * else undefined.
 */
async function producedThisAccount(
  status: CreateAccountStatus,
  account: AccountAfter,
  context: StageContext,
): Promise<Account | undefined> {
  if (!status.AccountId) return undefined;
  const { Account: produced } = await context.clients.organizations.send(
    new DescribeAccountCommand({ AccountId: status.AccountId }),
  );
  return produced?.Email?.toLowerCase() === account.email.toLowerCase() ? produced : undefined;
}

/**
 * The IN_PROGRESS requests for the account's name the plan recorded in the change's `before`: all of them
 * (`createAccountRequestIds`), or the one plans before that field recorded (`createAccountRequestId`).
 */
function inProgressRequestIds(change: Change): string[] {
  const before = change.before as { createAccountRequestId?: unknown; createAccountRequestIds?: unknown } | null;
  if (Array.isArray(before?.createAccountRequestIds))
    return before.createAccountRequestIds.filter((id): id is string => typeof id === 'string');
  return typeof before?.createAccountRequestId === 'string' ? [before.createAccountRequestId] : [];
}

/** How often a throttled CreateAccount is sent again, and the first wait; each wait doubles. */
const THROTTLED_ATTEMPTS = 8;
const THROTTLED_DELAY_MS = 1_000;

/**
 * CreateAccount, sent again only when AWS answered that it was throttled. The client does not retry it (see
 * AwsClients.accountCreation): a request whose answer was lost may have started the account, and a second one would
 * start another (or, in AWS, fail on the email while the first goes on).
 */
async function sendCreateAccount(command: CreateAccountCommand, context: StageContext) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await context.clients.accountCreation.send(command);
    } catch (error) {
      // A throttled request was refused before AWS acted on it: sending it again cannot start a second account.
      if (!isThrottled(error) || attempt >= THROTTLED_ATTEMPTS) throw error;
      await context.clock.sleep(THROTTLED_DELAY_MS * 2 ** (attempt - 1));
    }
  }
}

async function requestAccount(account: AccountAfter, context: StageContext): Promise<CreateAccountStatus> {
  try {
    const { CreateAccountStatus: status } = await sendCreateAccount(
      new CreateAccountCommand({
        AccountName: account.accountName,
        Email: account.email,
        // Without it Organizations creates OrganizationAccountAccessRole, and a StackSet whose execution role has
        // another name fails in every new account, after the account exists.
        RoleName: accountAccessRoleName(context.desired.organization.stackSets),
        Tags: Object.entries(account.tags).map(([Key, Value]) => ({ Key, Value })),
      }),
      context,
    );
    if (!status?.Id)
      throw new ChangeError(
        `AWS accepted the request for account ${account.name} but returned no request id. Re-run apply: it finds the account by its email once it exists, and meanwhile waits on the requests for that name, taking the account one makes only if its email is this one.`,
      );
    return status;
  } catch (error) {
    const reason = (error as { Reason?: string }).Reason;
    if (errorName(error) === 'ConstraintViolationException' && reason === 'ACCOUNT_NUMBER_LIMIT_EXCEEDED') {
      throw new ChangeError(creationFailureMessage('ACCOUNT_LIMIT_EXCEEDED', account, undefined, context));
    }
    if (errorName(error) === 'ConcurrentModificationException')
      return { State: 'FAILED', FailureReason: 'CONCURRENT_ACCOUNT_MODIFICATION', Id: '' };
    throw error;
  }
}

/**
 * Waits for a CreateAccount request. `whose` says what is known of it: `own` is the request this run made; an
 * `earlier` one was found in progress for the same account name and may be another team's (a request names no
 * email), so a timeout must not claim it is this manifest's account.
 */
async function waitForRequest(
  requestId: string,
  account: AccountAfter,
  context: StageContext,
  whose: 'own' | 'earlier',
): Promise<CreateAccountStatus> {
  const schedule = context.schedules.accountCreation;
  const { value, timedOut } = await pollUntil(
    context.clock,
    schedule,
    async () => {
      const { CreateAccountStatus: status } = await context.clients.organizations.send(
        new DescribeCreateAccountStatusCommand({ CreateAccountRequestId: requestId }),
      );
      return status ?? {};
    },
    (status) => status.State === 'SUCCEEDED' || status.State === 'FAILED',
  );
  if (timedOut) {
    throw new ChangeError(
      whose === 'own'
        ? `Account ${account.name} was still being created after ${describeDuration(schedule.timeoutMs)} (request ${requestId}). Nothing is lost: AWS keeps creating it, and the next apply finds the request and continues from there. Re-run apply in a few minutes.`
        : `Request ${requestId} for an account named ${account.accountName}, made before this run (perhaps by an interrupted apply, perhaps by another team: a request names no email), was still in progress after ${describeDuration(schedule.timeoutMs)}. Account ${account.name} has not been requested yet. Re-run apply once that request has finished; if it produces an account with another email, vend leaves that account alone and requests ${account.name}.`,
    );
  }
  return value;
}

/** What each CreateAccountStatus FailureReason means for the person reading the report. */
function creationFailureMessage(
  reason: string,
  account: AccountAfter,
  requestId: string | undefined,
  context: Pick<StageContext, 'desired'>,
): string {
  const file =
    context.desired.accounts.find((declared) => declared.name === account.name)?.file ??
    `accounts/${account.name}.yaml`;
  const request = requestId ? ` (request ${requestId})` : '';
  const prefix = `AWS could not create account ${account.name}${request}`;
  switch (reason) {
    case 'EMAIL_ALREADY_EXISTS':
      return `${prefix}: the email ${account.email} already belongs to an AWS account outside this organization (or to one closed less than 90 days ago). Invite that account into the organization and re-run apply to adopt it, or use another email in ${file}.`;
    case 'ACCOUNT_LIMIT_EXCEEDED':
      return `${prefix}: the organization has reached its account quota. Request a higher 'Default maximum number of accounts' quota for AWS Organizations in Service Quotas, or close accounts you no longer need, then re-run apply.`;
    case 'CONCURRENT_ACCOUNT_MODIFICATION':
      return `${prefix}: another change to the organization's accounts was still in progress after ${CONCURRENT_MODIFICATION_ATTEMPTS} attempts (CONCURRENT_ACCOUNT_MODIFICATION). Re-run apply once it has finished.`;
    case 'INVALID_EMAIL':
      return `${prefix}: AWS rejected the email ${account.email} as invalid. Fix it in ${file}.`;
    case 'INVALID_ADDRESS':
    case 'MISSING_PAYMENT_INSTRUMENT':
    case 'MISSING_BUSINESS_VALIDATION':
    case 'PENDING_BUSINESS_VALIDATION':
    case 'FAILED_BUSINESS_VALIDATION':
    case 'INVALID_IDENTITY_FOR_BUSINESS_VALIDATION':
    case 'UNKNOWN_BUSINESS_VALIDATION':
      return `${prefix}: the management account's billing or business details are incomplete (${reason}). Complete them in the AWS Billing console, then re-run apply.`;
    case 'INTERNAL_FAILURE':
      return `${prefix}: AWS Organizations failed internally (INTERNAL_FAILURE). Re-run apply; if it keeps failing, contact AWS Support with the request id.`;
    default:
      return `${prefix}: AWS reported ${reason || 'no reason'}. Look the reason up under CreateAccountStatus in the AWS Organizations API reference, fix the cause, and re-run apply.`;
  }
}

/** The organization-wide list, read only on this rare path: to tell "taken in this organization" from "taken elsewhere". */
async function findAccountByEmail(context: StageContext, email: string): Promise<Account | undefined> {
  for await (const page of paginateListAccounts({ client: context.clients.organizations }, {})) {
    const found = page.Accounts?.find((candidate) => candidate.Email?.toLowerCase() === email.toLowerCase());
    if (found) return found;
  }
  return undefined;
}

/**
 * The email is taken inside this organization since the observation this stage started from. The account is adopted
 * only when a request of vend's made it: CreateAccount sets every tag of the manifest at once, ManagedBy: vend among
 * them, so such an account carries them all, and it still sits under the root. An account with ManagedBy: vend alone
 * was tagged by hand. Anyone else's account is left as it is: adopting it is a change of its own, which a plan shows
 * for approval.
 */
async function adoptAfterEmailConflict(existing: Account, account: AccountAfter, context: StageContext): Promise<void> {
  const id = existing.Id ?? '';
  const parentId = await madeByVend(existing, account, context, `${account.email} already belongs to`);
  context.log(
    `Account ${account.name}: ${account.email} already belongs to ${existing.Name ?? id} (${id}) in this organization; adopting it`,
  );
  // Its tags are already those the approved creation sets: nothing to write but its place.
  context.report.adoptedAccounts.push({ name: account.name, id });
  context.targets.registerAccount({
    id,
    name: existing.Name ?? account.name,
    email: account.email,
    status: existing.State ?? 'ACTIVE',
    parentId,
    parentPath: '',
  });
  await moveAccount(id, parentId, account.ou, context);
}

/**
 * That an account with the manifest's email, found since the plan, is one vend's CreateAccount made: it carries every
 * tag of the manifest (ManagedBy: vend among them; CreateAccount sets them at once) and sits under the root, or
 * already in its OU. Returns its parent's id; throws a ChangeError, having changed nothing, for anyone else's
 * account: adopting or moving that is a change of its own, which a plan shows for approval. `found` says how it was
 * found, before its name: `request … produced`, or `<email> already belongs to`.
 */
async function madeByVend(
  existing: Account,
  account: AccountAfter,
  context: StageContext,
  found: string,
): Promise<string> {
  const id = existing.Id ?? '';
  const whose = `Account ${account.name}: ${found} ${existing.Name ?? id} (${id})`;
  const tags = await readTags(context.clients, id);
  if (tags[MANAGED_BY_TAG.key] !== MANAGED_BY_TAG.value)
    throw new ChangeError(
      `${whose}, which was made since the plan and not by vend (it has no ${MANAGED_BY_TAG.key}: ${MANAGED_BY_TAG.value} tag). Nothing was changed on it; plan again, and the new plan shows its adoption for approval.`,
    );
  const { Parents } = await context.clients.organizations.send(new ListParentsCommand({ ChildId: id }));
  const parentId = Parents?.[0]?.Id ?? context.targets.rootId;
  // An account someone put in another OU is not one a create left half-done: moving it is a change no plan showed.
  if (parentId !== context.targets.rootId && parentId !== context.targets.organizationalUnitId(account.ou))
    throw new ChangeError(
      `${whose}, which sits in OU ${parentId}, not the root where a created account would be. Nothing was changed on it; plan again, and the new plan shows its move for approval.`,
    );
  const missing = Object.keys(account.tags).filter((key) => tags[key] !== account.tags[key]);
  if (missing.length > 0)
    throw new ChangeError(
      `${whose}, which carries ${MANAGED_BY_TAG.key}: ${MANAGED_BY_TAG.value} but not the tags vend's CreateAccount would have given it (${missing.join(', ')}): it was made or tagged by hand since the plan. Nothing was changed on it; plan again, and the new plan shows its adoption for approval.`,
    );
  return parentId;
}

/** Moving to where the account already is counts as done: a re-run after a crash may find it there. */
export async function moveAccount(
  accountId: string,
  sourceParentId: string,
  ou: string,
  context: StageContext,
): Promise<void> {
  const destination = context.targets.organizationalUnitId(ou);
  if (destination === sourceParentId) return;
  try {
    await context.clients.organizations.send(
      new MoveAccountCommand({
        AccountId: accountId,
        SourceParentId: sourceParentId,
        DestinationParentId: destination,
      }),
    );
  } catch (error) {
    if (errorName(error) !== 'DuplicateAccountException') throw error;
  }
}
