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
 * (`organizationalUnits.Sandbox.baselines`, `exceptions`), then with `added` those `after` holds that `before` did
 * not. Mappings are compared key by key; lists and scalars whole, a list of scalars in any order. A key written with
 * the value its absence means (an empty list, `fullAWSAccess: true`, `closed: false`) counts as absent,
 * so a file that says what AWS holds in other words loses nothing. Pure.
 */
export function replacedSettings(
  before: unknown,
  after: unknown,
  path: readonly string[] = [],
): { lost: string[]; added: string[] } {
  const here = path.length > 0 ? path.join('.') : 'the whole file';
  if (!isMapping(before) || !isMapping(after))
    return isMapping(before) || comparable(before) !== comparable(after)
      ? { lost: [here], added: [] }
      : { lost: [], added: [] };
  const lost: string[] = [];
  const added: string[] = [];
  for (const key of [...new Set([...Object.keys(before), ...Object.keys(after)])]) {
    const had = Object.hasOwn(before, key) && !meansAbsent(key, before[key], before, path);
    const has = Object.hasOwn(after, key) && !meansAbsent(key, after[key], after, path);
    if (had && has) {
      const inner = replacedSettings(before[key], after[key], [...path, key]);
      lost.push(...inner.lost);
      added.push(...inner.added);
    } else if (had) lost.push([...path, key].join('.'));
    else if (has) added.push([...path, key].join('.'));
  }
  return { lost, added };
}

/**
 * Whether a key's value says what its absence says, in vend's file formats (DESIGN.md, and README for accountName,
 * whose absence means the manifest's name): an empty list, empty tags,
 * quotas or parameters (a baseline's among them), fullAWSAccess on, closed off, an accountName equal to the
 * manifest's name. Any other empty mapping declares something: `Sandbox: {}` is an OU.
 */
function meansAbsent(key: string, value: unknown, within: Record<string, unknown>, path: readonly string[]): boolean {
  if (Array.isArray(value)) return value.length === 0;
  // A manifest's overrides for one baseline, under `parameters`, say nothing when empty either.
  // Empty, or holding only what means absent (`parameters: { roles: {} }`).
  if (isMapping(value))
    return (
      (EMPTY_MEANS_ABSENT.has(key) || path.at(-1) === 'parameters') &&
      Object.entries(value).every(([inner, held]) => meansAbsent(inner, held, value, [...path, key]))
    );
  return (
    (key === 'fullAWSAccess' && value === true) ||
    (key === 'closed' && value === false) ||
    (key === 'accountName' && value === within.name)
  );
}

const EMPTY_MEANS_ABSENT = new Set(['tags', 'quotas', 'parameters']);

/**
 * What `vend import --force` loses: the files it replaces with what the organization holds (organization.yaml, the
 * manifests) hold settings that AWS does not, such as emailDomains, ignore: entries, a baseline's dependsOn, the
 * baselines an OU declares, a manifest's exceptions; an SCP or template file holds content AWS does not (an edit not
 * applied yet); a file that did not load could not be compared at all. One finding per such file, so a person can
 * put back what is still wanted before the first plan; a round trip of an unedited import loses nothing and says
 * nothing.
 *
 * @param current the repository as it was read before the import
 * @param files the files the import writes, path → text
 * @param replaced the paths of `files` that exist and are replaced
 * @param readCurrent a replaced file's text as it is now, for those that did not load; undefined if unreadable
 */
export function replacedSettingsFindings(
  current: LoadedRepository,
  files: ReadonlyMap<string, string>,
  replaced: readonly string[],
  readCurrent: (file: string) => string | undefined,
): ImportFinding[] {
  const before = new Map<string, unknown>([
    ...(current.organization ? [[ORGANIZATION_FILE, current.organization.value] as const] : []),
    ...current.accounts.map((account) => [account.source.file, account.value] as const),
  ]);
  const policies = new Map([...current.scps.values()].map((scp) => [scp.file, canonicalJson(scp.document)]));
  const templates = new Map([...current.templates.values()].map((template) => [template.file, template.body]));
  const finding = (file: string, message: string): ImportFinding[] => [{ kind: 'replaced', subject: file, message }];
  return replaced.flatMap((file) => {
    const text = files.get(file);
    if (text === undefined) return [];
    if (policies.has(file) || templates.has(file)) {
      const same = policies.has(file)
        ? policies.get(file) ===
          canonicalJson(
            parseRepositoryFile(file, new TextEncoder().encode(text), { json: true }).source?.document.toJS(),
          )
        : templates.get(file) === text;
      return same
        ? []
        : finding(
            file,
            `--force replaces it with the ${policies.has(file) ? 'policy' : 'template'} AWS holds, which differs from the old file: an edit not applied yet (one a pull request makes, say) is undone. Put it back if it is still wanted (git diff shows it), then vend plan.`,
          );
    }
    if (!before.has(file)) {
      // Nothing of a file that did not load could be compared: it is named whenever --force changes its text.
      const old = readCurrent(file);
      return old === undefined || old === text
        ? []
        : finding(
            file,
            `--force replaces it with what the organization holds, but the old file did not load (vend validate said why), so what it held could not be compared: put back what is still wanted (git diff shows it), then vend validate.`,
          );
    }
    const written = parseRepositoryFile(file, new TextEncoder().encode(text)).source?.document.toJS();
    const { lost, added } = replacedSettings(before.get(file), written);
    if (lost.length + added.length === 0) return [];
    const named = (paths: readonly string[]) => {
      const shown = paths.slice(0, NAMED_SETTINGS);
      return listNames(
        [...shown, ...(paths.length > shown.length ? [`${paths.length - shown.length} more`] : [])],
        Infinity,
      );
    };
    // A setting the old file had dropped, in an edit not applied yet (a detach, a retired baseline), comes back: it is
    // as much undone as one AWS does not hold.
    return finding(
      file,
      [
        '--force replaces it with what the organization holds,',
        lost.length > 0
          ? `which lacks or differs in ${countOf(lost.length, 'setting')} of the old file: ${named(lost)}. AWS holds none of them as written (repository rules, ignore: entries, baselines declared on OUs, exceptions, or an edit not applied yet)${added.length > 0 ? '; and it' : '.'}`
          : 'which',
        added.length > 0
          ? `holds ${countOf(added.length, 'setting')} the old file did not: ${named(added)}. AWS has ${added.length === 1 ? 'it' : 'them'}: if the old file left ${added.length === 1 ? 'it' : 'them'} out in an edit not applied yet (a removal, say), --force undid that edit.`
          : '',
        'Put back what is still wanted (git diff shows it), then vend validate.',
      ]
        .filter(Boolean)
        .join(' '),
    );
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
