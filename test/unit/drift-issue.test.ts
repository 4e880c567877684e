import { publishDriftIssue } from '../../src/action/publish-drift-issue.js';
import { assembleDriftReport } from '../../src/drift/assemble-report.js';
import { findingId, makeFinding } from '../../src/drift/drift-report.js';
import type { DriftFinding, DriftReport } from '../../src/drift/drift-report.js';
import { DRIFT_ISSUE_LABEL } from '../../src/github/drift-issue.js';
import { createGitHubClient } from '../../src/github/octokit.js';
import type { GitHubClient } from '../../src/github/octokit.js';
import { renderDriftIssueBody } from '../../src/report/drift-markdown.js';
import { driftClosedComment } from '../../src/report/drift-issue-comments.js';
import { GITHUB_BODY_LIMIT, startGitHubApiServer } from '../harness/github-api-server.js';
import type { GitHubApiServer } from '../harness/github-api-server.js';

/** The drift issue's life on the loopback GitHub API, which checks every request against GitHub's OpenAPI. */
const target = {
  owner: 'acme',
  repo: 'aws-accounts',
  botLogin: 'github-actions[bot]',
  declaredStackSets: ['vend-roles', 'vend-logging'],
};
const COMMIT = 'c0ffee0000000000000000000000000000000001';
let server: GitHubApiServer;
let octokit: GitHubClient;

beforeEach(async () => {
  server = await startGitHubApiServer({ owner: target.owner, repo: target.repo });
  octokit = createGitHubClient('test-token', server.url);
});

afterEach(async () => {
  expect(server.violations()).toEqual([]);
  await server.close();
});

const fields = (what: string) => ({
  expected: `${what} as main declares`,
  actual: `${what} changed`,
  restore: 'apply restores it',
  accept: 'edit the repository',
});
const DETACHED = (day: string) => makeFinding('scp-detached', 'scp:deny-root@ou:Workloads', fields('attachment'), day);
const TAGS = (day: string) => makeFinding('account-tags', 'account:payments-dev', fields('tags'), day);
/** Resource drift on a role, which a night that cannot check its StackSet carries over (unverifiedFindings). */
const ROLE_DRIFT = (day: string) =>
  makeFinding(
    'iam-resource-drift',
    'stackset:vend-roles@account:payments-dev/us-east-1#DeployRole',
    fields('role'),
    day,
  );

function reportOf(day: string, findings: DriftFinding[], commit = COMMIT): DriftReport {
  return assembleDriftReport({
    findings,
    notChecked: [],
    ignoreList: [],
    now: new Date(`${day}T03:17:00Z`),
    commit,
    managementAccountId: '111111111111',
  });
}

/** A night's report with one ignore: entry in force for SCP content edits at `pattern`. */
function ignoringContent(pattern: string, day: string, findings: DriftFinding[]): DriftReport {
  return assembleDriftReport({
    findings,
    notChecked: [],
    ignoreList: [
      {
        kind: 'scp-content',
        target: pattern,
        reason: 'accepted, ticket OPS-3',
        expires: '2099-12-31',
        line: 3,
        expiresAt: { line: 5, column: 14 },
      },
    ],
    now: new Date(`${day}T03:17:00Z`),
    commit: COMMIT,
    managementAccountId: '111111111111',
  });
}

/** A later night's report in which `notChecked` parts could not be checked. */
function uncheckedReport(day: string, notChecked: DriftReport['notChecked']): DriftReport {
  return assembleDriftReport({
    findings: [],
    notChecked,
    ignoreList: [],
    now: new Date(`${day}T03:17:00Z`),
    commit: COMMIT,
    managementAccountId: '111111111111',
  });
}

const comments = (issue: number) => server.state.comments(issue).map((comment) => comment.body);

test('open, update without a comment, a new finding comments, clear and close, then reopen the same issue', async () => {
  const opened = await publishDriftIssue(octokit, target, reportOf('2026-11-01', [DETACHED('2026-11-01')]));
  expect(opened).toMatchObject({ action: 'opened', commented: false });
  const number = opened.issueNumber!;
  const issue = () => server.state.issue(number)!;
  expect(issue()).toMatchObject({
    state: 'open',
    labels: [DRIFT_ISSUE_LABEL],
    title: 'Vend drift: 1 finding (1 critical)',
  });
  expect(issue().body).toMatch(/^<!-- vend:drift -->\n/);
  expect(issue().body).toContain('\n<!-- vend:drift-state ');
  expect(comments(number)).toEqual([]);

  // The next night, the same drift: the body is rewritten, the finding keeps its first day, nobody is notified.
  const same = await publishDriftIssue(octokit, target, reportOf('2026-11-02', [DETACHED('2026-11-02')]));
  expect(same).toMatchObject({ action: 'updated', commented: false, issueNumber: number });
  expect(same.report.findings[0]!.firstSeen).toBe('2026-11-01');
  expect(issue().body).toContain('first seen 2026-11-01');
  expect(comments(number)).toEqual([]);

  // A new finding: one comment that names it.
  await publishDriftIssue(octokit, target, reportOf('2026-11-03', [DETACHED('2026-11-03'), TAGS('2026-11-03')]));
  expect(comments(number)).toHaveLength(1);
  expect(comments(number)[0]).toContain('1 new finding');
  expect(comments(number)[0]).toContain('- medium **Account tags differ** `account:payments-dev`');
  expect(issue().title).toBe('Vend drift: 2 findings (1 critical, 1 medium)');

  // One clears: a comment names what cleared, by the label the state kept.
  await publishDriftIssue(octokit, target, reportOf('2026-11-04', [TAGS('2026-11-04')]));
  expect(comments(number)[1]).toContain('1 finding cleared');
  expect(comments(number)[1]).toContain('- `SCP detached: scp:deny-root@ou:Workloads`');

  // Everything clears: closed, with a comment naming the commit.
  const closed = await publishDriftIssue(octokit, target, reportOf('2026-11-05', []));
  expect(closed).toMatchObject({ action: 'closed', commented: true });
  expect(issue()).toMatchObject({ state: 'closed', stateReason: 'completed', title: 'Vend drift: none' });
  expect(comments(number)[2]).toContain(`commit \`${COMMIT.slice(0, 12)}\``);
  // It names what cleared, as a partial clear does.
  expect(comments(number)[2]).toMatch(
    /\*\*Cleared:\*\*\n- `Account tags differ: account:payments-dev` \(id `[0-9a-f]{12}`\)$/,
  );

  // Clean again: a closed issue is left alone.
  expect(await publishDriftIssue(octokit, target, reportOf('2026-11-06', []))).toMatchObject({ action: 'none' });
  expect(comments(number)).toHaveLength(3);

  // Drift returns: the same issue reopens rather than a second one.
  const reopened = await publishDriftIssue(octokit, target, reportOf('2026-11-07', [DETACHED('2026-11-07')]));
  expect(reopened).toMatchObject({ action: 'reopened', issueNumber: number });
  expect(issue()).toMatchObject({ state: 'open', stateReason: 'reopened' });
  expect(comments(number)[3]).toMatch(/^\*\*Drift is back\*\*/);
  expect(server.state.issues()).toHaveLength(1);
});

test('nothing to report and no issue: no issue is opened', async () => {
  expect(await publishDriftIssue(octokit, target, reportOf('2026-11-01', []))).toMatchObject({ action: 'none' });
  expect(server.state.issues()).toEqual([]);
});

test('the issue is found by label, marker and author across every page, closed too; look-alikes are not it', async () => {
  for (let index = 0; index < 130; index++)
    server.state.seedIssue({ title: `noise ${index}`, labels: [DRIFT_ISSUE_LABEL], login: 'renovate[bot]' });
  // Anyone can paste the marker or add the label; only the bot's issue is vend's.
  server.state.seedIssue({
    title: 'impostor',
    body: '<!-- vend:drift -->',
    labels: [DRIFT_ISSUE_LABEL],
    login: 'mallory',
  });
  const ours = server.state.seedIssue({
    title: 'Vend drift: none',
    body: renderDriftIssueBody(reportOf('2026-10-01', [])),
    labels: [DRIFT_ISSUE_LABEL],
    login: 'github-actions[bot]',
    state: 'closed',
  });
  const result = await publishDriftIssue(octokit, target, reportOf('2026-11-01', [DETACHED('2026-11-01')]));
  expect(result).toMatchObject({ action: 'reopened', issueNumber: ours.number });
  expect(server.state.issue(ours.number)!.state).toBe('open');
  const pages = server
    .requests()
    .filter((request) => request.operationId === 'issues/list-for-repo')
    .map((request) => new URL(request.url, server.url).searchParams.get('page') ?? '1');
  expect(pages).toEqual(['1', '2']);
});

