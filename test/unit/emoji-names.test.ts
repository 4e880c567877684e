import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

describe('the list of emoji names the markdown escaping breaks', () => {
  test('is generated from the installed gemoji; run npm run generate:emoji-names if not', () => {
    const script = fileURLToPath(new URL('../../scripts/generate-emoji-names.mjs', import.meta.url));
    const directory = mkdtempSync(join(tmpdir(), 'vend-emoji-names-'));
    try {
      execFileSync(process.execPath, [script, join(directory, 'emoji-names.ts')]);
      expect(readFileSync(new URL('../../src/report/emoji-names.ts', import.meta.url), 'utf8')).toBe(
        readFileSync(join(directory, 'emoji-names.ts'), 'utf8'),
      );
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
