import { lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import type { Dirent } from 'node:fs';
import { basename, isAbsolute, join, normalize, sep } from 'node:path';
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
  /**
   * Manifests that parse but fail their schema. Left out of `accounts` and every cross-file rule; only rules that
   * check one manifest's own well-formed fields read them (tag rules), so one schema error does not hide the file's
   * other errors until the next CI round.
   */
  accountsFailingSchema?: Parsed<AccountDocument>[];
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
  // Every file's real path is compared with this one, so a root that is itself reached through a link (macOS
  // /tmp, a checkout under a linked home directory) still contains its own files.
  root = realPathOf(root) ?? root;
  const diagnostics: Diagnostic[] = [];
  const repository: LoadedRepository = {
    organizationalUnits: [],
    accounts: [],
    accountsFailingSchema: [],
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
    const account = readDocument<AccountDocument>(root, file, 'account', repository, diagnostics, (failing) =>
      repository.accountsFailingSchema?.push(failing),
    );
    if (account) repository.accounts.push(account);
  }
  return { repository, diagnostics };
}

function listAccountFiles(root: string, diagnostics: Diagnostic[]): string[] {
  // Listing a linked directory would already reveal the names of files elsewhere, and one inside the repository
  // moves every manifest out of CODEOWNERS' sight.
  if (linkOnPath(root, ACCOUNTS_DIR) !== undefined) {
    diagnostics.push(layoutError(ACCOUNTS_DIR, throughLink(`'${ACCOUNTS_DIR}'`, ACCOUNTS_DIR)));
    return [];
  }
  let entries: Dirent[];
  try {
    entries = readdirSync(join(root, ACCOUNTS_DIR), { withFileTypes: true });
  } catch (error) {
    const notDirectory = (error as NodeJS.ErrnoException).code === 'ENOTDIR';
    diagnostics.push(
      layoutError(
        ACCOUNTS_DIR,
        notDirectory
          ? `'${ACCOUNTS_DIR}' is a file, not a directory; replace it with a directory holding one <name>.yaml manifest per account.`
          : `directory '${ACCOUNTS_DIR}/' is missing; create it with one <name>.yaml manifest per account.`,
      ),
    );
    return [];
  }
  const manifests: string[] = [];
  for (const entry of entries) {
    const file = `${ACCOUNTS_DIR}/${entry.name}`;
    // A link is read (and refused) like any manifest; vend never lists or descends into what a link points at. One
    // by another name may stand for a directory of manifests, each an account left unmanaged: refused too.
    if (entry.isDirectory()) diagnostics.push(...misplacedManifests(root, file));
    else if (entry.name.endsWith('.yaml')) manifests.push(file);
    else if (entry.isSymbolicLink()) diagnostics.push(layoutError(file, throughLink(`'${file}'`, file)));
    else if (looksLikeManifest(entry.name)) diagnostics.push(misplacedManifest(file));
  }
  return manifests.sort();
}

/** YAML by its extension, in any case: what an author may have meant as a manifest. */
const looksLikeManifest = (name: string) => /\.ya?ml$/i.test(name);

/**
 * Manifests vend does not read: anything YAML in a subdirectory of accounts/. An ignored manifest is an account
 * silently left unmanaged, so each is an error rather than nothing.
 */
function misplacedManifests(root: string, directory: string): Diagnostic[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(join(root, directory), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const file = `${directory}/${entry.name}`;
    if (entry.isDirectory()) return misplacedManifests(root, file);
    if (entry.isSymbolicLink()) return [layoutError(file, throughLink(`'${file}'`, file))];
    return looksLikeManifest(entry.name) ? [misplacedManifest(file)] : [];
  });
}

function misplacedManifest(file: string): Diagnostic {
  const name = basename(file).replace(/\.ya?ml$/i, '');
  return layoutError(
    file,
    `'${file}' is not read, so the account it describes would not be managed: vend reads account manifests only as ${ACCOUNTS_DIR}/<name>.yaml, directly in ${ACCOUNTS_DIR}/ and with a lower-case .yaml extension. Move it to ${ACCOUNTS_DIR}/${name}.yaml, or delete it.`,
  );
}

function readDocument<T>(
  root: string,
  file: string,
  schema: SchemaName,
  repository: LoadedRepository,
  diagnostics: Diagnostic[],
  failingSchema?: (parsed: Parsed<T>) => void,
): Parsed<T> | undefined {
  const read = readBytes(root, file, repository.filesRead);
  if (!('bytes' in read)) {
    diagnostics.push(
      layoutError(
        file,
        read.refused ??
          (read.directory
            ? `'${file}' is a directory; vend reads it as a file, so replace the directory with the file.`
            : `'${file}' is missing; vend needs it to know the organization. See the README for its format.`),
      ),
    );
    return undefined;
  }
  const parsed = parseRepositoryFile(file, read.bytes);
  diagnostics.push(...parsed.diagnostics);
  if (!parsed.source) return undefined;
  const value = parsed.source.document.toJS() as T;
  const schemaErrors = checkSchema(schema, parsed.source, value);
  diagnostics.push(...schemaErrors);
  if (schemaErrors.length === 0) return { source: parsed.source, value };
  failingSchema?.({ source: parsed.source, value });
  return undefined;
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
  const read = readBytes(root, file, repository.filesRead);
  if (!('bytes' in read)) {
    diagnostics.push(
      organization.source.diagnostic(
        RULES.fileReference,
        read.refused ??
          (read.directory
            ? `'${file}' is a directory, not a file; point ${yamlPath.at(-1)} at the file itself (such as one inside it).`
            : `file '${file}' does not exist; create it or fix the path.`),
        yamlPath,
      ),
    );
    return undefined;
  }
  const parsed = parseRepositoryFile(file, read.bytes, { allowCustomTags: isTemplate, json: !isTemplate });
  for (const diagnostic of parsed.diagnostics) {
    diagnostics.push(
      isTemplate && diagnostic.rule === RULES.yamlSyntax
        ? { ...diagnostic, rule: RULES.templateParse, message: `template does not parse: ${diagnostic.message}` }
        : !isTemplate && diagnostic.rule === RULES.yamlSyntax
          ? { ...diagnostic, rule: RULES.scpSyntax }
          : !isTemplate && diagnostic.rule === RULES.yamlDuplicateKey
            ? {
                ...diagnostic,
                rule: RULES.scpSyntax,
                message: `${duplicateKeyAt(read.bytes, diagnostic) ?? 'a key'} appears twice in one JSON object; which of the two a reader takes is up to the reader, so the policy means what nobody reviewed. Remove or rename one of them.`,
              }
            : diagnostic,
    );
  }
  return parsed.source;
}

