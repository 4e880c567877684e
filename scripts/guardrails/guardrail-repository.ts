import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { parseCloudFormationTemplate } from './cloudformation-template.js';
import type { TemplateJson } from './cloudformation-template.js';

/**
 * The parts of a Vend repository that decide which policies are in force: the OU tree with its SCPs and baselines,
 * the SCP documents, the baseline templates and the account manifests. Read on its own with `yaml` so the proofs
 * never depend on the product's loader and can run against a mutated copy of the baselines.
 */
export interface GuardrailRepository {
  root: string;
  managementAccountId: string;
  homeRegion: string;
  defaultRegions: string[];
  /** The role StackSets deploy through in member accounts (SELF_MANAGED permission model). */
  executionRoleName?: string;
  rootTarget: AttachmentTarget;
  organizationalUnits: Map<string, OrganizationalUnitModel>;
  scps: Map<string, ScpModel>;
  baselines: Map<string, BaselineModel>;
  accounts: Map<string, AccountModel>;
}

export interface AttachmentTarget {
  scps: string[];
  /** Whether the AWS-managed FullAWSAccess SCP stays attached here. */
  fullAWSAccess: boolean;
}

export interface OrganizationalUnitModel extends AttachmentTarget {
  path: string;
  baselines: string[];
}

export interface ScpModel {
  name: string;
  file: string;
  document: unknown;
}

export interface BaselineModel {
  name: string;
  file: string;
  template: TemplateJson;
  regions?: string[];
  parameters: Record<string, string>;
}

export interface AccountModel extends AttachmentTarget {
  name: string;
  file: string;
  ou: string;
  regions?: string[];
  baselines: string[];
  excludeBaselines: string[];
  parameters: Record<string, Record<string, string>>;
}

export class RepositoryReadError extends Error {}

const ORGANIZATION_FILE = 'baselines/organization.yaml';

export function loadGuardrailRepository(root: string): GuardrailRepository {
  const organization = readYamlMapping(root, ORGANIZATION_FILE);
  const stackSets = mapping(organization.stackSets);
  const repository: GuardrailRepository = {
    root,
    managementAccountId: String(organization.managementAccountId ?? ''),
    homeRegion: requiredString(organization.homeRegion, `${ORGANIZATION_FILE}: homeRegion`),
    defaultRegions: stringList(organization.defaultRegions),
    ...(typeof stackSets.executionRoleName === 'string' ? { executionRoleName: stackSets.executionRoleName } : {}),
    rootTarget: attachmentTarget(mapping(organization.root)),
    organizationalUnits: new Map(),
    scps: new Map(),
    baselines: new Map(),
    accounts: new Map(),
  };
  collectOrganizationalUnits(mapping(organization.organizationalUnits), '', repository.organizationalUnits);

  for (const [name, entry] of Object.entries(mapping(organization.scps))) {
    const file = `baselines/${requiredString(mapping(entry).file, `${ORGANIZATION_FILE}: scps.${name}.file`)}`;
    repository.scps.set(name, { name, file, document: readJson(root, file) });
  }
  for (const [name, entry] of Object.entries(mapping(organization.baselines))) {
    const body = mapping(entry);
    const file = `baselines/${requiredString(body.template, `${ORGANIZATION_FILE}: baselines.${name}.template`)}`;
    repository.baselines.set(name, {
      name,
      file,
      template: parseCloudFormationTemplate(readText(root, file), file),
      ...(Array.isArray(body.regions) ? { regions: stringList(body.regions) } : {}),
      parameters: stringMap(body.parameters),
    });
  }
  for (const file of accountFiles(root)) {
    const manifest = readYamlMapping(root, file);
    const name = requiredString(manifest.name, `${file}: name`);
    repository.accounts.set(name, {
      name,
      file,
      ou: requiredString(manifest.ou, `${file}: ou`),
      ...attachmentTarget(manifest),
      ...(Array.isArray(manifest.regions) ? { regions: stringList(manifest.regions) } : {}),
      baselines: stringList(manifest.baselines),
      excludeBaselines: stringList(manifest.excludeBaselines),
      parameters: Object.fromEntries(
        Object.entries(mapping(manifest.parameters)).map(([baseline, values]) => [baseline, stringMap(values)]),
      ),
    });
  }
  return repository;
}

