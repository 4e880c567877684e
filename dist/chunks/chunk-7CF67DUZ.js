import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  MalformedPlanError,
  RUN_FAILURE_IDS,
  SAVED_PLAN_SOURCE,
  TERMINAL_CONFIRMATION,
  admitsHighImpact,
  applyExitCode,
  approveFirstPlan,
  authorizeChanges,
  changeDetail,
  coversWholePlan,
  emptyApplyReport,
  failureReason,
  parseSavedPlan,
  reachBeyond,
  refuseUncovered,
  savedPlanRefusal,
  scpsLostSince,
  undeployedBaselines
} from "./chunk-35YVF6NK.js";
import {
  describeDuration,
  pollUntil,
  systemClock
} from "./chunk-JVSQ4X6O.js";
import {
  accountsActedIn,
  accountsReached,
  instancesActedOn
} from "./chunk-ERQLQKFT.js";
import {
  hasUncommittedChanges,
  repositoryCommit
} from "./chunk-DOLNHXLU.js";
import {
  connectionFailure,
  createAwsClients,
  createIamClient,
  describeAwsError,
  destroyAwsClients,
  errorName,
  isEndpointUnreachable,
  mapWithConcurrency,
  missingCredentialsReason,
  observeOrganization,
  readTags,
  require_dist_cjs,
  require_dist_cjs2,
  require_dist_cjs4 as require_dist_cjs3,
  require_dist_cjs5 as require_dist_cjs4,
  require_dist_cjs6 as require_dist_cjs5,
  stackSetCallAs
} from "./chunk-NK2M6GYR.js";
import {
  readLocalFile
} from "./chunk-ENU7AZHL.js";
import {
  UsageError,
  runValidate
} from "./chunk-LUQVUKPD.js";
import {
  STAGE_OF_KIND,
  accountReadinessChangeIds,
  computePlan,
  isAccountReadinessChangeId,
  repositoryDigest,
  stageOf,
  stagesAsApproved
} from "./chunk-IGAP76TN.js";
import {
  declaresTransform
} from "./chunk-3BLKRS4H.js";
import {
  isMaskedValue,
  noEchoIn
} from "./chunk-DTP7CD5J.js";
import {
  AccountsByEmail,
  CHANGE_KINDS,
  accountReference,
  resolveOrganizationalUnits,
  stackSetName
} from "./chunk-AA4LRLPW.js";
import {
  LISTED_NAMES,
  MANAGED_BY_TAG,
  PARAMETER_OVERRIDES_TAG,
  accountAccessRoleName,
  countOf,
  listNames,
  parameterDefaults,
  require_dist,
  resolveString,
  resourcesOf,
  templateToJson
} from "./chunk-EFBOC2AA.js";
import {
  compareText
} from "./chunk-5ZL7S7IZ.js";
import {
  __toESM
} from "./chunk-ZMOFJYRP.js";

// src/apply/change-error.ts
var ChangeError = class extends Error {
  constructor(message, retryable = false, unreachable = false, mayHaveArrived2 = false) {
    super(message);
    this.retryable = retryable;
    this.unreachable = unreachable;
    this.mayHaveArrived = mayHaveArrived2;
  }
  retryable;
  unreachable;
  mayHaveArrived;
  name = "ChangeError";
  /**
   * The stack instances (`account/region`) of the change that were never sent: a change runs one StackSet operation
   * per group, and none after one fails. The report lists them as still planned, not as failed.
   */
  notSent;
  /** The stack instances of the change whose operations succeeded before the one that failed: deployed, not failed. */
  succeeded;
  /** With `unreachable`: AWS answered, refusing the credentials themselves (expired or not valid), not the endpoint. */
  credentialsRefused;
};
var CREDENTIALS_REFUSED = /* @__PURE__ */ new Set([
  "ExpiredTokenException",
  "ExpiredToken",
  "InvalidClientTokenId",
  "UnrecognizedClientException"
]);
var THROTTLING_ERROR_NAMES = /* @__PURE__ */ new Set([
  "ThrottlingException",
  "Throttling",
  "TooManyRequestsException",
  "RequestLimitExceeded"
]);
function isThrottled(error) {
  return THROTTLING_ERROR_NAMES.has(errorName(error));
}
function isTransientAwsError(error) {
  if (typeof error !== "object" || error === null) return false;
  if (isThrottled(error) || errorName(error) === "ConcurrentModificationException") return true;
  return (error.$metadata?.httpStatusCode ?? 0) >= 500;
}
function toChangeError(error, operation) {
  if (error instanceof ChangeError) return error;
  if (CREDENTIALS_REFUSED.has(errorName(error))) {
    const refused = new ChangeError(describeAwsError(error, operation).message, false, true, false);
    refused.credentialsRefused = true;
    return refused;
  }
  const unreachable = isEndpointUnreachable(error);
  return new ChangeError(
    describeAwsError(error, operation).message,
    !unreachable && isTransientAwsError(error),
    unreachable,
    unreachable && mayHaveArrived(error)
  );
}
function mayHaveArrived(error) {
  const { $metadata } = error;
  return ($metadata?.attempts ?? 1) > 1 || connectionFailure(error) !== "never-sent";
}

// src/apply/apply-context.ts
var OrganizationTargets = class {
  constructor(desired, observed) {
    this.observed = observed;
    for (const [path, id] of resolveOrganizationalUnits(desired, observed).ids)
      this.organizationalUnitIds.set(path, id);
    this.accountsByEmail = new AccountsByEmail(observed.accounts);
    for (const account of observed.accounts) this.accountsById.set(account.id, account);
    for (const account of desired.accounts) {
      this.emailsByName.set(account.name, account.email);
      this.namesByEmail.set(account.email.toLowerCase(), account.name);
    }
    for (const policy of observed.policies) this.policyIds.set(policy.name, policy.id);
  }
  observed;
  organizationalUnitIds = /* @__PURE__ */ new Map();
  accountsByEmail;
  accountsById = /* @__PURE__ */ new Map();
  emailsByName = /* @__PURE__ */ new Map();
  namesByEmail = /* @__PURE__ */ new Map();
  policyIds = /* @__PURE__ */ new Map();
  get rootId() {
    return this.observed.root.id;
  }
  organizationalUnitId(path) {
    return required(this.organizationalUnitIds.get(path), `OU ${path || "(root)"}`);
  }
  registerOrganizationalUnit(path, id) {
    this.organizationalUnitIds.set(path, id);
  }
  /** The declared account's AWS account, found by its manifest's email as the plan found it. */
  account(name) {
    const email = required(this.emailsByName.get(name), `a manifest for account ${name}`);
    return required(this.accountsByEmail.find(email), `account ${name}`);
  }
  findAccount(name) {
    const email = this.emailsByName.get(name);
    return email === void 0 ? void 0 : this.accountsByEmail.find(email);
  }
  accountById(id) {
    return this.accountsById.get(id);
  }
  registerAccount(account) {
    this.accountsByEmail.add(account);
    this.accountsById.set(account.id, account);
  }
  /** `payments-prod (210987654321)` for declared accounts, the bare id otherwise. */
  accountLabel(id) {
    const email = this.accountsById.get(id)?.email.toLowerCase();
    const name = email === void 0 ? void 0 : this.namesByEmail.get(email);
    return name === void 0 ? id : `${name} (${id})`;
  }
  policyId(name) {
    return required(this.policyIds.get(name), `SCP ${name}`);
  }
  registerPolicy(name, id) {
    this.policyIds.set(name, id);
  }
  /** The id of `root`, `ou:<path>` or `account:<name>`: the things SCPs attach to. */
  targetId(reference) {
    if (reference === "root") return this.rootId;
    if (reference.startsWith("ou:")) return this.organizationalUnitId(reference.slice("ou:".length));
    if (reference.startsWith("account:")) return this.account(reference.slice("account:".length)).id;
    throw new ChangeError(`internal error: '${reference}' is not an SCP target`);
  }
};
function required(value, what) {
  if (value === void 0)
    throw new ChangeError(
      `${what} does not exist in AWS yet, although this step needs it. Re-run apply once the earlier failures are fixed.`
    );
  return value;
}

// src/apply/account-changes.ts
var import_client_account = __toESM(require_dist_cjs(), 1);
var import_client_organizations2 = __toESM(require_dist_cjs4(), 1);

// src/apply/account-creation.ts
var import_client_organizations = __toESM(require_dist_cjs4(), 1);

// src/apply/change-fields.ts
function changeFields(change, side, keys) {
  const value = change[side];
  if (typeof value === "object" && value !== null && keys.every((key) => key in value)) return value;
  throw new ChangeError(`internal error: change ${change.id} has no ${keys.join("/")} in its ${side}`);
}
function stackSetNameOf(change) {
  return change.target.slice("stackset:".length);
}
function accountNameOf(change) {
  return change.target.slice("account:".length);
}

