import { iamResourceArn, resolveIntrinsics, resolveString } from './cloudformation-intrinsics.js';
import type { StackInstanceScope } from './cloudformation-intrinsics.js';
import { parameterDefaults, templateResources } from './cloudformation-template.js';
import type { TemplateResource } from './cloudformation-template.js';
import { effectiveBaselines, organizationalUnitLineage, standInAccountId } from './guardrail-repository.js';
import type { AccountModel, AttachmentTarget, BaselineModel, GuardrailRepository } from './guardrail-repository.js';
import type { PrincipalDeclaration, TemplateReference } from './proof-table.js';

export const PARTITION = 'aws';
const PROOF_SESSION_NAME = 'guardrail-proof';

const ALLOW_EVERYTHING = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };

/** The AWS-managed SCP that Organizations attaches to every root, OU and account unless a target opts out. */
const FULL_AWS_ACCESS = { name: 'FullAWSAccess', document: ALLOW_EVERYTHING };

/**
 * AWS managed policies the proofs can evaluate. Their documents are not in the repository; only the ones whose
 * content is stable and trivially known are listed, and a role attaching any other one cannot be proved, because
 * leaving a grant out would make a Deny proof pass for the wrong reason.
 */
const AWS_MANAGED_POLICIES: Record<string, unknown> = { AdministratorAccess: ALLOW_EVERYTHING };

export interface NamedPolicy {
  name: string;
  document: unknown;
}

export interface ScpLevel {
  /** `Root`, the OU path, or `Account <name>`. */
  orgIdentifier: string;
  policies: NamedPolicy[];
}

/** Everything that decides what one principal may do: who it is, what it is granted, and what caps it. */
export interface PrincipalInForce {
  declaration: PrincipalDeclaration;
  accountName: string;
  accountId: string;
  /** The value of aws:PrincipalArn: the role ARN with its path, or the account's root ARN. */
  principalArn: string;
  /** The caller as the simulator sees it: a role session, or the root user. */
  requestPrincipal: string;
  identityPolicies: NamedPolicy[];
  permissionsBoundary?: NamedPolicy & { arn: string };
  serviceControlPolicies: ScpLevel[];
}

export class PolicyAssemblyError extends Error {}

/** One baseline as deployed into one account: its template and the values its intrinsics resolve against. */
interface StackInstance {
  baseline: BaselineModel;
  scope: StackInstanceScope;
}

export function principalInForce(repository: GuardrailRepository, declaration: PrincipalDeclaration): PrincipalInForce {
  const account = accountNamed(repository, declaration.account);
  const accountId = standInAccountId(account.name);
  const serviceControlPolicies = scpLevels(repository, account);
  const base = { declaration, accountName: account.name, accountId, serviceControlPolicies };
  switch (declaration.kind) {
    case 'rootUser': {
      const rootArn = `arn:${PARTITION}:iam::${accountId}:root`;
      // The root user needs no policy: it holds every permission in its account, and only SCPs can take one away.
      return {
        ...base,
        principalArn: rootArn,
        requestPrincipal: rootArn,
        identityPolicies: [{ name: 'RootUserImplicitPermissions', document: ALLOW_EVERYTHING }],
      };
    }
    case 'stackSetExecutionRole': {
      if (!repository.executionRoleName) {
        throw new PolicyAssemblyError(
          'organization.yaml declares no stackSets.executionRoleName, so there is no execution role to prove.',
        );
      }
      // Organizations creates this role in every account it creates, with AdministratorAccess and no boundary.
      return {
        ...base,
        ...roleIdentity(accountId, '/', repository.executionRoleName),
        identityPolicies: [{ name: 'AdministratorAccess', document: ALLOW_EVERYTHING }],
      };
    }
    case 'workloadRole': {
      const instances = stackInstances(repository, account);
      return {
        ...base,
        ...roleIdentity(accountId, '/', declaration.roleName),
        identityPolicies: declaration.managedPolicies.map((policy) =>
          awsManagedPolicy(
            policy.startsWith('arn:') ? policy : `arn:${PARTITION}:iam::aws:policy/${policy}`,
            declaration.name,
          ),
        ),
        ...(declaration.permissionsBoundary
          ? { permissionsBoundary: boundaryFromReference(instances, account, declaration.permissionsBoundary) }
          : {}),
      };
    }
    case 'baselineRole':
      return { ...base, ...baselineRole(repository, account, accountId, declaration.role) };
  }
}

