import {
  EXCLUSIVE_OPERATION_PREFERENCES,
  lengthIn,
  lengthProblem,
  TEMPLATE_OUTPUT_DESCRIPTION,
  TEMPLATE_PARAMETER_DESCRIPTION,
} from '../aws-constraints.js';
import { DEFAULT_ACCOUNT_ACCESS_ROLE, DEFAULT_STACK_SET_EXECUTION_ROLE } from '../desired-state.js';
import { AWS_REGIONS } from '../aws-regions.js';
import { isCloudFormationTemplate, parametersOf } from '../cloudformation-template.js';
import { RULES } from '../diagnostics.js';
import type { Diagnostic } from '../diagnostics.js';
import { formatCount, limitPhrase } from '../quotas.js';
import type { QuotaName, Quotas } from '../quotas.js';
import type { LoadedTemplate } from '../repository.js';
import type { OrganizationDocument, Parsed } from '../documents.js';
import { BOOTSTRAP_TEMPLATE } from '../bootstrap-template.js';
import { isMapping } from './rule-context.js';
import { countOf } from '../../name-lists.js';
import type { Rule } from './rule-context.js';

/**
 * CreateStackSet and UpdateStackSet send each baseline template as TemplateBody. CloudFormation refuses a body,
 * a description or a section over its quotas, and does so only when apply reaches the StackSets, after accounts
 * exist; so each template is measured here. Sources: the CloudFormation quotas page (QUOTAS) and, for parameter
 * descriptions, the template reference (TEMPLATE_PARAMETER_DESCRIPTION).
 */
export const checkTemplateLimits: Rule = ({ repository, quotas }) =>
  [...repository.templates.values()].flatMap((template) => [
    ...checkBodySize(template, quotas),
    ...(isCloudFormationTemplate(template.template)
      ? [
          ...checkSectionSizes(template, quotas),
          ...checkParameterDeclarations(template, quotas),
          ...checkOutputDescriptions(template),
          ...checkMappingAttributes(template, quotas),
          ...checkDynamicReferences(template, quotas),
        ]
      : []),
  ]);

function checkBodySize({ source, body }: LoadedTemplate, quotas: Quotas): Diagnostic[] {
  const size = lengthIn('bytes', body);
  return size > quotas.templateBodySize
    ? [
        source.diagnostic(
          RULES.templateLimits,
          `template is ${formatCount(size)} bytes; ${limitPhrase('CloudFormation', 'templateBodySize', quotas.templateBodySize, ' in TemplateBody')}. A larger template must be uploaded to S3 and passed as TemplateURL, which vend does not do: split the baseline into two joined by dependsOn, or shorten the template.`,
        ),
      ]
    : [];
}

/** The template sections CloudFormation counts, each with its quota and what to do about too many. */
const COUNTED_SECTIONS = [
  ['Parameters', 'parametersPerTemplate', 'Split the baseline, or replace parameters with mappings.'],
  ['Resources', 'resourcesPerTemplate', 'Split the baseline into two joined by dependsOn.'],
  ['Outputs', 'outputsPerTemplate', 'Remove outputs nothing reads, or split the baseline.'],
  ['Mappings', 'mappingsPerTemplate', 'Merge mappings, or split the baseline.'],
] as const satisfies readonly (readonly [string, QuotaName, string])[];

function checkSectionSizes({ source, template }: LoadedTemplate, quotas: Quotas): Diagnostic[] {
  const sections = template as Record<string, unknown>;
  const diagnostics: Diagnostic[] = [];
  const description = sections.Description;
  if (typeof description === 'string' && lengthIn('bytes', description) > quotas.templateDescriptionSize)
    diagnostics.push(
      source.diagnostic(
        RULES.templateLimits,
        `the template Description is ${formatCount(lengthIn('bytes', description))} bytes; ${limitPhrase('CloudFormation', 'templateDescriptionSize', quotas.templateDescriptionSize)}. Shorten it.`,
        ['Description'],
      ),
    );
  for (const [section, quota, advice] of COUNTED_SECTIONS) {
    const declared = sections[section];
    if (!declared || typeof declared !== 'object' || Array.isArray(declared)) continue;
    const count = Object.keys(declared).length;
    if (count > quotas[quota])
      diagnostics.push(
        source.diagnostic(
          RULES.templateLimits,
          `the template declares ${count} ${section.toLowerCase()}; ${limitPhrase('CloudFormation', quota, quotas[quota])}. ${advice}`,
          [section],
          'key',
        ),
      );
  }
  return diagnostics;
}