// src/apply/account-creation.ts
var CONCURRENT_MODIFICATION_ATTEMPTS = 4;
async function createAccount(change, context) {
  const account = changeFields(change, "after", ["name", "accountName", "email", "ou", "tags"]);
  let status;
  let parentId = context.targets.rootId;
  for (const pending of inProgressRequestIds(change)) {
    context.log(`Waiting for account ${account.name}: request ${pending} for that name is already in progress`);
    const awaited = await waitForRequest(pending, account, context, "earlier");
    const produced = awaited.State === "SUCCEEDED" ? await producedThisAccount(awaited, account, context) : void 0;
    if (produced) {
      parentId = await madeByVend(produced, account, context, `request ${pending} for that name produced`);
      status = awaited;
      break;
    }
    context.log(
      `Request ${pending} ${awaited.State === "SUCCEEDED" ? `produced account ${awaited.AccountId ?? ""}, which has another email: it is not ${account.name}'s` : "failed"}`
    );
  }
  let requestId;
  for (let attempt = 1; status === void 0; attempt++) {
    context.log(`Creating account ${account.name} <${account.email}>`);
    let requested = await requestAccount(account, context);
    requestId = requested.Id ?? "";
    if (requested.State !== "SUCCEEDED" && requested.State !== "FAILED")
      requested = await waitForRequest(requestId, account, context, "own");
    if (requested.State === "SUCCEEDED") {
      status = requested;
      break;
    }
    const reason = requested.FailureReason ?? "";
    if (reason === "CONCURRENT_ACCOUNT_MODIFICATION" && attempt < CONCURRENT_MODIFICATION_ATTEMPTS) {
      context.log(
        `Account ${account.name}: another account change was in progress (CONCURRENT_ACCOUNT_MODIFICATION); retrying`
      );
      await context.clock.sleep(context.schedules.retryDelayMs * attempt);
      continue;
    }
    if (reason === "EMAIL_ALREADY_EXISTS") {
      const existing = await findAccountByEmail(context, account.email);
      if (existing) return adoptAfterEmailConflict(existing, account, context);
    }
    throw new ChangeError(creationFailureMessage(reason, account, requestId, context));
  }
  const id = status.AccountId ?? "";
  context.targets.registerAccount({
    id,
    name: account.accountName,
    email: account.email,
    status: "ACTIVE",
    parentId,
    parentPath: parentId === context.targets.rootId ? "" : account.ou
  });
  context.report.createdAccounts.push({ name: account.name, id });
  context.log(`Account ${account.name} created: ${id}`);
  await moveAccount(id, parentId, account.ou, context);
}
async function producedThisAccount(status, account, context) {
  if (!status.AccountId) return void 0;
  const { Account: produced } = await context.clients.organizations.send(
    new import_client_organizations.DescribeAccountCommand({ AccountId: status.AccountId })
  );
  return produced?.Email?.toLowerCase() === account.email.toLowerCase() ? produced : void 0;
}
function inProgressRequestIds(change) {
  const before = change.before;
  if (Array.isArray(before?.createAccountRequestIds))
    return before.createAccountRequestIds.filter((id) => typeof id === "string");
  return typeof before?.createAccountRequestId === "string" ? [before.createAccountRequestId] : [];
}
var THROTTLED_ATTEMPTS = 8;
var THROTTLED_DELAY_MS = 1e3;
async function sendCreateAccount(command, context) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await context.clients.accountCreation.send(command);
    } catch (error) {
      if (!isThrottled(error) || attempt >= THROTTLED_ATTEMPTS) throw error;
      await context.clock.sleep(THROTTLED_DELAY_MS * 2 ** (attempt - 1));
    }
  }
}
async function requestAccount(account, context) {
  try {
    const { CreateAccountStatus: status } = await sendCreateAccount(
      new import_client_organizations.CreateAccountCommand({
        AccountName: account.accountName,
        Email: account.email,
        // Without it Organizations creates OrganizationAccountAccessRole, and a StackSet whose execution role has
        // another name fails in every new account, after the account exists.
        RoleName: accountAccessRoleName(context.desired.organization.stackSets),
        Tags: Object.entries(account.tags).map(([Key, Value]) => ({ Key, Value }))
      }),
      context
    );
    if (!status?.Id)
      throw new ChangeError(
        `AWS accepted the request for account ${account.name} but returned no request id. Re-run apply: it finds the account by its email once it exists, and meanwhile waits on the requests for that name, taking the account one makes only if its email is this one.`
      );
    return status;
  } catch (error) {
    const reason = error.Reason;
    if (errorName(error) === "ConstraintViolationException" && reason === "ACCOUNT_NUMBER_LIMIT_EXCEEDED") {
      throw new ChangeError(creationFailureMessage("ACCOUNT_LIMIT_EXCEEDED", account, void 0, context));
    }
    if (errorName(error) === "ConcurrentModificationException")
      return { State: "FAILED", FailureReason: "CONCURRENT_ACCOUNT_MODIFICATION", Id: "" };
    throw error;
  }
}
async function waitForRequest(requestId, account, context, whose) {
  const schedule = context.schedules.accountCreation;
  const { value, timedOut } = await pollUntil(
    context.clock,
    schedule,
    async () => {
      const { CreateAccountStatus: status } = await context.clients.organizations.send(
        new import_client_organizations.DescribeCreateAccountStatusCommand({ CreateAccountRequestId: requestId })
      );
      return status ?? {};
    },
    (status) => status.State === "SUCCEEDED" || status.State === "FAILED"
  );
  if (timedOut) {
    throw new ChangeError(
      whose === "own" ? `Account ${account.name} was still being created after ${describeDuration(schedule.timeoutMs)} (request ${requestId}). Nothing is lost: AWS keeps creating it, and the next apply finds the request and continues from there. Re-run apply in a few minutes.` : `Request ${requestId} for an account named ${account.accountName}, made before this run (perhaps by an interrupted apply, perhaps by another team: a request names no email), was still in progress after ${describeDuration(schedule.timeoutMs)}. Account ${account.name} has not been requested yet. Re-run apply once that request has finished; if it produces an account with another email, vend leaves that account alone and requests ${account.name}.`
    );
  }
  return value;
}
function creationFailureMessage(reason, account, requestId, context) {
  const file = context.desired.accounts.find((declared) => declared.name === account.name)?.file ?? `accounts/${account.name}.yaml`;
  const request = requestId ? ` (request ${requestId})` : "";
  const prefix = `AWS could not create account ${account.name}${request}`;
  switch (reason) {
    case "EMAIL_ALREADY_EXISTS":
      return `${prefix}: the email ${account.email} already belongs to an AWS account outside this organization (or to one closed less than 90 days ago). Invite that account into the organization and re-run apply to adopt it, or use another email in ${file}.`;
    case "ACCOUNT_LIMIT_EXCEEDED":
      return `${prefix}: the organization has reached its account quota. Request a higher 'Default maximum number of accounts' quota for AWS Organizations in Service Quotas, or close accounts you no longer need, then re-run apply.`;
    case "CONCURRENT_ACCOUNT_MODIFICATION":
      return `${prefix}: another change to the organization's accounts was still in progress after ${CONCURRENT_MODIFICATION_ATTEMPTS} attempts (CONCURRENT_ACCOUNT_MODIFICATION). Re-run apply once it has finished.`;
    case "INVALID_EMAIL":
      return `${prefix}: AWS rejected the email ${account.email} as invalid. Fix it in ${file}.`;
    case "INVALID_ADDRESS":
    case "MISSING_PAYMENT_INSTRUMENT":
    case "MISSING_BUSINESS_VALIDATION":
    case "PENDING_BUSINESS_VALIDATION":
    case "FAILED_BUSINESS_VALIDATION":
    case "INVALID_IDENTITY_FOR_BUSINESS_VALIDATION":
    case "UNKNOWN_BUSINESS_VALIDATION":
      return `${prefix}: the management account's billing or business details are incomplete (${reason}). Complete them in the AWS Billing console, then re-run apply.`;
    case "INTERNAL_FAILURE":
      return `${prefix}: AWS Organizations failed internally (INTERNAL_FAILURE). Re-run apply; if it keeps failing, contact AWS Support with the request id.`;
    default:
      return `${prefix}: AWS reported ${reason || "no reason"}. Look the reason up under CreateAccountStatus in the AWS Organizations API reference, fix the cause, and re-run apply.`;
  }
}
async function findAccountByEmail(context, email) {
  for await (const page of (0, import_client_organizations.paginateListAccounts)({ client: context.clients.organizations }, {})) {
    const found = page.Accounts?.find((candidate) => candidate.Email?.toLowerCase() === email.toLowerCase());
    if (found) return found;
  }
  return void 0;
}
async function adoptAfterEmailConflict(existing, account, context) {
  const id = existing.Id ?? "";
  const parentId = await madeByVend(existing, account, context, `${account.email} already belongs to`);
  context.log(
    `Account ${account.name}: ${account.email} already belongs to ${existing.Name ?? id} (${id}) in this organization; adopting it`
  );
  context.report.adoptedAccounts.push({ name: account.name, id });
  context.targets.registerAccount({
    id,
    name: existing.Name ?? account.name,
    email: account.email,
    status: existing.State ?? "ACTIVE",
    parentId,
    parentPath: ""
  });
  await moveAccount(id, parentId, account.ou, context);
}
async function madeByVend(existing, account, context, found) {
  const id = existing.Id ?? "";
  const whose = `Account ${account.name}: ${found} ${existing.Name ?? id} (${id})`;
  const tags = await readTags(context.clients, id);
  if (tags[MANAGED_BY_TAG.key] !== MANAGED_BY_TAG.value)
    throw new ChangeError(
      `${whose}, which was made since the plan and not by vend (it has no ${MANAGED_BY_TAG.key}: ${MANAGED_BY_TAG.value} tag). Nothing was changed on it; plan again, and the new plan shows its adoption for approval.`
    );
  const { Parents } = await context.clients.organizations.send(new import_client_organizations.ListParentsCommand({ ChildId: id }));
  const parentId = Parents?.[0]?.Id ?? context.targets.rootId;
  if (parentId !== context.targets.rootId && parentId !== context.targets.organizationalUnitId(account.ou))
    throw new ChangeError(
      `${whose}, which sits in OU ${parentId}, not the root where a created account would be. Nothing was changed on it; plan again, and the new plan shows its move for approval.`
    );
  const missing = Object.keys(account.tags).filter((key) => tags[key] !== account.tags[key]);
  if (missing.length > 0)
    throw new ChangeError(
      `${whose}, which carries ${MANAGED_BY_TAG.key}: ${MANAGED_BY_TAG.value} but not the tags vend's CreateAccount would have given it (${missing.join(", ")}): it was made or tagged by hand since the plan. Nothing was changed on it; plan again, and the new plan shows its adoption for approval.`
    );
  return parentId;
}
async function moveAccount(accountId, sourceParentId, ou, context) {
  const destination = context.targets.organizationalUnitId(ou);
  if (destination === sourceParentId) return;
  try {
    await context.clients.organizations.send(
      new import_client_organizations.MoveAccountCommand({
        AccountId: accountId,
        SourceParentId: sourceParentId,
        DestinationParentId: destination
      })
    );
  } catch (error) {
    if (errorName(error) !== "DuplicateAccountException") throw error;
  }
}

// src/apply/account-changes.ts
async function adoptAccount(change, context) {
  const { id } = changeFields(change, "before", ["id"]);
  await context.clients.organizations.send(
    new import_client_organizations2.TagResourceCommand({ ResourceId: id, Tags: [{ Key: MANAGED_BY_TAG.key, Value: MANAGED_BY_TAG.value }] })
  );
  context.report.adoptedAccounts.push({ name: accountNameOf(change), id });
}
async function moveExistingAccount(change, context) {
  const { id, ou } = changeFields(change, "after", ["id", "ou"]);
  const account = context.targets.account(accountNameOf(change));
  await moveAccount(id, account.parentId, ou, context);
}
async function tagAccount(change, context) {
  const tags = changeFields(change, "after", []);
  const id = context.targets.account(accountNameOf(change)).id;
  await context.clients.organizations.send(
    new import_client_organizations2.TagResourceCommand({ ResourceId: id, Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })) })
  );
}
async function untagAccount(change, context) {
  const tags = changeFields(change, "before", []);
  const id = context.targets.account(accountNameOf(change)).id;
  await context.clients.organizations.send(new import_client_organizations2.UntagResourceCommand({ ResourceId: id, TagKeys: Object.keys(tags) }));
}
async function renameAccount(change, context) {
  const { id, name } = changeFields(change, "after", ["id", "name"]);
  const ownAccount = id === context.callerAccountId;
  try {
    await context.clients.account.send(
      new import_client_account.PutAccountNameCommand({ AccountName: name, ...ownAccount ? {} : { AccountId: id } })
    );
  } catch (error) {
    if (errorName(error) !== "AccessDeniedException") throw error;
    throw new ChangeError(
      `AWS refused to rename account ${id} (${error.message}). Renaming a member account needs trusted access for AWS Account Management (aws organizations enable-aws-service-access --service-principal account.amazonaws.com) and account:PutAccountName on the apply role. Or set accountName in ${accountNameOf(change)}'s manifest to the name the account has.`
    );
  }
}
async function recordParameterOverrides(change, context) {
  const { baselines } = changeFields(change, "after", ["baselines"]);
  const id = context.targets.account(accountNameOf(change)).id;
  if (baselines.length === 0)
    await context.clients.organizations.send(
      new import_client_organizations2.UntagResourceCommand({ ResourceId: id, TagKeys: [PARAMETER_OVERRIDES_TAG] })
    );
  else
    await context.clients.organizations.send(
      new import_client_organizations2.TagResourceCommand({ ResourceId: id, Tags: [{ Key: PARAMETER_OVERRIDES_TAG, Value: baselines.join(" ") }] })
    );
}
async function closeAccount(change, context) {
  const { id } = changeFields(change, "before", ["id"]);
  try {
    await context.clients.organizations.send(new import_client_organizations2.CloseAccountCommand({ AccountId: id }));
  } catch (error) {
    if (errorName(error) !== "AccountAlreadyClosedException") throw error;
  }
}