/** The ARN of a role or managed policy that a baseline creates in the account. */
export function templateReferenceArn(
  repository: GuardrailRepository,
  accountName: string,
  reference: TemplateReference,
): string {
  const account = accountNamed(repository, accountName);
  const { resource, instance } = findTemplateResource(stackInstances(repository, account), account, reference);
  return iamResourceArn(resource, instance.scope);
}

/** The permissions boundary ARN of a role that a baseline creates, if it has one. */
export function templateRoleBoundaryArn(
  repository: GuardrailRepository,
  accountName: string,
  reference: TemplateReference,
): string | undefined {
  const account = accountNamed(repository, accountName);
  const { resource, instance } = findTemplateResource(stackInstances(repository, account), account, reference);
  if (resource.type !== 'AWS::IAM::Role' || resource.properties.PermissionsBoundary === undefined) return undefined;
  return resolveString(
    resource.properties.PermissionsBoundary,
    instance.scope,
    `${resource.logicalId}.PermissionsBoundary`,
  );
}

function stackInstances(repository: GuardrailRepository, account: AccountModel): StackInstance[] {
  const accountId = standInAccountId(account.name);
  return effectiveBaselines(repository, account).map((baseline) => ({
    baseline,
    scope: {
      file: baseline.file,
      template: baseline.template,
      accountId,
      partition: PARTITION,
      region: baseline.regions?.[0] ?? account.regions?.[0] ?? repository.defaultRegions[0] ?? repository.homeRegion,
      parameters: {
        ...parameterDefaults(baseline.template),
        ...baseline.parameters,
        ...account.parameters[baseline.name],
      },
    },
  }));
}

function accountNamed(repository: GuardrailRepository, name: string): AccountModel {
  const account = repository.accounts.get(name);
  if (!account) throw new PolicyAssemblyError(`account '${name}' has no manifest in accounts/.`);
  return account;
}

function scpLevels(repository: GuardrailRepository, account: AccountModel): ScpLevel[] {
  const level = (orgIdentifier: string, target: AttachmentTarget): ScpLevel => ({
    orgIdentifier,
    policies: [
      ...(target.fullAWSAccess ? [FULL_AWS_ACCESS] : []),
      ...target.scps.map((name) => {
        const scp = repository.scps.get(name);
        if (!scp)
          throw new PolicyAssemblyError(`SCP '${name}' (attached at ${orgIdentifier}) is not in the catalogue.`);
        return { name: scp.name, document: scp.document };
      }),
    ],
  });
  return [
    level('Root', repository.rootTarget),
    ...organizationalUnitLineage(repository, account.ou).map((unit) => level(unit.path, unit)),
    level(`Account ${account.name}`, account),
  ];
}

function roleIdentity(
  accountId: string,
  path: string,
  roleName: string,
): { principalArn: string; requestPrincipal: string } {
  return {
    principalArn: `arn:${PARTITION}:iam::${accountId}:role${path}${roleName}`,
    requestPrincipal: `arn:${PARTITION}:sts::${accountId}:assumed-role/${roleName}/${PROOF_SESSION_NAME}`,
  };
}

function baselineRole(
  repository: GuardrailRepository,
  account: AccountModel,
  accountId: string,
  reference: TemplateReference,
): Pick<PrincipalInForce, 'principalArn' | 'requestPrincipal' | 'identityPolicies' | 'permissionsBoundary'> {
  const instances = stackInstances(repository, account);
  const { resource, instance } = findTemplateResource(instances, account, reference);
  if (resource.type !== 'AWS::IAM::Role') {
    throw new PolicyAssemblyError(
      `${reference.baseline}/${reference.logicalId} is a ${resource.type}, not an IAM role.`,
    );
  }
  const scope = instance.scope;
  const roleArn = iamResourceArn(resource, scope);
  const roleName = roleArn.split('/').pop() ?? '';
  const path = roleArn.slice(roleArn.indexOf(':role') + ':role'.length, roleArn.length - roleName.length);
  const label = `${reference.baseline}/${reference.logicalId}`;

  const inline = asList(resolveIntrinsics(resource.properties.Policies, scope)).map((policy, index) => {
    const body = (policy ?? {}) as { PolicyName?: unknown; PolicyDocument?: unknown };
    return { name: `${label}/${String(body.PolicyName ?? index)}`, document: body.PolicyDocument };
  });
  const managed = asList(resolveIntrinsics(resource.properties.ManagedPolicyArns, scope)).map((arn) =>
    managedPolicyByArn(instances, String(arn), label),
  );
  const boundaryArn =
    resource.properties.PermissionsBoundary === undefined
      ? undefined
      : resolveString(resource.properties.PermissionsBoundary, scope, `${resource.logicalId}.PermissionsBoundary`);
  return {
    ...roleIdentity(accountId, path, roleName),
    identityPolicies: [...inline, ...managed, ...policiesAttachedElsewhere(instances, roleName)],
    ...(boundaryArn
      ? { permissionsBoundary: { ...managedPolicyByArn(instances, boundaryArn, label), arn: boundaryArn } }
      : {}),
  };
}

