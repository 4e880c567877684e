import { isCloudFormationTemplate, resourcesOf } from '../cloudformation-template.js';
import type { TemplateResource } from '../cloudformation-template.js';
import { RULES } from '../diagnostics.js';
import type { Diagnostic } from '../diagnostics.js';
import type { OrganizationDocument, Parsed } from '../documents.js';
import type { LoadedTemplate } from '../repository.js';
import type { Rule } from './rule-context.js';

/** The baseline that defines the boundary itself; its policy cannot carry a boundary of its own. */
export const PERMISSIONS_BOUNDARY_BASELINE = 'permissions-boundary';

/** IAM resource types and the property that gives them an explicit, account-global name. */
export const NAMED_IAM_PROPERTIES: Record<string, string> = {
  'AWS::IAM::Role': 'RoleName',
  'AWS::IAM::ManagedPolicy': 'ManagedPolicyName',
  'AWS::IAM::InstanceProfile': 'InstanceProfileName',
  'AWS::IAM::Group': 'GroupName',
  'AWS::IAM::SAMLProvider': 'Name',
  'AWS::IAM::ServerCertificate': 'ServerCertificateName',
  'AWS::IAM::OIDCProvider': 'Url',
};

export const checkTemplates: Rule = ({ repository }) => {
  const diagnostics: Diagnostic[] = [];
  for (const template of repository.templates.values()) {
    if (!isCloudFormationTemplate(template.template)) {
      diagnostics.push(
        template.source.diagnostic(RULES.templateParse, 'not a CloudFormation template: it has no Resources section.'),
      );
      continue;
    }
    const resources = resourcesOf(template.template);
    diagnostics.push(...checkIamUsers(template, resources));
    if (template.baseline !== PERMISSIONS_BOUNDARY_BASELINE) diagnostics.push(...checkBoundaries(template, resources));
    diagnostics.push(...checkAdminAllows(template, resources));
    if (repository.organization)
      diagnostics.push(...checkNamedIamRegions(template, resources, repository.organization));
  }
  return diagnostics;
};

function checkIamUsers(template: LoadedTemplate, resources: TemplateResource[]): Diagnostic[] {
  return resources
    .filter((resource) => resource.type === 'AWS::IAM::User')
    .map((resource) =>
      template.source.diagnostic(
        RULES.templateNoIamUser,
        `resource '${resource.logicalId}' is an IAM user; baselines use identity federation (SAML or IAM Identity Center) instead. Replace it with a role.`,
        ['Resources', resource.logicalId, 'Type'],
      ),
    );
}

function checkBoundaries(template: LoadedTemplate, resources: TemplateResource[]): Diagnostic[] {
  return resources
    .filter((resource) => resource.type === 'AWS::IAM::Role' && resource.properties.PermissionsBoundary === undefined)
    .map((resource) =>
      template.source.diagnostic(
        RULES.templatePermissionsBoundary,
        `role '${resource.logicalId}' has no PermissionsBoundary; set it to the boundary policy from the ${PERMISSIONS_BOUNDARY_BASELINE} baseline.`,
        ['Resources', resource.logicalId, 'Properties'],
        'key',
      ),
    );
}

function checkAdminAllows(template: LoadedTemplate, resources: TemplateResource[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const resource of resources) {
    for (const { statement, path } of policyStatements(resource.properties, [
      'Resources',
      resource.logicalId,
      'Properties',
    ])) {
      if (statement.Effect === 'Allow' && includesWildcard(statement.Action) && includesWildcard(statement.Resource)) {
        diagnostics.push(
          template.source.diagnostic(
            RULES.templateNoAdminAllow,
            `resource '${resource.logicalId}' allows every action on every resource ("*" on "*"); list the actions and resources that ${resource.type === 'AWS::IAM::Role' ? 'the role needs' : 'its principals need'}.`,
            path,
          ),
        );
      }
    }
  }
  return diagnostics;
}

function includesWildcard(value: unknown): boolean {
  return value === '*' || (Array.isArray(value) && value.includes('*'));
}

interface LocatedStatement {
  statement: Record<string, unknown>;
  path: (string | number)[];
}

/** Every IAM statement anywhere under a resource's properties: inline policies, managed policy documents, trust policies. */
function policyStatements(value: unknown, path: (string | number)[]): LocatedStatement[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => policyStatements(item, [...path, index]));
  if (!value || typeof value !== 'object') return [];
  const found: LocatedStatement[] = [];
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    if (key === 'Statement') {
      const statements = Array.isArray(child) ? child : [child];
      statements.forEach((statement, index) => {
        if (statement && typeof statement === 'object') {
          found.push({
            statement: statement as Record<string, unknown>,
            path: Array.isArray(child) ? [...path, key, index] : [...path, key],
          });
        }
      });
    } else {
      found.push(...policyStatements(child, [...path, key]));
    }
  }
  return found;
}

/**
 * The first IAM resource given an explicit name (NAMED_IAM_PROPERTIES, literal or not), or undefined. IAM is global,
 * so a baseline holding one deploys to exactly one region per account (rule template-named-iam-single-region).
 */
export function namedIamResource(resources: readonly TemplateResource[]): TemplateResource | undefined {
  return resources.find((resource) => {
    const property = NAMED_IAM_PROPERTIES[resource.type];
    return property !== undefined && resource.properties[property] !== undefined;
  });
}

function checkNamedIamRegions(
  template: LoadedTemplate,
  resources: TemplateResource[],
  organization: Parsed<OrganizationDocument>,
): Diagnostic[] {
  const regions = organization.value.baselines?.[template.baseline]?.regions;
  if (regions?.length === 1) return [];
  const named = namedIamResource(resources);
  if (!named) return [];
  return [
    organization.source.diagnostic(
      RULES.templateNamedIamSingleRegion,
      `baseline '${template.baseline}' creates IAM resources with explicit names (${named.logicalId} in ${template.file}); IAM is global, so a second region fails with AlreadyExists. Set its regions to exactly one region, e.g. [${organization.value.homeRegion}].`,
      regions ? ['baselines', template.baseline, 'regions'] : ['baselines', template.baseline],
      regions ? 'value' : 'key',
    ),
  ];
}
