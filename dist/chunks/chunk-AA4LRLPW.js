import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  MANAGED_BY_TAG,
  declarationOf
} from "./chunk-EFBOC2AA.js";

// src/plan/plan.ts
var CHANGE_KINDS = {
  enableScpType: "enable-scp-type",
  createOrganizationalUnit: "create-ou",
  adoptOrganizationalUnit: "adopt-ou",
  createScp: "create-scp",
  adoptScp: "adopt-scp",
  updateScp: "update-scp",
  deleteScp: "delete-scp",
  createAccount: "create-account",
  adoptAccount: "adopt-account",
  moveAccount: "move-account",
  tagAccount: "tag-account",
  untagAccount: "untag-account",
  renameAccount: "rename-account",
  attachScp: "attach-scp",
  detachScp: "detach-scp",
  createStackSet: "create-stackset",
  adoptStackSet: "adopt-stackset",
  updateStackSet: "update-stackset",
  addStackInstances: "add-stack-instances",
  updateStackInstances: "update-stack-instances",
  recordParameterOverrides: "record-parameter-overrides",
  removeStackInstances: "remove-stack-instances",
  deleteStackSet: "delete-stackset",
  closeAccount: "close-account"
};
var PLAN_PROBLEMS = {
  organizationalUnitAmbiguous: "ou-ambiguous",
  organizationalUnitRenamed: "ou-renamed",
  accountEmailAmbiguous: "account-email-ambiguous",
  accountEmailTaken: "account-email-taken",
  accountEmailChanged: "account-email-changed",
  accountSuspended: "account-suspended",
  accountCloseRefused: "account-close-refused",
  accountClosureQuota: "account-closure-quota",
  managementAccountOnly: "management-account-only",
  accountRenameRefused: "account-rename-refused",
  accountOwnerUnassigned: "owner-unassigned",
  tagLimit: "tag-limit",
  parameterOverridesRecord: "parameter-overrides-record",
  scpNotOwned: "scp-not-owned",
  scpTargetLeftEmpty: "scp-target-left-empty",
  scpAttachmentQuota: "scp-attachment-quota",
  organizationalUnitQuota: "ou-quota",
  scpRetiredInUse: "scp-retired-in-use",
  trustedAccess: "stack-sets-trusted-access",
  stackSetNotOwned: "stack-set-not-owned",
  stackSetPermissionModel: "stack-set-permission-model",
  stackSetRetiredInUse: "stack-set-retired-in-use",
  stackSetMaskedSecret: "stack-set-masked-secret",
  stackInstanceInoperable: "stack-instance-inoperable",
  regionNotEnabled: "region-not-enabled",
  namedIamRegionMove: "named-iam-region-move"
};
var PLAN_FORMAT_VERSION = 2;

// src/observe/accounts-by-email.ts
var AccountsByEmail = class {
  byFoldedEmail = /* @__PURE__ */ new Map();
  constructor(accounts) {
    for (const account of accounts) this.add(account);
  }
  add(account) {
    const key = account.email.toLowerCase();
    const alike = (this.byFoldedEmail.get(key) ?? []).filter((known) => known.id !== account.id);
    this.byFoldedEmail.set(key, [...alike, account]);
  }
  /** The account with this email: the only one alike but for case, or the one spelt exactly so; else undefined. */
  find(email) {
    const alike = this.alike(email);
    if (alike.length === 1) return alike[0];
    const exact = alike.filter((account) => account.email === email);
    return exact.length === 1 ? exact[0] : void 0;
  }
  /** Every account whose email is this one but for case. */
  alike(email) {
    return this.byFoldedEmail.get(email.toLowerCase()) ?? [];
  }
};

// src/observe/organizational-unit-ids.ts
function resolveOrganizationalUnits(desired, observed) {
  const children = /* @__PURE__ */ new Map();
  for (const unit of observed.organizationalUnits) {
    const byName = children.get(unit.parentId) ?? /* @__PURE__ */ new Map();
    byName.set(unit.name, [...byName.get(unit.name) ?? [], unit.id]);
    children.set(unit.parentId, byName);
  }
  const ids = /* @__PURE__ */ new Map([["", observed.root.id]]);
  const ambiguous = [];
  for (const unit of desired.organizationalUnits) {
    const parentId = ids.get(unit.parentPath ?? "");
    if (parentId === void 0) continue;
    const candidates = children.get(parentId)?.get(unit.name) ?? [];
    if (candidates.length === 1) ids.set(unit.path, candidates[0]);
    else if (candidates.length > 1) ambiguous.push({ path: unit.path, ids: [...candidates].sort() });
  }
  return { ids, ambiguous };
}
function organizationalUnitSubtree(units, ids) {
  const subtree = new Set(ids);
  for (let grown = true; grown; ) {
    grown = false;
    for (const unit of units)
      if (subtree.has(unit.parentId) && !subtree.has(unit.id)) {
        subtree.add(unit.id);
        grown = true;
      }
  }
  return subtree;
}

