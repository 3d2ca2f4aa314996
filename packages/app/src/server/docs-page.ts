/**
 * The API reference as one self-contained HTML page, rendered from the OpenAPI document: no
 * script, no CDN, readable offline. Operations are grouped by tag; schemas link to components.
 */
import { PROBLEM_TITLES } from './problem.ts';
import type { ProblemKind } from './problem.ts';

type Json = Record<string, unknown>;
interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  security?: Json[];
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema?: Json }[];
  requestBody?: { content?: Record<string, { schema?: Json }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: Json }> }>;
}

const esc = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const anchor = (t: string): string => t.replace(/[^A-Za-z0-9_-]/g, '-');
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** A schema in brief: `$ref`s become links, objects list their properties. */
function schemaHtml(schema: Json | undefined, depth = 0): string {
  if (!schema) return '<em>any</em>';
  const ref = schema.$ref;
  if (typeof ref === 'string') {
    const name = ref.replace('#/components/schemas/', '');
    return `<a href="#schema-${anchor(name)}"><code>${esc(name)}</code></a>`;
  }
  if (Array.isArray(schema.anyOf) || Array.isArray(schema.oneOf)) {
    const list = (schema.anyOf ?? schema.oneOf) as Json[];
    return list.map((s) => schemaHtml(s, depth)).join(' <em>or</em> ');
  }
  if (Array.isArray(schema.enum)) return `one of ${(schema.enum as unknown[]).map((v) => `<code>${esc(JSON.stringify(v))}</code>`).join(', ')}`;
  const type = Array.isArray(schema.type) ? (schema.type as string[]).join(' | ') : typeof schema.type === 'string' ? schema.type : undefined;
  if (type === 'array') return `array of ${schemaHtml(schema.items as Json | undefined, depth)}`;
  const props = schema.properties as Record<string, Json> | undefined;
  if ((type === 'object' || props) && props && Object.keys(props).length > 0 && depth < 4) {
    const required = new Set((schema.required as string[] | undefined) ?? []);
    const rows = Object.entries(props).map(
      ([k, v]) =>
        `<li><code>${esc(k)}</code>${required.has(k) ? ' <strong>required</strong>' : ''}: ${schemaHtml(v, depth + 1)}${typeof v.description === 'string' ? ` — ${esc(v.description)}` : ''}</li>`,
    );
    const closed = schema.additionalProperties === false ? '<li><em>no other fields</em></li>' : '';
    return `object<ul>${rows.join('')}${closed}</ul>`;
  }
  const facets = ['format', 'minimum', 'maximum', 'minLength', 'maxLength', 'pattern']
    .filter((f) => schema[f] !== undefined)
    .map((f) => `${f} ${esc(String(schema[f] as string | number))}`);
  return `${esc(type ?? (schema.const !== undefined ? `const ${JSON.stringify(schema.const)}` : 'any'))}${facets.length ? ` <small>(${facets.join(', ')})</small>` : ''}`;
}

