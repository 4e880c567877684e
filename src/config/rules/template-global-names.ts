import { isCloudFormationTemplate, parametersOf, resourcesOf, usesMacros } from '../cloudformation-template.js';
import { RULES } from '../diagnostics.js';
import type { Diagnostic } from '../diagnostics.js';
import { AWS_REGIONS } from '../aws-regions.js';
import { effectiveBaselineNames } from '../inheritance.js';
import type { LoadedTemplate } from '../repository.js';
import type { AccountDocument, OrganizationDocument } from '../documents.js';
import { isMapping } from './rule-context.js';
import type { Rule } from './rule-context.js';
import { possibleTexts } from './template-expression-values.js';
import type { InstanceValues } from './template-expression-values.js';
import { bucketNameProblem, UNIQUE_NAMES } from './unique-physical-names.js';
import type { UniqueName } from './unique-physical-names.js';

/*
 * Physical names unique beyond one stack. A baseline deploys one stack per account and Region, so a name the same in
 * two stacks that share its scope exists in the first and fails "already exists" in the other, in the last stage of
 * apply, after accounts were created and moved.
 */

/** One stack instance a baseline deploys: the manifest's account, in one Region. */
interface StackInstance {
  account: string;
  region: string;
  manifest: AccountDocument;
  file: string;
}

/** A name one resource takes in one stack instance. */
interface TakenName {
  template: LoadedTemplate;
  logicalId: string;
  instance: StackInstance;
  shown: string;
  from: string[];
}

/**
 * A name that is the same in every stack: literal text, or an `Fn::Sub` with no variable in it.
 */
