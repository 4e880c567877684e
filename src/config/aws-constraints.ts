import { formatCount } from './quotas.js';
/**
 * The constraints AWS documents for the values vend sends to it, so validate can refuse what an API would refuse
 * before apply has changed anything.
 *
 * Source, unless a comment says otherwise: the AWS API models in boto/botocore at commit
 * 0e6e2404b85dc336dd2889814e089bde7d1a4c55 (botocore 1.43.67):
 * - Organizations: botocore/data/organizations/2016-11-28/service-2.json (changed 2026-08-04)
 * - CloudFormation: botocore/data/cloudformation/2010-05-15/service-2.json (changed 2026-07-31)
 * Each constraint names its shape. How they are read (Smithy constraint traits, constraint-traits.rst):
 * - a model `pattern` is not implicitly anchored, so each is wrapped here as ^(?:…)$;
 * - `length` counts Unicode code points, not UTF-16 units, so lengths here do too (`characters`);
 * - patterns with \p{…} classes need the `u` flag, without which JavaScript reads them as literal text.
 */
import { codePointOf } from './hidden-characters.js';

export interface TextConstraint {
  /** The API member, as a reader of the AWS docs would look it up: "CreateAccount Email". */
  member: string;
  minLength: number;
  maxLength: number;
  /** `characters` are Unicode code points (Smithy's length trait); `bytes` are UTF-8 bytes. */
  unit: 'characters' | 'bytes';
  /** One character the model's pattern allows, for constraints whose pattern is a repeated character class. */
  allowedCharacter?: RegExp;
  /** The same class in words, for messages. */
  allowedCharacters?: string;
}

const ORGANIZATIONS_TAG_CHARACTER = /[\p{L}\p{Z}\p{N}_.:/=+\-@]/u;
const ORGANIZATIONS_TAG_CHARACTERS = 'letters, numbers, spaces and _ . : / = + - @';

/** Organizations shape TagKey: min 1, max 128, pattern ^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$. */
export const ORGANIZATIONS_TAG_KEY: TextConstraint = {
  member: 'the Organizations TagKey shape',
  minLength: 1,
  maxLength: 128,
  unit: 'characters',
  allowedCharacter: ORGANIZATIONS_TAG_CHARACTER,
  allowedCharacters: ORGANIZATIONS_TAG_CHARACTERS,
};

/**
 * Organizations shape TagValue: min 0, max 256, the same pattern as TagKey. The member docs: "You can set the value
 * to an empty string, but you can't set it to null."
 */
export const ORGANIZATIONS_TAG_VALUE: TextConstraint = {
  member: 'the Organizations TagValue shape',
  minLength: 0,
  maxLength: 256,
  unit: 'characters',
  allowedCharacter: ORGANIZATIONS_TAG_CHARACTER,
  allowedCharacters: ORGANIZATIONS_TAG_CHARACTERS,
};

/** Organizations shape CreateAccountName (CreateAccount AccountName): min 1, max 50, pattern [\u0020-\u007E]+. */
export const CREATE_ACCOUNT_NAME: TextConstraint = {
  member: 'CreateAccount AccountName, shape CreateAccountName',
  minLength: 1,
  maxLength: 50,
  unit: 'characters',
  allowedCharacter: /[\u0020-\u007E]/,
  allowedCharacters: 'printable ASCII',
};

/**
 * Organizations shape Email (CreateAccount Email): min 6, max 64, pattern [^\s@]+@[^\s@]+\.[^\s@]+. The member
 * docs of CreateAccountRequest.Email add rules the pattern does not express; see `createAccountEmailProblem`.
 */
export const CREATE_ACCOUNT_EMAIL: TextConstraint = {
  member: 'CreateAccount Email, shape Email',
  minLength: 6,
  maxLength: 64,
  unit: 'characters',
};
const EMAIL_PATTERN = /^(?:[^\s@]+@[^\s@]+\.[^\s@]+)$/;

/**
 * What CreateAccount would say about an email, or undefined if it accepts it. Besides the Email shape, the
 * CreateAccountRequest.Email member docs say: 7-bit ASCII only; exactly one @; the local part has no whitespace
 * and none of " ' ( ) < > [ ] : ; , \ | % &, and does not begin with a dot; the domain has only letters, digits,
 * hyphens and dots, does not begin or end with a hyphen or dot, and has at least one dot.
 */
