import { neutralizeWorkflowCommands } from '../../src/report/workflow-commands.js';

/**
 * What the runner would act on (actions/runner ActionCommand.cs): `::` after the white space .NET's TrimStart()
 * removes (char.IsWhiteSpace, which includes U+0085), and `##[` anywhere.
 */
const DOTNET_WHITE_SPACE =
  '\t\n\v\f\r \u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';
const runsACommand = (line: string) => {
  let start = 0;
  while (start < line.length && DOTNET_WHITE_SPACE.includes(line[start]!)) start++;
  return line.startsWith('::', start) || line.includes('##[');
};

describe('text vend prints to the Actions log', () => {
  test.each([
    ['a tag key at the start of a line', '::add-mask::x'],
    ['after leading whitespace', '   ::set-output name=x::y'],
    ['after a NEXT LINE character, which .NET trims and JavaScript does not', '\u0085::add-mask::Workloads on app'],
    ['after a no-break space', '\u00a0::add-mask::x'],
    ['on a later line of a message', 'Set tags on app\n::stop-commands::token'],
    ['after a carriage return', 'ok\r::add-mask::secret'],
    ['the legacy form anywhere in a line', 'Owner is ##[add-mask]secret'],
  ])('cannot start a workflow command: %s', (_case, text) => {
    const safe = neutralizeWorkflowCommands(text);
    expect(safe.split('\n').filter(runsACommand)).toEqual([]);
    // The reader sees the same text: only an invisible word joiner was added.
    expect(safe.replaceAll('\u2060', '')).toBe(text.replace(/\r\n|\r/g, '\n'));
  });

  test('ordinary text passes unchanged', () => {
    expect(neutralizeWorkflowCommands('✓ Create account payments-prod <aws+p@example.com> in Workloads::Prod')).toBe(
      '✓ Create account payments-prod <aws+p@example.com> in Workloads::Prod',
    );
  });
});
