import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  isMaskedValue
} from "./chunk-DTP7CD5J.js";
import {
  ACCOUNT_NAME_IN_AWS,
  ACCOUNT_NAME_MAX_LENGTH,
  MANAGED_BY_TAG,
  OWNER_UNASSIGNED,
  PARAMETER_OVERRIDES_TAG,
  VEND_TAG_PREFIX
} from "./chunk-EFBOC2AA.js";
import {
  compareText
} from "./chunk-5ZL7S7IZ.js";

// src/import/account-manifests.ts
function accountCandidates(live, units, whole) {
  const unitsById = new Map(units.map((unit) => [unit.id, unit]));
  const candidates = [];
  const findings = [];
  for (const account of [...live.accounts].sort((a, b) => compareText(a.id, b.id))) {
    const subject = `account ${account.id} (${account.name})`;
    const leftOut = (message) => findings.push(leftOutAccount(account, message));
    if (account.id === live.organization.managementAccountId) {
      findings.push({
        kind: "note",
        subject,
        message: "The management account is managementAccountId, with no manifest: vend never moves or closes it, and no SCP applies to it."
      });
      continue;
    }
    const unit = unitsById.get(account.parentId);
    if (account.parentId === live.root.id ? !whole : !unit?.complete) continue;
    if (account.status !== "ACTIVE") {
      findings.push({ kind: "inactive", subject, message: `${account.status || "no status"}: listed, not written.` });
      continue;
    }
    if (!unit) {
      leftOut(
        "It is directly under the root, and a manifest names an OU. Move it into an OU, then import it (vend import --accounts-only --ou <that OU>)."
      );
      continue;
    }
    if (!ACCOUNT_NAME_IN_AWS.test(account.name)) {
      const characters = [...account.name];
      const reasons = [
        ...characters.length > ACCOUNT_NAME_MAX_LENGTH ? [`is ${characters.length} characters long, more than the ${ACCOUNT_NAME_MAX_LENGTH} accountName allows`] : [],
        ...characters.some((character) => !ACCOUNT_NAME_IN_AWS.test(character)) ? ["has characters accountName refuses"] : []
      ];
      leftOut(
        `Its name ${reasons.join(" and ") || "is empty"} (${ACCOUNT_NAME_IN_AWS.source}: what both CreateAccount and PutAccountName accept), so vend would rename it. Rename it in AWS (aws account put-account-name), then import it.`
      );
      continue;
    }
    const { Owner: ownerTag, [MANAGED_BY_TAG.key]: managedBy, ...rest } = account.tags ?? {};
    const tags = Object.fromEntries(
      Object.entries(rest).filter(([key]) => key !== PARAMETER_OVERRIDES_TAG && !/^aws:/i.test(key)).sort(([a], [b]) => compareText(a, b))
    );
    const reserved = Object.keys(tags).filter((key) => key.toLowerCase().startsWith(VEND_TAG_PREFIX));
    if (reserved.length > 0) {
      leftOut(
        `Its tag${reserved.length === 1 ? "" : "s"} ${reserved.join(", ")} ${reserved.length === 1 ? "has" : "have"} the prefix vend keeps for itself (${VEND_TAG_PREFIX}), so a manifest cannot declare ${reserved.length === 1 ? "it" : "them"} and the first plan would remove ${reserved.length === 1 ? "it" : "them"}. Remove ${reserved.length === 1 ? "it" : "them"} in AWS, then import it.`
      );
      continue;
    }
    if (managedBy !== void 0 && managedBy !== MANAGED_BY_TAG.value)
      findings.push({
        kind: "check",
        subject,
        message: `Its ${MANAGED_BY_TAG.key} tag is '${managedBy}'; adopting it sets ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}. Make sure ${managedBy} no longer manages it, or remove its manifest.`
      });
    candidates.push({ account, ou: unit.path, owner: ownerTag?.trim() ? ownerTag : OWNER_UNASSIGNED, tags });
  }
  const byEmail = /* @__PURE__ */ new Map();
  for (const candidate of candidates) {
    const key = candidate.account.email.toLowerCase();
    byEmail.set(key, [...byEmail.get(key) ?? [], candidate]);
  }
  const alike = new Set([...byEmail.values()].filter((group) => group.length > 1).flat());
  for (const candidate of alike) {
    const others = byEmail.get(candidate.account.email.toLowerCase()).filter((other) => other !== candidate);
    findings.push(
      leftOutAccount(
        candidate.account,
        `Its root email ${candidate.account.email} is ${others.map((other) => `account ${other.account.id}'s (${other.account.email})`).join(", ")} but for letter case, and validate refuses two manifests alike so (unique-account-email). Change one root email (aws account start-primary-email-update) or close that account, then import again.`
      )
    );
  }
  return { candidates: candidates.filter((candidate) => !alike.has(candidate)), findings };
}
function accountManifest(candidate, context) {
  const { account } = candidate;
  const own = [...context.baselines.overrides.keys()].filter((name) => !context.inherited.has(name)).sort(compareText);
  const regions = context.baselines.regions;
  const parameters = Object.fromEntries(
    [...context.baselines.overrides].filter(([, overrides]) => Object.keys(overrides).length > 0).sort(([a], [b]) => compareText(a, b)).map(([baseline, overrides]) => {
      const stackSet = context.stackSetParameters.get(baseline) ?? {};
      const differing = Object.entries(overrides).filter(
        ([key, value]) => stackSet[key] !== value || isMaskedValue(value)
      );
      const written = differing.length > 0 ? differing : Object.entries(overrides);
      return [baseline, Object.fromEntries(written.sort(([a], [b]) => compareText(a, b)))];
    })
  );
  return {
    name: context.name,
    ...account.name === context.name ? {} : { accountName: account.name },
    email: account.email,
    ou: candidate.ou,
    owner: candidate.owner,
    ...Object.keys(candidate.tags).length > 0 ? { tags: candidate.tags } : {},
    ...regions && regions.join(",") !== [...context.defaultRegions].sort(compareText).join(",") ? { regions } : {},
    ...own.length > 0 ? { baselines: own } : {},
    ...context.attachments.scps.length > 0 ? { scps: context.attachments.scps } : {},
    ...context.attachments.fullAWSAccess ? {} : { fullAWSAccess: false },
    ...Object.keys(parameters).length > 0 ? { parameters } : {}
  };
}
function leftOutAccount(account, message) {
  return {
    kind: "left-out",
    subject: `account ${account.id} (${account.name})`,
    message,
    leftOutAccountIds: [account.id]
  };
}
function leftOutAccountIds(findings) {
  return new Set(findings.flatMap((finding) => finding.leftOutAccountIds ?? []));
}

export {
  accountCandidates,
  accountManifest,
  leftOutAccount,
  leftOutAccountIds
};
