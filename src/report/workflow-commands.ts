/** U+2060 WORD JOINER: invisible, and not whitespace to the runner, so it cannot be trimmed away. */
const JOINER = '\u2060';
/**
 * What the runner's `string.TrimStart()` removes before it looks for `::`: .NET's white space (char.IsWhiteSpace),
 * which unlike JavaScript's `\s` includes U+0085 NEXT LINE. JavaScript's `\s` is a superset of the rest.
 */
const LEADING_WHITE_SPACE = /^([\s\u0085]*)::/;

/**
 * Makes text safe to print to the GitHub Actions log. The runner reads every stdout and stderr line of a step for
 * workflow commands: `::name::` after leading whitespace, and the legacy `##[name]` anywhere in the line
 * (actions/runner, src/Runner.Common/ActionCommand.cs, TryParseV2 and TryParse). A manifest's tag key or an account
 * name that reached the log as `::add-mask::…` or `##[set-output …]` would run that command. A word joiner after
 * the leading whitespace, and between the two `#`, keeps each line reading the same while the runner sees none.
 */
export function neutralizeWorkflowCommands(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(LEADING_WHITE_SPACE, `$1${JOINER}::`).replaceAll('##[', `#${JOINER}#[`))
    .join('\n');
}
