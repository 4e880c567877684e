/*
 * Resource types whose physical name must be unique beyond one stack, with what AWS says and does about a name taken
 * twice; and the S3 bucket naming rules, which a name read per stack instance must meet too.
 */

/** A resource type whose physical name is unique in a scope: the property that sets it, and the AWS source. */
export interface UniqueName {
  property: string;
  scope: 'partition' | 'region';
  /** What AWS says, for the message. */
  rule: string;
  /** What the second stack that takes the name meets, after "the second stack". */
  outcome: string;
}

export const UNIQUE_NAMES: Readonly<Record<string, UniqueName>> = {
  // Amazon S3 User Guide, "General purpose bucket naming rules".
  'AWS::S3::Bucket': {
    property: 'BucketName',
    scope: 'partition',
    rule: 'S3 bucket names are unique across every account and Region of the partition',
    outcome: 'fails with BucketAlreadyExists',
  },
  // AWS Systems Manager User Guide, "Creating Parameter Store parameters": unique within an account's Region.
  'AWS::SSM::Parameter': {
    property: 'Name',
    scope: 'region',
    rule: 'Parameter Store names are unique in an account’s Region',
    outcome: 'fails with ParameterAlreadyExists',
  },
  // CloudWatch Logs API Reference, CreateLogGroup: "Log group names must be unique within a Region for an AWS account".
  'AWS::Logs::LogGroup': {
    property: 'LogGroupName',
    scope: 'region',
    rule: 'log group names are unique in an account’s Region',
    outcome: 'fails with ResourceAlreadyExistsException',
  },
  // KMS API Reference, CreateAlias: "The alias must be unique in the account and Region".
  'AWS::KMS::Alias': {
    property: 'AliasName',
    scope: 'region',
    rule: 'KMS alias names are unique in an account’s Region',
    outcome: 'fails with AlreadyExistsException',
  },
  // DynamoDB API Reference, CreateTable: "table names must be unique within each Region" of an account.
  'AWS::DynamoDB::Table': {
    property: 'TableName',
    scope: 'region',
    rule: 'DynamoDB table names are unique in an account’s Region',
    outcome: 'fails with ResourceInUseException',
  },
  // Lambda API Reference, CreateFunction: ResourceConflictException, "The resource already exists".
  'AWS::Lambda::Function': {
    property: 'FunctionName',
    scope: 'region',
    rule: 'Lambda function names are unique in an account’s Region',
    outcome: 'fails with ResourceConflictException',
  },
  // Secrets Manager API Reference, CreateSecret: ResourceExistsException for a name the Region already holds.
  'AWS::SecretsManager::Secret': {
    property: 'Name',
    scope: 'region',
    rule: 'secret names are unique in an account’s Region',
    outcome: 'fails with ResourceExistsException',
  },
  // SQS API Reference, CreateQueue: an existing name with other attributes fails (QueueNameExists); with the same
  // ones the existing queue's URL is returned, and the two stacks share one queue.
  'AWS::SQS::Queue': {
    property: 'QueueName',
    scope: 'region',
    rule: 'queue names are unique in an account’s Region',
    outcome: 'fails with QueueNameExists, or shares the first stack’s queue, which deleting either stack deletes',
  },
  // SNS API Reference, CreateTopic: "if the requester already owns a topic with the specified name, that topic's ARN
  // is returned without creating a new topic".
  'AWS::SNS::Topic': {
    property: 'TopicName',
    scope: 'region',
    rule: 'topic names are unique in an account’s Region',
    outcome: 'fails as already existing, or shares the first stack’s topic, which deleting either stack deletes',
  },
  // CloudTrail API Reference, CreateTrail: TrailAlreadyExistsException.
  'AWS::CloudTrail::Trail': {
    property: 'TrailName',
    scope: 'region',
    rule: 'trail names are unique in an account’s Region',
    outcome: 'fails with TrailAlreadyExistsException',
  },
  // Config API Reference, PutConfigRule: a rule of an existing name is updated.
  'AWS::Config::ConfigRule': {
    property: 'ConfigRuleName',
    scope: 'region',
    rule: 'Config rule names are unique in an account’s Region',
    outcome: 'fails as already existing, or rewrites the first stack’s rule (PutConfigRule updates a rule by name)',
  },
  // CloudWatch API Reference, PutMetricAlarm: an alarm of an existing name is updated.
  'AWS::CloudWatch::Alarm': {
    property: 'AlarmName',
    scope: 'region',
    rule: 'alarm names are unique in an account’s Region',
    outcome: 'fails as already existing, or rewrites the first stack’s alarm (PutMetricAlarm updates an alarm by name)',
  },
  // EventBridge API Reference, CreateEventBus: ResourceAlreadyExistsException.
  'AWS::Events::EventBus': {
    property: 'Name',
    scope: 'region',
    rule: 'event bus names are unique in an account’s Region',
    outcome: 'fails with ResourceAlreadyExistsException',
  },
  // Step Functions API Reference, CreateStateMachine: StateMachineAlreadyExists for another definition.
  'AWS::StepFunctions::StateMachine': {
    property: 'StateMachineName',
    scope: 'region',
    rule: 'state machine names are unique in an account’s Region',
    outcome: 'fails with StateMachineAlreadyExists',
  },
  // Systems Manager API Reference, CreateDocument: DocumentAlreadyExists.
  'AWS::SSM::Document': {
    property: 'Name',
    scope: 'region',
    rule: 'SSM document names are unique in an account’s Region',
    outcome: 'fails with DocumentAlreadyExists',
  },
  // ECR API Reference, CreateRepository: RepositoryAlreadyExistsException.
  'AWS::ECR::Repository': {
    property: 'RepositoryName',
    scope: 'region',
    rule: 'ECR repository names are unique in an account’s Region',
    outcome: 'fails with RepositoryAlreadyExistsException',
  },
};

/** Prefixes and suffixes S3 keeps for itself (Amazon S3 User Guide, "General purpose bucket naming rules"). */
const RESERVED_PREFIXES = ['xn--', 'sthree-', 'amzn-s3-demo-'];
const RESERVED_SUFFIXES = ['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3'];

/**
 * Why S3 refuses `name` as a general purpose bucket's name, or undefined: 3 to 63 characters of lower-case letters,
 * digits, dots and hyphens, beginning and ending with a letter or digit, no two dots together, not an IP address, none
 * of the reserved prefixes and suffixes (Amazon S3 User Guide, "General purpose bucket naming rules").
 */
export function bucketNameProblem(name: string): string | undefined {
  if (name.length < 3 || name.length > 63) return `is ${name.length} characters; S3 takes 3 to 63`;
  const stray = /[^a-z0-9.-]/.exec(name);
  if (stray) return `has '${stray[0]}'; S3 takes only lower-case letters, digits, dots and hyphens`;
  if (!/^[a-z0-9].*[a-z0-9]$/.test(name)) return 'must begin and end with a letter or a digit';
  if (name.includes('..')) return 'has two dots together, which S3 refuses';
  if (/^\d+\.\d+\.\d+\.\d+$/.test(name)) return 'is written as an IP address, which S3 refuses';
  const prefix = RESERVED_PREFIXES.find((reserved) => name.startsWith(reserved));
  if (prefix) return `begins with '${prefix}', which S3 reserves`;
  const suffix = RESERVED_SUFFIXES.find((reserved) => name.endsWith(reserved));
  if (suffix) return `ends with '${suffix}', which S3 reserves`;
  return undefined;
}
