import {
  EXCLUSIVE_OPERATION_PREFERENCES,
  lengthIn,
  lengthProblem,
  TEMPLATE_PARAMETER_DESCRIPTION,
} from '../aws-constraints.js';
import { isCloudFormationTemplate } from '../cloudformation-template.js';
import { RULES } from '../diagnostics.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Rule } from './rule-context.js';

/**
 * CreateStackSet and UpdateStackSet send each baseline template as TemplateBody. CloudFormation refuses a body,
 * a description or a parameter section over its quotas, and does so only when apply reaches the StackSets, after
 * accounts exist; so each template is measured here.
 */
export const checkTemplateLimits: Rule = ({ repository, quotas }) => {
  const diagnostics: Diagnostic[] = [];
  for (const template of repository.templates.values()) {
    const { source } = template;
    const size = lengthIn('bytes', template.body);
    if (size > quotas.templateBodySize)
      diagnostics.push(
        source.diagnostic(
          RULES.templateLimits,
          `template is ${size} bytes; CloudFormation accepts at most ${quotas.templateBodySize} in TemplateBody (quota templateBodySize). A larger template must be uploaded to S3 and passed as TemplateURL, which vend does not do: split the baseline into two joined by dependsOn, or shorten the template.`,
        ),
      );
    if (!isCloudFormationTemplate(template.template)) continue;
    const { Description: description, Parameters: parameters } = template.template as {
      Description?: unknown;
      Parameters?: unknown;
    };
    if (typeof description === 'string' && lengthIn('bytes', description) > quotas.templateDescriptionSize)
      diagnostics.push(
        source.diagnostic(
          RULES.templateLimits,
          `the template Description is ${lengthIn('bytes', description)} bytes; CloudFormation allows ${quotas.templateDescriptionSize} (quota templateDescriptionSize). Shorten it.`,
          ['Description'],
        ),
      );
    if (!parameters || typeof parameters !== 'object') continue;
    const declared = Object.entries(parameters as Record<string, unknown>);
    if (declared.length > quotas.parametersPerTemplate)
      diagnostics.push(
        source.diagnostic(
          RULES.templateLimits,
          `the template declares ${declared.length} parameters; CloudFormation allows ${quotas.parametersPerTemplate} (quota parametersPerTemplate). Split the baseline, or replace parameters with mappings.`,
          ['Parameters'],
          'key',
        ),
      );
    for (const [name, declaration] of declared) {
      if (lengthIn('characters', name) > quotas.parameterNameLength)
        diagnostics.push(
          source.diagnostic(
            RULES.templateLimits,
            `parameter name is ${lengthIn('characters', name)} characters; CloudFormation allows ${quotas.parameterNameLength} (quota parameterNameLength). Shorten it.`,
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
  }
  return diagnostics;
};

/** StackSet operations carry these preferences; CloudFormation refuses both members of an either-or pair. */
export const checkOperationPreferences: Rule = ({ repository }) => {
  const organization = repository.organization;
  const preferences = organization?.value.stackSets.operationPreferences ?? {};
  return EXCLUSIVE_OPERATION_PREFERENCES.filter(
    ([count, percentage]) => count in preferences && percentage in preferences,
  ).map(([count, percentage]) =>
    organization!.source.diagnostic(
      RULES.operationPreferences,
      `operationPreferences sets both ${count} and ${percentage}; CloudFormation accepts one or the other, not both (StackSetOperationPreferences), and would refuse every StackSet operation. Remove one.`,
      ['stackSets', 'operationPreferences', percentage],
      'key',
    ),
  );
};
