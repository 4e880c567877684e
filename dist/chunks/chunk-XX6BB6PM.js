import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  MANAGED_BY_TAG,
  ORGANIZATIONS_TAG_KEY,
  ORGANIZATIONS_TAG_VALUE,
  PARAMETER_OVERRIDES_TAG,
  RULES,
  VEND_TAG_PREFIX,
  WAIVABLE_RULES,
  describeCharacter,
  lengthIn,
  lengthProblem,
  limitPhrase,
  refusedCharacters
} from "./chunk-LI2J643O.js";

// src/config/rules/exceptions.ts
var WARNING_DAYS = 14;
var DAY_MS = 24 * 60 * 60 * 1e3;
function expiryInstant(expires) {
  const instant = Date.parse(`${expires}T23:59:59.999Z`);
  return !Number.isNaN(instant) && new Date(instant).toISOString().startsWith(expires) ? instant : NaN;
}
function expiresSoon(expires, now) {
  const today = Date.parse(`${now.toISOString().slice(0, 10)}T00:00:00Z`);
  return Date.parse(`${expires}T00:00:00Z`) - today <= WARNING_DAYS * DAY_MS;
}
function waivedRules(account, now) {
  const waived = /* @__PURE__ */ new Set();
  for (const exception of account.exceptions ?? []) {
    const rule = exception.rule;
    if (WAIVABLE_RULES.includes(rule) && expiryInstant(exception.expires) >= now.getTime()) waived.add(rule);
  }
  return waived;
}
function notACalendarDate(source, expires, path) {
  return source.diagnostic(RULES.schema, `'${expires}' is not a calendar date; write it as YYYY-MM-DD.`, path);
}
var checkExceptions = ({ repository, now }) => {
  const diagnostics = [];
  for (const account of repository.accounts) diagnostics.push(...checkAccountExceptions(account, now));
  return diagnostics;
};
function checkAccountExceptions({ source, value }, now) {
  const diagnostics = [];
  (value.exceptions ?? []).forEach((exception, index) => {
    const path = ["exceptions", index];
    if (!WAIVABLE_RULES.includes(exception.rule)) {
      diagnostics.push(
        source.diagnostic(
          RULES.exceptionUnknownRule,
          `exception names rule '${exception.rule}', which cannot be waived; use one of: ${WAIVABLE_RULES.join(", ")}.`,
          [...path, "rule"]
        )
      );
      return;
    }
    const expires = expiryInstant(exception.expires);
    if (Number.isNaN(expires)) {
      diagnostics.push(notACalendarDate(source, exception.expires, [...path, "expires"]));
    } else if (expires < now.getTime()) {
      diagnostics.push(
        source.diagnostic(
          RULES.exceptionExpired,
          `exception for '${exception.rule}' expired on ${exception.expires}; renew it with a new approval and date, or remove it and comply with the rule.`,
          [...path, "expires"]
        )
      );
    } else if (expiresSoon(exception.expires, now)) {
      diagnostics.push({
        ...source.diagnostic(
          RULES.exceptionExpiring,
          `exception for '${exception.rule}' expires on ${exception.expires}, within ${WARNING_DAYS} days; renew it or plan to comply.`,
          [...path, "expires"]
        ),
        severity: "warning"
      });
    }
  });
  return diagnostics;
}

// src/config/rules/rule-context.ts
var isMapping = (value) => !!value && typeof value === "object" && !Array.isArray(value);
function functionName(node) {
  if (!isMapping(node)) return void 0;
  const keys = Object.keys(node);
  const name = keys.length === 1 ? keys[0] : void 0;
  return name !== void 0 && (name === "Ref" || name === "Condition" || name.startsWith("Fn::")) ? name : void 0;
}
function functionCalls(node, path = []) {
  if (Array.isArray(node)) return node.flatMap((item, index) => functionCalls(item, [...path, index]));
  if (!isMapping(node)) return [];
  const name = functionName(node);
  return [
    ...name === void 0 ? [] : [{ name, argument: node[name], path }],
    ...Object.keys(node).flatMap((key) => functionCalls(node[key], [...path, key]))
  ];
}

