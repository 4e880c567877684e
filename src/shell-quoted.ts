/**
 * A word for a POSIX shell, for commands vend suggests in its messages: as it is when it holds nothing a shell reads
 * (`Prod`), else in single quotes, a quote in it closed, escaped and reopened (`'Team #1'`). Names come from AWS and
 * the repository, anyone's to set, so one pasted into a terminal must stay one word. Give it as `--name=…`, so a name
 * that starts with `-` is a value.
 */
export function shellQuoted(text: string): string {
  return /^[A-Za-z0-9._+=:,@%-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}
