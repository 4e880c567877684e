import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Options, ValidateFunction } from 'ajv/dist/2020.js';
import accountSchema from '../../schemas/account.schema.json' with { type: 'json' };
import organizationSchema from '../../schemas/organization.schema.json' with { type: 'json' };

export type SchemaName = 'account' | 'organization';

export const SCHEMAS: Record<SchemaName, object> = { account: accountSchema, organization: organizationSchema };

/**
 * How Ajv compiles the schemas. verbose puts the failing schema on each error: its description and its properties
 * become the hints schema-check.ts writes.
 */
export const AJV_OPTIONS: Options = { allErrors: true, strict: true, allowUnionTypes: true, verbose: true };

const compiled = new Map<SchemaName, ValidateFunction>();

/**
 * The validator for a schema, compiled on first use. The bundle replaces this module with the same validators
 * compiled to code at build time (schema-standalone.ts, scripts/build.mjs): compiling them here took about 190 ms of
 * every `vend validate`.
 */
export function validatorFor(name: SchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    validate = new Ajv2020(AJV_OPTIONS).compile(SCHEMAS[name]);
    compiled.set(name, validate);
  }
  return validate;
}