// src/config/rules/tag-rules.ts
function taggedManifests(repository) {
  const wellFormed = ({ value }) => {
    const { tags, owner, parameters } = value ?? {};
    return (tags === void 0 || isMapping(tags) && Object.values(tags).every((tag) => typeof tag === "string")) && typeof owner === "string" && (parameters === void 0 || isMapping(parameters));
  };
  return [...repository.accounts, ...(repository.accountsFailingSchema ?? []).filter(wellFormed)];
}
var checkTagLimits = ({ repository, quotas }) => {
  const diagnostics = [];
  for (const { source, value } of taggedManifests(repository)) {
    const tags = Object.entries(value.tags ?? {});
    const record = Object.entries(value.parameters ?? {}).filter(([, overrides]) => Object.keys(overrides ?? {}).length > 0).map(([baseline]) => baseline).sort().join(" ");
    const vendTags = ["Owner", MANAGED_BY_TAG.key, ...record ? [PARAMETER_OVERRIDES_TAG] : []];
    const total = (/* @__PURE__ */ new Set([...tags.map(([key]) => key), ...vendTags])).size;
    if (total > quotas.tagsPerAccount) {
      diagnostics.push(
        source.diagnostic(
          RULES.tagLimits,
          `${total} tags including the ones vend sets (${vendTags.join(", ")}); ${limitPhrase("AWS", "tagsPerAccount", quotas.tagsPerAccount, " per account")}. Remove ${total - quotas.tagsPerAccount}.`,
          ["tags"],
          "key"
        )
      );
    }
    const recordProblem = lengthProblem(ORGANIZATIONS_TAG_VALUE, record);
    if (recordProblem)
      diagnostics.push(
        source.diagnostic(
          RULES.tagLimits,
          `the baselines these parameters override are recorded in the tag ${PARAMETER_OVERRIDES_TAG} as '${record.slice(0, 40)}\u2026', which ${recordProblem} (${ORGANIZATIONS_TAG_VALUE.member}); override fewer baselines, or shorten their names.`,
          ["parameters"],
          "key"
        )
      );
    for (const [key, tagValue] of tags) {
      const at = ["tags", key];
      if (key.toLowerCase().startsWith("aws:"))
        diagnostics.push(
          source.diagnostic(RULES.tagLimits, `tag key '${key}' uses the reserved 'aws:' prefix; rename it.`, at, "key")
        );
      else if (key.toLowerCase().startsWith(VEND_TAG_PREFIX))
        diagnostics.push(
          source.diagnostic(
            RULES.tagLimits,
            `tag key '${key}' uses the '${VEND_TAG_PREFIX}' prefix, which vend keeps for its own records; rename it.`,
            at,
            "key"
          )
        );
      else if (key === "Owner" || key === MANAGED_BY_TAG.key)
        diagnostics.push(
          source.diagnostic(
            RULES.tagLimits,
            key === "Owner" ? `tag 'Owner' is set by vend from the manifest's 'owner'; remove it from tags, and set owner instead.` : `tag '${key}' is vend's ownership record (${MANAGED_BY_TAG.key}: ${MANAGED_BY_TAG.value}), which vend sets on every account it manages; remove it from tags.`,
            at,
            "key"
          )
        );
      const parts = [
        [ORGANIZATIONS_TAG_KEY, key, `tag key '${key}'`, "key"],
        [ORGANIZATIONS_TAG_VALUE, tagValue, `the value of tag '${key}'`, "value"]
      ];
      for (const [constraint, text, what, part] of parts) {
        const problem = lengthProblem(constraint, text);
        if (problem)
          diagnostics.push(
            source.diagnostic(
              RULES.tagLimits,
              `${what} ${problem} (${constraint.member}); ${lengthIn(constraint.unit, text) > constraint.maxLength ? "shorten it" : "give it a name"}.`,
              at,
              part
            )
          );
      }
    }
  }
  return diagnostics;
};
var checkTagCharacters = ({ repository }) => {
  const diagnostics = [];
  const check = (source, constraint, text, what, path, part = "value") => {
    const refused = refusedCharacters(constraint, text);
    if (refused.length === 0) return;
    diagnostics.push(
      source.diagnostic(
        RULES.tagCharacters,
        `${what} has ${refused.map(describeCharacter).join(", ")}, which AWS Organizations refuses in tags: keys and values may contain only ${constraint.allowedCharacters} (${constraint.member}). CreateAccount refuses a new account with it, and TagResource an existing account's tags; remove or replace ${refused.length === 1 ? "it" : "them"}.`,
        path,
        part
      )
    );
  };
  for (const { source, value } of taggedManifests(repository)) {
    check(source, ORGANIZATIONS_TAG_VALUE, value.owner, `owner '${value.owner}', which becomes the tag Owner,`, [
      "owner"
    ]);
    for (const [key, tagValue] of Object.entries(value.tags ?? {})) {
      check(source, ORGANIZATIONS_TAG_KEY, key, `tag key '${key}'`, ["tags", key], "key");
      check(source, ORGANIZATIONS_TAG_VALUE, tagValue, `the value of tag '${key}'`, ["tags", key]);
    }
  }
  const organization = repository.organization;
  (organization?.value.requiredTags ?? []).forEach((key, index) => {
    check(organization.source, ORGANIZATIONS_TAG_KEY, key, `required tag key '${key}'`, ["requiredTags", index]);
    const tooLong = lengthProblem(ORGANIZATIONS_TAG_KEY, key);
    if (tooLong)
      diagnostics.push(
        organization.source.diagnostic(
          RULES.tagLimits,
          `required tag key '${key}' ${tooLong} (${ORGANIZATIONS_TAG_KEY.member}), so no manifest could set it and every account would miss it; shorten it.`,
          ["requiredTags", index]
        )
      );
    const reserved = reservedTagKey(key);
    if (reserved)
      diagnostics.push(
        organization.source.diagnostic(
          RULES.tagLimits,
          `required tag key '${key}' ${reserved}, so no manifest may set it and every account would miss it; remove it from requiredTags.`,
          ["requiredTags", index]
        )
      );
  });
  return diagnostics;
};
function reservedTagKey(key) {
  if (key.toLowerCase().startsWith("aws:")) return "uses the 'aws:' prefix, which AWS reserves";
  if (key.toLowerCase().startsWith(VEND_TAG_PREFIX))
    return `uses the '${VEND_TAG_PREFIX}' prefix, which vend keeps for its own records`;
  if (key === MANAGED_BY_TAG.key) return "is the ownership record vend sets on every account";
  return void 0;
}
function isSettableTagKey(key) {
  return reservedTagKey(key) === void 0 && refusedCharacters(ORGANIZATIONS_TAG_KEY, key).length === 0 && lengthProblem(ORGANIZATIONS_TAG_KEY, key) === void 0;
}

export {
  isMapping,
  functionName,
  functionCalls,
  DAY_MS,
  expiryInstant,
  expiresSoon,
  waivedRules,
  notACalendarDate,
  checkExceptions,
  checkTagLimits,
  checkTagCharacters,
  reservedTagKey,
  isSettableTagKey
};
