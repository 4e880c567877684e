import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  compareText
} from "./chunk-5ZL7S7IZ.js";

// src/drift/renamed-organizational-units.ts
function findRenamedOrganizationalUnits(desired, observed, ouIdByPath) {
  const declaredIds = new Set(ouIdByPath.values());
  const childrenOf = /* @__PURE__ */ new Map();
  for (const unit of observed.organizationalUnits)
    childrenOf.set(unit.parentId, [...childrenOf.get(unit.parentId) ?? [], unit]);
  const subtree = (id) => {
    const ids = /* @__PURE__ */ new Set([id]);
    for (const current of ids) for (const child of childrenOf.get(current) ?? []) ids.add(child.id);
    return ids;
  };
  const claimed = /* @__PURE__ */ new Set();
  const renamed = [];
  for (const unit of desired.organizationalUnits) {
    const parentId = ouIdByPath.get(unit.parentPath ?? "");
    if (ouIdByPath.has(unit.path) || parentId === void 0) continue;
    const beneath = (path) => path === unit.path || path.startsWith(`${unit.path}/`);
    const declaredChildren = new Set(
      desired.organizationalUnits.filter((child) => child.parentPath === unit.path).map((child) => child.name)
    );
    const scored = (childrenOf.get(parentId) ?? []).filter((candidate) => !declaredIds.has(candidate.id) && !claimed.has(candidate.id)).map((candidate) => {
      const ids = subtree(candidate.id);
      const accounts = desired.accounts.filter((account) => {
        if (!beneath(account.ou)) return false;
        const found = observed.accounts.find((o) => o.email.toLowerCase() === account.email.toLowerCase());
        return found !== void 0 && ids.has(found.parentId);
      }).length;
      const scps = observed.policies.filter(
        (policy) => unit.scps.includes(policy.name) && policy.targetIds.includes(candidate.id)
      ).length;
      const children = (childrenOf.get(candidate.id) ?? []).filter(
        (child) => declaredChildren.has(child.name)
      ).length;
      return { candidate, ids, score: accounts + scps + children };
    }).filter((entry) => entry.score > 0).sort((a, b) => b.score - a.score || compareText(a.candidate.id, b.candidate.id));
    const [best, runnerUp] = scored;
    if (!best || runnerUp && runnerUp.score === best.score) continue;
    claimed.add(best.candidate.id);
    renamed.push({
      path: unit.path,
      id: best.candidate.id,
      name: best.candidate.name,
      observedPath: best.candidate.path,
      subtreeIds: best.ids
    });
  }
  return renamed;
}

export {
  findRenamedOrganizationalUnits
};