function checkOutputDescriptions({ source, template }: LoadedTemplate): Diagnostic[] {
  const outputs = (template as { Outputs?: unknown }).Outputs;
  if (!outputs || typeof outputs !== 'object' || Array.isArray(outputs)) return [];
  return Object.entries(outputs).flatMap(([name, output]) => {
    const description = (output as { Description?: unknown } | null)?.Description;
    const problem =
      typeof description === 'string' ? lengthProblem(TEMPLATE_OUTPUT_DESCRIPTION, description) : undefined;
    return problem
      ? [
          source.diagnostic(
            RULES.templateLimits,
            `the Description of output '${name}' ${problem} (${TEMPLATE_OUTPUT_DESCRIPTION.member}); shorten it.`,
            ['Outputs', name, 'Description'],
          ),
        ]
      : [];
  });
}

function checkMappingAttributes({ source, template }: LoadedTemplate, quotas: Quotas): Diagnostic[] {
  const mappings = (template as { Mappings?: unknown }).Mappings;
  if (!isMapping(mappings)) return [];
  return Object.entries(mappings).flatMap(([name, mapping]) =>
    isMapping(mapping)
      ? Object.entries(mapping).flatMap(([key, attributes]) => {
          const count = isMapping(attributes) ? Object.keys(attributes).length : 0;
          return count > quotas.mappingAttributes
            ? [
                source.diagnostic(
                  RULES.templateLimits,
                  `key '${key}' of mapping '${name}' has ${count} attributes; ${limitPhrase('CloudFormation', 'mappingAttributes', quotas.mappingAttributes)}. Split the mapping.`,
                  ['Mappings', name, key],
                  'key',
                ),
              ]
            : [];
        })
      : [],
  );
}

/** `{{resolve:ssm:/p}}`-style dynamic references in the template's strings, keys excepted. */
function checkDynamicReferences({ source, template }: LoadedTemplate, quotas: Quotas): Diagnostic[] {
  let count = 0;
  const visit = (value: unknown): void => {
    if (typeof value === 'string') count += value.match(/\{\{resolve:/g)?.length ?? 0;
    else if (Array.isArray(value)) value.forEach(visit);
    else if (isMapping(value)) Object.values(value).forEach(visit);
  };
  visit(template);
  return count > quotas.dynamicReferencesPerTemplate
    ? [
        source.diagnostic(
          RULES.templateLimits,
          `the template holds ${count} dynamic references ({{resolve:…}}); ${limitPhrase('CloudFormation', 'dynamicReferencesPerTemplate', quotas.dynamicReferencesPerTemplate)}. Pass some values as parameters, or split the baseline.`,
        ),
      ]
    : [];
}

function checkParameterDeclarations({ source, template }: LoadedTemplate, quotas: Quotas): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const [name, declaration] of Object.entries(parametersOf(template))) {
    if (lengthIn('characters', name) > quotas.parameterNameLength)
      diagnostics.push(
        source.diagnostic(
          RULES.templateLimits,
          `parameter name is ${formatCount(lengthIn('characters', name))} characters; ${limitPhrase('CloudFormation', 'parameterNameLength', quotas.parameterNameLength)}. Shorten it.`,
          ['Parameters', name],
          'key',
        ),
      );
    const parameterDescription = (declaration as { Description?: unknown } | null)?.Description;
    const problem =
      typeof parameterDescription === 'string'
        ? lengthProblem(TEMPLATE_PARAMETER_DESCRIPTION, parameterDescription)
        : undefined;
    if (problem)
      diagnostics.push(
        source.diagnostic(
          RULES.templateLimits,
          `the Description of parameter '${name}' ${problem} (${TEMPLATE_PARAMETER_DESCRIPTION.member}); shorten it.`,
          ['Parameters', name, 'Description'],
        ),
      );
  }
  return diagnostics;
}

/**
 * StackSet operations carry these preferences. CloudFormation refuses both members of an either-or pair (an error);
 * and under STRICT_FAILURE_TOLERANCE, its default ConcurrencyMode, it starts at the lower of the maximum concurrency
 * and the failure tolerance + 1 account, so a concurrency above that is never reached (a warning). Source: API
 * Reference, StackSetOperationPreferences (MaxConcurrentCount, ConcurrencyMode).
 */