// src/apply/execute-stage.ts
async function executeStage(changes, run, schedule) {
  const byId = new Map(changes.map((change) => [change.id, change]));
  const outcomes = /* @__PURE__ */ new Map();
  const finished = /* @__PURE__ */ new Map();
  const limit = createLimiter(schedule.concurrency);
  let unreachable = false;
  const settle = (change) => {
    const existing = finished.get(change.id);
    if (existing) return existing;
    const promise = (async () => {
      const dependencies = change.dependsOn.filter((id) => byId.has(id));
      const waits = (schedule.waitsFor?.(change) ?? []).filter((id) => byId.has(id) && id !== change.id);
      await Promise.all([...dependencies, ...waits].map((id) => settle(byId.get(id))));
      const failedDependency = dependencies.find((id) => outcomes.get(id)?.status !== "applied");
      if (failedDependency !== void 0) {
        outcomes.set(change.id, { status: "blocked", by: failedDependency });
        return;
      }
      await limit(async () => {
        if (unreachable) return void outcomes.set(change.id, { status: "not-attempted" });
        try {
          await run(change);
          outcomes.set(change.id, { status: "applied" });
        } catch (error) {
          const changeError = toChangeError(error, change.description);
          unreachable ||= changeError.unreachable;
          outcomes.set(change.id, { status: "failed", error: changeError });
        }
      });
    })();
    finished.set(change.id, promise);
    return promise;
  };
  await Promise.all(changes.map(settle));
  return outcomes;
}
function createLimiter(concurrency) {
  let active = 0;
  const queue = [];
  return async (task) => {
    if (active >= concurrency) await new Promise((resolve) => queue.push(resolve));
    else active++;
    try {
      return await task();
    } finally {
      const next = queue.shift();
      if (next) next();
      else active--;
    }
  };
}

// src/apply/still-planned.ts
function stillPlanned(plan, report, appliedAtRead) {
  const accounted = /* @__PURE__ */ new Set([
    ...report.failures.map((failure) => failure.id),
    ...report.refused.map((change) => change.id),
    ...report.changesApplied.map((change) => change.id)
  ]);
  const handledAccounts = /* @__PURE__ */ new Map();
  for (const change of [...report.changesApplied, ...report.failures])
    handledAccounts.set(change.id, /* @__PURE__ */ new Set([...handledAccounts.get(change.id) ?? [], ...change.accounts ?? []]));
  const perInstance = (change) => change.kind === CHANGE_KINDS.addStackInstances || change.kind === CHANGE_KINDS.updateStackInstances || change.kind === CHANGE_KINDS.removeStackInstances;
  const leftOverAccounts = (change) => perInstance(change) ? accountsActedIn(change).filter((account) => !handledAccounts.get(change.id)?.has(account)) : [];
  const madeAccounts = /* @__PURE__ */ new Map();
  for (const change of report.changesApplied.slice(0, appliedAtRead))
    madeAccounts.set(change.id, /* @__PURE__ */ new Set([...madeAccounts.get(change.id) ?? [], ...change.accounts ?? []]));
  const undoneAccounts = (change) => perInstance(change) ? accountsActedIn(change).filter((account) => madeAccounts.get(change.id)?.has(account)) : [];
  const settled = new Set([...report.failures, ...report.refused].map((change) => change.id));
  const placedByRun = (change) => change.kind === CHANGE_KINDS.moveAccount && [CHANGE_KINDS.createAccount, CHANGE_KINDS.adoptAccount].some(
    (kind) => madeAccounts.has(`${kind}:${change.target}`)
  );
  const undone = (change) => !settled.has(change.id) && (madeAccounts.has(change.id) && (!perInstance(change) || undoneAccounts(change).length > 0) || placedByRun(change));
  const made = new Map([
    ...report.createdAccounts.map((account) => [account.name, { ...account, how: "created" }]),
    ...report.adoptedAccounts.map((account) => [account.name, { ...account, how: "adopted" }])
  ]);
  const radius = new Map(plan.blastRadius.map((entry) => [entry.changeId, entry]));
  return plan.changes.filter(
    (change) => !accounted.has(change.id) || handledAccounts.has(change.id) && leftOverAccounts(change).length > 0 || undone(change)
  ).map((change) => {
    const account = change.kind === CHANGE_KINDS.createAccount ? made.get(String(change.scope.account)) : void 0;
    const acted = accounted.has(change.id) && perInstance(change) ? [...leftOverAccounts(change), ...undoneAccounts(change)] : accountsActedIn(change);
    const members = instancesActedOn(change).filter((member) => acted.some((name) => member.startsWith(`${name}/`)));
    const heldBackBy = report.heldBack?.[change.id];
    const reached = acted.length > 0 ? [] : accountsReached(radius.get(change.id));
    return {
      id: change.id,
      description: account ? `Move account ${account.name} (${account.id}), ${account.how} by this run, from the root to ${change.scope.ou ?? ""}` : acted.length < accountsActedIn(change).length ? `${change.description}; left to do in ${listNames(acted)}` : change.description,
      action: account ? "change" : change.action,
      ...acted.length > 0 ? { accounts: acted } : {},
      ...reached.length > 0 ? { reaches: reached } : {},
      ...members.length > 0 ? { members } : {},
      ...undone(change) ? { undoneDuringRun: true } : {},
      ...heldBackBy ? {
        heldBackBy,
        heldBackByDescription: report.refused.find((refused) => refused.id === heldBackBy)?.description ?? heldBackBy
      } : {}
    };
  });
}
function settleUndone(report) {
  for (const change of report.pending.filter((pending) => pending.undoneDuringRun))
    dropApplied(report, change.id, { accounts: change.accounts ?? [], members: change.members ?? [] });
}
function dropApplied(report, id, where) {
  report.changesApplied = report.changesApplied.flatMap((record) => {
    if (record.id !== id) return [record];
    if (where.members.length > 0 && record.members?.length) {
      const members2 = record.members.filter((member) => !where.members.includes(member));
      if (members2.length === 0) return [];
      const accounts = record.accounts?.filter((account) => members2.some((member) => member.startsWith(`${account}/`)));
      return [{ ...record, members: members2, ...accounts ? { accounts } : {} }];
    }
    if (where.accounts.length === 0 || !record.accounts?.length) return [];
    const left = record.accounts.filter((account) => !where.accounts.includes(account));
    if (left.length === 0) return [];
    const members = record.members?.filter((member) => left.some((account) => member.startsWith(`${account}/`)));
    return [{ ...record, accounts: left, ...members ? { members } : {} }];
  });
}

// src/apply/organization-changes.ts
var import_client_organizations3 = __toESM(require_dist_cjs4(), 1);
var MANAGED_BY = [{ Key: MANAGED_BY_TAG.key, Value: MANAGED_BY_TAG.value }];
async function enableScpPolicyType(_change, context) {
  try {
    await context.clients.organizations.send(
      new import_client_organizations3.EnablePolicyTypeCommand({ RootId: context.targets.rootId, PolicyType: "SERVICE_CONTROL_POLICY" })
    );
  } catch (error) {
    if (errorName(error) !== "PolicyTypeAlreadyEnabledException") throw error;
  }
}
async function createOrganizationalUnit(change, context) {
  const { name, parent } = changeFields(change, "after", ["name", "parent"]);
  const path = change.target.slice("ou:".length);
  const parentId = context.targets.targetId(parent);
  let id;
  try {
    const { OrganizationalUnit } = await context.clients.organizations.send(
      new import_client_organizations3.CreateOrganizationalUnitCommand({ ParentId: parentId, Name: name, Tags: MANAGED_BY })
    );
    id = OrganizationalUnit?.Id;
  } catch (error) {
    if (errorName(error) !== "DuplicateOrganizationalUnitException") throw error;
    id = await findChildOrganizationalUnit(context, parentId, name);
    if (!id)
      throw new ChangeError(
        `AWS reports that an OU named '${name}' already exists under ${parent === "root" ? "the root" : parent.slice("ou:".length)}, but does not list it yet. Re-run apply in a minute.`,
        true
      );
    if (!await isTaggedManagedBy(context, id))
      throw new ChangeError(
        `An OU named '${name}' was created under ${parent === "root" ? "the root" : parent.slice("ou:".length)} since the plan (${id}), not by vend: it is not tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}, and vend does not take over an OU the approved plan did not show. Plan again: the plan shows its adoption, for a reviewer to approve.`
      );
  }
  if (id) context.targets.registerOrganizationalUnit(path, id);
}
async function adoptOrganizationalUnit(change, context) {
  const { id } = changeFields(change, "before", ["id"]);
  await context.clients.organizations.send(new import_client_organizations3.TagResourceCommand({ ResourceId: id, Tags: MANAGED_BY }));
}
async function findChildOrganizationalUnit(context, parentId, name) {
  for await (const page of (0, import_client_organizations3.paginateListOrganizationalUnitsForParent)(
    { client: context.clients.organizations },
    { ParentId: parentId }
  )) {
    const found = page.OrganizationalUnits?.find((unit) => unit.Name === name);
    if (found?.Id) return found.Id;
  }
  return void 0;
}
async function createScp(change, context) {
  const { name, description, content } = changeFields(change, "after", ["name", "description", "content"]);
  let id;
  try {
    const { Policy } = await context.clients.organizations.send(
      new import_client_organizations3.CreatePolicyCommand({
        Name: name,
        Description: description,
        Content: content,
        Type: "SERVICE_CONTROL_POLICY",
        Tags: MANAGED_BY
      })
    );
    id = Policy?.PolicySummary?.Id;
  } catch (error) {
    if (errorName(error) !== "DuplicatePolicyException") throw error;
    id = await ownedScpId(context, name);
  }
  if (id) context.targets.registerPolicy(name, id);
}
async function ownedScpId(context, name) {
  const policy = await findScp(context, name);
  if (!policy?.Id)
    throw new ChangeError(
      `AWS reports that an SCP named '${name}' already exists, but does not list it yet. Re-run apply in a minute.`,
      true
    );
  if (policy.AwsManaged !== true && await isTaggedManagedBy(context, policy.Id)) return policy.Id;
  throw new ChangeError(
    `An SCP named '${name}' already exists (${policy.Id}) but is not tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}; vend will not change a policy it does not own. Rename the catalogue entry, or tag the policy to hand it to vend, then re-run apply.`
  );
}
async function findScp(context, name) {
  for await (const page of (0, import_client_organizations3.paginateListPolicies)(
    { client: context.clients.organizations },
    { Filter: "SERVICE_CONTROL_POLICY" }
  )) {
    const found = page.Policies?.find((policy) => policy.Name === name);
    if (found) return found;
  }
  return void 0;
}
async function isTaggedManagedBy(context, resourceId) {
  for await (const page of (0, import_client_organizations3.paginateListTagsForResource)(
    { client: context.clients.organizations },
    { ResourceId: resourceId }
  )) {
    if (page.Tags?.some((tag) => tag.Key === MANAGED_BY_TAG.key && tag.Value === MANAGED_BY_TAG.value)) return true;
  }
  return false;
}
async function adoptScp(change, context) {
  const { id } = changeFields(change, "before", ["id"]);
  await context.clients.organizations.send(new import_client_organizations3.TagResourceCommand({ ResourceId: id, Tags: MANAGED_BY }));
}
async function updateScp(change, context) {
  const { name, description, content } = changeFields(change, "after", ["name", "description", "content"]);
  await context.clients.organizations.send(
    new import_client_organizations3.UpdatePolicyCommand({ PolicyId: context.targets.policyId(name), Description: description, Content: content })
  );
}
async function attachScp(change, context) {
  const { policy, target } = changeFields(change, "after", ["policy", "target"]);
  try {
    await context.clients.organizations.send(
      new import_client_organizations3.AttachPolicyCommand({
        PolicyId: context.targets.policyId(policy),
        TargetId: context.targets.targetId(target)
      })
    );
  } catch (error) {
    if (errorName(error) !== "DuplicatePolicyAttachmentException") throw error;
  }
}
async function deleteScp(change, context) {
  const { id } = changeFields(change, "before", ["id"]);
  try {
    await context.clients.organizations.send(new import_client_organizations3.DeletePolicyCommand({ PolicyId: id }));
  } catch (error) {
    if (errorName(error) !== "PolicyNotFoundException") throw error;
  }
}
async function detachScp(change, context) {
  const { policy, target } = changeFields(change, "before", ["policy", "target"]);
  try {
    await context.clients.organizations.send(
      new import_client_organizations3.DetachPolicyCommand({
        PolicyId: context.targets.policyId(policy),
        TargetId: context.targets.targetId(target)
      })
    );
  } catch (error) {
    if (errorName(error) !== "PolicyNotAttachedException") throw error;
  }
}

