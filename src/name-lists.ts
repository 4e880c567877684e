import { formatCount } from './config/quotas.js';

/** `1 change`, `2 changes`, `0 changes`: the count with the noun it agrees with. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : plural}`;
}

/** How many names a trimmed list shows before it says how many more there are. */
export const LISTED_NAMES = 8;

/**
 * `a, b and c`, or past `max` + 1 names `a, b, … and 12 more`, so a list of 3,000 accounts stays one readable line.
 * The names are shown as given, in the given order.
 */
export function listNames(names: readonly string[], max = LISTED_NAMES): string {
  if (names.length === 0) return '';
  if (names.length === 1) return names[0]!;
  // "and 1 more" takes about the room of the one name it hides.
  if (names.length <= max + 1) return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `${names.slice(0, max).join(', ')} and ${formatCount(names.length - max)} more`;
}
