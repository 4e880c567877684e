import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { CloudFormationClient, CreateStackCommand, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { CreateOpenIDConnectProviderCommand, IAMClient } from '@aws-sdk/client-iam';

import type { EmulatorClientConfig } from './emulator-environment.js';

/** The one template a person deploys by hand in the management account (README, "Adopt Vend"). */
export const BOOTSTRAP_TEMPLATE_FILE = 'baselines/bootstrap/management-account.yaml';
export const BOOTSTRAP_STACK_NAME = 'vend-bootstrap';

const GITHUB_OIDC_URL = 'https://token.actions.githubusercontent.com';

/** The bootstrap template's parameters by name; those left out take the template's defaults. */
export type BootstrapParameters = Record<string, string>;

/**
 * Deploys the bootstrap template as a stack in the caller's account, as `aws cloudformation create-stack
 * --capabilities CAPABILITY_NAMED_IAM` would, and returns the stack's outputs by name.
 *
 * moto 5.2's CloudFormation does not implement AWS::IAM::OIDCProvider (it warns and a Ref to it resolves to
 * nothing), so GitHub's provider is created through IAM first, as in an account that already has one, and the stack
 * is deployed with GitHubOidcProvider=existing. Throws when the stack does not reach CREATE_COMPLETE.
 */
export async function deployBootstrapStack(
  config: EmulatorClientConfig,
  repositoryRoot: string,
  parameters: BootstrapParameters,
): Promise<Record<string, string>> {
  const iam = new IAMClient(config);
  const cloudFormation = new CloudFormationClient(config);
  try {
    await iam.send(
      new CreateOpenIDConnectProviderCommand({ Url: GITHUB_OIDC_URL, ClientIDList: ['sts.amazonaws.com'] }),
    );
    await cloudFormation.send(
      new CreateStackCommand({
        StackName: BOOTSTRAP_STACK_NAME,
        TemplateBody: readFileSync(join(repositoryRoot, BOOTSTRAP_TEMPLATE_FILE), 'utf8'),
        Capabilities: ['CAPABILITY_NAMED_IAM'],
        Parameters: Object.entries({ ...parameters, GitHubOidcProvider: 'existing' }).map(
          ([ParameterKey, ParameterValue]) => ({ ParameterKey, ParameterValue }),
        ),
      }),
    );
    // moto creates the stack within the CreateStack call; the status still says whether every resource was made.
    const { Stacks } = await cloudFormation.send(new DescribeStacksCommand({ StackName: BOOTSTRAP_STACK_NAME }));
    const stack = Stacks?.[0];
    if (stack?.StackStatus !== 'CREATE_COMPLETE')
      throw new Error(
        `The bootstrap stack is ${stack?.StackStatus ?? 'missing'}${stack?.StackStatusReason ? `: ${stack.StackStatusReason}` : ''}.`,
      );
    return Object.fromEntries(
      (stack.Outputs ?? []).map((output) => [output.OutputKey ?? '', output.OutputValue ?? '']),
    );
  } finally {
    iam.destroy();
    cloudFormation.destroy();
  }
}
