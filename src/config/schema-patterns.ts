import accountSchema from '../../schemas/account.schema.json' with { type: 'json' };
import organizationSchema from '../../schemas/organization.schema.json' with { type: 'json' };
import { isForbiddenKey } from './safe-yaml.js';

/*
 * The name patterns of the public schemas, taken from the schemas themselves, so that import never writes a name
 * the loader would refuse, and observe shows apart the OU names no repository can declare, and both stay right when a
 * schema changes. Compiled with the u flag, as the schema validator
 * compiles them (Ajv's unicodeRegExp).
 */

/** A manifest's `name`, and so its file name. */
export const ACCOUNT_NAME = new RegExp(accountSchema.properties.name.pattern, 'u');
/** A manifest's `accountName`: the account's name in AWS, when it differs from `name`. */
export const ACCOUNT_NAME_IN_AWS = new RegExp(accountSchema.properties.accountName.pattern, 'u');
/** The longest `accountName`, in characters: the bound of its pattern's `{1,N}`. */
export const ACCOUNT_NAME_MAX_LENGTH = Number(/\{1,(\d+)\}\$$/u.exec(accountSchema.properties.accountName.pattern)![1]);
/** A baseline's catalogue name, after namePrefix its StackSet's name. */
export const CATALOGUE_NAME = new RegExp(organizationSchema.$defs.catalogueName.pattern, 'u');
/** An SCP's catalogue name: its policy name in AWS. */
export const SCP_NAME = new RegExp(organizationSchema.$defs.scpName.pattern, 'u');
/** One OU's name, a key under `organizationalUnits`. */
export const ORGANIZATIONAL_UNIT_NAME = new RegExp(
  organizationSchema.$defs.organizationalUnits.propertyNames.pattern,
  'u',
);
/**
 * Why ORGANIZATIONAL_UNIT_NAME refuses `name`, in words: the one thing to change. Undefined when it accepts it.
 */
export function organizationalUnitNameProblem(name: string): string | undefined {
  if (ORGANIZATIONAL_UNIT_NAME.test(name)) return undefined;
  if (name.includes('/')) return "it has a '/', which would read as a nested OU in a path";
  if (/[^\x20-\x7E]/.test(name)) return 'it has characters outside printable ASCII';
  if ([...name].length > 128) return `it is ${[...name].length} characters long, more than 128`;
  if (name.startsWith('"'))
    return "it starts with '\"', which vend keeps for quoting in a path the name of an OU that holds '/'";
  return 'it has a space at either end or two in a row, which a plan would not show';
}

/** ORGANIZATIONAL_UNIT_NAME in words, for messages that ask for a rename. */
export const ORGANIZATIONAL_UNIT_NAME_RULE =
  "1-128 printable ASCII characters other than '/', with single spaces between words and none at either end, not starting with '\"', and not __proto__, constructor or prototype";

/**
 * Whether organization.yaml can declare an OU of this name: the schema's pattern, and a key the loader takes
 * (safe-yaml.ts refuses __proto__, constructor and prototype as keys).
 */
export function isDeclarableOrganizationalUnitName(name: string): boolean {
  return ORGANIZATIONAL_UNIT_NAME.test(name) && !isForbiddenKey(name);
}
