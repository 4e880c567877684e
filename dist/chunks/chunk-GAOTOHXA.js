import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  TEMPLATE_RULES,
  checkScps
} from "./chunk-LOLNR32M.js";
import {
  jsonNumberLiterals,
  numberAsJavaScriptWrites
} from "./chunk-PBUMDURM.js";
import {
  LONE_SURROGATE,
  POLICY_DESCRIPTION,
  RULES,
  isForbiddenKey,
  lengthProblem,
  parseRepositoryFile,
  templateToJson
} from "./chunk-EFBOC2AA.js";
import {
  findHiddenCharacters
} from "./chunk-BREP4LFV.js";

// src/config/file-checks.ts
function policyProblems(name, file, content, description, quotas) {
  const raw = parseRepositoryFile(file, new TextEncoder().encode(content), { json: true });
  if (!raw.source)
    return raw.diagnostics.map(
      (diagnostic) => diagnostic.rule === RULES.yamlDuplicateKey ? `${diagnostic.rule}: its content has a key twice in one object; a file written from it would keep only the last, and so misstate the policy` : describeDiagnostic(diagnostic)
    );
  const lossy = jsonNumberLiterals(content).filter((literal) => numberAsJavaScriptWrites(literal) !== void 0);
  if (lossy.length > 0)
    return [
      `${RULES.scpSyntax}: its content has the number ${lossy[0]}, which vend would read, write and send as ${numberAsJavaScriptWrites(lossy[0])} (JavaScript numbers keep about 17 digits), so the file would say another policy than the one AWS enforces. To manage it with vend, quote it in AWS ("${lossy[0]}", with aws organizations update-policy --content; IAM compares condition values as strings), then import again`
    ];
  const text = `${JSON.stringify(JSON.parse(content), null, 2)}
`;
  const parsed = parseRepositoryFile(file, new TextEncoder().encode(text), { json: true });
  if (!parsed.source) return parsed.diagnostics.map(describeDiagnostic);
  const repository = {
    ...emptyRepository(),
    scps: /* @__PURE__ */ new Map([
      [name, { name, description, file, source: parsed.source, document: parsed.source.document.toJS() }]
    ])
  };
  const problems = checkScps({ repository, now: /* @__PURE__ */ new Date(0), quotas }).map(describeDiagnostic);
  const descriptionProblem = lengthProblem(POLICY_DESCRIPTION, description) ?? textProblem(description);
  if (descriptionProblem) problems.push(`scp-description: its description ${descriptionProblem}`);
  return problems;
}
function templateProblems(file, body) {
  const parsed = parseRepositoryFile(file, new TextEncoder().encode(body), { allowCustomTags: true });
  return parsed.source ? [] : parsed.diagnostics.map(describeDiagnostic);
}
function templateRuleProblems(baseline, file, body, quotas) {
  const template = loadedTemplate(baseline, file, body);
  if (!template) return [];
  const repository = { ...emptyRepository(), templates: /* @__PURE__ */ new Map([[baseline, template]]) };
  const context = { repository, now: /* @__PURE__ */ new Date(0), quotas };
  return TEMPLATE_RULES.flatMap((rule) => rule(context)).filter((diagnostic) => diagnostic.severity === "error").map(describeDiagnostic);
}
function loadedTemplate(baseline, file, body) {
  const parsed = parseRepositoryFile(file, new TextEncoder().encode(body), { allowCustomTags: true });
  return parsed.source ? { baseline, file, body, source: parsed.source, template: templateToJson(parsed.source.document) } : void 0;
}
function describeDiagnostic(diagnostic) {
  return `${diagnostic.rule}: ${diagnostic.message.replace(/\.+$/, "")}`;
}
function textProblem(text) {
  const [hidden] = findHiddenCharacters(text);
  if (hidden)
    return `has the hidden character ${hidden.codePoint} (${hidden.name}), which validate refuses (${RULES.hiddenCharacter}): reviewers could not see it`;
  if (LONE_SURROGATE.test(text))
    return `has half a UTF-16 surrogate pair, which is no character and which validate refuses (${RULES.yamlEncoding})`;
  return void 0;
}
function keyProblem(key) {
  if (isForbiddenKey(key))
    return `is '${key}', a key validate refuses (${RULES.yamlForbiddenKey}): it could reach Object.prototype`;
  return textProblem(key);
}
function emptyRepository() {
  return { organizationalUnits: [], accounts: [], scps: /* @__PURE__ */ new Map(), templates: /* @__PURE__ */ new Map(), filesRead: [] };
}

export {
  policyProblems,
  templateProblems,
  templateRuleProblems,
  loadedTemplate,
  describeDiagnostic,
  textProblem,
  keyProblem,
  emptyRepository
};
