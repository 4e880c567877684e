import { codePointOf, HIDDEN_CHARACTER } from '../config/hidden-characters.js';

/**
 * What `visible` shows as code points: the hidden characters validation refuses (see HIDDEN_CHARACTER), and the
 * carriage return, which a terminal obeys by going back to the start of the line.
 */
const SHOWN_AS_CODE_POINT = new RegExp(`${HIDDEN_CHARACTER.source}|\\r`, 'gu');

/**
 * `text` with every hidden character shown as its code point, `<U+202E>`, so what a reviewer reads is what AWS
 * gets: a template line holding `ESC [8m` would hide the lines after it in a terminal, and a right-to-left
 * override reverses how an ARN reads. GitHub warns about such characters in file diffs, not in comments. Visible
 * text is returned unchanged; the result holds no hidden character, so applying it twice changes nothing.
 */
export function visible(text: string): string {
  return text.replace(SHOWN_AS_CODE_POINT, codePoint);
}

/** `<U+202E>`. */
function codePoint(character: string): string {
  return `<${codePointOf(character)}>`;
}

/** The line break `visible` leaves alone; the others (\r, \v, \f, U+0085, U+2028, U+2029) it shows already. */
const LINE_BREAK = /\n/g;

/**
 * `visible(text)` that also stays on one line: a line break shows as its code point too. For text that a renderer
 * puts on a line of its own (a change's headline, effect and detail lines), where a value holding `\n# StackSet …`
 * would otherwise print lines that look like other changes.
 */
export function visibleLine(text: string): string {
  return visible(text).replace(LINE_BREAK, codePoint);
}