export const checkOperationPreferences: Rule = ({ repository }) => {
  const organization = repository.organization;
  if (!organization) return [];
  const preferences = organization.value.stackSets.operationPreferences ?? {};
  const both = EXCLUSIVE_OPERATION_PREFERENCES.filter(
    ([count, percentage]) => count in preferences && percentage in preferences,
  ).map(([count, percentage]) =>
    organization.source.diagnostic(
      RULES.operationPreferences,
      `operationPreferences sets both ${count} and ${percentage}; CloudFormation accepts one or the other, not both (StackSetOperationPreferences), and would refuse every StackSet operation. Remove one.`,
      ['stackSets', 'operationPreferences', percentage],
      'key',
    ),
  );
  if (both.length > 0) return both;
  const lowered = strictConcurrencyLimit(preferences, repository.accounts.length);
  return lowered
    ? [
        {
          ...organization.source.diagnostic(
            RULES.operationPreferences,
            `operationPreferences asks for ${lowered.asked}, but with a failure tolerance of ${lowered.tolerance}, CloudFormation's default ConcurrencyMode, STRICT_FAILURE_TOLERANCE, starts at ${lowered.start} (StackSetOperationPreferences, ConcurrencyMode). Set concurrencyMode: SOFT_FAILURE_TOLERANCE to run at the concurrency asked for, or raise the failure tolerance.`,
            ['stackSets', 'operationPreferences', lowered.key],
            'key',
          ),
          severity: 'warning' as const,
        },
      ]
    : [];
};

/** What STRICT_FAILURE_TOLERANCE makes of the concurrency asked for, where it is lower; undefined otherwise. */
function strictConcurrencyLimit(
  preferences: Record<string, number | string>,
  /** The accounts the repository declares: at most that many per Region, to weigh a percentage against a count. */
  accounts: number,
): { key: string; asked: string; tolerance: string; start: string } | undefined {
  if (preferences.concurrencyMode === 'SOFT_FAILURE_TOLERANCE') return undefined;
  const count = (key: string) => (typeof preferences[key] === 'number' ? preferences[key] : undefined);
  const [maxCount, maxPercentage] = [count('maxConcurrentCount'), count('maxConcurrentPercentage')];
  const [toleranceCount, tolerancePercentage] = [count('failureToleranceCount'), count('failureTolerancePercentage')];
  const asked =
    maxCount !== undefined
      ? { key: 'maxConcurrentCount', asked: `${accountCount(maxCount)} at a time` }
      : maxPercentage !== undefined
        ? { key: 'maxConcurrentPercentage', asked: `${maxPercentage}% of the accounts at a time` }
        : undefined;
  if (!asked) return undefined;
  // Both unset, or either at 0: no failure is tolerated, so one account at a time.
  if ((toleranceCount ?? tolerancePercentage ?? 0) === 0) {
    if (maxCount === 1) return undefined;
    return { ...asked, tolerance: '0', start: 'one account at a time' };
  }
  if (maxCount !== undefined && toleranceCount !== undefined && maxCount > toleranceCount + 1)
    return {
      ...asked,
      tolerance: accountCount(toleranceCount),
      start: `${accountCount(toleranceCount + 1)} at a time`,
    };
  if (maxPercentage !== undefined && tolerancePercentage !== undefined && maxPercentage > tolerancePercentage)
    return {
      ...asked,
      tolerance: `${tolerancePercentage}%`,
      start: `${tolerancePercentage}% of the accounts + 1 at a time`,
    };
  // A count against a percentage depends on how many accounts an operation reaches; CloudFormation rounds
  // percentages down, but never a concurrency below 1 (StackSetOperationPreferences). Weighed at the accounts the
  // repository declares, the most one Region can hold.
  const percentOf = (percentage: number) => Math.floor((percentage * accounts) / 100);
  if (maxCount !== undefined && tolerancePercentage !== undefined) {
    const start = percentOf(tolerancePercentage) + 1;
    if (maxCount > start)
      return {
        ...asked,
        tolerance: `${tolerancePercentage}% (${percentOf(tolerancePercentage)} of the ${accountCount(accounts)} declared)`,
        start: `${accountCount(start)} at a time, at most`,
      };
  }
  if (maxPercentage !== undefined && toleranceCount !== undefined) {
    const asks = Math.max(1, percentOf(maxPercentage));
    if (asks > toleranceCount + 1)
      return {
        ...asked,
        asked: `${asked.asked} (${asks} of the ${accountCount(accounts)} declared)`,
        tolerance: accountCount(toleranceCount),
        start: `${accountCount(toleranceCount + 1)} at a time`,
      };
  }
  return undefined;
}

