import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, normalize, sep } from 'node:path';
import { templateToJson } from './cloudformation-template.js';
import { RULES } from './diagnostics.js';
import type { Diagnostic } from './diagnostics.js';
import { flattenOrganizationalUnits } from './documents.js';
import type { AccountDocument, DeclaredOrganizationalUnit, OrganizationDocument, Parsed } from './documents.js';
import { parseRepositoryFile } from './safe-yaml.js';
import type { SourceFile } from './safe-yaml.js';
import { checkSchema } from './schema-check.js';
import type { SchemaName } from './schema-check.js';

export const ORGANIZATION_FILE = 'baselines/organization.yaml';
export const ACCOUNTS_DIR = 'accounts';
export const BASELINES_DIR = 'baselines';

export interface LoadedScp {
  name: string;
  description: string;
  /** Repository-relative path of the policy file. */
  file: string;
  source: SourceFile;
  document: unknown;
}

export interface LoadedTemplate {
  baseline: string;
  file: string;
  body: string;
  source: SourceFile;
  template: unknown;
}

/** Every repository file vend reads, parsed and schema-checked, before any cross-file rule runs. */
export interface LoadedRepository {
  organization?: Parsed<OrganizationDocument>;
  organizationalUnits: DeclaredOrganizationalUnit[];
  accounts: Parsed<AccountDocument>[];
  scps: Map<string, LoadedScp>;
  templates: Map<string, LoadedTemplate>;
  /** Repository-relative paths of every file that was read. */
  filesRead: string[];
}

/**
 * Reads the repository at `root`. Files that fail to parse or fail their schema are reported and left out, so
 * cross-file rules only ever see well-formed documents and one mistake yields one diagnostic.
 */
export function readRepository(root: string): { repository: LoadedRepository; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const repository: LoadedRepository = {
    organizationalUnits: [],
    accounts: [],
    scps: new Map(),
    templates: new Map(),
    filesRead: [],
  };

  const organization = readDocument<OrganizationDocument>(
    root,
    ORGANIZATION_FILE,
    'organization',
    repository,
    diagnostics,
  );
  if (organization) {
    repository.organization = organization;
    repository.organizationalUnits = flattenOrganizationalUnits(organization.value.organizationalUnits);
    readScps(root, organization, repository, diagnostics);
    readTemplates(root, organization, repository, diagnostics);
  }
  for (const file of listAccountFiles(root, diagnostics)) {
    const account = readDocument<AccountDocument>(root, file, 'account', repository, diagnostics);
    if (account) repository.accounts.push(account);
  }
  return { repository, diagnostics };
}

function listAccountFiles(root: string, diagnostics: Diagnostic[]): string[] {
  let names: string[];
  try {
    names = readdirSync(join(root, ACCOUNTS_DIR));
  } catch {
    diagnostics.push(
      layoutError(
        ACCOUNTS_DIR,
        `directory '${ACCOUNTS_DIR}/' is missing; create it with one <name>.yaml manifest per account.`,
      ),
    );
    return [];
  }
  return names
    .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
    .sort()
    .map((name) => `${ACCOUNTS_DIR}/${name}`);
}

function readDocument<T>(
  root: string,
  file: string,
  schema: SchemaName,
  repository: LoadedRepository,
  diagnostics: Diagnostic[],
): Parsed<T> | undefined {
  const bytes = readBytes(root, file, repository);
  if (!bytes) {
    diagnostics.push(
      layoutError(file, `'${file}' is missing; vend needs it to know the organization. See the README for its format.`),
    );
    return undefined;
  }
  const parsed = parseRepositoryFile(file, bytes);
  diagnostics.push(...parsed.diagnostics);
  if (!parsed.source) return undefined;
  const value = parsed.source.document.toJS() as T;
  const schemaErrors = checkSchema(schema, parsed.source, value);
  diagnostics.push(...schemaErrors);
  return schemaErrors.length > 0 ? undefined : { source: parsed.source, value };
}

