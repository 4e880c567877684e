import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  countOf
} from "./chunk-EFBOC2AA.js";

// src/report/undeclared-instances.ts
var NAMED_UNDECLARED_INSTANCES = 20;
function undeclaredInstanceLines(instances, shown = NAMED_UNDECLARED_INSTANCES) {
  const management = instances.filter((instance) => instance.management).length;
  const outside = instances.filter((instance) => instance.outsideOrganization).length;
  const one = instances.length === 1;
  const outsidePhrase = outside === 0 ? "" : outside === 1 ? ", one outside the organization" : `, ${outside} outside the organization`;
  const where = management === instances.length ? "the management account, which no manifest declares" : outside === instances.length ? `${one ? "an account" : "accounts"} outside the organization` : `accounts no manifest declares${management > 0 ? ", the management account among them" : ""}${outsidePhrase}`;
  const declare = management === instances.length ? "declare the management account" : "declare the account";
  return {
    heading: `${countOf(instances.length, "stack instance")} of vend's StackSets ${one ? "stands" : "stand"} in ${where}. Apply removes none of them (vend deletes no stack in an account it does not manage), though an update of ${one ? "its" : "their"} StackSet redeploys ${one ? "it" : "them"} with the rest, and vend drift reports each: delete ${one ? "it" : "them"} by hand (DeleteStackInstances), or ${declare}.`,
    lines: [
      ...instances.slice(0, shown).map(
        (instance) => `${instance.stackSet} in ${instance.management ? `the management account ${instance.accountId} (${instance.account}), where no SCP limits its roles` : instance.outsideOrganization ? `${instance.accountId}, which is not in the organization (it left, or was removed)` : `${instance.account} (${instance.accountId})`}, ${instance.region}${instance.status ? statusNote(instance.status) : ""}`
      ),
      ...instances.length > shown ? [`\u2026 and ${instances.length - shown} more (vend plan --format json lists every one)`] : []
    ]
  };
}
function statusNote(status) {
  return status === "OUTDATED" ? " (OUTDATED: an operation did not finish there, a failed update say, and apply does not retry it)" : ` (${status})`;
}
function undeclaredInstancesClause(count, where) {
  if (!count) return "";
  return `, but for ${countOf(count, "stack instance")} of vend's StackSets in accounts no manifest declares, which apply does not remove (${where})`;
}

export {
  NAMED_UNDECLARED_INSTANCES,
  undeclaredInstanceLines,
  undeclaredInstancesClause
};
