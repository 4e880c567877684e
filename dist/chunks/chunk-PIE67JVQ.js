import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  account_schema_default,
  organization_schema_default
} from "./chunk-VTIZNVA4.js";

// src/config/schema-patterns.ts
var ACCOUNT_NAME = new RegExp(account_schema_default.properties.name.pattern, "u");
var ACCOUNT_NAME_IN_AWS = new RegExp(account_schema_default.properties.accountName.pattern, "u");
var ACCOUNT_NAME_MAX_LENGTH = Number(/\{1,(\d+)\}\$$/u.exec(account_schema_default.properties.accountName.pattern)[1]);
var CATALOGUE_NAME = new RegExp(organization_schema_default.$defs.catalogueName.pattern, "u");
var SCP_NAME = new RegExp(organization_schema_default.$defs.scpName.pattern, "u");
var ORGANIZATIONAL_UNIT_NAME = new RegExp(
  organization_schema_default.$defs.organizationalUnits.propertyNames.pattern,
  "u"
);
function organizationalUnitNameProblem(name) {
  if (ORGANIZATIONAL_UNIT_NAME.test(name)) return void 0;
  if (name.includes("/")) return "it has a '/', which would read as a nested OU in a path";
  if (/[^\x20-\x7E]/.test(name)) return "it has characters outside printable ASCII";
  if ([...name].length > 128) return "it is longer than 128 characters";
  if (name.startsWith('"'))
    return `it starts with '"', which vend keeps for quoting in a path the name of an OU that holds '/'`;
  return "it has a space at either end or two in a row, which a plan would not show";
}
var ORGANIZATIONAL_UNIT_NAME_RULE = `1-128 printable ASCII characters other than '/', with single spaces between words and none at either end, not starting with '"'`;

export {
  ACCOUNT_NAME,
  ACCOUNT_NAME_IN_AWS,
  ACCOUNT_NAME_MAX_LENGTH,
  CATALOGUE_NAME,
  SCP_NAME,
  ORGANIZATIONAL_UNIT_NAME,
  organizationalUnitNameProblem,
  ORGANIZATIONAL_UNIT_NAME_RULE
};
