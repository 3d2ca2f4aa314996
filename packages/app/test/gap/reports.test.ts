/**
 * Reports of a gap result: CSV (RFC 4180), Markdown and standalone HTML, pinned by snapshots;
 * user text is escaped; a saved state is imported and continued, or rejected with its pointer.
 */
import { describe, expect, it } from 'vitest';
import { evaluateGap, GAP_STATE_SCHEMA } from '@iomt/core';
import type { ControlSelection, GapResult, GapState } from '@iomt/core';
import { continueImportedState, csvField, gapCsv, gapHtml, gapMarkdown, importGapState } from '../../src/export/index.ts';
import { exampleState, glucoseResult, glucoseSelection } from './fixtures.ts';

/** A three-control slice of the glucose meter, with a fixed knowledge-base stamp, so snapshots stay readable. */
function miniResult(state: GapState): GapResult {
  const full = glucoseSelection();
  const keep = new Set(['ctl-incident-handling', 'ctl-reliability-single-fault', 'ctl-security-information-for-users']);
  const selection: ControlSelection = {
    ...full,
    knowledgeBase: { version: 'KB', verifiedOn: '2026-01-01' },
    controls: full.controls
      .filter((c) => keep.has(c.control))
      .map((c) => {
        const duties = c.duties.slice(0, 2);
        const reached = new Set(duties.flatMap((d) => d.provisions));
        return { ...c, duties, acts: [...new Set(duties.map((d) => d.act))], provisions: c.provisions.filter((p) => reached.has(p.provision)) };
      }),
    duties: [],
  };
  return evaluateGap(selection, state);
}

const tricky: GapState = {
  schema: GAP_STATE_SCHEMA,
  product: 'Gluco <Link> "Pro", v2',
  asOf: '2026-11-23',
  controls: {
    'ctl-incident-handling': {
      status: 'partial',
      owner: 'Vigilance, EU',
      due: '2026-11-01',
      notes: 'Line one\nline "two" <b>bold</b>',
      evidence: [{ name: 'sop|v7.pdf', sha256: 'b'.repeat(64), url: 'https://example.com/sop?a=1&b=2' }],
    },
    'ctl-reliability-single-fault': { status: 'implemented', evidence: [{ name: 'fta.pdf', sha256: 'c'.repeat(64), url: 'https://example.com/x' }] },
    'ctl-security-information-for-users': { status: 'not-applicable', justification: 'No user interface <yet>.' },
  },
};

describe('CSV', () => {
  it('quotes fields with commas, quotes and line breaks as RFC 4180 says', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(3)).toBe('3');
  });

  it('writes one row per control with CRLF line ends', () => {
    const csv = gapCsv(miniResult(tricky));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toMatchInlineSnapshot(`
      [
        "control,title,category,selection,required_from,status,owner,due,overdue,blocks,blocks_if_applicable,acts,duties,provisions,evidence,notes,justification",
        "ctl-incident-handling,Incident handling and reporting,incident-response,required,,partial,"Vigilance, EU",2026-11-01,true,2,0,mdr,mdr:report-serious-incident; mdr:report-public-health-threat,Art 87(1)(a) MDR,sop|v7.pdf sha256:bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb https://example.com/sop?a=1&b=2,"Line one
      line ""two"" <b>bold</b>",",
        "ctl-reliability-single-fault,Reliability and single-fault safety of programmable systems,resilience-availability,required,,implemented,,,false,2,0,mdr,mdr:gspr-compliance; mdr:electronic-systems-reliability,Annex I 17.1 MDR,fta.pdf sha256:cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc https://example.com/x,,",
        "ctl-security-information-for-users,Security information and instructions for users,documentation-and-information,required,,not-applicable,,,false,2,0,mdr,mdr:gspr-compliance; mdr:minimum-it-requirements,Annex I 17.4 MDR; Annex I 23.4(ab) MDR,,,No user interface <yet>.",
        "",
      ]
    `);
  });
});

