import { compareText } from '../../ordering.js';
import { isMapping } from './rule-context.js';

/**
 * Resources that depend on each other in a circle, each circle as its resource names, sorted, the first one where it
 * is reported: CloudFormation orders resources by DependsOn and by the Ref, Fn::GetAtt and Fn::Sub references in
 * them, and refuses a template whose order has a circle ("Circular dependency between resources"). A resource that
 * names itself is a circle of one.
 */
export function dependencyCycles(section: Record<string, unknown>, resources: ReadonlySet<string>): string[][] {
  const edges = new Map<string, Set<string>>();
  for (const [logicalId, resource] of Object.entries(section)) {
    if (!isMapping(resource)) continue;
    const named = new Set<string>();
    // A resource's Condition names a condition, not a resource.
    collectReferences({ ...resource, Condition: undefined }, named);
    edges.set(logicalId, new Set([...named].filter((name) => resources.has(name))));
  }
  return stronglyConnectedCycles(edges);
}

/**
 * Conditions that name each other in a circle through `Condition` (the condition function), each circle as its
 * condition names, sorted: a condition that depends on itself, directly or through others, has no value to
 * evaluate to. The User Guide ("Condition functions") lets a condition name others, not say this; cfn-lint 1.51 does
 * not check it; an emulator's conformance tests record CloudFormation's refusal as "Circular dependency between
 * conditions".
 */
export function conditionCycles(section: Record<string, unknown>): string[][] {
  const edges = new Map<string, Set<string>>();
  for (const [name, condition] of Object.entries(section)) {
    const named = new Set<string>();
    collectConditionNames(condition, named);
    edges.set(name, new Set([...named].filter((other) => Object.hasOwn(section, other))));
  }
  return stronglyConnectedCycles(edges);
}

function collectConditionNames(node: unknown, into: Set<string>): void {
  if (Array.isArray(node)) return node.forEach((item) => collectConditionNames(item, into));
  if (!isMapping(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'Condition' && typeof value === 'string') into.add(value);
    else collectConditionNames(value, into);
  }
}

/** The circles of a graph (Tarjan's strongly connected components of more than one node, or with a self-edge). */
function stronglyConnectedCycles(edges: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
      onStack.delete(member);
      component.push(member);
      if (member === node) break;
    }
    if (component.length > 1 || edges.get(node)?.has(node)) cycles.push(component.sort(compareText));
  };
  for (const node of [...edges.keys()].sort(compareText)) if (!index.has(node)) visit(node);
  return cycles.sort((a, b) => compareText(a[0]!, b[0]!));
}

/** The names a node refers to: DependsOn entries, Ref names, Fn::GetAtt resources and Fn::Sub variables. */
/**
 * The logical ids a template value names, at any depth: `Ref`, `Fn::GetAtt`'s resource, `Fn::Sub` variables outside
 * its own map (subReferences), and DependsOn. Parameters and resources share one namespace of logical ids.
 */
export function referencedNames(node: unknown): Set<string> {
  const names = new Set<string>();
  collectReferences(node, names);
  return names;
}

function collectReferences(node: unknown, into: Set<string>): void {
  if (Array.isArray(node)) return node.forEach((item) => collectReferences(item, into));
  if (!isMapping(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'DependsOn')
      for (const name of Array.isArray(value) ? value : [value]) if (typeof name === 'string') into.add(name);
    if (key === 'Ref' && typeof value === 'string') into.add(value);
    if (key === 'Fn::GetAtt') {
      const target = Array.isArray(value) ? value[0] : typeof value === 'string' ? value.split('.')[0] : undefined;
      if (typeof target === 'string') into.add(target);
    }
    if (key === 'Fn::Sub') for (const name of subReferences(value)) into.add(name.split('.')[0]!);
    collectReferences(value, into);
  }
}

/**
 * The names an Fn::Sub argument refers to outside its own variable map: `${Name}` and `${Resource.Attribute}`, as
 * written (trimmed); `${!Literal}` is text, not a reference.
 */
export function subReferences(argument: unknown): string[] {
  const [text, variables] = Array.isArray(argument) ? argument : [argument, {}];
  if (typeof text !== 'string') return [];
  const own = new Set(isMapping(variables) ? Object.keys(variables) : []);
  return [...text.matchAll(/\$\{([^!}][^}]*)\}/g)]
    .map(([, variable]) => variable!.trim())
    .filter((name) => !own.has(name));
}
