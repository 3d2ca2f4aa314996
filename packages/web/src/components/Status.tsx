import type { ReactNode } from 'react';

export function Loading({ what }: { what: string }) {
  return (
    <p className="muted" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty">
      <p>
        <strong>{title}</strong>
      </p>
      {children}
    </div>
  );
}

const VERDICT_LABEL: Record<string, string> = {
  applies: 'Applies',
  'partly-applies': 'Applies in part',
  'applies-from': 'Applies from',
  'does-not-apply': 'Does not apply',
  'no-longer-applies': 'No longer applies',
  unknown: 'Unknown',
  possible: 'Possible',
  none: 'None',
};

export function VerdictBadge({ verdict, from }: { verdict: string; from?: string }) {
  const key = verdict.startsWith('applies from') ? 'applies-from' : verdict;
  return (
    <span className={`badge v-${key}`}>
      {VERDICT_LABEL[key] ?? verdict}
      {key === 'applies-from' && from ? ` ${from}` : key === 'applies-from' && verdict.startsWith('applies from') ? verdict.slice(12) : ''}
    </span>
  );
}

export function Cite({ citation, url }: { citation: string; url?: string }) {
  if (!url) return <span className="cite">{citation}</span>;
  return (
    <a className="cite" href={url} target="_blank" rel="noreferrer noopener">
      {citation}
      <span className="sr-only"> (opens EUR-Lex in a new tab)</span>
    </a>
  );
}
