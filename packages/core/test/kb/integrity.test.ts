/**
 * Integrity of the knowledge base: every fact a rule reads exists, every citation is
 * well-formed and resolves to a provision of its act, every act has a timeline, sources and a
 * verification record.
 */
import { describe, expect, it } from 'vitest';
import { ACT_IDS, FACTS, isIsoDate, knowledgeBase, parseProvision, provisionExists } from '../../src/index.ts';
import type { ActDefinition, Condition, ProvisionId } from '../../src/index.ts';
import { allConditions } from '../../src/kb/walk.ts';

function citationsOf(act: ActDefinition): { where: string; cite: ProvisionId }[] {
  const out: { where: string; cite: ProvisionId }[] = [];
  const walk = (c: Condition, where: string) => {
    if (c.cite) out.push({ where, cite: c.cite });
    if (c.kind === 'all' || c.kind === 'any' || c.kind === 'firstKnown') c.of.forEach((s) => walk(s, where));
    if (c.kind === 'not') walk(c.of, where);
  };
  for (const r of [act.scope, ...(act.predicates ?? [])]) {
    out.push({ where: `rule ${r.id}`, cite: r.cite });
    walk(r.when, `rule ${r.id}`);
    for (const ex of r.unless ?? []) {
      out.push({ where: `exception ${ex.id}`, cite: ex.cite });
      walk(ex.when, `exception ${ex.id}`);
    }
  }
  for (const o of act.obligations) {
    out.push({ where: o.id, cite: o.cite });
    if (o.when) walk(o.when, o.id);
  }
  for (const e of act.timeline) if (e.cite) out.push({ where: `event ${e.date}`, cite: e.cite });
  for (const p of act.parts ?? []) out.push({ where: `part ${p.id}`, cite: p.cite });
  return out;
}

describe('knowledge base integrity', () => {
  it('covers every act of the design exactly once', () => {
    expect(knowledgeBase.acts.map((a) => a.id).sort()).toEqual([...ACT_IDS].sort());
  });

  for (const act of knowledgeBase.acts) {
    describe(act.id, () => {
      it('has identity, a link to the official text and a summary', () => {
        expect(act.title.length).toBeGreaterThan(20);
        expect(act.number).not.toBe('');
        expect(act.url).toMatch(/^https:\/\//);
        if (act.kind !== 'guidance' && act.kind !== 'recommendation') {
          expect(act.url).toMatch(/^https:\/\/eur-lex\.europa\.eu\//);
          expect(act.celex).toMatch(/^3\d{4}[RLDH]\d{4}$/);
        }
        expect(act.summary.length).toBeGreaterThan(40);
      });

      it('has a dated timeline with at least one application date', () => {
        for (const e of act.timeline) expect(isIsoDate(e.date), `${e.date} in ${act.id}`).toBe(true);
        expect(act.timeline.some((e) => e.kind === 'applies')).toBe(true);
        const partIds = new Set((act.parts ?? []).map((p) => p.id));
        for (const e of act.timeline) if (e.part) expect(partIds.has(e.part), `part ${e.part}`).toBe(true);
      });

      it('has sources and a verification record', () => {
        expect(act.sources.length).toBeGreaterThan(0);
        expect(isIsoDate(act.verified.checkedOn)).toBe(true);
        expect(act.verified.notes.length).toBeGreaterThan(0);
      });

      it('cites only well-formed provisions that exist in the act', () => {
        for (const { where, cite } of citationsOf(act)) {
          expect(parseProvision(cite), `${cite} (${where}) is not well-formed`).toBeDefined();
          expect(provisionExists(cite), `${cite} (${where}) does not resolve`).toBe(true);
        }
      });

      it('gives every obligation a stable id of its act, a role, a category and a summary', () => {
        for (const o of act.obligations) {
          expect(o.id.startsWith(`${act.id}:`), o.id).toBe(true);
          expect(o.summary.length, o.id).toBeGreaterThan(30);
          if (o.part) expect((act.parts ?? []).some((p) => p.id === o.part), `${o.id} part`).toBe(true);
          if (o.startsAfter) {
            expect(FACTS.get(o.startsAfter.fact)?.type, `${o.id} startsAfter`).toBe('date');
            expect(provisionExists(o.startsAfter.cite), `${o.id} startsAfter cite`).toBe(true);
          }
        }
      });

      it('names only scenarios that exist', () => {
        const ids = new Set(knowledgeBase.scenarios.map((s) => s.id));
        for (const e of act.timeline) {
          if (e.scenario) expect(ids.has(e.scenario), e.scenario).toBe(true);
          if (e.replacedBy) expect(ids.has(e.replacedBy), e.replacedBy).toBe(true);
        }
        for (const o of act.obligations) {
          if (o.scenario) expect(ids.has(o.scenario), o.scenario).toBe(true);
          for (const r of o.replacedBy ?? []) expect(ids.has(r), r).toBe(true);
        }
      });
    });
  }

  it('uses every obligation id once', () => {
    const ids = knowledgeBase.acts.flatMap((a) => a.obligations.map((o) => o.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('reads only facts of the vocabulary, with values the vocabulary allows', () => {
    for (const { where, condition: c } of allConditions()) {
      if (c.kind !== 'fact') continue;
      const spec = FACTS.get(c.fact);
      expect(spec, `${c.fact} (${where})`).toBeDefined();
      if (!spec) continue;
      const t = c.test;
      const allowed = 'values' in spec ? spec.values : undefined;
      if ((t.op === 'eq' || t.op === 'has') && allowed) expect(allowed, `${where}`).toContain(t.value);
      if ((t.op === 'in' || t.op === 'hasAny') && allowed) for (const v of t.values) expect(allowed, `${where}`).toContain(v);
      if (t.op === 'has' || t.op === 'hasAny') expect(spec.type, `${where}`).toBe('set');
      if (['gte', 'gt', 'lt', 'lte'].includes(t.op)) expect(spec.type, `${where}`).toBe('number');
      if (['before', 'onOrBefore', 'after', 'onOrAfter'].includes(t.op)) {
        expect(spec.type, `${where}`).toBe('date');
        expect(isIsoDate((t as { value: string }).value)).toBe(true);
      }
      if (t.op === 'true') expect(spec.type, `${where}`).toBe('boolean');
    }
  });

  it('references only rules that exist', () => {
    for (const { where, condition: c } of allConditions()) {
      if (c.kind === 'ref') expect(knowledgeBase.rule(c.ref), `${c.ref} (${where})`).toBeDefined();
    }
  });

  it('cites only provisions that exist in the vocabulary too', () => {
    for (const [path, spec] of FACTS) {
      if (spec.cite) expect(provisionExists(spec.cite), `${path}: ${spec.cite}`).toBe(true);
    }
  });
});