test('an issue whose label someone took off is still found, and gets the label back: no second issue', async () => {
  const ours = server.state.seedIssue({
    title: 'Vend drift: 1 finding',
    body: renderDriftIssueBody(reportOf('2026-10-01', [DETACHED('2026-10-01')])),
    labels: ['triaged'],
    login: 'github-actions[bot]',
  });
  const result = await publishDriftIssue(octokit, target, reportOf('2026-11-01', [DETACHED('2026-10-01')]));
  expect(result).toMatchObject({ issueNumber: ours.number });
  expect(server.state.issues()).toHaveLength(1);
  expect(server.state.issue(ours.number)!.labels).toEqual(['triaged', DRIFT_ISSUE_LABEL]);
});

test('a label moved onto another issue the bot wrote, or a marker edited out, never makes that issue vend’s', async () => {
  const ours = (await publishDriftIssue(octokit, target, reportOf('2026-11-01', [DETACHED('2026-11-01')])))
    .issueNumber!;
  // Another workflow's issue, written by the same bot, takes the label; vend's loses it.
  const release = server.state.seedIssue({
    title: 'Release 2.0 tracker',
    body: 'Important release checklist\n- [ ] item A',
    labels: ['release', DRIFT_ISSUE_LABEL],
    login: 'github-actions[bot]',
  });
  server.state.issue(ours)!.labels = [];
  const result = await publishDriftIssue(octokit, target, reportOf('2026-11-02', [DETACHED('2026-11-01')]));
  expect(result).toMatchObject({ issueNumber: ours });
  expect(server.state.issue(release.number)!.body).toBe('Important release checklist\n- [ ] item A');
  expect(server.state.issue(ours)!.labels).toEqual([DRIFT_ISSUE_LABEL]);

  // With the marker edited out of vend's issue as well, neither is rewritten: a new issue opens.
  server.state.editIssueBody(ours, 'edited by hand');
  const next = await publishDriftIssue(octokit, target, reportOf('2026-11-03', [DETACHED('2026-11-01')]));
  expect([ours, release.number]).not.toContain(next.issueNumber);
  expect(server.state.issue(release.number)!.body).toBe('Important release checklist\n- [ ] item A');
  expect(server.state.issue(ours)!.body).toBe('edited by hand');
});

test('the body fits GitHub’s limit with thousands of findings; the summary and every critical finding stay whole', () => {
  const findings = [
    ...Array.from({ length: 12 }, (_, index) =>
      makeFinding('scp-detached', `scp:guardrail-${index}@ou:Workloads`, fields('attachment'), '2026-11-01'),
    ),
    ...Array.from({ length: 3000 }, (_, index) =>
      makeFinding(
        'stack-instance-missing',
        `stackset:vend-roles@account:acct-${index}/us-east-1`,
        fields('instance'),
        '2026-11-01',
      ),
    ),
  ];
  const report = reportOf('2026-11-01', findings);
  const body = renderDriftIssueBody(report);
  expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
  expect(body).toContain('## Vend drift: 3,012 findings (12 critical, 3,000 high)');
  for (let index = 0; index < 12; index++) expect(body).toContain(`scp:guardrail-${index}@ou:Workloads`);
  expect(body).toContain('trimmed to fit GitHub');
});

test('the closing comment counts every finding that cleared, those the record held without ids too', async () => {
  const findings = Array.from({ length: 3012 }, (_, index) =>
    makeFinding(
      'stack-instance-missing',
      `stackset:vend-roles@account:acct-${index}/us-east-1`,
      fields('x'),
      '2026-11-01',
    ),
  );
  const opened = await publishDriftIssue(octokit, target, reportOf('2026-11-01', findings));
  expect((await publishDriftIssue(octokit, target, reportOf('2026-11-02', []))).action).toBe('closed');
  const closing = comments(opened.issueNumber!).at(-1)!;
  const count = (pattern: RegExp) => Number((pattern.exec(closing)?.[1] ?? '0').replaceAll(',', ''));
  const named = closing.split('\n').filter((line) => /^- .*acct-\d+/.test(line)).length;
  // Named, then "… and N more", then ids held without labels, then those counted without ids: 3,012 in all.
  expect(count(/\*\*No longer reported:\*\* ([\d,]+) more findings/)).toBeGreaterThan(0);
  expect(
    named +
      count(/- … and ([\d,]+) more/) +
      count(/\*\*No longer in the record:\*\* ([\d,]+) ids?/) +
      count(/\*\*No longer reported:\*\* ([\d,]+) more findings/),
  ).toBe(3012);
});

test('a critical finding first seen already ignored is said once, on an open and on a closed issue', async () => {
  const edited = (day: string) =>
    makeFinding('scp-content', 'scp:deny-root-user', { ...fields('content'), actual: 'other content' }, day);
  // Approved for the SCP's target before anyone edited it.
  const night = (day: string, findings: DriftFinding[]) => ignoringContent('scp:deny-root-user', day, findings);
  const opened = await publishDriftIssue(octokit, target, night('2026-11-01', [TAGS('2026-11-01')]));
  const found = await publishDriftIssue(
    octokit,
    target,
    night('2026-11-02', [TAGS('2026-11-01'), edited('2026-11-02')]),
  );
  expect(found).toMatchObject({ action: 'updated', commented: true });
  const comment = comments(opened.issueNumber!).at(-1)!;
  expect(comment).toContain('1 critical finding found already ignored');
  expect(comment).toContain('**Found, already ignored**');
  expect(comment).toContain('`scp:deny-root-user` (id `' + edited('2026-11-02').id + '`): now other content');
  // The next night it is known: nothing to say.
  const again = await publishDriftIssue(
    octokit,
    target,
    night('2026-11-03', [TAGS('2026-11-01'), edited('2026-11-02')]),
  );
  expect(again.commented).toBe(false);

  // Closed with only ignored findings left, a new critical one is still said, and the issue stays closed.
  const other = (day: string) =>
    makeFinding('scp-content', 'scp:deny-root-user-2', { ...fields('content'), actual: 'edited' }, day);
  await publishDriftIssue(octokit, target, night('2026-11-04', [edited('2026-11-02')]));
  const reportWith = (day: string, findings: DriftFinding[]) => ignoringContent('scp:deny-root-user*', day, findings);
  const closedNight = await publishDriftIssue(
    octokit,
    target,
    reportWith('2026-11-05', [edited('2026-11-02'), other('2026-11-05')]),
  );
  expect(closedNight).toMatchObject({ action: 'updated', commented: true });
  expect(server.state.issue(opened.issueNumber!)!.state).toBe('closed');
  expect(comments(opened.issueNumber!).at(-1)).toContain('`scp:deny-root-user-2`');

  // Reopened by new drift, the comment still names a critical finding first seen already ignored.
  const third = makeFinding(
    'scp-content',
    'scp:deny-root-user-3',
    { ...fields('content'), actual: 'edited' },
    '2026-11-06',
  );
  const reopened = await publishDriftIssue(
    octokit,
    target,
    reportWith('2026-11-06', [edited('2026-11-02'), other('2026-11-05'), third, TAGS('2026-11-06')]),
  );
  expect(reopened.action).toBe('reopened');
  expect(comments(opened.issueNumber!).at(-1)).toContain('**Found, already ignored**');
  expect(comments(opened.issueNumber!).at(-1)).toContain('`scp:deny-root-user-3`');
});

test('an ignored critical finding keeps its place in the record beside thousands of findings: said once', async () => {
  const edited = makeFinding(
    'scp-content',
    'scp:deny-root-user',
    { ...fields('content'), actual: 'other' },
    '2026-11-02',
  );
  const tags = Array.from({ length: 2200 }, (_, index) =>
    makeFinding(
      'account-tags',
      `account:acct-${String(index).padStart(5, '0')}-with-a-longer-name`,
      fields('tags'),
      '2026-11-01',
    ),
  );
  const night = (day: string, findings: DriftFinding[]) => ignoringContent('scp:deny-root-user', day, findings);
  const opened = await publishDriftIssue(octokit, target, night('2026-11-01', tags));
  for (const day of ['2026-11-02', '2026-11-03', '2026-11-04'])
    await publishDriftIssue(octokit, target, night(day, [...tags, edited]));
  expect(
    comments(opened.issueNumber!).filter((comment) => comment.includes('**Found, already ignored**')),
  ).toHaveLength(1);
});

