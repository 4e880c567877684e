/**
 * Code-unit order. Unlike localeCompare it is the same on every machine and in every locale, so sorted output,
 * and with it the plan digest, never depends on where vend runs.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
