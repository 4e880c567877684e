import { AccountClient } from '@aws-sdk/client-account';
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { IAMClient } from '@aws-sdk/client-iam';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import type { OrganizationsClientConfig } from '@aws-sdk/client-organizations';
import { STSClient } from '@aws-sdk/client-sts';
import { VEND_VERSION } from '../version.js';

export interface AwsClients {
  organizations: OrganizationsClient;
  /**
   * Organizations for CreateAccount alone, which the SDK must not send twice: the call is not idempotent, and a
   * request whose answer a dropped connection lost may have started the account. Apply's own re-plan, which finds
   * the account or its request, is what tries again.
   */
  accountCreation: OrganizationsClient;
  /** AWS Account Management: renaming accounts (PutAccountName). */
  account: AccountClient;
  cloudFormation: CloudFormationClient;
  sts: STSClient;
}

export interface AwsClientOptions {
  /** Defaults to the SDK's region chain (AWS_REGION, then the profile's region); vend import runs in that region. */
  region?: string;
  /** Defaults to the SDK's credential chain (OIDC web identity in GitHub Actions). */
  credentials?: OrganizationsClientConfig['credentials'];
  /** Throttling is normal at organization scale; adaptive retries back off per client and keep going. */
  maxAttempts?: number;
}

/**
 * The one place AWS clients are built. Endpoints are deliberately not configurable here: the SDK's standard
 * AWS_ENDPOINT_URL / AWS_ENDPOINT_URL_<SERVICE> variables redirect them (to the local emulator, for instance),
 * which keeps vend free of a private endpoint switch that could point production credentials somewhere odd.
 */
export function createAwsClients(options: AwsClientOptions): AwsClients {
  const config = clientConfig(options);
  return {
    organizations: new OrganizationsClient(config),
    accountCreation: new OrganizationsClient({ ...config, maxAttempts: 1 }),
    account: new AccountClient(config),
    cloudFormation: new CloudFormationClient(config),
    sts: new STSClient(config),
  };
}

/**
 * CloudFormation for starting StackSet drift detection (vend drift), tried three times rather than ten. A start that
 * fails costs nothing: that StackSet is reported as not checked and tried again on the next run. An endpoint that
 * lacks the operation (the local emulator answers 500) would otherwise hold every run for ten backed-off retries.
 */
export function createDriftDetectionClient(options: AwsClientOptions): CloudFormationClient {
  return new CloudFormationClient(clientConfig({ maxAttempts: 3, ...options }));
}

/**
 * CloudTrail event history in `region`, for who made a change (vend drift), tried three times: who changed it is
 * reported as not checked when CloudTrail cannot say, and an endpoint without LookupEvents (the local emulator)
 * would otherwise hold every run for ten backed-off retries.
 */
export function createCloudTrailClient(options: AwsClientOptions): CloudTrailClient {
  return new CloudTrailClient(clientConfig({ maxAttempts: 3, ...options }));
}

/** IAM in a member account, with credentials from an assumed role; used to verify baseline roles after apply. */
export function createIamClient(options: AwsClientOptions): IAMClient {
  return new IAMClient(clientConfig(options));
}

/**
 * Why the credential chain resolves nothing, or undefined when it resolves credentials. Checked before the first
 * call so a missing role reads as one clear line rather than an SDK error halfway through a command.
 */
export async function missingCredentialsReason(clients: AwsClients): Promise<string | undefined> {
  try {
    await clients.sts.config.credentials();
    return undefined;
  } catch (error) {
    return (error as Error).message.split('\n')[0];
  }
}

/**
 * The endpoint the SDK sends a service's calls to when one is configured in the environment: the service-specific
 * AWS_ENDPOINT_URL_<SERVICE> first, then AWS_ENDPOINT_URL (AWS SDKs and Tools Reference Guide, "Service-specific
 * endpoints"); without `service`, AWS_ENDPOINT_URL alone. Undefined means AWS itself. Only for messages: the SDK
 * resolves endpoints on its own.
 */
export function configuredEndpoint(
  service: 'ORGANIZATIONS' | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  if (env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS === 'true') return undefined;
  return (service && env[`AWS_ENDPOINT_URL_${service}`]) || env.AWS_ENDPOINT_URL || undefined;
}

export function destroyAwsClients(clients: AwsClients): void {
  clients.organizations.destroy();
  clients.accountCreation.destroy();
  clients.account.destroy();
  clients.cloudFormation.destroy();
  clients.sts.destroy();
}

/**
 * An endpoint that accepts connections and never answers would otherwise hold a run until the job times out: the
 * SDK sets no request timeout of its own. No call vend makes takes long (operations are started, then polled),
 * so a request unanswered for 30 s is an endpoint gone; the SDK retries it, then vend stops with one message.
 */
const REQUEST_HANDLER = { connectionTimeout: 10_000, requestTimeout: 30_000, throwOnRequestTimeout: true };

function clientConfig(options: AwsClientOptions) {
  silenceNodeVersionWarning();
  return {
    ...(options.region ? { region: options.region } : {}),
    requestHandler: REQUEST_HANDLER,
    retryMode: 'adaptive' as const,
    maxAttempts: options.maxAttempts ?? 10,
    customUserAgent: `vend/${VEND_VERSION}`,
    ...(options.credentials ? { credentials: options.credentials } : {}),
  };
}

/**
 * The SDK warns on every Node 20 process that future releases need Node 22. It is advice for vend's maintainers
 * (the action itself runs on node24), not for the people reading vend's output.
 */
function silenceNodeVersionWarning() {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
}
