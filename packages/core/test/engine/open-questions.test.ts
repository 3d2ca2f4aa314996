import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { assess, classificationQuestions, classify, openQuestions, parseProfile, questions, setFact } from '../../src/index.ts';
import type { Profile } from '../../src/index.ts';

const example = (name: string): Profile => {
  const parsed = parseProfile(parse(readFileSync(new URL(`../../../../examples/${name}.yaml`, import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error(`examples/${name}.yaml does not validate`);
  return parsed.profile;
};
const options = { asOf: '2026-12-07', scenarios: [] as string[] };

describe('open questions', () => {
  it('ask for the facts that decide an open classification once no verdict question is left', () => {
    const profile = example('incomplete-telemonitoring-app');
    const verdictFacts = questions(profile, options).map((q) => q.fact);
    const classifying = classificationQuestions(profile, options).map((q) => q.fact);
    const open = openQuestions(profile, options);
    expect(open.map((q) => q.fact).slice(0, verdictFacts.length)).toEqual(verdictFacts);
    for (const fact of classifying) expect(open.map((q) => q.fact)).toContain(fact);
    const onlyClassifying = open.find((q) => !verdictFacts.includes(q.fact));
    expect(onlyClassifying?.classifies.length).toBeGreaterThan(0);
    expect(onlyClassifying?.answers.some((a) => a.classifications.length > 0)).toBe(true);
  });

  it('run out only when nothing askable is left open: every classification decided or not applicable', () => {
    for (const name of ['incomplete-telemonitoring-app', 'consumer-fitness-band', 'smart-baby-monitor']) {
      let profile = example(name);
      let asked = 0;
      for (let open = openQuestions(profile, options); open.length > 0 && asked < 80; open = openQuestions(profile, options), asked++) {
        const q = open[0]!;
        // Answer with the last value the engine tried: a definite answer, never "unknown".
        profile = setFact(profile, q.fact, q.answers.at(-1)?.value ?? false);
      }
      expect(openQuestions(profile, options), name).toEqual([]);
      const c = classify(profile, options);
      const stillOpen = c.classifications.filter((x) => x.status === 'open');
      // What stays open may not hinge on a fact the questionnaire could still ask.
      expect(stillOpen.filter(() => c.missingFacts.length > 0), name).toEqual([]);
      const a = assess(profile, options);
      expect(a.acts.filter((x) => x.verdict === 'unknown' && a.missingFacts.length > 0).map((x) => x.act), name).toEqual([]);
    }
  });
});
