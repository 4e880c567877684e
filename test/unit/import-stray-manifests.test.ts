import type { AccountDocument, Parsed } from '../../src/config/documents.js';
import type { SourceFile } from '../../src/config/safe-yaml.js';
import { pendingManifestFindings, strayManifestFindings } from '../../src/import/stray-manifests.js';
import type { ObservedAccount } from '../../src/observe/observed-state.js';

// A manifest import did not write is the repository's word for an account, by its email: the report must say what the
// first plan does with it, which is adopting an existing account as often as creating a new one.
const manifest = (name: string, email: string): Parsed<AccountDocument> => ({
  source: { file: `accounts/${name}.yaml` } as SourceFile,
  value: { name, email, ou: 'P', owner: 'team-a' } as AccountDocument,
});
const account = (id: string, name: string, email: string, status = 'ACTIVE'): ObservedAccount => ({
  id,
  name,
  email,
  status,
  parentId: 'r-a1b2',
  parentPath: '',
});
const live = {
  managementAccountId: '111111111111',
  accounts: [
    account('111111111111', 'management', 'root@example.com'),
    account('222222222222', 'at-root', 'AtRoot@example.com'),
    account('333333333333', 'suspended-one', 'gone@example.com', 'SUSPENDED'),
  ],
};

test('each manifest import did not write says what the plan does with it, found by its email', () => {
  const findings = strayManifestFindings(
    ['legacy.yaml', 'old.yaml', 'mgmt.yaml', 'payments.yaml', 'written.yaml', 'broken.yaml', 'README.md'],
    new Set(['accounts/written.yaml']),
    [
      manifest('legacy', 'atroot@example.com'),
      manifest('old', 'gone@example.com'),
      manifest('mgmt', 'root@example.com'),
      manifest('payments', 'payments@example.com'),
      manifest('written', 'x@example.com'),
    ],
    live,
  );
  const byFile = Object.fromEntries(findings.map((finding) => [finding.subject, finding.message]));
  expect(Object.keys(byFile)).toEqual([
    'accounts/broken.yaml',
    'accounts/legacy.yaml',
    'accounts/mgmt.yaml',
    'accounts/old.yaml',
    'accounts/payments.yaml',
  ]);
  expect(findings.every((finding) => finding.kind === 'check')).toBe(true);
  expect(byFile['accounts/legacy.yaml']).toContain(
    'It describes account at-root (222222222222, in the root), by its email: the plan adopts that account as the file says',
  );
  expect(byFile['accounts/old.yaml']).toContain('which is suspended: the plan refuses');
  expect(byFile['accounts/mgmt.yaml']).toContain('It describes the management account (111111111111)');
  expect(byFile['accounts/payments.yaml']).toContain(
    'No account of this organization has its email, payments@example.com: the plan would create that account.',
  );
  expect(byFile['accounts/broken.yaml']).toContain('It does not load as a manifest');
});

// AWS removes a closed account from the organization after 90 days; a closed manifest for it, or for one still
// suspended, asks the plan for nothing, which an adopted organization's re-import must not report as work left.
test('a closed manifest asks for nothing where its account is closed or gone, and closes an open one', () => {
  const closed = (name: string, email: string) => {
    const parsed = manifest(name, email);
    return { ...parsed, value: { ...parsed.value, closed: true } };
  };
  const findings = strayManifestFindings(
    ['gone.yaml', 'old.yaml', 'open.yaml'],
    new Set(),
    [closed('gone', 'nobody@example.com'), closed('old', 'gone@example.com'), closed('open', 'atroot@example.com')],
    live,
  );
  expect(findings.map(({ subject, kind }) => [subject, kind])).toEqual([
    ['accounts/gone.yaml', 'note'],
    ['accounts/old.yaml', 'note'],
    ['accounts/open.yaml', 'check'],
  ]);
  expect(findings[1]!.message).toContain('account suspended-one (333333333333) is suspended: the plan does nothing');
  expect(findings[2]!.message).toContain('says closed: true: the plan closes that account');
});

// --accounts-only adds to a repository whose manifests are meant to be there: only those that make the first plan do
// more than adopt are named, so that "it should only adopt" is not promised over a pending account's creation.
test('--accounts-only names the repository manifests that create, close or refuse, and none that only adopt', () => {
  const closing = manifest('closing', 'atroot@example.com');
  closing.value = { ...closing.value, closed: true };
  const closedAlready = manifest('closed-already', 'gone@example.com');
  closedAlready.value = { ...closedAlready.value, closed: true };
  const findings = pendingManifestFindings(
    [
      manifest('pending', 'new-app@example.com'),
      manifest('adopted', 'AtRoot@example.com'),
      manifest('mgmt', 'root@example.com'),
      manifest('suspended', 'gone@example.com'),
      closing,
      closedAlready,
    ],
    live,
  );
  expect(findings.map(({ kind, subject }) => ({ kind, subject }))).toEqual([
    { kind: 'check', subject: 'accounts/closing.yaml' },
    { kind: 'check', subject: 'accounts/pending.yaml' },
    { kind: 'check', subject: 'accounts/suspended.yaml' },
  ]);
  expect(findings.find((finding) => finding.subject === 'accounts/pending.yaml')?.message).toBe(
    "It is the repository's, not this import's, and the first plan does more than adopt with it. No account of this organization has its email, new-app@example.com: the plan would create that account. Remove it if it describes no account you want (the example repository's manifests, say).",
  );
});