function boundaryFromReference(
  instances: StackInstance[],
  account: AccountModel,
  reference: TemplateReference,
): NamedPolicy & { arn: string } {
  const { resource, instance } = findTemplateResource(instances, account, reference);
  if (resource.type !== 'AWS::IAM::ManagedPolicy') {
    throw new PolicyAssemblyError(
      `${reference.baseline}/${reference.logicalId} is a ${resource.type}, not a managed policy.`,
    );
  }
  const arn = iamResourceArn(resource, instance.scope);
  return { ...managedPolicyByArn(instances, arn, `${reference.baseline}/${reference.logicalId}`), arn };
}

function findTemplateResource(
  instances: StackInstance[],
  account: AccountModel,
  reference: TemplateReference,
): { resource: TemplateResource; instance: StackInstance } {
  const instance = instances.find((candidate) => candidate.baseline.name === reference.baseline);
  if (!instance) {
    throw new PolicyAssemblyError(
      `account '${account.name}' does not receive baseline '${reference.baseline}' (check its OU, baselines and excludeBaselines).`,
    );
  }
  const resource = templateResources(instance.baseline.template).find(
    (candidate) => candidate.logicalId === reference.logicalId,
  );
  if (!resource) throw new PolicyAssemblyError(`${instance.baseline.file} has no resource '${reference.logicalId}'.`);
  return { resource, instance };
}

/** A managed policy by ARN: an AWS managed policy the proofs know, or one that a baseline in the same account creates. */
function managedPolicyByArn(instances: StackInstance[], arn: string, attachedTo: string): NamedPolicy {
  if (arn.startsWith(`arn:${PARTITION}:iam::aws:policy/`)) return awsManagedPolicy(arn, attachedTo);
  for (const instance of instances) {
    for (const resource of templateResources(instance.baseline.template)) {
      if (resource.type !== 'AWS::IAM::ManagedPolicy' || resource.properties.ManagedPolicyName === undefined) continue;
      if (iamResourceArn(resource, instance.scope) === arn) {
        return {
          name: `${instance.baseline.name}/${resource.logicalId}`,
          document: resolveIntrinsics(resource.properties.PolicyDocument, instance.scope),
        };
      }
    }
  }
  throw new PolicyAssemblyError(
    `${attachedTo} uses the managed policy ${arn}, which no baseline of this account creates.`,
  );
}

function awsManagedPolicy(arn: string, attachedTo: string): NamedPolicy {
  const name = arn.slice(arn.lastIndexOf('/') + 1);
  const document = AWS_MANAGED_POLICIES[name];
  if (!document || arn !== `arn:${PARTITION}:iam::aws:policy/${name}`) {
    throw new PolicyAssemblyError(
      `${attachedTo} attaches the AWS managed policy ${arn}, whose document the proofs do not have; only ${Object.keys(AWS_MANAGED_POLICIES).join(', ')} can be proved.`,
    );
  }
  return { name, document };
}

/** Policies that other resources attach to the role by name: managed policies' Roles, AWS::IAM::Policy, AWS::IAM::RolePolicy. */
function policiesAttachedElsewhere(instances: StackInstance[], roleName: string): NamedPolicy[] {
  const found: NamedPolicy[] = [];
  for (const instance of instances) {
    for (const resource of templateResources(instance.baseline.template)) {
      const roles =
        resource.type === 'AWS::IAM::RolePolicy'
          ? [resolveIntrinsics(resource.properties.RoleName, instance.scope)]
          : resource.type === 'AWS::IAM::ManagedPolicy' || resource.type === 'AWS::IAM::Policy'
            ? asList(resolveIntrinsics(resource.properties.Roles, instance.scope))
            : [];
      if (roles.includes(roleName)) {
        found.push({
          name: `${instance.baseline.name}/${resource.logicalId}`,
          document: resolveIntrinsics(resource.properties.PolicyDocument, instance.scope),
        });
      }
    }
  }
  return found;
}

function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}
