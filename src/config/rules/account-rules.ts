import { basename } from 'node:path';
import { OWNER_UNASSIGNED } from '../desired-state.js';
import { RULES } from '../diagnostics.js';
import type { Diagnostic } from '../diagnostics.js';
import type { AccountDocument, DeclaredOrganizationalUnit, Parsed } from '../documents.js';
import { organizationalUnitLineage } from '../inheritance.js';
import { waivedRules } from './exceptions.js';
import { isAwsRegion } from './region-rules.js';
import type { Rule } from './rule-context.js';
import { isSettableTagKey } from './tag-rules.js';

/**
 * Names and emails are unique, case-insensitively. Each file that shares one is told, naming the others: the pull
 * request that adds a duplicate must see the error on its own file, whichever of the files sorts first.
 *
 * The account's name in AWS (`accountName`, or `name` without it) shared by two manifests is a warning, not an
 * error: AWS allows duplicate account names (the Organizations shape CreateAccountName constrains length and
 * characters only), organizations have them, and `vend import` writes them as they are. Vend joins accounts by
 * email, never by display name, but it looks for an account whose email was changed in git by its AWS name
 * (planNewAccount), and that cannot tell two accounts of one name apart. Manifests that share `name` without an
 * accountName get the name error instead, which is listed first so that it is the finding kept at that key.
 */
export const checkUniqueAccounts: Rule = ({ repository }) =>
  firstAtEachPosition([
    ...duplicates(
      repository.accounts,
      (account) => account.value.name,
      (account, sharing) =>
        account.source.diagnostic(
          RULES.uniqueAccountName,
          `account name '${account.value.name}' is also used by ${namesOf(sharing, account)}; every account needs its own name, so choose another.`,
          ['name'],
        ),
    ),
    ...duplicates(repository.accounts, awsNameOf, (account, sharing) =>
      sharing.every((other) => other.value.accountName === undefined)
        ? undefined
        : {
            ...account.source.diagnostic(
              RULES.uniqueAccountName,
              `the account's name in AWS, '${awsNameOf(account)}', is also the AWS name in ${namesOf(sharing, account, awsNameField)} (the AWS name is accountName, or name without it; compared case-insensitively). AWS allows that and vend tells the accounts apart by email, but if one of them changes its email, vend cannot tell which account it was. Unless the names are meant to be the same, give each its own accountName (which renames the account in AWS).`,
              [awsNameField(account)],
            ),
            severity: 'warning' as const,
          },
    ),
    ...duplicates(
      repository.accounts,
      (account) => account.value.email,
      (account, sharing) =>
        account.source.diagnostic(
          RULES.uniqueAccountEmail,
          `email '${account.value.email}' is also used by ${namesOf(sharing, account)} (emails compare case-insensitively); every account needs its own root email.`,
          ['email'],
        ),
    ),
  ]);

/** The account's name in AWS, which CreateAccount and PutAccountName set: the manifest's accountName, or its name. */
const awsNameOf = (account: Parsed<AccountDocument>) => account.value.accountName ?? account.value.name;
const awsNameField = (account: Parsed<AccountDocument>) =>
  account.value.accountName === undefined ? 'name' : 'accountName';

/** The files of `sharing` other than `account`'s, each with the field that holds the value when one is given. */
function namesOf(
  sharing: Parsed<AccountDocument>[],
  account: Parsed<AccountDocument>,
  fieldOf?: (other: Parsed<AccountDocument>) => string,
): string {
  return sharing
    .filter((other) => other !== account)
    .map((other) => (fieldOf ? `${other.source.file} (${fieldOf(other)})` : other.source.file))
    .join(', ');
}

/** Every group of accounts whose `keyOf` values are equal, case-insensitively, reported at each of its accounts. */
function duplicates(
  accounts: Parsed<AccountDocument>[],
  keyOf: (account: Parsed<AccountDocument>) => string,
  report: (account: Parsed<AccountDocument>, sharing: Parsed<AccountDocument>[]) => Diagnostic | undefined,
): Diagnostic[] {
  const byValue = new Map<string, Parsed<AccountDocument>[]>();
  for (const account of accounts) {
    const key = keyOf(account).toLowerCase();
    byValue.set(key, [...(byValue.get(key) ?? []), account]);
  }
  return [...byValue.values()]
    .filter((sharing) => sharing.length > 1)
    .flatMap((sharing) => sharing.flatMap((account) => report(account, sharing) ?? []));
}

/**
 * One finding per rule and position: a manifest whose `name` is both its AWS name and a duplicate vend name would
 * otherwise be told twice at the same key. The first is kept: the name error, which must be fixed anyway.
 */
