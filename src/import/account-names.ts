import { compareText } from '../ordering.js';
import { ACCOUNT_NAME } from './schema-patterns.js';

/** The longest manifest name the schema allows (^[a-z][a-z0-9-]{1,48}[a-z0-9]$). */
const MAX_NAME_LENGTH = 50;

/**
 * Manifest names for accounts, by account id: each account's AWS name made valid by the manifest pattern, or,
 * where several accounts (or a name in `taken`, the manifests a repository already has) would share one, that name
 * with the account id appended to each. The id is the account's own and never changes, so an account's name does
 * not depend on which others were imported or in what order. Pure.
 *
 * @throws Error when the names still collide, which would be a bug here: validate would refuse the repository.
 */
export function manifestNames(
  accounts: readonly { id: string; name: string }[],
  taken: ReadonlySet<string> = new Set(),
): Map<string, string> {
  const byBase = new Map<string, string[]>();
  for (const account of accounts) {
    const base = baseName(account.name);
    byBase.set(base, [...(byBase.get(base) ?? []), account.id]);
  }
  const names = new Map<string, string>();
  for (const [base, ids] of [...byBase].sort(([a], [b]) => compareText(a, b))) {
    const shared = ids.length > 1 || taken.has(base);
    for (const id of ids) names.set(id, shared ? withSuffix(base, id) : base);
  }
  const used = new Set(taken);
  for (const name of names.values()) {
    if (used.has(name) || !ACCOUNT_NAME.test(name))
      throw new Error(`internal error: vend import derived the manifest name '${name}' twice, or not a valid one`);
    used.add(name);
  }
  return names;
}

/**
 * Lower case, accents dropped, every run of other characters one hyphen, starting with a letter, 3 to 50
 * characters: `Payments Prod` → `payments-prod`, `123 Data` → `account-123-data`, `QA` → `qa-account`.
 */
export function baseName(accountName: string): string {
  let name = accountName
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!/^[a-z]/.test(name)) name = name === '' ? 'account' : `account-${name}`;
  if (name.length < 3) name = `${name}-account`;
  return trimTo(name, MAX_NAME_LENGTH);
}

function withSuffix(base: string, id: string): string {
  return `${trimTo(base, MAX_NAME_LENGTH - id.length - 1)}-${id}`;
}

function trimTo(name: string, length: number): string {
  return name.slice(0, length).replace(/-+$/, '');
}
