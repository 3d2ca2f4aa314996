import { useMemo } from 'react';
import type { ActResult, UpcomingEvent } from '../api/types.ts';
import { formatDate } from '../lib/dates.ts';
import { layoutTimeline, type TimelineRowInput } from '../lib/timeline-layout.ts';

export function timelineRows(acts: ActResult[]): TimelineRowInput[] {
  const rows: TimelineRowInput[] = [];
  for (const act of acts) {
    if (act.verdict === 'does-not-apply') continue;
    rows.push({
      id: act.act,
      label: act.shortName,
      from: act.applicableFrom,
      until: act.until,
      state:
        act.verdict === 'applies' ? 'applies' : act.verdict === 'applies-from' ? 'applies-from' : act.verdict === 'unknown' ? 'unknown' : act.verdict === 'no-longer-applies' && act.until ? 'ended' : 'not',
    });
    for (const part of act.parts) {
      rows.push({
        id: `${act.act}/${part.part}`,
        label: part.title.length > 28 ? `${part.title.slice(0, 27)}…` : part.title,
        from: part.from,
        until: part.until,
        state: part.status === 'applies' ? 'applies' : part.status === 'applies-from' ? 'applies-from' : 'unknown',
        indent: true,
      });
    }
  }
  return rows;
}

/** When each act and each phased-in part applies, with today marked and the next year's dates highlighted. */
export function TimelineChart({ acts, upcoming, today }: { acts: ActResult[]; upcoming: UpcomingEvent[]; today: string }) {
  const layout = useMemo(() => {
    const rows = timelineRows(acts);
    const ids = new Set(rows.map((r) => r.id));
    const events = upcoming.map((u) => ({ rowId: u.part && ids.has(`${u.act}/${u.part}`) ? `${u.act}/${u.part}` : u.act, date: u.date, label: u.label }));
    return layoutTimeline(rows, events, { today });
  }, [acts, upcoming, today]);

  if (layout.rows.length === 0) return <p className="muted">No act applies or will apply, so there is no timeline to draw.</p>;
  return (
    <figure className="timeline">
      <svg viewBox={`0 0 ${layout.width} ${layout.height}`} role="img" aria-labelledby="timeline-title timeline-desc" width="100%">
        <title id="timeline-title">Applicability timeline</title>
        <desc id="timeline-desc">
          Bars show from when each act or part applies; diamonds mark dated changes, highlighted when within the next twelve months; the vertical line marks today, {formatDate(today)}.
        </desc>
        {layout.ticks.map((t) => (
          <g key={t.label}>
            <line x1={t.x} x2={t.x} y1={18} y2={layout.height} className="tl-grid" />
            <text x={t.x + 3} y={14} className="tl-tick">
              {t.label}
            </text>
          </g>
        ))}
        {layout.rows.map((r) => (
          <g key={r.id}>
            <text x={r.indent ? 16 : 4} y={r.y + 16} className={r.indent ? 'tl-label tl-part' : 'tl-label'}>
              {r.label}
            </text>
            {r.bar ? (
              <rect x={r.bar.x} y={r.y + 5} width={r.bar.width} height={14} rx={3} className={`tl-bar tl-${r.bar.state}`}>
                <title>{`${r.label}: ${r.bar.state === 'unknown' ? 'open (facts missing)' : r.bar.state === 'ended' ? 'no longer applies' : `applies${r.bar.fromLabel ? ` from ${formatDate(r.bar.fromLabel)}` : ''}`}`}</title>
              </rect>
            ) : null}
            {r.beyond ? (
              <text x={layout.width - 14} y={r.y + 16} textAnchor="end" className="tl-tick">
                {r.beyond} →
              </text>
            ) : null}
          </g>
        ))}
        {layout.events.map((e, i) => (
          <path key={i} d={`M${e.x} ${e.y} l5 5 l-5 5 l-5 -5 z`} className={e.upcoming ? 'tl-event tl-upcoming' : 'tl-event'}>
            <title>{`${formatDate(e.date)}: ${e.label}`}</title>
          </path>
        ))}
        <line x1={layout.todayX} x2={layout.todayX} y1={18} y2={layout.height} className="tl-today" />
        <text x={layout.todayX + 3} y={26} className="tl-today-label">
          today
        </text>
      </svg>
      <figcaption className="legend">
        <span className="key tl-applies" /> applies <span className="key tl-applies-from" /> applies later <span className="key tl-unknown" /> open <span className="key tl-ended" /> no longer applies{' '}
        <span className="key tl-upcoming-key" /> date within 12 months
      </figcaption>
    </figure>
  );
}
