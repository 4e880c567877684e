import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import organizationSchema from '../../schemas/organization.schema.json' with { type: 'json' };
import type { DriftIgnoreEntry } from '../../src/config/drift-declarations.js';
import { hasUncommittedChanges, repositoryCommit } from '../../src/config/repository-commit.js';
import { assembleDriftReport, carryFirstSeen, driftTransitions } from '../../src/drift/assemble-report.js';
import { renderDriftText } from '../../src/report/drift-text.js';
import { renderDriftIssueBody } from '../../src/report/drift-markdown.js';
import { driftChangeComment } from '../../src/report/drift-issue-comments.js';
import { notCheckedLines } from '../../src/report/drift-phrasing.js';
import { listNames } from '../../src/report/phrasing.js';
import type { DriftIssueState } from '../../src/report/drift-issue.js';
import { decodeDriftIssueState } from '../../src/report/drift-issue.js';
import { DRIFT_KINDS } from '../../src/drift/drift-kinds.js';
import { findingsAtOrAbove, makeFinding } from '../../src/drift/drift-report.js';
import type { DriftFinding } from '../../src/drift/drift-report.js';
import { exceptionFindings } from '../../src/drift/exception-findings.js';

const NOW = new Date('2026-11-30T09:00:00Z');
const fields = { expected: 'e', actual: 'a', restore: 'r', accept: 'x' };
const FINDINGS: DriftFinding[] = [
  makeFinding('unmanaged-accounts', 'ou:Sandbox/Experiments', fields, '2026-11-30'),
  makeFinding('scp-foreign', 'scp:legacy-allow@ou:Sandbox/Experiments', fields, '2026-11-30'),
  makeFinding('scp-foreign', 'scp:legacy-allow@ou:Workloads', fields, '2026-11-30'),
  makeFinding('scp-detached', 'scp:deny-root@root', fields, '2026-11-30'),
];

function report(ignoreList: DriftIgnoreEntry[] = [], findings = FINDINGS) {
  return assembleDriftReport({
    findings,
    notChecked: [],
    ignoreList,
    now: NOW,
    commit: 'abc',
    managementAccountId: '111111111111',
  });
}

test('findings are sorted worst first and counted by severity', () => {
  const assembled = report();
  expect(assembled.findings.map((finding) => finding.severity)).toEqual(['critical', 'high', 'high', 'info']);
  expect(assembled.summary).toEqual({ critical: 1, high: 2, medium: 0, low: 0, info: 1 });
});

test('--fail-on-drift=high counts critical and high findings, a bare --fail-on-drift every finding', () => {
  expect(findingsAtOrAbove(report(), 'high')).toHaveLength(3);
  expect(findingsAtOrAbove(report(), 'critical')).toHaveLength(1);
  expect(findingsAtOrAbove(report(), 'info')).toHaveLength(4);
});

