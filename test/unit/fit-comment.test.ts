import { GITHUB_COMMENT_LIMIT, fitComment } from '../../src/report/fit-comment.js';

const summary = '<!-- vend:plan -->\n## vend plan\n\n**3 to create, 1 to change, 1 to destroy**';
const destructive = '### ⚠️ Destructive changes\n\n- close account `legacy-sandbox` (111122223333)';
const errors = '### Errors\n\n- accounts/payments-prod.yaml:3:8 [email-domain] example.org is not allowed';

// Outside code fences: fence lines must pair up, and every <details> must be closed.
function renderingBalance(markdown: string): { openFence: boolean; openDetails: number } {
  let fence: string | undefined;
  let openDetails = 0;
  for (const line of markdown.split('\n')) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (marker !== undefined) {
      fence = marker;
      continue;
    }
    openDetails += (line.match(/<details>/g) ?? []).length - (line.match(/<\/details>/g) ?? []).length;
  }
  return { openFence: fence !== undefined, openDetails };
}

function hugeDetails(): string {
  // ~200 KB: nested <details>, and a fence that the section itself never closes.
  const lines = [
    '<details><summary>Accounts (1,000)</summary>',
    '',
    '<details><summary>payments-prod</summary>',
    '',
    '```json',
  ];
  for (let i = 0; i < 2700; i++)
    lines.push(`  { "account": "workload-${i}", "ou": "Workloads/Prod", "scps": ["deny-leave"] },`);
  return lines.join('\n');
}

test('a comment that fits is the sections joined by blank lines, untouched', () => {
  expect(
    fitComment([
      { markdown: summary, keep: true },
      { markdown: 'details', keep: false },
    ]),
  ).toBe(`${summary}\n\ndetails`);
});