function operationHtml(method: string, path: string, op: Operation): string {
  const params = op.parameters ?? [];
  const paramRows = params
    .map((p) => `<tr><td><code>${esc(p.name)}</code></td><td>${esc(p.in)}</td><td>${p.required ? 'yes' : 'no'}</td><td>${schemaHtml(p.schema)}${p.description ? ` — ${esc(p.description)}` : ''}</td></tr>`)
    .join('');
  const body = Object.entries(op.requestBody?.content ?? {})
    .map(([type, m]) => `<p>Body (<code>${esc(type)}</code>): ${schemaHtml(m.schema)}</p>`)
    .join('');
  const responses = Object.entries(op.responses ?? {})
    .map(([status, r]) => {
      const content = Object.entries(r.content ?? {})
        .map(([type, m]) => `<code>${esc(type)}</code>: ${schemaHtml(m.schema)}`)
        .join('<br>');
      return `<tr><td>${esc(status)}</td><td>${esc(r.description ?? '')}</td><td>${content}</td></tr>`;
    })
    .join('');
  const auth = op.security && op.security.length > 0 ? 'Bearer token or session cookie' : 'none';
  return `<section class="op" id="op-${anchor(op.operationId ?? `${method}-${path}`)}">
<h3><span class="m m-${method}">${method.toUpperCase()}</span> <code>${esc(path)}</code></h3>
<p>${esc(op.summary ?? '')}${op.description ? `<br>${esc(op.description)}` : ''}</p>
<p class="meta">operationId <code>${esc(op.operationId ?? '')}</code> · authentication: ${auth}</p>
${params.length ? `<table><thead><tr><th>Parameter</th><th>In</th><th>Required</th><th>Schema</th></tr></thead><tbody>${paramRows}</tbody></table>` : ''}
${body}
<table><thead><tr><th>Status</th><th>Meaning</th><th>Content</th></tr></thead><tbody>${responses}</tbody></table>
</section>`;
}

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:70rem;margin:0 auto;padding:1rem 2rem;color:#1b1b1f}
code{font:13px ui-monospace,monospace;background:#f3f3f6;padding:0 .2em;border-radius:3px}
table{border-collapse:collapse;margin:.5rem 0;width:100%}td,th{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
.op{border-top:1px solid #ccc;padding:.5rem 0}.meta{color:#555;font-size:13px}
.m{display:inline-block;min-width:4.5em;text-align:center;border-radius:3px;color:#fff;font-size:13px;padding:.1em .3em}
.m-get{background:#1864ab}.m-post{background:#2b8a3e}.m-put{background:#e67700}.m-patch{background:#862e9c}.m-delete{background:#c92a2a}
nav ul{columns:3}details{margin:.3rem 0}pre{background:#f6f6f9;padding:.5rem;overflow:auto;font-size:12px}`;

export function renderDocsPage(doc: Json): string {
  const info = (doc.info ?? {}) as { title?: string; version?: string; description?: string };
  const paths = (doc.paths ?? {}) as Record<string, Record<string, Operation>>;
  const byTag = new Map<string, string[]>();
  for (const [path, item] of Object.entries(paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const tag = op.tags?.[0] ?? 'Other';
      byTag.set(tag, [...(byTag.get(tag) ?? []), operationHtml(method, path, op)]);
    }
  }
  const schemas = ((doc.components as Json | undefined)?.schemas ?? {}) as Record<string, Json>;
  const tags = [...byTag.keys()];
  const problems = (Object.keys(PROBLEM_TITLES) as ProblemKind[])
    .map((k) => `<tr id="problem-${k}"><td><code>/api/docs#problem-${k}</code></td><td>${PROBLEM_TITLES[k].status}</td><td>${esc(PROBLEM_TITLES[k].title)}</td></tr>`)
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(info.title ?? 'API')} — reference</title><style>${STYLE}</style></head>
<body><header><h1>${esc(info.title ?? 'API')} <small>${esc(info.version ?? '')}</small></h1>
<p>${esc(info.description ?? '')}</p>
<p>Machine-readable: <a href="/api/v1/openapi.json"><code>/api/v1/openapi.json</code></a> (OpenAPI 3.1).</p></header>
<nav><h2>Contents</h2><ul>${tags.map((t) => `<li><a href="#tag-${anchor(t)}">${esc(t)}</a></li>`).join('')}<li><a href="#schemas">Schemas</a></li><li><a href="#problems">Problem types</a></li></ul></nav>
<main>${tags.map((t) => `<h2 id="tag-${anchor(t)}">${esc(t)}</h2>${(byTag.get(t) ?? []).join('\n')}`).join('\n')}
<h2 id="schemas">Schemas</h2>
${Object.entries(schemas)
  .map(([name, s]) => `<section id="schema-${anchor(name)}"><h3>${esc(name)}</h3><p>${typeof s.description === 'string' ? esc(s.description) : ''}</p><div>${schemaHtml(s)}</div><details><summary>JSON Schema</summary><pre>${esc(JSON.stringify(s, null, 2))}</pre></details></section>`)
  .join('\n')}
<h2 id="problems">Problem types</h2>
<p>Errors are <code>application/problem+json</code> (RFC 9457): <code>{type, title, status, detail, errors?}</code>; each entry of <code>errors</code> names a field by JSON pointer (<code>pointer</code>, <code>in</code>), the <code>value</code> found and what was <code>expected</code>.</p>
<table><thead><tr><th>type</th><th>Status</th><th>Title</th></tr></thead><tbody>${problems}</tbody></table>
</main></body></html>
`;
}
