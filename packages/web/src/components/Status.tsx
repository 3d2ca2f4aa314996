import { citationLink, obligationStatusLabel, verdictLabel, verdictTone } from '@iomt/core/labels';
import type { Tone } from '@iomt/core/labels';
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

/** A status in words with the colour of its meaning (the same tone on every page). */
export function Badge({ tone, children, title }: { tone: Tone; children: ReactNode; title?: string }) {
  return (
    <span className={`badge tone-${tone}`} title={title}>
      {children}
    </span>
  );
}

export function VerdictBadge({ verdict, from }: { verdict: string; from?: string }) {
  // Older engine answers spelled a later application as `applies from 2027-12-11`.
  const later = /^applies from (.+)$/.exec(verdict);
  const code = later ? 'applies-from' : verdict === 'possible' ? 'unknown' : verdict;
  const label = verdict === 'possible' ? obligationStatusLabel('possible') : verdictLabel(code, from ?? later?.[1]);
  return (
    <Badge tone={verdictTone(code)} title={code === 'unknown' ? 'Open: facts are missing to decide' : undefined}>
      {label}
    </Badge>
  );
}

/** Where a link leads, named honestly: EUR-Lex, the Commission's PDF, or the site's host. */
function destinationOf(url: string): string {
  try {
    const host = new URL(url).hostname;
    if (host === 'eur-lex.europa.eu') return 'EUR-Lex';
    if (url.toLowerCase().endsWith('.pdf')) return `a PDF on ${host}`;
    return host;
  } catch {
    return 'another site';
  }
}

/**
 * A citation that opens the provision itself. Given a provision id (`cite`), the link and its
 * label come from the shared citation code; given a ready URL, the label says where it leads.
 */
export function Cite({ cite, citation, url }: { cite?: string; citation?: string; url?: string }) {
  const link = cite ? citationLink(cite) : undefined;
  const label = citation ?? link?.label ?? cite ?? '';
  const href = link?.href || url;
  if (!href) return <span className="cite">{label}</span>;
  const destination = link ? link.destination : `${label} on ${destinationOf(href)}`;
  return (
    <a className="cite" href={href} target="_blank" rel="noreferrer noopener" title={destination}>
      {label}
      <span className="sr-only"> (opens {destination} in a new tab)</span>
    </a>
  );
}
