import { isCloudFormationTemplate, resourcesOf } from '../cloudformation-template.js';
import type { TemplateResource } from '../cloudformation-template.js';
import { RULES } from '../diagnostics.js';
import type { Diagnostic } from '../diagnostics.js';
import type { OrganizationDocument, Parsed } from '../documents.js';
import { effectiveBaselineNames } from '../inheritance.js';
import type { LoadedRepository, LoadedTemplate } from '../repository.js';
import type { Rule } from './rule-context.js';
import { excludesIam, literalText, mayAllow, mayBeNoValue, parameterValues, wildcardIn } from './template-values.js';
import type { ParameterValues } from './template-values.js';

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
  'AWS::IAM::VirtualMFADevice': 'VirtualMfaDeviceName',
  // One service-linked role per service (and suffix) in an account: the second Region's create is refused.
  'AWS::IAM::ServiceLinkedRole': 'AWSServiceName',
};

/** A template's Conditions section, or none. */
export function conditionsOf(template: unknown): Record<string, unknown> {
  const conditions = (template as { Conditions?: unknown } | null)?.Conditions;
  return conditions && typeof conditions === 'object' ? (conditions as Record<string, unknown>) : {};
}

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
    const values = parameterValues(repository, template);
    diagnostics.push(...checkAdminAllows(template, resources, values), ...checkOpenTrust(template, resources, values));
    if (repository.organization)
      diagnostics.push(...checkNamedIamRegions(template, resources, repository, repository.organization));
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
  const diagnostics: Diagnostic[] = [];
  for (const resource of resources.filter((candidate) => candidate.type === 'AWS::IAM::Role')) {
    const boundary = resource.properties.PermissionsBoundary;
    const problem =
      boundary === undefined
        ? 'has no PermissionsBoundary'
        : mayBeNoValue(boundary)
          ? 'has a PermissionsBoundary that AWS::NoValue can remove (a Ref to it, or a branch of an Fn::If), and then none'
          : literalText(boundary, '\u0000')?.endsWith(':iam::aws:policy/AdministratorAccess')
            ? 'has AdministratorAccess as its PermissionsBoundary, which allows everything and so limits nothing'
            : undefined;
    if (problem)
      diagnostics.push(
        template.source.diagnostic(
          RULES.templatePermissionsBoundary,
          `role '${resource.logicalId}' ${problem}; set it to the boundary policy from the ${PERMISSIONS_BOUNDARY_BASELINE} baseline.`,
          boundary === undefined
            ? ['Resources', resource.logicalId, 'Properties']
            : ['Resources', resource.logicalId, 'Properties', 'PermissionsBoundary'],
          'key',
        ),
      );
  }
  return diagnostics;
}

function checkAdminAllows(
  template: LoadedTemplate,
  resources: TemplateResource[],
  values: ParameterValues,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  // An Organizations policy's Content grants nothing: an SCP or RCP only filters, and Allow "*" on "*" is the
  // FullAWSAccess it replaces (Organizations User Guide, "Service control policies (SCPs)").
  for (const resource of resources.filter(({ type }) => type !== 'AWS::Organizations::Policy')) {
    for (const { statement, path } of policyStatements(resource.properties, [
      'Resources',
      resource.logicalId,
      'Properties',
    ])) {
      const onEverything = wildcardIn(statement.Resource, values);
      if (!mayAllow(statement.Effect, values) || onEverything === undefined) continue;
      const needs = resource.type === 'AWS::IAM::Role' ? 'the role needs' : 'its principals need';
      const everyAction = wildcardIn(statement.Action, values);
      // A "*" a parameter value brings is named where it is set: a manifest's override can turn a reviewed template
      // into an admin policy in one account.
      const via = [everyAction, onEverything].filter(Boolean).join('; ');
      if (everyAction !== undefined)
        diagnostics.push(
          template.source.diagnostic(
            RULES.templateNoAdminAllow,
            `resource '${resource.logicalId}' allows every action on every resource ("*" on "*"${via ? `: ${via}` : ''}); list the actions and resources that ${needs}.`,
            path,
          ),
        );
      // Allow-NotAction on everything, IAM not excluded: the principal can give itself any other right (an attached
      // AdministratorAccess, a new role), so it is administrator access in two steps.
      else if (statement.NotAction !== undefined && !excludesIam(statement.NotAction))
        diagnostics.push(
          template.source.diagnostic(
            RULES.templateNoAdminAllow,
            `resource '${resource.logicalId}' allows every action but those NotAction lists on every resource, IAM included, so it can grant itself the rest; add iam:* to NotAction, or list the actions and resources that ${needs}.`,
            [...path, 'NotAction'],
            'key',
          ),
        );
    }
  }
  return diagnostics;
}

/**
 * Roles whose trust policy lets anyone assume them: an Allow whose Principal is, or includes, `*` (alone or as
 * `AWS: '*'`), with no Condition to narrow it (such as aws:PrincipalOrgID). Any AWS account's principals could then
 * assume the role (IAM User Guide, "AWS JSON policy elements: Principal", anonymous and all principals).
 */
