import { applyEmulatorEnvironment, emulatorEnvironment } from '../../scripts/emulator/emulator-environment.js';
import type { MotoCredentials } from '../../scripts/emulator/moto-server.js';

export const TEST_REGION = 'us-east-1';

/** Set by global-setup.ts for the integration project. */
export const MOTO_URL_VARIABLE = 'VEND_TEST_MOTO_URL';
export const MOTO_ACCESS_KEY_ID_VARIABLE = 'VEND_TEST_MOTO_ACCESS_KEY_ID';
export const MOTO_PID_VARIABLE = 'VEND_TEST_MOTO_PID';

export interface AwsTestClientConfig {
  endpoint: string;
  region: string;
  credentials: MotoCredentials;
}

/** Settings for an SDK client that talks to `endpoint` (moto, or a fault proxy in front of it). */
export function awsTestClientConfig(endpoint: string, credentials: MotoCredentials): AwsTestClientConfig {
  return { endpoint, region: TEST_REGION, credentials: { ...credentials } };
}

/**
 * Points every AWS SDK v3 client created with default settings at `endpoint`, as the given moto identity, by
 * rewriting `env` (process.env unless a child process's environment is passed). Returns the same settings as a
 * client config for code that builds clients explicitly.
 */
export function applyAwsTestEnv(
  endpoint: string,
  credentials: MotoCredentials,
  env: NodeJS.ProcessEnv = process.env,
): AwsTestClientConfig {
  applyEmulatorEnvironment(emulatorEnvironment(endpoint, credentials, TEST_REGION), env);
  return awsTestClientConfig(endpoint, credentials);
}

export interface MotoFromGlobalSetup {
  url: string;
  credentials: MotoCredentials;
}

/** The moto server and management-account credentials that global-setup.ts published. */
export function motoFromGlobalSetup(env: NodeJS.ProcessEnv = process.env): MotoFromGlobalSetup {
  const url = env[MOTO_URL_VARIABLE];
  const accessKeyId = env[MOTO_ACCESS_KEY_ID_VARIABLE];
  if (!url || !accessKeyId) {
    throw new Error(
      `${MOTO_URL_VARIABLE} is not set. Integration tests need the moto server that test/harness/global-setup.ts ` +
        'starts: run them with `npx jest --selectProjects integration --runInBand`.',
    );
  }
  return { url, credentials: { accessKeyId, secretAccessKey: 'testing' } };
}