describe('Markdown report', () => {
  it('renders coverage, gaps and checklist, escaping user text', () => {
    expect(gapMarkdown(miniResult(tricky))).toMatchInlineSnapshot(`
      "# Gap assessment — Gluco \\<Link\\> "Pro", v2

      As of 2026-11-23 · knowledge base KB (verified on 2026-01-01)

      **Coverage 75%** of 3 controls: 1 implemented, 1 partial, 0 not started, 1 n/a.

      > Coverage = (implemented + ½ × partial) ÷ (controls − not applicable): a partial control counts half, a justified not-applicable control is left out; conditional controls (needed only if open facts turn out so) are counted.

      ## Coverage per act

      | Act | Coverage | Controls |
      |---|---:|---|
      | MDR | 75% | 1 implemented, 1 partial, 0 not started, 1 n/a |

      ## Coverage per category

      | Category | Coverage | Controls |
      |---|---:|---|
      | Incident response | 50% | 0 implemented, 1 partial, 0 not started |
      | Resilience and availability | 100% | 1 implemented, 0 partial, 0 not started |
      | Documentation and information | n/a | 0 implemented, 0 partial, 0 not started, 1 n/a |

      ## Gaps, most duties blocked first

      | # | Control | Status | Blocks | Acts | Owner | Due |
      |---:|---|---|---:|---|---|---|
      | 1 | **ctl-incident-handling** Incident handling and reporting | partial | 2 | mdr | Vigilance, EU | 2026-11-01 **overdue** |

      ## Checklist

      ### Incident response

      - **ctl-incident-handling** Incident handling and reporting — partial · required
        - Owner: Vigilance, EU · due: 2026-11-01 (overdue)
        - Notes: Line one line "two" \\<b\\>bold\\</b\\>
        - Evidence: [sop\\|v7.pdf](<https://example.com/sop?a=1&b=2>) (SHA-256 \`bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\`)
        - Required by: [Art 87(3) MDR](https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX:32017R0745#087.003) Report a serious incident within 15 days; [Art 87(4) MDR](https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX:32017R0745#087.004) Report a serious public health threat within 2 days

      ### Resilience and availability

      - **ctl-reliability-single-fault** Reliability and single-fault safety of programmable systems — implemented · required
        - Evidence: [fta.pdf](<https://example.com/x>) (SHA-256 \`cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc\`)
        - Required by: [Art 5(2) MDR](https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX:32017R0745#005.002) Meet the general safety and performance requirements; [Annex I 17.1 MDR](https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX:32017R0745#anx_I) Repeatable, reliable electronic programmable systems

      ### Documentation and information

      - **ctl-security-information-for-users** Security information and instructions for users — not applicable · required
        - Not applicable because: No user interface \\<yet\\>.
        - Required by: [Art 5(2) MDR](https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX:32017R0745#005.002) Meet the general safety and performance requirements; [Annex I 17.4 MDR](https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX:32017R0745#anx_I) Set minimum hardware, network and IT-security requirements

      _Not legal advice. The result follows from the facts given and the knowledge base version shown; where a fact is missing the answer says so instead of guessing._
      "
    `);
  });

  it('pins the report of the glucose-meter example', async () => {
    const r = glucoseResult();
    await expect(gapMarkdown({ ...r, knowledgeBase: { version: 'KB', verifiedOn: '2026-01-01' } })).toMatchFileSnapshot('./__snapshots__/class-iia-glucose-meter.gap.md');
  });
});

describe('HTML report', () => {
  const html = gapHtml(miniResult(tricky));

  it('is one standalone page: no scripts, no external resources, print styles', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link |src=/i);
    expect(html).toContain('@media print');
  });

  it('escapes every piece of user text and links only http(s) evidence', () => {
    expect(html).toContain('<title>Gap assessment — Gluco &lt;Link&gt; &quot;Pro&quot;, v2</title>');
    expect(html).toContain('Notes: Line one\nline &quot;two&quot; &lt;b&gt;bold&lt;/b&gt;');
    expect(html).not.toContain('<b>bold</b>');
    expect(html).toContain('<a href="https://example.com/sop?a=1&amp;b=2">sop|v7.pdf</a>');
    expect(html).toContain('Not applicable because: No user interface &lt;yet&gt;.');
  });

  it('pins the gaps table', () => {
    const gaps = html.slice(html.indexOf('<h2>Gaps'), html.indexOf('<h2>Checklist'));
    expect(gaps).toMatchInlineSnapshot(`
      "<h2>Gaps, most duties blocked first</h2>
      <table><thead><tr><th scope="col">#</th><th scope="col">Control</th><th scope="col">Status</th><th scope="col">Blocks</th><th scope="col">Acts</th><th scope="col">Owner</th><th scope="col">Due</th></tr></thead><tbody>
      <tr><td class="num">1</td><td><code>ctl-incident-handling</code><br>Incident handling and reporting</td><td class="status-partial">partial</td><td class="num">2</td><td>mdr</td><td>Vigilance, EU</td><td class="overdue">2026-11-01 overdue</td></tr>
      </tbody></table>
      "
    `);
  });
});

describe('importing a saved state', () => {
  it('continues the example state against the current selection', () => {
    const json = JSON.stringify(exampleState());
    const r = continueImportedState(json, glucoseSelection());
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.state.controls['ctl-incident-handling']?.status).toBe('partial');
      expect(Object.keys(r.state.controls)).toHaveLength(glucoseSelection().controls.length);
    }
  });

  it('rejects text that is not JSON, and a state with errors, naming pointer, value and expectation', () => {
    const notJson = importGapState('{"schema": ');
    expect(notJson.ok).toBe(false);
    if (!notJson.ok) expect(notJson.messages[0]).toMatch(/^not valid JSON: /);
    const bad = importGapState(JSON.stringify({ schema: GAP_STATE_SCHEMA, product: 'x', asOf: '2026-11-23', controls: { 'ctl-incident-handling': { status: 'partial', due: '31/12/2026' } } }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.messages).toEqual(['/controls/ctl-incident-handling/due: "31/12/2026" is not valid; expected a calendar date as YYYY-MM-DD']);
  });
});