function firstAtEachPosition(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter(({ file, line, column, rule }) => {
    const key = `${file}:${line}:${column}:${rule}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export const checkFileNames: Rule = ({ repository }) =>
  repository.accounts
    .filter(({ source, value }) => basename(source.file) !== `${value.name}.yaml`)
    .map(({ source, value }) =>
      source.diagnostic(
        RULES.fileNameMatchesAccount,
        `file must be named after the account: rename ${source.file} to accounts/${value.name}.yaml, or change 'name'.`,
        ['name'],
      ),
    );

export const checkOrganizationalUnitExists: Rule = ({ repository }) => {
  if (!repository.organization) return [];
  const declared = new Set(repository.organizationalUnits.map((unit) => unit.path));
  return repository.accounts
    .filter(({ value }) => !declared.has(value.ou))
    .map(({ source, value }) =>
      source.diagnostic(
        RULES.ouExists,
        declared.size === 0
          ? `OU '${value.ou}' is not declared in baselines/organization.yaml, which declares no OU yet: declare it under organizationalUnits there first.`
          : `OU '${value.ou}' is not declared in baselines/organization.yaml; use one of: ${[...declared].sort().join(', ')}, or declare it there first.`,
        ['ou'],
      ),
    );
};

export const checkAccountReferences: Rule = ({ repository }) => {
  const organization = repository.organization?.value;
  if (!organization) return [];
  const scps = new Set(Object.keys(organization.scps ?? {}));
  const baselines = new Set(Object.keys(organization.baselines ?? {}));
  const diagnostics: Diagnostic[] = [];
  for (const { source, value } of repository.accounts) {
    (value.scps ?? []).forEach((name, index) => {
      if (!scps.has(name))
        diagnostics.push(source.diagnostic(RULES.scpReference, unknownName('SCP', name, scps), ['scps', index]));
    });
    for (const key of ['baselines', 'excludeBaselines'] as const) {
      (value[key] ?? []).forEach((name, index) => {
        if (!baselines.has(name))
          diagnostics.push(
            source.diagnostic(RULES.baselineReference, unknownName('baseline', name, baselines), [key, index]),
          );
      });
    }
    for (const name of Object.keys(value.parameters ?? {})) {
      if (!baselines.has(name))
        diagnostics.push(
          source.diagnostic(
            RULES.baselineReference,
            unknownName('baseline', name, baselines),
            ['parameters', name],
            'key',
          ),
        );
    }
  }
  return diagnostics;
};

export function unknownName(kind: string, name: string, known: Set<string>): string {
  const options = known.size > 0 ? `one of: ${[...known].sort().join(', ')}` : 'none are declared';
  return `${kind} '${name}' is not in the catalogue in baselines/organization.yaml (${options}); fix the name or add it to the catalogue.`;
}

export const checkAccountRegions: Rule = ({ repository, now }) => {
  const organization = repository.organization?.value;
  if (!organization) return [];
  const allowed = new Set(organization.allowedRegions);
  const diagnostics: Diagnostic[] = [];
  for (const { source, value } of repository.accounts) {
    if (waivedRules(value, now).has(RULES.allowedRegions)) continue;
    (value.regions ?? []).forEach((region, index) => {
      if (!allowed.has(region) && isAwsRegion(region)) {
        diagnostics.push(
          source.diagnostic(
            RULES.allowedRegions,
            `region '${region}' is not in allowedRegions (${organization.allowedRegions.join(', ')}); remove it, or add an approved exception for rule allowed-regions.`,
            ['regions', index],
          ),
        );
      }
    });
  }
  return diagnostics;
};

export const checkEmailDomains: Rule = ({ repository, now }) => {
  const domains = (repository.organization?.value.emailDomains ?? []).map((domain) => domain.toLowerCase());
  if (domains.length === 0) return [];
  return repository.accounts
    .filter(({ value }) => !domains.includes(value.email.slice(value.email.lastIndexOf('@') + 1).toLowerCase()))
    .filter(({ value }) => !waivedRules(value, now).has(RULES.emailDomain))
    .map(({ source, value }) =>
      source.diagnostic(
        RULES.emailDomain,
        `email '${value.email}' is not at an approved domain (${domains.join(', ')}); use an address there, or add an approved exception for rule email-domain.`,
        ['email'],
      ),
    );
};

export const checkRequiredTags: Rule = ({ repository, now }) => {
  const required = repository.organization?.value.requiredTags ?? [];
  const diagnostics: Diagnostic[] = [];
  for (const { source, value } of repository.accounts) {
    if (waivedRules(value, now).has(RULES.requiredTags)) continue;
    const present = new Set([...Object.keys(value.tags ?? {}), 'Owner']);
    // A key no manifest may set is refused once, at requiredTags (tag-limits, tag-characters): adding it to a
    // manifest would be refused too.
    const missing = required.filter((tag) => !present.has(tag) && isSettableTagKey(tag));
    if (missing.length > 0) {
      const one = missing.length === 1;
      // Tag keys are case-sensitive (Organizations, Tag): `costcenter` does not stand for `CostCenter`.
      const near = missing.flatMap((tag) =>
        [...present].filter((key) => key.toLowerCase() === tag.toLowerCase()).map((key) => `'${key}' for '${tag}'`),
      );
      diagnostics.push(
        source.diagnostic(
          RULES.requiredTags,
          `missing required tag${one ? '' : 's'} ${missing.map((tag) => `'${tag}'`).join(', ')}; add ${one ? 'it' : 'them'} under 'tags'${near.length > 0 ? ` (tags has ${near.join(', ')}: tag keys are case-sensitive)` : ''}, or add an approved exception for rule required-tags.`,
          value.tags ? ['tags'] : ['name'],
          'key',
        ),
      );
    }
    // AWS takes an empty tag value, but a required tag is there to say something (a cost center, a team).
    for (const tag of required.filter((key) => key !== 'Owner' && value.tags?.[key]?.trim() === ''))
      diagnostics.push(
        source.diagnostic(
          RULES.requiredTags,
          `required tag ${tag} is empty; give it a value, or add an approved exception for rule required-tags.`,
          ['tags', tag],
        ),
      );
  }
  return diagnostics;
};

export const checkBaselineOptOut: Rule = ({ repository, now }) => [
  ...repository.accounts
    .filter(
      ({ value }) => (value.excludeBaselines ?? []).length > 0 && !waivedRules(value, now).has(RULES.baselineOptOut),
    )
    .map(({ source }) =>
      source.diagnostic(
        RULES.baselineOptOut,
        'excluding inherited baselines needs an approved exception for rule baseline-opt-out (with reason, approvedBy and expires); add one or remove excludeBaselines.',
        ['excludeBaselines'],
        'key',
      ),
    ),
  ...repository.accounts.flatMap(({ source, value }) =>
    pointlessExclusions(
      repository.organizationalUnits,
      new Set(Object.keys(repository.organization?.value.baselines ?? {})),
      source,
      value,
    ),
  ),
];

/**
 * Warnings for exclusions that cannot mean what they say: a baseline the manifest lists itself (the exclusion wins,
 * silently), or one no OU above the account gives it (it excludes nothing). Unknown names are baseline-reference's.
 */
function pointlessExclusions(
  units: DeclaredOrganizationalUnit[],
  catalogue: ReadonlySet<string>,
  source: Parsed<AccountDocument>['source'],
  account: AccountDocument,
): Diagnostic[] {
  const inherited = new Set(
    organizationalUnitLineage(units, account.ou).flatMap((unit) => unit.document.baselines ?? []),
  );
  return (account.excludeBaselines ?? []).flatMap((name, index) => {
    const problem = !catalogue.has(name)
      ? undefined
      : account.baselines?.includes(name)
        ? `'${name}' is in both baselines and excludeBaselines; the exclusion wins and the account does not get it. Remove it from one of them.`
        : inherited.has(name)
          ? undefined
          : `'${name}' is not a baseline the account's OUs give it (${account.ou}), so excluding it leaves out nothing. Remove it from excludeBaselines.`;
    return problem
      ? [
          {
            ...source.diagnostic(RULES.baselineOptOut, problem, ['excludeBaselines', index]),
            severity: 'warning' as const,
          },
        ]
      : [];
  });
}

/**
 * An unassigned owner is a warning, not an error, so that a repository vend import has just written validates and
 * plans: it is the one thing import cannot read from an account without an Owner tag. Plan refuses it for an account
 * it would create (owner-unassigned). An owner of only whitespace, which import never writes, names no team: an error.
 */
export const checkOwnerAssigned: Rule = ({ repository }) =>
  repository.accounts
    .filter(({ value }) => value.owner === OWNER_UNASSIGNED || value.owner.trim() === '')
    .map(({ source, value }) =>
      value.owner === OWNER_UNASSIGNED
        ? {
            ...source.diagnostic(
              RULES.ownerUnassigned,
              `owner is '${OWNER_UNASSIGNED}', the placeholder vend import writes for an account whose Owner tag names no team (none, an empty one, this placeholder, or one validate refuses as the owner); name the owning team here. Until then vend leaves the account's Owner tag as it is, and creates no account with it.`,
              ['owner'],
            ),
            severity: 'warning' as const,
          }
        : source.diagnostic(
            RULES.ownerUnassigned,
            'owner is only whitespace, which names no team, though AWS would take it as the Owner tag; name the owning team here.',
            ['owner'],
          ),
    );