// src/apply/stack-set-operations.ts
var import_client_cloudformation2 = __toESM(require_dist_cjs2(), 1);

// src/apply/stack-set-parameters.ts
function toParameters(values) {
  return Object.entries(values).map(([ParameterKey, ParameterValue]) => ({ ParameterKey, ParameterValue }));
}
function stackSetParameters(values, secret) {
  return Object.entries(values).map(
    ([ParameterKey, ParameterValue]) => secret.includes(ParameterKey) && isMaskedValue(ParameterValue) ? { ParameterKey, UsePreviousValue: true } : { ParameterKey, ParameterValue }
  );
}
function instanceOverrides(values, secret, action) {
  const parameters = stackSetParameters(values, secret);
  return action === "UPDATE" ? parameters : parameters.filter((parameter) => !parameter.UsePreviousValue);
}

// src/apply/stack-set-operation-runs.ts
var import_client_cloudformation = __toESM(require_dist_cjs2(), 1);
import { randomUUID } from "node:crypto";
var FINISHED = /* @__PURE__ */ new Set(["SUCCEEDED", "FAILED", "STOPPED"]);
var FAILURE_REASONS_SHOWN = 5;
var RUNNING = /* @__PURE__ */ new Set(["RUNNING", "QUEUED", "STOPPING"]);
var START_ATTEMPTS = 5;
async function runOperation(context, stackSet, action, changeId, expectedInstances, start) {
  let operationId;
  for (let attempt = 1; ; attempt++) {
    const requested = randomUUID();
    try {
      operationId = (await start(requested)).OperationId ?? requested;
      break;
    } catch (error) {
      if (errorName(error) !== "OperationInProgressException" || attempt >= START_ATTEMPTS) throw error;
      await waitForRunningOperations(context, stackSet);
    }
  }
  const { succeededMembers, ...result } = await waitForOperation(
    context,
    stackSet,
    action,
    operationId,
    expectedInstances
  );
  context.report.baselineResults.push({ ...result, changeId });
  const failing = (error) => Object.assign(error, { succeeded: succeededMembers });
  if (result.status === "TIMED_OUT") {
    throw failing(
      new ChangeError(
        `StackSet ${stackSet} operation ${operationId} was still running after ${describeDuration(context.schedules.stackSetOperation.timeoutMs)}. It goes on in AWS; re-run apply once it has finished (CloudFormation console: StackSets > ${stackSet} > Operations).`
      )
    );
  }
  if (expectedInstances !== void 0 && expectedInstances > result.succeeded + result.failed.length)
    throw failing(
      new ChangeError(
        `StackSet ${stackSet} operation ${operationId} ended ${result.status}, but lists a result for only ${result.succeeded + result.failed.length} of its ${countOf(expectedInstances, "instance")}, ${result.succeeded} of them SUCCEEDED. Re-run apply: the plan redeploys the instances that are not current.`
      )
    );
  if (result.status !== "SUCCEEDED" || result.failed.length > 0) {
    const byReason = /* @__PURE__ */ new Map();
    const failedInOrder = [...result.failed].sort(
      (a, b) => compareText(a.account, b.account) || compareText(a.region, b.region)
    );
    for (const instance of failedInOrder) {
      const reason = instance.reason.replace(/[.\s]+$/, "");
      byReason.set(reason, [...byReason.get(reason) ?? [], `${instance.account} in ${instance.region}`]);
    }
    const reasons = [...byReason];
    const failed = [
      ...reasons.slice(0, FAILURE_REASONS_SHOWN).map(([reason, places]) => `${listNames(places, LISTED_NAMES)}: ${reason}`),
      ...reasons.length > FAILURE_REASONS_SHOWN ? [
        `and ${reasons.length - FAILURE_REASONS_SHOWN} other reasons (CloudFormation console: StackSets > ${stackSet} > Operations)`
      ] : []
    ].join("; ");
    throw failing(
      new ChangeError(
        `StackSet ${stackSet} operation ${operationId} ended ${result.status}${result.failed.length > 0 ? ` with ${result.failed.length} failed instance${result.failed.length === 1 ? "" : "s"}: ${failed}` : ` with no instance failing${result.statusReason ? `: ${result.statusReason.replace(/[.\s]+$/, "")}` : ", and AWS gave no reason"}`}. Fix the cause in the baseline template or the account, then re-run apply.`
      )
    );
  }
}
async function waitForOperation(context, stackSet, action, operationId, expectedInstances) {
  const CallAs = stackSetCallAs(context.desired);
  let lastProgress = "";
  let statusReason;
  const { value: status, timedOut } = await pollUntil(
    context.clock,
    context.schedules.stackSetOperation,
    async () => {
      const { StackSetOperation } = await context.clients.cloudFormation.send(
        new import_client_cloudformation.DescribeStackSetOperationCommand({ StackSetName: stackSet, OperationId: operationId, CallAs })
      );
      const current = StackSetOperation?.Status ?? "UNKNOWN";
      statusReason = StackSetOperation?.StatusReason;
      if (!FINISHED.has(current)) {
        const results2 = await operationResults(context, stackSet, operationId);
        const done = results2.filter((result) => result.Status !== "PENDING" && result.Status !== "RUNNING").length;
        const progress = `${stackSet}: ${done}/${expectedInstances ?? results2.length} instances`;
        if (progress !== lastProgress) context.log(progress);
        lastProgress = progress;
      }
      return current;
    },
    (current) => FINISHED.has(current)
  );
  const results = await operationResults(context, stackSet, operationId);
  const failed = results.filter(
    (result) => timedOut ? result.Status === "FAILED" || result.Status === "CANCELLED" : result.Status !== "SUCCEEDED"
  ).map((result) => ({
    account: context.targets.accountLabel(result.Account ?? ""),
    region: result.Region ?? "",
    reason: result.StatusReason ?? (result.Status === "CANCELLED" ? "cancelled: the operation stopped after other instances failed" : result.Status === "FAILED" ? "no reason given" : `its result is ${result.Status ?? "missing"} though the operation ended`)
  }));
  const succeededResults = results.filter((result) => result.Status === "SUCCEEDED");
  const succeeded = succeededResults.length;
  const succeededAccounts = [
    ...new Set(succeededResults.map((result) => context.targets.accountLabel(result.Account ?? "")))
  ];
  const expected = expectedInstances ?? results.length;
  if (!timedOut)
    context.log(
      expected === 0 ? `${stackSet}: operation ${status.toLowerCase()}; AWS listed no instance results for it` : `${stackSet}: operation ${status.toLowerCase()}, ${succeeded}/${expected} instance${expected === 1 ? "" : "s"} succeeded`
    );
  return {
    stackSet,
    action,
    operationId,
    status: timedOut ? "TIMED_OUT" : status,
    succeeded,
    succeededAccounts,
    failed,
    ...statusReason && (timedOut ? "TIMED_OUT" : status) !== "SUCCEEDED" ? { statusReason } : {},
    // As the change names its instances (`name/region`, an account no manifest declares by its id).
    succeededMembers: succeededResults.map(
      (result) => `${context.targets.accountLabel(result.Account ?? "").replace(/ \(\d{12}\)$/, "")}/${result.Region ?? ""}`
    )
  };
}
async function operationResults(context, stackSet, operationId) {
  const results = [];
  const pages = (0, import_client_cloudformation.paginateListStackSetOperationResults)(
    { client: context.clients.cloudFormation },
    { StackSetName: stackSet, OperationId: operationId, CallAs: stackSetCallAs(context.desired) }
  );
  for await (const page of pages) results.push(...page.Summaries ?? []);
  return results;
}
async function waitForRunningOperations(context, stackSet) {
  const CallAs = stackSetCallAs(context.desired);
  const running = [];
  for await (const page of (0, import_client_cloudformation.paginateListStackSetOperations)(
    { client: context.clients.cloudFormation },
    { StackSetName: stackSet, CallAs }
  )) {
    for (const operation of page.Summaries ?? [])
      if (operation.OperationId && RUNNING.has(operation.Status ?? "")) running.push(operation.OperationId);
  }
  if (running.length === 0) {
    await context.clock.sleep(context.schedules.retryDelayMs);
    return;
  }
  for (const operationId of running) {
    context.log(`${stackSet}: waiting for operation ${operationId}, which was already running`);
    const { timedOut } = await pollUntil(
      context.clock,
      context.schedules.stackSetOperation,
      async () => (await context.clients.cloudFormation.send(
        new import_client_cloudformation.DescribeStackSetOperationCommand({ StackSetName: stackSet, OperationId: operationId, CallAs })
      )).StackSetOperation?.Status ?? "UNKNOWN",
      (status) => !RUNNING.has(status)
    );
    if (timedOut)
      throw new ChangeError(
        `StackSet ${stackSet} is busy with operation ${operationId}, still running after ${describeDuration(context.schedules.stackSetOperation.timeoutMs)}. Re-run apply once it has finished.`
      );
  }
}

