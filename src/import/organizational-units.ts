import { compareText } from '../ordering.js';
import { countOf, LISTED_NAMES, listNames } from '../report/phrasing.js';
import type { ObservedOrganizationalUnit } from '../observe/observed-state.js';
import { EnvironmentError, UsageError } from '../settings/settings.js';
import type { ImportFinding } from './imported-repository.js';
import type { LiveOrganization } from './live-organization.js';
import { keyProblem } from '../config/file-checks.js';
import { MANAGED_BY_TAG } from '../config/desired-state.js';
import { limitPhrase } from '../config/quotas.js';
import type { Quotas } from '../config/quotas.js';
import { ORGANIZATIONAL_UNIT_NAME_RULE, organizationalUnitNameProblem } from '../config/schema-patterns.js';

/** An OU the repository will declare. */
export interface ImportedOrganizationalUnit {
  id: string;
  name: string;
  /** Names from the root down, joined with `/`: no imported name holds a `/`. */
  path: string;
  parentPath: string | null;
  /**
   * Its whole subtree is imported, accounts included. An OU that is only the ancestor of what `--ou` selected is
   * declared with its SCPs (a declared OU's attachments are vend's to keep) but lends no baselines and no accounts.
   */
  complete: boolean;
}

/**
 * The OUs to declare, parents before children: every OU whose name the schema accepts, beneath a root or OU that is
 * declared too, within the subtrees `selected` names (all of them when it is empty) and their ancestors. An OU
 * whose name the schema refuses, that the loader refuses as a key (`constructor`, `prototype`), or that shares its
 * name with a sibling, in any case (AWS refuses the same name, an emulator may not; validate refuses names that
 * differ only in case), is left out with everything beneath it: the
 * repository could not name it, and vend never touches an OU it does not declare.
 *
 * @throws UsageError when a selected path names no OU; EnvironmentError when it names one the repository cannot
 * declare (its name, or an ancestor's, is refused), saying why.
 */
export function organizationalUnitsToImport(
  live: Pick<LiveOrganization, 'organizationalUnits' | 'root' | 'accounts'>,
  selected: readonly string[],
): { units: ImportedOrganizationalUnit[]; findings: ImportFinding[] } {
  const children = new Map<string, ObservedOrganizationalUnit[]>();
  for (const unit of live.organizationalUnits)
    children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit]);
  /** Findings by the path --ou would give their OU. */
  const findings: { path: string; finding: ImportFinding }[] = [];
  const nameable: Omit<ImportedOrganizationalUnit, 'complete'>[] = [];
  /** OUs left out, by the path --ou would give them, with why. */
  const refused = new Map<string, string>();
  const visit = (parentId: string, parentPath: string | null) => {
    const siblings = children.get(parentId) ?? [];
    for (const unit of [...siblings].sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id))) {
      // Names that differ only in case are refused too (validate's ou-name-case): they read as one OU in a plan.
      const twins = siblings.filter((sibling) => sibling.name.toLowerCase() === unit.name.toLowerCase());
      const keyName = keyProblem(unit.name);
      const nameProblem = organizationalUnitNameProblem(unit.name);
      const problem = nameProblem
        ? `its name is not one the repository can declare: ${nameProblem} (OU names there are ${ORGANIZATIONAL_UNIT_NAME_RULE}). Rename the OU in AWS Organizations, then import again`
        : keyName
          ? `its name, a key under organizationalUnits, ${keyName}. Rename the OU in AWS Organizations, then import again`
          : twins.length > 1
            ? `${twins.length} OUs under ${parentPath ?? 'the root'} are named ${[...new Set(twins.map((twin) => `'${twin.name}'`))].join(' and ')}, so a path cannot tell them apart${twins.some((twin) => twin.name !== unit.name) ? ' (names that differ only in case read as one in a plan, and validate refuses them: ou-name-case)' : ''}. Rename all but one, then import again`
            : undefined;
      if (problem) {
        const path = parentPath === null ? unit.name : `${parentPath}/${unit.name}`;
        refused.set(path, problem);
        // As plan, drift and this import's findings print it (`"CI/CD"`): a path copied from them is not unknown.
        refused.set(unit.path, problem);
        findings.push({
          path,
          finding: { kind: 'left-out', subject: `OU ${unit.path} (${unit.id})`, ...beneath(live, unit, problem) },
        });
        continue;
      }
      const path = parentPath === null ? unit.name : `${parentPath}/${unit.name}`;
      nameable.push({ id: unit.id, name: unit.name, path, parentPath });
      visit(unit.id, path);
    }
  };
  visit(live.root.id, null);

  const known = new Set(nameable.map((unit) => unit.path));
  for (const path of selected) if (!known.has(path)) throw unknownPath(path, nameable, refused);
  const within = (path: string, ancestor: string) => path === ancestor || path.startsWith(`${ancestor}/`);
  const units = nameable
    .filter(
      (unit) => selected.length === 0 || selected.some((path) => within(unit.path, path) || within(path, unit.path)),
    )
    .map((unit) => ({ ...unit, complete: selected.length === 0 || selected.some((path) => within(unit.path, path)) }));
  // An OU outside the subtrees --ou chose is none of this import's business, whatever its name.
  const relevant = findings.filter(
    ({ path }) => selected.length === 0 || selected.some((chosen) => within(path, chosen)),
  );
  return { units, findings: relevant.map(({ finding }) => finding) };
}

