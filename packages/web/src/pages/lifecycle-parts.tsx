/** Pieces shared by the support and liability pages: citations, reasons, state badges, questions. */
import type { Cite as CoreCite, CitedReason, FactQuestion } from '@iomt/core';
import { SUPPORT_STATE_LABEL } from '@iomt/core/labels/lifecycle';
import { Cite } from '../components/Status.tsx';

export function Cites({ cites }: { cites: readonly CoreCite[] }) {
  if (cites.length === 0) return null;
  return (
    <span className="small">
      {' ('}
      {cites.map((c, i) => (
        <span key={c.id}>
          {i > 0 ? ', ' : ''}
          <Cite citation={c.label} url={c.url} />
        </span>
      ))}
      {')'}
    </span>
  );
}

export function ReasonText({ reason }: { reason: CitedReason }) {
  return (
    <>
      {reason.text}
      <Cites cites={reason.cites} />
      {reason.contested ? (
        <>
          {' '}
          <span className="badge v-unknown">Contested</span> <em className="small">{reason.contested}</em>
        </>
      ) : null}
    </>
  );
}

export function Reasons({ reasons }: { reasons: readonly CitedReason[] }) {
  return (
    <ul>
      {reasons.map((r, i) => (
        <li key={i}>
          <ReasonText reason={r} />
        </li>
      ))}
    </ul>
  );
}

const STATE_CLASS: Record<string, string> = {
  supported: 'v-applies',
  'ending-soon': 'v-unknown',
  'out-of-support': 's-overdue',
  unknown: 'v-does-not-apply',
};

export function StateBadge({ state }: { state: keyof typeof SUPPORT_STATE_LABEL }) {
  return <span className={`badge ${STATE_CLASS[state] ?? ''}`}>{SUPPORT_STATE_LABEL[state]}</span>;
}

/** A value of three-valued logic as a badge: yes / no / open. */
export function TriBadge({ value, yes, no, open }: { value: boolean | 'unknown'; yes: string; no: string; open: string }) {
  const cls = value === true ? 'v-applies' : value === false ? 'v-does-not-apply' : 'v-unknown';
  return <span className={`badge ${cls}`}>{value === true ? yes : value === false ? no : open}</span>;
}

export function Questions({ questions }: { questions: readonly FactQuestion[] }) {
  if (questions.length === 0) return null;
  return (
    <>
      <h2>Questions: facts that would change the answer</h2>
      <ul>
        {questions.map((q) => (
          <li key={q.fact}>
            <strong>{q.question}</strong> <code className="small">{q.fact}</code> — <span className="muted">{q.why}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
