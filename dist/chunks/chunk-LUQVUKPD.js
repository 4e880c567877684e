import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  expiryInstant,
  loadRepository
} from "./chunk-LOLNR32M.js";
import {
  DRIFT_SEVERITIES
} from "./chunk-BP5JTKJ7.js";

// src/commands/validate.ts
function runValidate(settings, now = /* @__PURE__ */ new Date()) {
  const verdict = loadRepository(settings.repositoryRoot, { now });
  const hasErrors = verdict.diagnostics.some((diagnostic) => diagnostic.severity === "error");
  return { ...verdict, exitCode: hasErrors ? 1 : 0 };
}
function validateAsMerged(settings, now = /* @__PURE__ */ new Date()) {
  const today = runValidate(settings, now);
  if (today.desired) return today;
  const expired = today.exceptions.map((exception) => expiryInstant(exception.expires)).filter((instant) => instant < now.getTime());
  if (expired.length === 0) return today;
  const beforeExpiry = runValidate(settings, new Date(Math.min(...expired)));
  return beforeExpiry.desired ? { ...beforeExpiry, diagnostics: today.diagnostics } : today;
}

// src/settings/settings.ts
import { existsSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
var COMMANDS = ["validate", "plan", "apply", "drift"];
var AVAILABLE_COMMANDS = [...COMMANDS, "import"];
var OUTPUT_FORMATS = ["text", "json", "markdown"];
var DEFAULT_DETECTION_MINUTES = 15;
var UsageError = class extends Error {
  name = "UsageError";
};
var EnvironmentError = class extends Error {
  name = "EnvironmentError";
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
function parseFailOnDrift(name, value) {
  const normalized = value.trim().toLowerCase();
  if (normalized === "false") return void 0;
  if (normalized === "true") return "info";
  if (DRIFT_SEVERITIES.includes(normalized)) return normalized;
  throw new UsageError(
    `Invalid ${name} '${value}'. Expected true, false or a severity: ${DRIFT_SEVERITIES.join(", ")}.`
  );
}
var MINUTES_RANGE = "a whole number of minutes from 1 to 1440";
function parseMinutes(name, value) {
  const minutes = Number(value);
  if (/^\d+$/.test(value.trim()) && minutes >= 1 && minutes <= 1440) return minutes;
  throw new UsageError(`Invalid ${name} '${value}'. Expected ${MINUTES_RANGE}.`);
}
function requireDirectory(name, path, expected = "Expected a directory holding accounts/ and baselines/.", ifMissing = "") {
  let kind = "missing";
  try {
    kind = statSync(path).isDirectory() ? "directory" : "other";
  } catch {
  }
  if (kind === "other") throw new UsageError(`Invalid ${name} '${path}': it is a file, not a directory. ${expected}`);
  if (kind === "missing") throw new UsageError(`Invalid ${name} '${path}'. ${expected}${ifMissing}`);
  return path;
}
function requireOutsideRepositoryFiles(name, path, root) {
  const target = realLocation(path);
  for (const directory of ["accounts", "baselines", ".git"]) {
    const inside = relative(realLocation(join(root, directory)), target);
    if (inside === "" || inside !== ".." && !inside.startsWith(`..${sep}`) && !isAbsolute(inside))
      throw new UsageError(
        `Invalid ${name} '${path}': it is inside ${directory}/, which vend reads as the repository, and writing there would replace its files. Write it elsewhere, outside accounts/, baselines/ and .git/.`
      );
  }
  return path;
}
function realLocation(path) {
  let existing = resolve(path);
  const rest = [];
  while (!existsSync(existing) && dirname(existing) !== existing) {
    rest.unshift(basename(existing));
    existing = dirname(existing);
  }
  try {
    return join(realpathSync(existing), ...rest);
  } catch {
    return resolve(path);
  }
}

export {
  runValidate,
  validateAsMerged,
  COMMANDS,
  AVAILABLE_COMMANDS,
  OUTPUT_FORMATS,
  DEFAULT_DETECTION_MINUTES,
  UsageError,
  EnvironmentError,
  parseChoice,
  parseBoolean,
  parseFailOnDrift,
  MINUTES_RANGE,
  parseMinutes,
  requireDirectory,
  requireOutsideRepositoryFiles
};
