import { isCloudFormationTemplate, usesMacros } from '../cloudformation-template.js';
import { RULES } from '../diagnostics.js';
import type { Diagnostic } from '../diagnostics.js';
import { isMapping } from './rule-context.js';
import type { Rule } from './rule-context.js';

/*
 * The names a template declares beside its resources' (template-resource-rules.ts has those). Sources, CloudFormation
 * User Guide: parameters-section-structure.html ("The logical ID must be alphanumeric (a–z, A–Z, 0–9) and unique
 * among all logical names within the template"), outputs-section-structure.html ("The logical ID must be
 * alphanumeric (a–z, A–Z, 0–9) and unique within the template") and mappings-section-structure.html (alphanumeric
 * mapping names); for condition names and the keys within a mapping, cfn-lint's schemas of those sections
 * (data/schemas/other/conditions/conditions.json and mappings/configuration.json, cfn-lint 1.51), which follow what
 * CloudFormation accepts. CloudFormation refuses the template when apply creates the StackSet, after accounts exist.
 */
const LOGICAL_ID = /^[A-Za-z0-9]+$/;
const CONDITION_NAME = /^[A-Za-z0-9&_]+$/;
const MAPPING_KEY = /^[A-Za-z0-9.-]+$/;

/**
 * Parameter, output and mapping logical IDs are alphanumeric, condition names alphanumeric with & and _, a mapping's
 * keys alphanumeric with . and -, and its attribute names alphanumeric; no parameter shares its name with a
 * resource. A template with a Transform is left to CloudFormation: its macros decide what is deployed.
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
    const conditions = sections.Conditions;
    if (isMapping(conditions))
      for (const name of Object.keys(conditions))
        if (!CONDITION_NAME.test(name))
          diagnostics.push(
            source.diagnostic(
              RULES.templateStructure,
              `condition name '${name}' may contain only letters, digits, & and _; rename it, and every Condition and Fn::If that names it.`,
              ['Conditions', name],
              'key',
            ),
          );
    const mappings = sections.Mappings;
    if (isMapping(mappings))
      for (const [name, mapping] of Object.entries(mappings)) {
        if (!LOGICAL_ID.test(name))
          diagnostics.push(
            source.diagnostic(
              RULES.templateStructure,
              `mapping name '${name}' may contain only letters and digits (A-Za-z0-9); rename it, and every Fn::FindInMap that names it.`,
              ['Mappings', name],
              'key',
            ),
          );
        // The shape, from cfn-lint's mappings/configuration.json: a mapping holds keys, each a mapping of attributes,
        // at least one at each level, each attribute a string, number, boolean or list. CloudFormation refuses the
        // template otherwise ("Every Mappings attribute must be a map").
        if (!isMapping(mapping) || Object.keys(mapping).length === 0) {
          diagnostics.push(
            source.diagnostic(
              RULES.templateStructure,
              `mapping '${name}' must be a mapping of at least one key, each to a mapping of attributes (Key: { Attribute: value }); CloudFormation refuses it otherwise.`,
              ['Mappings', name],
            ),
          );
          continue;
        }
        for (const [key, attributes] of Object.entries(mapping)) {
          if (!MAPPING_KEY.test(key))
            diagnostics.push(
              source.diagnostic(
                RULES.templateStructure,
                `key '${key}' of mapping '${name}' may contain only letters, digits, . and -; rename it.`,
                ['Mappings', name, key],
                'key',
              ),
            );
          if (!isMapping(attributes) || Object.keys(attributes).length === 0) {
            diagnostics.push(
              source.diagnostic(
                RULES.templateStructure,
                `key '${key}' of mapping '${name}' must map to at least one attribute (${key}: { Attribute: value }); CloudFormation refuses it otherwise.`,
                ['Mappings', name, key],
              ),
            );
            continue;
          }
          for (const [attribute, value] of Object.entries(attributes))
            if (value === null || (typeof value === 'object' && !Array.isArray(value)))
              diagnostics.push(
                source.diagnostic(
                  RULES.templateStructure,
                  `attribute '${attribute}' under key '${key}' of mapping '${name}' must be a string, number, boolean or list, not ${value === null ? 'empty' : 'a mapping'}; Fn::FindInMap returns one value.`,
                  ['Mappings', name, key, attribute],
                ),
              );
          for (const attribute of Object.keys(attributes))
            if (!LOGICAL_ID.test(attribute))
              diagnostics.push(
                source.diagnostic(
                  RULES.templateStructure,
                  `attribute '${attribute}' under key '${key}' of mapping '${name}' may contain only letters and digits (A-Za-z0-9); rename it.`,
                  ['Mappings', name, key, attribute],
                  'key',
                ),
              );
        }
      }
    return diagnostics;
  });
