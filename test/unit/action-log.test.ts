import { jest } from '@jest/globals';
import { logProgress } from '../../src/action/action-log.js';

// An AWS error message can echo a request value (a tag, a template line) that holds a line break: in the job log it
// must stay on its event's line rather than print a line of its own that reads as a result or a workflow command.
test('a progress event holding line breaks is logged as one line, its breaks shown as code points', () => {
  const written: string[] = [];
  const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  try {
    logProgress('✗ Set tags on app-prod: ValidationException: bad value\n✓ Close account app-prod\n::add-mask::x');
  } finally {
    write.mockRestore();
  }
  expect(written.join('').trimEnd().split('\n')).toEqual([
    '✗ Set tags on app-prod: ValidationException: bad value<U+000A>✓ Close account app-prod<U+000A>::add-mask::x',
  ]);
});
