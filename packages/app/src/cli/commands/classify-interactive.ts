/**
 * `iomt classify --interactive`: asks the classification questions one by one, most decisive
 * first, with a way back; then prints the result and can save the answers as a profile file.
 */
import { writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { stringify } from 'yaml';
import { classificationQuestions, classify, factSpec, isIsoDate, parseProfile, readFact, setFact } from '@iomt/core';
import type { FactSpec, Profile } from '@iomt/core';
import { CliError } from '../cli-error.ts';
import { wrap } from '../format/terminal.ts';
import { asOfOption, scenarioOption } from '../options.ts';
import { loadProfile } from '../profile-file.ts';
import { renderClassification } from './classify.ts';
import type { ClassifyFlags } from './classify.ts';

export interface InteractiveIo {
  readonly input: NodeJS.ReadableStream;
  readonly write: (text: string) => void;
}

type Parsed = { ok: true; value: unknown } | { ok: false; message: string };

function choices(spec: FactSpec): { value: string; label: string }[] {
  if (spec.type === 'boolean') return [{ value: 'true', label: 'yes' }, { value: 'false', label: 'no' }];
  if (spec.type === 'enum' || spec.type === 'set') {
    const labels = spec.labels;
    return spec.values.map((v) => ({ value: v, label: labels?.[v] ?? v }));
  }
  return [];
}

function parseAnswer(spec: FactSpec, raw: string): Parsed {
  const list = choices(spec);
  const pick = (token: string) => {
    const n = Number(token);
    return Number.isInteger(n) && n >= 1 && n <= list.length ? list[n - 1]?.value : undefined;
  };
  switch (spec.type) {
    case 'boolean': {
      const v = pick(raw) ?? (['y', 'yes'].includes(raw.toLowerCase()) ? 'true' : ['n', 'no'].includes(raw.toLowerCase()) ? 'false' : undefined);
      return v === undefined ? { ok: false, message: 'answer 1 (yes) or 2 (no)' } : { ok: true, value: v === 'true' };
    }
    case 'enum': {
      const v = pick(raw);
      return v === undefined ? { ok: false, message: `answer a number from 1 to ${list.length}` } : { ok: true, value: v };
    }
    case 'set': {
      if (raw === '0') return { ok: true, value: [] };
      const picked = raw.split(',').map((t) => pick(t.trim()));
      return picked.some((p) => p === undefined)
        ? { ok: false, message: `answer numbers from 1 to ${list.length} separated by commas, or 0 for none` }
        : { ok: true, value: [...new Set(picked)] };
    }
    case 'number': {
      const n = Number(raw);
      return raw !== '' && Number.isFinite(n) && n >= 0 ? { ok: true, value: n } : { ok: false, message: `answer a non-negative number (${spec.unit})` };
    }
    case 'date':
      return isIsoDate(raw) ? { ok: true, value: raw } : { ok: false, message: 'answer a calendar date as YYYY-MM-DD' };
    case 'text':
      return { ok: true, value: raw };
  }
}

export async function interactiveClassify(file: string | undefined, flags: ClassifyFlags & { save?: string }, io: InteractiveIo): Promise<string> {
  const options = { asOf: asOfOption(flags.asOf), scenarios: scenarioOption(flags.scenario) };
  let profile: Profile = file ? loadProfile(file) : {};
  const history: { fact: string; previous: unknown }[] = [];
  const skipped = new Set<string>();
  const rl = createInterface({ input: io.input, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  const ask = async (prompt: string): Promise<string | undefined> => {
    io.write(prompt);
    const next = await lines.next();
    return next.done ? undefined : String(next.value).trim();
  };
  io.write('Answer each question by number; s = skip (leave unknown), b = back, q = finish.\n');
  try {
    for (;;) {
      const next = classificationQuestions(profile, options).find((q) => !skipped.has(q.fact));
      if (!next) break;
      const spec = factSpec(next.fact);
      if (!spec) break;
      io.write(`\n${wrap(next.question)}\n`);
      if (next.help) io.write(`${wrap(`  ${next.help}`, '  ')}\n`);
      io.write(`  (${next.fact}${next.cite ? `, ${next.cite}` : ''}; decides: ${[...new Set(next.affects)].join(', ')})\n`);
      choices(spec).forEach((c, i) => io.write(`  ${i + 1}) ${c.label}\n`));
      if (spec.type === 'set') io.write('  0) none of these\n');
      let answered = false;
      while (!answered) {
        const raw = await ask('> ');
        if (raw === undefined || raw === 'q') return finish();
        if (raw === 's') {
          skipped.add(next.fact);
          history.push({ fact: next.fact, previous: readFact(profile, next.fact) });
          answered = true;
        } else if (raw === 'b') {
          const last = history.pop();
          if (!last) {
            io.write('  Nothing to go back to.\n');
            continue;
          }
          skipped.delete(last.fact);
          profile = setFact(profile, last.fact, last.previous ?? null);
          answered = true;
        } else {
          const parsed = parseAnswer(spec, raw);
          if (!parsed.ok) {
            io.write(`  Not understood: ${parsed.message}.\n`);
            continue;
          }
          history.push({ fact: next.fact, previous: readFact(profile, next.fact) });
          profile = setFact(profile, next.fact, parsed.value);
          answered = true;
        }
      }
    }
    return finish();
  } finally {
    rl.close();
  }

  function finish(): string {
    const checked = parseProfile(profile);
    if (!checked.ok) throw new CliError(checked.issues.map((i) => `${i.pointer}: ${i.message}`).join('\n'));
    if (flags.save) {
      try {
        writeFileSync(flags.save, stringify(checked.profile));
      } catch (e) {
        throw new CliError(`--save ${flags.save}: cannot write the file (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
      }
    }
    const result = renderClassification(classify(checked.profile, options));
    return `\n${result}${flags.save ? `Answers saved to ${flags.save}\n` : ''}`;
  }
}