function fixedName(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  const sub = (value as { 'Fn::Sub'?: unknown } | null)?.['Fn::Sub'];
  return typeof sub === 'string' && !/\$\{(?!!)/.test(sub) ? sub.replace(/\$\{!/g, '${') : undefined;
}

/** The partition a Region is in, by the SDK's endpoint data (aws-regions.ts); a Region it does not know is in `aws`. */
function partitionOf(region: string): string {
  return AWS_REGIONS[region]?.partition ?? 'aws';
}

/**
 * Marks an account's id, or a stack's own name, in a name read offline (private-use characters, which no name AWS
 * takes holds); shownName writes them for a reader.
 */
const ACCOUNT_MARK = '\ue000';
const STACK_MARK = '\ue001';

/**
 * A name as AWS would see it, for its own rules: an account id as twelve digits, a stack's name as a StackSet
 * instance's (`StackSet-<StackSet>-<uuid>`, CloudFormation User Guide, "StackSets concepts"), which holds upper-case
 * letters.
 */
function concrete(text: string): string {
  return text
    .replace(/\ue000[^\ue000]*\ue000/g, '123456789012')
    .replace(/\ue001([^/\ue001]*)[^\ue001]*\ue001/g, 'StackSet-$1-00000000-0000-0000-0000-000000000000');
}

function shownName(text: string): string {
  return text
    .replace(/\ue000([^\ue000]*)\ue000/g, '<account id of $1>')
    .replace(/\ue001[^\ue001]*\ue001/g, '<stack name>');
}

/**
 * What an instance gets for its template's parameters and pseudo parameters: the manifest's override, else
 * organization.yaml's value, else the Default (as parameterPlaces reads them, for one account); the account id as a
 * mark of the account, and the stack's own name (StackSet-<name>-<id>, different in every instance of every
 * StackSet) as one of the instance. SSM parameter types and parameters given no value are unknown.
 */
function instanceValues(
  organization: OrganizationDocument,
  template: LoadedTemplate,
  instance: StackInstance,
): InstanceValues {
  const declared = parametersOf(template.template);
  const partition = partitionOf(instance.region);
  const pseudo: Record<string, string> = {
    'AWS::AccountId': `${ACCOUNT_MARK}${instance.account}${ACCOUNT_MARK}`,
    'AWS::Region': instance.region,
    'AWS::Partition': partition,
    'AWS::URLSuffix': partition === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com',
    'AWS::StackName': `${STACK_MARK}${template.baseline}/${instance.account}/${instance.region}${STACK_MARK}`,
    'AWS::StackId': `${STACK_MARK}${template.baseline}/${instance.account}/${instance.region}${STACK_MARK}`,
  };
  return {
    pseudo: (name) => pseudo[name],
    parameter: (name) => {
      const declaration = declared[name];
      if (!isMapping(declaration) || String(declaration.Type).startsWith('AWS::SSM::Parameter::Value'))
        return undefined;
      const places: [unknown, string][] = [
        [instance.manifest.parameters?.[template.baseline]?.[name], instance.file],
        [organization.baselines?.[template.baseline]?.parameters?.[name], 'baselines/organization.yaml'],
        [declaration.Default, `its Default in ${template.file}`],
      ];
      const found = places.find(([given]) => typeof given === 'string' || typeof given === 'number');
      return found ? { value: String(found[0]), where: found[1] } : undefined;
    },
  };
}

/**
 * A template-resource error at each physical name (UNIQUE_NAMES) that two stack instances would both take: one
 * resource whose name is the same in two instances sharing the name's scope (a bucket name with the account id but
 * not the Region, in a baseline deployed to two Regions), or two resources, of one baseline or two, that an account
 * receives in one Region. Each name is read per instance, with that instance's parameter values, account and Region
 * (possibleTexts); a name that reads differently under Fn::If branches, or depends on what only AWS knows (an
 * attribute, an import), is left to CloudFormation, as is a resource under a Condition (one stack alone may create it)
 * and a template with macros.
 */
export const checkGlobalNameCollisions: Rule = ({ repository }) => {
  const organization = repository.organization?.value;
  if (!organization) return [];
  const instances = new Map<string, StackInstance[]>();
  for (const { source, value } of repository.accounts) {
    if (value.closed === true) continue;
    for (const baseline of effectiveBaselineNames(repository.organizationalUnits, value)) {
      const regions = organization.baselines?.[baseline]?.regions ?? value.regions ?? organization.defaultRegions;
      const deployed = instances.get(baseline) ?? [];
      instances.set(baseline, deployed);
      for (const region of regions) deployed.push({ account: value.name, region, manifest: value, file: source.file });
    }
  }
  const diagnostics: Diagnostic[] = [...exportNameCollisions(repository.templates.values(), instances)];
  const taken = new Map<string, TakenName>();
  for (const template of repository.templates.values()) {
    const deployed = instances.get(template.baseline) ?? [];
    if (!isCloudFormationTemplate(template.template) || usesMacros(template.template)) continue;
    for (const resource of resourcesOf(template.template)) {
      const unique = UNIQUE_NAMES[resource.type];
      const value = unique && resource.properties[unique.property];
      // One under a Condition may exist in one stack only (a central bucket in one account and Region).
      if (!unique || value === undefined || resource.condition !== undefined) continue;
      const fixed = fixedName(value);
      if (fixed !== undefined && unique.scope === 'partition' && deployed.length > 1) {
        const accounts = new Set(deployed.map(({ account }) => account)).size;
        const where = `${deployed.length} stack instances (${accounts === 1 ? `${accounts} account, ${deployed.length} Regions` : `${accounts} accounts`})`;
        diagnostics.push(
          template.source.diagnostic(
            RULES.templateResource,
            `${unique.property} '${fixed}' is the same in every stack, and baseline ${template.baseline} deploys ${where}; ${unique.rule}, so every stack after the first ${unique.outcome}. Put \${AWS::AccountId} and \${AWS::Region} in the name (!Sub '${fixed}-\${AWS::AccountId}-\${AWS::Region}'), or leave ${unique.property} out and let CloudFormation name it.`,
            ['Resources', resource.logicalId, 'Properties', unique.property],
          ),
        );
        continue;
      }
      let ruleBroken = false;
      for (const instance of deployed) {
        const texts = possibleTexts(repository, template, value, instanceValues(organization, template, instance));
        const [text] = texts ?? [];
        if (!text || texts!.length !== 1 || text.partial) continue;
        const problem = unique.property === 'BucketName' && !ruleBroken && bucketNameProblem(concrete(text.text));
        if (problem) {
          ruleBroken = true;
          diagnostics.push(
            template.source.diagnostic(
              RULES.templateResource,
              `BucketName '${shownName(text.text)}'${text.from.length > 0 ? ` (${text.from.join('; ')})` : ''} in account ${instance.account} in ${instance.region} ${problem} (Amazon S3 User Guide, "General purpose bucket naming rules"); CloudFormation would refuse the bucket when apply deploys it. Give it a name S3 takes, or leave BucketName out and let CloudFormation name it.`,
              ['Resources', resource.logicalId, 'Properties', unique.property],
            ),
          );
        }
        const scope =
          unique.scope === 'partition' ? partitionOf(instance.region) : `${instance.account}/${instance.region}`;
        const key = `${resource.type}\u0000${scope}\u0000${text.text}`;
        const earlier = taken.get(key);
        const name: TakenName = {
          template,
          logicalId: resource.logicalId,
          instance,
          shown: shownName(text.text),
          from: text.from,
        };
        if (!earlier) {
          taken.set(key, name);
          continue;
        }
        diagnostics.push(
          template.source.diagnostic(RULES.templateResource, collisionMessage(unique, name, earlier), [
            'Resources',
            resource.logicalId,
            'Properties',
            unique.property,
          ]),
        );
        break;
      }
    }
  }
  return diagnostics;
};

/** Why `name` fails where `earlier` already took it, and what to do. */
function collisionMessage(unique: UniqueName, name: TakenName, earlier: TakenName): string {
  const at = ({ instance }: TakenName) => `account ${instance.account} in ${instance.region}`;
  const from = name.from.length > 0 ? ` (${name.from.join('; ')})` : '';
  const same = earlier.template === name.template && earlier.logicalId === name.logicalId;
  const other = same
    ? `in ${at(earlier)} and again in ${at(name)}`
    : `in ${at(name)}, where '${earlier.logicalId}' of baseline ${earlier.template.baseline}${earlier.template === name.template ? '' : ` (${earlier.template.file})`} takes it too${earlier.instance.account === name.instance.account && earlier.instance.region === name.instance.region ? '' : ` in ${at(earlier)}`}`;
  const fix =
    unique.scope === 'partition'
      ? `Put \${AWS::AccountId} and \${AWS::Region} in the name, or leave ${unique.property} out and let CloudFormation name it.`
      : `Give one of them another name${unique.property === 'AliasName' ? '' : `, or leave ${unique.property} out and let CloudFormation name it`}.`;
  return `${unique.property} is '${name.shown}'${from} ${other}; ${unique.rule}, so the second stack ${unique.outcome} when apply deploys it. ${fix}`;
}

/*
 * "Export names must be unique within a Region" of an account (CloudFormation User Guide, "Outputs": "For each AWS
 * account, Export names must be unique within a Region"). Two baselines that export the same name, deployed to one
 * account in one Region, make the second stack fail there. Within one template, template-structure refuses it.
 */
function exportNameCollisions(
  templates: Iterable<LoadedTemplate>,
  instances: ReadonlyMap<string, readonly StackInstance[]>,
): Diagnostic[] {
  const exporters = new Map<string, { template: LoadedTemplate; output: string }[]>();
  for (const template of templates) {
    if (!isCloudFormationTemplate(template.template) || usesMacros(template.template)) continue;
    const outputs = (template.template as { Outputs?: unknown }).Outputs;
    if (!isMapping(outputs)) continue;
    for (const [output, declaration] of Object.entries(outputs)) {
      // An output under a Condition may not exist in a stack: left to CloudFormation.
      if (!isMapping(declaration) || declaration.Condition !== undefined || !isMapping(declaration.Export)) continue;
      const name = fixedName(declaration.Export.Name);
      if (name !== undefined) exporters.set(name, [...(exporters.get(name) ?? []), { template, output }]);
    }
  }
  const diagnostics: Diagnostic[] = [];
  for (const [name, found] of exporters)
    found.forEach(({ template, output }, index) => {
      const mine = new Set(
        (instances.get(template.baseline) ?? []).map(({ account, region }) => `${account}/${region}`),
      );
      const earlier = found
        .slice(0, index)
        .filter((other) => other.template.baseline !== template.baseline)
        .map((other) => ({
          other,
          shared: (instances.get(other.template.baseline) ?? []).find(({ account, region }) =>
            mine.has(`${account}/${region}`),
          ),
        }))
        .find(({ shared }) => shared !== undefined);
      if (!earlier) return;
      diagnostics.push(
        template.source.diagnostic(
          RULES.templateResource,
          `export '${name}' is also exported by output '${earlier.other.output}' of baseline ${earlier.other.template.baseline} (${earlier.other.template.file}), and account ${earlier.shared!.account} receives both in ${earlier.shared!.region}; export names are unique in an account's Region, so the second stack fails there. Give one of them another name (!Sub '\${AWS::StackName}-…' makes it the stack's own).`,
          ['Outputs', output, 'Export', 'Name'],
        ),
      );
    });
  return diagnostics;
}
