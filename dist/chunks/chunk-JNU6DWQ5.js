import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  inactiveAccountIds
} from "./chunk-CTPOSWCJ.js";
import {
  canonicalJson,
  sha256Digest
} from "./chunk-GC7XXYZB.js";
import {
  CHANGE_KINDS,
  PLAN_PROBLEMS,
  accountReference,
  describeTarget,
  foreignOwnerReason,
  ouReference,
  scpReference
} from "./chunk-WZ4OE4TS.js";
import {
  FULL_AWS_ACCESS_POLICY_NAME,
  MANAGED_BY_TAG,
  ORGANIZATION_FILE,
  OWNER_UNASSIGNED,
  PARAMETER_OVERRIDES_TAG,
  declarationOf,
  limitPhrase
} from "./chunk-XQBAVSGR.js";
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

// src/plan/scp-replacement.ts
function replacedScps(draft, scp) {
  const { desired, observed } = draft;
  const targets = [
    { id: observed.root.id, reference: "root", declared: desired.organization.root.scps },
    ...desired.organizationalUnits.map((unit) => ({
      id: draft.ouIdByPath.get(unit.path),
      reference: `ou:${unit.path}`,
      declared: unit.scps
    })),
    ...desired.accounts.filter((account) => !account.closed).map((account) => ({
      id: draft.existingAccounts.get(account.name)?.id,
      reference: `account:${account.name}`,
      declared: account.scps
    }))
  ].filter((target) => target.id !== void 0 && target.declared.includes(scp.name));
  const replaced = /* @__PURE__ */ new Map();
  const planned = lazySnapshot(draft);
  for (const target of targets)
    for (const policy of observed.policies)
      if (policy.name !== scp.name && policy.tags[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value && policy.targetIds.includes(target.id) && !target.declared.includes(policy.name) && !movedWithin(planned(), target.reference, policy.name)) {
        const entry = replaced.get(policy.name) ?? { name: policy.name, content: policy.content, targets: [] };
        entry.targets.push(target.reference);
        replaced.set(policy.name, entry);
      }
  return [...replaced.values()].sort((a, b) => compareText(a.name, b.name));
}
function lazySnapshot(draft) {
  let snapshot;
  return () => snapshot ??= plannedSnapshot(draft.desired, draft.observed, draft.withheldAccounts);
}
function movedWithin(planned, target, scp) {
  return accountsBeneath(planned, target).length > 0 && accountsLackingAttachment(planned, target, scp).length === 0;
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

// src/plan/plan-scps.ts
function planScps(draft) {
  for (const scp of draft.desired.scps) {
    const existing = draft.policiesByName.get(scp.name);
    const after = { name: scp.name, description: scp.description, content: scp.content };
    const scope = { scp: scp.name, content: sha256Digest(scp.content), description: scp.description };
    if (!existing) {
      const replaces = replacedScps(draft, scp);
      const loosened = replaces.filter((replaced) => loosens(replaced.content, scp.content));
      draft.add(CHANGE_KINDS.createScp, scpReference(scp.name), {
        before: null,
        after: { ...after, ...replaces.length > 0 ? { replaces } : {} },
        scope,
        // Swapping a guardrail for a weaker one under a new name is as good as loosening it in place.
        highImpact: loosened.length > 0,
        highImpactReason: `it replaces ${loosened.map((replaced) => `SCP ${replaced.name} on ${replaced.targets.map(describeTarget).join(", ")}`).join(" and ")}, and may let through what that stopped (a Deny statement changed or removed, or an Allow added)`,
        description: `Create SCP ${scp.name} from ${scp.file}${replaces.length > 0 ? `, in place of ${replaces.map((replaced) => replaced.name).join(", ")}` : ""}`
      });
    } else if (existing.awsManaged || existing.tags[MANAGED_BY_TAG.key] !== MANAGED_BY_TAG.value) {
      planForeignScp(draft, scp, existing);
    } else if (existing.content !== scp.content || existing.description !== scp.description) {
      draft.add(CHANGE_KINDS.updateScp, scpReference(scp.name), {
        before: { name: existing.name, description: existing.description, content: existing.content },
        after,
        scope,
        // New content reaches every account under every target at once; and one that loosens a guardrail is as
        // good as detaching it, which the security gate sees too.
        ...contentImpact(draft, scp, existing),
        // Named by what changed: a new description alone comes from organization.yaml, not the policy's file.
        description: existing.content === scp.content ? `Update SCP ${scp.name}'s description, from ${ORGANIZATION_FILE}` : `Update SCP ${scp.name} from ${scp.file}${existing.description !== scp.description ? `, and its description` : ""}`
      });
    }
  }
}
function planForeignScp(draft, scp, existing) {
  const differences = adoptionDifferences(scp, existing);
  if (existing.awsManaged || differences.length > 0) {
    draft.problem(
      PLAN_PROBLEMS.scpNotOwned,
      scpReference(scp.name),
      `An SCP named '${scp.name}' already exists (${existing.id}) but is not tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}${existing.awsManaged ? " (AWS manages it)" : `, and its ${differences.map((field) => `${field} differs from ${field === "content" ? scp.file : `the description in ${ORGANIZATION_FILE}`}`).join(" and its ")}`}; vend will not change a policy it does not own. Rename the catalogue entry, make it say exactly what the policy holds (vend then adopts it), or tag the policy to hand it to vend.`,
      declarationOf(scpReference(scp.name), draft.desired)
    );
    return;
  }
  const held = Object.keys(existing.tags).length;
  const quota = draft.desired.organization.quotas.tagsPerAccount;
  if (existing.tags[MANAGED_BY_TAG.key] === void 0 && held >= quota)
    draft.problem(
      PLAN_PROBLEMS.tagLimit,
      scpReference(scp.name),
      `SCP ${scp.name} (${existing.id}) holds ${held} tags, and adopting it adds ${MANAGED_BY_TAG.key}; ${limitPhrase("AWS Organizations", "tagsPerAccount", quota)}. Remove one of its tags by hand (aws organizations untag-resource --resource-id ${existing.id}), then plan again.`,
      declarationOf(scpReference(scp.name), draft.desired)
    );
  const declared = /* @__PURE__ */ new Set([
    draft.observed.root.id,
    ...draft.ouIdByPath.values(),
    ...[...draft.existingAccounts.values()].map((account) => account.id)
  ]);
  const inactive = inactiveAccountIds(draft.observed.accounts);
  const elsewhere = enforcedTargetIds(draft, existing).filter((id) => !declared.has(id) && !inactive.has(id));
  const managedBy = existing.tags[MANAGED_BY_TAG.key];
  const reasons = [
    ...managedBy !== void 0 ? [foreignOwnerReason(managedBy)] : [],
    ...elsewhere.length > 0 ? [`once vend owns it, its content changes reach ${elsewhere.length === 1 ? "that target" : "those targets"} too`] : []
  ];
  draft.add(CHANGE_KINDS.adoptScp, scpReference(scp.name), {
    before: { id: existing.id, name: existing.name, tags: existing.tags },
    after: { id: existing.id, tags: { [MANAGED_BY_TAG.key]: MANAGED_BY_TAG.value } },
    // Whose tag adoption overwrites is part of what is approved: another tool's tag appearing later is a new change.
    scope: {
      scp: scp.name,
      policyId: existing.id,
      content: sha256Digest(scp.content),
      managedBy: JSON.stringify(managedBy ?? null)
    },
    ...reasons.length > 0 ? { highImpact: true, highImpactReason: reasons.join(", and ") } : { highImpact: false },
    description: `Adopt existing SCP ${scp.name} (${existing.id})${managedBy !== void 0 ? `, tagged ${MANAGED_BY_TAG.key}: ${JSON.stringify(managedBy)} (another tool's),` : ""} whose content and description are ${scp.file}'s${elsewhere.length > 0 ? `; it is also attached to ${elsewhere.length === 1 ? "a target" : `${elsewhere.length} targets`} the repository does not declare (${elsewhere.map((id) => observedTarget(draft.observed, id)).join(", ")})` : ""}`
  });
}
function planRetiredScps(draft) {
  const catalogue = new Set(draft.desired.scps.map((scp) => scp.name));
  const declaredTargets = /* @__PURE__ */ new Map([[draft.observed.root.id, "root"]]);
  for (const unit of draft.desired.organizationalUnits) {
    const id = draft.ouIdByPath.get(unit.path);
    if (id) declaredTargets.set(id, ouReference(unit.path));
  }
  for (const [name, account] of draft.existingAccounts)
    if (!draft.isManagementAccount(name)) declaredTargets.set(account.id, accountReference(name));
  for (const policy of draft.observed.policies) {
    if (policy.awsManaged || catalogue.has(policy.name)) continue;
    if (policy.tags[MANAGED_BY_TAG.key] !== MANAGED_BY_TAG.value) continue;
    const undeclared = policy.targetIds.filter((id) => !declaredTargets.has(id));
    if (undeclared.length > 0) {
      draft.problem(
        PLAN_PROBLEMS.scpRetiredInUse,
        scpReference(policy.name),
        `SCP '${policy.name}' (${policy.id}) is vend's but no longer in the catalogue, and it is attached to ${attachedElsewhere(draft.observed, undeclared)}. Detach it there by hand, or put it back in the catalogue.`,
        declarationOf(scpReference(policy.name), draft.desired)
      );
      continue;
    }
    draft.add(CHANGE_KINDS.deleteScp, scpReference(policy.name), {
      before: { name: policy.name, id: policy.id },
      after: null,
      scope: { scp: policy.name, policyId: policy.id },
      dependsOn: policy.targetIds.map((id) => `detach-scp:${policy.name}@${declaredTargets.get(id)}`),
      description: `Delete SCP ${policy.name} (${policy.id}): it is no longer in the catalogue`
    });
  }
}
function reachesWidely(draft, scp, observedTargetIds) {
  return draft.desired.organization.root.scps.includes(scp) || observedTargetIds.includes(draft.observed.root.id) || declaredTargetCount(draft, scp) > 1 || observedTargetIds.length > 1;
}
function enforcedTargetIds(draft, policy) {
  return policy.targetIds.filter((id) => id !== draft.observed.organization.managementAccountId);
}
function isAttached(draft, scp, observedTargetIds) {
  return observedTargetIds.length > 0 || declaredTargetCount(draft, scp) > 0;
}
function declaredTargetCount(draft, scp) {
  return (draft.desired.organization.root.scps.includes(scp) ? 1 : 0) + draft.desired.organizationalUnits.filter((unit) => unit.scps.includes(scp)).length + draft.desired.accounts.filter((account) => !account.closed && account.scps.includes(scp)).length;
}
function attachedElsewhere(observed, ids) {
  const management = observed.organization.managementAccountId;
  const undeclared = ids.filter((id) => id !== management).map((id) => observedTarget(observed, id));
  return [
    ...undeclared.length > 0 ? [`${undeclared.join(", ")}, which the repository does not declare`] : [],
    ...ids.includes(management) ? [`the management account (${management}), where vend attaches and detaches nothing as SCPs do not apply there`] : []
  ].join("; and to ");
}
function observedTarget(observed, id) {
  const unit = observed.organizationalUnits.find((candidate) => candidate.id === id);
  if (unit) return `OU ${unit.path} (${id})`;
  const account = observed.accounts.find((candidate) => candidate.id === id);
  return account ? `account ${account.name} (${id})` : id;
}
function contentImpact(draft, scp, existing) {
  if (existing.content === scp.content) return { highImpact: false };
  const targets = enforcedTargetIds(draft, existing);
  const reasons = [
    // Counted by target, the root or several OUs and accounts, as reachesWidely does: not by the accounts beneath.
    reachesWidely(draft, scp.name, targets) ? "new content for an SCP attached to the root or to more than one target" : "",
    isAttached(draft, scp.name, targets) && loosens(existing.content, scp.content) ? "the new content may loosen a guardrail in force (a Deny statement changed or removed, or an Allow added)" : ""
  ].filter(Boolean);
  return reasons.length > 0 ? { highImpact: true, highImpactReason: reasons.join(", and ") } : { highImpact: false };
}

// src/plan/plan-account-tags.ts
function planAccountTags(draft, account, read) {
  const { tags, adopting, adoptId } = read;
  const reference = accountReference(account.name);
  const quota = draft.desired.organization.quotas.tagsPerAccount;
  const held = Object.keys(tags).length;
  const { toSet, toRemove } = accountTagDifferences(account, tags, adopting);
  const adopted = held + (adopting && !Object.hasOwn(tags, MANAGED_BY_TAG.key) ? 1 : 0);
  const tagged = adopted - toRemove.length + Object.keys(toSet).filter((key) => !Object.hasOwn(tags, key)).length;
  if (Math.max(adopted, tagged) > quota)
    draft.problem(
      PLAN_PROBLEMS.tagLimit,
      reference,
      adopted > quota ? `Account ${account.name} holds ${held} tags, and adopting it adds ${MANAGED_BY_TAG.key} before the undeclared ones are removed; ${limitPhrase("AWS Organizations", "tagsPerAccount", quota)}. Remove a tag the manifest does not declare from the account by hand (aws organizations untag-resource), then plan again.` : `Account ${account.name} would hold ${tagged} tags once apply sets its declared ones, since its tags that change last (the parameter-overrides record) are still there; ${limitPhrase("AWS Organizations", "tagsPerAccount", quota)}. Declare fewer tags in ${account.file}, or merge this in two steps: first the change to its baselines' parameters, then the tags.`,
      declarationOf(reference, draft.desired, "tags")
    );
  const untagId = toRemove.length > 0 ? draft.add(CHANGE_KINDS.untagAccount, reference, {
    before: Object.fromEntries(toRemove.map((key) => [key, tags[key]])),
    after: null,
    scope: { account: account.name, members: toRemove },
    dependsOn: [adoptId],
    description: `Remove undeclared tag${toRemove.length === 1 ? "" : "s"} ${toRemove.join(", ")} from ${account.name}`,
    accounts: [account.name]
  }) : void 0;
  if (Object.keys(toSet).length > 0) {
    draft.add(CHANGE_KINDS.tagAccount, reference, {
      before: Object.fromEntries(
        Object.keys(toSet).filter((key) => Object.hasOwn(tags, key)).map((key) => [key, tags[key]])
      ),
      after: toSet,
      scope: { account: account.name, members: Object.entries(toSet).map((entry) => JSON.stringify(entry)) },
      dependsOn: [adoptId, untagId],
      description: `Set tag${Object.keys(toSet).length === 1 ? "" : "s"} ${Object.keys(toSet).join(", ")} on ${account.name}`,
      accounts: [account.name]
    });
  }
  if (!draft.accountStatus.has(account.name) && (toRemove.length > 0 || Object.keys(toSet).length > 0))
    draft.accountStatus.set(account.name, "updated");
}
function accountTagDifferences(account, tags, adopting = false) {
  const toSet = Object.fromEntries(
    Object.entries(account.tags).filter(
      ([key, value]) => tags[key] !== value && !(adopting && key === MANAGED_BY_TAG.key)
    )
  );
  const kept = (key) => key === PARAMETER_OVERRIDES_TAG || key === "Owner" && account.owner === OWNER_UNASSIGNED || key.toLowerCase().startsWith("aws:");
  const toRemove = Object.keys(tags).filter((key) => !Object.hasOwn(account.tags, key) && !kept(key)).sort();
  return { toSet, toRemove };
}

// src/shell-quoted.ts
function shellQuoted(text) {
  return /^[A-Za-z0-9._+=:,@%-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}

export {
  AccountNames,
  observedSnapshot,
  plannedSnapshot,
  levelsAllowingNothing,
  levelsOf,
  accountsBeneath,
  accountsLackingAttachment,
  scpsInForce,
  planAccountTags,
  accountTagDifferences,
  shellQuoted,
  lazySnapshot,
  movedWithin,
  loosens,
  planScps,
  planRetiredScps,
  attachedElsewhere
};
