import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGitHubClient, gitHubFailureHint } from '../../src/github/octokit.js';

/** What the job's log tells a user to do when a GitHub request fails, from the errors Octokit really throws. */
async function failureOf(baseUrl: string): Promise<unknown> {
  try {
    await createGitHubClient('token', baseUrl).rest.repos.getBranch({ owner: 'o', repo: 'r', branch: 'main' });
  } catch (error) {
    return error;
  }
  throw new Error('the request succeeded');
}

test('a GitHub that does not answer is not blamed on a missing permission', async () => {
  // A port nothing listens on: the connection is refused, as when the runner's network fails.
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  expect(gitHubFailureHint(await failureOf(`http://127.0.0.1:${port}`), "'contents: read'")).toBe(
    ' GitHub did not answer: re-run the job once it does.',
  );
});

test.each([
  [403, " The job's token needs 'contents: read'."],
  [404, " GitHub answered 404: it does not exist, or the job's token lacks 'contents: read'."],
  [422, ''],
])('GitHub answering %i gets the matching advice', async (status, hint) => {
  const server = createServer((_request, response) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ message: 'no' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    expect(gitHubFailureHint(await failureOf(`http://127.0.0.1:${port}`), "'contents: read'")).toBe(hint);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});

test("an error of vend's own, reading an answer GitHub gave, gets no advice about GitHub", () => {
  expect(
    gitHubFailureHint(new TypeError("Cannot read properties of undefined (reading 'sha')"), "'contents: read'"),
  ).toBe('');
});
