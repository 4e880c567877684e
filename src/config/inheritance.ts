import type { AccountDocument, DeclaredOrganizationalUnit } from './documents.js';

/** The OUs from the top of the tree down to `path`, inclusive. */
export function organizationalUnitLineage(
  units: DeclaredOrganizationalUnit[],
  path: string,
): DeclaredOrganizationalUnit[] {
  const byPath = new Map(units.map((unit) => [unit.path, unit]));
  const lineage: DeclaredOrganizationalUnit[] = [];
  for (
    let current = byPath.get(path);
    current;
    current = current.parentPath === null ? undefined : byPath.get(current.parentPath)
  ) {
    lineage.unshift(current);
  }
  return lineage;
}

/** Baselines an account receives: those declared on its OU and every ancestor OU, plus its own, minus exclusions. */
export function effectiveBaselineNames(units: DeclaredOrganizationalUnit[], account: AccountDocument): string[] {
  const excluded = new Set(account.excludeBaselines ?? []);
  const names = new Set<string>();
  for (const unit of organizationalUnitLineage(units, account.ou))
    for (const name of unit.document.baselines ?? []) names.add(name);
  for (const name of account.baselines ?? []) names.add(name);
  return [...names].filter((name) => !excluded.has(name));
}
