import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes } from 'parse5';
import { renderPlanComment, renderPlanSummary } from '../../src/report/plan-markdown.js';
import { previewPage } from '../../scripts/comment-html.js';
import { HOSTILE_TEXT, syntheticPlan } from '../support/synthetic-plan.js';

type Element = DefaultTreeAdapterTypes.Element;
type Node = DefaultTreeAdapterTypes.Node;

/**
 * The pages `npm run preview:comment` writes, read back with a spec-compliant HTML parser (parse5, the WHATWG
 * algorithm browsers follow): what a person sees is what these checks see. The demo's comment is the one in the
 * README, which readme-plan-comment.test.ts renders afresh from the emulator and compares.
 */
const README = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
const DEMO = README.slice(
  README.indexOf('<!-- prettier-ignore-start -->\n') + '<!-- prettier-ignore-start -->\n'.length,
  README.indexOf('<!-- prettier-ignore-end -->'),
).trim();
const SYNTHETIC_PLAN = syntheticPlan(200);
const COMMENTS = [
  ['the demo', DEMO],
  ['the 200-account synthetic pull request', renderPlanComment(SYNTHETIC_PLAN)],
] as const;

/** What GitHub's sanitizer lets through and vend's comments use; markdown-it adds the rest of the list. */
const ALLOWED_ELEMENTS = new Set([
  'article',
  'p',
  'h2',
  'h3',
  'h4',
  'ul',
  'li',
  'blockquote',
  'strong',
  'em',
  's',
  'code',
  'pre',
  'span',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'br',
  'details',
  'summary',
  'sub',
]);

function commentElement(body: string): Element {
  const document = parse(previewPage('test', [{ heading: 'comment', body }]), { sourceCodeLocationInfo: true });
  const article = descendants(document).find((element) => element.tagName === 'article');
  if (!article) throw new Error('the preview page has no article');
  return article;
}

function descendants(node: Node): Element[] {
  const children = 'childNodes' in node ? node.childNodes : [];
  return children.flatMap((child) => ('tagName' in child ? [child, ...descendants(child)] : descendants(child)));
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

/** Fenced `diff` blocks as written in the markdown: the fence, however long, closes only on its own length. */
function fencedDiffBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^(`{3,})diff\n([\s\S]*?)\n\1$/gm)].map((match) => match[2]!);
}

describe.each(COMMENTS)('the preview of %s, read as a browser reads it', (_name, body) => {
  const comment = commentElement(body);
  const elements = descendants(comment);

  test('every <details> is closed by its own end tag', () => {
    const details = elements.filter((element) => element.tagName === 'details');
    expect(details.length).toBeGreaterThan(0);
    for (const element of details) expect(element.sourceCodeLocation?.endTag).toBeDefined();
  });

  test('every table keeps its columns: each row has as many cells as the header', () => {
    const tables = elements.filter((element) => element.tagName === 'table');
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      const rows = descendants(table).filter((element) => element.tagName === 'tr');
      const width = descendants(rows[0]!).filter((element) => element.tagName === 'th').length;
      expect(width).toBeGreaterThan(1);
      for (const row of rows.slice(1))
        expect(descendants(row).filter((element) => element.tagName === 'td')).toHaveLength(width);
    }
  });

  test('the diff blocks are intact: each is one code block holding exactly the lines written', () => {
    const blocks = elements.filter(
      (element) =>
        element.tagName === 'code' &&
        element.attrs.some((attribute) => attribute.name === 'class' && attribute.value === 'language-diff'),
    );
    expect(blocks.map((block) => textOf(block).replace(/\n$/, ''))).toEqual(fencedDiffBlocks(body));
  });

  test('nothing became live HTML, a link or a mention', () => {
    expect(elements.filter((element) => !ALLOWED_ELEMENTS.has(element.tagName)).map((e) => e.tagName)).toEqual([]);
    for (const element of elements) {
      for (const attribute of element.attrs) {
        const allowed =
          (element.tagName === 'details' && attribute.name === 'open') ||
          (attribute.name === 'class' && /^(language-[a-z]+|diff-(add|del|hunk))$/.test(attribute.value));
        expect({ element: element.tagName, attribute: attribute.name, allowed }).toMatchObject({ allowed: true });
      }
    }
  });
});

describe('the synthetic comment, where AWS hands back text a person typed', () => {
  const markdown = renderPlanComment(SYNTHETIC_PLAN);
  const comment = commentElement(markdown);
  const elements = descendants(comment);

  test('the accounts table has a row per account, and the unmanaged account keeps its whole name in one cell', () => {
    // The job summary holds every section whole: the comment may trim the tables to fit GitHub's limit.
    const summary = descendants(commentElement(renderPlanSummary(SYNTHETIC_PLAN)));
    const [accounts, unmanaged] = summary.filter((element) => element.tagName === 'table');
    expect(descendants(accounts!).filter((element) => element.tagName === 'tr')).toHaveLength(
      SYNTHETIC_PLAN.accounts.length + 1,
    );
    // The comment, cut to fit, still renders each row it kept as one row.
    const listed = markdown.split('\n').filter((line) => line.startsWith('| **')).length;
    const [kept] = elements.filter((element) => element.tagName === 'table');
    expect(descendants(kept!).filter((element) => element.tagName === 'tr')).toHaveLength(listed + 1);
    const firstCell = descendants(unmanaged!).find((element) => element.tagName === 'td')!;
    // Word joiners (U+2060) keep GitHub from linking it; a reader sees the text as typed.
    expect(textOf(firstCell).replaceAll('\u2060', '')).toBe(HOSTILE_TEXT);
  });

  test('the markup, mention and link in that name stay text, wherever it appears', () => {
    expect(elements.some((element) => ['img', 'a'].includes(element.tagName))).toBe(false);
    const text = textOf(comment).replaceAll('\u2060', '');
    expect(text.split(HOSTILE_TEXT).length - 1).toBeGreaterThan(3);
    // GitHub links `www.` after the start, white space, `*`, `_`, `~` or `(` (GitHub Flavored Markdown Spec,
    // "Autolinks (extension)"); markdown-it's linkify starts none after `_`, so GitHub's rule is checked on the text.
    expect(textOf(comment)).not.toMatch(/(^|[\s*_~(])www\./i);
  });
});
