import { readYamlMapping, RepositoryReadError } from './guardrail-repository.js';

export const PROOF_TABLE_FILE = 'baselines/guardrails.yaml';

/** The layers of policy that can deny a request on their own. */
export const POLICY_LAYERS = ['scp', 'permissionsBoundary', 'identity'] as const;
export type PolicyLayer = (typeof POLICY_LAYERS)[number];

export type ExpectedDecision = 'Allow' | 'Deny';

/** A role or policy that a baseline template creates: `<baseline>/<LogicalId>`, e.g. `human-roles/DeveloperRole`. */
export interface TemplateReference {
  baseline: string;
  logicalId: string;
}

/** Who makes the request, in the repository's own terms. */
export type PrincipalDeclaration =
  | { kind: 'baselineRole'; name: string; account: string; role: TemplateReference }
  | { kind: 'stackSetExecutionRole'; name: string; account: string }
  | {
      kind: 'workloadRole';
      name: string;
      account: string;
      roleName: string;
      managedPolicies: string[];
      permissionsBoundary?: TemplateReference;
    }
  | { kind: 'rootUser'; name: string; account: string };

/** The permissions boundary a request carries in `iam:PermissionsBoundary`. */
export type RequestBoundary =
  { kind: 'none' } | { kind: 'reference'; reference: TemplateReference } | { kind: 'arn'; arn: string };

/** A request is an ARN template (`${AWS::AccountId}`, `${AWS::Partition}`, `${AWS::Region}`) or a baseline resource. */
export type ResourceDeclaration = { kind: 'arn'; arn: string } | { kind: 'reference'; reference: TemplateReference };

export interface Proof {
  id: string;
  description: string;
  principal: string;
  action: string;
  resource: ResourceDeclaration;
  /** aws:RequestedRegion; the organization's homeRegion when not given. */
  region?: string;
  permissionsBoundary?: RequestBoundary;
  context: Record<string, string | string[]>;
  /** Context keys the request deliberately does not carry. */
  absentContext: string[];
  expect: ExpectedDecision;
  /** Layers that must each hold an explicit Deny matching the request, so losing any one of them fails the proof. */
  deniedBy: PolicyLayer[];
  /** Layers that must each refuse the request on their own, explicitly or for want of an Allow. */
  notAllowedBy: PolicyLayer[];
}

export interface ProofTable {
  principals: Map<string, PrincipalDeclaration>;
  proofs: Proof[];
}

export class ProofTableError extends Error {}

const PROOF_KEYS = new Set([
  'id',
  'description',
  'principal',
  'action',
  'resource',
  'region',
  'permissionsBoundary',
  'context',
  'absentContext',
  'expect',
  'deniedBy',
  'notAllowedBy',
]);
const PRINCIPAL_KINDS = ['baselineRole', 'stackSetExecutionRole', 'workloadRole', 'rootUser'] as const;

export function loadProofTable(root: string, file = PROOF_TABLE_FILE): ProofTable {
  let body: Record<string, unknown>;
  try {
    body = readYamlMapping(root, file);
  } catch (error) {
    throw error instanceof RepositoryReadError ? new ProofTableError(error.message) : error;
  }
  return parseProofTable(body, file);
}

function parseProofTable(body: Record<string, unknown>, file: string): ProofTable {
  onlyKeys(body, new Set(['principals', 'proofs']), file);
  const principals = new Map<string, PrincipalDeclaration>();
  for (const [name, value] of Object.entries(object(body.principals, `${file}: principals`))) {
    principals.set(
      name,
      principalDeclaration(name, object(value, `${file}: principals.${name}`), `${file}: principals.${name}`),
    );
  }
  if (!Array.isArray(body.proofs) || body.proofs.length === 0)
    throw new ProofTableError(`${file}: proofs must be a non-empty list.`);
  const proofs = body.proofs.map((value, index) =>
    proof(object(value, `${file}: proofs[${index}]`), `${file}: proofs[${index}]`),
  );
  const seen = new Set<string>();
  for (const { id, principal } of proofs) {
    if (seen.has(id)) throw new ProofTableError(`${file}: proof id '${id}' appears twice; ids must be unique.`);
    seen.add(id);
    if (!principals.has(principal)) {
      throw new ProofTableError(
        `${file}: proof '${id}' names principal '${principal}', which is not declared under principals.`,
      );
    }
  }
  return { principals, proofs };
}

