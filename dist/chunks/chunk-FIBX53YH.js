import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  canonicalJson
} from "./chunk-GC7XXYZB.js";
import {
  accountReference,
  ouReference
} from "./chunk-AA4LRLPW.js";
import {
  FULL_AWS_ACCESS_POLICY_NAME,
  MANAGED_BY_TAG
} from "./chunk-EFBOC2AA.js";
import {
  compareText
} from "./chunk-5ZL7S7IZ.js";

// src/plan/organization-snapshot.ts
function grantsAccess(content) {
  const statements = policyStatements(content);
  return statements === void 0 || statements.some((statement) => statement.Effect === "Allow");
}
function policyStatements(content) {
  try {
    const { Statement } = JSON.parse(content);
    const list = Array.isArray(Statement) ? Statement : [Statement];
    return list.every((statement) => typeof statement === "object" && statement !== null) ? list : void 0;
  } catch {
    return void 0;
  }
}
var AccountNames = class {
  declaredByEmail;
  observedById;
  constructor(desired, observed) {
    this.declaredByEmail = new Map(desired.accounts.map((account) => [account.email.toLowerCase(), account.name]));
    this.observedById = new Map(observed.accounts.map((account) => [account.id, account]));
  }
  ofObserved(account) {
    return this.declaredByEmail.get(account.email.toLowerCase()) ?? `${account.name} (${account.id})`;
  }
  /** An id the organization does not list (closed meanwhile, say) is shown as the id. */
  ofId(id) {
    const account = this.observedById.get(id);
    return account ? this.ofObserved(account) : id;
  }
};
function observedSnapshot(desired, observed) {
  const names = new AccountNames(desired, observed);
  const accountPaths = new Map(
    memberAccounts(observed).map((account) => [names.ofObserved(account), account.parentPath])
  );
  const referenceById = /* @__PURE__ */ new Map([[observed.root.id, "root"]]);
  for (const unit of observed.organizationalUnits) referenceById.set(unit.id, ouReference(unit.path));
  for (const account of observed.accounts) referenceById.set(account.id, accountReference(names.ofObserved(account)));
  const attachments = /* @__PURE__ */ new Map();
  for (const policy of observed.policies) {
    for (const id of policy.targetIds) {
      const reference = referenceById.get(id);
      if (reference !== void 0)
        attachments.set(reference, (attachments.get(reference) ?? /* @__PURE__ */ new Set()).add(policy.name));
    }
  }
  for (const [id, policies] of Object.entries(observed.foreignScpsByTarget)) {
    const reference = referenceById.get(id);
    if (reference === void 0) continue;
    for (const policy of policies)
      attachments.set(reference, (attachments.get(reference) ?? /* @__PURE__ */ new Set()).add(policy.name));
  }
  const granting = new Set(
    observed.policies.filter((policy) => policy.name === FULL_AWS_ACCESS_POLICY_NAME || grantsAccess(policy.content)).map((policy) => policy.name)
  );
  const foreignAttached = new Set(
    Object.entries(observed.foreignScpsByTarget).filter(([, policies]) => policies.length > 0).flatMap(([id]) => referenceById.get(id) ?? [])
  );
  return { accountPaths, attachments, granting, enforced: observed.root.scpPolicyTypeEnabled, foreignAttached };
}
function plannedSnapshot(desired, observed, withheld = /* @__PURE__ */ new Set()) {
  const before = observedSnapshot(desired, observed);
  const accountPaths = new Map(before.accountPaths);
  const managementEmail = observed.accounts.find((account) => account.id === observed.organization.managementAccountId)?.email.toLowerCase();
  const members = desired.accounts.filter(
    (account) => account.email.toLowerCase() !== managementEmail && !withheld.has(account.name)
  );
  for (const account of members) {
    if (account.closed) accountPaths.delete(account.name);
    else accountPaths.set(account.name, account.ou);
  }
  const catalogue = new Map(desired.scps.map((scp) => [scp.name, scp]));
  const adopted = (policy) => {
    const scp = catalogue.get(policy.name);
    return scp !== void 0 && !policy.awsManaged && adoptionDifferences(scp, policy).length === 0;
  };
  const owned = new Set(
    observed.policies.filter(
      (policy) => policy.name === FULL_AWS_ACCESS_POLICY_NAME || policy.tags[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value || adopted(policy)
    ).map((policy) => policy.name)
  );
  const attachments = new Map(before.attachments);
  const declare = (reference, scps, fullAWSAccess) => {
    const kept = [...before.attachments.get(reference) ?? []].filter((name) => !owned.has(name));
    attachments.set(reference, /* @__PURE__ */ new Set([...kept, ...scps, ...fullAWSAccess ? [FULL_AWS_ACCESS_POLICY_NAME] : []]));
  };
  declare("root", desired.organization.root.scps, desired.organization.root.fullAWSAccess);
  for (const unit of desired.organizationalUnits) declare(ouReference(unit.path), unit.scps, unit.fullAWSAccess);
  for (const account of members) {
    if (account.closed) attachments.delete(accountReference(account.name));
    else declare(accountReference(account.name), account.scps, account.fullAWSAccess);
  }
  const granting = /* @__PURE__ */ new Set([...before.granting, FULL_AWS_ACCESS_POLICY_NAME]);
  const foreign = new Set(observed.policies.filter((policy) => !owned.has(policy.name)).map((policy) => policy.name));
  for (const scp of desired.scps) {
    if (foreign.has(scp.name)) continue;
    if (grantsAccess(scp.content)) granting.add(scp.name);
    else granting.delete(scp.name);
  }
  return { accountPaths, attachments, granting, enforced: true, foreignAttached: before.foreignAttached };
}
function levelsAllowingNothing(snapshot, account) {
  const path = snapshot.accountPaths.get(account);
  if (path === void 0 || !snapshot.enforced) return [];
  return levelsOf(account, path).filter((level) => {
    const attached = snapshot.attachments.get(level);
    return attached !== void 0 && attached.size > 0 && !snapshot.foreignAttached.has(level) && ![...attached].some((name) => snapshot.granting.has(name));
  });
}
function adoptionDifferences(scp, policy) {
  return [
    ...policy.content !== scp.content ? ["content"] : [],
    ...policy.description !== scp.description ? ["description"] : []
  ];
}
function levelsOf(account, path) {
  const levels = ["root"];
  const parts = path === "" ? [] : path.split("/");
  for (let depth = 1; depth <= parts.length; depth++) levels.push(ouReference(parts.slice(0, depth).join("/")));
  levels.push(accountReference(account));
  return levels;
}
function accountsBeneath(snapshot, target) {
  if (target.startsWith("account:")) {
    const name = target.slice("account:".length);
    return snapshot.accountPaths.has(name) ? [name] : [];
  }
  const path = target === "root" ? void 0 : target.slice("ou:".length);
  return [...snapshot.accountPaths].filter(([, accountPath]) => path === void 0 || accountPath === path || accountPath.startsWith(`${path}/`)).map(([name]) => name).sort(compareText);
}
function accountsLackingAttachment(snapshot, target, scp) {
  const grants = snapshot.granting.has(scp);
  return accountsBeneath(snapshot, target).filter((account) => grants || !scpsInForce(snapshot, account).has(scp));
}
function scpsInForce(snapshot, account) {
  const path = snapshot.accountPaths.get(account);
  if (path === void 0) return /* @__PURE__ */ new Set();
  return new Set(levelsOf(account, path).flatMap((level) => [...snapshot.attachments.get(level) ?? []]));
}
function memberAccounts(observed) {
  return observed.accounts.filter(
    (account) => account.status === "ACTIVE" && account.id !== observed.organization.managementAccountId
  );
}

// src/plan/scp-loosening.ts
function loosens(before, after) {
  const old = policyStatements(before);
  const next = policyStatements(after);
  if (!old || !next) return true;
  const oldTexts = new Set(old.map(statementText));
  const nextDenies = next.filter((statement) => statement.Effect === "Deny");
  return old.some(
    (statement) => statement.Effect === "Deny" && !nextDenies.some((kept) => deniesAtLeast(kept, statement))
  ) || next.some((statement) => statement.Effect !== "Deny" && !oldTexts.has(statementText(statement)));
}
function statementText({ Sid: _sid, ...statement }) {
  return canonicalJson(statement);
}
function deniesAtLeast(next, old) {
  if (statementText(next) === statementText(old)) return true;
  const rest = ({
    Action: _action,
    NotAction: _notAction,
    Resource: _resource,
    NotResource: _notResource,
    Condition: _condition,
    ...statement
  }) => statementText(statement);
  if (rest(next) !== rest(old)) return false;
  return widens(old, next, "Action", "NotAction", (action) => action.toLowerCase()) && widens(old, next, "Resource", "NotResource", (resource) => resource) && conditionsWiden(old.Condition, next.Condition);
}
function widens(old, next, element, negation, normalize) {
  if (element in old && element in next)
    return matchedBy(valuesOf(old[element], normalize), valuesOf(next[element], normalize));
  if (negation in old && negation in next)
    return matchedBy(valuesOf(next[negation], normalize), valuesOf(old[negation], normalize));
  return !(element in old) && !(element in next) && !(negation in old) && !(negation in next);
}
function conditionsWiden(old, next) {
  if (canonicalJson(old ?? null) === canonicalJson(next ?? null) || next === void 0) return true;
  if (!isRecord(old) || !isRecord(next)) return false;
  return Object.keys(next).every((operator) => {
    const before = old[operator];
    const after = next[operator];
    if (!isRecord(before) || !isRecord(after)) return false;
    const keys = Object.keys(after);
    if (!keys.every((key) => Object.hasOwn(before, key))) return false;
    const base = operator.replace(/^For(All|Any)Values:/, "").replace(/IfExists$/, "");
    const negated = NEGATED_OPERATORS.has(base);
    if (!negated && !MATCHING_OPERATORS.has(base))
      return keys.every((key) => canonicalJson(before[key]) === canonicalJson(after[key]));
    return keys.every((key) => {
      const was = valuesOf(before[key], (value) => value);
      const is = valuesOf(after[key], (value) => value);
      return negated ? within(is, was) : within(was, is);
    });
  });
}
var MATCHING_OPERATORS = /* @__PURE__ */ new Set([
  "StringEquals",
  "StringEqualsIgnoreCase",
  "StringLike",
  "ArnEquals",
  "ArnLike",
  "IpAddress"
]);
var NEGATED_OPERATORS = /* @__PURE__ */ new Set([
  "StringNotEquals",
  "StringNotEqualsIgnoreCase",
  "StringNotLike",
  "ArnNotEquals",
  "ArnNotLike",
  "NotIpAddress"
]);
function valuesOf(value, normalize) {
  return new Set((Array.isArray(value) ? value : [value]).map((item) => normalize(String(item))));
}
function within(small, large) {
  return [...small].every((value) => large.has(value));
}
function matchedBy(small, large) {
  const patterns = [...large].map(globPattern);
  return [...small].every((value) => large.has(value) || patterns.some((pattern) => pattern.test(value)));
}
function globPattern(glob) {
  const characters = [...glob];
  const body = characters.map((character, index) => {
    if (character === "*") return index + 1 === characters.length || characters[index + 1] === ":" ? ".*" : "[^:]*";
    return character === "?" ? "[^:*]" : character.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }).join("");
  return new RegExp(`^${body}$`, "s");
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export {
  AccountNames,
  observedSnapshot,
  plannedSnapshot,
  levelsAllowingNothing,
  adoptionDifferences,
  levelsOf,
  accountsBeneath,
  accountsLackingAttachment,
  scpsInForce,
  loosens
};