test('a 200 KB details section is cut under the limit; summary, destructive changes and errors survive whole', () => {
  const details = hugeDetails();
  expect(details.length).toBeGreaterThan(200_000);

  const comment = fitComment([
    { markdown: summary, keep: true },
    { markdown: destructive, keep: true },
    { markdown: details, keep: false },
    { markdown: errors, keep: true },
  ]);

  expect(comment.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
  expect(comment.length).toBeGreaterThan(GITHUB_COMMENT_LIMIT - 200);
  expect(comment.startsWith(`${summary}\n\n${destructive}\n\n<details><summary>Accounts (1,000)</summary>`)).toBe(true);
  expect(comment.endsWith(`\n\n${errors}`)).toBe(true);
  expect(renderingBalance(comment)).toEqual({ openFence: false, openDetails: 0 });
  expect(comment).toContain('\n```\n</details>\n</details>\n\n_… ');
});

test('the trim note counts the lines that were cut and says where to find them', () => {
  const details = Array.from({ length: 1000 }, (_, i) => `line ${i}`).join('\n');

  const comment = fitComment(
    [
      { markdown: summary, keep: true },
      { markdown: details, keep: false },
    ],
    { limit: 2000, seeAlso: 'the job summary' },
  );

  const keptLines =
    comment
      .slice(summary.length + 2)
      .split('\n\n')[0]
      ?.split('\n').length ?? 0;
  expect(comment).toMatch(
    new RegExp(`_… ${1000 - keptLines} more lines trimmed to fit GitHub's comment limit; see the job summary\\._$`),
  );
  expect(comment.length).toBeLessThanOrEqual(2000);
  // Cut at a line boundary: the last kept line is whole.
  expect(comment).toContain(`line ${keptLines - 1}\n\n_… `);
});

test('later detail sections are dropped whole before an earlier one is cut, and both count in the note', () => {
  const first = Array.from({ length: 50 }, (_, i) => `first ${i}`).join('\n');
  const second = Array.from({ length: 50 }, (_, i) => `second ${i}`).join('\n');

  const comment = fitComment(
    [
      { markdown: summary, keep: true },
      { markdown: first, keep: false },
      { markdown: second, keep: false },
    ],
    { limit: summary.length + 300 },
  );

  const keptFirst = comment.split('\n').filter((line) => line.startsWith('first ')).length;
  expect(keptFirst).toBeGreaterThan(10);
  expect(keptFirst).toBeLessThan(50);
  expect(comment).not.toContain('second');
  expect(comment).toContain(`first ${keptFirst - 1}\n\n_… ${50 - keptFirst + 50} more lines trimmed`);
});

test('of equal rank, the longest shrinks to its compact rendering first, wherever it stands', () => {
  const padded = Array.from({ length: 600 }, (_, i) => `+# pad ${i}`).join('\n');
  const loosening = ['+Principal:', "+  AWS: 'arn:aws:iam::666666666666:root'", ...Array(40).fill(' context')].join(
    '\n',
  );
  const comment = fitComment(
    [
      { markdown: summary, keep: true },
      { markdown: padded, keep: false, compact: ['… 600 added comment lines not shown'] },
      { markdown: loosening, keep: false, compact: ['+Principal: (cut)'] },
    ],
    { limit: summary.length + loosening.length + 100 },
  );
  expect(comment).toContain(loosening);
  expect(comment).toContain('… 600 added comment lines not shown');
  expect(comment).not.toContain('# pad 599');
});

test('of equal rank, the longest is cut or dropped first, so a diff of long padding lines cannot outstay a short one', () => {
  const padding = `+# ${'x'.repeat(20_000)}`;
  const trust = '+  Federated: arn:aws:iam::999999999999:saml-provider/evil';
  const comment = fitComment(
    [
      { markdown: summary, keep: true },
      { markdown: trust, keep: false },
      { markdown: padding, keep: false },
    ],
    { limit: summary.length + 1_000 },
  );
  expect(comment).toContain(trust);
  expect(comment).not.toContain('x'.repeat(2_000));
});

test('a detail section with a higher trim rank gives way first, wherever it stands', () => {
  const changes = Array.from({ length: 50 }, (_, i) => `change ${i}`).join('\n');
  const table = Array.from({ length: 50 }, (_, i) => `| row ${i} |`).join('\n');

  const comment = fitComment(
    [
      { markdown: summary, keep: true },
      { markdown: table, keep: false, trimRank: 3 },
      { markdown: changes, keep: false, trimRank: 1 },
    ],
    { limit: summary.length + changes.length + 200 },
  );

  expect(comment).toContain(changes);
  expect(comment).not.toContain('| row 49 |');
  expect(comment.length).toBeLessThanOrEqual(summary.length + changes.length + 200);
});

test('a cut in a ~~~ fence closes it with the same fence', () => {
  const details = ['~~~~yaml', ...Array.from({ length: 500 }, (_, i) => `key${i}: value`), '~~~~'].join('\n');

  const comment = fitComment(
    [
      { markdown: summary, keep: true },
      { markdown: details, keep: false },
    ],
    { limit: 1500 },
  );

  expect(comment).toMatch(/\n~~~~\n\n_… \d+ more lines trimmed/);
  expect(renderingBalance(comment)).toEqual({ openFence: false, openDetails: 0 });
});

test('<details> written inside a code block or inline code is not mistaken for an open block', () => {
  const details = [
    'Use `<details>` to fold.',
    '```html',
    '<details>',
    '```',
    ...Array.from({ length: 500 }, (_, i) => `row ${i}`),
  ].join('\n');

  const comment = fitComment(
    [
      { markdown: summary, keep: true },
      { markdown: details, keep: false },
    ],
    { limit: 1500 },
  );

  expect(comment).not.toContain('</details>');
  expect(comment.length).toBeLessThanOrEqual(1500);
});

test('when kept sections alone exceed the limit they are cut last, closed, and never over the limit', () => {
  const longDestructive = [
    '### ⚠️ Destructive changes',
    '<details><summary>all</summary>',
    '',
    '```',
    ...Array.from({ length: 5000 }, (_, i) => `- close account-${i}`),
  ].join('\n');

  const comment = fitComment(
    [
      { markdown: summary, keep: true },
      { markdown: 'details that go first', keep: false },
      { markdown: longDestructive, keep: true },
    ],
    { limit: 10_000 },
  );

  expect(comment.length).toBeLessThanOrEqual(10_000);
  expect(comment.startsWith(`${summary}\n\n### ⚠️ Destructive changes`)).toBe(true);
  expect(comment).not.toContain('details that go first');
  expect(renderingBalance(comment)).toEqual({ openFence: false, openDetails: 0 });
});

test('a single kept line longer than the limit is cut mid-line without splitting a character', () => {
  const comment = fitComment([{ markdown: '🚀'.repeat(40_000), keep: true }], { limit: 1000 });

  expect(comment.length).toBeLessThanOrEqual(1000);
  expect(comment.startsWith('🚀🚀')).toBe(true);
  expect(comment).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  expect(comment).toContain('_… 1 more line trimmed');
});

test('a limit shorter than the note still returns at most the limit', () => {
  expect(fitComment([{ markdown: 'x'.repeat(100), keep: true }], { limit: 10 }).length).toBeLessThanOrEqual(10);
});

test('every detail section shrinks to its compact rendering before any is cut or dropped', () => {
  const details = Array.from({ length: 100 }, (_, i) => `change ${i}\n  detail of change ${i}`).join('\n');
  const headlines = Array.from({ length: 100 }, (_, i) => `change ${i}`).join('\n');
  const comment = fitComment(
    [
      { markdown: summary, keep: true },
      { markdown: 'a table that goes first', keep: false, trimRank: 2 },
      { markdown: details, keep: false, compact: [headlines] },
    ],
    { limit: summary.length + headlines.length + 200 },
  );
  expect(comment).toContain(headlines);
  expect(comment).not.toContain('detail of change');
  // The table gives way first only once shrinking is not enough: here it was.
  expect(comment).toContain('a table that goes first');
  expect(comment).not.toMatch(/trimmed to fit/);
});

test('measured in UTF-8 bytes, a limit holds for text of multi-byte characters', () => {
  const comment = fitComment(
    [
      { markdown: summary, keep: true },
      { markdown: Array.from({ length: 2000 }, () => 'ümlaut 🚀 ✓').join('\n'), keep: false },
    ],
    { limit: 5000, measure: (text) => Buffer.byteLength(text, 'utf8'), limitOf: 'job summary' },
  );
  expect(Buffer.byteLength(comment, 'utf8')).toBeLessThanOrEqual(5000);
  expect(Buffer.byteLength(comment, 'utf8')).toBeGreaterThan(4800);
  expect(comment).toMatch(/trimmed to fit GitHub's job summary limit/);
});

test('once kept sections shrink, the detail sections dropped before come back while they fit', () => {
  // Hundreds of flagged changes: their details alone pass the limit, their headlines leave room for the listing.
  const flagged = Array.from({ length: 300 }, (_, i) => `- change ${i}\n  - detail ${'x'.repeat(200)}`).join('\n');
  const headlines = Array.from({ length: 300 }, (_, i) => `- change ${i}`).join('\n');
  const listing = 'the accounts and regions of every change';
  const comment = fitComment(
    [
      { markdown: summary, keep: true },
      { markdown: flagged, keep: true, compact: [headlines] },
      { markdown: listing, keep: false },
      { markdown: 'a table that goes first', keep: false, trimRank: 2 },
    ],
    { limit: summary.length + headlines.length + 200 },
  );
  expect(comment).toContain(headlines);
  expect(comment).toContain(listing);
  expect(comment).toContain('a table that goes first');
  expect(comment).not.toMatch(/trimmed to fit/);
  expect(comment.length).toBeLessThanOrEqual(summary.length + headlines.length + 200);
});

test('room left after kept sections shrink goes to the most wanted dropped section, cut, before a less wanted one', () => {
  const flagged = Array.from({ length: 300 }, (_, i) => `- change ${i}\n  - detail ${'x'.repeat(200)}`).join('\n');
  const headlines = Array.from({ length: 300 }, (_, i) => `- change ${i}`).join('\n');
  // The change list is wanted more than the OU tree (which gives way first), but cannot come back whole.
  const changeList = Array.from({ length: 400 }, (_, i) => `- change ${i}: DeployPrincipalArn "arn:${i}"`).join('\n');
  const tree = '```mermaid\nflowchart TD\n  root --> Security\n```';
  const limit = summary.length + headlines.length + 4_000;
  const comment = fitComment(
    [
      { markdown: summary, keep: true },
      { markdown: flagged, keep: true, compact: [headlines] },
      { markdown: changeList, keep: false },
      { markdown: tree, keep: false, trimRank: 2 },
    ],
    { limit },
  );
  expect(comment).toContain(headlines);
  expect(comment).toContain('- change 0: DeployPrincipalArn "arn:0"');
  expect(comment).not.toContain('flowchart TD');
  expect(comment).toMatch(/more lines trimmed to fit/);
  expect(comment.length).toBeLessThanOrEqual(limit);
  // The room is used, not left empty: within a line or so of the limit, with the note.
  expect(limit - comment.length).toBeLessThan(200);
});

test('dropped diffs come back shortened, all of them, before one comes back whole and crowds out the others', () => {
  // Padding baselines' diffs come first; the one that grants admin comes last, as in a padded pull request.
  const flagged = Array.from({ length: 300 }, (_, i) => `- change ${i}\n  - detail ${'x'.repeat(200)}`).join('\n');
  const headlines = Array.from({ length: 300 }, (_, i) => `- change ${i}`).join('\n');
  const diff = (name: string) => ({
    markdown: `#### ${name}\n${Array.from({ length: 400 }, (_, i) => `+ G${i}: ${'A'.repeat(60)}`).join('\n')}`,
    keep: false,
    compact: [`#### ${name}\n+ the first lines of ${name}\n… 398 more lines`],
  });
  // Room for the first diff whole, but then not for the last: the others come back shortened, and the last grows.
  const limit = summary.length + headlines.length + diff('pad0').markdown.length + 120;
  const comment = fitComment(
    [
      { markdown: summary, keep: true },
      { markdown: flagged, keep: true, compact: [headlines] },
      diff('pad0'),
      diff('pad1'),
      diff('human-roles'),
    ],
    { limit },
  );
  expect(comment.length).toBeLessThanOrEqual(limit);
  for (const name of ['pad0', 'pad1', 'human-roles']) expect(comment).toContain(`#### ${name}`);
  expect(comment).not.toMatch(/trimmed to fit/);
});

test('a section that must not be cut (a Mermaid tree) is dropped whole, and the note names it', () => {
  const tree = ['```mermaid', ...Array.from({ length: 500 }, (_, index) => `  n${index} --> m${index}`), '```'].join(
    '\n',
  );
  const comment = fitComment(
    [
      { keep: true, markdown: 'summary' },
      { keep: false, name: 'the OU tree', markdown: tree, cut: () => undefined },
    ],
    { limit: 2_000 },
  );
  expect(comment).not.toContain('n0 --> m0');
  expect(comment).toMatch(
    /^summary\n\n_… 502 more lines trimmed to fit GitHub's comment limit \(from the OU tree\); see /,
  );
});

test('the trim note comes before the footer, which still ends the comment', () => {
  const tree = ['```mermaid', ...Array.from({ length: 500 }, (_, index) => `  n${index} --> m${index}`), '```'].join(
    '\n',
  );
  const comment = fitComment(
    [
      { keep: true, markdown: 'summary' },
      { keep: false, name: 'the OU tree', markdown: tree, cut: () => undefined },
      { keep: true, footer: true, markdown: '<sub>Plan digest abc</sub>' },
    ],
    { limit: 2_000 },
  );
  expect(comment).toMatch(/^summary\n\n_… 502 more lines trimmed [^\n]*_\n\n<sub>Plan digest abc<\/sub>$/);
});

test('a diff dropped before a section that cannot be cut comes back cut once that one is gone', () => {
  const tree = ['```mermaid', ...Array.from({ length: 300 }, (_, index) => `  n${index} --> m${index}`), '```'].join(
    '\n',
  );
  const diff = ['```diff', ...Array.from({ length: 400 }, (_, index) => `+ line ${index}`), '```'].join('\n');
  const comment = fitComment(
    [
      { keep: true, markdown: 'summary' },
      { keep: false, markdown: diff },
      { keep: false, name: 'the OU tree', markdown: tree, cut: () => undefined },
      { keep: true, footer: true, markdown: '<sub>Plan digest abc</sub>' },
    ],
    { limit: 3_000 },
  );
  expect(comment.length).toBeLessThanOrEqual(3_000);
  expect(comment).toContain('+ line 0');
  expect(comment).not.toContain('n0 --> m0');
  expect(comment.endsWith('<sub>Plan digest abc</sub>')).toBe(true);
});
