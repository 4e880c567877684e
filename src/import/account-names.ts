import { compareText } from '../ordering.js';
import { MANAGED_BY_TAG } from '../config/desired-state.js';
import { ACCOUNT_NAME } from '../config/schema-patterns.js';

/** The longest manifest name the schema allows (^[a-z][a-z0-9-]{1,48}[a-z0-9]$). */
const MAX_NAME_LENGTH = 50;

export interface AccountLike {
  id: string;
  name: string;
  tags?: Record<string, string>;
}

/**
 * Manifest names for the accounts import writes (`written`), by account id. Each is the account's AWS name made
 * valid by the manifest pattern (its base name), unless that name could mean more than one account: when another
 * member account of `organization` has the same base name (unless this one is the only one of them tagged
 * `ManagedBy: vend`, which keeps it), when a manifest the repository already has (`taken`)
 * uses it, or when it is another account's name with the id appended. Then the account's own id is appended. Ids
 * are unique and end such names, so no two of them are the same; only a name in `taken` can still be in the way,
 * and those accounts are `unavailable` (AWS names are free text, and members can rename themselves, so anything is
 * possible: `Shared`, `Shared` and `Shared-<id of the first>`).
 *
 * What a name depends on: the names and ids of the organization's member accounts, whether this import writes them
 * or not, and the names in `taken`. So `--ou` and a later `--accounts-only` name an account as a full import of the
 * same organization would, unless the repository's own manifests took the name first. Renaming or adding an
 * account in AWS can change the names a later import derives; manifests already written keep theirs. Pure.
 */
export function manifestNames(
  written: readonly AccountLike[],
  organization: readonly AccountLike[],
  taken: ReadonlySet<string> = new Set(),
): { names: Map<string, string>; unavailable: { id: string; name: string }[] } {
  const bases = new Map<string, string>();
  for (const account of [...organization, ...written]) bases.set(account.id, baseName(account.name));
  const counts = new Map<string, number>();
  for (const base of bases.values()) counts.set(base, (counts.get(base) ?? 0) + 1);
  // Of accounts that share a base name, the one account already tagged as vend's keeps it: its name is the one vend
  // has been using, and a look-alike someone else made must not take it away.
  const owned = new Map<string, string[]>();
  for (const account of [...organization, ...written])
    if (account.tags?.[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value) {
      const ids = owned.get(bases.get(account.id)!) ?? [];
      if (!ids.includes(account.id)) owned.set(bases.get(account.id)!, [...ids, account.id]);
    }
  const keepsName = (id: string, base: string) => owned.get(base)?.length === 1 && owned.get(base)![0] === id;
  const suffixed = new Set(
    [...bases]
      .filter(([id, base]) => taken.has(base) || (counts.get(base)! > 1 && !keepsName(id, base)))
      .map(([id]) => id),
  );
  // A plain name that equals another account's suffixed name is suffixed too; that adds suffixed names, so repeat
  // until none does. It ends: every round moves at least one account, and none moves back.
  for (let moved = true; moved;) {
    moved = false;
    const suffixedNames = new Set([...suffixed].map((id) => withSuffix(bases.get(id)!, id)));
    for (const [id, base] of bases)
      if (!suffixed.has(id) && suffixedNames.has(base)) {
        suffixed.add(id);
        moved = true;
      }
  }

  const names = new Map<string, string>();
  const unavailable: { id: string; name: string }[] = [];
  for (const { id } of [...written].sort((a, b) => compareText(a.id, b.id))) {
    const name = suffixed.has(id) ? withSuffix(bases.get(id)!, id) : bases.get(id)!;
    if (taken.has(name)) unavailable.push({ id, name });
    else names.set(id, name);
  }
  const used = new Set(taken);
  for (const name of names.values()) {
    if (used.has(name) || !ACCOUNT_NAME.test(name))
      throw new Error(`internal error: vend import derived the manifest name '${name}' twice, or not a valid one`);
    used.add(name);
  }
  return { names, unavailable };
}

/**
 * Lower case, accents dropped, every run of other characters one hyphen, starting with a letter, 3 to 50
 * characters: `Payments Prod` → `payments-prod`, `123 Data` → `account-123-data`, `QA` → `qa-account`.
 */
export function baseName(accountName: string): string {
  let name = usableCharacters(accountName);
  if (!/^[a-z]/.test(name)) name = name === '' ? 'account' : `account-${name}`;
  if (name.length < 3) name = `${name}-account`;
  return trimTo(name, MAX_NAME_LENGTH);
}

/** Whether nothing of an account name is left for a manifest name (`!!!`, `---`): its base name is only `account`. */
export function hasNoUsableCharacters(accountName: string): boolean {
  return usableCharacters(accountName) === '';
}

/** The letters and digits of a name, lower case and without accents, each run of other characters one hyphen. */
function usableCharacters(accountName: string): string {
  return accountName
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function withSuffix(base: string, id: string): string {
  return `${trimTo(base, MAX_NAME_LENGTH - id.length - 1)}-${id}`;
}

function trimTo(name: string, length: number): string {
  return name.slice(0, length).replace(/-+$/, '');
}
