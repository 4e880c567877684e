import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  RULES,
  WAIVABLE_RULES
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

export {
  DAY_MS,
  expiryInstant,
  expiresSoon,
  waivedRules,
  notACalendarDate,
  checkExceptions
};