// src/apply/stack-set-operations.ts
async function createStackSet(change, context) {
  const { templateBody, parameters } = changeFields(change, "after", ["templateBody", "parameters"]);
  const settings = context.desired.organization.stackSets;
  const permissions = settings.permissionModel === "SERVICE_MANAGED" ? {
    PermissionModel: "SERVICE_MANAGED",
    AutoDeployment: { Enabled: false },
    CallAs: stackSetCallAs(context.desired)
  } : {
    PermissionModel: "SELF_MANAGED",
    AdministrationRoleARN: settings.administrationRoleArn,
    ExecutionRoleName: accountAccessRoleName(settings)
  };
  try {
    await context.clients.cloudFormation.send(
      new import_client_cloudformation2.CreateStackSetCommand({
        StackSetName: stackSetNameOf(change),
        TemplateBody: templateBody,
        Parameters: toParameters(parameters),
        Capabilities: capabilitiesFor(templateBody),
        Tags: [{ Key: MANAGED_BY_TAG.key, Value: MANAGED_BY_TAG.value }],
        ...permissions
      })
    );
  } catch (error) {
    if (errorName(error) !== "NameAlreadyExistsException") throw error;
    const { StackSet } = await context.clients.cloudFormation.send(
      new import_client_cloudformation2.DescribeStackSetCommand({ StackSetName: stackSetNameOf(change), CallAs: stackSetCallAs(context.desired) })
    );
    if (!StackSet?.Tags?.some((tag) => tag.Key === MANAGED_BY_TAG.key && tag.Value === MANAGED_BY_TAG.value))
      throw new ChangeError(
        `A StackSet named '${stackSetNameOf(change)}' was created since the plan, and not by vend (it is not tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}); vend will not deploy into it. Rename the baseline, or tag the StackSet to hand it to vend, then plan again.`
      );
  }
}
function capabilitiesFor(templateBody) {
  return declaresTransform(templateBody) ? ["CAPABILITY_NAMED_IAM", "CAPABILITY_AUTO_EXPAND"] : ["CAPABILITY_NAMED_IAM"];
}
function updateStackSet(change, context) {
  return redeployStackSet(change, context, void 0);
}
async function adoptStackSet(change, context) {
  const { StackSet } = await context.clients.cloudFormation.send(
    new import_client_cloudformation2.DescribeStackSetCommand({ StackSetName: stackSetNameOf(change), CallAs: stackSetCallAs(context.desired) })
  );
  const tags = (StackSet?.Tags ?? []).filter((tag) => tag.Key !== MANAGED_BY_TAG.key);
  return redeployStackSet(change, context, tags);
}
async function redeployStackSet(change, context, otherTags) {
  const { templateBody, parameters } = changeFields(change, "after", ["templateBody", "parameters"]);
  const settings = context.desired.organization.stackSets;
  const permissions = settings.permissionModel === "SERVICE_MANAGED" ? { CallAs: stackSetCallAs(context.desired), AutoDeployment: { Enabled: false } } : { AdministrationRoleARN: settings.administrationRoleArn, ExecutionRoleName: accountAccessRoleName(settings) };
  const stackSet = stackSetNameOf(change);
  await runOperation(
    context,
    stackSet,
    "UPDATE",
    change.id,
    void 0,
    (OperationId) => context.clients.cloudFormation.send(
      new import_client_cloudformation2.UpdateStackSetCommand({
        StackSetName: stackSet,
        OperationId,
        TemplateBody: templateBody,
        Parameters: stackSetParameters(parameters, noEchoIn(templateBody)),
        Capabilities: capabilitiesFor(templateBody),
        OperationPreferences: operationPreferences(context.desired),
        ...otherTags ? { Tags: [...otherTags, { Key: MANAGED_BY_TAG.key, Value: MANAGED_BY_TAG.value }] } : {},
        ...permissions
      })
    )
  );
}
function addStackInstances(change, context) {
  return deployStackInstances(change, context, "CREATE");
}
function updateStackInstances(change, context) {
  return deployStackInstances(change, context, "UPDATE");
}
async function deployStackInstances(change, context, action) {
  const { instances, parameterOverrides } = changeFields(change, "after", [
    "instances",
    "parameterOverrides"
  ]);
  const stackSet = stackSetNameOf(change);
  const baseline = context.desired.baselines.find(
    (candidate) => stackSetName(context.desired.organization.stackSets.namePrefix, candidate.name) === stackSet
  );
  const secret = baseline ? noEchoIn(baseline.templateBody) : [];
  const accountIds = instances.map((instance) => ({
    accountId: context.targets.account(instance.account).id,
    region: instance.region
  }));
  const names = new Map(instances.map((instance) => [context.targets.account(instance.account).id, instance.account]));
  for (const [group, batch, notSent] of operationsOf(context, accountIds, names))
    await reportingNotSent(
      change,
      notSent,
      () => runOperation(context, stackSet, action, change.id, batch.accounts * group.regions.length, (OperationId) => {
        const input = {
          StackSetName: stackSet,
          OperationId,
          ...batch.targets,
          Regions: group.regions,
          ParameterOverrides: instanceOverrides(parameterOverrides, secret, action),
          OperationPreferences: operationPreferences(context.desired),
          CallAs: stackSetCallAs(context.desired)
        };
        return context.clients.cloudFormation.send(
          action === "CREATE" ? new import_client_cloudformation2.CreateStackInstancesCommand(input) : new import_client_cloudformation2.UpdateStackInstancesCommand(input)
        );
      })
    );
}
async function removeStackInstances(change, context) {
  const { stackSet, instances } = changeFields(change, "before", ["stackSet", "instances"]);
  const names = new Map(instances.map((instance) => [instance.accountId, instance.account ?? instance.accountId]));
  for (const [group, batch, notSent] of operationsOf(context, instances, names))
    await reportingNotSent(
      change,
      notSent,
      () => runOperation(
        context,
        stackSet,
        "DELETE",
        change.id,
        batch.accounts * group.regions.length,
        (OperationId) => context.clients.cloudFormation.send(
          new import_client_cloudformation2.DeleteStackInstancesCommand({
            StackSetName: stackSet,
            OperationId,
            ...batch.targets,
            Regions: group.regions,
            RetainStacks: false,
            OperationPreferences: operationPreferences(context.desired),
            CallAs: stackSetCallAs(context.desired)
          })
        )
      )
    );
}
async function deleteStackSet(change, context) {
  const stackSet = stackSetNameOf(change);
  for (let attempt = 1; ; attempt++) {
    try {
      await context.clients.cloudFormation.send(
        new import_client_cloudformation2.DeleteStackSetCommand({ StackSetName: stackSet, CallAs: stackSetCallAs(context.desired) })
      );
      return;
    } catch (error) {
      if (errorName(error) === "StackSetNotFoundException") return;
      if (errorName(error) === "StackSetNotEmptyException") {
        throw new ChangeError(
          `StackSet ${stackSet} still has stack instances, so it cannot be deleted. Remove them first (the plan does, with allow-destructive), then re-run apply.`
        );
      }
      if (errorName(error) !== "OperationInProgressException" || attempt >= START_ATTEMPTS) throw error;
      await waitForRunningOperations(context, stackSet);
    }
  }
}
var OUS_PER_OPERATION = 50;
function deploymentTargetBatches(context, accountIds) {
  if (context.desired.organization.stackSets.permissionModel !== "SERVICE_MANAGED")
    return [{ targets: { Accounts: [...accountIds] }, accounts: accountIds.length }];
  const byParent = /* @__PURE__ */ new Map();
  for (const id of accountIds) {
    const parent = context.targets.accountById(id)?.parentId ?? context.targets.rootId;
    byParent.set(parent, [...byParent.get(parent) ?? [], id]);
  }
  const parents = [...byParent.keys()].sort();
  const batches = [];
  for (let start = 0; start < parents.length; start += OUS_PER_OPERATION) {
    const chunk = parents.slice(start, start + OUS_PER_OPERATION);
    const accounts = chunk.flatMap((parent) => byParent.get(parent));
    batches.push({
      targets: {
        DeploymentTargets: {
          Accounts: accounts,
          OrganizationalUnitIds: chunk,
          AccountFilterType: "INTERSECTION"
        }
      },
      accounts: accounts.length
    });
  }
  return batches;
}
function operationsOf(context, instances, names) {
  const operations = groupByRegions(instances).flatMap(
    (group) => deploymentTargetBatches(context, group.accountIds).map((batch) => {
      const ids = "Accounts" in batch.targets ? batch.targets.Accounts : batch.targets.DeploymentTargets.Accounts ?? [];
      const members = ids.flatMap((id) => group.regions.map((region) => `${names.get(id) ?? id}/${region}`));
      return { group, batch, members };
    })
  );
  return operations.map(({ group, batch }, index) => [
    group,
    batch,
    {
      notSent: operations.slice(index + 1).flatMap((operation) => operation.members),
      succeeded: operations.slice(0, index).flatMap((operation) => operation.members)
    }
  ]);
}
async function reportingNotSent(change, others, run) {
  try {
    await run();
  } catch (error) {
    const changeError = toChangeError(error, change.description);
    if (others.notSent.length > 0) changeError.notSent = others.notSent;
    const succeeded = [...others.succeeded, ...changeError.succeeded ?? []];
    if (succeeded.length > 0) changeError.succeeded = succeeded;
    throw changeError;
  }
}
function groupByRegions(instances) {
  const regionsByAccount = /* @__PURE__ */ new Map();
  for (const { accountId, region } of instances)
    regionsByAccount.set(accountId, (regionsByAccount.get(accountId) ?? /* @__PURE__ */ new Set()).add(region));
  const groups = /* @__PURE__ */ new Map();
  for (const [accountId, regions] of regionsByAccount) {
    const sorted = [...regions].sort();
    const key = sorted.join(",");
    const group = groups.get(key) ?? { accountIds: [], regions: sorted };
    group.accountIds.push(accountId);
    groups.set(key, group);
  }
  return [...groups.entries()].sort(([a], [b]) => compareText(a, b)).map(([, group]) => ({ ...group, accountIds: group.accountIds.sort() }));
}
function operationPreferences(desired) {
  const preferences = desired.organization.stackSets.operationPreferences;
  return {
    MaxConcurrentPercentage: preferences.maxConcurrentPercentage,
    MaxConcurrentCount: preferences.maxConcurrentCount,
    FailureTolerancePercentage: preferences.failureTolerancePercentage,
    FailureToleranceCount: preferences.failureToleranceCount,
    RegionConcurrencyType: preferences.regionConcurrencyType,
    ConcurrencyMode: preferences.concurrencyMode
  };
}

