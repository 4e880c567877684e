import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  compareText
} from "./chunk-5ZL7S7IZ.js";

// src/plan/change-accounts.ts
function instancesActedOn(change) {
  if (!change.target.startsWith("stackset:") || !change.scope.members) return [];
  const instances = change.after?.instances;
  return Array.isArray(instances) ? instances.map((instance) => {
    const { account, region } = instance;
    return `${String(account)}/${String(region)}`;
  }) : [...change.scope.members];
}
function accountsActedIn(change) {
  if (change.target.startsWith("account:")) return [change.target.slice("account:".length)];
  const accounts = instancesActedOn(change).map((member) => member.slice(0, member.lastIndexOf("/")));
  return [...new Set(accounts)].sort(compareText);
}
function accountsReached(entry) {
  if (entry?.kind === "scp") return entry.affected;
  if (entry?.kind === "stackset") return entry.accounts;
  return [];
}

export {
  instancesActedOn,
  accountsActedIn,
  accountsReached
};
