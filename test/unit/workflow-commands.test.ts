import { neutralizeWorkflowCommands } from '../../src/report/workflow-commands.js';

/** What the runner would act on (actions/runner ActionCommand.cs): `::` after leading whitespace, `##[` anywhere. */
const runsACommand = (line: string) => /^\s*::/.test(line) || line.includes('##[');

describe('text vend prints to the Actions log', () => {
  test.each([
    ['a tag key at the start of a line', '::add-mask::x'],
    ['after leading whitespace', '   ::set-output name=x::y'],
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