describe('ignore: in baselines/organization.yaml', () => {
  const entry = (fields: Partial<DriftIgnoreEntry>): DriftIgnoreEntry => ({
    reason: 'legacy migration, ticket OPS-7',
    expires: '2027-01-31',
    line: 40,
    expiresAt: { line: 42, column: 14 },
    ...fields,
  });

  test('with every finding ignored, the text says the organization differs only in them, never that it matches', () => {
    const [critical] = report().findings;
    const text = renderDriftText(report([entry({ id: critical!.id })], [critical!]));
    expect(text.split('\n')[0]).toBe(
      'No drift outside the ignore list; the organization differs from the repository only in the finding ignored below.',
    );
    expect(text).not.toContain('matches the repository');
    expect(renderDriftText(report([], [])).split('\n')[0]).toBe('No drift. The organization matches the repository.');
  });

  test('a target copied from the output, control characters shown as code points, ignores that finding', () => {
    // AWS allows control characters in an SCP name; validate refuses them raw in YAML (hidden-character).
    const foreign = makeFinding('scp-foreign', 'scp:esc\u001b[31mRED\u0007\nline2@ou:Sandbox', fields, '2026-11-30');
    const copied = 'scp:esc<U+001B>[31mRED<U+0007><U+000A>line2@ou:Sandbox';
    expect(renderDriftText(report([], [foreign]))).toContain(copied);
    const assembled = report([entry({ kind: 'scp-foreign', target: copied })], [foreign]);
    expect(assembled.findings).toEqual([]);
    expect(assembled.ignored.map((finding) => finding.id)).toEqual([foreign.id]);
  });

  test('an id, or a kind with a target pattern, moves findings to the ignored list, never out of the report', () => {
    const [critical] = report().findings;
    const assembled = report([
      entry({ id: critical!.id }),
      entry({ kind: 'scp-foreign', target: 'scp:*@ou:Sandbox/**', approvedBy: 'security' }),
    ]);
    expect(assembled.findings.map((finding) => finding.target)).toEqual([
      'scp:legacy-allow@ou:Workloads',
      'ou:Sandbox/Experiments',
    ]);
    expect(assembled.ignored.map((finding) => [finding.target, finding.ignoredBy.entry])).toEqual([
      ['scp:deny-root@root', `id ${critical!.id}`],
      ['scp:legacy-allow@ou:Sandbox/Experiments', 'kind scp-foreign, target scp:*@ou:Sandbox/**'],
    ]);
    expect(assembled.summary.critical).toBe(0);
  });

  test('the issue body lists every ignored finding with its whole reason, the first as the others', () => {
    const body = renderDriftIssueBody(
      report([
        entry({ kind: 'scp-foreign', reason: 'legacy allow, ticket OPS-7' }),
        entry({ kind: 'unmanaged-accounts', reason: 'sandbox accounts, ticket OPS-8' }),
      ]),
    );
    const ignored = body.split('\n').filter((line) => /^- (high|info) \*\*/.test(line));
    expect(ignored).toHaveLength(3);
    expect(ignored.map((line) => /ticket OPS-\d/.exec(line)?.[0])).toEqual([
      'ticket OPS-7',
      'ticket OPS-7',
      'ticket OPS-8',
    ]);
  });

  test('a kind without a target matches it everywhere; another kind matches nothing', () => {
    expect(report([entry({ kind: 'scp-foreign' })]).ignored).toHaveLength(2);
    expect(report([entry({ kind: 'scp-missing', target: '**' })]).ignored).toEqual([]);
  });

  test('an expired entry holds through its last day, then ignores nothing', () => {
    expect(report([entry({ kind: 'unmanaged-accounts', expires: '2026-11-30' })]).ignored).toHaveLength(1);
    expect(report([entry({ kind: 'unmanaged-accounts', expires: '2026-11-29' })]).ignored).toEqual([]);
  });

  test('a finding reported again because its entry expired says which entry, there and in the issue comment', () => {
    const lapsed = report([entry({ kind: 'unmanaged-accounts', expires: '2026-11-29' })]);
    const finding = lapsed.findings.find((candidate) => candidate.kind === 'unmanaged-accounts')!;
    // Where validate's warning about the expired entry points: its expires value.
    expect(finding.ignoreExpired).toEqual({ line: 42, column: 14, expires: '2026-11-29' });
    const comment = driftChangeComment(
      { appeared: [finding], cleared: [], reopened: true },
      { reported: new Map(), ignored: new Map() },
      lapsed,
    );
    expect(comment).toContain(
      `(id \`${finding.id}\`): its \`ignore:\` entry (\`baselines/organization.yaml:42:14\`) expired on 2026-11-29`,
    );
    // Not new: it was there all along, held back until its entry ran out.
    const since = driftChangeComment(
      { appeared: [finding], cleared: [], reopened: false },
      { reported: new Map(), ignored: new Map([[finding.id, '2026-11-01']]) },
      lapsed,
    );
    expect(since).toContain('1 finding reported again, its `ignore:` entry expired');
    expect(since).not.toMatch(/new finding|\*\*New:\*\*/);
    // An entry that had expired before the finding first appeared held nothing back: the finding is new.
    const fresh = driftChangeComment(
      { appeared: [finding], cleared: [], reopened: false },
      { reported: new Map(), ignored: new Map() },
      lapsed,
    );
    expect(fresh).toContain('1 new finding');
    expect(fresh).not.toContain('reported again');
    // A reopening for no finding an entry held back is drift back, not "no longer ignored".
    const back = driftChangeComment(
      { appeared: [], cleared: [], reopened: true, unverified: 1 },
      { reported: new Map(), ignored: new Map() },
      lapsed,
    );
    expect(back).toMatch(/^\*\*Drift is back\*\*/);
    // The issue body and the text say it too, at the finding.
    const said = 'reported again: its ignore: entry (baselines/organization.yaml:42:14) expired on 2026-11-29';
    expect(renderDriftText(lapsed)).toContain(said);
    expect(renderDriftIssueBody(lapsed)).toContain(said);
  });

  test('a large clear-out names the findings the body kept labels for, and counts the ids it held without them', () => {
    const cleared = Array.from({ length: 30 }, (_, index) => `${index.toString(16).padStart(12, '0')}`);
    // The body keeps labels for the worst findings only once the state outgrows its budget.
    const reported = new Map(
      cleared.map((id, index) => [
        id,
        { firstSeen: '2026-11-29', label: index >= 25 ? `SCP foreign: scp:f${index}` : '' },
      ]),
    );
    const comment = driftChangeComment(
      { appeared: [], cleared, reopened: false },
      { reported, ignored: new Map() },
      report([]),
    );
    const listed = comment.split('\n').filter((line) => line.startsWith('- '));
    expect(listed).toEqual(
      [25, 26, 27, 28, 29].map((index) => `- \`SCP foreign: scp:f${index}\` (id \`${cleared[index]}\`)`),
    );
    expect(comment).toContain(
      "**No longer in the record:** 25 ids that the issue's hidden record held without what they were (past the 60 findings it records whole, or written into the body by hand) are not found now.",
    );
    expect(comment.split('**No longer in the record:**')[0]).toContain('**Cleared:**');
    expect(comment).toContain(
      "Since the last check, at commit `abc`: 5 findings cleared, 25 ids of the issue's record no longer found.",
    );
  });

  test('a pattern cannot be turned into a negation that ignores what it does not name', () => {
    expect(report([entry({ kind: 'scp-foreign', target: '!scp:nothing' })]).ignored).toEqual([]);
  });

  test('the schema offers exactly the kinds vend reports', () => {
    const kindSchema = organizationSchema.properties.ignore.items.properties.kind;
    expect([...kindSchema.enum].sort()).toEqual(Object.keys(DRIFT_KINDS).sort());
  });
});

