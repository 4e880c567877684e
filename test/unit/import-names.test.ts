import { manifestNames } from '../../src/import/account-names.js';
import { describeOrganization } from '../../src/import/describe-organization.js';
import type { ImportOptions } from '../../src/import/describe-organization.js';
import type { LiveOrganization } from '../../src/import/live-organization.js';
import { liveOrganization } from '../support/live-organization.js';

/** vend import names each manifest after its account: valid, unique, and the same however much is imported. */
const describe_ = (live: LiveOrganization, options: Partial<ImportOptions> = {}) =>
  describeOrganization(live, { organizationalUnits: [], ...options });
const filesOf = (imported: ReturnType<typeof describe_>) => imported.accounts.map((account) => account.file);

const FIRST = '621319652860';
const SECOND = '700000000002';
const THIRD = '700000000003';

test('names become manifest names: lower case, hyphens, a letter first, 3 to 50 characters', () => {
  const accounts = [
    { id: '200000000001', name: 'Données Équipe 7' },
    { id: '200000000002', name: '123 Data' },
    { id: '200000000003', name: 'QA' },
    { id: '200000000004', name: `${'Very Long Team Name '.repeat(3)}Prod` },
    { id: '200000000005', name: '---' },
  ];
  expect(Object.fromEntries(manifestNames(accounts, accounts).names)).toEqual({
    '200000000001': 'donnees-equipe-7',
    '200000000002': 'account-123-data',
    '200000000003': 'qa-account',
    '200000000004': 'very-long-team-name-very-long-team-name-very-long',
    '200000000005': 'account',
  });
});

test('the one account of a shared name that is already vend’s keeps the name; a look-alike gets its id', () => {
  const vends = { id: FIRST, name: 'payments-prod', tags: { ManagedBy: 'vend' } };
  const lookalike = { id: SECOND, name: 'payments-prod' };
  expect(Object.fromEntries(manifestNames([vends], [vends, lookalike]).names)).toEqual({ [FIRST]: 'payments-prod' });
  expect(Object.fromEntries(manifestNames([lookalike], [vends, lookalike]).names)).toEqual({
    [SECOND]: `payments-prod-${SECOND}`,
  });
  // Two of them tagged as vend's: neither can claim it.
  const both = [vends, { ...lookalike, tags: { ManagedBy: 'vend' } }];
  expect(Object.fromEntries(manifestNames(both, both).names)).toEqual({
    [FIRST]: `payments-prod-${FIRST}`,
    [SECOND]: `payments-prod-${SECOND}`,
  });
});

test('an account named like another account’s name with its id gets its own id too, and nothing is named twice', () => {
  // Members can rename themselves: `Shared`, `Shared` and `Shared-<id of the first>`.
  const accounts = [
    { id: FIRST, name: 'Shared' },
    { id: SECOND, name: 'Shared' },
    { id: THIRD, name: `Shared-${FIRST}` },
  ];
  expect(Object.fromEntries(manifestNames(accounts, accounts).names)).toEqual({
    [FIRST]: `shared-${FIRST}`,
    [SECOND]: `shared-${SECOND}`,
    [THIRD]: `shared-${FIRST}-${THIRD}`,
  });
  // Names at the length limit lose their end to the id, and still never meet.
  const long = 'x'.repeat(60);
  const crowded = [
    { id: FIRST, name: long },
    { id: SECOND, name: long },
    { id: THIRD, name: `${'x'.repeat(37)}-${FIRST}` },
  ];
  const names = [...manifestNames(crowded, crowded).names.values()];
  expect(new Set(names).size).toBe(3);
  for (const name of names) expect(name).toMatch(/^[a-z][a-z0-9-]{1,48}[a-z0-9]$/);
});

test('a name a manifest in the repository has is not taken again; where even the name with the id is, the account is left out', () => {
  const accounts = [{ id: FIRST, name: 'Shared' }];
  expect(manifestNames(accounts, accounts, new Set(['shared']))).toEqual({
    names: new Map([[FIRST, `shared-${FIRST}`]]),
    unavailable: [],
  });
  expect(manifestNames(accounts, accounts, new Set(['shared', `shared-${FIRST}`]))).toEqual({
    names: new Map(),
    unavailable: [{ id: FIRST, name: `shared-${FIRST}` }],
  });
});