// src/apply/run-stage.ts
var EXECUTORS = {
  [CHANGE_KINDS.enableScpType]: enableScpPolicyType,
  [CHANGE_KINDS.createOrganizationalUnit]: createOrganizationalUnit,
  [CHANGE_KINDS.adoptOrganizationalUnit]: adoptOrganizationalUnit,
  [CHANGE_KINDS.createScp]: createScp,
  [CHANGE_KINDS.adoptScp]: adoptScp,
  [CHANGE_KINDS.updateScp]: updateScp,
  [CHANGE_KINDS.deleteScp]: deleteScp,
  [CHANGE_KINDS.createAccount]: createAccount,
  [CHANGE_KINDS.adoptAccount]: adoptAccount,
  [CHANGE_KINDS.moveAccount]: moveExistingAccount,
  [CHANGE_KINDS.tagAccount]: tagAccount,
  [CHANGE_KINDS.untagAccount]: untagAccount,
  [CHANGE_KINDS.renameAccount]: renameAccount,
  [CHANGE_KINDS.attachScp]: attachScp,
  [CHANGE_KINDS.detachScp]: detachScp,
  [CHANGE_KINDS.createStackSet]: createStackSet,
  [CHANGE_KINDS.adoptStackSet]: adoptStackSet,
  [CHANGE_KINDS.updateStackSet]: updateStackSet,
  [CHANGE_KINDS.addStackInstances]: addStackInstances,
  [CHANGE_KINDS.updateStackInstances]: updateStackInstances,
  [CHANGE_KINDS.recordParameterOverrides]: recordParameterOverrides,
  [CHANGE_KINDS.removeStackInstances]: removeStackInstances,
  [CHANGE_KINDS.deleteStackSet]: deleteStackSet,
  [CHANGE_KINDS.closeAccount]: closeAccount
};
var STAGE_NAMES = {
  1: "SCP policy type",
  2: "organizational units",
  3: "service control policies and their attachments to the root and OUs",
  4: "accounts (and SCPs attached to an OU once the accounts leaving it have moved)",
  5: "SCP attachments to accounts",
  6: "baselines (StackSets)",
  7: "detachments, removals, deletions, closures and override records (last)"
};
var ACCOUNT_STAGE = STAGE_OF_KIND[CHANGE_KINDS.createAccount];
var ACCOUNT_CREATION_CONCURRENCY = 5;
var STAGE_CONCURRENCY = 8;
async function runStage(plan, stage, context, options) {
  const stageOf2 = stagesAsApproved(options.approved);
  const inStage = plan.changes.filter((change) => stageOf2(change) === stage);
  const { allowed, refused } = authorizeChanges(inStage, {
    ...options,
    grownReach: reachBeyond(plan, options.approved),
    lostScps: scpsLostSince(plan, options.approved)
  });
  const radius = new Map(plan.blastRadius.map((entry) => [entry.changeId, entry]));
  for (const change of refused) {
    if (context.report.refused.some((known) => known.id === change.id)) continue;
    const reached = change.accounts?.length ? [] : accountsReached(radius.get(change.id));
    context.report.refused.push({ ...change, ...reached.length > 0 ? { reaches: reached } : {} });
  }
  const unfinished = /* @__PURE__ */ new Set([
    ...plan.changes.filter((change) => stageOf2(change) < stage).map((change) => change.id),
    ...refused.map((change) => change.id)
  ]);
  const runnable = [];
  const outcomes = /* @__PURE__ */ new Map();
  const narrowings = [];
  for (const change of allowed) {
    const adding = change.kind === CHANGE_KINDS.addStackInstances;
    const removing = change.kind === CHANGE_KINDS.removeStackInstances;
    const narrowed = adding ? withReadyAccounts(change, unfinished, context, narrowings) : removing ? withSettledAccounts(change, unfinished, narrowings) : change;
    const dependencies = adding ? change.dependsOn.filter((id) => !isAccountReadinessChangeId(id)) : removing ? change.dependsOn.filter((id) => !id.startsWith(`${CHANGE_KINDS.moveAccount}:`)) : change.dependsOn;
    const blocker = narrowed === void 0 ? adding ? firstUnfinishedAccountChange(change, unfinished) : change.dependsOn.find((id) => unfinished.has(id)) : dependencies.find((id) => unfinished.has(id));
    if (blocker !== void 0) {
      outcomes.set(change.id, { status: "blocked", by: blocker });
      unfinished.add(change.id);
    } else if (narrowed) runnable.push(narrowed);
  }
  const waiting = [...outcomes.values()].filter((outcome) => outcome.status === "blocked").length;
  context.log(
    `Stage ${stage}, ${STAGE_NAMES[stage] ?? "changes"}${options.attempt && options.attempt.number > 1 ? ` (try ${options.attempt.number} of ${options.attempt.of}, after a failure AWS said was passing)` : ""}: ${runnable.length} change${runnable.length === 1 ? "" : "s"}${refused.length > 0 ? `, ${refused.length} refused` : ""}${waiting > 0 ? `, ${waiting} waiting on one refused or not completed` : ""}`
  );
  for (const change of refused) context.log(`\u2013 ${change.description}: refused. ${change.reason}`);
  for (const note of narrowings) context.log(note);
  const execute = async (change) => {
    await EXECUTORS[change.kind](change, context);
    context.log(`\u2713 ${change.description}`);
  };
  const executed = await executeStage(runnable, execute, {
    concurrency: stage === ACCOUNT_STAGE ? ACCOUNT_CREATION_CONCURRENCY : STAGE_CONCURRENCY,
    waitsFor: (change) => sameResourceBefore(change, runnable)
  });
  for (const [id, outcome] of executed) outcomes.set(id, outcome);
  recordOutcomes(
    outcomes,
    [...plan.changes, ...runnable],
    plan.blastRadius,
    refused.map((change) => change.id),
    context
  );
  return outcomes;
}
function withReadyAccounts(change, unfinished, context, notes) {
  const after = changeFields(change, "after", ["instances"]);
  const ready = after.instances.filter(
    (instance) => !accountReadinessChangeIds(instance.account).some((id) => unfinished.has(id)) && context.targets.findAccount(instance.account)
  );
  if (ready.length === after.instances.length) return change;
  const skipped = [
    ...new Set(after.instances.filter((instance) => !ready.includes(instance)).map((instance) => instance.account))
  ];
  notes.push(
    `${change.description}: skipping ${skipped.length === 1 ? "account" : "accounts"} ${skipped.join(", ")} until ${skipped.length === 1 ? "it is" : "they are"} ready`
  );
  if (ready.length === 0) return void 0;
  const description = `${change.description}: ${ready.length} of ${after.instances.length} now; ${skipped.join(", ")} ${skipped.length === 1 ? "waits" : "wait"} until ready`;
  return { ...change, description, after: { ...after, instances: ready } };
}
function withSettledAccounts(change, unfinished, notes) {
  const before = changeFields(change, "before", ["instances"]);
  const waiting = (account) => {
    const move = `${CHANGE_KINDS.moveAccount}:${accountReference(account ?? "")}`;
    return change.dependsOn.includes(move) && unfinished.has(move);
  };
  const settled = before.instances.filter((instance) => !waiting(instance.account));
  if (settled.length === before.instances.length) return change;
  const skipped = [
    ...new Set(before.instances.filter((instance) => waiting(instance.account)).map((instance) => instance.account))
  ];
  notes.push(
    `${change.description}: keeping the instances of ${skipped.join(", ")}, whose move did not complete: ${skipped.length === 1 ? "its" : "their"} OU still gives ${skipped.length === 1 ? "it" : "them"} the baseline`
  );
  if (settled.length === 0) return void 0;
  const description = `${change.description}: ${settled.length} of ${before.instances.length} now; ${skipped.join(", ")} ${skipped.length === 1 ? "keeps its instances" : "keep their instances"} until ${skipped.length === 1 ? "its move completes" : "their moves complete"}`;
  return { ...change, description, before: { ...before, instances: settled } };
}
function firstUnfinishedAccountChange(change, unfinished) {
  const after = changeFields(change, "after", ["instances"]);
  return after.instances.flatMap((instance) => accountReadinessChangeIds(instance.account)).find((id) => unfinished.has(id)) ?? change.dependsOn.find((id) => unfinished.has(id)) ?? "an account that does not exist yet";
}
function sameResourceBefore(change, changes) {
  if (!change.target.startsWith("stackset:")) return [];
  const index = changes.indexOf(change);
  const previous = changes.slice(0, index).reverse().find((other) => other.target === change.target);
  return previous ? [previous.id] : [];
}
function recordOutcomes(outcomes, changes, blastRadius, refusedIds, context) {
  const { report } = context;
  const byId = new Map(changes.map((change) => [change.id, change]));
  const refused = new Set(refusedIds);
  const radius = new Map(blastRadius.map((entry) => [entry.changeId, entry]));
  const endpointLost = [...outcomes.values()].some(
    (outcome) => outcome.status === "failed" && outcome.error.unreachable
  );
  const applied = new Set(report.changesApplied.map((change) => change.id));
  const notInEffect = (kind) => changes.filter(
    (change) => change.kind === kind && !change.target.startsWith("account:") && !applied.has(change.id) && outcomes.get(change.id)?.status !== "applied"
  );
  const notAttached = new Set(notInEffect(CHANGE_KINDS.attachScp).map((change) => String(change.scope.scp)));
  const notDetached = new Set(
    notInEffect(CHANGE_KINDS.detachScp).map((change) => `${String(change.scope.scp)}@${change.target}`)
  );
  const blockingDescription = (blocker) => byId.get(blocker)?.description ?? report.failures.find((failure) => failure.id === blocker)?.description ?? blocker;
  for (const [id, outcome] of outcomes) {
    const change = byId.get(id);
    const actedInAll = change ? accountsActedIn(change) : [];
    const reached = actedInAll.length > 0 ? [] : accountsReached(radius.get(id));
    const detail = change ? changeDetail(change, radius.get(id), notAttached, notDetached) : void 0;
    const notSent = new Set(outcome.status === "failed" ? outcome.error.notSent ?? [] : []);
    const acted = change ? instancesActedOn(change) : [];
    const succeeded = new Set(
      outcome.status === "failed" ? (outcome.error.succeeded ?? []).filter((member) => acted.includes(member)) : []
    );
    const members = acted.filter((member) => !notSent.has(member) && !succeeded.has(member));
    const inAccounts = (list) => actedInAll.filter((account) => list.some((member) => member.startsWith(`${account}/`)));
    const actedIn = notSent.size + succeeded.size === 0 ? actedInAll : inAccounts(members);
    const noneFailed = members.length === 0 && notSent.size === 0;
    const description = notSent.size + succeeded.size === 0 ? change?.description ?? id : noneFailed ? `${change?.description ?? id}, whose every stack instance went through (the ${countOf(succeeded.size, "stack instance")} in ${listNames(inAccounts([...succeeded]))}), though its operation ended as a failure` : `${change?.description ?? id}, of which the ${countOf(members.length, "stack instance")} in ${listNames(actedIn)} failed${succeeded.size > 0 ? `; the ${countOf(succeeded.size, "stack instance")} in ${listNames(inAccounts([...succeeded]))} went through` : ""}${notSent.size > 0 ? `; the ${countOf(notSent.size, "other")} ${notSent.size === 1 ? "was" : "were"} not sent and ${notSent.size === 1 ? "is" : "are"} still planned` : ""}`;
    const accounts = {
      ...actedIn.length > 0 ? { accounts: actedIn } : {},
      ...members.length > 0 ? { members } : {},
      ...reached.length > 0 ? { reaches: reached } : {},
      ...detail ? { detail } : {}
    };
    report.failures = report.failures.filter((failure) => failure.id !== id);
    if (outcome.status === "applied" || outcome.status === "failed")
      dropApplied(report, id, { accounts: actedIn, members });
    if (succeeded.size > 0)
      report.changesApplied.push({
        id,
        description: `${change?.description ?? id}: done in ${listNames(inAccounts([...succeeded]))}, ${noneFailed ? "though its operation ended as a failure" : "while its other stack instances failed or were not sent"}`,
        accounts: inAccounts([...succeeded]),
        members: [...succeeded]
      });
    if (outcome.status === "applied") {
      report.changesApplied.push({ id, description, ...accounts });
      continue;
    }
    if (outcome.status === "not-attempted" || outcome.status === "failed" && outcome.error.unreachable) continue;
    if (outcome.status === "blocked" && endpointLost) continue;
    const blocker = outcome.status === "blocked" ? outcome.by : void 0;
    const refusedRoot = blocker === void 0 ? void 0 : report.heldBack?.[blocker] ?? blocker;
    if (blocker !== void 0 && refusedRoot !== void 0 && (refused.has(refusedRoot) || report.refused.some((change2) => change2.id === refusedRoot)) && !failedIds(report, outcomes).has(blocker)) {
      report.heldBack = { ...report.heldBack, [id]: refusedRoot };
      const needed = report.refused.find((change2) => change2.id === refusedRoot)?.description ?? refusedRoot;
      context.log(`\u2026 ${description}: held back, it needs "${needed}", which was refused`);
      continue;
    }
    const { message, ...blocked } = outcome.status === "failed" ? { message: outcome.error.message } : {
      // Named as a reader knows it, from this stage or an earlier one; the id says which exactly.
      message: `Not attempted: it needs ${blockingDescription(outcome.by)} (${outcome.by}), which did not complete.`,
      blockedBy: outcome.by
    };
    report.failures.push({ id, description, ...accounts, message, ...blocked });
    context.log(`\u2717 ${failureReason({ description, message }) === message ? `${description}: ${message}` : message}`);
  }
}
function failedIds(report, outcomes) {
  const failed = new Set(report.failures.map((failure) => failure.id));
  for (const [id, outcome] of outcomes) if (outcome.status === "failed") failed.add(id);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [id, outcome] of outcomes)
      if (outcome.status === "blocked" && failed.has(outcome.by) && !failed.has(id)) {
        failed.add(id);
        grew = true;
      }
  }
  return failed;
}

