import { usesMacros } from '../cloudformation-template.js';
import { RULES } from '../diagnostics.js';
import type { Diagnostic } from '../diagnostics.js';
import type { LoadedTemplate } from '../repository.js';
import type { YamlPath } from '../safe-yaml.js';
import { resourcesOf } from '../cloudformation-template.js';
import { isMapping } from './rule-context.js';

/**
 * A warning where a macro or module expands the template: validate leaves the checks it names to CloudFormation,
 * which makes them only when a StackSet operation runs, and says so rather than pass the template in silence.
 */
export function macroNotice(template: LoadedTemplate, body: Record<string, unknown>): Diagnostic {
  const path = macroPath(body) ?? [];
  return {
    ...template.source.diagnostic(
      RULES.templateStructure,
      `${path[0] === 'Transform' ? 'a Transform' : path.at(-1) === 'Type' ? 'a module' : 'an Fn::Transform'} expands this template when CloudFormation deploys it, so validate does not check its sections, outputs, references${usesMacros(body) ? ' and functions' : ''}: CloudFormation does, when a StackSet operation runs. The guardrail rules (IAM users, "*" on "*", permissions boundaries) apply only to the template as written, not to what the macro generates (the role of a SAM function with Policies, say), and the plan marks changes to it high impact. Review what the macro produces, or write the template without it.`,
      path,
      'key',
    ),
    severity: 'warning',
  };
}

/** Where the first macro or module is: the Transform key, an Fn::Transform, or a module resource's Type. */
function macroPath(body: Record<string, unknown>): YamlPath | undefined {
  if ('Transform' in body) return ['Transform'];
  const find = (value: unknown, path: YamlPath): YamlPath | undefined => {
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) {
        const found = find(item, [...path, index]);
        if (found) return found;
      }
      return undefined;
    }
    if (!isMapping(value)) return undefined;
    for (const [key, child] of Object.entries(value)) {
      if (key === 'Fn::Transform') return [...path, key];
      const found = find(child, [...path, key]);
      if (found) return found;
    }
    return undefined;
  };
  const found = find(body, []);
  if (found) return found;
  const resources = isMapping(body.Resources) ? Object.entries(body.Resources) : [];
  const module = resources.find(([, resource]) => isMapping(resource) && String(resource.Type).endsWith('::MODULE'));
  return module ? ['Resources', module[0], 'Type'] : undefined;
}

/**
 * A Transform, an `Fn::Transform` (AWS::Include) or a module resource (`::MODULE`) adds what the template body does
 * not show, so what it refers to may be declared there.
 */
export function expandedByMacros(body: Record<string, unknown>): boolean {
  if (usesMacros(body)) return true;
  const resources = isMapping(body.Resources) ? Object.values(body.Resources) : [];
  return resources.some((resource) => isMapping(resource) && String(resource.Type).endsWith('::MODULE'));
}

/** Resources that deploy a template fetched from outside the body, and the property that names it. */
const FETCHED_TEMPLATES: Readonly<Record<string, string>> = {
  'AWS::CloudFormation::Stack': 'TemplateURL',
  'AWS::CloudFormation::StackSet': 'TemplateURL',
};

/**
 * A warning at each resource whose content is kept outside the repository: a nested stack or StackSet by
 * TemplateURL, a Service Catalog provisioned product (the product's template), a custom resource whose ServiceToken
 * is not a function this template writes inline (ZipFile), code or a definition fetched from S3 or an image registry
 * (fetchedCode). CloudFormation fetches or runs it when a StackSet operation runs, so what it does is decided then by
 * whoever can write that object, not by the plan a person approved; and every stack instance added later, for a new
 * account, gets it unflagged. The plan marks changes to such a template high impact and its deletions possible; this
 * says what approving it does not cover.
 */