function principalDeclaration(name: string, body: Record<string, unknown>, where: string): PrincipalDeclaration {
  const kinds = PRINCIPAL_KINDS.filter((kind) => kind in body);
  if (kinds.length !== 1) {
    throw new ProofTableError(`${where}: declare exactly one of ${PRINCIPAL_KINDS.join(', ')}.`);
  }
  const account = text(body.account, `${where}.account`);
  switch (kinds[0]) {
    case 'baselineRole':
      onlyKeys(body, new Set(['account', 'baselineRole']), where);
      return {
        kind: 'baselineRole',
        name,
        account,
        role: templateReference(body.baselineRole, `${where}.baselineRole`),
      };
    case 'stackSetExecutionRole':
      onlyKeys(body, new Set(['account', 'stackSetExecutionRole']), where);
      if (body.stackSetExecutionRole !== true)
        throw new ProofTableError(`${where}.stackSetExecutionRole must be true.`);
      return { kind: 'stackSetExecutionRole', name, account };
    case 'rootUser':
      onlyKeys(body, new Set(['account', 'rootUser']), where);
      if (body.rootUser !== true) throw new ProofTableError(`${where}.rootUser must be true.`);
      return { kind: 'rootUser', name, account };
    default: {
      onlyKeys(body, new Set(['account', 'workloadRole']), where);
      const role = object(body.workloadRole, `${where}.workloadRole`);
      onlyKeys(role, new Set(['name', 'managedPolicies', 'permissionsBoundary']), `${where}.workloadRole`);
      return {
        kind: 'workloadRole',
        name,
        account,
        roleName: text(role.name, `${where}.workloadRole.name`),
        managedPolicies: textList(role.managedPolicies, `${where}.workloadRole.managedPolicies`),
        ...(role.permissionsBoundary === undefined
          ? {}
          : {
              permissionsBoundary: templateReference(
                role.permissionsBoundary,
                `${where}.workloadRole.permissionsBoundary`,
              ),
            }),
      };
    }
  }
}

function proof(body: Record<string, unknown>, where: string): Proof {
  onlyKeys(body, PROOF_KEYS, where);
  const id = text(body.id, `${where}.id`);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id))
    throw new ProofTableError(`${where}.id '${id}' must be lowercase words joined by hyphens.`);
  const at = `${where} (${id})`;
  const action = text(body.action, `${at}.action`);
  if (!/^[a-z0-9-]+:[A-Za-z0-9]+$/.test(action)) {
    throw new ProofTableError(`${at}.action '${action}' must be one concrete action such as iam:CreateRole.`);
  }
  const expect = body.expect;
  if (expect !== 'Allow' && expect !== 'Deny')
    throw new ProofTableError(`${at}.expect must be Allow or Deny, not '${String(expect)}'.`);
  const deniedBy = layers(body.deniedBy, `${at}.deniedBy`);
  const notAllowedBy = layers(body.notAllowedBy, `${at}.notAllowedBy`);
  if (expect === 'Allow' && deniedBy.length + notAllowedBy.length > 0) {
    throw new ProofTableError(`${at}: deniedBy and notAllowedBy only apply to expect: Deny.`);
  }
  const context = object(body.context ?? {}, `${at}.context`);
  for (const [key, value] of Object.entries(context)) {
    if (typeof value !== 'string' && !(Array.isArray(value) && value.every((item) => typeof item === 'string'))) {
      throw new ProofTableError(`${at}.context.${key} must be a string or a list of strings.`);
    }
  }
  return {
    id,
    description: text(body.description, `${at}.description`),
    principal: text(body.principal, `${at}.principal`),
    action,
    resource: resourceDeclaration(text(body.resource, `${at}.resource`), `${at}.resource`),
    ...(body.region === undefined ? {} : { region: text(body.region, `${at}.region`) }),
    ...(body.permissionsBoundary === undefined
      ? {}
      : {
          permissionsBoundary: requestBoundary(
            text(body.permissionsBoundary, `${at}.permissionsBoundary`),
            `${at}.permissionsBoundary`,
          ),
        }),
    context: context as Record<string, string | string[]>,
    absentContext: textList(body.absentContext ?? [], `${at}.absentContext`),
    expect,
    deniedBy,
    notAllowedBy,
  };
}

function layers(value: unknown, where: string): PolicyLayer[] {
  return textList(value ?? [], where).map((layer) => {
    if (!(POLICY_LAYERS as readonly string[]).includes(layer)) {
      throw new ProofTableError(`${where}: '${layer}' is not one of ${POLICY_LAYERS.join(', ')}.`);
    }
    return layer as PolicyLayer;
  });
}

function resourceDeclaration(value: string, where: string): ResourceDeclaration {
  if (value === '*' || value.startsWith('arn:')) return { kind: 'arn', arn: value };
  return { kind: 'reference', reference: templateReference(value, where) };
}

function requestBoundary(value: string, where: string): RequestBoundary {
  if (value === 'none') return { kind: 'none' };
  if (value.startsWith('arn:')) return { kind: 'arn', arn: value };
  return { kind: 'reference', reference: templateReference(value, where) };
}

function templateReference(value: unknown, where: string): TemplateReference {
  const match = /^([a-z][a-z0-9-]*)\/([A-Za-z0-9]+)$/.exec(text(value, where));
  if (!match?.[1] || !match[2]) {
    throw new ProofTableError(
      `${where} '${String(value)}' must name a baseline resource as <baseline>/<LogicalId>, e.g. human-roles/DeveloperRole.`,
    );
  }
  return { baseline: match[1], logicalId: match[2] };
}

function onlyKeys(body: Record<string, unknown>, allowed: Set<string>, where: string): void {
  for (const key of Object.keys(body)) {
    if (!allowed.has(key))
      throw new ProofTableError(`${where}: unknown key '${key}'; expected one of ${[...allowed].join(', ')}.`);
  }
}

function object(value: unknown, where: string): Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new ProofTableError(`${where} must be a mapping.`);
  return value as Record<string, unknown>;
}

function text(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new ProofTableError(`${where} must be a non-empty string.`);
  return value;
}

function textList(value: unknown, where: string): string[] {
  if (!Array.isArray(value)) throw new ProofTableError(`${where} must be a list.`);
  return value.map((item, index) => text(item, `${where}[${index}]`));
}
