import { escapeMarkdown, inlineCode } from '../../src/report/markdown-escape.js';

describe('user-supplied text cannot change the markdown around it', () => {
  test.each([
    [
      'a link or image',
      '![x](https://evil.example/a.png) [click](https://evil.example)',
      '\\!\\[x\\](https://evil.example/a.png) \\[click\\](https://evil.example)',
    ],
    ['raw HTML', '<img src=x onerror=alert(1)><details>', '&lt;img src=x onerror=alert(1)&gt;&lt;details&gt;'],
    ['a table cell break', 'a | b', 'a \\| b'],
    ['a mention', '@security-team please', '&#64;security-team please'],
    ['emphasis and code', '*bold* _it_ `code`', '\\*bold\\* \\_it\\_ \\`code\\`'],
    ['a new line that would start a heading', 'ok\n# Approved', 'ok \\# Approved'],
    ['an emoji shortcode', ':white_check_mark: approved', '&#58;white\\_check\\_mark: approved'],
    ['an entity', '&lt;', '&amp;lt;'],
  ])('%s', (_what, input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  test('ordinary names, emails and paths stay readable', () => {
    expect(escapeMarkdown('payments-prod aws+payments-prod@example.com Workloads/Prod 1.2')).toBe(
      'payments-prod aws+payments-prod@example.com Workloads/Prod 1.2',
    );
  });

  test('inline code cannot be closed early or split a table', () => {
    expect(inlineCode('a`b|c\nd')).toBe("`a'b\\|c d`");
  });
});
