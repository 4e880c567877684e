import { EMOJI_NAMES } from './emoji-names.js';
import { visible, visibleLine } from './visible-text.js';

/** U+2060 WORD JOINER: invisible, yet it breaks the patterns GitHub turns into links, mentions and emoji. */
const JOINER = '\u2060';
/** Shortcodes GitHub renders as emoji; any other `:word:` (`arn:aws:iam`, `update-stackset:stackset:`) stays as written. */
const EMOJI = new Set(EMOJI_NAMES);

/**
 * Escapes user-supplied text for GitHub-flavoured markdown, in running text or a table cell. Repository content
 * comes from pull requests: without this, an account name or tag could inject links, images, HTML, mentions,
 * or break out of a table. Characters that only matter at the start of a line (`-`, `+`, `1.`) are left alone
 * because a line break shows as its code point, `<U+000A>`, so user text never starts a line. Folding it to a space
 * would not do: an account name `x\n~ Detach SCP …` would then read, in a table cell, like a change of the plan.
 *
 * Mentions, bare URLs, emails and emoji shortcodes are found by GitHub after the markdown is parsed, in the
 * decoded text, so an entity such as `&#64;` would not stop them. An invisible word joiner where their patterns
 * need an ASCII character does: on both sides of `@` (a mention needs a letter after it, an email letters on
 * both sides), between the slashes of `://`, before the dot of `www.`, after the `:` of an emoji's shortcode (only
 * of one: ARNs and change ids are full of `:word:`, and a copy must not carry the joiner), and between `#` or
 * `GH-` and the number of an issue reference (`#3`, `GH-3`, `owner/repo#3`), which would link to, and notify,
 * another issue. `$` is escaped because GitHub renders `$…$` and `$$…$$` as math. Characters a reader cannot see
 * are shown as their code points (see visibleLine).
 */
export function escapeMarkdown(text: string): string {
  return (
    visibleLine(text)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/[\\`*_[\]|~#!$]/g, (character) => `\\${character}`)
      .replace(/#(?=\d)/g, `#${JOINER}`)
      // Unanchored: GFM links `www.` and finds references after `_`, `*`, `~` or `(` too, where `\b` sees no boundary.
      .replace(/GH-(?=\d)/gi, (gh) => `${gh.slice(0, 2)}${JOINER}-`)
      .replace(/:(?=((?:[a-z0-9+-]|\\_)+):)/g, (colon, name: string) =>
        EMOJI.has(name.replaceAll('\\_', '_')) ? `:${JOINER}` : colon,
      )
      .replace(/@(?=[A-Za-z0-9])/g, `${JOINER}@${JOINER}`)
      .replace(/:\/\//g, `:/${JOINER}/`)
      .replace(/www\./gi, (www) => `${www.slice(0, 3)}${JOINER}.`)
  );
}

/**
 * Inline code for identifiers and paths in a table cell. Backticks are replaced so the span cannot be closed early,
 * and pipes are escaped because GitHub splits table cells on them even inside code spans.
 */
export function inlineCode(text: string): string {
  return `\`${visibleLine(text).replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
}

/**
 * Inline code outside a table (a list item, running text), showing `text` as it is: a name someone chose in AWS
 * reads the same in the issue as in the console. Per CommonMark (Code spans), a span opened by a run of backticks
 * closes only at a run of the same length, so the fence is one backtick longer than any run in the text; text that
 * starts or ends with a backtick is padded with a space, which the span strips. A pipe needs no escape here, and
 * one would show (`\|`), since a backslash inside a code span is literal.
 */
export function codeSpan(text: string): string {
  const shown = visibleLine(text);
  const longestRun = Math.max(0, ...(shown.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = /^`|`$/.test(shown) ? ' ' : '';
  return `${fence}${pad}${shown}${pad}${fence}`;
}

/**
 * A fenced code block holding `lines` literally. GitHub renders nothing inside as markdown, HTML, a link or a
 * mention, so only the closing fence matters: it is one backtick longer than any run of backticks in the text,
 * which no line can match.
 */
export function fencedCode(language: string, lines: readonly string[]): string {
  const longestRun = Math.max(2, ...lines.flatMap((line) => (line.match(/`+/g) ?? []).map((run) => run.length)));
  const fence = '`'.repeat(longestRun + 1);
  return [`${fence}${language}`, ...lines.map((line) => visible(line.replace(/\r/g, ''))), fence].join('\n');
}
