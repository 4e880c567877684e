import { devNull } from 'node:os';

export const TEST_REGION = 'us-east-1';

/** Set by global-setup.ts for the integration project. */
export const MOTO_URL_VARIABLE = 'VEND_TEST_MOTO_URL';
export const MOTO_ACCESS_KEY_ID_VARIABLE = 'VEND_TEST_MOTO_ACCESS_KEY_ID';
export const MOTO_PID_VARIABLE = 'VEND_TEST_MOTO_PID';

export interface MotoCredentials {
  accessKeyId: string;
  secretAccessKey: string;
}

export interface AwsTestClientConfig {
  endpoint: string;
  region: string;
  credentials: MotoCredentials;
}

// Each of these could take precedence over AWS_ENDPOINT_URL or the key pair below, and so send a test's calls to
// real AWS or act as some other identity.
const OVERRIDING_VARIABLES = [
  'AWS_PROFILE',
  'AWS_DEFAULT_PROFILE',
  'AWS_SESSION_TOKEN',
  'AWS_SECURITY_TOKEN',
  'AWS_CREDENTIAL_EXPIRATION',
  'AWS_ROLE_ARN',
  'AWS_ROLE_SESSION_NAME',
  'AWS_WEB_IDENTITY_TOKEN_FILE',
  'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
  'AWS_CONTAINER_CREDENTIALS_FULL_URI',
  'AWS_CONTAINER_AUTHORIZATION_TOKEN',
  'AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE',
  'AWS_IGNORE_CONFIGURED_ENDPOINT_URLS',
  'AWS_DEFAULT_REGION',
  'AWS_MAX_ATTEMPTS',
  'AWS_RETRY_MODE',
];

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
  for (const name of OVERRIDING_VARIABLES) delete env[name];
  // AWS_ENDPOINT_URL_ORGANIZATIONS and friends beat AWS_ENDPOINT_URL.
  for (const name of Object.keys(env)) if (name.startsWith('AWS_ENDPOINT_URL_')) delete env[name];
  env.AWS_ENDPOINT_URL = endpoint;
  env.AWS_ACCESS_KEY_ID = credentials.accessKeyId;
  env.AWS_SECRET_ACCESS_KEY = credentials.secretAccessKey;
  env.AWS_REGION = TEST_REGION;
  // A developer's ~/.aws/config may set endpoints, retry modes or regions per profile; read an empty file instead.
  env.AWS_CONFIG_FILE = devNull;
  env.AWS_SHARED_CREDENTIALS_FILE = devNull;
  env.AWS_EC2_METADATA_DISABLED = 'true';
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