test('a finding keeps the day it was first seen; what appeared and cleared since is known by id', () => {
  const assembled = report();
  const [critical, highOne] = assembled.findings;
  const carried = carryFirstSeen(assembled, new Map([[critical!.id, '2026-11-02']]));
  expect(carried.findings[0]!.firstSeen).toBe('2026-11-02');
  expect(carried.findings[1]!.firstSeen).toBe('2026-11-30');
  const transitions = driftTransitions(new Set([critical!.id, 'aaaaaaaaaaaa']), carried);
  expect(transitions.cleared).toEqual(['aaaaaaaaaaaa']);
  expect(transitions.appeared.map((finding) => finding.id)).not.toContain(critical!.id);
  expect(transitions.appeared.map((finding) => finding.id)).toContain(highOne!.id);
});

test('a finding an ignore: entry now covers is not said to have cleared, in the transitions or the comment', () => {
  const before = report();
  const critical = before.findings[0]!;
  const after = report([
    {
      kind: 'scp-detached',
      reason: 'being replaced, OPS-9',
      expires: '2027-01-31',
      line: 40,
      expiresAt: { line: 42, column: 14 },
    },
  ]);
  const transitions = driftTransitions(new Set(before.findings.map((finding) => finding.id)), after);
  expect(transitions).toEqual({
    appeared: [],
    cleared: [],
    clearedWhileIgnored: [],
    ignored: [critical.id],
    covered: new Map(),
    changedWhileIgnored: [],
    changedWhileReported: [],
    // Reported before, so not found for the first time while ignored.
    foundWhileIgnored: [],
  });
  const previous: DriftIssueState = {
    reported: new Map([[critical.id, { firstSeen: '2026-11-29', label: 'SCP detached: scp:deny-root@root' }]]),
    ignored: new Map(),
  };
  const comment = driftChangeComment({ ...transitions, reopened: false }, previous, after);
  expect(comment).toContain('1 finding now ignored (still there)');
  expect(comment).not.toMatch(/cleared/i);
});

