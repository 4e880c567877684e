import { compareText } from '../ordering.js';
import {
  DescribeStackInstanceCommand,
  DescribeStackSetCommand,
  paginateListStackInstances,
  paginateListStackSets,
} from '@aws-sdk/client-cloudformation';
import type { CallAs } from '@aws-sdk/client-cloudformation';
import { recordedParameterOverrides } from '../config/desired-state.js';
import type { DesiredState } from '../config/desired-state.js';
import type { AwsClients } from './aws-clients.js';
import { mapWithConcurrency, READ_CONCURRENCY } from './bounded-concurrency.js';
import type { ObservedAccount, ObservedStackSet } from './observed-state.js';

export function stackSetCallAs(desired: DesiredState): CallAs | undefined {
  const settings = desired.organization.stackSets;
  return settings.permissionModel === 'SERVICE_MANAGED' ? (settings.callAs ?? 'SELF') : undefined;
}

/**
 * StackSets whose names carry vend's prefix, with their instances. ListStackInstances omits parameter overrides,
 * and reading every instance would be one call per account and region, so overrides are read only where they can
 * be: for accounts whose manifest declares overrides for the baseline, and for accounts whose
 * `vend:parameter-overrides` tag (in `accounts`, when tags were read) says they carry some. The tag is how a
 * removed override is still seen, and reset. With `everyOverride` (vend drift), every instance's are read.
 */
export async function readStackSets(
  clients: AwsClients,
  desired: DesiredState,
  accounts: ObservedAccount[],
  { everyOverride = false }: { everyOverride?: boolean } = {},
): Promise<ObservedStackSet[]> {
  const prefix = desired.organization.stackSets.namePrefix;
  const CallAs = stackSetCallAs(desired);
  const names: string[] = [];
  for await (const page of paginateListStackSets({ client: clients.cloudFormation }, { Status: 'ACTIVE', CallAs })) {
    // The Status filter is checked again here: an endpoint that ignores it (moto does) would list deleted StackSets,
    // and describing one fails with StackSetNotFoundException.
    for (const summary of page.Summaries ?? [])
      if (summary.StackSetName?.startsWith(prefix) && summary.Status === 'ACTIVE') names.push(summary.StackSetName);
  }
  const accountIdsByEmail = new Map(accounts.map((account) => [account.email.toLowerCase(), account.id]));
  const stackSets = await mapWithConcurrency(
    names.sort(),
    READ_CONCURRENCY,
    async (name): Promise<ObservedStackSet> => {
      const { StackSet: stackSet } = await clients.cloudFormation.send(
        new DescribeStackSetCommand({ StackSetName: name, CallAs }),
      );
      const instances = [];
      for await (const page of paginateListStackInstances(
        { client: clients.cloudFormation, pageSize: 100 },
        { StackSetName: name, CallAs },
      )) {
        for (const instance of page.Summaries ?? []) {
          instances.push({
            accountId: instance.Account ?? '',
            region: instance.Region ?? '',
            status: instance.StackInstanceStatus?.DetailedStatus ?? instance.Status ?? '',
            ...(instance.StatusReason ? { statusReason: instance.StatusReason } : {}),
            parameterOverrides: {} as Record<string, string>,
          });
        }
      }
      const baseline = name.slice(prefix.length);
      const withOverrides = new Set([
        ...desired.accounts
          .filter((account) => account.parameters[baseline])
          .map((account) => accountIdsByEmail.get(account.email.toLowerCase())),
        ...accounts
          .filter((account) => recordedParameterOverrides(account.tags).includes(baseline))
          .map((account) => account.id),
      ]);
      await mapWithConcurrency(
        instances.filter((instance) => everyOverride || withOverrides.has(instance.accountId)),
        READ_CONCURRENCY,
        async (instance) => {
          const { StackInstance } = await clients.cloudFormation.send(
            new DescribeStackInstanceCommand({
              StackSetName: name,
              StackInstanceAccount: instance.accountId,
              StackInstanceRegion: instance.region,
              CallAs,
            }),
          );
          instance.parameterOverrides = Object.fromEntries(
            (StackInstance?.ParameterOverrides ?? [])
              .filter((parameter) => parameter.ParameterKey)
              .map((parameter) => [parameter.ParameterKey!, parameter.ParameterValue ?? '']),
          );
        },
      );
      return {
        name,
        status: stackSet?.Status ?? '',
        permissionModel: stackSet?.PermissionModel ?? '',
        templateBody: stackSet?.TemplateBody ?? '',
        parameters: Object.fromEntries(
          (stackSet?.Parameters ?? [])
            .filter((parameter) => parameter.ParameterKey)
            .map((parameter) => [parameter.ParameterKey!, parameter.ParameterValue ?? '']),
        ),
        instances: instances.sort((a, b) => compareText(a.accountId, b.accountId) || compareText(a.region, b.region)),
      };
    },
  );
  return stackSets;
}
