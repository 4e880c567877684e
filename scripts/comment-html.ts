// Renders vend's PR comments to HTML the way GitHub does, closely enough to read them as a reviewer would and to
// test what a browser makes of them. markdown-it follows CommonMark (GitHub's cmark-gfm is CommonMark plus
// extensions) and has GFM tables and strikethrough built in. As on GitHub: raw HTML passes through (GitHub keeps
// <details>, <summary>, <sub> and <br>); a line break in a paragraph is a <br>; and bare `http(s)://` and `www.`
// URLs, emails and @mentions become links (GitHub's autolink extension and its mention filter; it links no bare
// domain such as `example.com`). GitHub's alerts (`> [!WARNING]`) stay plain blockquotes here.
import MarkdownIt from 'markdown-it';
import type { MarkdownIt as Renderer } from 'markdown-it';

const markdown: Renderer = new MarkdownIt({
  html: true,
  linkify: true,
  breaks: true,
  // GitHub colours `+` and `-` lines of a diff block; each line becomes a span, its text escaped and unchanged.
  highlight: (code, language) => {
    if (language !== 'diff') return '';
    return code
      .split('\n')
      .map((line) => {
        const kind = line.startsWith('@@') ? 'hunk' : line.startsWith('+') ? 'add' : line.startsWith('-') ? 'del' : '';
        const text = markdown.utils.escapeHtml(line);
        return kind ? `<span class="diff-${kind}">${text}</span>` : text;
      })
      .join('\n');
  },
});
markdown.linkify
  .set({ fuzzyLink: false, fuzzyEmail: true })
  .add('www.', {
    validate: (text: string, position: number) =>
      /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:\/[^\s<]*)?/.exec(text.slice(position))?.[0].length ?? 0,
    normalize: (match: { url: string }) => {
      match.url = `http://${match.url}`;
    },
  })
  .add('@', {
    // A GitHub login or team: a letter or digit, then letters, digits and hyphens, optionally `/team`.
    validate: (text: string, position: number) =>
      /^[A-Za-z0-9][A-Za-z0-9-]*(?:\/[A-Za-z0-9_.-]+)?/.exec(text.slice(position))?.[0].length ?? 0,
    normalize: (match: { url: string }) => {
      match.url = `https://github.com/${match.url.slice(1)}`;
    },
  });

/** The HTML fragment GitHub would show for a comment body. */
export function commentToHtml(body: string): string {
  return markdown.render(body);
}

const STYLE = `
body { font: 14px/1.5 -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif; color: #1f2328; margin: 0; background: #f6f8fa; }
main { max-width: 980px; margin: 24px auto; }
article { background: #fff; border: 1px solid #d0d7de; border-radius: 6px; padding: 16px 24px; margin-bottom: 32px; }
h1 { font-size: 18px; color: #59636e; }
table { border-collapse: collapse; display: block; overflow: auto; }
th, td { border: 1px solid #d0d7de; padding: 6px 13px; vertical-align: top; }
pre { background: #f6f8fa; padding: 16px; overflow: auto; border-radius: 6px; }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, monospace; }
blockquote { border-left: 4px solid #d0d7de; margin: 0; padding: 0 16px; color: #1f2328; }
.diff-add { color: #116329; background: #dafbe1; }
.diff-del { color: #82071e; background: #ffebe9; }
.diff-hunk { color: #6639ba; }
`;

/** A page with one comment per article, for a browser. */
export function previewPage(title: string, comments: { heading: string; body: string }[]): string {
  const escape = (text: string) => markdown.utils.escapeHtml(text);
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${escape(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head><body><main>',
    ...comments.map(
      (comment) =>
        `<h1>${escape(comment.heading)}</h1>\n<article class="comment">\n${commentToHtml(comment.body)}</article>`,
    ),
    '</main></body></html>',
    '',
  ].join('\n');
}
