import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import type { Stats } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UsageError } from './settings/settings.js';

/**
 * Files vend writes (the plan, a guardrail report) or reads on the side (a saved plan, a report) may be named
 * relative to a repository checkout, and a pull request can commit symbolic links as easily as files. A link at
 * `plan.json`, or a linked directory on the way to it, would make vend overwrite or read whatever it points at:
 * the base checkout's action.yml, a file outside the workspace. So below each of `untrustedRoots` (the repository,
 * the workspace) no part of the path may be a link, and the file itself is opened with O_NOFOLLOW.
 */
export interface LocalFileOptions {
  /** Directories whose contents a pull request may control. */
  untrustedRoots: readonly string[];
  /** Why a link is refused and what to do instead, where a pull request is not how the link got there. */
  linkAdvice?: string;
}

export interface ReadOptions extends LocalFileOptions {
  /** Refuse a file larger than this many bytes before reading any of it. */
  maxBytes?: number;
}

export interface WriteOptions extends LocalFileOptions {
  /** Refuse to replace a file that exists (O_EXCL) rather than truncate it. */
  keepExisting?: boolean;
  /** Create the directories missing on the way to the file, none of them through a link. */
  createDirectories?: boolean;
}

/**
 * Writes `text` to `path`, replacing the file unless `keepExisting`.
 *
 * @throws UsageError when the path runs through a symbolic link, or the file exists and `keepExisting` is set.
 */
export function writeLocalFile(path: string, text: string, options: WriteOptions): void {
  const file = resolve(path);
  refuseLinks(file, options, 'write');
  // Every part of the path that exists was just found not to be a link, so what mkdir adds is new directories.
  if (options.createDirectories) mkdirSync(dirname(file), { recursive: true });
  let descriptor: number;
  try {
    descriptor = openSync(
      file,
      constants.O_WRONLY |
        constants.O_CREAT |
        (options.keepExisting ? constants.O_EXCL : constants.O_TRUNC) |
        constants.O_NOFOLLOW,
      0o644,
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

/**
 * Checks, before any work whose result would be written to `path`, that writeLocalFile could write it: no link on the
 * way, and (unless `createDirectories`) a directory to write it in.
 *
 * @throws UsageError naming the link or the missing directory.
 */
export function checkWritable(path: string, options: WriteOptions): void {
  const file = resolve(path);
  refuseLinks(file, options, 'write');
  if (options.createDirectories) return;
  // Followed: a link outside the untrusted roots (macOS's /tmp) is an ordinary way to a directory; refuseLinks has
  // refused those inside them.
  let parent: Stats | undefined;
  try {
    parent = statSync(dirname(file));
  } catch {
    parent = undefined;
  }
  const problem =
    parent === undefined
      ? `there is no directory ${dirname(file)} to write it in`
      : !parent.isDirectory()
        ? `${dirname(file)} is a file, not a directory`
        : undefined;
  if (problem) throw new UsageError(`Cannot write ${path}: ${problem}.`);
}

/** Reads `path` as UTF-8. @throws UsageError when it is missing, unreadable or reached through a symbolic link. */
export function readLocalFile(path: string, options: ReadOptions): string {
  const file = resolve(path);
  refuseLinks(file, options, 'read');
  let descriptor: number;
  try {
    // Non-blocking, so opening a named pipe returns at once and is refused below rather than waited on.
    descriptor = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    throw new UsageError(`Cannot read ${path}: ${describe(error)}.`);
  }
  try {
    // A device or FIFO (/dev/zero, a named pipe) would never end: only a regular file is read.
    const stats = fstatSync(descriptor);
    if (stats.isDirectory()) throw new UsageError(`Cannot read ${path}: it is a directory, not a file.`);
    if (!stats.isFile()) throw new UsageError(`Cannot read ${path}: it is not a regular file.`);
    if (options.maxBytes !== undefined && stats.size > options.maxBytes)
      throw new UsageError(
        `Cannot read ${path}: it is ${stats.size.toLocaleString('en-US')} bytes, more than the ${options.maxBytes.toLocaleString('en-US')} such a file may be.`,
      );
    return readFileSync(descriptor, 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`Cannot read ${path}: ${describe(error)}.`);
  } finally {
    closeSync(descriptor);
  }
}

function refuseLinks(file: string, options: LocalFileOptions, verb: 'read' | 'write'): void {
  for (const root of options.untrustedRoots) {
    const below = relative(resolve(root), file);
    if (below === '' || below.startsWith(`..${sep}`) || below === '..' || isAbsolute(below)) continue;
    let current = resolve(root);
    for (const part of below.split(sep)) {
      current = join(current, part);
      const stats = lstatSync(current, { throwIfNoEntry: false });
      // Nothing exists from here on, so nothing can be a link.
      if (!stats) break;
      if (stats.isSymbolicLink())
        throw new UsageError(
          `Refusing to ${verb} ${file}: ${current} is a symbolic link inside ${root}, ${options.linkAdvice ?? 'which a pull request could have committed. Use a path outside the checkout, such as $RUNNER_TEMP.'}`,
        );
    }
  }
}

function describe(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ELOOP') return 'it is a symbolic link';
  if (code === 'EEXIST') return 'it exists already';
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EISDIR') return 'it is a directory, not a file';
  return (error as Error).message;
}
