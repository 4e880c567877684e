import type { ListingStyle } from './change-listing.js';

/** Colours a piece of text for its role, or leaves it as it is. */
export type Paint = (style: ListingStyle | 'problem' | 'destructive' | 'highImpact' | 'bold', text: string) => string;

const SGR: Record<Parameters<Paint>[0], string> = {
  resource: '1',
  create: '32',
  change: '33',
  destroy: '31',
  detail: '',
  added: '32',
  removed: '31',
  hunk: '36',
  context: '',
  blank: '',
  problem: '1;31',
  destructive: '1;31',
  highImpact: '1;35',
  bold: '1',
};

export const plain: Paint = (_style, text) => text;

/** ANSI colours, Terraform's: green creates, yellow changes, red destroys. */
export const ansi: Paint = (style, text) => (SGR[style] && text ? `\x1b[${SGR[style]}m${text}\x1b[0m` : text);

/**
 * Colour only for a person at a terminal: never when the output is piped or captured, when `NO_COLOR` is set to
 * anything but the empty string (https://no-color.org), or when the terminal says it is dumb.
 */
export function wantsColour(stream: { isTTY?: boolean }, env: Record<string, string | undefined>): boolean {
  return stream.isTTY === true && !env.NO_COLOR && env.TERM !== 'dumb';
}
