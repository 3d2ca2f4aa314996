/**
 * The deciding reasons of a verdict in a few lines: the reason tree's root restates the verdict
 * (the act's scope rule), so the reasons under it that hold as the root does are the ones that
 * decided. A verdict left open lists the reasons still open.
 */
import type { Reason } from '../api/types.ts';

export function decidingReasons(reasons: readonly Reason[], limit = 5): Reason[] {
  const root = reasons.length === 1 ? reasons[0] : undefined;
  const level = root?.children && root.children.length > 0 ? root.children : reasons;
  const wanted = root?.value ?? (level.some((r) => r.value === 'unknown') ? 'unknown' : undefined);
  const deciding = wanted ? level.filter((r) => r.value === wanted) : level;
  return (deciding.length > 0 ? deciding : level).slice(0, limit);
}
