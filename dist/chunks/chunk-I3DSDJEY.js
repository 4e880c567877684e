import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);

// src/settings/settings.ts
import { statSync } from "node:fs";
var COMMANDS = ["validate", "plan", "apply", "drift"];
var OUTPUT_FORMATS = ["text", "json", "markdown"];
var UsageError = class extends Error {
  name = "UsageError";
};
function parseChoice(name, value, allowed) {
  if (allowed.includes(value)) return value;
  throw new UsageError(`Invalid ${name} '${value}'. Expected one of: ${allowed.join(", ")}.`);
}
function parseBoolean(name, value) {
  const normalized = value.trim().toLowerCase();
  if (normalized === "true") return true;
  if (normalized === "false") return false;
  throw new UsageError(`Invalid ${name} '${value}'. Expected true or false.`);
}
function requireDirectory(name, path) {
  let isDirectory = false;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch {
  }
  if (!isDirectory)
    throw new UsageError(`Invalid ${name} '${path}'. Expected a directory holding accounts/ and baselines/.`);
  return path;
}

export {
  COMMANDS,
  OUTPUT_FORMATS,
  UsageError,
  parseChoice,
  parseBoolean,
  requireDirectory
};
