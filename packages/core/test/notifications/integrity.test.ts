/**
 * Integrity of the notification duties: stable ids of their act, citations that resolve, dossier
 * fields that exist, step anchors inside the same duty, facts and rules that exist, parts and
 * scenarios of the act, recipients the authority registry knows.
 */
import { describe, expect, it } from 'vitest';
import { ROLE_CONDITIONS } from '../../src/engine/roles.ts';
import { FACTS } from '../../src/facts/vocabulary-index.ts';
import { MEMBER_STATES } from '../../src/facts/vocabulary.ts';
import { AUTHORITY_TYPES } from '../../src/kb/authorities/index.ts';
import { DOSSIER_FIELDS, dossierField, isDossierFieldId } from '../../src/kb/incident-dossier.ts';
import { knowledgeBase, provisionExists } from '../../src/kb/knowledge-base.ts';
import type { Anchor, Deadline } from '../../src/kb/notification-types.ts';
import { parseProvision } from '../../src/kb/provision-id.ts';
import { isIsoDate } from '../../src/time/plain-date.ts';
import { BREACH_KIND_LISTS } from '../../src/kb/incident-risk/gdpr-breach-risk.ts';
import { SIGNIFICANCE_AIDS } from '../../src/kb/incident-risk/significance.ts';
import type { Condition } from '../../src/kb/types.ts';
import { allDuties, conditionsOf } from './helpers.ts';

const PEOPLE = [
  'data-subjects',
  'users',
  'service-recipients',
  'controller',
  'manufacturer',
  'internal-record',
  'notified-body',
];

const anchorOf = (d: Deadline): Anchor | undefined => ('anchor' in d ? d.anchor : undefined);

