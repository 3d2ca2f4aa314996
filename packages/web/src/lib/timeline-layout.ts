/**
 * Lays out the applicability timeline: one row per act (and per phased-in part), bars from the
 * date something starts applying to the date it stops (or the end of the window), dated markers
 * for upcoming events, and a line for today. Pure so it can be tested without a browser.
 */

export interface TimelineRowInput {
  id: string;
  label: string;
  /** ISO date it applies from; absent = applies for the whole window or not at all. */
  from?: string;
  until?: string;
  state: 'applies' | 'applies-from' | 'not' | 'unknown' | 'ended';
  indent?: boolean;
}

export interface TimelineEventInput {
  rowId: string;
  date: string;
  label: string;
}

export interface TimelineLayout {
  width: number;
  height: number;
  labelWidth: number;
  start: number;
  end: number;
  todayX: number;
  ticks: { x: number; label: string }[];
  rows: { id: string; label: string; y: number; indent: boolean; bar?: { x: number; width: number; state: TimelineRowInput['state']; fromLabel?: string }; beyond?: string }[];
  events: { x: number; y: number; label: string; date: string; upcoming: boolean }[];
}

const DAY = 86_400_000;

export function parseDay(iso: string): number {
  return Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
}

export interface LayoutOptions {
  today: string;
  /** Years shown before today and after it. */
  yearsBefore?: number;
  yearsAfter?: number;
  width?: number;
  rowHeight?: number;
  labelWidth?: number;
  /** Events within this many days after today are "upcoming" (highlighted). */
  upcomingDays?: number;
}

export function layoutTimeline(rows: TimelineRowInput[], events: TimelineEventInput[], options: LayoutOptions): TimelineLayout {
  const width = options.width ?? 900;
  const rowHeight = options.rowHeight ?? 26;
  const labelWidth = options.labelWidth ?? 190;
  const top = 28;
  const today = parseDay(options.today);
  const startYear = new Date(today).getUTCFullYear() - (options.yearsBefore ?? 2);
  const endYear = new Date(today).getUTCFullYear() + (options.yearsAfter ?? 3);
  const start = Date.UTC(startYear, 0, 1);
  const end = Date.UTC(endYear + 1, 0, 1);
  const plot = width - labelWidth - 10;
  const x = (t: number) => labelWidth + ((Math.min(Math.max(t, start), end) - start) / (end - start)) * plot;

  const ticks: TimelineLayout['ticks'] = [];
  for (let y = startYear; y <= endYear; y++) ticks.push({ x: x(Date.UTC(y, 0, 1)), label: String(y) });

  const rowIndex = new Map<string, number>();
  const laidRows = rows.map((row, i) => {
    rowIndex.set(row.id, i);
    const y = top + i * rowHeight;
    if (row.state === 'not') return { id: row.id, label: row.label, y, indent: row.indent ?? false };
    const from = row.from ? parseDay(row.from) : start;
    const until = row.until ? parseDay(row.until) : end;
    // Starts after the window (or ended before it): no bar, the date is said in words instead.
    if (from >= end) return { id: row.id, label: row.label, y, indent: row.indent ?? false, beyond: `from ${row.from ?? ''}` };
    if (until <= start) return { id: row.id, label: row.label, y, indent: row.indent ?? false, beyond: `until ${row.until ?? ''}` };
    const bx = x(from);
    const bw = Math.max(2, x(until) - bx);
    return {
      id: row.id,
      label: row.label,
      y,
      indent: row.indent ?? false,
      bar: { x: bx, width: bw, state: row.state, fromLabel: row.from },
    };
  });

  const upcomingLimit = today + (options.upcomingDays ?? 365) * DAY;
  // Events outside the window are left out rather than piled up at its edges.
  const laidEvents = events
    .filter((e) => rowIndex.has(e.rowId) && parseDay(e.date) >= start && parseDay(e.date) < end)
    .map((e) => {
      const t = parseDay(e.date);
      return {
        x: x(t),
        y: top + (rowIndex.get(e.rowId) ?? 0) * rowHeight + rowHeight / 2 - 4,
        label: e.label,
        date: e.date,
        upcoming: t >= today && t <= upcomingLimit,
      };
    });

  return {
    width,
    height: top + rows.length * rowHeight + 8,
    labelWidth,
    start,
    end,
    todayX: x(today),
    ticks,
    rows: laidRows,
    events: laidEvents,
  };
}