// src/plan/plan-draft.ts
var ACTION_OF_KIND = {
  [CHANGE_KINDS.enableScpType]: "change",
  [CHANGE_KINDS.createOrganizationalUnit]: "create",
  [CHANGE_KINDS.adoptOrganizationalUnit]: "change",
  [CHANGE_KINDS.createScp]: "create",
  [CHANGE_KINDS.adoptScp]: "change",
  [CHANGE_KINDS.updateScp]: "change",
  [CHANGE_KINDS.deleteScp]: "destroy",
  [CHANGE_KINDS.createAccount]: "create",
  [CHANGE_KINDS.adoptAccount]: "change",
  [CHANGE_KINDS.moveAccount]: "change",
  [CHANGE_KINDS.tagAccount]: "change",
  [CHANGE_KINDS.untagAccount]: "change",
  [CHANGE_KINDS.renameAccount]: "change",
  [CHANGE_KINDS.attachScp]: "create",
  [CHANGE_KINDS.detachScp]: "destroy",
  [CHANGE_KINDS.createStackSet]: "create",
  [CHANGE_KINDS.adoptStackSet]: "change",
  [CHANGE_KINDS.updateStackSet]: "change",
  [CHANGE_KINDS.addStackInstances]: "create",
  [CHANGE_KINDS.updateStackInstances]: "change",
  [CHANGE_KINDS.recordParameterOverrides]: "change",
  [CHANGE_KINDS.removeStackInstances]: "destroy",
  [CHANGE_KINDS.deleteStackSet]: "destroy",
  [CHANGE_KINDS.closeAccount]: "destroy"
};
var ouReference = (path) => path === "" ? "root" : `ou:${path}`;
var accountReference = (name) => `account:${name}`;
var scpReference = (name) => `scp:${name}`;
var stackSetReference = (name) => `stackset:${name}`;
var stackSetName = (prefix, baseline) => `${prefix}${baseline}`;
var foreignOwnerReason = (managedBy) => `its ${MANAGED_BY_TAG.key} tag names ${JSON.stringify(managedBy)}, which may still act on it`;
function stackSetOfChangeId(id) {
  return /:stackset:([^#]+)/.exec(id)?.[1];
}
var PlanDraft = class {
  constructor(desired, observed) {
    this.desired = desired;
    this.observed = observed;
    const organizationalUnits = resolveOrganizationalUnits(desired, observed);
    this.ouIdByPath = organizationalUnits.ids;
    this.ambiguousOrganizationalUnits = organizationalUnits.ambiguous.map(({ path }) => path);
    for (const { path, ids } of organizationalUnits.ambiguous)
      this.problem(
        PLAN_PROBLEMS.organizationalUnitAmbiguous,
        ouReference(path),
        `${ids.length} OUs (${ids.join(", ")}) could be the declared OU ${path}: they have the same name under the same parent. Keep the one that holds the SCPs declared there (vend drift names what each holds and lacks): move the accounts out of the others, rename or remove them in AWS Organizations, then plan again.`,
        declarationOf(ouReference(path), desired)
      );
    this.observedByEmail = new AccountsByEmail(observed.accounts);
    this.declaredEmails = new Set(desired.accounts.map((account) => account.email.toLowerCase()));
    this.policiesByName = new Map(observed.policies.map((policy) => [policy.name, policy]));
    for (const account of desired.accounts) {
      const existing = this.observedByEmail.find(account.email);
      if (existing) this.existingAccounts.set(account.name, existing);
      else if (this.observedByEmail.alike(account.email).length > 1)
        this.ambiguousAccounts.set(account.name, this.observedByEmail.alike(account.email));
    }
  }
  desired;
  observed;
  changes = /* @__PURE__ */ new Map();
  problems = [];
  changesByAccount = /* @__PURE__ */ new Map();
  accountStatus = /* @__PURE__ */ new Map();
  accountNotes = /* @__PURE__ */ new Map();
  /**
   * Declared accounts a problem holds back (a changed root email): no change is planned for them, since apply would
   * otherwise deploy to an account it cannot create. Apply is blocked anyway; the plan must not list the changes.
   */
  withheldAccounts = /* @__PURE__ */ new Set();
  /**
   * Ids of vend's accounts a problem names as a manifest's account before its email was edited in git: not
   * unmanaged, whatever their email says, since the problem is about them.
   */
  formerAccountIds = /* @__PURE__ */ new Set();
  /** Whether later stages plan SCP attachments, stack instances and records for a declared account. */
  plansFor(account) {
    return !account.closed && !this.withheldAccounts.has(account.name);
  }
  /** Declared OU path (`''` for the root) → the OU's id, for the declared OUs that exist (resolved by id). */
  ouIdByPath;
  /** Declared OU paths that several OUs could be; nothing is planned at or below them. */
  ambiguousOrganizationalUnits;
  observedByEmail;
  /**
   * Declared accounts whose email several accounts have, alike but for case, none spelt exactly so: vend cannot
   * tell which one the manifest declares (AccountsByEmail).
   */
  ambiguousAccounts = /* @__PURE__ */ new Map();
  /** Every manifest's email, lower-cased: an account with one of them is declared. */
  declaredEmails;
  policiesByName;
  /** Declared accounts that exist, by manifest name. */
  existingAccounts = /* @__PURE__ */ new Map();
  /** Records why apply cannot carry out the plan; `at` is the declaration to fix. */
  problem(rule, target, message, at) {
    this.problems.push({ target, rule, message, at });
  }
  add(kind, target, fields) {
    const id = fields.id ?? `${kind}:${target}`;
    const action = ACTION_OF_KIND[kind];
    const dependsOn = [
      ...new Set(
        fields.dependsOn?.filter(
          (dependency) => dependency !== void 0 && this.changes.has(dependency)
        ) ?? []
      )
    ].sort();
    this.changes.set(id, {
      id,
      kind,
      action,
      target,
      destructive: fields.destructive ?? action === "destroy",
      highImpact: fields.highImpact ?? false,
      ...fields.highImpact && fields.highImpactReason ? { highImpactReason: fields.highImpactReason } : {},
      scope: fields.scope,
      before: fields.before,
      after: fields.after,
      dependsOn,
      description: fields.description
    });
    for (const account of fields.accounts ?? []) {
      this.changesByAccount.set(account, (this.changesByAccount.get(account) ?? /* @__PURE__ */ new Set()).add(id));
    }
    return id;
  }
  /** Whether a declared account is the organization's management account (by id, never by name or email). */
  isManagementAccount(name) {
    return this.existingAccounts.get(name)?.id === this.observed.organization.managementAccountId;
  }
  note(account, text) {
    const notes = this.accountNotes.get(account) ?? [];
    if (!notes.includes(text)) this.accountNotes.set(account, [...notes, text]);
  }
  /**
   * Whether the declared OU at `path` holds the existing account today, directly or beneath a child: by ids (the
   * account's parentId and each OU's), never by the display path observe builds from names.
   */
  holdsToday(path, account) {
    const target = this.ouIdByPath.get(path);
    this.parentOf ??= new Map(this.observed.organizationalUnits.map((unit) => [unit.id, unit.parentId]));
    for (let id = this.existingAccounts.get(account)?.parentId; id !== void 0; id = this.parentOf.get(id))
      if (id === target) return true;
    return false;
  }
  /** Each observed OU's parent id, read once for holdsToday. */
  parentOf;
  changeIdIfPlanned(id) {
    return this.changes.has(id) ? id : void 0;
  }
  /** An account that appears in the table only because something about it changes. */
  markUpdated(accounts) {
    for (const account of accounts) if (!this.accountStatus.has(account)) this.accountStatus.set(account, "updated");
  }
  accountsIn(changeIds) {
    return [...this.changesByAccount].filter(([, ids]) => changeIds.some((id) => ids.has(id))).map(([account]) => account);
  }
};
function describeTarget(reference) {
  if (reference === "root") return "the root";
  const [kind, ...rest] = reference.split(":");
  return `${kind === "ou" ? "OU" : kind} ${rest.join(":")}`;
}

export {
  resolveOrganizationalUnits,
  organizationalUnitSubtree,
  AccountsByEmail,
  CHANGE_KINDS,
  PLAN_PROBLEMS,
  PLAN_FORMAT_VERSION,
  ouReference,
  accountReference,
  scpReference,
  stackSetReference,
  stackSetName,
  foreignOwnerReason,
  stackSetOfChangeId,
  PlanDraft,
  describeTarget
};
