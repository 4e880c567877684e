import { createGitHubClient } from '../../src/github/octokit.js';
import { unprotectedEnvironmentReason } from '../../src/github/deployment-environment.js';
import { startGitHubApiServer } from '../harness/github-api-server.js';
import type { GitHubApiServer } from '../harness/github-api-server.js';

// GitHub REST "Get an environment" and "List deployment branch policies", on the loopback server that checks each
// request against GitHub's OpenAPI description.
let server: GitHubApiServer;
beforeEach(async () => {
  server = await startGitHubApiServer({ owner: 'acme', repo: 'aws-accounts' });
});
afterEach(async () => {
  await server.close();
});

const reasonFor = (branch: string, environment = 'production') =>
  unprotectedEnvironmentReason(createGitHubClient('test-token', server.url), {
    owner: 'acme',
    repo: 'aws-accounts',
    environment,
    branch,
    defaultBranch: 'main',
  });

test('a run from the default branch in an environment limited to it is approved by its review', async () => {
  server.state.setEnvironment('production', { reviewers: ['security-lead'], branchPolicy: true, branches: ['main'] });
  expect(await reasonFor('main')).toBeUndefined();
});

test('a deliberate run from another branch is told to use an environment of its own, never to cut main off its own', async () => {
  server.state.setEnvironment('production', { reviewers: ['security-lead'], branchPolicy: true, branches: ['main'] });
  const reason = await reasonFor('hotfix');
  expect(reason).toBe(
    "Environment 'production' approves nothing for this run: vend applies only what a required reviewer approved. It has deployment branches beyond hotfix: branch pattern 'main', and this run is from hotfix, not main: give this exception an environment of its own whose deployment branches are hotfix only, and keep the one main deploys to limited to main.",
  );
  expect(reason).not.toContain('limit deployment branches');
  // An environment of its own, limited to that branch, will do.
  server.state.setEnvironment('hotfix', { reviewers: ['security-lead'], branchPolicy: true, branches: ['hotfix'] });
  expect(await reasonFor('hotfix', 'hotfix')).toBeUndefined();
});
