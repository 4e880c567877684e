import {
  ADMINISTRATION_ROLE_ARN,
  CREATE_ACCOUNT_NAME,
  createAccountEmailProblem,
  EXECUTION_ROLE_NAME,
  lengthProblem,
  OPERATION_PREFERENCE_RANGES,
  ORGANIZATIONAL_UNIT_NAME,
  POLICY_NAME,
  refusedCharacters,
  STACK_SET_NAME,
} from '../../src/config/aws-constraints.js';
import type { TextConstraint } from '../../src/config/aws-constraints.js';
import accountSchema from '../../schemas/account.schema.json' with { type: 'json' };
import organizationSchema from '../../schemas/organization.schema.json' with { type: 'json' };

/*
 * Some values reach AWS in a format vend's JSON Schema already restricts further than AWS does (account names,
 * catalogue names, OU names, namePrefix …); the schema, not a rule, refuses them. These tests prove each such format
 * stays within the AWS constraint, so loosening a schema pattern cannot let through what an API would refuse.
 */

/** Every printable ASCII character, plus a few others a person might type. */
const CHARACTERS = [...Array.from({ length: 95 }, (_, index) => String.fromCharCode(32 + index)), 'é', '\t', '🚀'];

const accepts = (pattern: string, value: string) => new RegExp(pattern, 'u').test(value);
const fits = (constraint: TextConstraint, value: string) =>
  lengthProblem(constraint, value) === undefined && refusedCharacters(constraint, value).length === 0;

/** The longest string of `filler` after `first` that `pattern` accepts, searching up to `limit` characters. */
function longestAccepted(pattern: string, first: string, filler: string, limit = 300): string {
  let longest = '';
  for (let length = 1; length <= limit; length++) {
    const candidate = first + filler.repeat(length - 1);
    if (accepts(pattern, candidate)) longest = candidate;
  }
  return longest;
}

/** Every one-character variation of `base` (each character in place of its middle one) that `pattern` accepts. */
const variations = (pattern: string, base: string) =>
  CHARACTERS.map((character) => base.slice(0, 1) + character + base.slice(2)).filter((value) =>
    accepts(pattern, value),
  );

test('account names the schema accepts are CreateAccount AccountNames', () => {
  const { pattern } = accountSchema.properties.name;
  expect(longestAccepted(pattern, 'a', 'b')).toHaveLength(50);
  for (const name of [longestAccepted(pattern, 'a', 'b'), ...variations(pattern, 'abc')])
    expect(fits(CREATE_ACCOUNT_NAME, name)).toBe(true);
});

test('emails the schema accepts are CreateAccount Emails', () => {
  const { pattern, maxLength } = accountSchema.properties.email;
  expect(maxLength).toBe(64);
  const locals = variations(pattern, 'aaa@example.com');
  const domains = CHARACTERS.map((character) => `alice@ex${character}ample.com`).filter((email) =>
    accepts(pattern, email),
  );
  for (const email of [...locals, ...domains, 'a.b+c_d-e@sub.example.co'])
    expect(createAccountEmailProblem(email)).toBeUndefined();
  for (const email of ['a%b@example.com', '.a@example.com', 'a@-example.com', 'a@example.com-', 'a"b@example.com'])
    expect(accepts(pattern, email)).toBe(false);
});

test('OU names the schema accepts are CreateOrganizationalUnit Names, and none contains /', () => {
  const { pattern } = organizationSchema.$defs.organizationalUnits.propertyNames;
  expect(longestAccepted(pattern, 'A', 'b')).toHaveLength(ORGANIZATIONAL_UNIT_NAME.maxLength);
  expect(variations(pattern, 'abc').every((name) => fits(ORGANIZATIONAL_UNIT_NAME, name) && !name.includes('/'))).toBe(
    true,
  );
});

test('SCP catalogue names are CreatePolicy Names, and namePrefix plus a baseline name is a StackSet name', () => {
  const scpName = organizationSchema.$defs.scpName.pattern;
  const catalogue = organizationSchema.$defs.catalogueName.pattern;
  const prefix = organizationSchema.properties.stackSets.properties.namePrefix.pattern;
  const longestCatalogueName = longestAccepted(catalogue, 'a', 'b');
  const longestPrefix = longestAccepted(prefix, 'A', '-');
  expect(fits(POLICY_NAME, longestAccepted(scpName, 'A', '_'))).toBe(true);
  for (const name of variations(scpName, 'DenyKms_v2')) expect(fits(POLICY_NAME, name)).toBe(true);
  expect(STACK_SET_NAME.test(longestPrefix + longestCatalogueName)).toBe(true);
  for (const start of variations(prefix, 'abc'))
    for (const rest of variations(catalogue, 'abc')) expect(STACK_SET_NAME.test(start + rest)).toBe(true);
});

test('executionRoleName and administrationRoleArn fit their CreateStackSet members', () => {
  const { executionRoleName, administrationRoleArn } = organizationSchema.properties.stackSets.properties;
  expect(longestAccepted(executionRoleName.pattern, 'a', 'b')).toHaveLength(EXECUTION_ROLE_NAME.maxLength);
  for (const name of variations(executionRoleName.pattern, 'abc')) expect(fits(EXECUTION_ROLE_NAME, name)).toBe(true);
  expect(administrationRoleArn.maxLength).toBe(ADMINISTRATION_ROLE_ARN.maxLength);
  expect('arn:aws:iam::111111111111:role/x'.length).toBeGreaterThanOrEqual(ADMINISTRATION_ROLE_ARN.minLength);
  // A role name IAM can hold (CreateRole RoleName: [\w+=,.@-]{1,64}), after an optional path; nothing else.
  const arn = new RegExp(administrationRoleArn.pattern, 'u');
  for (const accepted of [
    'arn:aws:iam::111111111111:role/AWSCloudFormationStackSetAdministrationRole',
    'arn:aws:iam::111111111111:role/platform/stacksets/vend-admin+1=,.@_-',
    `arn:aws-cn:iam::111111111111:role/${'r'.repeat(64)}`,
  ])
    expect(arn.test(accepted)).toBe(true);
  for (const refused of [
    'arn:aws:iam::111111111111:role/Stack Set Admin',
    'arn:aws:iam::111111111111:role/admin;*',
    'arn:aws:iam::111111111111:role/adminü',
    'arn:aws:iam::111111111111:role/platform/',
    `arn:aws:iam::111111111111:role/${'r'.repeat(65)}`,
  ])
    expect(arn.test(refused)).toBe(false);
});

test('operationPreferences ranges are the StackSetOperationPreferences ranges', () => {
  const properties = organizationSchema.properties.stackSets.properties.operationPreferences.properties as Record<
    string,
    { minimum?: number; maximum?: number }
  >;
  for (const [name, range] of Object.entries(OPERATION_PREFERENCE_RANGES)) {
    expect(properties[name]?.minimum).toBe(range.minimum);
    expect(properties[name]?.maximum).toBe('maximum' in range ? range.maximum : undefined);
  }
});
