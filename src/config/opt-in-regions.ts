/**
 * The Regions of the aws partition that every account has enabled: those launched before March 20, 2019. Every
 * other Region of that partition is an opt-in Region, disabled by default, including in each account AWS
 * Organizations creates (AWS Account Management Reference Guide, "Enable or disable AWS Regions in your account",
 * manage-acct-regions.html). Other partitions have no opt-in Regions. Data, not a rule: a Region AWS opens is
 * opt-in, so this list does not grow.
 */
export const REGIONS_ENABLED_BY_DEFAULT: ReadonlySet<string> = new Set([
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-south-1',
  'ap-southeast-1',
  'ap-southeast-2',
  'ca-central-1',
  'eu-central-1',
  'eu-north-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'sa-east-1',
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
]);