test('the closing comment fits GitHub’s limit however long what changed while ignored is', () => {
  // Template edits made through TemplateURL can be far longer than a comment: each is shown as a diff.
  const changed = Array.from({ length: 20 }, (_, index) => ({
    ...makeFinding('stackset-template', `stackset:vend-x${index}`, fields('template'), '2026-11-01'),
    details: Array.from({ length: 60 }, (_, line) => `+  Line${line}: ${'x'.repeat(3000)}`),
  }));
  const comment = driftClosedComment(
    { commit: COMMIT, ignored: [] },
    new Map([['0123456789ab', { label: 'Account tags changed account:payments-dev' }]]),
    [],
    false,
    { changedWhileIgnored: changed },
  );
  expect(comment.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
  expect(comment).toContain('**Cleared:**');
  expect(comment).toContain('**Changed while ignored**');
});

test('a few critical findings with long diffs lose diff lines first, never their restore and accept', () => {
  // Five SCPs rewritten by hand, each near the 10,240-character quota: their diffs alone overflow the issue.
  const edited = Array.from({ length: 5 }, (_, index) => ({
    ...makeFinding('scp-content', `scp:guard-${index}`, fields('content'), '2026-11-01'),
    details: Array.from({ length: 600 }, (_, line) => `+    "Sid": "Statement${line}-${'x'.repeat(20)}",`),
  }));
  const medium = makeFinding('account-tags', 'account:payments-prod', fields('tags'), '2026-11-01');
  const body = renderDriftIssueBody(reportOf('2026-11-01', [...edited, medium]));
  expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
  const critical = body.slice(body.indexOf('### Critical (5)'), body.indexOf('### Medium'));
  for (const finding of edited) {
    const item = critical.slice(critical.indexOf(finding.target));
    expect(item).toMatch(
      /^[^\n]*first seen 2026-11-01[^\n]*\n {2}- expected: [^\n]+\n {2}- actual: [^\n]+\n {2}- restore: [^\n]+\n {2}- accept: /,
    );
  }
  expect(critical).toMatch(/_Diffs (cut to 20 lines|left out) to fit: each in full in the output of/);
});

test('400 critical findings shrink to one line each rather than be cut: every one is still named', () => {
  const findings = Array.from({ length: 400 }, (_, index) =>
    makeFinding(
      'scp-detached',
      `scp:guardrail-${String(index).padStart(3, '0')}@ou:Workloads`,
      { ...fields('attachment'), restore: 'r'.repeat(300) },
      '2026-11-01',
    ),
  );
  const runUrl = 'https://github.com/acme/org/actions/runs/1';
  const body = renderDriftIssueBody(reportOf('2026-11-01', findings), { runUrl });
  expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
  expect(body).toContain('### Critical (400)');
  for (const finding of findings) expect(body).toContain(finding.target);
  expect(body).toContain('_Each one in full in the job summary of this run, and in `vend drift --format json`._');
  expect(body).not.toMatch(/more lines? trimmed/);
  // From a terminal there is no job summary to send a reader to.
  expect(renderDriftIssueBody(reportOf('2026-11-01', findings))).toContain(
    '_Each one in full in the output of `vend drift --format text` or `--format json`._',
  );
});

test('ignored critical findings with long reasons shrink before a critical finding that is not ignored loses a word', () => {
  const entry = (count: number) => ({
    findings: [
      DETACHED('2026-11-02'),
      ...Array.from({ length: count }, (_, index) =>
        makeFinding('account-left-organization', `account:ghost-${index}`, fields('account'), '2026-11-02'),
      ),
    ],
    notChecked: [],
    ignoreList: [
      {
        kind: 'account-left-organization',
        target: 'account:ghost-*',
        // README allows reasons of up to 1,000 characters; repeated per finding, they filled the issue before.
        reason: 'r'.repeat(990),
        expires: '2027-01-31',
        line: 12,
        expiresAt: { line: 14, column: 14 },
      },
    ],
    now: new Date('2026-11-02T03:17:00Z'),
    commit: COMMIT,
    managementAccountId: '111111111111',
  });
  for (const [count, shown] of [
    [60, 'ghost-59'],
    [1200, '1,200 × **Declared account not in the organization**, held back by'],
  ] as const) {
    const body = renderDriftIssueBody(assembleDriftReport(entry(count)));
    expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    // The guardrail lost tonight is whole: target, expected, actual, restore.
    expect(body).toContain(
      '- **SCP detached** `scp:deny-root@ou:Workloads` · first seen 2026-11-02 · id `' + DETACHED('2026-11-02').id,
    );
    expect(body).toContain('  - restore: apply restores it');
    expect(body).toContain(`### Critical, ignored (${count.toLocaleString('en-US')})`);
    expect(body).toContain(shown);
  }
});

test('2,500 declared accounts gone shrink to their first hundreds and a count, while the guardrails stay named', () => {
  const gone = Array.from({ length: 2500 }, (_, index) =>
    makeFinding(
      'account-left-organization',
      `account:acct-${String(index).padStart(5, '0')}-very-long-account-name-padding`,
      { ...fields('account'), restore: 'r'.repeat(300) },
      '2026-11-01',
    ),
  );
  const guardrails = [
    makeFinding('scp-detached', 'scp:deny-leave-organization@root', fields('attachment'), '2026-11-01'),
    makeFinding('scp-content', 'scp:deny-root-user', fields('content'), '2026-11-01'),
  ];
  const body = renderDriftIssueBody(reportOf('2026-11-01', [...gone, ...guardrails]));
  expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
  expect(body).toContain('### Critical (2,502)');
  expect(body).toContain('- **SCP detached** `scp:deny-leave-organization@root` · id');
  expect(body).toContain('- **SCP content edited outside git** `scp:deny-root-user` · id');
  // As many as fit, one line each: the rest of the kind is counted, never silently dropped.
  const listed = body.match(/^- \*\*Declared account not in the organization\*\* /gm) ?? [];
  expect(listed.length).toBeGreaterThanOrEqual(100);
  expect(body).toContain(
    '- **Declared account not in the organization** `account:acct-00000-very-long-account-name-padding`',
  );
  expect(body).toContain(
    `- … and ${(2500 - listed.length).toLocaleString('en-US')} more **Declared account not in the organization** (2,500 in all)`,
  );
  expect(body).toContain(
    `_Kinds with more than ${listed.length} findings list their first ${listed.length}: each one is in`,
  );
});

test('600 critical findings of one kind name as many as fit, not three', () => {
  const detached = Array.from({ length: 600 }, (_, index) =>
    makeFinding(
      'scp-detached',
      `scp:guardrail-${String(index).padStart(3, '0')}@ou:${'Workloads/'.repeat(10)}Team`,
      fields('attachment'),
      '2026-11-01',
    ),
  );
  const body = renderDriftIssueBody(reportOf('2026-11-01', detached));
  expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
  const listed = (body.match(/^- \*\*SCP detached\*\* /gm) ?? []).length;
  expect(listed).toBeGreaterThanOrEqual(250);
  expect(body).toContain(`- … and ${600 - listed} more **SCP detached** (600 in all)`);
});

test('with long critical diffs and hundreds of other findings, the hidden state gives way before any critical line', async () => {
  // Three SCPs edited outside git, each with a long diff, and 900 medium findings whose first-seen days the state
  // would keep: the state shrinks, the critical diffs stay whole.
  const diff = (name: string) =>
    Array.from({ length: 220 }, (_, line) => `+  "Sid": "${name}-statement-${line}-${'x'.repeat(40)}",`);
  const critical = ['deny-root', 'deny-leave', 'deny-regions'].map((name) =>
    makeFinding('scp-content', `scp:${name}`, { ...fields('content'), details: diff(name) }, '2026-11-01'),
  );
  const medium = Array.from({ length: 900 }, (_, index) =>
    makeFinding('account-tags', `account:acct-${String(index).padStart(4, '0')}`, fields('tags'), '2026-11-01'),
  );
  const opened = await publishDriftIssue(octokit, target, reportOf('2026-11-01', [...critical, ...medium]));
  const body = server.state.issue(opened.issueNumber!)!.body ?? '';
  expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
  for (const name of ['deny-root', 'deny-leave', 'deny-regions'])
    for (const line of diff(name)) expect(body).toContain(line);
  // The critical findings keep their first day: the smaller state holds the worst findings first.
  const next = await publishDriftIssue(octokit, target, reportOf('2026-11-02', [...critical, ...medium]));
  expect(next.report.findings.filter((finding) => finding.severity === 'critical').map((f) => f.firstSeen)).toEqual([
    '2026-11-01',
    '2026-11-01',
    '2026-11-01',
  ]);
});

test('once critical findings shrink to a line each, the state and the other findings fill the room again', async () => {
  // Dozens of accounts gone from the organization, with long texts, beside ordinary high and medium drift.
  const day = (night: string) => [
    ...Array.from({ length: 120 }, (_, index) =>
      makeFinding(
        'account-left-organization',
        `account:ghost-${String(index).padStart(4, '0')}`,
        { ...fields('membership'), restore: 'r'.repeat(600), accept: 'a'.repeat(200) },
        night,
      ),
    ),
    ...Array.from({ length: 11 }, (_, index) =>
      makeFinding('stack-instance-missing', `stackset:vend-roles@account:acct-${index}/us-east-1`, fields('x'), night),
    ),
    TAGS(night),
  ];
  const opened = await publishDriftIssue(octokit, target, reportOf('2026-11-01', day('2026-11-01')));
  const body = server.state.issue(opened.issueNumber!)!.body ?? '';
  expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
  expect(body).toContain('### High (11)');
  expect(body).toContain('account:payments-dev');
  // Nothing changed the next night: no comment, and every finding keeps its first day.
  const next = await publishDriftIssue(octokit, target, reportOf('2026-11-02', day('2026-11-02')));
  expect(next.commented).toBe(false);
  expect(comments(opened.issueNumber!)).toEqual([]);
  expect(new Set(next.report.findings.map((finding) => finding.firstSeen))).toEqual(new Set(['2026-11-01']));
});

test('an ignored critical finding stays in plain sight, and the closing comment says what ignore: holds back', async () => {
  const opened = await publishDriftIssue(
    octokit,
    target,
    reportOf('2026-11-01', [DETACHED('2026-11-01'), TAGS('2026-11-01')]),
  );
  // The tags are fixed; someone ignores the detached guardrail instead of re-attaching it.
  const ignoring = assembleDriftReport({
    findings: [DETACHED('2026-11-02')],
    notChecked: [],
    ignoreList: [
      {
        kind: 'scp-detached',
        reason: 'migration',
        expires: '2099-12-31',
        line: 12,
        expiresAt: { line: 14, column: 14 },
      },
    ],
    now: new Date('2026-11-02T03:17:00Z'),
    commit: COMMIT,
    managementAccountId: '111111111111',
  });
  expect((await publishDriftIssue(octokit, target, ignoring)).action).toBe('closed');
  const body = server.state.issue(opened.issueNumber!)!.body ?? '';
  const section = body.slice(body.indexOf('### Critical, ignored (1)'));
  expect(section).toContain('scp:deny-root@ou:Workloads');
  expect(body.slice(0, body.indexOf('### Critical, ignored (1)'))).not.toContain('<details>');
  expect(body).toContain('1 finding ignored');
  // The title of the closed issue does not read as if nothing were wrong.
  expect(server.state.issue(opened.issueNumber!)!.title).toBe('Vend drift: none; 1 ignored (1 critical)');
  expect(body).toContain('## Vend drift: none; 1 ignored (1 critical)\n');
  // Nothing cleared: the closing comment never says the organization matches.
  expect(comments(opened.issueNumber!).at(-1)).toContain(
    'but the organization does not match the repository: 1 ignored finding (1 critical) remains',
  );
  expect(comments(opened.issueNumber!).at(-1)).not.toContain('cleared');
});

/** An SCP's content edited outside git, told by its diff from main's content. */
const content = (diff: string, day: string) =>
  makeFinding(
    'scp-content',
    'scp:require-imdsv2',
    { ...fields('content'), actual: 'other content', details: [diff] },
    day,
  );

test('a reported finding that changes under the same id (an SCP edited again) is commented on, once', async () => {
  const first = await publishDriftIssue(
    octokit,
    target,
    reportOf('2026-11-01', [content('-"Effect": "Deny"', '2026-11-01')]),
  );
  const same = await publishDriftIssue(
    octokit,
    target,
    reportOf('2026-11-02', [content('-"Effect": "Deny"', '2026-11-02')]),
  );
  expect(same.commented).toBe(false);
  const worse = await publishDriftIssue(
    octokit,
    target,
    reportOf('2026-11-03', [content('-"Effect": "Deny"\n+{"Effect": "Allow", "Action": "iam:*"}', '2026-11-03')]),
  );
  expect(worse).toMatchObject({ action: 'updated', commented: true });
  const comment = comments(first.issueNumber!).at(-1)!;
  expect(comment).toContain('Since the last check, at commit `c0ffee000000`: 1 finding changed. Now:');
  expect(comment).toContain('**Changed**: still reported');
  expect(comment).toContain('  ```diff\n  -"Effect": "Deny"\n  +{"Effect": "Allow", "Action": "iam:*"}\n  ```');
  expect(comment).not.toMatch(/new finding|cleared/);
  // Still first seen on the first night, and told once: the next night with the same content is quiet again.
  expect(server.state.issue(first.issueNumber!)!.body).toContain('2026-11-01');
  const again = await publishDriftIssue(
    octokit,
    target,
    reportOf('2026-11-04', [content('-"Effect": "Deny"\n+{"Effect": "Allow", "Action": "iam:*"}', '2026-11-04')]),
  );
  expect(again.commented).toBe(false);
  expect(comments(first.issueNumber!)).toHaveLength(1);
});

test('an ignored finding that changes (an SCP edited again, one more unmanaged account) is commented on, open or closed', async () => {
  const unmanaged = (accounts: string, day: string) =>
    makeFinding(
      'unmanaged-accounts',
      'ou:Sandbox',
      { ...fields('accounts'), actual: accounts, details: accounts.split(': ')[1]!.split(' and ') },
      day,
    );
  // The content finding is ignored by its id, the unmanaged group by kind; the tags keep the issue open.
  const night = (day: string, findings: DriftFinding[]) =>
    assembleDriftReport({
      findings,
      notChecked: [],
      ignoreList: [
        {
          id: content('', day).id,
          reason: 'temporary edit, OPS-4',
          expires: '2099-12-31',
          line: 12,
          expiresAt: { line: 14, column: 14 },
        },
        {
          kind: 'unmanaged-accounts',
          reason: 'sandbox, OPS-5',
          expires: '2099-12-31',
          line: 15,
          expiresAt: { line: 17, column: 14 },
        },
      ],
      now: new Date(`${day}T03:17:00Z`),
      commit: COMMIT,
      managementAccountId: '111111111111',
    });
  const first = await publishDriftIssue(
    octokit,
    target,
    night('2026-11-01', [
      TAGS('2026-11-01'),
      content('-"Effect": "Deny"', '2026-11-01'),
      unmanaged('1 unmanaged account: rogue', '2026-11-01'),
    ]),
  );
  const same = await publishDriftIssue(
    octokit,
    target,
    night('2026-11-02', [
      TAGS('2026-11-02'),
      content('-"Effect": "Deny"', '2026-11-02'),
      unmanaged('1 unmanaged account: rogue', '2026-11-02'),
    ]),
  );
  expect(same.commented).toBe(false);

  const moved = await publishDriftIssue(
    octokit,
    target,
    night('2026-11-03', [
      TAGS('2026-11-03'),
      content('-"Effect": "Deny"\n+{"Effect": "Allow", "Action": "*", "Resource": "*"}', '2026-11-03'),
      unmanaged('2 unmanaged accounts: rogue and rogue2', '2026-11-03'),
    ]),
  );
  expect(moved).toMatchObject({ action: 'updated', commented: true });
  const comment = comments(first.issueNumber!).at(-1)!;
  expect(comment).toContain('2 ignored findings changed');
  // "Now:" counts the ignored findings as the title does, not "none" beside them.
  expect(comment).toMatch(/Now: 1 finding \(1 medium\); 2 ignored \(1 critical\)\./);
  expect(comment).toContain('**Changed while ignored**');
  // What changed is shown: the content finding's actual text is the same, its diff is not, so the whole diff follows.
  expect(comment).toContain(
    '`scp:require-imdsv2` (id `' +
      content('', '2026-11-03').id +
      '`): now other content\n  ```diff\n  -"Effect": "Deny"\n  +{"Effect": "Allow", "Action": "*", "Resource": "*"}\n  ```',
  );
  // The accounts are named once, not again as a detail.
  expect(comment).toMatch(/now 2 unmanaged accounts: rogue and rogue2$/m);
  // Still ignored: nothing new, nothing cleared, the counts unchanged.
  expect(comment).not.toMatch(/new finding|cleared/);

  // The tags fixed, only ignored findings are left: vend closes the issue, and still says when one changes.
  const closed = await publishDriftIssue(
    octokit,
    target,
    night('2026-11-04', [
      content('+{"Effect": "Allow", "Action": "*", "Resource": "*"}', '2026-11-04'),
      unmanaged('2 unmanaged accounts: rogue and rogue2', '2026-11-04'),
    ]),
  );
  expect(closed.action).toBe('closed');
  const later = await publishDriftIssue(
    octokit,
    target,
    night('2026-11-05', [
      content('+{"Effect": "Allow", "Action": "*", "Resource": "*"}', '2026-11-05'),
      unmanaged('3 unmanaged accounts: rogue, rogue2 and rogue3', '2026-11-05'),
    ]),
  );
  expect(later).toMatchObject({ action: 'updated', commented: true });
  expect(server.state.issue(first.issueNumber!)!.state).toBe('closed');
  expect(comments(first.issueNumber!).at(-1)).toContain('now 3 unmanaged accounts: rogue, rogue2 and rogue3');
  const quiet = await publishDriftIssue(
    octokit,
    target,
    night('2026-11-06', [
      content('+{"Effect": "Allow", "Action": "*", "Resource": "*"}', '2026-11-06'),
      unmanaged('3 unmanaged accounts: rogue, rogue2 and rogue3', '2026-11-06'),
    ]),
  );
  expect(quiet).toMatchObject({ action: 'none', commented: false });
});

test('names from AWS cannot inject links, mentions or HTML into the issue', () => {
  const hostile = makeFinding(
    'scp-foreign',
    'scp:[click](https://evil.example) @acme/admins@ou:Workloads',
    { ...fields('policy'), actual: 'SCP [click](https://evil.example) <img src=x> @acme/admins attached' },
    '2026-11-01',
  );
  const body = renderDriftIssueBody(reportOf('2026-11-01', [hostile]));
  expect(body).toContain('`scp:[click](https://evil.example) @acme/admins@ou:Workloads`');
  expect(body).toContain(
    'SCP \\[click\\](https:/\u2060/evil.example) &lt;img src=x&gt; \u2060@\u2060acme/admins attached',
  );
});

test('a foreign SCP whose name holds backticks and a pipe is named in the issue exactly as in AWS', () => {
  const foreign = makeFinding('scp-foreign', 'scp:deny `ec2` | s3@ou:Workloads', fields('policy'), '2026-11-01');
  const body = renderDriftIssueBody(reportOf('2026-11-01', [foreign]));
  expect(body).toContain('- **Foreign SCP attached** ``scp:deny `ec2` | s3@ou:Workloads`` · first seen 2026-11-01');
  expect(body).not.toContain('\\|');
});

test('a finding whose StackSet could not be checked again stays open: not cleared, and the issue is not closed', async () => {
  const resource = ROLE_DRIFT;
  const opened = await publishDriftIssue(octokit, target, reportOf('2026-11-01', [resource('2026-11-01')]));
  const busy = uncheckedReport('2026-11-02', [
    { target: 'stackset:vend-roles', what: 'resource drift', reason: 'another operation is running' },
  ]);
  const second = await publishDriftIssue(octokit, target, busy);
  expect(second.action).toBe('updated');
  // The action counts it in drifted and drift-count, as the issue keeps it open, and the title says so too.
  expect(second.unverified).toHaveLength(1);
  expect(server.state.issue(opened.issueNumber!)!.title).toBe('Vend drift: none + 1 not checked again');
  expect(server.state.issue(opened.issueNumber!)?.state).toBe('open');
  expect(comments(opened.issueNumber!)).toEqual([]);
  const body = server.state.issue(opened.issueNumber!)!.body;
  expect(body).toContain('### Not checked again (1)');
  expect(body).not.toContain('The organization matches the repository');
  // One count everywhere: the heading and the severity table say what the title says.
  expect(body).toContain('## Vend drift: none + 1 not checked again');
  expect(body).toContain('An earlier finding could not be checked again and stays open until a check sees it gone');
  expect(body).toMatch(/\| high \| 0 \+ 1 not checked again \|/);

  // Once a check sees it gone, it clears and the issue closes.
  const checked = await publishDriftIssue(octokit, target, reportOf('2026-11-03', []));
  expect(checked.action).toBe('closed');
  expect(checked.unverified).toEqual([]);
});

test('a resource drift finding ranked past the 60 worst still stays open while its StackSet cannot be checked', async () => {
  const resource = makeFinding(
    'resource-drift',
    'stackset:vend-logging@account:payments-dev/us-east-1#LogGroup',
    fields('retention'),
    '2026-11-01',
  );
  const highs = Array.from({ length: 61 }, (_, index) =>
    makeFinding('scp-retired', `scp:legacy-${String(index).padStart(2, '0')}`, fields('SCP'), '2026-11-01'),
  );
  const opened = await publishDriftIssue(octokit, target, reportOf('2026-11-01', [...highs, resource]));
  // The highs are fixed; the StackSet is busy the next night.
  const busy = uncheckedReport('2026-11-02', [
    { target: 'stackset:vend-logging', what: 'resource drift', reason: 'another operation is running' },
  ]);
  const second = await publishDriftIssue(octokit, target, busy);
  expect(second.action).toBe('updated');
  expect(server.state.issue(opened.issueNumber!)?.state).toBe('open');
  expect(server.state.issue(opened.issueNumber!)!.body).toContain('### Not checked again (1)');
});

test('what a template hides from drift detection for good does not keep a resource drift finding open', async () => {
  const resource = ROLE_DRIFT('2026-11-01');
  const opened = await publishDriftIssue(octokit, target, reportOf('2026-11-01', [resource]));
  const checked = uncheckedReport('2026-11-02', [
    {
      target: 'stackset:vend-roles',
      what: 'policies attached outside CloudFormation to DeployRole (no Policies)',
      reason: 'drift detection compares only the properties a template declares',
      coverageGap: true,
    },
  ]);
  expect((await publishDriftIssue(octokit, target, checked)).action).toBe('closed');
  expect(server.state.issue(opened.issueNumber!)?.state).toBe('closed');
});

test('resource drift findings stay in the state whole even when critical diffs leave it the smallest budget', async () => {
  const diff = (name: string) =>
    Array.from({ length: 280 }, (_, line) => `+  "Sid": "${name}-statement-${line}-${'x'.repeat(40)}",`);
  const critical = ['deny-root', 'deny-leave', 'deny-regions'].map((name) =>
    makeFinding('scp-content', `scp:${name}`, { ...fields('content'), details: diff(name) }, '2026-11-01'),
  );
  const resources = Array.from({ length: 30 }, (_, index) =>
    makeFinding(
      'resource-drift',
      `stackset:vend-logging@account:acct-${index}/us-east-1#LogGroup`,
      fields('retention'),
      '2026-11-01',
    ),
  );
  const opened = await publishDriftIssue(octokit, target, reportOf('2026-11-01', [...critical, ...resources]));
  // The StackSet is busy the next night: all 30 stay open, none reads as cleared.
  const busy = await publishDriftIssue(
    octokit,
    target,
    uncheckedReport('2026-11-02', [{ target: 'stackset:vend-logging', what: 'resource drift', reason: 'busy' }]),
  );
  expect(busy.action).toBe('updated');
  expect(server.state.issue(opened.issueNumber!)!.body).toContain('### Not checked again (30)');
});

test('a state entry edited by hand to name a finding it is not cannot keep the issue open', async () => {
  const opened = await publishDriftIssue(octokit, target, reportOf('2026-11-01', [TAGS('2026-11-01')]));
  const number = opened.issueNumber!;
  // Someone with write access rewrites the hidden state: the tag finding's entry now claims to be resource drift
  // under a StackSet that is never checked.
  const edited = (server.state.issue(number)!.body ?? '').replace(
    /\["([0-9a-f]{12})","2026-11-01","([^"]*)","account-tags","[^"]*"\]/,
    '["$1","2026-11-01","$2","resource-drift","stackset:vend-unchecked@account:x/us-east-1#R"]',
  );
  expect(edited).toContain('stackset:vend-unchecked');
  server.state.editIssueBody(number, edited);
  const unchecked = uncheckedReport('2026-11-02', [
    { target: 'stackset:vend-unchecked', what: 'resource drift', reason: 'not supported' },
  ]);
  expect((await publishDriftIssue(octokit, target, unchecked)).action).toBe('closed');
});

