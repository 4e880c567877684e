import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  loosens
} from "./chunk-FIBX53YH.js";
import {
  maskNoEchoDefaults,
  noEchoIn
} from "./chunk-DTP7CD5J.js";
import {
  CHANGE_KINDS
} from "./chunk-AA4LRLPW.js";
import {
  countOf,
  listNames
} from "./chunk-EFBOC2AA.js";
import {
  compareText
} from "./chunk-5ZL7S7IZ.js";

// src/drift/branch-edits.ts
function branchEdit(change, mains, plans) {
  if (change.kind === CHANGE_KINDS.updateStackInstances || change.kind === CHANGE_KINDS.addStackInstances)
    return mains.flatMap((main2) => overrideEdit(change, main2, plans));
  const main = mains[0];
  if (main === void 0) return [];
  const field = (of, name2) => {
    const value = of.after?.[name2];
    return typeof value === "string" ? value : void 0;
  };
  const name = change.target.slice(change.target.indexOf(":") + 1);
  if (change.kind === CHANGE_KINDS.updateScp || change.kind === CHANGE_KINDS.createScp) {
    const [mainContent, branchContent] = [field(main, "content"), field(change, "content")];
    if (mainContent === void 0 || branchContent === void 0 || mainContent === branchContent) return [];
    const edit = { changeId: change.id, resource: `SCP ${name}`, of: "SCP content" };
    return [{ ...edit, main: mainContent, branch: branchContent, loosens: loosens(mainContent, branchContent) }];
  }
  if (change.kind === CHANGE_KINDS.updateStackSet || change.kind === CHANGE_KINDS.createStackSet) {
    const [mainBody, branchBody] = [field(main, "templateBody"), field(change, "templateBody")];
    const template = mainBody === void 0 || branchBody === void 0 || mainBody === branchBody ? [] : [{ changeId: change.id, resource: `StackSet ${name}`, of: "template", main: mainBody, branch: branchBody }];
    return [...template, ...parameterEdit(change, main, `StackSet ${name}`)];
  }
  if (change.kind === CHANGE_KINDS.moveAccount) {
    const [mainOu, branchOu] = [String(fieldOf(main.after, "ou")), String(fieldOf(change.after, "ou"))];
    if (mainOu === branchOu) return [];
    const inForce = (plan) => plan.accounts.find((account) => account.name === name)?.scpsInForce ?? [];
    const leaves = inForce(plans.main).filter((scp) => !inForce(plans.pullRequest).includes(scp));
    return [
      {
        changeId: change.id,
        resource: `account ${name}`,
        of: "OU",
        main: mainOu,
        branch: branchOu,
        ...leaves.length > 0 ? { leaves } : {}
      }
    ];
  }
  if (change.kind === CHANGE_KINDS.tagAccount) {
    const [mainTags, branchTags] = [main.after, change.after];
    const keys = Object.keys(branchTags ?? {}).filter((key) => mainTags?.[key] !== void 0 && mainTags[key] !== branchTags[key]).sort(compareText);
    if (keys.length === 0) return [];
    const lines = (tags) => keys.map((key) => `${key}: ${JSON.stringify(tags[key])}`).join("\n");
    return [
      {
        changeId: change.id,
        resource: `account ${name}`,
        of: "tags",
        main: lines(mainTags),
        branch: lines(branchTags)
      }
    ];
  }
  return [];
}
function overrideEdit(change, main, plans) {
  const after = (of) => of.after ?? {};
  const [mainAfter, branchAfter] = [after(main), after(change)];
  const member = ({ account, region }) => `${account} ${region}`;
  const shared = new Set((mainAfter.instances ?? []).map(member));
  const instances = (branchAfter.instances ?? []).map(member).filter((instance) => shared.has(instance));
  const stackSet = String(branchAfter.stackSet ?? change.scope.stackSet);
  if (instances.length === 0) return [];
  const secret = /* @__PURE__ */ new Set([
    ...plans.main.noEchoParameters[stackSet] ?? [],
    ...plans.pullRequest.noEchoParameters[stackSet] ?? []
  ]);
  const named = instances.length <= NAMED_INSTANCES ? listNames(instances) : countOf(instances.length, "instance");
  const resource = `StackSet ${stackSet} overrides in ${named}`;
  return parameterLines(
    change.id,
    resource,
    mainAfter.parameterOverrides ?? {},
    branchAfter.parameterOverrides ?? {},
    secret
  );
}
var NAMED_INSTANCES = 5;
function parameterEdit(change, main, resource) {
  const after = (of) => of.after ?? {};
  const [mainAfter, branchAfter] = [after(main), after(change)];
  const secret = /* @__PURE__ */ new Set([...noEchoIn(mainAfter.templateBody ?? ""), ...noEchoIn(branchAfter.templateBody ?? "")]);
  return parameterLines(change.id, resource, mainAfter.parameters ?? {}, branchAfter.parameters ?? {}, secret);
}
function parameterLines(changeId, resource, mainParameters, branchParameters, secret) {
  const keys = [.../* @__PURE__ */ new Set([...Object.keys(mainParameters), ...Object.keys(branchParameters)])].filter((key) => mainParameters[key] !== branchParameters[key]).sort(compareText);
  if (keys.length === 0) return [];
  const lines = (parameters) => keys.map(
    (key) => parameters[key] === void 0 ? `${key}: (not set)` : secret.has(key) ? `${key}: (NoEcho, ${parameters === mainParameters ? "main's" : "this branch's"} value not shown)` : `${key}: ${JSON.stringify(parameters[key])}`
  ).join("\n");
  return [{ changeId, resource, of: "parameters", main: lines(mainParameters), branch: lines(branchParameters) }];
}
function fieldOf(value, key) {
  return typeof value === "object" && value !== null ? value[key] : void 0;
}
function shownEdit(edit) {
  if (edit.of !== "template") return edit;
  const secret = [.../* @__PURE__ */ new Set([...noEchoIn(edit.main), ...noEchoIn(edit.branch)])];
  return {
    ...edit,
    main: maskNoEchoDefaults(edit.main, secret),
    branch: maskNoEchoDefaults(edit.branch, secret, edit.main)
  };
}

export {
  branchEdit,
  shownEdit
};