// src/apply/verify-baseline-roles.ts
var import_client_iam = __toESM(require_dist_cjs3(), 1);
var import_client_sts = __toESM(require_dist_cjs5(), 1);
var import_yaml = __toESM(require_dist(), 1);
var VERIFY_CONCURRENCY = 4;
async function verifyBaselineRoles(clients, desired, accounts, undeployed = /* @__PURE__ */ new Map()) {
  return mapWithConcurrency(accounts, VERIFY_CONCURRENCY, async (account) => {
    const declared = desired.accounts.find((candidate) => candidate.name === account.name);
    const named = declared ? expectedRoles(desired, declared, account.id) : [];
    const expected = named.filter((role) => !undeployed.get(account.name)?.has(role.baseline));
    const skipped = [...new Set(named.filter((role) => !expected.includes(role)).map((role) => role.baseline))];
    const notDeployed = skipped.length > 0 ? { notDeployed: skipped } : {};
    if (expected.length === 0) return { account, roles: [], ...notDeployed };
    const roleName = accountAccessRoleName(desired.organization.stackSets);
    let credentials;
    try {
      const { Credentials } = await clients.sts.send(
        new import_client_sts.AssumeRoleCommand({
          RoleArn: `arn:aws:iam::${account.id}:role/${roleName}`,
          RoleSessionName: "vend-verify"
        })
      );
      if (!Credentials?.AccessKeyId || !Credentials.SecretAccessKey) throw new Error("AWS STS returned no credentials");
      credentials = {
        accessKeyId: Credentials.AccessKeyId,
        secretAccessKey: Credentials.SecretAccessKey,
        sessionToken: Credentials.SessionToken
      };
    } catch (error) {
      if (isEndpointUnreachable(error)) throw error;
      return {
        account,
        roles: [],
        error: `${describeAwsError(error, `Assuming ${roleName} in ${account.id}`).message}. The baseline roles could not be checked.`,
        ...notDeployed
      };
    }
    const iam = createIamClient({ region: desired.organization.homeRegion, credentials });
    try {
      const roles = await mapWithConcurrency(expected, VERIFY_CONCURRENCY, (role) => checkRole(iam, role));
      return { account, roles, ...notDeployed };
    } catch (error) {
      if (isEndpointUnreachable(error)) throw error;
      return {
        account,
        roles: [],
        error: describeAwsError(error, `Reading IAM roles in ${account.id}`).message,
        ...notDeployed
      };
    } finally {
      iam.destroy();
    }
  });
}
async function checkRole(iam, role) {
  try {
    const { Role } = await iam.send(new import_client_iam.GetRoleCommand({ RoleName: role.roleName }));
    const boundary = Role?.PermissionsBoundary?.PermissionsBoundaryArn;
    return {
      ...role,
      exists: true,
      ...boundary ? { permissionsBoundaryArn: boundary } : {},
      ok: !role.boundaryExpected || boundary !== void 0
    };
  } catch (error) {
    if (errorName(error) !== "NoSuchEntityException") throw error;
    return { ...role, exists: false, ok: false };
  }
}
function expectedRoles(desired, account, accountId) {
  return account.baselines.flatMap((name) => {
    const baseline = desired.baselines.find((candidate) => candidate.name === name);
    if (!baseline) return [];
    const template = templateToJson((0, import_yaml.parseDocument)(baseline.templateBody));
    const defaults = parameterDefaults(template);
    const values = {
      ...defaults,
      ...baseline.parameters,
      ...account.parameters[name] ?? {},
      "AWS::AccountId": accountId,
      "AWS::Partition": "aws",
      "AWS::Region": desired.organization.homeRegion
    };
    return resourcesOf(template).filter((resource) => resource.type === "AWS::IAM::Role").flatMap((resource) => {
      const roleName = resolveString(resource.properties.RoleName, values);
      return roleName === void 0 ? [] : [{ baseline: name, roleName, boundaryExpected: resource.properties.PermissionsBoundary !== void 0 }];
    });
  });
}