test.each([
  ['a StackSet main no longer declares', 'stackset:vend-unchecked@account:x/us-east-1#R', 'stackset:vend-unchecked'],
  ['a part that is not a StackSet', 'organization#R', 'organization'],
])(
  'a forged state entry whose id does match its kind and target, under %s, cannot keep the issue open',
  async (_what, forged, unchecked) => {
    const opened = await publishDriftIssue(octokit, target, reportOf('2026-11-01', [TAGS('2026-11-01')]));
    const number = opened.issueNumber!;
    // Someone with write access adds an entry whose id is the true fingerprint of a resource drift finding under a
    // part of the organization that every run reports as not checked.
    const entry = JSON.stringify([
      findingId('resource-drift', forged),
      '2026-11-01',
      'kept open',
      'resource-drift',
      forged,
    ]);
    const edited = (server.state.issue(number)!.body ?? '').replace('"reported":[', `"reported":[${entry},`);
    expect(edited).toContain(forged);
    server.state.editIssueBody(number, edited);
    const report = uncheckedReport('2026-11-02', [
      { target: unchecked, what: 'resource drift', reason: 'not supported' },
    ]);
    expect((await publishDriftIssue(octokit, target, report)).action).toBe('closed');
    expect(server.state.issue(number)?.state).toBe('closed');
  },
);

