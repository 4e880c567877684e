import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  stackSetName
} from "./chunk-AA4LRLPW.js";
import {
  parametersOf,
  parseRepositoryFile,
  templateToJson
} from "./chunk-EFBOC2AA.js";
import {
  compareText
} from "./chunk-5ZL7S7IZ.js";

// src/plan/no-echo-parameters.ts
function noEchoParameters(desired, observed) {
  const { namePrefix } = desired.organization.stackSets;
  const bodies = /* @__PURE__ */ new Map();
  const add = (name, body) => bodies.set(name, [...bodies.get(name) ?? [], body]);
  for (const baseline of desired.baselines) add(stackSetName(namePrefix, baseline.name), baseline.templateBody);
  for (const stackSet of observed.stackSets) add(stackSet.name, stackSet.templateBody);
  const kept = new Map(
    desired.baselines.map((baseline) => [stackSetName(namePrefix, baseline.name), baseline.parameters])
  );
  const held = new Map(
    observed.stackSets.map((stackSet) => [
      stackSet.name,
      Object.keys(stackSet.parameters).filter((parameter) => kept.get(stackSet.name)?.[parameter] === void 0)
    ])
  );
  const secret = [];
  for (const [name, templates] of bodies) {
    const declared = new Set(templates.flatMap((body) => Object.keys(parametersIn(body))));
    const undeclared = (held.get(name) ?? []).filter((parameter) => !declared.has(parameter));
    const parameters = [.../* @__PURE__ */ new Set([...templates.flatMap(noEchoIn), ...undeclared])].sort(compareText);
    if (parameters.length > 0) secret.push([name, parameters]);
  }
  return Object.fromEntries(secret.sort(([a], [b]) => compareText(a, b)));
}
function noEchoIn(body) {
  return Object.entries(parametersIn(body)).filter(([, declaration]) => {
    const noEcho = declaration?.NoEcho;
    return noEcho === true || typeof noEcho === "string" && noEcho.toLowerCase() === "true";
  }).map(([name]) => name);
}
function maskNoEchoDefaults(body, secret, previous) {
  const defaults = (text) => {
    const { source } = parseRepositoryFile("template", new TextEncoder().encode(text), { allowCustomTags: true });
    const found = /* @__PURE__ */ new Map();
    for (const name of secret) {
      const node = source?.document.getIn(["Parameters", name, "Default"], true);
      const end = node?.range ? node.range[0] + text.slice(node.range[0], node.range[1]).trimEnd().length : 0;
      if (node?.range) found.set(name, { range: [node.range[0], end], value: JSON.stringify(node.toJSON?.()) });
    }
    return found;
  };
  const own = defaults(body);
  if (own.size === 0) return body;
  const other = previous === void 0 ? /* @__PURE__ */ new Map() : defaults(previous);
  let masked2 = body;
  for (const [name, { range, value }] of [...own].sort(([, a], [, b]) => b.range[0] - a.range[0])) {
    const mask = previous === void 0 ? NO_ECHO_MASK : !other.has(name) ? "(NoEcho: new, not shown)" : other.get(name)?.value !== value ? "(NoEcho: changed, not shown)" : NO_ECHO_MASK;
    masked2 = `${masked2.slice(0, range[0])}"${mask}"${masked2.slice(range[1])}`;
  }
  return masked2;
}
function parameterDefaultsIn(body) {
  return Object.fromEntries(
    Object.entries(parametersIn(body)).flatMap(([name, declaration]) => {
      const value = declaration?.Default;
      return ["string", "number", "boolean"].includes(typeof value) ? [[name, String(value)]] : [];
    })
  );
}
function parameterNamesIn(body) {
  return Object.keys(parametersIn(body));
}
function parametersIn(body) {
  const { source } = parseRepositoryFile("template", new TextEncoder().encode(body), { allowCustomTags: true });
  return source ? parametersOf(templateToJson(source.document)) : {};
}
var NO_ECHO_MASK = "****";
function isMaskedValue(value) {
  return /^\*+$/.test(value);
}
function withUnreadableSecrets(stackSet, wanted) {
  return { ...stackSet, parameters: unmasked(stackSet.parameters, wanted, noEchoIn(stackSet.templateBody)) };
}
function masked(parameters, secret) {
  return Object.fromEntries(
    Object.entries(parameters).map(([key, value]) => [
      key,
      secret.includes(key) && !isMaskedValue(value) ? NO_ECHO_MASK : value
    ])
  );
}
function unmasked(observed, wanted, secret) {
  return Object.fromEntries(
    Object.entries(observed).map(([key, value]) => [
      key,
      secret.includes(key) && wanted[key] !== void 0 && (isMaskedValue(value) || isMaskedValue(wanted[key])) ? wanted[key] : value
    ])
  );
}
function maskedSecretsProblem(baseline, stackSet) {
  const masked2 = noEchoIn(baseline.templateBody).filter((key) => isMaskedValue(baseline.parameters[key] ?? ""));
  if (masked2.length === 0) return void 0;
  return `${masked2.join(", ")} ${masked2.length === 1 ? "is a NoEcho parameter" : "are NoEcho parameters"} of baseline ${baseline.name} whose value in organization.yaml is the mask AWS returns (****), and StackSet ${stackSet} does not exist to keep a deployed value: creating it would deploy the mask. Put the real value there.`;
}

export {
  noEchoParameters,
  noEchoIn,
  maskNoEchoDefaults,
  parameterDefaultsIn,
  parameterNamesIn,
  isMaskedValue,
  withUnreadableSecrets,
  masked,
  unmasked,
  maskedSecretsProblem
};