/**
 * SELF_MANAGED StackSets are administered from the account that creates them, the management account vend runs in:
 * CloudFormation assumes the AdministrationRoleARN there, and the caller must be able to pass it (iam:PassRole), which
 * no role in another account allows. A role elsewhere fails every StackSet operation, after the accounts exist.
 * Sources: CloudFormation User Guide, "Grant self-managed permissions"; CreateStackSet, AdministrationRoleARN.
 */
export const checkAdministrationRole: Rule = ({ repository }) => {
  const organization = repository.organization;
  const settings = organization?.value.stackSets;
  // CallAs "is used only by service-managed permissions" (CreateStackSet, CallAs): vend would drop it, and run as
  // the management account, not as the delegated administrator the file names.
  if (organization && settings?.permissionModel === 'SELF_MANAGED' && settings.callAs === 'DELEGATED_ADMIN')
    return [
      organization.source.diagnostic(
        RULES.administrationRole,
        'callAs: DELEGATED_ADMIN applies only to SERVICE_MANAGED StackSets; SELF_MANAGED ones are administered from the account that creates them. Remove callAs, or set permissionModel: SERVICE_MANAGED.',
        ['stackSets', 'callAs'],
      ),
    ];
  // AWS never registers the management account as a delegated administrator (Organizations
  // RegisterDelegatedAdministrator, ConstraintViolationException CANNOT_REGISTER_MASTER_AS_DELEGATED_ADMINISTRATOR).
  const delegated = organization?.value.delegatedAdministratorAccountId;
  if (organization && delegated !== undefined && delegated === organization.value.managementAccountId)
    return [
      organization.source.diagnostic(
        RULES.administrationRole,
        `delegatedAdministratorAccountId is the management account (${delegated}), which AWS never registers as a delegated administrator (RegisterDelegatedAdministrator: CANNOT_REGISTER_MASTER_AS_DELEGATED_ADMINISTRATOR). Name the member account registered for StackSets, or remove delegatedAdministratorAccountId${settings?.callAs === 'DELEGATED_ADMIN' ? ' and callAs' : ''} to run vend as the management account.`,
        ['delegatedAdministratorAccountId'],
      ),
    ];
  // CallAs DELEGATED_ADMIN is for a caller signed in to a delegated administrator account (CreateStackSet, CallAs);
  // vend runs only as the management account or the one delegatedAdministratorAccountId names.
  if (
    organization &&
    settings?.callAs === 'DELEGATED_ADMIN' &&
    organization.value.delegatedAdministratorAccountId === undefined
  )
    return [
      organization.source.diagnostic(
        RULES.administrationRole,
        "callAs: DELEGATED_ADMIN is for running vend as the organization's delegated administrator for StackSets, but no delegatedAdministratorAccountId names it: vend would run as the management account, which CloudFormation requires to call as SELF (CreateStackSet, CallAs). Set delegatedAdministratorAccountId to that account and run vend with its credentials, or remove callAs.",
        ['stackSets', 'callAs'],
      ),
    ];
  // Service-managed StackSets use the service-linked roles (CreateStackSet: AdministrationRoleARN and
  // ExecutionRoleName are for self-managed permissions), so vend sends neither: said, not dropped in silence.
  if (organization && settings?.permissionModel === 'SERVICE_MANAGED') {
    const unused = (['administrationRoleArn', 'executionRoleName'] as const).filter(
      (key) => settings[key] !== undefined,
    );
    return unused.map((key) => ({
      ...organization.source.diagnostic(
        RULES.administrationRole,
        `${key} is for SELF_MANAGED StackSets; SERVICE_MANAGED ones use the service-linked roles AWS creates, so vend does not send it. Remove it.`,
        ['stackSets', key],
        'key',
      ),
      severity: 'warning' as const,
    }));
  }
  const arn = settings?.administrationRoleArn;
  if (!organization || settings?.permissionModel !== 'SELF_MANAGED' || typeof arn !== 'string') return [];
  const [, partition, account] = /^arn:([^:]+):iam::(\d{12}):/.exec(arn) ?? [];
  const home = AWS_REGIONS[String(organization.value.homeRegion)]?.partition;
  const management = String(organization.value.managementAccountId);
  // Both are said when both are wrong: fixing one should not reveal the other only on the next run.
  return [
    ...(partition !== undefined && home !== undefined && partition !== home
      ? [
          organization.source.diagnostic(
            RULES.administrationRole,
            `administrationRoleArn is in partition ${partition}, but homeRegion ${String(organization.value.homeRegion)} is in ${home}: an ARN names a resource in one partition only, so CloudFormation could not use the role. Write it as arn:${home}:iam::….`,
            ['stackSets', 'administrationRoleArn'],
          ),
        ]
      : []),
    ...(account !== undefined && account !== management
      ? [
          organization.source.diagnostic(
            RULES.administrationRole,
            `administrationRoleArn names a role in account ${account}, but SELF_MANAGED StackSets are administered from the management account ${management}, where vend creates them: CloudFormation could not use a role elsewhere, and every StackSet operation would fail. Name the administration role in ${management} (the bootstrap stack's AWSCloudFormationStackSetAdministrationRole).`,
            ['stackSets', 'administrationRoleArn'],
          ),
        ]
      : []),
    ...rolePathWarning(arn, organization),
  ];
};

