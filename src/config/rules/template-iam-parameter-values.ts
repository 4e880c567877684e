import { parametersOf } from '../cloudformation-template.js';
import { RULES } from '../diagnostics.js';
import { effectiveBaselineNames } from '../inheritance.js';
import type { Diagnostic } from '../diagnostics.js';
import type { LoadedRepository, LoadedTemplate } from '../repository.js';
import { isMapping } from './rule-context.js';

/**
 * The problems IAM finds in the values the repository gives the parameter a checked IAM property takes by `Ref`:
 * the template's Default (where organization.yaml sets none), organization.yaml's baseline parameters, and each
 * manifest's override, each as a literal
 * in that property would be checked (`check`), a template-resource error at the value. CloudFormation passes the
 * value on unchecked unless the parameter's own AllowedPattern stops it, and IAM refuses it only when a stack
 * instance deploys, after apply created and moved accounts. `property` names the property for the message.
 */
export function refParameterProblems(
  repository: LoadedRepository,
  template: LoadedTemplate,
  value: unknown,
  property: string,
  check: (value: unknown) => string | undefined,
): Diagnostic[] {
  const parameter = isMapping(value) && typeof value.Ref === 'string' ? value.Ref : undefined;
  const declared = parameter === undefined ? undefined : parametersOf(template.template)[parameter];
  if (parameter === undefined || !isMapping(declared)) return [];
  // An SSM parameter type's values name Systems Manager parameters; the stack gets what they hold.
  if (typeof declared.Type === 'string' && declared.Type.startsWith('AWS::SSM::Parameter::Value')) return [];
  const baseline = template.baseline;
  const declaration = parametersOf(template.template)[parameter] as { Default?: unknown };
  const set = repository.organization?.value.baselines?.[baseline]?.parameters?.[parameter];
  const places = [
    // The Default deploys only where organization.yaml leaves the parameter unset.
    ...(set === undefined
      ? [{ given: declaration.Default, source: template.source, path: ['Parameters', parameter, 'Default'] }]
      : []),
    {
      given: set,
      source: repository.organization?.source,
      path: ['baselines', baseline, 'parameters', parameter],
    },
    // Only where the account gets the baseline: other overrides are never sent (parameter-reference warns of them).
    ...repository.accounts
      .filter(({ value: manifest }) =>
        effectiveBaselineNames(repository.organizationalUnits, manifest).includes(baseline),
      )
      .map(({ source, value: manifest }) => ({
        given: manifest.parameters?.[baseline]?.[parameter],
        source,
        path: ['parameters', baseline, parameter],
      })),
  ];
  return places.flatMap(({ given, source, path }) => {
    if (source === undefined || (typeof given !== 'string' && typeof given !== 'number')) return [];
    const problem = check(typeof given === 'number' ? String(given) : given);
    return problem
      ? [
          source.diagnostic(
            RULES.templateResource,
            `${problem}: parameter ${parameter} of ${template.file} sets ${property}. IAM would refuse it when a stack instance deploys; fix the value.`,
            path,
          ),
        ]
      : [];
  });
}
