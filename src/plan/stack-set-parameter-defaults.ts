import type { ObservedStackSet } from '../observe/observed-state.js';
import { isMaskedValue, noEchoIn, parameterDefaultsIn } from './no-echo-parameters.js';

/**
 * `existing` with its parameters read as the values its stacks take, against the repository's `wanted` baseline: a
 * parameter the StackSet sets to what the repository's template defaults it to counts as not set, when the repository
 * leaves it unset; one the StackSet leaves to its template's default counts as set, when the repository sets it to
 * that default. Either way every stack gets the same value, so neither is a change to make nor drift to report.
 * NoEcho parameters are left as they are (their values are masked). Pure.
 *
 * CloudFormation takes a parameter a StackSet does not set from the template's `Default` (CloudFormation Template
 * Reference, AWS::CloudFormation::StackSet Parameter: "If you don't specify a key and value for a particular
 * parameter, CloudFormation uses the default value that's specified in your template").
 */
export function withTemplateDefaults(
  existing: ObservedStackSet,
  wanted: { templateBody: string; parameters: Record<string, string> },
): ObservedStackSet {
  // Only a parameter one side sets and the other leaves to a default can read alike: none, no template to parse.
  const oneSided = [
    ...Object.keys(existing.parameters).filter((key) => !Object.hasOwn(wanted.parameters, key)),
    ...Object.keys(wanted.parameters).filter((key) => !Object.hasOwn(existing.parameters, key)),
  ];
  if (oneSided.length === 0) return existing;
  const secret = new Set([...noEchoIn(existing.templateBody), ...noEchoIn(wanted.templateBody)]);
  const wantedDefaults = parameterDefaultsIn(wanted.templateBody);
  const existingDefaults = parameterDefaultsIn(existing.templateBody);
  const parameters = { ...existing.parameters };
  let changed = false;
  for (const [key, value] of Object.entries(existing.parameters)) {
    if (secret.has(key) || isMaskedValue(value) || Object.hasOwn(wanted.parameters, key)) continue;
    if (wantedDefaults[key] === value) {
      delete parameters[key];
      changed = true;
    }
  }
  for (const [key, value] of Object.entries(wanted.parameters)) {
    if (secret.has(key) || Object.hasOwn(existing.parameters, key)) continue;
    if (existingDefaults[key] === value) {
      parameters[key] = value;
      changed = true;
    }
  }
  return changed ? { ...existing, parameters } : existing;
}
