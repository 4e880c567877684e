import { closestName } from './rules/near-names.js';

/**
 * The intrinsic and rule functions CloudFormation has (Template Reference, "Intrinsic function reference" and
 * "Rule functions"; cfn-lint 1.51's data/schemas/other/functions), those of the AWS::LanguageExtensions transform
 * included. Any other `Fn::` key fails the template ("Encountered unsupported function").
 */
export const FUNCTIONS = new Set(
  [
    'And',
    'Base64',
    'Cidr',
    'Contains',
    'EachMemberEquals',
    'EachMemberIn',
    'Equals',
    'FindInMap',
    'ForEach',
    'GetAtt',
    'GetAZs',
    'GetStackOutput',
    'If',
    'ImportValue',
    'Join',
    'Length',
    'Not',
    'Or',
    'RefAll',
    'Select',
    'Split',
    'Sub',
    'ToJsonString',
    'Transform',
    'ValueOf',
    'ValueOfAll',
  ].map((name) => `Fn::${name}`),
);

/** ` (did you mean Fn::GetAtt?)` for a function name a typing mistake or two from a real one, else "". */
export function nearFunction(name: string): string {
  const near = closestName(name, FUNCTIONS);
  return near ? ` (did you mean ${near}?)` : '';
}
