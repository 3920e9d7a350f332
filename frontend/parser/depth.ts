// The nesting limit CPython enforces after parsing: an AST nested deeper than
// about 3,000 nodes raises RecursionError (3.11's limit is 3 x the recursion
// limit of 1000, less the frames already in use). The walk is iterative, so
// measuring a deep tree cannot itself overflow the JS stack.
import { nodeFields, type Node } from './ast.js';

/** Limits calibrated against python3: deepest accepted total nesting (module and statements included). */
export const AST_CONSTRUCTION_LIMIT = 2991;
export const COMPILATION_LIMIT = 2995;

/** The depth of the deepest node of the tree (the root has depth 1). */
export function astDepth(root: Node): number {
  const nodes: Node[] = [root];
  const depths: number[] = [1];
  let deepest = 0;
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const depth = depths.pop()!;
    if (depth > deepest) deepest = depth;
    const record = node as unknown as Record<string, unknown>;
    for (const field of nodeFields[node._type]) {
      const value = record[field];
      if (Array.isArray(value)) {
        for (const item of value) {
          if (item !== null && typeof item === 'object' && '_type' in item) { nodes.push(item as Node); depths.push(depth + 1); }
        }
      } else if (value !== null && typeof value === 'object' && '_type' in value) {
        nodes.push(value as Node);
        depths.push(depth + 1);
      }
    }
  }
  return deepest;
}
