import { Ajv2020 } from 'ajv/dist/2020.js';
import standalone from 'ajv/dist/standalone/index.js';
import { AJV_OPTIONS, SCHEMAS } from './schema-validators.js';
import type { SchemaName } from './schema-validators.js';

/**
 * The source of an ES module that stands in for schema-validators.ts in the bundle: Ajv's standalone code for
 * both schemas (https://ajv.js.org/standalone.html), compiled with the same options, and the same validatorFor.
 * The code requires Ajv's small runtime helpers (ajv/dist/runtime/*), which the bundler resolves.
 */
export function standaloneValidatorsSource(): string {
  const ajv = new Ajv2020({ ...AJV_OPTIONS, code: { source: true, esm: true } });
  const names = Object.keys(SCHEMAS) as SchemaName[];
  for (const name of names) ajv.addSchema(SCHEMAS[name], name);
  // Ajv's module is CommonJS: its default export is the module, which carries the function as .default.
  const validators = standalone.default(ajv, Object.fromEntries(names.map((name) => [name, name])));
  return `${validators}\nconst validators = { ${names.join(', ')} };\nexport const validatorFor = (name) => validators[name];\n`;
}
