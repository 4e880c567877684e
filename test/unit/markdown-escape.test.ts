import { codeSpan, escapeMarkdown, fencedCode, inlineCode } from '../../src/report/markdown-escape.js';

/** U+2060 WORD JOINER: GitHub finds links, mentions and emoji in the decoded text, where an entity no longer helps. */
const J = '\u2060';

describe('user-supplied text cannot change the markdown around it', () => {
  test.each([
    [
      'a link or image',
      '![x](https://evil.example/a.png) [click](https://evil.example)',
      `\\!\\[x\\](https:/${J}/evil.example/a.png) \\[click\\](https:/${J}/evil.example)`,
    ],
    ['raw HTML', '<img src=x onerror=alert(1)><details>', '&lt;img src=x onerror=alert(1)&gt;&lt;details&gt;'],
    ['a table cell break', 'a | b', 'a \\| b'],
    ['a mention', '@security-team please', `${J}@${J}security-team please`],
    [
      'a bare link',
      'see www.evil.example or http://evil.example',
      `see www${J}.evil.example or http:/${J}/evil.example`,
    ],
    // GFM's extended autolinks also start after `_`, `*`, `~` or `(`, where a word boundary does not fall; the case of
    // the text stays as written.
    ['a bare link after an underscore', 'see _www.evil.example/login', `see \\_www${J}.evil.example/login`],
    ['a bare link in capitals', '(WWW.EVIL.EXAMPLE)', `(WWW${J}.EVIL.EXAMPLE)`],
    ['emphasis and code', '*bold* _it_ `code`', '\\*bold\\* \\_it\\_ \\`code\\`'],
    ['a new line that would start a heading', 'ok\n# Approved', 'ok&lt;U+000A&gt;\\# Approved'],
    [
      'a new line that would read as a change in a table cell',
      'evil\n~ Detach SCP deny-root from the root',
      'evil&lt;U+000A&gt;\\~ Detach SCP deny-root from the root',
    ],
    ['an emoji shortcode', ':white_check_mark: approved', `:${J}white\\_check\\_mark: approved`],
    ['an entity', '&lt;', '&amp;lt;'],
  ])('%s', (_what, input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  test('an ARN or a change id, full of :word:, is copied from the comment as AWS and vend wrote it', () => {
    // No joiner: none of these words is an emoji GitHub renders, and an invisible character would break a paste.
    for (const text of [
      'arn:aws:sts::111111111111:assumed-role/vend-apply/session',
      'update-stackset:stackset:vend-roles',
      'remove-stack-instances:stackset:vend-deployment-artifacts',
    ])
      expect(escapeMarkdown(text)).toBe(text);
    // One that is an emoji's shortcode is still broken, wherever it stands.
    expect(escapeMarkdown('arn:key:x')).toBe(`arn:${J}key:x`);
  });

  test('ordinary names, emails and paths read the same; an email does not become a mailto link', () => {
    expect(escapeMarkdown('payments-prod aws+payments-prod@example.com Workloads/Prod 1.2')).toBe(
      `payments-prod aws+payments-prod${J}@${J}example.com Workloads/Prod 1.2`,
    );
  });

  test('a fenced block is closed only by its own fence, whatever backticks the text holds', () => {
    const block = fencedCode('diff', ['+ a', ' ```', '- ````x']).split('\n');
    expect(block[0]).toBe('`````diff');
    expect(block.at(-1)).toBe('`````');
    expect(block.slice(1, -1)).toEqual(['+ a', ' ```', '- ````x']);
    expect(fencedCode('diff', ['+ plain'])).toBe('```diff\n+ plain\n```');
  });

  test('inline code cannot be closed early or split a table', () => {
    expect(inlineCode('a`b|c\nd')).toBe("`a'b\\|c<U+000A>d`");
  });

  test('a code span outside a table shows backticks and pipes as they are, and is closed only by its own fence', () => {
    expect(codeSpan('scp:a`b|c@ou:Workloads')).toBe('``scp:a`b|c@ou:Workloads``');
    expect(codeSpan('x ``` y')).toBe('````x ``` y````');
    // CommonMark strips one space each side of a span that starts or ends with a backtick.
    expect(codeSpan('`quoted`')).toBe('`` `quoted` ``');
    expect(codeSpan('plain\nline')).toBe('`plain<U+000A>line`');
  });
});

test('issue references, math and hidden characters do not survive escaping', () => {
  const escaped = escapeMarkdown('fixes #3, GH-12 and other/repo#4 for $5 $$x^2$$ rtl\u202eevil zero\u200bwidth');
  expect(escaped).not.toMatch(/#\d|GH-\d/);
  expect(escaped).toContain('\\$5 \\$\\$x^2\\$\\$');
  expect(escaped).toContain('rtl<U+202E>evil zero<U+200B>width'.replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  expect(escaped.replaceAll('\u2060', '')).toContain('\\#3, GH-12 and other/repo\\#4');
});