describe('in an organization whose accounts share names', () => {
  const live = liveOrganization({
    organizationalUnits: ['A/B', 'C'],
    accounts: [
      { id: FIRST, name: 'Shared', ou: 'A/B', tags: { Owner: 'team' } },
      { id: SECOND, name: 'Shared', ou: 'C', tags: { Owner: 'team' } },
      { id: THIRD, name: `Shared-${FIRST}`, ou: 'C', tags: { Owner: 'team' } },
    ],
  });

  test('a full import writes one manifest each, and says why each name has the id', () => {
    const imported = describe_(live);
    expect(filesOf(imported)).toEqual([
      `accounts/shared-${FIRST}-${THIRD}.yaml`,
      `accounts/shared-${FIRST}.yaml`,
      `accounts/shared-${SECOND}.yaml`,
    ]);
    expect(imported.findings.filter((finding) => finding.kind === 'renamed')).toHaveLength(3);
    expect(imported.findings).toContainEqual({
      kind: 'renamed',
      subject: `account ${FIRST} (Shared)`,
      message: `Written as shared-${FIRST}: another account of the organization, or a manifest the repository has, would also be named shared, so its id is added; accountName keeps its name in AWS.`,
    });
  });

  test('--ou and then --accounts-only name each account as the full import does', () => {
    const part = describe_(live, { organizationalUnits: ['A/B'] });
    expect(filesOf(part)).toEqual([`accounts/shared-${FIRST}.yaml`]);
    const rest = describe_(live, {
      organizationalUnits: ['C'],
      existing: {
        organization: {
          ...part.organization!,
          organizationalUnits: { ...part.organization!.organizationalUnits, C: {} },
        },
        accounts: part.accounts.map(({ document }) => ({
          name: document.name,
          email: document.email,
          accountName: document.accountName ?? document.name,
          ou: document.ou,
        })),
      },
    });
    expect([...filesOf(part), ...filesOf(rest)].sort()).toEqual(filesOf(describe_(live)));
  });
});

test('a name with no letter or digit is written as account, and the report says that is why, not a namesake', () => {
  const renamed = (names: string[]) =>
    describe_(
      liveOrganization({
        organizationalUnits: ['Apps'],
        accounts: names.map((name, index) => ({ id: `70000000000${index}`, name, ou: 'Apps', tags: { Owner: 'x' } })),
      }),
    )
      .findings.filter((finding) => finding.kind === 'renamed')
      .map((finding) => `${finding.subject}: ${finding.message}`);
  const nameless = 'its name has no letter or digit a manifest name could use, so it is named account';
  expect(renamed(['!!!'])).toEqual([
    `account 700000000000 (!!!): Written as account: ${nameless}; accountName keeps its name in AWS.`,
  ]);
  expect(renamed(['!!!', '???'])).toEqual(
    ['!!!', '???'].map(
      (name, index) =>
        `account 70000000000${index} (${name}): Written as account-70000000000${index}: ${nameless}; another account of the organization, or a manifest the repository has, would also be named account, so its id is added; accountName keeps its name in AWS.`,
    ),
  );
});

// CreateAccount and PutAccountName take 1-50 printable ASCII characters without < or > (AWS Organizations API
// Reference, CreateAccount AccountName; Account Management API Reference, PutAccountName AccountName); older
// accounts may hold longer or other names.
test('an account whose AWS name no manifest can keep is left out with what the name breaks: its length, its characters or both', () => {
  const leftOut = (name: string) =>
    describe_(
      liveOrganization({
        organizationalUnits: ['Apps'],
        accounts: [{ id: FIRST, name, ou: 'Apps', tags: { Owner: 'x' } }],
      }),
    ).findings.find((finding) => finding.kind === 'left-out')?.message;
  expect(leftOut('a'.repeat(51))).toMatch(
    /^Its name is 51 characters long, more than the 50 accountName allows \(.*\), so vend would rename it\. Rename it in AWS \(aws account put-account-name\), then import it\.$/,
  );
  expect(leftOut('Zoë')).toMatch(/^Its name has characters accountName refuses \(/);
  expect(leftOut(`${'a'.repeat(60)}<x>`)).toMatch(
    /^Its name is 63 characters long, more than the 50 accountName allows and has characters accountName refuses \(/,
  );
});