/** The OUs from the top of the tree down to `path`, inclusive; throws when the path is not declared. */
export function organizationalUnitLineage(repository: GuardrailRepository, path: string): OrganizationalUnitModel[] {
  const lineage: OrganizationalUnitModel[] = [];
  const segments = path.split('/');
  for (let depth = 1; depth <= segments.length; depth += 1) {
    const unitPath = segments.slice(0, depth).join('/');
    const unit = repository.organizationalUnits.get(unitPath);
    if (!unit) throw new RepositoryReadError(`OU '${path}' is not declared in ${ORGANIZATION_FILE}.`);
    lineage.push(unit);
  }
  return lineage;
}

/** Baselines an account receives: its OU path's, plus its own, minus the ones it excludes. */
export function effectiveBaselines(repository: GuardrailRepository, account: AccountModel): BaselineModel[] {
  const names = new Set<string>();
  for (const unit of organizationalUnitLineage(repository, account.ou))
    unit.baselines.forEach((name) => names.add(name));
  account.baselines.forEach((name) => names.add(name));
  return [...names]
    .filter((name) => !account.excludeBaselines.includes(name))
    .map((name) => {
      const baseline = repository.baselines.get(name);
      if (!baseline)
        throw new RepositoryReadError(`baseline '${name}' (account ${account.name}) is not in the catalogue.`);
      return baseline;
    });
}

/**
 * Manifests carry no account ids (AWS assigns them), so proofs run in a stand-in id derived from the account name.
 * Every policy refers to its own account through AWS::AccountId or a wildcard, so the value never changes a decision.
 */
export function standInAccountId(accountName: string): string {
  const digits = BigInt(`0x${createHash('sha256').update(accountName).digest('hex').slice(0, 15)}`) % 10n ** 11n;
  return `9${digits.toString().padStart(11, '0')}`;
}

function collectOrganizationalUnits(
  units: Record<string, unknown>,
  parent: string,
  into: Map<string, OrganizationalUnitModel>,
): void {
  for (const [name, value] of Object.entries(units)) {
    const body = mapping(value);
    const path = parent ? `${parent}/${name}` : name;
    into.set(path, { path, ...attachmentTarget(body), baselines: stringList(body.baselines) });
    collectOrganizationalUnits(mapping(body.organizationalUnits), path, into);
  }
}

function attachmentTarget(body: Record<string, unknown>): AttachmentTarget {
  return { scps: stringList(body.scps), fullAWSAccess: body.fullAWSAccess !== false };
}

function accountFiles(root: string): string[] {
  let names: string[];
  try {
    names = readdirSync(join(root, 'accounts'));
  } catch {
    throw new RepositoryReadError(`accounts/ is missing under ${root}.`);
  }
  return names
    .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
    .sort()
    .map((name) => `accounts/${name}`);
}

function readText(root: string, file: string): string {
  try {
    return readFileSync(join(root, file), 'utf8');
  } catch {
    throw new RepositoryReadError(`${file} cannot be read.`);
  }
}

function readJson(root: string, file: string): unknown {
  try {
    return JSON.parse(readText(root, file));
  } catch (error) {
    if (error instanceof RepositoryReadError) throw error;
    throw new RepositoryReadError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

export function readYamlMapping(root: string, file: string): Record<string, unknown> {
  const document = parseDocument(readText(root, file), { uniqueKeys: true });
  const [error] = document.errors;
  if (error) throw new RepositoryReadError(`${file}: ${error.message}`);
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 100 });
  } catch (aliasError) {
    throw new RepositoryReadError(`${file}: ${(aliasError as Error).message}`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new RepositoryReadError(`${file}: the top level must be a mapping.`);
  }
  return value as Record<string, unknown>;
}

function mapping(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

function stringMap(value: unknown): Record<string, string> {
  return Object.fromEntries(Object.entries(mapping(value)).map(([key, item]) => [key, String(item)]));
}

function requiredString(value: unknown, what: string): string {
  if (typeof value !== 'string' || value === '') throw new RepositoryReadError(`${what} is missing.`);
  return value;
}
