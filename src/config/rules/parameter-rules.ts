import { isCloudFormationTemplate, parameterNamesOf, parametersWithoutDefaultOf } from '../cloudformation-template.js';
import { RULES } from '../diagnostics.js';
import type { Diagnostic } from '../diagnostics.js';
import type { LoadedTemplate } from '../repository.js';
import type { Rule } from './rule-context.js';

/**
 * CloudFormation checks parameters only when a StackSet or its stack instances are created, which apply does after
 * it has created or moved accounts. A wrong parameter name or a missing value would leave the organization half
 * applied, so both are caught here, before anything runs.
 */
export const checkParameterReferences: Rule = ({ repository }) => {
  const organization = repository.organization;
  if (!organization) return [];
  const templates = new Map(
    [...repository.templates].filter(([, template]) => isCloudFormationTemplate(template.template)),
  );
  const diagnostics: Diagnostic[] = [];

  for (const [baseline, entry] of Object.entries(organization.value.baselines ?? {})) {
    const template = templates.get(baseline);
    if (!template) continue;
    const declared = new Set(parameterNamesOf(template.template));
    const given = entry.parameters ?? {};
    for (const name of Object.keys(given)) {
      if (!declared.has(name))
        diagnostics.push(
          organization.source.diagnostic(
            RULES.parameterReference,
            undeclaredParameter(name, template),
            ['baselines', baseline, 'parameters', name],
            'key',
          ),
        );
    }
    // Per-account overrides cannot stand in for these: CreateStackSet itself fails without them.
    const missing = parametersWithoutDefaultOf(template.template).filter((name) => !(name in given));
    if (missing.length > 0)
      diagnostics.push(
        organization.source.diagnostic(
          RULES.parameterReference,
          `baseline '${baseline}' sets no value for ${missing.join(', ')}, which ${template.file} declares without a Default; the StackSet needs ${missing.length === 1 ? 'it' : 'them'} when it is created, before any per-account override applies. Set ${missing.length === 1 ? 'it' : 'them'} under baselines.${baseline}.parameters, or give the template parameter a Default.`,
          ['baselines', baseline],
          'key',
        ),
      );
  }

  for (const { source, value } of repository.accounts) {
    for (const [baseline, overrides] of Object.entries(value.parameters ?? {})) {
      // An unknown baseline is reported by baseline-reference, a missing template by file-reference.
      const template = templates.get(baseline);
      if (!template) continue;
      const declared = new Set(parameterNamesOf(template.template));
      for (const name of Object.keys(overrides)) {
        if (!declared.has(name))
          diagnostics.push(
            source.diagnostic(
              RULES.parameterReference,
              undeclaredParameter(name, template),
              ['parameters', baseline, name],
              'key',
            ),
          );
      }
    }
  }
  return diagnostics;
};

function undeclaredParameter(name: string, template: LoadedTemplate): string {
  const declared = parameterNamesOf(template.template);
  const options = declared.length > 0 ? `its parameters are ${declared.join(', ')}` : 'it declares no parameters';
  return `parameter '${name}' is not declared in ${template.file}, the template of baseline '${template.baseline}' (${options}); CloudFormation would reject it only after apply has started. Fix the name, or declare the parameter in the template.`;
}
