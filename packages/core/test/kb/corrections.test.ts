/**
 * Corrections from an independent review of the knowledge base, each pinned to what the official
 * text says (the check is recorded in the act's `verified` notes).
 */
import { describe, expect, it } from 'vitest';
import { knowledgeBase } from '../../src/index.ts';

const act = (id: Parameters<typeof knowledgeBase.act>[0]) => {
  const a = knowledgeBase.act(id);
  if (!a) throw new Error(`no act ${id}`);
  return a;
};
const allText = (id: Parameters<typeof knowledgeBase.act>[0]) => JSON.stringify(act(id));

describe('AI Act: the dates of Regulation (EU) 2026/1744', () => {
  const events = act('ai-act').timeline.filter((e) => e.label.includes('2026/1744') && e.kind === 'other' && e.date.startsWith('2026-07'));
  it('records signature (8 July 2026) and publication (24 July 2026) as checked in the EUR-Lex consolidated text', () => {
    const byDate = new Map(events.map((e) => [e.date, e]));
    expect(byDate.get('2026-07-08')?.uncertain).toBeUndefined();
    expect(byDate.get('2026-07-24')?.uncertain).toBeUndefined();
  });
  it('keeps entry into force on 27 July 2026 marked uncertain: the amending act itself was not read', () => {
    expect(events.find((e) => e.date === '2026-07-27')?.uncertain).toMatch(/not read/);
  });
  it('keeps the Annex III and Annex I dates of Art 113 as amended', () => {
    const applies = act('ai-act').timeline.filter((e) => e.kind === 'applies').map((e) => `${e.part}:${e.date}`);
    expect(applies).toEqual(expect.arrayContaining(['high-risk-annex-iii:2027-12-02', 'high-risk-annex-i:2028-08-02']));
  });
});

describe('RED delegated act: repeal by Delegated Regulation (EU) 2026/339', () => {
  it('repeals with effect from 11 December 2027, verified against the repealing act', () => {
    const repeal = act('red-da').timeline.find((e) => e.kind === 'repealed');
    expect(repeal).toMatchObject({ date: '2027-12-11' });
    expect(repeal?.uncertain).toBeUndefined();
    expect(act('red-da').verified.notes.join(' ')).toContain('is repealed with effect from 11 December 2027.');
  });
});

describe('MDR: the carve-out from the RED delegated act', () => {
  it('cites Delegated Regulation (EU) 2022/30 Art 2(1)(a)–(b), not Art 1(2)', () => {
    expect(act('mdr').notes?.join(' ')).not.toContain('2022/30 Art 1(2)');
    expect(act('mdr').notes?.join(' ')).toContain('Delegated Regulation (EU) 2022/30 Art 2(1)(a)');
    expect(allText('red-da')).toContain('"cite":"red-da:art-2(1)(a)"');
    expect(allText('red-da')).toContain('"cite":"red-da:art-2(1)(b)"');
  });
});

describe('CER: the stale notes are gone', () => {
  it('no longer says the engine cannot add months to the notification date', () => {
    expect(allText('cer')).not.toMatch(/cannot add (ten )?months/);
    expect(allText('cer')).not.toContain('carry no start date of their own yet');
  });
  it('dates the risk assessment nine months after the notification (Art 12(1))', () => {
    const d = act('cer').obligations.find((o) => o.id === 'cer:risk-assessment');
    expect(d?.startsAfter).toMatchObject({ months: 9, cite: 'cer:art-12(1)', fact: 'organisation.cerNotifiedOn' });
  });
});
