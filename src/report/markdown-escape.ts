/**
 * Escapes user-supplied text for GitHub-flavoured markdown, in running text or a table cell. Repository content
 * comes from pull requests: without this, an account name or tag could inject links, images, HTML, mentions,
 * or break out of a table. Characters that only matter at the start of a line (`-`, `+`, `1.`) are left alone
 * because newlines are folded to spaces, so user text never starts a line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r?\n|\r/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~#!]/g, (character) => `\\${character}`)
    .replace(/:(?=(?:[a-z0-9+-]|\\_)+:)/g, '&#58;')
    .replace(/(^|[^A-Za-z0-9])@(?=[A-Za-z0-9])/g, '$1&#64;');
}

/**
 * Inline code for identifiers and paths. Backticks are replaced so the span cannot be closed early, and pipes are
 * escaped because GitHub splits table cells on them even inside code spans.
 */
export function inlineCode(text: string): string {
  return `\`${text
    .replace(/`/g, "'")
    .replace(/\|/g, '\\|')
    .replace(/\r?\n|\r/g, ' ')}\``;
}
