/** The GDPR breach risk and the significance/seriousness aids of a plan, with the rules that decided. */
import type { BreachRiskAssessment, GuidanceLink, SignificanceFinding } from '../api/types.ts';
import { humanize, labelOf, RISK_LEVEL_LABEL, RISK_SOURCE_LABEL, SIGNIFICANCE_ANSWER_LABEL } from '@iomt/core/labels';
import { Cite } from './Status.tsx';

function Guidance({ links }: { links: GuidanceLink[] }) {
  if (links.length === 0) return null;
  return (
    <>
      {' '}
      ·{' '}
      {links.map((g, i) => (
        <span key={g.text}>
          {i > 0 ? '; ' : ''}
          <a href={g.url} target="_blank" rel="noreferrer noopener">
            {g.text}
          </a>
        </span>
      ))}
    </>
  );
}

export function BreachRiskPanel({ risk }: { risk: BreachRiskAssessment }) {
  const decided = risk.findings.filter((f) => f.certainty === 'decides');
  const open = risk.findings.filter((f) => f.certainty === 'possible');
  return (
    <section className="card" aria-labelledby="risk-h">
      <h2 id="risk-h">GDPR: risk of the personal data breach</h2>
      <p>
        <strong data-testid="risk-level">{risk.level ? labelOf(RISK_LEVEL_LABEL, risk.level) : `Not decided: ${risk.possible.map((l) => labelOf(RISK_LEVEL_LABEL, l)).join(' or ')}`}</strong> — used:{' '}
        <span data-testid="risk-source">{labelOf(RISK_SOURCE_LABEL, risk.used)}</span>.
      </p>
      <p className="small">What follows: {risk.outcome}.</p>
      {risk.controller && risk.assessed ? <p className="small">The factors give: {labelOf(RISK_LEVEL_LABEL, risk.assessed)}.</p> : null}
      {risk.controllerReasoning ? <p className="small">Controller’s reasoning: {risk.controllerReasoning}</p> : null}
      <ul className="small">
        {decided.map((f) => (
          <li key={f.rule}>
            <strong>{humanize(f.kind)}</strong>: {labelOf(RISK_LEVEL_LABEL, f.level)} — {f.because}. <Cite citation={f.citation} url={f.url} />
            <Guidance links={f.guidance} />
          </li>
        ))}
      </ul>
      {open.length > 0 ? (
        <details className="small">
          <summary>Still possible until the open factors are answered ({open.length})</summary>
          <ul>
            {open.map((f) => (
              <li key={f.rule}>
                {humanize(f.kind)}: {labelOf(RISK_LEVEL_LABEL, f.level)} if {f.because}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {risk.notes.map((n) => (
        <p key={n} className="muted small">
          {n}
        </p>
      ))}
    </section>
  );
}

export function SignificancePanel({ findings }: { findings: SignificanceFinding[] }) {
  if (findings.length === 0) return null;
  return (
    <section className="card" aria-labelledby="sig-h">
      <h2 id="sig-h">Significant, serious, an accident?</h2>
      <ul className="small">
        {findings.map((f) => (
          <li key={f.id} data-aid={f.id}>
            <strong>{f.question}</strong> <Cite citation={f.citation} url={f.url} />: {labelOf(SIGNIFICANCE_ANSWER_LABEL, f.answer)}
            {f.missingFacts.length > 0 ? <span className="muted"> — still to answer: {f.missingFacts.map((m) => m.replace(/^incident\./, '')).join(', ')}</span> : null}
            {f.derives?.used ? <span className="muted"> — the plan uses this answer in place of your own assessment</span> : null}
            <Guidance links={f.guidance} />
            {f.note ? <div className="muted">{f.note}</div> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
