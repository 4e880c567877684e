/**
 * The shape of a value for CloudFormation's AWS-specific parameter types, checked offline (CloudFormation User Guide,
 * "Parameters", Supported AWS-specific parameter types). CloudFormation checks these against the account when each
 * stack instance deploys, so a malformed one fails the StackSet operation in every account, after the stages before
 * it ran. Only the shape is known here, never whether the resource exists; types whose values have no fixed shape
 * (a key pair's name, an Availability Zone's) are left to CloudFormation.
 */
const EC2_ID = (prefix: string) => new RegExp(`^${prefix}-(?:[0-9a-f]{8}|[0-9a-f]{17})$`);

/**
 * Per type, the pattern a value matches and what it is. EC2 resource ids are the prefix and 8 or 17 hexadecimal
 * characters (Amazon EC2 User Guide, "Resource IDs"); an SSM parameter name is 1-2048 of a-z A-Z 0-9 _ . - /
 * (Systems Manager API Reference, PutParameter: Name), or, for a parameter another account shares, its full ARN
 * (Systems Manager User Guide, "Working with shared parameters": shared parameters are referenced by ARN).
 */
const SHAPES: Readonly<Record<string, { pattern: RegExp; what: string }>> = {
  'AWS::EC2::Image::Id': { pattern: EC2_ID('ami'), what: 'an AMI id (ami- and 8 or 17 hexadecimal characters)' },
  'AWS::EC2::Instance::Id': { pattern: EC2_ID('i'), what: 'an instance id (i- and 8 or 17 hexadecimal characters)' },
  'AWS::EC2::SecurityGroup::Id': {
    pattern: EC2_ID('sg'),
    what: 'a security group id (sg- and 8 or 17 hexadecimal characters)',
  },
  'AWS::EC2::Subnet::Id': {
    pattern: EC2_ID('subnet'),
    what: 'a subnet id (subnet- and 8 or 17 hexadecimal characters)',
  },
  'AWS::EC2::Volume::Id': { pattern: EC2_ID('vol'), what: 'a volume id (vol- and 8 or 17 hexadecimal characters)' },
  'AWS::EC2::VPC::Id': { pattern: EC2_ID('vpc'), what: 'a VPC id (vpc- and 8 or 17 hexadecimal characters)' },
  'AWS::Route53::HostedZone::Id': {
    pattern: /^Z[A-Z0-9]+$/,
    what: 'a hosted zone id (Z and upper-case letters and digits)',
  },
  'AWS::SSM::Parameter::Name': {
    pattern: /^(?:arn:aws[a-z-]*:ssm:[a-z0-9-]+:\d{12}:parameter(?=\/))?[a-zA-Z0-9_.\-/]{1,2048}$/,
    what: 'a Systems Manager parameter name (1-2048 of a-z A-Z 0-9 _ . - /), or a shared parameter’s ARN',
  },
};

const SSM_VALUE = /^AWS::SSM::Parameter::Value<.+>$/;

/**
 * Whether `type` is an AWS-specific type this module knows the shape of (List<…> of one included, and the
 * AWS::SSM::Parameter::Value<…> types, whose value is a parameter's name).
 */
export function isShapedAwsParameterType(type: string): boolean {
  return shapeOf(type) !== undefined;
}

/** What is wrong with `value` for `type`, or undefined when it has the type's shape (or the type has none known). */
export function awsParameterTypeProblem(type: string, value: string): string | undefined {
  const shape = shapeOf(type);
  // An empty value is how templates make such a parameter optional (with a condition on it); what CloudFormation
  // makes of it is not a shape question, and a wrong refusal would stop a valid repository.
  if (!shape || value.trim() === '') return undefined;
  // A List<…> value is members separated by commas (User Guide, Parameters), each space-trimmed.
  const members = shape.list ? value.split(',').map((member) => member.trim()) : [value];
  const wrong = members.find((member) => !shape.pattern.test(member));
  if (wrong === undefined) return undefined;
  return shape.list
    ? `has a member that is not ${shape.what}, as Type ${type} requires`
    : `is not ${shape.what}, as Type ${type} requires`;
}

function shapeOf(type: string): { pattern: RegExp; what: string; list: boolean } | undefined {
  const list = /^List<(.+)>$/.exec(type);
  const member = list ? list[1]! : type;
  if (SSM_VALUE.test(type)) return { ...SHAPES['AWS::SSM::Parameter::Name']!, list: false };
  return Object.hasOwn(SHAPES, member) ? { ...SHAPES[member]!, list: list !== null } : undefined;
}
