/**
 * The allowed values of each enumerated fact, read from the profile JSON Schema (GET /schema/profile),
 * keyed by dotted fact path. Set-valued facts (arrays of an enum) list the item values.
 */

type SchemaNode = Record<string, unknown>;

const isNode = (v: unknown): v is SchemaNode => v !== null && typeof v === 'object' && !Array.isArray(v);

export function enumValuesByFact(schema: unknown): Map<string, unknown[]> {
  const out = new Map<string, unknown[]>();
  const root = isNode(schema) ? schema : {};

  const resolve = (node: SchemaNode): SchemaNode => {
    const ref = node.$ref;
    if (typeof ref !== 'string' || !ref.startsWith('#/')) return node;
    let target: unknown = root;
    for (const part of ref.slice(2).split('/')) target = isNode(target) ? target[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
    return isNode(target) ? target : node;
  };

  const add = (path: string, values: unknown[]) => {
    const list = out.get(path) ?? [];
    for (const v of values) if (v !== null && !list.some((x) => x === v)) list.push(v);
    if (list.length > 0) out.set(path, list);
  };

  // Depth bounds recursive schemas; profiles nest a few levels only.
  const walk = (raw: unknown, path: string, depth: number) => {
    if (!isNode(raw) || depth > 24) return;
    const node = resolve(raw);
    if (Array.isArray(node.enum) && path) add(path, node.enum);
    for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
      const list = node[key];
      if (Array.isArray(list)) for (const sub of list) walk(sub, path, depth + 1);
    }
    if (isNode(node.items)) walk(node.items, path, depth + 1);
    if (isNode(node.properties)) {
      for (const [key, sub] of Object.entries(node.properties)) walk(sub, path ? `${path}.${key}` : key, depth + 1);
    }
  };
  walk(root, '', 0);
  return out;
}
