import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  countOf,
  listNames
} from "./chunk-EFBOC2AA.js";
import {
  compareText
} from "./chunk-5ZL7S7IZ.js";

// src/report/phrasing.ts
function quoted(value) {
  return JSON.stringify(value);
}
function highImpactCount(count, alsoDestructive) {
  if (alsoDestructive === 0) return { label: countOf(count, "high-impact change"), besides: "" };
  return {
    label: countOf(count, "more high-impact change"),
    besides: `, besides the ${alsoDestructive === 1 ? "destructive one" : `${alsoDestructive} destructive ones`} also marked high impact`
  };
}
function unreadOwnershipNote(accounts) {
  const unread = accounts.filter((account) => account.ownedByVend === void 0).length;
  const whose = unread === accounts.length ? unread === 1 ? "Its tags" : "Their tags" : `The tags of ${unread} of them`;
  return `${whose} were not read, so ${unread === 1 ? "it" : "one"} may still be vend's, its manifest deleted earlier (deleting a manifest closes nothing). The drift check reads ${unread === 1 ? "its tags and says whether it is" : "them and names vend's"}.`;
}
var UNDONE_DURING_RUN = "made by this run, then changed during it, by hand or by another tool";
var UNANSWERED = "its request got no answer: AWS may have carried it out, and a re-run plans only what is left";
function whereInstances(members, description) {
  const regionsByAccount = /* @__PURE__ */ new Map();
  for (const member of members) {
    const [, account, region] = /^(.*)\/([^/]+)$/.exec(member) ?? [member, member, ""];
    regionsByAccount.set(account, [...regionsByAccount.get(account) ?? [], region]);
  }
  const accountsByRegions = /* @__PURE__ */ new Map();
  for (const [account, regions] of [...regionsByAccount].sort(([a], [b]) => compareText(a, b))) {
    const key = listNames([...regions].sort(compareText), Infinity);
    accountsByRegions.set(key, [...accountsByRegions.get(key) ?? [], account]);
  }
  const groups = [...accountsByRegions];
  if (groups.length === 1 && groups[0][1].every((account) => namesWhole(description, account)))
    return ` in ${groups[0][0]}`;
  const named = groups.map(([regions, accounts]) => `${listNames(accounts, 3)} in ${regions}`);
  const shown = named.length <= 4 ? named : named.slice(0, 3);
  return `: ${shown.join("; ")}${named.length > shown.length ? `; and ${named.length - shown.length} more groups of accounts` : ""}`;
}
function namesWhole(text, name) {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (!/[\w-]/.test(text[at - 1] ?? "") && !/[\w-]/.test(text[at + name.length] ?? "")) return true;
  }
  return false;
}
function raisedQuotasNote(raised) {
  const listed = raised.map(
    ({ quota, value, awsValue }) => `${quota} ${value.toLocaleString("en-US")} (AWS: ${awsValue.toLocaleString("en-US")})`
  );
  return `baselines/organization.yaml raises ${raised.length === 1 ? "a quota" : `${raised.length} quotas`} above AWS's published ${raised.length === 1 ? "value" : "values"}: ${listNames(listed, Infinity)}. Validate and this plan checked against the raised ${raised.length === 1 ? "value" : "values"}; unless AWS has raised ${raised.length === 1 ? "it" : "them"} too, it refuses in apply, after earlier stages ran. Approve only with the AWS page that shows the new ${raised.length === 1 ? "value" : "values"}.`;
}
function changeLabel(id) {
  return id.replace(/#[0-9a-f]{8}$/, "");
}

export {
  quoted,
  highImpactCount,
  unreadOwnershipNote,
  UNDONE_DURING_RUN,
  UNANSWERED,
  whereInstances,
  raisedQuotasNote,
  changeLabel
};
