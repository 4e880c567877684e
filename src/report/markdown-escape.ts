/**
 * Escapes user-supplied text for GitHub-flavoured markdown, in running text or a table cell. Repository content
 * comes from pull requests: without this, an account name could inject links, images, mentions, HTML or
 * break out of a table.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|<>~&@:]/g, (character) => `&#${character.charCodeAt(0)};`)
    .replace(/\r?\n/g, ' ');
}

/**
 * Inline code for identifiers and paths. Backticks are replaced so the span cannot be closed early, and pipes are
 * escaped because GitHub splits table cells on them even inside code spans.
 */
export function inlineCode(text: string): string {
  return `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')}\``;
}