// src/apply/execute-plan.ts
var STAGE_ATTEMPTS = 3;
var DEFAULT_SCHEDULES = {
  accountCreation: { timeoutMs: 30 * 6e4, initialDelayMs: 5e3, maxDelayMs: 3e4 },
  stackSetOperation: { timeoutMs: 60 * 6e4, initialDelayMs: 3e3, maxDelayMs: 3e4 },
  retryDelayMs: 5e3
};
async function applyPlan(options) {
  const report = await carryOutPlan(options);
  settleUndone(report);
  return report;
}
async function carryOutPlan(options) {
  const { clients, desired, approval } = options;
  const log = options.log ?? (() => void 0);
  const observe = options.observe ?? observeOrganization;
  const report = emptyApplyReport({
    source: approval.source,
    approved: true,
    digest: approval.kind === "saved-plan" ? approval.plan.digest : "",
    commit: approval.kind === "saved-plan" ? approval.plan.commit : options.commit
  });
  let approved = approval.kind === "saved-plan" ? approval.plan : void 0;
  let minimumStage = 1;
  let retryingStage;
  let attemptsAtStage = 0;
  let accountChangesLeft = false;
  let recordsLeft = false;
  let confirmingTags = false;
  let confirmedAt = -2;
  const ambiguousFailures = /* @__PURE__ */ new Set();
  let lastPlan;
  let appliedAtRead = 0;
  for (let observation = 0; ; observation++) {
    const afterLastStage = approved !== void 0 && minimumStage > Math.max(0, ...approved.changes.map(stagesAsApproved(approved)));
    const readAccountTags = minimumStage <= ACCOUNT_STAGE || accountChangesLeft || recordsLeft || confirmingTags || afterLastStage;
    const readForeignScpTargets = minimumStage <= STAGE_OF_KIND[CHANGE_KINDS.detachScp];
    let observed;
    try {
      observed = await observe(clients, { desired, readAccountTags, readForeignScpTargets });
    } catch (error) {
      if (observation === 0) throw describeAwsError(error, "Reading the organization");
      if (lastPlan) report.pending = stillPlanned(lastPlan, report, appliedAtRead);
      const described = describeAwsError(error, "Reading the organization again before the next stage");
      if (isEndpointUnreachable(error)) {
        stopAtUnreachableEndpoint(report, described.message, log);
        return report;
      }
      report.failures.push({
        id: RUN_FAILURE_IDS.observe,
        description: "Read the organization before the next stage",
        message: described.message
      });
      break;
    }
    const plan = computePlan(desired, observed, {
      commit: options.commit,
      ...options.locate ? { locate: options.locate } : {}
    });
    lastPlan = plan;
    appliedAtRead = report.changesApplied.length;
    if (readAccountTags) {
      accountChangesLeft = plan.changes.some((change) => stageOf(change) === ACCOUNT_STAGE);
      recordsLeft = plan.changes.some((change) => change.kind === CHANGE_KINDS.recordParameterOverrides);
    }
    dropFailuresThatTookEffect(report, plan, ambiguousFailures);
    if (observation === 0) report.digests.first = plan.digest;
    report.digests.last = plan.digest;
    if (plan.undeclaredInstances) report.undeclaredInstances = plan.undeclaredInstances.length;
    else delete report.undeclaredInstances;
    if (plan.problems.length > 0) {
      report.problems = plan.problems;
      if (observation === 0 && approval.kind === "first-plan" && approval.confirm)
        report.approval = { ...report.approval, digest: plan.digest, approved: false };
      if (observation > 0) report.pending = stillPlanned(plan, report, appliedAtRead);
      log(
        `Stopped: the plan has ${plan.problems.length} problem${plan.problems.length === 1 ? " that blocks" : "s that block"} apply.`
      );
      break;
    }
    if (observation === 0) {
      if (approved && !coversWholePlan(approved, plan, report)) {
        report.pending = stillPlanned(plan, report, appliedAtRead);
        return report;
      }
      const unconfirmed = !approved && approval.kind === "first-plan" && approval.confirm !== void 0;
      if (!admitsHighImpact(
        plan,
        { highImpact: options.allowHighImpact, destructive: options.allowDestructive },
        report,
        unconfirmed
      )) {
        report.pending = stillPlanned(plan, report, appliedAtRead);
        return report;
      }
      approved ??= await approveFirstPlan(plan, approval, report);
      if (approved && approval.kind === "first-plan" && approval.confirm && approved.changes.length > 0) {
        confirmedAt = observation;
        continue;
      }
    } else if (observation === confirmedAt + 1 && approved && !coversWholePlan(approved, plan, report)) {
      report.pending = stillPlanned(plan, report, appliedAtRead);
      return report;
    }
    if (!approved) {
      report.pending = stillPlanned(plan, report, appliedAtRead);
      return report;
    }
    const stage = nextStage(plan, minimumStage, approved);
    if (stage === void 0) {
      if (!readAccountTags) {
        confirmingTags = true;
        continue;
      }
      refuseUncovered(approved, plan, report);
      report.pending = stillPlanned(plan, report, appliedAtRead);
      break;
    }
    attemptsAtStage = stage === retryingStage ? attemptsAtStage + 1 : 1;
    const context = {
      clients,
      callerAccountId: observed.callerAccountId,
      desired,
      targets: new OrganizationTargets(desired, observed),
      clock: options.clock ?? systemClock,
      schedules: options.schedules ?? DEFAULT_SCHEDULES,
      report,
      log
    };
    const outcomes = await runStage(plan, stage, context, {
      approved,
      source: approval.source,
      allowDestructive: options.allowDestructive,
      allowHighImpact: options.allowHighImpact,
      attempt: { number: attemptsAtStage, of: STAGE_ATTEMPTS }
    });
    const unreachable = [...outcomes.values()].find(
      (outcome) => outcome.status === "failed" && outcome.error.unreachable
    );
    if (unreachable?.status === "failed") {
      const unanswered = new Set(
        [...outcomes].filter(([, outcome]) => outcome.status === "failed" && outcome.error.mayHaveArrived).map(([id]) => id)
      );
      report.pending = stillPlanned(plan, report, appliedAtRead).map(
        (change) => unanswered.has(change.id) ? { ...change, unanswered: true } : change
      );
      stopAtUnreachableEndpoint(report, unreachable.error.message, log, unreachable.error.credentialsRefused);
      return report;
    }
    for (const [id, outcome] of outcomes) {
      if (outcome.status === "blocked" || outcome.status === "failed" && outcome.error.retryable)
        ambiguousFailures.add(id);
      else ambiguousFailures.delete(id);
    }
    if (stage === ACCOUNT_STAGE)
      accountChangesLeft = [...outcomes.values()].some((outcome) => outcome.status !== "applied");
    const retry = [...outcomes.values()].some((outcome) => outcome.status === "failed" && outcome.error.retryable);
    retryingStage = retry && attemptsAtStage < STAGE_ATTEMPTS ? stage : void 0;
    minimumStage = retryingStage ?? stage + 1;
  }
  if (report.createdAccounts.length > 0) {
    log(
      `Verifying baseline roles in ${report.createdAccounts.length} new account${report.createdAccounts.length === 1 ? "" : "s"}`
    );
    try {
      report.verification = await verifyBaselineRoles(
        clients,
        desired,
        // In name order, as the report by account lists them; createdAccounts is in the order apply made them.
        [...report.createdAccounts].sort((a, b) => compareText(a.name, b.name)),
        undeployedBaselines(report, desired.organization.stackSets.namePrefix)
      );
    } catch (error) {
      if (!isEndpointUnreachable(error)) throw error;
      const created = report.createdAccounts.map((account) => `${account.name} (${account.id})`);
      const failure = {
        id: RUN_FAILURE_IDS.endpoint,
        description: "Reach AWS",
        message: `${describeAwsError(error, "Verifying baseline roles").message.replace(/, then re-run\.$/, ".")} The changes were made; the baseline roles of the ${created.length === 1 ? "account" : `${created.length} accounts`} this run created (${created.join(", ")}) were not verified, and a re-run will not verify them: check that each role exists with its permissions boundary once AWS answers again.`
      };
      report.failures.push(failure);
      log(`\u2717 ${failure.message}`);
    }
  }
  return report;
}
function stopAtUnreachableEndpoint(report, message, log, credentialsRefused = false) {
  const created = report.createdAccounts.map((account) => `${account.name} (${account.id})`);
  const done = report.pending.length === 0 && report.failures.length === 0 && report.refused.length === 0 && report.changesApplied.length > 0;
  const unverified = created.length === 0 ? "" : done ? ` The baseline roles of the ${created.length === 1 ? "account" : `${created.length} accounts`} it created (${created.join(", ")}) were not verified, and a re-run will not verify them: check now that each role exists with its permissions boundary.` : ` The baseline roles of the ${created.length === 1 ? "account" : `${created.length} accounts`} it created (${created.join(", ")}) were not verified, and a re-run will not verify them: once a re-run has deployed their baselines, check that each role exists with its permissions boundary.`;
  const failure = {
    id: RUN_FAILURE_IDS.endpoint,
    description: credentialsRefused ? "Use the credentials" : "Reach AWS",
    message: done ? (
      // Nothing is left to re-run: the read's own advice to re-run gives way to the plan that confirms it.
      `${message.replace(/, then re-run\.$/, ".")} Every change the plan still held was made before AWS stopped answering; only the read that confirms nothing is left could not run. Run vend plan once AWS answers again to confirm it shows no changes.${unverified}`
    ) : credentialsRefused ? `${message} Apply stopped at the first call AWS refused the credentials of, since every further call would be refused the same way, and started nothing more; calls already under way (StackSet operations of one stage run side by side) are reported as they ended. Re-run apply with fresh credentials (re-running the job assumes the role afresh): it resumes where this run stopped.${unverified}` : `${message} Apply stopped at the first call that got no answer from AWS and started nothing more; calls already under way (StackSet operations of one stage run side by side) are reported as they ended. Re-run apply once AWS answers again: it resumes where this run stopped.${unverified}`
  };
  report.failures.push(failure);
  log(`\u2717 ${failure.message}`);
}
function nextStage(plan, minimumStage, approved) {
  const stages = plan.changes.map(stagesAsApproved(approved)).filter((stage) => stage >= minimumStage);
  return stages.length === 0 ? void 0 : Math.min(...stages);
}
function dropFailuresThatTookEffect(report, plan, ambiguousFailures) {
  const planned = new Set(plan.changes.map((change) => change.id));
  const stale = (failure) => !planned.has(failure.id) && ambiguousFailures.has(failure.id);
  const applied = new Set(report.changesApplied.map((change) => change.id));
  const made = ({ message: _message, blockedBy: _blockedBy, ...change }) => ({
    ...change,
    detail: [change.detail, "AWS answered with an error, yet the next read found it made"].filter(Boolean).join("; ")
  });
  for (const failure of report.failures.filter(stale))
    if (failure.blockedBy === void 0 && !applied.has(failure.id)) report.changesApplied.push(made(failure));
  report.failures = report.failures.filter((failure) => !stale(failure));
}

// src/commands/apply.ts
async function runApply(settings, dependencies = {}) {
  const savedPlan = settings.savedPlanFile ? readSavedPlan(settings.savedPlanFile, [settings.repositoryRoot, ...dependencies.untrustedRoots ?? []]) : void 0;
  if (!savedPlan && !settings.autoApprove && !dependencies.confirm) {
    throw new UsageError(
      "vend apply needs an approved plan. Pass the saved plan of vend plan --out (--plan plan.json), run it on a terminal to confirm the plan it shows (stdin and stderr both on the terminal: the plan and the question go to stderr), or pass --auto-approve (auto-approve: true) to apply what it plans without asking."
    );
  }
  const validation = runValidate(settings, dependencies.now);
  if (!validation.desired) return { status: "invalid", validation };
  const desired = validation.desired;
  const commit = repositoryCommit(settings.repositoryRoot);
  const edited = commit !== null && hasUncommittedChanges(settings.repositoryRoot) ? ", with uncommitted changes to accounts/ or baselines/" : "";
  let approval;
  if (savedPlan) {
    const reason = savedPlanRefusal(savedPlan.plan, savedPlan.file, {
      commit,
      managementAccountId: desired.organization.managementAccountId,
      repositoryDigest: repositoryDigest(desired)
    });
    if (reason) return { status: "refused", validation, reason };
    approval = { kind: "saved-plan", source: `${SAVED_PLAN_SOURCE}${savedPlan.file}${edited}`, plan: savedPlan.plan };
  } else {
    approval = settings.autoApprove ? {
      kind: "first-plan",
      source: `--auto-approve${edited}`,
      ...dependencies.show ? { show: dependencies.show } : {}
    } : { kind: "first-plan", source: `${TERMINAL_CONFIRMATION}${edited}`, confirm: dependencies.confirm };
  }
  const clients = dependencies.clients ?? createAwsClients({ region: desired.organization.homeRegion });
  try {
    const missingCredentials = await missingCredentialsReason(clients);
    if (missingCredentials) {
      throw new Error(
        `No AWS credentials are available (${missingCredentials}). In GitHub Actions, assume the apply role with aws-actions/configure-aws-credentials first; locally, configure credentials for the management account.`
      );
    }
    const report = await applyPlan({
      clients,
      desired,
      allowDestructive: settings.allowDestructive,
      allowHighImpact: settings.allowHighImpact,
      approval,
      commit,
      ...validation.locate ? { locate: validation.locate } : {},
      ...dependencies.clock ? { clock: dependencies.clock } : {},
      ...dependencies.schedules ? { schedules: dependencies.schedules } : {},
      ...dependencies.log ? { log: dependencies.log } : {},
      ...dependencies.observe ? { observe: dependencies.observe } : {}
    });
    return { status: "applied", validation, report, exitCode: applyExitCode(report) };
  } finally {
    if (!dependencies.clients) destroyAwsClients(clients);
  }
}
var SAVED_PLAN_MAX_BYTES = 256 * 1024 * 1024;
function readSavedPlan(file, untrustedRoots) {
  try {
    return {
      file,
      plan: parseSavedPlan(readLocalFile(file, { untrustedRoots, maxBytes: SAVED_PLAN_MAX_BYTES }), file)
    };
  } catch (error) {
    if (error instanceof MalformedPlanError) throw new UsageError(error.message);
    throw error;
  }
}

export {
  runApply
};
