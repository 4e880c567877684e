import { isAlias, isCollection, isPair } from 'yaml';
import type { Document, Node } from 'yaml';

/** Manifests have no legitimate need for many aliases; a handful allows anchors for shared tag sets. */
export const MAX_ALIASES = 10;
/**
 * How many nodes aliases may add when they are expanded. Ten aliases of a large anchored list would still
 * multiply the file (a template took 5.3 s and 284 MB), so what counts is the size they expand to.
 */
export const MAX_ALIAS_EXPANSION = 10_000;
/**
 * How deep lists and mappings may nest. No manifest, catalogue or template needs more than a few dozen levels, and
 * past several hundred the parser itself runs out of stack, at a depth that depends on the Node.js build: a fixed
 * limit well below that gives the same answer everywhere.
 */
export const MAX_NESTING = 100;

/** The first collection nested deeper than `limit`, found without recursion, so any depth the parser built is safe. */
export function firstNodeDeeperThan(root: unknown, limit: number): Node | undefined {
  const pending: { node: unknown; depth: number }[] = [{ node: root, depth: 1 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (!isCollection(next.node)) continue;
    if (next.depth > limit) return next.node;
    for (const item of next.node.items) {
      if (isPair(item))
        pending.push({ node: item.key, depth: next.depth + 1 }, { node: item.value, depth: next.depth + 1 });
      else pending.push({ node: item, depth: next.depth + 1 });
    }
  }
  return undefined;
}

/**
 * How many nodes the aliases add once every alias is replaced by what it stands for: the expanded size minus the
 * written size. Anchored nodes may hold aliases themselves, so sizes multiply; they are memoised per node, and an
 * anchor that contains itself is unbounded.
 */
export function aliasExpansion(document: Document): { added: number; largest: Node | undefined } {
  const sizes = new Map<unknown, number>();
  const visiting = new Set<unknown>();
  let written = 0;
  let largest: { node: Node; size: number } | undefined;
  const expandedSize = (node: unknown, counting: boolean): number => {
    if (isAlias(node)) {
      if (counting) written++;
      const size = expandedSize(node.resolve(document), false);
      if (counting && (!largest || size > largest.size)) largest = { node, size };
      return size;
    }
    if (counting) written++;
    const known = sizes.get(node);
    if (known !== undefined && !counting) return known;
    if (visiting.has(node)) return Infinity;
    visiting.add(node);
    let size = 1;
    if (isCollection(node))
      for (const item of node.items)
        size += isPair(item)
          ? expandedSize(item.key, counting) + expandedSize(item.value, counting)
          : expandedSize(item, counting);
    visiting.delete(node);
    sizes.set(node, size);
    return size;
  };
  const expanded = expandedSize(document.contents, true);
  return { added: expanded - written, largest: largest?.node };
}