test('a finding whose ignore: entry was removed is no longer ignored, not new: it was there all along', () => {
  const after = report();
  const critical = after.findings[0]!;
  const previous: DriftIssueState = {
    reported: new Map(after.findings.slice(1).map((finding) => [finding.id, { firstSeen: '2026-11-20', label: 'x' }])),
    ignored: new Map([[critical.id, '2026-11-20']]),
  };
  const transitions = driftTransitions(new Set(previous.reported.keys()), after);
  expect(transitions.appeared.map((finding) => finding.id)).toEqual([critical.id]);
  const comment = driftChangeComment({ ...transitions, reopened: false }, previous, after);
  expect(comment).toContain('Since the last check, at ');
  expect(comment).toContain('1 finding no longer ignored (still there)');
  expect(comment).toContain('**No longer ignored**');
  expect(comment).not.toMatch(/new finding|\*\*New:\*\*/);
  // On an issue closed while everything was ignored, the comment that reopens it says the same.
  const reopened = driftChangeComment({ ...transitions, reopened: true }, previous, after);
  expect(reopened).toMatch(/^\*\*Reported again, no longer ignored\*\* at /);
  expect(reopened).toContain('**No longer ignored**');
  expect(reopened).not.toMatch(/Drift is back|\*\*Found:\*\*/);
});

test('exceptions that expired, or expire within 14 days, are findings; later ones are not', () => {
  const exception = (expires: string) => ({
    account: 'log-archive',
    file: 'accounts/log-archive.yaml',
    line: 12,
    column: 14,
    rule: 'baseline-opt-out',
    reason: 'written by the organization trail only',
    approvedBy: 'security-team',
    expires,
  });
  // NOW is 2026-11-30: 2026-12-14 is 14 calendar days ahead, so within 14 days; 2026-12-15 is not.
  const found = exceptionFindings(
    ['2026-11-20', '2026-12-10', '2026-12-14', '2026-12-15', '2027-06-30'].map(exception),
    NOW,
  );
  expect(found.map((finding) => [finding.kind, finding.severity, finding.actual])).toEqual([
    ['exception-expired', 'high', 'expired on 2026-11-20'],
    ['exception-expiring', 'low', 'expires on 2026-12-10'],
    ['exception-expiring', 'low', 'expires on 2026-12-14'],
  ]);
  expect(found[0]).toMatchObject({
    target: 'account:log-archive#exception:baseline-opt-out',
    accept: expect.stringContaining('accounts/log-archive.yaml:12:14'),
    // The expired exception fails validation by itself, whether or not the account now complies.
    restore: expect.stringContaining('validation fails (exception-expired, and baseline-opt-out where the account'),
  });
});

test('drift run on a working tree with uncommitted edits says it compared them, not the commit alone', () => {
  const root = mkdtempSync(join(tmpdir(), 'vend-uncommitted-'));
  try {
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: root });
    git('init', '-q');
    mkdirSync(join(root, 'accounts'));
    writeFileSync(join(root, 'accounts', 'app.yaml'), 'name: app\n');
    git('add', '.');
    git('commit', '-qm', 'first');
    expect(hasUncommittedChanges(root)).toBe(false);
    // Files git is told to overlook are read by vend all the same: an ignored manifest, an edit behind skip-worktree.
    writeFileSync(join(root, '.gitignore'), 'accounts/ghost.yaml\n');
    git('add', '.gitignore');
    git('commit', '-qm', 'ignore');
    writeFileSync(join(root, 'accounts', 'ghost.yaml'), 'name: ghost\n');
    expect(hasUncommittedChanges(root)).toBe(true);
    rmSync(join(root, 'accounts', 'ghost.yaml'));
    git('update-index', '--skip-worktree', 'accounts/app.yaml');
    writeFileSync(join(root, 'accounts', 'app.yaml'), 'name: app-renamed\n');
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' })).toBe('');
    expect(hasUncommittedChanges(root)).toBe(true);
    git('update-index', '--no-skip-worktree', 'accounts/app.yaml');
    expect(hasUncommittedChanges(root)).toBe(true);
    const report = assembleDriftReport({
      findings: [],
      notChecked: [],
      ignoreList: [],
      now: new Date('2026-11-30T03:00:00Z'),
      commit: repositoryCommit(root),
      uncommittedChanges: hasUncommittedChanges(root),
      managementAccountId: '111111111111',
    });
    expect(report.uncommittedChanges).toBe(true);
    expect(renderDriftText(report)).toContain(
      `Compared with commit ${report.commit!.slice(0, 12)} and the uncommitted changes to accounts/ and baselines/`,
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a name someone chose in the console cannot colour the terminal or add a line that reads as a finding', () => {
  const name = 'evil\u001b[31mRED\u001b[0m\nCRITICAL fake finding';
  const findings = [
    makeFinding(
      'scp-foreign',
      `scp:${name}@root`,
      { ...fields, actual: `SCP ${name} attached to the root` },
      '2026-11-30',
    ),
  ];
  for (const colour of [false, true]) {
    const text = renderDriftText(report([], findings), { colour });
    expect(text).toContain('evil<U+001B>[31mRED<U+001B>[0m<U+000A>CRITICAL fake finding');
    expect(text.split('\n').some((line) => line.startsWith('CRITICAL'))).toBe(false);
    expect(text).not.toContain('\u001b[31mRED');
  }
});

