import { lengthProblem, POLICY_DESCRIPTION } from './aws-constraints.js';
import { templateToJson } from './cloudformation-template.js';
import { RULES } from './diagnostics.js';
import type { Diagnostic } from './diagnostics.js';
import { findHiddenCharacters } from './hidden-characters.js';
import { jsonNumberLiterals, numberAsJavaScriptWrites } from './json-numbers.js';
import { TEMPLATE_RULES } from './load-repository.js';
import type { Quotas } from './quotas.js';
import type { LoadedRepository, LoadedTemplate } from './repository.js';
import { checkScps } from './rules/scp-rules.js';
import { isForbiddenKey, LONE_SURROGATE, parseRepositoryFile } from './safe-yaml.js';

/*
 * Validate's own rules over one file held in memory, not read from a repository: what import is about to write, and
 * what a drift finding proposes to copy into the repository, are checked before anyone writes them. Pure.
 */

/**
 * Why validate would refuse this SCP as a catalogue entry: its content as AWS holds it (`content`) read as the
 * loader reads JSON (a key twice, a hidden character), its grammar and size once pretty-printed as the file is, or
 * its description. A key twice, or a number JavaScript cannot hold, matters beyond validate: JSON.parse keeps the
 * last key and rounds the number, so the file written from it would say other than the policy AWS enforces.
 */
export function policyProblems(
  name: string,
  file: string,
  content: string,
  description: string,
  quotas: Quotas,
): string[] {
  const raw = parseRepositoryFile(file, new TextEncoder().encode(content), { json: true });
  if (!raw.source)
    return raw.diagnostics.map((diagnostic) =>
      diagnostic.rule === RULES.yamlDuplicateKey
        ? `${diagnostic.rule}: its content has a key twice in one object; a file written from it would keep only the last, and so misstate the policy`
        : describeDiagnostic(diagnostic),
    );
  // The file is written from the parsed content, so a number the parse changes would be changed in it too.
  const lossy = jsonNumberLiterals(content).filter((literal) => numberAsJavaScriptWrites(literal) !== undefined);
  if (lossy.length > 0)
    return [
      `${RULES.scpSyntax}: its content has the number ${lossy[0]}, which vend would read, write and send as ${numberAsJavaScriptWrites(lossy[0]!)} (JavaScript numbers keep about 17 digits), so the file would say another policy than the one AWS enforces. To manage it with vend, quote it in AWS ("${lossy[0]}", with aws organizations update-policy --content; IAM compares condition values as strings), then import again`,
    ];
  const text = `${JSON.stringify(JSON.parse(content), null, 2)}\n`;
  const parsed = parseRepositoryFile(file, new TextEncoder().encode(text), { json: true });
  if (!parsed.source) return parsed.diagnostics.map(describeDiagnostic);
  const repository: LoadedRepository = {
    ...emptyRepository(),
    scps: new Map([
      [name, { name, description, file, source: parsed.source, document: parsed.source.document.toJS() }],
    ]),
  };
  const problems = checkScps({ repository, now: new Date(0), quotas }).map(describeDiagnostic);
  const descriptionProblem = lengthProblem(POLICY_DESCRIPTION, description) ?? textProblem(description);
  if (descriptionProblem) problems.push(`scp-description: its description ${descriptionProblem}`);
  return problems;
}

/** Why the loader would refuse a baseline template file holding `body`, as it reads templates: none when it reads it. */
export function templateProblems(file: string, body: string): string[] {
  const parsed = parseRepositoryFile(file, new TextEncoder().encode(body), { allowCustomTags: true });
  return parsed.source ? [] : parsed.diagnostics.map(describeDiagnostic);
}

/**
 * Why validate's template rules would refuse `body` as baseline `baseline`'s template, each `rule: message`: those
 * that read the template alone (IAM values and policies, structure, functions, names, resources, limits, a role's
 * permissions boundary). Rules that read organization.yaml as well (a named IAM resource in several regions, the
 * partition) are left to validate, which import runs last. None for a template the loader refuses: templateProblems.
 */
export function templateRuleProblems(baseline: string, file: string, body: string, quotas: Quotas): string[] {
  const template = loadedTemplate(baseline, file, body);
  if (!template) return [];
  const repository: LoadedRepository = { ...emptyRepository(), templates: new Map([[baseline, template]]) };
  const context = { repository, now: new Date(0), quotas };
  return TEMPLATE_RULES.flatMap((rule) => rule(context))
    .filter((diagnostic) => diagnostic.severity === 'error')
    .map(describeDiagnostic);
}

/** `body` as validate loads baseline `baseline`'s template from `file`; undefined when the loader refuses it. */
export function loadedTemplate(baseline: string, file: string, body: string): LoadedTemplate | undefined {
  const parsed = parseRepositoryFile(file, new TextEncoder().encode(body), { allowCustomTags: true });
  return parsed.source
    ? { baseline, file, body, source: parsed.source, template: templateToJson(parsed.source.document) }
    : undefined;
}

/** `rule: message`, as a clause: the finding it goes into joins several with `;` and ends its own sentence. */
export function describeDiagnostic(diagnostic: Diagnostic): string {
  return `${diagnostic.rule}: ${diagnostic.message.replace(/\.+$/, '')}`;
}

/**
 * Why the loader would refuse `text` as a value in a YAML file, whatever the quoting (it checks values once escapes
 * are decoded), or undefined: a hidden character (rule hidden-character) or half a surrogate pair (yaml-encoding).
 */
export function textProblem(text: string): string | undefined {
  const [hidden] = findHiddenCharacters(text);
  if (hidden)
    return `has the hidden character ${hidden.codePoint} (${hidden.name}), which validate refuses (${RULES.hiddenCharacter}): reviewers could not see it`;
  if (LONE_SURROGATE.test(text))
    return `has half a UTF-16 surrogate pair, which is no character and which validate refuses (${RULES.yamlEncoding})`;
  return undefined;
}

/** Why the loader would refuse `key` as a mapping key, or undefined: one that could reach Object.prototype, or its text. */
export function keyProblem(key: string): string | undefined {
  if (isForbiddenKey(key))
    return `is '${key}', a key validate refuses (${RULES.yamlForbiddenKey}): it could reach Object.prototype`;
  return textProblem(key);
}

export function emptyRepository(): LoadedRepository {
  return { organizationalUnits: [], accounts: [], scps: new Map(), templates: new Map(), filesRead: [] };
}