export function createAccountEmailProblem(email: string): string | undefined {
  const length = lengthProblem(CREATE_ACCOUNT_EMAIL, email);
  if (length) return length;
  if (email.split('@').length === 2 && /\s/.test(email.split('@')[0]!)) return 'has a space before the @';
  if (email.split('@').length === 2 && /\s/.test(email.split('@')[1]!)) return 'has a space after the @';
  if (!EMAIL_PATTERN.test(email) || email.split('@').length !== 2) return 'is not of the form local-part@domain';
  const [local = '', domain = ''] = email.split('@');
  if (/[^\x20-\x7E]/.test(email)) return 'has characters outside 7-bit ASCII';
  if (/[\s"'()<>[\]:;,\\|%&]/.test(local)) return 'has one of " \' ( ) < > [ ] : ; , \\ | % & before the @';
  if (local.startsWith('.')) return 'begins with a dot';
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$/.test(domain) || !domain.includes('.'))
    return 'has a domain with characters other than letters, digits, - and ., or one that begins or ends with - or a dot';
  return undefined;
}

/** Organizations shape OrganizationalUnitName (CreateOrganizationalUnit Name): min 1, max 128, pattern [\s\S]*. */
export const ORGANIZATIONAL_UNIT_NAME: TextConstraint = {
  member: 'CreateOrganizationalUnit Name, shape OrganizationalUnitName',
  minLength: 1,
  maxLength: 128,
  unit: 'characters',
};

/** Organizations shape PolicyName (CreatePolicy Name): min 1, max 128, pattern [\s\S]*. */
export const POLICY_NAME: TextConstraint = {
  member: 'CreatePolicy Name, shape PolicyName',
  minLength: 1,
  maxLength: 128,
  unit: 'characters',
};

/** Organizations shape PolicyDescription (CreatePolicy and UpdatePolicy Description): max 512, pattern [\s\S]*. */
export const POLICY_DESCRIPTION: TextConstraint = {
  member: 'CreatePolicy Description, shape PolicyDescription',
  minLength: 0,
  maxLength: 512,
  unit: 'characters',
};

/**
 * CloudFormation shape StackSetName has no pattern or length in the model; the CreateStackSetInput.StackSetName
 * member docs say: "can contain only alphanumeric characters (case-sensitive) and hyphens. It must start with an
 * alphabetic character and can't be longer than 128 characters." StackSetNameOrId's pattern confirms the set.
 */
export const STACK_SET_NAME = /^[a-zA-Z][-a-zA-Z0-9]{0,127}$/;

/** CloudFormation shape ExecutionRoleName: min 1, max 64, pattern [a-zA-Z_0-9+=,.@-]+. */
export const EXECUTION_ROLE_NAME: TextConstraint = {
  member: 'CreateStackSet ExecutionRoleName, shape ExecutionRoleName',
  minLength: 1,
  maxLength: 64,
  unit: 'characters',
  allowedCharacter: /[a-zA-Z_0-9+=,.@-]/,
  allowedCharacters: 'letters, digits and _ + = , . @ -',
};

/** CloudFormation shape RoleARN (CreateStackSet AdministrationRoleARN): min 20, max 2048, no pattern. */
export const ADMINISTRATION_ROLE_ARN: TextConstraint = {
  member: 'CreateStackSet AdministrationRoleARN, shape RoleARN',
  minLength: 20,
  maxLength: 2048,
  unit: 'characters',
};

/**
 * CloudFormation shape StackSetOperationPreferences: FailureToleranceCount min 0, FailureTolerancePercentage 0-100,
 * MaxConcurrentCount min 1, MaxConcurrentPercentage 1-100 (shapes of the same names). The two counts have no range
 * maximum, but are Smithy `integer`s, 32-bit signed (Smithy 2.0 specification, "Simple types"): a larger number
 * cannot be sent. The member docs of each pair: "You must specify either … or …, but not both."
 */
const SMITHY_INTEGER_MAXIMUM = 2_147_483_647;
export const OPERATION_PREFERENCE_RANGES = {
  failureToleranceCount: { minimum: 0, maximum: SMITHY_INTEGER_MAXIMUM },
  failureTolerancePercentage: { minimum: 0, maximum: 100 },
  maxConcurrentCount: { minimum: 1, maximum: SMITHY_INTEGER_MAXIMUM },
  maxConcurrentPercentage: { minimum: 1, maximum: 100 },
} as const;
export const EXCLUSIVE_OPERATION_PREFERENCES = [
  ['maxConcurrentCount', 'maxConcurrentPercentage'],
  ['failureToleranceCount', 'failureTolerancePercentage'],
] as const;

/**
 * A template parameter's Description: "A string of up to 4000 characters" (CloudFormation User Guide,
 * parameters-section-structure.html). CloudFormation refuses the whole template body otherwise.
 */
export const TEMPLATE_PARAMETER_DESCRIPTION: TextConstraint = {
  member: 'a CloudFormation template parameter Description',
  minLength: 0,
  maxLength: 4000,
  unit: 'characters',
};

/**
 * A template output's Description: "a literal string that's between 0 and 1024 bytes in length" (CloudFormation User
 * Guide, outputs-section-structure.html). CloudFormation refuses the whole template body otherwise.
 */
export const TEMPLATE_OUTPUT_DESCRIPTION: TextConstraint = {
  member: 'a CloudFormation template output Description',
  minLength: 0,
  maxLength: 1024,
  unit: 'bytes',
};

/** Length in the unit AWS counts: code points for `characters`, UTF-8 bytes for `bytes`. */
export function lengthIn(unit: TextConstraint['unit'], value: string): number {
  return unit === 'bytes' ? Buffer.byteLength(value, 'utf8') : [...value].length;
}

/** "is 300 characters; at most 256 fit", "is 0 characters; at least 1 is needed", or undefined if the length fits. */
export function lengthProblem(constraint: TextConstraint, value: string): string | undefined {
  const length = lengthIn(constraint.unit, value);
  const amount = (count: number) =>
    `${formatCount(count)} ${count === 1 ? constraint.unit.slice(0, -1) : constraint.unit}`;
  if (length > constraint.maxLength)
    return `is ${amount(length)}; at most ${formatCount(constraint.maxLength)} ${constraint.maxLength === 1 ? 'fits' : 'fit'}`;
  if (length < constraint.minLength)
    return `is ${amount(length)}; at least ${formatCount(constraint.minLength)} ${constraint.minLength === 1 ? 'is' : 'are'} needed`;
  return undefined;
}

/** The distinct characters of `value` that the constraint's pattern refuses, in order of appearance. */
export function refusedCharacters(constraint: TextConstraint, value: string): string[] {
  const allowed = constraint.allowedCharacter;
  if (!allowed) return [];
  return [...new Set([...value].filter((character) => !allowed.test(character)))];
}

/** A character as a reader can find it: printable ones quoted, others (tabs, emoji modifiers) by code point too. */
export function describeCharacter(character: string): string {
  const code = codePointOf(character);
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(character) ? `'${character}' (${code})` : code;
}
