/** Reading a change's before and after, which a plan read back from JSON carries as plain values. */

/** `label:` and the lines beneath it, indented; nothing when there are no lines. */
export function prefixed(label: string, lines: string[]): string[] {
  return lines.length === 0 ? [] : [`${label}:`, ...lines.map((line) => `  ${line}`)];
}

/** A change's before or after as an object; a plan read back from JSON is checked, not trusted. */
export function fieldsOf(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** The string-valued entries of an object: tags, parameters, overrides. */
export function stringsOf(value: unknown): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fieldsOf(value)).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}
