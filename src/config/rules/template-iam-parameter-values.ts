import { parametersOf } from '../cloudformation-template.js';
import { RULES } from '../diagnostics.js';
import { effectiveBaselineNames } from '../inheritance.js';
import type { Diagnostic } from '../diagnostics.js';
import type { LoadedRepository, LoadedTemplate } from '../repository.js';
import type { SourceFile, YamlPath } from '../safe-yaml.js';
import { isMapping } from './rule-context.js';

/** A value the repository gives a template parameter, with where it is written. */
export interface ParameterPlace {
  value: string;
  source: SourceFile;
  path: YamlPath;
  /** The file, or "its Default in <template>", for a message. */
  where: string;
}

/**
 * Every value a stack instance of `template`'s baseline can get for `parameter`: the template's Default where
 * organization.yaml sets none, organization.yaml's baseline parameters, and the override of each manifest whose
 * account gets the baseline (others are never sent; parameter-reference warns of them). Undefined for a parameter the
 * template does not declare, and for an SSM parameter type, whose values name Systems Manager parameters: the stack
 * gets what they hold, which vend cannot read.
 */
export function parameterPlaces(
  repository: LoadedRepository,
  template: LoadedTemplate,
  parameter: string,
): ParameterPlace[] | undefined {
  const declared = parametersOf(template.template)[parameter];
  if (!isMapping(declared)) return undefined;
  if (typeof declared.Type === 'string' && declared.Type.startsWith('AWS::SSM::Parameter::Value')) return undefined;
  const baseline = template.baseline;
  const set = repository.organization?.value.baselines?.[baseline]?.parameters?.[parameter];
  const places = [
    set === undefined
      ? {
          given: declared.Default,
          source: template.source,
          path: ['Parameters', parameter, 'Default'],
          where: `its Default in ${template.file}`,
        }
      : {
          given: set,
          source: repository.organization?.source,
          path: ['baselines', baseline, 'parameters', parameter],
          where: 'baselines/organization.yaml',
        },
    ...repository.accounts
      .filter(({ value: manifest }) =>
        effectiveBaselineNames(repository.organizationalUnits, manifest).includes(baseline),
      )
      .map(({ source, value: manifest }) => ({
        given: manifest.parameters?.[baseline]?.[parameter],
        source,
        path: ['parameters', baseline, parameter],
        where: source.file,
      })),
  ];
  return places.flatMap(({ given, source, path, where }) =>
    source !== undefined && (typeof given === 'string' || typeof given === 'number')
      ? [{ value: String(given), source, path, where }]
      : [],
  );
}

/**
 * The problems IAM finds in the values the repository gives the parameter a checked IAM property takes by `Ref`
 * (parameterPlaces), each as a literal in that property would be checked (`check`), a template-resource error at the
 * value. CloudFormation passes the value on unchecked unless the parameter's own AllowedPattern stops it, and IAM
 * refuses it only when a stack instance deploys, after apply created and moved accounts. `property` names the
 * property for the message.
 */
export function refParameterProblems(
  repository: LoadedRepository,
  template: LoadedTemplate,
  value: unknown,
  property: string,
  check: (value: unknown) => string | undefined,
): Diagnostic[] {
  const parameter = isMapping(value) && typeof value.Ref === 'string' ? value.Ref : undefined;
  if (parameter === undefined) return [];
  return (parameterPlaces(repository, template, parameter) ?? []).flatMap(({ value: given, source, path }) => {
    const problem = check(given);
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