test('a first-seen day edited by hand to before the issue was opened counts from the opening instead', async () => {
  const opened = await publishDriftIssue(octokit, target, reportOf('2026-11-01', [TAGS('2026-11-01')]));
  const number = opened.issueNumber!;
  const openedOn = server.state.issue(number)!.createdAt.slice(0, 10);
  server.state.editIssueBody(
    number,
    (server.state.issue(number)!.body ?? '').replace(/\["([0-9a-f]{12})","2026-11-01"/, '["$1","2001-01-01"'),
  );
  const next = await publishDriftIssue(octokit, target, reportOf('2026-11-02', [TAGS('2026-11-02')]));
  // The loopback server opened the issue on 2025-01-01: the earliest day the state can claim.
  expect(openedOn).toBe('2025-01-01');
  expect(next.report.findings[0]!.firstSeen).toBe(openedOn);
});

test('two thousand findings keep the day they were first seen from one night to the next', async () => {
  const many = (day: string) =>
    Array.from({ length: 2000 }, (_, index) =>
      makeFinding('account-tags', `account:acct-${String(index).padStart(4, '0')}`, fields('tags'), day),
    );
  const opened = await publishDriftIssue(octokit, target, reportOf('2026-11-01', many('2026-11-01')));
  const next = await publishDriftIssue(octokit, target, reportOf('2026-11-02', many('2026-11-02')));
  expect(next.commented).toBe(false);
  expect(next.report.findings.every((finding) => finding.firstSeen === '2026-11-01')).toBe(true);
  expect(comments(opened.issueNumber!)).toEqual([]);
});

test('an issue whose state an earlier vend wrote as [id, day] pairs keeps its findings’ first days', async () => {
  const night = (day: string) =>
    assembleDriftReport({
      findings: [DETACHED(day), TAGS(day)],
      notChecked: [],
      ignoreList: [
        {
          kind: 'account-tags',
          reason: 'owners relabel',
          expires: '2099-12-31',
          line: 12,
          expiresAt: { line: 14, column: 14 },
        },
      ],
      now: new Date(`${day}T03:17:00Z`),
      commit: COMMIT,
      managementAccountId: '111111111111',
    });
  const opened = await publishDriftIssue(octokit, target, night('2026-11-01'));
  const number = opened.issueNumber!;
  // The version 1 layout: every entry an array, the ignored ones as [id, day].
  const versionOne = JSON.stringify({
    version: 1,
    reported: [[DETACHED('2026-11-01').id, '2026-11-01']],
    ignored: [[TAGS('2026-11-01').id, '2026-11-01']],
  });
  server.state.editIssueBody(
    number,
    (server.state.issue(number)!.body ?? '').replace(
      /<!-- vend:drift-state .*? -->/s,
      `<!-- vend:drift-state ${versionOne} -->`,
    ),
  );
  const next = await publishDriftIssue(octokit, target, night('2026-11-03'));
  expect(next.commented).toBe(false);
  expect(next.report.findings.map((finding) => finding.firstSeen)).toEqual(['2026-11-01']);
  expect(next.report.ignored.map((finding) => finding.firstSeen)).toEqual(['2026-11-01']);
});

test('an issue a person closed while drift remained is reopened saying so, not that drift is back', async () => {
  const opened = await publishDriftIssue(octokit, target, reportOf('2026-11-01', [DETACHED('2026-11-01')]));
  const number = opened.issueNumber!;
  await octokit.rest.issues.update({ owner: target.owner, repo: target.repo, issue_number: number, state: 'closed' });
  const next = await publishDriftIssue(octokit, target, reportOf('2026-11-02', [DETACHED('2026-11-02')]));
  expect(next).toMatchObject({ action: 'reopened', commented: true });
  expect(comments(number).at(-1)).toMatch(
    /^\*\*Reopened\*\*: this issue was closed while drift was still there, and closing it clears nothing\./,
  );
  expect(comments(number).at(-1)).not.toContain('Drift is back');
  // The finding keeps its first day: it never went away.
  expect(next.report.findings[0]!.firstSeen).toBe('2026-11-01');
});

test('drift that clears after a person closed the issue is still said to have cleared, and the issue stays closed', async () => {
  const opened = await publishDriftIssue(octokit, target, reportOf('2026-11-01', [DETACHED('2026-11-01')]));
  const number = opened.issueNumber!;
  await octokit.rest.issues.update({ owner: target.owner, repo: target.repo, issue_number: number, state: 'closed' });
  const next = await publishDriftIssue(octokit, target, reportOf('2026-11-02', []));
  expect(next).toMatchObject({ action: 'updated', commented: true });
  expect(server.state.issue(number)!).toMatchObject({ state: 'closed', title: 'Vend drift: none' });
  expect(comments(number).at(-1)).toMatch(
    /^Every finding has cleared: .* The issue stays closed; vend reopens it if drift returns\.\n\n\*\*Cleared:\*\*\n- `SCP detached: scp:deny-root@ou:Workloads`/,
  );
  // Nothing more to say the next night.
  expect((await publishDriftIssue(octokit, target, reportOf('2026-11-03', []))).commented).toBe(false);
});

/** A report in which an ignore: entry holds back every `account-tags` finding. */
function tagsIgnoredReport(day: string, findings: DriftFinding[]): DriftReport {
  return assembleDriftReport({
    findings,
    notChecked: [],
    ignoreList: [
      {
        kind: 'account-tags',
        reason: 'finance retagging, FIN-12',
        expires: '2027-01-31',
        line: 40,
        expiresAt: { line: 42, column: 14 },
      },
    ],
    now: new Date(`${day}T03:17:00Z`),
    commit: COMMIT,
    managementAccountId: '111111111111',
  });
}

test('findings newly ignored are named as this run found them, where the record held only their ids', async () => {
  const tags = (day: string) =>
    Array.from({ length: 90 }, (_, index) =>
      makeFinding('account-tags', `account:acct-${String(index).padStart(3, '0')}`, fields('tags'), day),
    );
  const opened = await publishDriftIssue(
    octokit,
    target,
    reportOf('2026-11-01', [DETACHED('2026-11-01'), ...tags('2026-11-01')]),
  );
  await publishDriftIssue(
    octokit,
    target,
    tagsIgnoredReport('2026-11-02', [DETACHED('2026-11-02'), ...tags('2026-11-02')]),
  );
  const comment = comments(opened.issueNumber!).at(-1)!;
  expect(comment).toContain('90 findings now ignored');
  // Every line names the finding, not an id alone.
  const listed = comment.split('\n').filter((line) => /^- medium /.test(line));
  expect(listed.length).toBeGreaterThan(0);
  expect(listed.filter((line) => /^- medium id `/.test(line))).toEqual([]);
});

test('reopened after a person closed it, the comment still names a finding an ignore: entry now holds back', async () => {
  const opened = await publishDriftIssue(
    octokit,
    target,
    reportOf('2026-11-01', [DETACHED('2026-11-01'), TAGS('2026-11-01')]),
  );
  const number = opened.issueNumber!;
  await octokit.rest.issues.update({ owner: target.owner, repo: target.repo, issue_number: number, state: 'closed' });
  // The tag finding is now ignored; the detached SCP is still there, so the issue reopens.
  await publishDriftIssue(
    octokit,
    target,
    tagsIgnoredReport('2026-11-02', [DETACHED('2026-11-02'), TAGS('2026-11-02')]),
  );
  const comment = comments(number).at(-1)!;
  expect(comment).toMatch(/^\*\*Reopened\*\*/);
  expect(comment).toContain('**Now ignored** by an `ignore:` entry in baselines/organization.yaml, not fixed');
  expect(comment).toContain('Account tags differ: account:payments-dev');
});

test('findings newly ignored are listed worst first, each with its severity', async () => {
  const opened = await publishDriftIssue(
    octokit,
    target,
    reportOf('2026-11-01', [TAGS('2026-11-01'), DETACHED('2026-11-01'), ROLE_DRIFT('2026-11-01')]),
  );
  const both = assembleDriftReport({
    findings: [TAGS('2026-11-02'), DETACHED('2026-11-02'), ROLE_DRIFT('2026-11-02')],
    notChecked: [],
    ignoreList: [
      {
        kind: 'account-tags',
        reason: 'finance retagging, FIN-12',
        expires: '2027-01-31',
        line: 40,
        expiresAt: { line: 42, column: 14 },
      },
      {
        kind: 'scp-detached',
        target: 'scp:deny-root@ou:Workloads',
        reason: 'INC-7',
        expires: '2026-12-31',
        line: 44,
        expiresAt: { line: 46, column: 14 },
      },
    ],
    now: new Date('2026-11-02T03:17:00Z'),
    commit: COMMIT,
    managementAccountId: '111111111111',
  });
  await publishDriftIssue(octokit, target, both);
  const comment = comments(opened.issueNumber!).at(-1)!;
  const listed = comment.slice(comment.indexOf('**Now ignored**')).split('\n').slice(1, 3);
  expect(listed).toEqual([
    expect.stringMatching(/^- critical `SCP detached: scp:deny-root@ou:Workloads`/),
    expect.stringMatching(/^- medium `Account tags differ: account:payments-dev`/),
  ]);
});

test('with an ignored finding left, drift that clears after a person closed the issue is still named as cleared', async () => {
  const opened = await publishDriftIssue(
    octokit,
    target,
    tagsIgnoredReport('2026-11-01', [DETACHED('2026-11-01'), TAGS('2026-11-01')]),
  );
  const number = opened.issueNumber!;
  await octokit.rest.issues.update({ owner: target.owner, repo: target.repo, issue_number: number, state: 'closed' });
  const next = await publishDriftIssue(octokit, target, tagsIgnoredReport('2026-11-02', [TAGS('2026-11-01')]));
  expect(next).toMatchObject({ action: 'updated', commented: true });
  expect(server.state.issue(number)!.state).toBe('closed');
  expect(comments(number).at(-1)).toMatch(
    /^No finding is reported any more at .*1 ignored finding remains.* The issue stays closed; .*\n\n\*\*Cleared:\*\*\n- `SCP detached: scp:deny-root@ou:Workloads`/s,
  );
});

test('the comment that closes the issue over an ignore: entry names the finding it now holds back, apart from what cleared', async () => {
  const opened = await publishDriftIssue(
    octokit,
    target,
    reportOf('2026-11-01', [DETACHED('2026-11-01'), TAGS('2026-11-01')]),
  );
  const number = opened.issueNumber!;
  const closed = await publishDriftIssue(octokit, target, tagsIgnoredReport('2026-11-02', [TAGS('2026-11-01')]));
  expect(closed).toMatchObject({ action: 'closed', commented: true });
  const comment = comments(number).at(-1)!;
  expect(comment).toContain('**Cleared:**\n- `SCP detached: scp:deny-root@ou:Workloads`');
  expect(comment).toContain(
    '**Now ignored** by an `ignore:` entry in baselines/organization.yaml, not fixed:\n- medium `Account tags differ: account:payments-dev`',
  );
  expect(comment.split('**Now ignored**')[0]).not.toContain('payments-dev');
});

test('a closed issue with only ignored findings left still lists a new ignored finding in its body', async () => {
  const opened = await publishDriftIssue(
    octokit,
    target,
    tagsIgnoredReport('2026-11-01', [DETACHED('2026-11-01'), TAGS('2026-11-01')]),
  );
  const number = opened.issueNumber!;
  expect(await publishDriftIssue(octokit, target, tagsIgnoredReport('2026-11-02', [TAGS('2026-11-01')]))).toMatchObject(
    { action: 'closed' },
  );
  const newcomer = makeFinding('account-tags', 'account:payments-prod', fields('tags'), '2026-11-03');
  const next = await publishDriftIssue(
    octokit,
    target,
    tagsIgnoredReport('2026-11-03', [TAGS('2026-11-01'), newcomer]),
  );
  expect(next).toMatchObject({ action: 'updated' });
  expect(server.state.issue(number)!).toMatchObject({ state: 'closed' });
  expect(server.state.issue(number)!.body).toContain('account:payments-prod');
  // Nothing new the night after: the issue is left alone.
  expect(
    await publishDriftIssue(octokit, target, tagsIgnoredReport('2026-11-04', [TAGS('2026-11-01'), newcomer])),
  ).toMatchObject({ action: 'none' });
});

test('a finding told as part of another (SCPs switched off) is said so once, and keeps its day when it stands alone again', async () => {
  const switchedOff = (day: string) => {
    const finding = makeFinding('scp-policy-type-disabled', 'root', fields('policy type'), day);
    finding.covers = [DETACHED(day).id];
    return finding;
  };
  const opened = await publishDriftIssue(octokit, target, reportOf('2026-11-01', [DETACHED('2026-11-01')]));
  const number = opened.issueNumber!;
  const off = await publishDriftIssue(octokit, target, reportOf('2026-11-02', [switchedOff('2026-11-02')]));
  expect(off.commented).toBe(true);
  expect(comments(number).at(-1)).toContain('**Now part of SCPs switched off on the root**');
  expect(comments(number).at(-1)).not.toMatch(/cleared/i);
  // Still off the next night: nothing more to say.
  expect(
    (await publishDriftIssue(octokit, target, reportOf('2026-11-03', [switchedOff('2026-11-03')]))).commented,
  ).toBe(false);
  // Back on, the attachment still missing: the same finding, not a new one, with its first day.
  const on = await publishDriftIssue(octokit, target, reportOf('2026-11-04', [DETACHED('2026-11-04')]));
  expect(on.report.findings[0]!.firstSeen).toBe('2026-11-01');
  expect(comments(number).at(-1)).not.toContain('**New:**');
  expect(comments(number).at(-1)).toContain('1 finding cleared');
});

test('text written into the hidden state is never posted as what cleared, and an impossible first day is skipped', async () => {
  const opened = await publishDriftIssue(octokit, target, reportOf('2026-11-01', [TAGS('2026-11-01')]));
  const number = opened.issueNumber!;
  const edited = (server.state.issue(number)!.body ?? '').replace(
    '"reported":[',
    '"reported":[["aaaaaaaaaaaa","2026-11-01","All guardrails verified, nothing to do @octocat"],["bbbbbbbbbbbb","2025-02-99","x"],',
  );
  server.state.editIssueBody(number, edited);
  await publishDriftIssue(octokit, target, reportOf('2026-11-02', [TAGS('2026-11-01')]));
  const comments = server.state
    .comments(number)
    .map((comment) => comment.body)
    .join('\n');
  // An id the body holds without its kind and target is not presented as a finding that was there, and its going
  // is no reason on its own to notify everyone on the issue.
  expect(comments).toBe('');
  expect(comments).not.toContain('All guardrails verified');
  expect(comments).not.toContain('bbbbbbbbbbbb');
});

// The id is a public function of kind and target: an edit of the body can give any text a matching id. Only a
// target of a finding target's shape is named, as a code span; other text counts as an id no longer found.
test("a target written into the hidden state with its fingerprint is named only if it has a finding target's shape", async () => {
  const opened = await publishDriftIssue(octokit, target, reportOf('2026-11-01', [TAGS('2026-11-01')]));
  const number = opened.issueNumber!;
  const forged = (kind: string, forgedTarget: string) =>
    JSON.stringify([findingId(kind as never, forgedTarget), '2026-11-01', '', kind, forgedTarget]);
  const edited = (server.state.issue(number)!.body ?? '').replace(
    '"reported":[',
    `"reported":[${forged('scp-detached', 'account:</details><h1>PWNED</h1>\n# heading')},${forged('scp-detached', 'evil: @mallory [click](https://evil.example)')},`,
  );
  server.state.editIssueBody(number, edited);
  await publishDriftIssue(octokit, target, reportOf('2026-11-02', [TAGS('2026-11-01')]));
  const posted = comments(number).join('\n');
  // Named, since AWS names may hold line breaks; as one code span, so no markup renders and no line is added.
  expect(posted).toContain('- `SCP detached: account:</details><h1>PWNED</h1><U+000A># heading` (id `');
  expect(posted).not.toMatch(/^# heading/m);
  expect(posted).not.toContain('mallory');
});

test('a cleared finding whose AWS name holds a line break is named in the comment, as the issue reported it', async () => {
  const foreign = (day: string) => makeFinding('scp-foreign', 'scp:evil\n```\n</details>', fields('scp'), day);
  const opened = await publishDriftIssue(
    octokit,
    target,
    reportOf('2026-11-01', [TAGS('2026-11-01'), foreign('2026-11-01')]),
  );
  await publishDriftIssue(octokit, target, reportOf('2026-11-02', [TAGS('2026-11-01')]));
  const posted = comments(opened.issueNumber!).at(-1)!;
  expect(posted).toContain('**Cleared:**');
  expect(posted).toContain('scp:evil<U+000A>```<U+000A></details>');
  expect(posted).not.toContain('No longer in the record');
});

test('an earlier finding not checked again that an ignore: entry now matches neither counts nor keeps the issue open', async () => {
  const resource = ROLE_DRIFT('2026-11-01');
  const opened = await publishDriftIssue(octokit, target, reportOf('2026-11-01', [resource]));
  const busy = uncheckedReport('2026-11-02', [
    { target: 'stackset:vend-roles', what: 'resource drift', reason: 'another operation is running' },
  ]);
  const ignoreList = [
    {
      id: resource.id,
      reason: 'accepted, ticket OPS-9',
      expires: '2026-12-31',
      line: 40,
      expiresAt: { line: 42, column: 14 },
    },
  ];
  const second = await publishDriftIssue(octokit, { ...target, ignoreList }, busy);
  expect(second.unverified).toEqual([]);
  expect(server.state.issue(opened.issueNumber!)!.title).toBe('Vend drift: none; 1 ignored (1 not checked again)');
  // The body's heading and the step's result count it as the title does.
  expect(server.state.issue(opened.issueNumber!)!.body).toContain(
    '## Vend drift: none; 1 ignored (1 not checked again)\n',
  );
  expect(second).toMatchObject({ ignoredUnverified: [expect.any(String)], ignoredUnverifiedSeverities: ['high'] });
  // Kept in the state all the same: the night it is checked, it is ignored, not new.
  expect(server.state.issue(opened.issueNumber!)!.body).toContain(resource.id);
  // Listed, never hidden, and the issue does not close as if it had cleared.
  expect(server.state.issue(opened.issueNumber!)!.body).toContain(
    '1 ignored finding of an earlier check, not checked again',
  );
  // The line under the title counts it with the ignored findings, as the body lists it.
  expect(server.state.issue(opened.issueNumber!)!.body).toContain('_1 ignored (1 not checked again)');
  expect(second.action).toBe('closed');
  expect(comments(opened.issueNumber!).at(-1)).toMatch(
    /^No finding is reported any more at .*: 1 ignored finding remains \(1 of an earlier check, not checked again\)/,
  );
  // Held back, not seen gone: named as now ignored, never as cleared.
  const closing = comments(opened.issueNumber!).at(-1)!;
  expect(closing).not.toContain('**Cleared');
  expect(closing).toContain('**Now ignored**');
  expect(closing.slice(closing.indexOf('**Now ignored**'))).toContain(resource.id);
  // The nights after, nothing has changed: no comment, and the issue stays closed.
  const count = comments(opened.issueNumber!).length;
  const third = await publishDriftIssue(
    octokit,
    { ...target, ignoreList },
    uncheckedReport('2026-11-03', [
      { target: 'stackset:vend-roles', what: 'resource drift', reason: 'another operation is running' },
    ]),
  );
  expect(third).toMatchObject({ commented: false });
  expect(comments(opened.issueNumber!)).toHaveLength(count);
  expect(server.state.issue(opened.issueNumber!)!.state).toBe('closed');
});

test('the first-seen day of a finding not checked again is never before the issue was opened', async () => {
  const opened = await publishDriftIssue(octokit, target, reportOf('2026-11-01', [ROLE_DRIFT('2026-11-01')]));
  const issue = server.state.issue(opened.issueNumber!)!;
  // Someone who can edit the issue wrote an earlier day into its state.
  server.state.editIssueBody(
    opened.issueNumber!,
    (issue.body ?? '').replace(/<!-- vend:drift-state .*? -->/, (state) => state.replace(/2026-11-01/g, '2020-01-01')),
  );
  expect(server.state.issue(opened.issueNumber!)!.body).toContain('2020-01-01');
  const busy = uncheckedReport('2026-11-02', [
    { target: 'stackset:vend-roles', what: 'resource drift', reason: 'another operation is running' },
  ]);
  await publishDriftIssue(octokit, target, busy);
  const body = server.state.issue(opened.issueNumber!)!.body;
  expect(body).not.toContain('2020-01-01');
  expect(body).toContain(issue.createdAt.slice(0, 10));
});

/** An issue opened for a detached SCP, with the account-tags finding held back by an ignore: entry. */
async function openWithIgnoredTags(): Promise<{ tags: DriftFinding; number: number }> {
  const tags = TAGS('2026-11-01');
  const opened = await publishDriftIssue(
    octokit,
    target,
    tagsIgnoredReport('2026-11-01', [DETACHED('2026-11-01'), tags]),
  );
  return { tags, number: opened.issueNumber! };
}

test('the comment that closes the issue also says an ignored finding went in the same run', async () => {
  const { tags, number } = await openWithIgnoredTags();
  // One night, the SCP is attached again and the tags fixed: nothing is reported, nothing ignored.
  const closed = await publishDriftIssue(octokit, target, tagsIgnoredReport('2026-11-02', []));
  expect(closed).toMatchObject({ action: 'closed', commented: true });
  const comment = comments(number).at(-1)!;
  expect(comment).toMatch(/^Every finding has cleared/);
  expect(comment).toContain('**No longer found, though ignored**');
  expect(comment).toContain(`- id \`${tags.id}\``);
  // Said in the closing comment, not again the night after.
  expect((await publishDriftIssue(octokit, target, tagsIgnoredReport('2026-11-03', []))).commented).toBe(false);
});

test('an ignored finding that goes away is said, with its id, so the ignore: entry that held it back can go', async () => {
  const { tags, number } = await openWithIgnoredTags();
  // The tags were fixed; the detached SCP is still there, so the issue stays open.
  const next = await publishDriftIssue(octokit, target, tagsIgnoredReport('2026-11-02', [DETACHED('2026-11-01')]));
  expect(next).toMatchObject({ action: 'updated', commented: true });
  const comment = comments(number).at(-1)!;
  expect(comment).toContain('1 ignored finding no longer found');
  expect(comment).toContain(`**No longer found, though ignored**`);
  expect(comment).toContain(`- id \`${tags.id}\``);
  expect(comment).not.toContain('**Cleared:**');
  // Said once: the next night has nothing more to say.
  expect(
    (await publishDriftIssue(octokit, target, tagsIgnoredReport('2026-11-03', [DETACHED('2026-11-01')]))).commented,
  ).toBe(false);
});

test('thousands of findings past what the state holds are not announced as new every night, while a worse one is', async () => {
  const high = (day: string) =>
    Array.from({ length: 4000 }, (_, index) =>
      makeFinding('account-tags', `account:acct-${String(index).padStart(5, '0')}`, fields('tags'), day),
    );
  const opened = await publishDriftIssue(octokit, target, reportOf('2026-11-01', high('2026-11-01')));
  const number = opened.issueNumber!;
  const second = await publishDriftIssue(octokit, target, reportOf('2026-11-02', high('2026-11-02')));
  const third = await publishDriftIssue(octokit, target, reportOf('2026-11-03', high('2026-11-03')));
  expect([second.commented, third.commented]).toEqual([false, false]);
  expect(comments(number)).toEqual([]);
  // A critical finding is worse than any the state left out: it is new, and said.
  const fourth = await publishDriftIssue(
    octokit,
    target,
    reportOf('2026-11-04', [DETACHED('2026-11-04'), ...high('2026-11-04')]),
  );
  expect(fourth.commented).toBe(true);
  expect(comments(number).at(-1)).toContain('1 new finding');
  expect(comments(number).at(-1)).toContain('scp:deny-root@ou:Workloads');
});

test('a new critical finding of another kind is announced even while thousands of critical findings fill the state', async () => {
  const detached = (day: string) =>
    Array.from({ length: 5000 }, (_, index) =>
      makeFinding(
        'scp-detached',
        `scp:guard-${String(index).padStart(5, '0')}@ou:Workloads`,
        fields('attachment'),
        day,
      ),
    );
  const opened = await publishDriftIssue(octokit, target, reportOf('2026-11-01', detached('2026-11-01')));
  const gone = makeFinding('account-left-organization', 'account:payments-prod', fields('account'), '2026-11-02');
  const next = await publishDriftIssue(octokit, target, reportOf('2026-11-02', [gone, ...detached('2026-11-02')]));
  expect(next.commented).toBe(true);
  expect(comments(opened.issueNumber!).at(-1)).toContain('account:payments-prod');
  expect(comments(opened.issueNumber!).at(-1)).toContain('1 new finding');
});

test('one more finding of a kind the state could only count is announced, though it cannot tell which is new', async () => {
  const detached = (count: number, day: string) =>
    Array.from({ length: count }, (_, index) =>
      makeFinding(
        'scp-detached',
        `scp:guard-${String(index).padStart(5, '0')}@ou:Workloads`,
        fields('attachment'),
        day,
      ),
    );
  const opened = await publishDriftIssue(octokit, target, reportOf('2026-11-01', detached(5000, '2026-11-01')));
  const same = await publishDriftIssue(octokit, target, reportOf('2026-11-02', detached(5000, '2026-11-02')));
  expect(same.commented).toBe(false);
  // A guardrail detached tonight beside thousands the record could not hold: one more than it counted.
  const next = await publishDriftIssue(
    octokit,
    target,
    reportOf('2026-11-03', [DETACHED('2026-11-03'), ...detached(5000, '2026-11-03')]),
  );
  expect(next.commented).toBe(true);
  expect(comments(opened.issueNumber!).at(-1)).toContain(
    'at least 1 more finding of SCP detached than the last check counted',
  );
  expect(comments(opened.issueNumber!).at(-1)).not.toMatch(/\d+ new findings/);
});

test('critical findings left out behind thousands that must stay in the state are not announced anew every night', async () => {
  const night = (day: string) =>
    reportOf(day, [
      ...Array.from({ length: 20 }, (_, index) =>
        makeFinding('scp-detached', `scp:deny-${index}@ou:Workloads`, fields('attachment'), day),
      ),
      ...Array.from({ length: 3000 }, (_, index) =>
        makeFinding(
          'iam-resource-drift',
          `stackset:vend-roles@account:acct-${String(index).padStart(5, '0')}/us-east-1#DeployRole`,
          fields('resource'),
          day,
        ),
      ),
    ]);
  const opened = await publishDriftIssue(octokit, target, night('2026-11-01'));
  const second = await publishDriftIssue(octokit, target, night('2026-11-02'));
  const third = await publishDriftIssue(octokit, target, night('2026-11-03'));
  expect([second.commented, third.commented]).toEqual([false, false]);
  expect(comments(opened.issueNumber!)).toEqual([]);
});