/**
 * A `check` when the first plan's ManagedBy tag would be one tag too many for an OU or SCP that holds `held`:
 * Organizations refuses TagResource whole past a resource's limit (API Reference, TagResource), and the plan reports
 * it as a problem (tag-limit) that blocks apply. None when there is room.
 */
export function tagLimitFinding(
  subject: string,
  id: string,
  held: number,
  quotas: Pick<Quotas, 'tagsPerAccount'>,
): ImportFinding[] {
  if (held < quotas.tagsPerAccount) return [];
  return [
    {
      kind: 'check',
      subject,
      message: `It holds ${held} tags, and the first plan adopts it by adding ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}; ${limitPhrase('AWS Organizations', 'tagsPerAccount', quotas.tagsPerAccount)}, so that plan is blocked (tag-limit). Remove one of its tags first (aws organizations untag-resource --resource-id ${id} --tag-keys <key>).`,
    },
  ];
}

/**
 * What the first plan's adoption of the declared OUs (adopt-ou: the ManagedBy tag) says beyond tagging: an OU
 * another tool claims changes hands (to check, as for an account), and an ancestor that --ou declares only to hold
 * the path becomes vend's all the same, with the accounts in it that no manifest declares.
 */
export function adoptionFindings(
  live: Pick<LiveOrganization, 'organizationalUnits' | 'accounts' | 'organization'>,
  units: readonly ImportedOrganizationalUnit[],
  quotas: Pick<Quotas, 'tagsPerAccount'>,
): ImportFinding[] {
  const byId = new Map(live.organizationalUnits.map((unit) => [unit.id, unit]));
  return units.flatMap((unit): ImportFinding[] => {
    const tags = byId.get(unit.id)?.tags ?? {};
    const managedBy = tags[MANAGED_BY_TAG.key];
    const subject = `OU ${unit.path} (${unit.id})`;
    const full = managedBy === undefined ? tagLimitFinding(subject, unit.id, Object.keys(tags).length, quotas) : [];
    if (full.length > 0) return full;
    if (managedBy !== undefined && managedBy !== MANAGED_BY_TAG.value)
      return [
        {
          kind: 'check',
          subject,
          message: `Its ${MANAGED_BY_TAG.key} tag is '${managedBy}'; the first plan adopts it, setting ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}. Make sure ${managedBy} no longer manages it, or leave it out of baselines/organization.yaml.`,
        },
      ];
    if (unit.complete || managedBy === MANAGED_BY_TAG.value) return [];
    // The management account is never imported as a member (managementAccountId stands for it): not counted here.
    const accounts = live.accounts.filter(
      (account) =>
        account.parentId === unit.id &&
        account.status === 'ACTIVE' &&
        account.id !== live.organization.managementAccountId,
    );
    return [
      {
        kind: 'note',
        subject,
        message: `Declared only as the path to what --ou chose, it is adopted by the first plan all the same (${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}), and vend then keeps its SCP attachments as baselines/organization.yaml says${accounts.length > 0 ? `; the ${countOf(accounts.length, 'account')} in it stay${accounts.length === 1 ? 's' : ''} unmanaged until imported` : ''}.`,
      },
    ];
  });
}