/**
 * The bytes of a repository file, or why there are none: `refused` says why vend would not read it, and
 * `directory` that the path is a directory (which a reader needs told apart from a missing file).
 */
type FileRead = { bytes: Uint8Array } | { refused?: string; directory?: boolean };

/**
 * Reads a file only if it really is inside the repository and reached without a symbolic link. The repository is
 * pull-request input and a link is as easy to commit as a file. A link to outside would make vend read, and echo
 * into diagnostics or the plan, any file on the runner (accounts/x.yaml -> /etc/passwd). A link inside would let
 * every later edit land under a path that CODEOWNERS and the plan workflow's path filter do not watch
 * (accounts -> teams/accounts). `root` is already a real path.
 */
function readBytes(root: string, file: string, filesRead: string[]): FileRead {
  const path = join(root, file);
  const link = linkOnPath(root, file);
  if (link !== undefined) return { refused: throughLink(`'${file}'`, link) };
  try {
    const stats = lstatSync(path);
    if (stats.isDirectory()) return { directory: true };
    // A pipe would block the read, and a device is no file a reviewer can see in the pull request.
    if (!stats.isFile())
      return {
        refused: `'${file}' is not a regular file (a pipe, socket or device); vend reads only files, so replace it with one.`,
      };
    const bytes = readFileSync(path);
    filesRead.push(file);
    return { bytes };
  } catch {
    return {};
  }
}

/** The first part of `file` (repository-relative, `/`-separated) that is a symbolic link, if one is. */
function linkOnPath(root: string, file: string): string | undefined {
  const parts = file.split('/');
  for (let index = 1; index <= parts.length; index++) {
    const prefix = parts.slice(0, index).join('/');
    const stats = lstatSync(join(root, prefix), { throwIfNoEntry: false });
    if (!stats) return undefined;
    if (stats.isSymbolicLink()) return prefix;
    // A file where the path needs a directory: nothing lies beneath it (lstat would throw ENOTDIR).
    if (index < parts.length && !stats.isDirectory()) return undefined;
  }
  return undefined;
}

function throughLink(what: string, link: string): string {
  return link === what.slice(1, -1)
    ? `${what} is a symbolic link; vend reads only files and directories committed as themselves, so commit the real one.`
    : `${what} is reached through the symbolic link '${link}'; vend reads only directories committed as themselves, since edits behind a link land under paths that CODEOWNERS and the plan workflow do not watch. Replace the link with the real directory.`;
}

function realPathOf(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

function layoutError(file: string, message: string): Diagnostic {
  return { file, line: 1, column: 1, rule: RULES.repositoryLayout, severity: 'error', message };
}

/**
 * The bytes of one repository file, read with the same care as the rest (no symbolic link, no path out of the
 * repository), without parsing it: for comparing a file with its copy on the base branch.
 *
 * @returns `bytes`, or `refused` with why, or neither when the file does not exist.
 */
export function readRepositoryBytes(root: string, file: string): { bytes?: Uint8Array; refused?: string } {
  const read = readBytes(realPathOf(root) ?? root, file, []);
  if ('bytes' in read) return { bytes: read.bytes };
  return read.refused ? { refused: read.refused } : {};
}

/**
 * One more file of the repository, read with the same care as the rest: a symbolic link, or a path that leaves the
 * repository, is refused, and so is anything over the size limit or not UTF-8. For tools that read repository
 * files vend itself does not (the guardrail proof table).
 *
 * @returns the parsed file, or the diagnostics that say why it cannot be read.
 */
export function readRepositoryFile(root: string, file: string): { source?: SourceFile; diagnostics: Diagnostic[] } {
  root = realPathOf(root) ?? root;
  const normalized = normalize(file).split(sep).join('/');
  if (isAbsolute(file) || normalized === '..' || normalized.startsWith('../'))
    return {
      diagnostics: [layoutError(file, `'${file}' points outside the repository; vend reads only files inside it.`)],
    };
  const read = readBytes(root, normalized, []);
  if (!('bytes' in read))
    return {
      diagnostics: [
        layoutError(
          normalized,
          read.refused ??
            (read.directory ? `'${normalized}' is a directory, not a file.` : `'${normalized}' does not exist.`),
        ),
      ],
    };
  return parseRepositoryFile(normalized, read.bytes);
}

/** The JSON key written where a duplicate-key diagnostic points, quoted as written (`"Effect"`), if one is there. */
function duplicateKeyAt(bytes: Uint8Array, at: { line: number; column: number }): string | undefined {
  const line = new TextDecoder().decode(bytes).split('\n')[at.line - 1] ?? '';
  return /^"(?:[^"\\]|\\.)*"/.exec(line.slice(at.column - 1))?.[0];
}