function readScps(
  root: string,
  organization: Parsed<OrganizationDocument>,
  repository: LoadedRepository,
  diagnostics: Diagnostic[],
) {
  for (const [name, entry] of Object.entries(organization.value.scps ?? {})) {
    const file = referencedFile(organization, entry.file, ['scps', name, 'file'], diagnostics);
    if (!file) continue;
    const parsed = parseReferencedFile(
      root,
      file,
      organization,
      ['scps', name, 'file'],
      repository,
      diagnostics,
      false,
    );
    if (!parsed) continue;
    try {
      JSON.parse(parsed.text);
    } catch {
      diagnostics.push(
        parsed.diagnostic(
          RULES.scpSyntax,
          'SCP files must be JSON (AWS accepts no YAML); rewrite it as a JSON policy document.',
        ),
      );
      continue;
    }
    repository.scps.set(name, {
      name,
      description: entry.description ?? '',
      file,
      source: parsed,
      document: parsed.document.toJS(),
    });
  }
}

function readTemplates(
  root: string,
  organization: Parsed<OrganizationDocument>,
  repository: LoadedRepository,
  diagnostics: Diagnostic[],
) {
  for (const [baseline, entry] of Object.entries(organization.value.baselines ?? {})) {
    const yamlPath = ['baselines', baseline, 'template'];
    const file = referencedFile(organization, entry.template, yamlPath, diagnostics);
    if (!file) continue;
    const parsed = parseReferencedFile(root, file, organization, yamlPath, repository, diagnostics, true);
    if (!parsed) continue;
    repository.templates.set(baseline, {
      baseline,
      file,
      body: parsed.text,
      source: parsed,
      template: templateToJson(parsed.document),
    });
  }
}

/**
 * Resolves a path from organization.yaml relative to baselines/. Paths that leave baselines/ are refused:
 * the repository is pull-request input, and vend must not be pointed at arbitrary files on the runner.
 */
function referencedFile(
  organization: Parsed<OrganizationDocument>,
  reference: string,
  yamlPath: string[],
  diagnostics: Diagnostic[],
): string | undefined {
  const file = normalize(join(BASELINES_DIR, reference)).split(sep).join('/');
  if (isAbsolute(reference) || !file.startsWith(`${BASELINES_DIR}/`)) {
    diagnostics.push(
      organization.source.diagnostic(
        RULES.fileReference,
        `'${reference}' points outside ${BASELINES_DIR}/; use a path relative to ${BASELINES_DIR}/.`,
        yamlPath,
      ),
    );
    return undefined;
  }
  return file;
}

function parseReferencedFile(
  root: string,
  file: string,
  organization: Parsed<OrganizationDocument>,
  yamlPath: string[],
  repository: LoadedRepository,
  diagnostics: Diagnostic[],
  isTemplate: boolean,
): SourceFile | undefined {
  const bytes = readBytes(root, file, repository);
  if (!bytes) {
    diagnostics.push(
      organization.source.diagnostic(
        RULES.fileReference,
        `file '${file}' does not exist; create it or fix the path.`,
        yamlPath,
      ),
    );
    return undefined;
  }
  const parsed = parseRepositoryFile(file, bytes, { allowCustomTags: isTemplate });
  for (const diagnostic of parsed.diagnostics) {
    diagnostics.push(
      isTemplate && diagnostic.rule === RULES.yamlSyntax
        ? { ...diagnostic, rule: RULES.templateParse, message: `template does not parse: ${diagnostic.message}` }
        : !isTemplate && diagnostic.rule === RULES.yamlSyntax
          ? { ...diagnostic, rule: RULES.scpSyntax, message: `SCP is not valid JSON: ${diagnostic.message}` }
          : diagnostic,
    );
  }
  return parsed.source;
}

function readBytes(root: string, file: string, repository: LoadedRepository): Uint8Array | undefined {
  const path = join(root, file);
  try {
    if (!statSync(path).isFile()) return undefined;
    const bytes = readFileSync(path);
    repository.filesRead.push(file);
    return bytes;
  } catch {
    return undefined;
  }
}

function layoutError(file: string, message: string): Diagnostic {
  return { file, line: 1, column: 1, rule: RULES.repositoryLayout, severity: 'error', message };
}
