/** A small history-API router: the app has a handful of routes and needs no routing library. */
import { useEffect, useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

/**
 * A page with unsaved input registers a guard; leaving through an in-app link or `navigate` then
 * asks first, and closing or reloading the tab asks through the browser.
 */
let leaveGuard: (() => string | undefined) | undefined;

export function useLeaveGuard(message: string | undefined): void {
  useEffect(() => {
    if (!message) return;
    const guard = () => message;
    leaveGuard = guard;
    const onUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = message;
    };
    window.addEventListener('beforeunload', onUnload);
    return () => {
      if (leaveGuard === guard) leaveGuard = undefined;
      window.removeEventListener('beforeunload', onUnload);
    };
  }, [message]);
}

/** True when the page may be left: no guard, or the person confirmed. */
export function mayLeave(): boolean {
  const message = leaveGuard?.();
  if (!message) return true;
  if (!window.confirm(message)) return false;
  leaveGuard = undefined;
  return true;
}

export function navigate(to: string, options: { replace?: boolean; force?: boolean } = {}): void {
  if (!options.force && !mayLeave()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  for (const l of listeners) l();
}

export function useLocation(): { path: string; search: URLSearchParams } {
  const href = useSyncExternalStore(subscribe, () => window.location.pathname + window.location.search);
  const url = new URL(href, 'http://local');
  return { path: url.pathname, search: url.searchParams };
}

/** Matches `/orgs/:orgId/products/:productId` against a path; returns the params or null. */
export function matchRoute(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split('/').filter(Boolean);
  const s = path.split('/').filter(Boolean);
  if (p.length !== s.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    const seg = p[i] as string;
    const val = s[i] as string;
    if (seg.startsWith(':')) params[seg.slice(1)] = decodeURIComponent(val);
    else if (seg !== val) return null;
  }
  return params;
}

export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || rest.target) return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handle} {...rest} />;
}

/** Moves focus to the page's main heading after navigation so screen readers announce the new page. */
export function useFocusOnNavigate(path: string): void {
  useEffect(() => {
    const heading = document.querySelector<HTMLElement>('main h1');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: false });
    }
  }, [path]);
}
