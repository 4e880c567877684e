import type { QuotaName } from './quotas.js';
import type { SourceFile } from './safe-yaml.js';

/** The shape of baselines/organization.yaml once it has passed its JSON Schema. */
export interface OrganizationDocument {
  managementAccountId: string;
  delegatedAdministratorAccountId?: string;
  homeRegion: string;
  allowedRegions: string[];
  defaultRegions: string[];
  emailDomains?: string[];
  requiredTags?: string[];
  stackSets: {
    permissionModel: 'SELF_MANAGED' | 'SERVICE_MANAGED';
    executionRoleName?: string;
    administrationRoleArn?: string;
    callAs?: 'SELF' | 'DELEGATED_ADMIN';
    namePrefix: string;
    operationPreferences?: Record<string, number | string>;
  };
  root?: { scps?: string[]; fullAWSAccess?: boolean };
  organizationalUnits: OrganizationalUnitsDocument;
  scps?: Record<string, { file: string; description?: string }>;
  baselines?: Record<string, BaselineDocument>;
  /** Overrides of AWS quotas that changed after this vend was released; see QUOTAS. */
  quotas?: Partial<Record<QuotaName, number>>;
  /** Drift findings vend drift lists as ignored until each entry expires. */
  ignore?: DriftIgnoreDocument[];
}

/** One `ignore:` entry: a finding id, or a kind with an optional target pattern (the drift-ignore rule). */
export interface DriftIgnoreDocument {
  id?: string;
  kind?: string;
  target?: string;
  reason: string;
  approvedBy?: string;
  expires: string;
}

export type OrganizationalUnitsDocument = Record<string, OrganizationalUnitDocument | null>;

export interface OrganizationalUnitDocument {
  scps?: string[];
  fullAWSAccess?: boolean;
  baselines?: string[];
  organizationalUnits?: OrganizationalUnitsDocument;
}

export interface BaselineDocument {
  template: string;
  description?: string;
  regions?: string[];
  parameters?: Record<string, string>;
  dependsOn?: string[];
}

/** The shape of accounts/<name>.yaml once it has passed its JSON Schema. */
export interface AccountDocument {
  name: string;
  accountName?: string;
  email: string;
  ou: string;
  owner: string;
  tags?: Record<string, string>;
  regions?: string[];
  baselines?: string[];
  excludeBaselines?: string[];
  scps?: string[];
  fullAWSAccess?: boolean;
  parameters?: Record<string, Record<string, string>>;
  closed?: boolean;
  exceptions?: ExceptionDocument[];
}

export interface ExceptionDocument {
  rule: string;
  reason: string;
  approvedBy: string;
  expires: string;
}

export interface Parsed<T> {
  source: SourceFile;
  value: T;
}

/** An OU from the organization file, flattened, with where it was declared. */
export interface DeclaredOrganizationalUnit {
  path: string;
  name: string;
  parentPath: string | null;
  depth: number;
  document: OrganizationalUnitDocument;
  /** YAML path of the OU's entry in organization.yaml. */
  yamlPath: (string | number)[];
}

export function flattenOrganizationalUnits(
  units: OrganizationalUnitsDocument | undefined,
  parentPath: string | null = null,
  yamlPrefix: (string | number)[] = ['organizationalUnits'],
): DeclaredOrganizationalUnit[] {
  const flattened: DeclaredOrganizationalUnit[] = [];
  for (const [name, unit] of Object.entries(units ?? {})) {
    const path = parentPath === null ? name : `${parentPath}/${name}`;
    const document = unit ?? {};
    const yamlPath = [...yamlPrefix, name];
    flattened.push({ path, name, parentPath, depth: path.split('/').length, document, yamlPath });
    flattened.push(
      ...flattenOrganizationalUnits(document.organizationalUnits, path, [...yamlPath, 'organizationalUnits']),
    );
  }
  return flattened;
}
