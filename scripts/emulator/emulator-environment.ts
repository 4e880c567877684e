import { devNull } from 'node:os';

import type { MotoCredentials } from './moto-server.js';

/**
 * The environment that points every AWS SDK client (vend's included) at the emulator, as one identity. The SDK's
 * standard variables do it: AWS_ENDPOINT_URL and a static key pair (AWS SDKs and Tools Reference Guide, "Service-
 * specific endpoints" and "AWS access keys"). vend itself has no endpoint switch of its own.
 */
export interface EmulatorEnvironment {
  /** Variables to set, by name. */
  set: Record<string, string>;
  /** Variables to remove first: each could otherwise win over `set` and send calls elsewhere or as someone else. */
  unset: string[];
}

// A profile beats the key pair in the credential chain; a service-specific endpoint beats AWS_ENDPOINT_URL; and
// AWS_IGNORE_CONFIGURED_ENDPOINT_URLS would send the emulator's keys, and anything else configured, to real AWS.
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
  'AWS_MAX_ATTEMPTS',
  'AWS_RETRY_MODE',
  // The SDK refuses either together with a custom endpoint, as AWS_ENDPOINT_URL is.
  'AWS_USE_FIPS_ENDPOINT',
  'AWS_USE_DUALSTACK_ENDPOINT',
  // The services vend calls; the rest cannot redirect vend.
  'AWS_ENDPOINT_URL_ORGANIZATIONS',
  'AWS_ENDPOINT_URL_CLOUDFORMATION',
  'AWS_ENDPOINT_URL_STS',
  'AWS_ENDPOINT_URL_IAM',
  'AWS_ENDPOINT_URL_ACCOUNT',
  'AWS_ENDPOINT_URL_CLOUDTRAIL',
];

export function emulatorEnvironment(
  endpoint: string,
  credentials: MotoCredentials,
  region: string,
): EmulatorEnvironment {
  return {
    unset: [...OVERRIDING_VARIABLES],
    set: {
      AWS_ENDPOINT_URL: endpoint,
      AWS_ACCESS_KEY_ID: credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      AWS_REGION: region,
      // The AWS CLI v1 reads only this one; with it, `aws …` in the same shell reaches the emulator too.
      AWS_DEFAULT_REGION: region,
      // A developer's ~/.aws/config may set endpoints, retry modes or regions per profile; read an empty file.
      AWS_CONFIG_FILE: devNull,
      AWS_SHARED_CREDENTIALS_FILE: devNull,
      AWS_EC2_METADATA_DISABLED: 'true',
    },
  };
}

/** Rewrites `env` in place; every service-specific endpoint goes too, not only those of vend's services. */
export function applyEmulatorEnvironment(environment: EmulatorEnvironment, env: NodeJS.ProcessEnv): void {
  for (const name of environment.unset) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('AWS_ENDPOINT_URL_')) delete env[name];
  Object.assign(env, environment.set);
}

/** POSIX shell lines a person pastes into another terminal; values are single-quoted, so nothing in them expands. */
export function shellLines(environment: EmulatorEnvironment): string[] {
  const quote = (value: string) => `'${value.replaceAll("'", `'\\''`)}'`;
  return [
    `unset ${environment.unset.join(' ')}`,
    ...Object.entries(environment.set).map(([name, value]) => `export ${name}=${quote(value)}`),
  ];
}

/** Settings for an SDK client that talks to the emulator directly. */
export interface EmulatorClientConfig {
  endpoint: string;
  region: string;
  credentials: MotoCredentials;
}
