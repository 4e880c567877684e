import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-LUQVUKPD.js";

// src/local-files.ts
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  statSync,
  writeFileSync
} from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
function writeLocalFile(path, text, options) {
  const file = resolve(path);
  refuseLinks(file, options, "write");
  if (options.createDirectories) mkdirSync(dirname(file), { recursive: true });
  let descriptor;
  try {
    descriptor = openSync(
      file,
      constants.O_WRONLY | constants.O_CREAT | (options.keepExisting ? constants.O_EXCL : constants.O_TRUNC) | constants.O_NOFOLLOW,
      420
    );
  } catch (error) {
    throw new UsageError(`Cannot write ${path}: ${describe(error)}.`);
  }
  try {
    writeFileSync(descriptor, text);
  } finally {
    closeSync(descriptor);
  }
}
function checkWritable(path, options) {
  const file = resolve(path);
  refuseLinks(file, options, "write");
  if (options.createDirectories) return;
  let parent;
  try {
    parent = statSync(dirname(file));
  } catch {
    parent = void 0;
  }
  const problem = parent === void 0 ? `there is no directory ${dirname(file)} to write it in` : !parent.isDirectory() ? `${dirname(file)} is a file, not a directory` : void 0;
  if (problem) throw new UsageError(`Cannot write ${path}: ${problem}.`);
}
function readLocalFile(path, options) {
  const file = resolve(path);
  refuseLinks(file, options, "read");
  let descriptor;
  try {
    descriptor = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    throw new UsageError(`Cannot read ${path}: ${describe(error)}.`);
  }
  try {
    const stats = fstatSync(descriptor);
    if (stats.isDirectory()) throw new UsageError(`Cannot read ${path}: it is a directory, not a file.`);
    if (!stats.isFile()) throw new UsageError(`Cannot read ${path}: it is not a regular file.`);
    if (options.maxBytes !== void 0 && stats.size > options.maxBytes)
      throw new UsageError(
        `Cannot read ${path}: it is ${stats.size.toLocaleString("en-US")} bytes, more than the ${options.maxBytes.toLocaleString("en-US")} such a file may be.`
      );
    return readFileSync(descriptor, "utf8");
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`Cannot read ${path}: ${describe(error)}.`);
  } finally {
    closeSync(descriptor);
  }
}
function refuseLinks(file, options, verb) {
  for (const root of options.untrustedRoots) {
    const below = relative(resolve(root), file);
    if (below === "" || below.startsWith(`..${sep}`) || below === ".." || isAbsolute(below)) continue;
    let current = resolve(root);
    for (const part of below.split(sep)) {
      current = join(current, part);
      const stats = lstatSync(current, { throwIfNoEntry: false });
      if (!stats) break;
      if (stats.isSymbolicLink())
        throw new UsageError(
          `Refusing to ${verb} ${file}: ${current} is a symbolic link inside ${root}, ${options.linkAdvice ?? "which a pull request could have committed. Use a path outside the checkout, such as $RUNNER_TEMP."}`
        );
    }
  }
}
function describe(error) {
  const code = error.code;
  if (code === "ELOOP") return "it is a symbolic link";
  if (code === "EEXIST") return "it exists already";
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EISDIR") return "it is a directory, not a file";
  return error.message;
}

export {
  writeLocalFile,
  checkWritable,
  readLocalFile
};