/** What leaving `unit` out leaves out with it, for its finding: the message, and the active accounts beneath. */
function beneath(
  live: Pick<LiveOrganization, 'organizationalUnits' | 'accounts'>,
  unit: ObservedOrganizationalUnit,
  problem: string,
): Pick<ImportFinding, 'message' | 'leftOutAccountIds'> {
  const ids = new Set([unit.id]);
  for (const candidate of live.organizationalUnits) if (ids.has(candidate.parentId)) ids.add(candidate.id);
  const accounts = live.accounts.filter((account) => ids.has(account.parentId));
  const under = [
    ...(ids.size > 1 ? [countOf(ids.size - 1, 'OU')] : []),
    ...(accounts.length > 0 ? [countOf(accounts.length, 'account')] : []),
  ];
  const active = accounts.filter((account) => account.status === 'ACTIVE');
  // Named, so the person settling why import stopped short knows which accounts wait on it.
  const named = active.map((account) => `'${account.name}' (${account.id})`);
  return {
    message: `Not declared${under.length > 0 ? `, nor the ${under.join(' and ')} beneath it` : ''}: ${problem}.${active.length > 0 ? ` Active accounts left out with it: ${listNames(named, LISTED_NAMES)}.` : ''}`,
    ...(active.length > 0 ? { leftOutAccountIds: active.map((account) => account.id) } : {}),
  };
}

/**
 * Why --ou `path` selects nothing: an OU that exists but that the repository cannot declare (`refused`, by path: the
 * OU itself or an ancestor), which is no mistake in the command line; or no OU at all, where a path that differs
 * only in case (AWS OU names are case-sensitive) is the likely one meant.
 */
function unknownPath(
  path: string,
  nameable: readonly Omit<ImportedOrganizationalUnit, 'complete'>[],
  refused: ReadonlyMap<string, string>,
): Error {
  const refusal = [...refused].find(([refusedPath]) => path === refusedPath || path.startsWith(`${refusedPath}/`));
  if (refusal) {
    const [refusedPath, problem] = refusal;
    return new EnvironmentError(
      refusedPath === path
        ? `--ou '${path}' names an OU that exists but cannot be declared: ${problem}.`
        : `--ou '${path}' is beneath the OU '${refusedPath}', which exists but cannot be declared, and nothing beneath it can: ${problem}.`,
    );
  }
  // A stray '/' at either end, or doubled, is the likeliest slip after case.
  const tidied = path.split('/').filter(Boolean).join('/').toLowerCase();
  const sameButCase = nameable
    .map((unit) => unit.path)
    .find((candidate) => [path.toLowerCase(), tidied].includes(candidate.toLowerCase()));
  const lower = path.toLowerCase();
  const refusedButCase = [...refused].filter(
    ([refusedPath]) => lower === refusedPath.toLowerCase() || lower.startsWith(`${refusedPath.toLowerCase()}/`),
  );
  if (sameButCase === undefined && refusedButCase.length > 0) {
    const [[, problem]] = refusedButCase as [[string, string]];
    const names = refusedButCase.map(([refusedPath]) => `'${refusedPath}'`).join(' and ');
    return new EnvironmentError(
      refusedButCase.length === 1
        ? `--ou '${path}' names no OU (names are case-sensitive); the OU ${names} differs from it only in case, and it exists but cannot be declared, nor anything beneath it: ${problem}.`
        : `--ou '${path}' names no OU (names are case-sensitive); the OUs ${names} differ from it only in case, and they exist but cannot be declared, nor anything beneath them: ${problem}.`,
    );
  }
  const roots = nameable.filter((unit) => unit.parentPath === null).map((unit) => unit.path);
  return new UsageError(
    `Invalid --ou '${path}': no OU has that path (OU names from the root, joined with '/'; names are case-sensitive). ${
      sameButCase !== undefined
        ? `Did you mean ${sameButCase}?`
        : `Expected the path of an OU the repository can declare, such as ${roots.slice(0, 5).join(', ') || '(the organization has none)'}.`
    }`,
  );
}