/** A role ARN's IAM path other than `/` (`/platform/` in `…:role/platform/Name`), or undefined. */
export function rolePath(arn: string): string | undefined {
  return /:role(\/.+\/)[^/]+$/.exec(arn)?.[1];
}

/**
 * A warning for an administration role with an IAM path (`role/platform/Name`): the bootstrap stack makes its role at
 * path `/`, and its apply role may pass only that one (iam:PassRole on the role's ARN), so vend's StackSet operations
 * would fail in apply unless the role, and the permission to pass it, come from elsewhere.
 */
function rolePathWarning(arn: string, organization: Parsed<OrganizationDocument>): Diagnostic[] {
  const path = rolePath(arn);
  if (path === undefined) return [];
  return [
    {
      ...organization.source.diagnostic(
        RULES.administrationRole,
        `administrationRoleArn has the IAM path ${path}, but the bootstrap stack (${BOOTSTRAP_TEMPLATE}) makes its StackSet administration role at path /, and its apply role may pass only that role: with the bootstrap stack, every StackSet operation would fail in apply. Name the bootstrap stack's role (…:role/${arn.slice(arn.lastIndexOf('/') + 1)}), or create this role and grant iam:PassRole on it yourself.`,
        ['stackSets', 'administrationRoleArn'],
      ),
      severity: 'warning' as const,
    },
  ];
}

/**
 * Without executionRoleName, SELF_MANAGED StackSets run as AWSCloudFormationStackSetExecutionRole (CreateStackSet,
 * ExecutionRoleName): accounts AWS Organizations created before have OrganizationAccountAccessRole instead, and the
 * bootstrap stack's administration role may assume only the role its ExecutionRoleName parameter names (by default
 * OrganizationAccountAccessRole). Said as a warning: the default is valid where accounts have it.
 */
export const checkExecutionRole: Rule = ({ repository }) => {
  const organization = repository.organization;
  const settings = organization?.value.stackSets;
  if (!organization || settings?.permissionModel !== 'SELF_MANAGED' || settings.executionRoleName !== undefined)
    return [];
  return [
    {
      ...organization.source.diagnostic(
        RULES.administrationRole,
        `executionRoleName is not set, so vend's StackSets run as ${DEFAULT_STACK_SET_EXECUTION_ROLE} in every account (CloudFormation's default; the plan moves any StackSet on another role to it): vend creates new accounts with that role, but existing accounts need it too, and the bootstrap stack's ExecutionRoleName must name it. Set executionRoleName to the role your accounts have (the bootstrap stack's default is ${DEFAULT_ACCOUNT_ACCESS_ROLE}).`,
        ['stackSets', 'permissionModel'],
      ),
      severity: 'warning' as const,
    },
  ];
};

const accountCount = (count: number) => countOf(count, 'account');
