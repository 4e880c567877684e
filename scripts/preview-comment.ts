// `npm run preview:comment [DIR]`: renders the plan comment the demo posts, and the comment of a large synthetic
// pull request (200 accounts, an SCP swap, a template change), to HTML pages a person can open in a browser.
// The demo's plan is computed as the demo computes it: this repository against an empty organization in the local
// AWS emulator.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderPlanComment } from '../src/report/plan-markdown.js';
import { applyAwsTestEnv } from '../test/harness/aws-test-env.js';
import { findMotoServer, resetMoto, startMotoServer, stopMotoServer } from './emulator/moto-server.js';
import { planAgainstEmptyOrganization } from '../test/support/example-plan.js';
import { syntheticPlan } from '../test/support/synthetic-plan.js';
import { previewPage } from './comment-html.js';

// npm runs scripts from the package root; the bundled script itself lives under node_modules/.cache/.
const REPOSITORY = process.cwd();

export async function main(args: string[]): Promise<number> {
  // A directory of its own by default: two checkouts on one machine must not show each other's pages.
  const directory = args[0] ? resolve(args[0]) : mkdtempSync(join(tmpdir(), 'vend-comment-preview-'));
  mkdirSync(directory, { recursive: true });
  const comments = [
    { name: 'demo', heading: 'The demo: this repository against an empty organization', body: await demoComment() },
    {
      name: 'synthetic',
      heading: 'A large pull request: 200 accounts, an SCP swap, a template change',
      body: renderPlanComment(syntheticPlan(200)),
    },
  ];
  for (const comment of comments) {
    const page = join(directory, `${comment.name}.html`);
    writeFileSync(join(directory, `${comment.name}.md`), comment.body);
    writeFileSync(page, previewPage(`Vend plan comment: ${comment.name}`, [comment]));
    console.log(`${comment.heading}: ${comment.body.length.toLocaleString('en-US')} characters`);
    console.log(`  ${pathToFileURL(page).href}`);
  }
  return 0;
}

/** The plan comment of `vend plan` on this repository, against an empty organization in the emulator. */
async function demoComment(): Promise<string> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const executable = await findMotoServer({ projectDir: REPOSITORY, log: (line) => console.log(`  ${line}`) });
  const moto = await startMotoServer({ executable });
  try {
    applyAwsTestEnv(moto.url, await resetMoto(moto.url));
    return renderPlanComment(await planAgainstEmptyOrganization(moto.url, REPOSITORY));
  } finally {
    await stopMotoServer(moto.pid);
  }
}