function checkOpenTrust(
  template: LoadedTemplate,
  resources: TemplateResource[],
  values: ParameterValues,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const resource of resources.filter((candidate) => candidate.type === 'AWS::IAM::Role')) {
    const path = ['Resources', resource.logicalId, 'Properties', 'AssumeRolePolicyDocument'];
    for (const { statement, path: at } of policyStatements(resource.properties.AssumeRolePolicyDocument, path)) {
      // A Condition that AWS::NoValue can remove narrows nothing where it is removed.
      const narrowed = statement.Condition !== undefined && !mayBeNoValue(statement.Condition);
      if (!mayAllow(statement.Effect, values) || narrowed) continue;
      const principal = statement.Principal;
      const open =
        wildcardIn(principal, values) ??
        (principal !== null && typeof principal === 'object' && !Array.isArray(principal)
          ? wildcardIn((principal as Record<string, unknown>).AWS, values)
          : undefined);
      if (open !== undefined)
        diagnostics.push(
          template.source.diagnostic(
            RULES.templateOpenTrust,
            `role '${resource.logicalId}' lets any principal of any AWS account assume it (Principal "*" with no Condition${open ? `: ${open}` : ''}); name the accounts or roles that may, or add a Condition such as aws:PrincipalOrgID.`,
            [...at, 'Principal'],
            'key',
          ),
        );
    }
  }
  return diagnostics;
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
 * The first IAM resource given an explicit name (NAMED_IAM_PROPERTIES, literal or not) that is the same in every
 * Region, or undefined. IAM is global, so a baseline holding one deploys to exactly one region per account (rule
 * template-named-iam-single-region). A name built from `AWS::Region` (`${AWS::Region}` in a Sub, a Ref to it) differs
 * per Region, and a resource, or an `Fn::If` name, under a condition that reads `AWS::Region` may exist in one Region
 * only (`!Equals [!Ref AWS::Region, us-east-1]`, the CloudFormation User Guide's pattern for global resources in
 * multi-Region StackSets), so neither counts. A condition on anything else (an environment parameter) holds alike in
 * every Region and exempts nothing. `conditions` is the template's Conditions section.
 */
export function namedIamResource(
  resources: readonly TemplateResource[],
  conditions: Record<string, unknown> = {},
): TemplateResource | undefined {
  const regional = regionalConditions(conditions);
  return resources.find((resource) => {
    const property = NAMED_IAM_PROPERTIES[resource.type];
    const name = property === undefined ? undefined : resource.properties[property];
    if (name === undefined) return false;
    if (typeof resource.condition === 'string' && regional.has(resource.condition)) return false;
    const ifCondition = (name as { 'Fn::If'?: unknown[] } | null)?.['Fn::If']?.[0];
    if (typeof ifCondition === 'string' && regional.has(ifCondition)) return false;
    return !namedPerRegion(name);
  });
}

/** Whether a name's value reads the Region: a Ref to AWS::Region, or `${AWS::Region}` in a Sub (not `${!AWS::Region}`). */
function namedPerRegion(name: unknown): boolean {
  const text = JSON.stringify(name);
  return text.includes('"Ref":"AWS::Region"') || /\$\{AWS::Region\}/.test(text);
}

/** The conditions that read AWS::Region, themselves or through the conditions they name. */
function regionalConditions(conditions: Record<string, unknown>): Set<string> {
  const regional = new Set<string>();
  const reads = (name: string, seen: Set<string>): boolean => {
    if (regional.has(name)) return true;
    if (seen.has(name) || !Object.hasOwn(conditions, name)) return false;
    seen.add(name);
    const text = JSON.stringify(conditions[name]);
    const named = [...text.matchAll(/"Condition":"([^"]+)"/g)].map((match) => match[1]!);
    return text.includes('"Ref":"AWS::Region"') || named.some((other) => reads(other, seen));
  };
  for (const name of Object.keys(conditions)) if (reads(name, new Set())) regional.add(name);
  return regional;
}

/**
 * Where a baseline's stacks go to more than one region of one account: its own `regions` when set, else the first
 * open account receiving it whose regions (its manifest's, or defaultRegions) are more than one.
 */
function multiRegionPlacement(
  baseline: string,
  repository: LoadedRepository,
  organization: OrganizationDocument,
): { regions: readonly string[]; account?: string } | undefined {
  const regions = organization.baselines?.[baseline]?.regions;
  if (regions) return regions.length > 1 ? { regions } : undefined;
  for (const { value } of repository.accounts) {
    const accountRegions = value.regions ?? organization.defaultRegions;
    if (
      value.closed !== true &&
      accountRegions.length > 1 &&
      effectiveBaselineNames(repository.organizationalUnits, value).includes(baseline)
    )
      return { regions: accountRegions, account: value.name };
  }
  return undefined;
}

function checkNamedIamRegions(
  template: LoadedTemplate,
  resources: TemplateResource[],
  repository: LoadedRepository,
  organization: Parsed<OrganizationDocument>,
): Diagnostic[] {
  const named = namedIamResource(resources, conditionsOf(template.template));
  const placement = named && multiRegionPlacement(template.baseline, repository, organization.value);
  if (!named || !placement) return [];
  const where = placement.account
    ? `account ${placement.account} receives it in ${placement.regions.length} regions (${placement.regions.join(', ')})`
    : `its regions are ${placement.regions.join(', ')}`;
  return [
    organization.source.diagnostic(
      RULES.templateNamedIamSingleRegion,
      `baseline '${template.baseline}' creates IAM resources with explicit names (${named.logicalId} in ${template.file}), and ${where}; IAM is global, so the second region fails with AlreadyExists. Set its regions to exactly one region, e.g. [${organization.value.homeRegion}], or put \${AWS::Region} in the name.`,
      placement.account ? ['baselines', template.baseline] : ['baselines', template.baseline, 'regions'],
      placement.account ? 'key' : 'value',
    ),
  ];
}
