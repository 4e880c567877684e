import { isCloudFormationTemplate, usesMacros } from '../cloudformation-template.js';
import { RULES } from '../diagnostics.js';
import type { Diagnostic } from '../diagnostics.js';
import { isMapping } from './rule-context.js';
import type { Rule } from './rule-context.js';

/*
 * The names a template declares beside its resources' (template-resource-rules.ts has those). Sources, CloudFormation
 * User Guide: parameters-section-structure.html ("The logical ID must be alphanumeric (a–z, A–Z, 0–9) and unique
 * among all logical names within the template") and outputs-section-structure.html ("The logical ID must be
 * alphanumeric (a–z, A–Z, 0–9) and unique within the template"). CloudFormation refuses the template when apply
 * creates the StackSet, after accounts exist.
 */
const LOGICAL_ID = /^[A-Za-z0-9]+$/;

/**
 * Parameter and output logical IDs are alphanumeric, and no parameter shares its name with a resource. A template
 * with a Transform is left to CloudFormation: its macros decide what is deployed.
 */
export const checkTemplateNames: Rule = ({ repository }) =>
  [...repository.templates.values()].flatMap(({ source, template }) => {
    if (!isCloudFormationTemplate(template) || usesMacros(template)) return [];
    const sections = template as Record<string, unknown>;
    const diagnostics: Diagnostic[] = [];
    const resources = isMapping(sections.Resources) ? sections.Resources : {};
    for (const section of ['Parameters', 'Outputs'] as const) {
      const declared = sections[section];
      if (!isMapping(declared)) continue;
      const kind = section === 'Parameters' ? 'parameter' : 'output';
      for (const name of Object.keys(declared)) {
        if (!LOGICAL_ID.test(name))
          diagnostics.push(
            source.diagnostic(
              RULES.templateStructure,
              `${kind} name '${name}' may contain only letters and digits (A-Za-z0-9); rename it${kind === 'parameter' ? ', every Ref of it, and its value in organization.yaml and the manifests' : ''}.`,
              [section, name],
              'key',
            ),
          );
        if (kind === 'parameter' && name in resources)
          diagnostics.push(
            source.diagnostic(
              RULES.templateStructure,
              `parameter '${name}' has the name of a resource in this template; CloudFormation needs each logical name once. Rename one of them.`,
              [section, name],
              'key',
            ),
          );
      }
    }
    return diagnostics;
  });
