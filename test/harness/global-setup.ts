import Module from 'node:module';

interface ProjectConfig {
  rootDir: string;
}

type Resolver = (request: string, ...rest: unknown[]) => string;

/**
 * Jest loads globalSetup outside its own module system: @swc/jest compiles this file to CommonJS, and Node's
 * resolver (unlike the moduleNameMapper that test files get) cannot map the project's `./x.js` specifiers to
 * `./x.ts`. This maps them while the harness modules load.
 */
async function loadHarness() {
  const internals = Module as unknown as { _resolveFilename: Resolver };
  const resolve = internals._resolveFilename;
  internals._resolveFilename = function (this: unknown, request, ...rest) {
    try {
      return resolve.call(this, request, ...rest);
    } catch (error) {
      if (!request.startsWith('.') || !request.endsWith('.js')) throw error;
      return resolve.call(this, `${request.slice(0, -'.js'.length)}.ts`, ...rest);
    }
  };
  try {
    return { ...(await import('./aws-test-env.js')), ...(await import('../../scripts/emulator/moto-server.js')) };
  } finally {
    internals._resolveFilename = resolve;
  }
}

/**
 * Starts the one moto_server the integration project shares and publishes it through process.env, which the test
 * files (run in band, in this process) and any vend child process they spawn inherit. global-teardown.ts stops it
 * through the function left on globalThis, which Jest shares between the two hooks.
 */
export default async function globalSetup(_globalConfig: unknown, projectConfig: ProjectConfig): Promise<void> {
  const harness = await loadHarness();
  const executable = await harness.findMotoServer({
    projectDir: projectConfig.rootDir,
    log: (line) => process.stderr.write(`moto harness: ${line}\n`),
  });
  const moto = await harness.startMotoServer({ executable });
  const stop = () => harness.stopMotoServer(moto.pid);
  let credentials;
  try {
    credentials = await harness.resetMoto(moto.url);
  } catch (error) {
    // Jest skips globalTeardown when globalSetup throws.
    await stop();
    throw error;
  }
  (globalThis as { vendStopMotoServer?: () => Promise<void> }).vendStopMotoServer = stop;
  process.env[harness.MOTO_URL_VARIABLE] = moto.url;
  process.env[harness.MOTO_PID_VARIABLE] = String(moto.pid);
  process.env[harness.MOTO_ACCESS_KEY_ID_VARIABLE] = credentials.accessKeyId;
  // Every client a test forgets to configure still lands on moto, never on real AWS.
  harness.applyAwsTestEnv(moto.url, credentials);
}
