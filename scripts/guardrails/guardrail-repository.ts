import { createHash } from 'node:crypto';
import { templateToJson } from '../../src/config/cloudformation-template.js';
import type { Diagnostic } from '../../src/config/diagnostics.js';
import type { OrganizationalUnitDocument } from '../../src/config/documents.js';
import { ORGANIZATION_FILE, readRepository, readRepositoryFile } from '../../src/config/repository.js';
import type { TemplateJson } from './cloudformation-template.js';

/**
 * The parts of a Vend repository that decide which policies are in force: the OU tree with its SCPs and baselines,
 * the SCP documents, the baseline templates and the account manifests. The repository is pull-request input, so it
 * is read with vend's own loader: no symbolic links, nothing outside the repository, no YAML directives or alias
 * bombs, every file against its schema. Only the cross-file rules are left to `vend validate`, so a proof can still
 * run against a baseline that breaks a guardrail, and fail.
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

export function loadGuardrailRepository(root: string): GuardrailRepository {
  const { repository: loaded, diagnostics } = readRepository(root);
  refuseUnreadable(diagnostics);
  const organization = loaded.organization!.value;
  const repository: GuardrailRepository = {
    root,
    managementAccountId: organization.managementAccountId,
    homeRegion: organization.homeRegion,
    defaultRegions: [...organization.defaultRegions],
    ...(organization.stackSets.executionRoleName
      ? { executionRoleName: organization.stackSets.executionRoleName }
      : {}),
    rootTarget: attachmentTarget(organization.root ?? {}),
    organizationalUnits: new Map(
      loaded.organizationalUnits.map((unit) => [
        unit.path,
        { path: unit.path, ...attachmentTarget(unit.document), baselines: [...(unit.document.baselines ?? [])] },
      ]),
    ),
    scps: new Map(
      [...loaded.scps.values()].map((scp) => [scp.name, { name: scp.name, file: scp.file, document: scp.document }]),
    ),
    baselines: new Map(
      [...loaded.templates.values()].map((template) => {
        const declared = organization.baselines?.[template.baseline];
        return [
          template.baseline,
          {
            name: template.baseline,
            file: template.file,
            template: templateToJson(template.source.document) as TemplateJson,
            ...(declared?.regions ? { regions: [...declared.regions] } : {}),
            parameters: { ...(declared?.parameters ?? {}) },
          },
        ];
      }),
    ),
    accounts: new Map(
      loaded.accounts.map(({ source, value }) => [
        value.name,
        {
          name: value.name,
          file: source.file,
          ou: value.ou,
          ...attachmentTarget(value),
          ...(value.regions ? { regions: [...value.regions] } : {}),
          baselines: [...(value.baselines ?? [])],
          excludeBaselines: [...(value.excludeBaselines ?? [])],
          parameters: value.parameters ?? {},
        },
      ]),
    ),
  };
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

function attachmentTarget(body: Pick<OrganizationalUnitDocument, 'scps' | 'fullAWSAccess'>): AttachmentTarget {
  return { scps: [...(body.scps ?? [])], fullAWSAccess: body.fullAWSAccess !== false };
}

/** A repository vend cannot read is not one the proofs can speak for: say where, as validate would. */
function refuseUnreadable(diagnostics: readonly Diagnostic[]): void {
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  if (errors.length === 0) return;
  throw new RepositoryReadError(
    errors
      .slice(0, 5)
      .map(
        (diagnostic) =>
          `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}: [${diagnostic.rule}] ${diagnostic.message}`,
      )
      .join('\n') + (errors.length > 5 ? `\n… and ${errors.length - 5} more; run vend validate.` : ''),
  );
}

/** A YAML file of the repository read through vend's loader, as a mapping. */
export function readYamlMapping(root: string, file: string): Record<string, unknown> {
  const { source, diagnostics } = readRepositoryFile(root, file);
  refuseUnreadable(diagnostics);
  return source!.document.toJS() as Record<string, unknown>;
}