export function outsideContentNotices(template: LoadedTemplate, body: Record<string, unknown>): Diagnostic[] {
  const resources = resourcesOf(body);
  const inline = new Set(
    resources
      .filter(
        (resource) =>
          resource.type === 'AWS::Lambda::Function' &&
          isMapping(resource.properties.Code) &&
          resource.properties.Code.ZipFile !== undefined,
      )
      .map((resource) => resource.logicalId),
  );
  const approval =
    'CloudFormation fetches or runs it when a StackSet operation runs, so what it does is decided then by whoever can write it, not by the plan a person approved, and the guardrail rules (IAM users, "*" on "*", permissions boundaries) never see it; every stack instance added later, for a new account, gets what it holds then.';
  const notices: [YamlPath, string][] = [];
  for (const resource of resources) {
    const url = FETCHED_TEMPLATES[resource.type];
    const code = fetchedCode(resource.type, resource.properties);
    if (url !== undefined && resource.properties[url] !== undefined)
      notices.push([
        ['Resources', resource.logicalId, 'Properties', url],
        `'${resource.logicalId}' deploys a template kept outside this repository (${url}): ${approval} Keep the template in the repository as a baseline of its own (dependsOn orders them), or point at an object only the platform team can write and that cannot change (a versioned S3 object).`,
      ]);
    else if (code !== undefined)
      notices.push([
        ['Resources', resource.logicalId, 'Properties', code],
        `'${resource.logicalId}' deploys code or a definition kept outside this repository (${code} names an S3 object or an image): ${approval} Write it inline (a function's ZipFile, a state machine's Definition), or point at an object only the platform team can write and that cannot change (a versioned S3 object, an image by digest).`,
      ]);
    else if (resource.type === 'AWS::ServiceCatalog::CloudFormationProvisionedProduct')
      notices.push([
        ['Resources', resource.logicalId, 'Type'],
        `'${resource.logicalId}' provisions a Service Catalog product, whose template is kept outside this repository: ${approval} Pin the product's version (ProvisioningArtifactId), or write its template as a baseline.`,
      ]);
    else if (resource.type.startsWith('Custom::') || resource.type === 'AWS::CloudFormation::CustomResource') {
      if (localFunction(resource.properties.ServiceToken, inline)) continue;
      notices.push([
        ['Resources', resource.logicalId, 'Properties', 'ServiceToken'],
        `'${resource.logicalId}' is a custom resource whose code is kept outside this repository (its ServiceToken names a function or topic elsewhere): ${approval} Write the function in the template (Code: ZipFile), or point at one only the platform team can change.`,
      ]);
    }
  }
  return notices.map(([path, message]) => ({
    ...template.source.diagnostic(RULES.templateStructure, message, path, path.at(-1) === 'Type' ? 'value' : 'key'),
    severity: 'warning',
  }));
}

/**
 * The property by which a resource takes code or a definition from S3 or a registry rather than the template: a
 * function's Code (S3Bucket or ImageUri), a layer's Content, a state machine's DefinitionS3Location. Undefined for
 * inline ones.
 */
function fetchedCode(type: string, properties: Record<string, unknown>): string | undefined {
  const code = properties.Code;
  if (
    type === 'AWS::Lambda::Function' &&
    isMapping(code) &&
    (code.S3Bucket !== undefined || code.ImageUri !== undefined)
  )
    return 'Code';
  if (type === 'AWS::Lambda::LayerVersion' && properties.Content !== undefined) return 'Content';
  if (type === 'AWS::StepFunctions::StateMachine' && properties.DefinitionS3Location !== undefined)
    return 'DefinitionS3Location';
  return undefined;
}

/** A ServiceToken of `!GetAtt Function.Arn` (or its string form) for a function written inline in the template. */
function localFunction(token: unknown, inline: ReadonlySet<string>): boolean {
  const target = isMapping(token) ? token['Fn::GetAtt'] : undefined;
  const [logicalId, attribute] = Array.isArray(target) ? target : typeof target === 'string' ? target.split('.') : [];
  return typeof logicalId === 'string' && attribute === 'Arn' && inline.has(logicalId);
}
