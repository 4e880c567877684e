import { ORGANIZATION_FILE } from '../config/repository.js';
import type { LoadedRepository } from '../config/repository.js';
import { parseRepositoryFile } from '../config/safe-yaml.js';
import { canonicalJson } from '../plan/canonical-json.js';
import { countOf, listNames } from '../report/phrasing.js';
import type { ImportFinding } from './imported-repository.js';

/** How many settings a finding names before it counts the rest. */
const NAMED_SETTINGS = 12;

/**
 * The settings `before` holds that `after` lacks or holds otherwise, as dotted paths into the document
 * (`organizationalUnits.Sandbox.baselines`, `exceptions`). Mappings are compared key by key; lists and scalars
 * whole, a list of scalars in any order. Pure.
 */
export function replacedSettings(before: unknown, after: unknown, path: readonly string[] = []): string[] {
  const here = path.length > 0 ? path.join('.') : 'the whole file';
  if (isMapping(before)) {
    if (!isMapping(after)) return [here];
    return Object.keys(before).flatMap((key) =>
      Object.hasOwn(after, key)
        ? replacedSettings(before[key], after[key], [...path, key])
        : [[...path, key].join('.')],
    );
  }
  return comparable(before) === comparable(after) ? [] : [here];
}

/**
 * What `vend import --force` loses: the files it replaces with what the organization holds (organization.yaml, the
 * manifests) hold settings that AWS does not, such as emailDomains, ignore: entries, a baseline's dependsOn, the
 * baselines an OU declares, a manifest's exceptions. One finding per file that loses any, so a person can put back
 * those still wanted before the first plan; a round trip of an unedited import loses nothing and says nothing.
 *
 * @param current the repository as it was read before the import (files that did not load have nothing to lose)
 * @param files the files the import writes, path → text
 * @param replaced the paths of `files` that exist and are replaced
 */
export function replacedSettingsFindings(
  current: LoadedRepository,
  files: ReadonlyMap<string, string>,
  replaced: readonly string[],
): ImportFinding[] {
  const before = new Map<string, unknown>([
    ...(current.organization ? [[ORGANIZATION_FILE, current.organization.value] as const] : []),
    ...current.accounts.map((account) => [account.source.file, account.value] as const),
  ]);
  return replaced.flatMap((file) => {
    const text = files.get(file);
    if (!before.has(file) || text === undefined) return [];
    const written = parseRepositoryFile(file, new TextEncoder().encode(text)).source?.document.toJS();
    const lost = replacedSettings(before.get(file), written);
    if (lost.length === 0) return [];
    const named = lost.slice(0, NAMED_SETTINGS);
    const more = lost.length - named.length;
    return [
      {
        kind: 'replaced' as const,
        subject: file,
        message: `--force replaces it with what the organization holds, which lacks or differs in ${countOf(lost.length, 'setting')} of the old file: ${listNames([...named, ...(more > 0 ? [`${more} more`] : [])], Infinity)}. AWS holds none of them as written (repository rules, ignore: entries, baselines declared on OUs, exceptions): put back those still wanted (git diff shows them), then vend validate.`,
      },
    ];
  });
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function comparable(value: unknown): string {
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null))
    return canonicalJson([...value].map((item) => JSON.stringify(item)).sort());
  return canonicalJson(value);
}