describe('notification duties: identity', () => {
  it('exist for every regime of the incident planner', () => {
    const acts = new Set(allDuties().map((d) => d.id.split(':')[0]));
    expect([...acts].sort()).toEqual([
      'ai-act',
      'cer',
      'cra',
      'ehds',
      'gdpr',
      'gpsr',
      'ivdr',
      'mdr',
      'nis2',
    ]);
  });

  it('use every duty id once', () => {
    const ids = allDuties().map((d) => d.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  for (const act of knowledgeBase.acts) {
    for (const d of act.notifications ?? []) {
      describe(d.id, () => {
        it('is prefixed with its act and has a title and at least one step', () => {
          expect(d.id.startsWith(`${act.id}:`)).toBe(true);
          expect(d.title.length).toBeGreaterThan(10);
          expect(d.steps.length).toBeGreaterThan(0);
        });

        it('binds a known role and goes to a recipient the registry or the people list knows', () => {
          expect(Object.keys(ROLE_CONDITIONS)).toContain(d.who);
          for (const r of [
            d.recipient,
            ...d.steps.flatMap((s) => (s.recipient ? [s.recipient] : [])),
          ]) {
            expect([...AUTHORITY_TYPES, ...PEOPLE], `${d.id} recipient ${r}`).toContain(r);
          }
        });

        it('cites only provisions of its own act that exist, down to the steps and exemptions', () => {
          const cites = [
            d.cite,
            ...d.steps.map((s) => s.cite),
            ...(d.exemptions ?? []).map((e) => e.cite),
          ];
          for (const c of cites) {
            expect(parseProvision(c)?.act, `${c} in ${d.id}`).toBe(act.id);
            expect(provisionExists(c), `${c} in ${d.id}`).toBe(true);
          }
          for (const { where, condition } of conditionsOf(d)) {
            if (condition.cite)
              expect(provisionExists(condition.cite), `${condition.cite} (${where})`).toBe(true);
          }
        });

        it('gives each step a unique id and content from the dossier catalogue', () => {
          const ids = d.steps.map((s) => s.id);
          expect(new Set(ids).size).toBe(ids.length);
          for (const s of d.steps) {
            expect(s.content.length, `${d.id} ${s.id}`).toBeGreaterThan(0);
            for (const f of s.content)
              expect(isDossierFieldId(f), `${d.id} ${s.id}: ${f}`).toBe(true);
          }
        });

        it('anchors step deadlines only on an earlier step of the same duty', () => {
          d.steps.forEach((s, i) => {
            const a = anchorOf(s.deadline);
            if (a?.kind !== 'step') return;
            const target = d.steps.findIndex((t) => t.id === a.step);
            expect(target, `${d.id} ${s.id} → ${a.step}`).toBeGreaterThanOrEqual(0);
            expect(target, `${d.id} ${s.id} → ${a.step}`).toBeLessThan(i);
          });
        });

        it('counts periods in positive whole units', () => {
          for (const s of d.steps) {
            const period =
              s.deadline.kind === 'within'
                ? s.deadline.period
                : 'outerLimit' in s.deadline
                  ? s.deadline.outerLimit
                  : undefined;
            if (!period) continue;
            expect(Number.isInteger(period.amount) && period.amount > 0, `${d.id} ${s.id}`).toBe(
              true,
            );
          }
        });

        it('reads only facts of the vocabulary, with values it allows, and only rules that exist', () => {
          for (const { where, condition: c } of conditionsOf(d)) {
            if (c.kind === 'ref')
              expect(knowledgeBase.rule(c.ref), `${c.ref} (${where})`).toBeDefined();
            if (c.kind === 'class')
              expect(
                knowledgeBase.classifier(c.classifier),
                `${c.classifier} (${where})`,
              ).toBeDefined();
            if (c.kind !== 'fact') continue;
            const spec = FACTS.get(c.fact);
            expect(spec, `${c.fact} (${where})`).toBeDefined();
            if (!spec) continue;
            const allowed = 'values' in spec ? spec.values : undefined;
            const t = c.test;
            if ((t.op === 'eq' || t.op === 'has') && allowed)
              expect(allowed, where).toContain(t.value);
            if ((t.op === 'in' || t.op === 'hasAny') && allowed)
              for (const v of t.values) expect(allowed, where).toContain(v);
            if (t.op === 'has' || t.op === 'hasAny') expect(spec.type, where).toBe('set');
            if (t.op === 'true') expect(spec.type, where).toBe('boolean');
          }
        });

        it('names only parts and scenarios that exist', () => {
          if (d.part)
            expect(
              (act.parts ?? []).map((p) => p.id),
              `${d.id} part`,
            ).toContain(d.part);
          const scenarios = knowledgeBase.scenarios.map((s) => s.id);
          if (d.scenario) expect(scenarios).toContain(d.scenario);
          for (const r of d.replacedBy ?? []) {
            expect(scenarios).toContain(r);
            // A duty a scenario replaces has its variant under that scenario in the same act.
            expect(
              (act.notifications ?? []).some((o) => o.scenario === r),
              `${d.id} variant under ${r}`,
            ).toBe(true);
          }
          if (d.awarenessFrom) expect(isIsoDate(d.awarenessFrom)).toBe(true);
        });
      });
    }
  }
});

describe('incident dossier catalogue', () => {
  it('uses every field id once, and describes each field', () => {
    const ids = DOSSIER_FIELDS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of DOSSIER_FIELDS) {
      expect(f.label.length, f.id).toBeGreaterThan(3);
      expect(f.description.length, f.id).toBeGreaterThan(30);
      expect(f.cites.length, f.id).toBeGreaterThan(0);
      for (const c of f.cites) expect(provisionExists(c), `${f.id}: ${c}`).toBe(true);
      const options: readonly string[] | undefined = 'options' in f ? f.options : undefined;
      expect(options !== undefined, `${f.id} options`).toBe(f.type === 'choice');
    }
  });

  it('holds no field that no step asks for', () => {
    const used = new Set(allDuties().flatMap((d) => d.steps.flatMap((s) => s.content)));
    expect(DOSSIER_FIELDS.map((f) => f.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it('covers the minimum content of a GDPR breach notification, Art 33(3)(a)–(d)', () => {
    const fields =
      allDuties().find((d) => d.id === 'gdpr:breach-notification-authority')?.steps[0]?.content ??
      [];
    for (const f of [
      'incident-description',
      'data-subjects-number',
      'records-number',
      'contact-point',
      'likely-consequences',
      'mitigation-measures',
    ]) {
      expect(fields).toContain(f);
    }
    expect(dossierField('contact-point')?.cites).toContain('gdpr:art-33(3)(b)');
  });
});

describe('incident facts', () => {
  it('offer the same Member States as the rest of the vocabulary', () => {
    const spec = FACTS.get('incident.occurredIn');
    expect(spec?.type).toBe('set');
    expect(spec && 'values' in spec ? [...spec.values].sort() : []).toEqual(
      Object.keys(MEMBER_STATES).sort(),
    );
  });

  it('each ask a question and cite the provision that defines the concept', () => {
    const incidentFacts = [...FACTS].filter(([path]) => path.startsWith('incident.'));
    expect(incidentFacts.length).toBeGreaterThan(20);
    for (const [path, spec] of incidentFacts) {
      expect(spec.question.endsWith('?') || spec.question.endsWith(')'), path).toBe(true);
      expect(spec.cite, path).toBeDefined();
    }
  });

  it('are read by the notification duties (every boolean, choice and multi-select fact decides something)', () => {
    const read = new Set<string>();
    for (const d of allDuties())
      for (const { condition: c } of conditionsOf(d)) if (c.kind === 'fact') read.add(c.fact);
    // The breach-risk rules and the significance aids decide the assessments the duties read.
    const visit = (c: Condition): void => {
      if (c.kind === 'fact') read.add(c.fact);
      if (c.kind === 'all' || c.kind === 'any' || c.kind === 'firstKnown') c.of.forEach(visit);
      if (c.kind === 'not') visit(c.of);
    };
    for (const list of BREACH_KIND_LISTS) list.rules.forEach((r) => visit(r.when));
    for (const aid of SIGNIFICANCE_AIDS) visit(aid.test);
    const unread = [...FACTS]
      .filter(([path, spec]) => path.startsWith('incident.') && spec.type !== 'number')
      .map(([path]) => path)
      .filter((path) => !read.has(path));
    // Inputs to recipient routing, and the controller's own reasoning (text, for the record).
    expect(unread.sort()).toEqual(['incident.breachRiskReasoning', 'incident.craCoordinatorState', 'incident.dataSubjectsResideIn', 'incident.occurredIn']);
  });
});