test('what was not checked is counted in parts, as --format json lists them and its lines name them, though lines sharing a reason join', () => {
  const unsupported = (name: string) => ({
    target: `stackset:${name}`,
    what: 'resource drift',
    reason: 'the endpoint does not support it',
  });
  const assembled = assembleDriftReport({
    findings: [],
    notChecked: [
      unsupported('vend-a'),
      unsupported('vend-b'),
      unsupported('vend-c'),
      { target: 'organization', what: 'who changed it', reason: 'CloudTrail is not readable' },
    ],
    ignoreList: [],
    now: NOW,
    commit: 'abc',
    managementAccountId: '111111111111',
  });
  const text = renderDriftText(assembled);
  // As many as --format json lists, one per part: the joined line counts and names its three, so the lines add up.
  expect(assembled.notChecked).toHaveLength(4);
  expect(text).toContain('Not checked (reported, not drift): 4 checks not made\n');
  expect(text).toContain(
    'resource drift not checked (3 checks): the endpoint does not support it (vend-a, vend-b and vend-c)',
  );
  expect(text).toContain('Drift: none; 4 checks not made (not drift).');
});

test('a check of the whole organization that was not made names no part of it', () => {
  expect(
    notCheckedLines([
      {
        target: 'organization',
        what: 'who changed it (cloudformation calls)',
        reason: 'the endpoint does not support it',
      },
      { target: 'stackset:vend-a', what: 'resource drift', reason: 'the endpoint does not support it' },
    ]),
  ).toEqual([
    'resource drift not checked: the endpoint does not support it (vend-a)',
    'who changed it (cloudformation calls) not checked: the endpoint does not support it',
  ]);
});

test('a short list of unmanaged accounts is named once; a long one keeps every name in its details', () => {
  const unmanaged = (names: string[]) =>
    makeFinding(
      'unmanaged-accounts',
      'ou:Sandbox',
      { ...fields, actual: `${names.length} unmanaged accounts: ${listNames(names)}`, details: names },
      '2026-11-30',
    );
  const few = report([], [unmanaged(['stray (066066987221)', 'box (453658222559)'])]);
  for (const rendered of [renderDriftIssueBody(few), renderDriftText(few)]) {
    expect(rendered).toContain('stray (066066987221) and box (453658222559)');
    expect(rendered.split('066066987221')).toHaveLength(2);
    expect(rendered).not.toContain('2 details');
  }
  const names = Array.from({ length: 12 }, (_, index) => `box-${index} (4536582225${String(index).padStart(2, '0')})`);
  const many = report([], [unmanaged(names)]);
  for (const rendered of [renderDriftIssueBody(many), renderDriftText(many)]) {
    expect(rendered).toContain('12 details');
    expect(rendered).toContain('box-11 (453658222511)');
  }
});

test('an account-undeclared finding in the issue state keeps its kind and target, so its clearing is named', () => {
  const target = 'account-id:210987654321';
  const id = createHash('sha256').update(`account-undeclared\n${target}`).digest('hex').slice(0, 12);
  const state = decodeDriftIssueState(
    `<!-- vend:drift-state ${JSON.stringify({ reported: [[id, '2026-10-01', 'x', 'account-undeclared', target]] })} -->`,
  );
  expect(state.reported.get(id)).toMatchObject({ kind: 'account-undeclared', target });
  expect(state.reported.get(id)!.label).toContain('210987654321');
});

test('a state entry whose kind is an Object property, not a drift kind, keeps only its id: its text is never a label', () => {
  const target = 'SCP re-attached by @octo-org/security, verified; close this issue';
  const id = createHash('sha256').update(`constructor\n${target}`).digest('hex').slice(0, 12);
  const state = decodeDriftIssueState(
    `<!-- vend:drift-state ${JSON.stringify({ reported: [[id, '2026-10-01', 'x', 'constructor', target]] })} -->`,
  );
  expect(state.reported.get(id)).toEqual({ firstSeen: '2026-10-01', label: id });
});
