// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AuditEntry, Page } from '../src/api/types.ts';
import { SessionContext, type SessionValue } from '../src/app/session.tsx';
import { usePaged } from '../src/app/use-paged.ts';
import { actorLabel, auditEntityHref, changeText, readActionFilter } from '../src/lib/audit.ts';
import { viewerTimeZone } from '../src/lib/dates.ts';
import { canLoadMore, initialPaged, pagedSummary, pageFailed, pageLoaded, pageRequested } from '../src/lib/pagination.ts';
import AuditPage from '../src/pages/AuditPage.tsx';
import { forgetAnswers } from '../src/api/client.ts';

afterEach(() => {
  // Each test stubs its own server: answers kept from the previous one must not leak in.
  forgetAnswers();
  cleanup();
  vi.unstubAllGlobals();
});

const key = (x: { id: string }) => x.id;
const noun = { one: 'entry', many: 'entries' };

describe('paged list state', () => {
  it('appends pages in order, skips items already shown and stops at the last page', () => {
    let s = initialPaged<{ id: string }>();
    expect(canLoadMore(s)).toBe(false);
    s = pageLoaded(s, { items: [{ id: 'a' }, { id: 'b' }], next: 'c1' }, key);
    expect(s.items.map(key)).toEqual(['a', 'b']);
    expect(canLoadMore(s)).toBe(true);
    expect(pagedSummary(s, noun)).toBe('Showing the first 2 entries; more are available.');

    s = pageRequested(s);
    expect(canLoadMore(s)).toBe(false);
    // An entry added meanwhile shifts the list: "b" comes again and is not shown twice.
    s = pageLoaded(s, { items: [{ id: 'b' }, { id: 'c' }], next: null }, key);
    expect(s.items.map(key)).toEqual(['a', 'b', 'c']);
    expect(s.pages).toBe(2);
    expect(canLoadMore(s)).toBe(false);
    expect(pagedSummary(s, noun)).toBe('Showing all 3 entries.');
  });

  it('keeps what was loaded when a page fails, so the same page can be asked again', () => {
    let s = pageLoaded(initialPaged<{ id: string }>(), { items: [{ id: 'a' }], next: 'c1' }, key);
    s = pageFailed(pageRequested(s), { title: 'Service unavailable', status: 503 });
    expect(s.items.map(key)).toEqual(['a']);
    expect(s.next).toBe('c1');
    expect(s.error?.status).toBe(503);
    expect(canLoadMore(s)).toBe(true);
    expect(pagedSummary(initialPaged(), noun)).toBe('');
  });
});

describe('audit entries', () => {
  it('names the actor from the entry: System, the name, or a deleted account', () => {
    expect(actorLabel({ actorId: null, actor: null })).toBe('System');
    expect(actorLabel({ actorId: 'u1', actor: { id: 'u1', displayName: 'Alice' } })).toBe('Alice');
    expect(actorLabel({ actorId: 'u2', actor: { id: 'u2', displayName: null } })).toBe('Deleted account u2');
  });

  it('reads the action filter as the server accepts it', () => {
    expect(readActionFilter('  Product.Create ')).toEqual({ action: 'product.create' });
    expect(readActionFilter('')).toEqual({ action: '' });
    expect(readActionFilter("x' OR 1=1")).toHaveProperty('error');
  });

  it('link to the page of their entity where one exists', () => {
    const e = (action: string, entityType: string, change: unknown = null) => ({ action, entityType, entityId: 'x1', change });
    expect(auditEntityHref(e('product.rename', 'product'), 'o1')).toBe('/orgs/o1/products/x1');
    expect(auditEntityHref(e('product.remove', 'product'), 'o1')).toBeUndefined();
    expect(auditEntityHref(e('incident.update', 'incident'), 'o1')).toBe('/orgs/o1/incidents/x1');
    expect(auditEntityHref(e('token.create', 'api_token'), 'o1')).toBe('/orgs/o1/members');
    expect(auditEntityHref(e('assessment.create', 'assessment', { productId: 'p9' }), 'o1')).toBe('/orgs/o1/products/p9/gap');
    expect(auditEntityHref(e('assessment.update', 'assessment', { version: 2 }), 'o1')).toBeUndefined();
    expect(auditEntityHref(e('session.create', 'session'), 'o1')).toBeUndefined();
    expect(changeText(null)).toBe('(no details recorded)');
  });
});

const entry = (seq: number, over: Partial<AuditEntry> = {}): AuditEntry => ({
  seq,
  at: '2026-11-20T09:30:00.000Z',
  orgId: 'o1',
  actorId: 'u1',
  action: 'product.rename',
  entityType: 'product',
  entityId: `p${seq}`,
  change: { name: `Name ${seq}` },
  ...over,
});

function session(): SessionValue {
  return {
    session: { user: { id: 'u1', email: 'alice@example.test' }, organisations: [{ id: 'o1', slug: 'o', name: 'PulseFit GmbH', role: 'owner' }], csrfToken: 't' },
    org: { id: 'o1', slug: 'o', name: 'PulseFit GmbH', role: 'owner' },
    signOut: () => Promise.resolve(),
    scenarios: [],
    setScenarios: () => undefined,
  };
}

function stubServer(pages: Record<string, Page<AuditEntry>>) {
  const asked: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((input: string) => {
      const url = new URL(input, 'http://local');
      asked.push(url.pathname + url.search);
      const body = pages[url.searchParams.get('cursor') ?? ''] ?? { items: [], next: null };
      return Promise.resolve(new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } }));
    }),
  );
  return asked;
}

const renderAuditPage = () =>
  render(
    <SessionContext.Provider value={session()}>
      <AuditPage orgId="o1" />
    </SessionContext.Provider>,
  );

describe('AuditPage', () => {
  it('shows who (named from the entry, also after they left), when with zone, action, linked entity and the escaped change, and loads more until the end', async () => {
    const asked = stubServer({
      '': {
        items: [
          entry(3, { change: { name: '<img src=x onerror=alert(1)>' }, actor: { id: 'u1', displayName: 'Alice' } }),
          entry(2, { actorId: null, actor: null, action: 'product.remove' }),
        ],
        next: 'cur-2',
      },
      'cur-2': {
        items: [
          entry(1, { action: 'scenario.create', entityType: 'scenario', actorId: 'u-left', actor: { id: 'u-left', displayName: 'Bob Former' } }),
          entry(0, { actorId: 'u-gone', actor: { id: 'u-gone', displayName: null } }),
        ],
        next: null,
      },
    });
    renderAuditPage();
    await screen.findByText('Showing the first 2 entries; more are available.');
    const table = screen.getByRole('table', { name: 'Audit entries' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    const first = rows[0] as HTMLElement;
    expect(within(first).getByText('Alice')).toBeTruthy();
    // When, with the zone it is shown in.
    expect(first.querySelector('time')?.getAttribute('dateTime')).toBe('2026-11-20T09:30:00.000Z');
    expect(first.querySelector('time')?.textContent).toMatch(new RegExp(`^20 Nov 2026, \\d{2}:30 ${viewerTimeZone()} \\(`));
    expect(within(first).getByRole('link', { name: 'Product p3' }).getAttribute('href')).toBe('/orgs/o1/products/p3');
    // The change is shown as text, never as markup.
    expect(first.querySelector('img')).toBeNull();
    expect(first.querySelector('pre')?.textContent).toContain('"name": "<img src=x onerror=alert(1)>"');
    const second = rows[1] as HTMLElement;
    expect(second.textContent).toContain('System');
    expect(within(second).queryByRole('link')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await screen.findByText('Showing all 4 entries.');
    expect(within(table).getAllByRole('row')).toHaveLength(5);
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    const third = within(table).getAllByRole('row')[3] as HTMLElement;
    expect(third.textContent).toContain('Bob Former');
    expect(within(third).getByRole('link', { name: 'Saved scenario p1' }).getAttribute('href')).toBe('/orgs/o1/scenarios');
    expect((within(table).getAllByRole('row')[4] as HTMLElement).textContent).toContain('Deleted account u-gone');
    // Names come with the entries: the member list is not asked for.
    expect(asked).toEqual(['/api/v1/orgs/o1/audit?limit=50', '/api/v1/orgs/o1/audit?limit=50&cursor=cur-2']);
  });

  it('filters by entity type and action, refuses a malformed action without asking, and clears', async () => {
    const asked = stubServer({ '': { items: [entry(5)], next: null } });
    renderAuditPage();
    await screen.findByText('Showing all 1 entry.');
    const search = screen.getByRole('search', { name: 'Filter the audit log' });

    fireEvent.change(within(search).getByLabelText('Entity type'), { target: { value: 'scenario' } });
    await waitFor(() => expect(asked.at(-1)).toBe('/api/v1/orgs/o1/audit?limit=50&entityType=scenario'));

    fireEvent.change(within(search).getByLabelText('Action'), { target: { value: ' Scenario.Update ' } });
    fireEvent.click(within(search).getByRole('button', { name: 'Apply filters' }));
    await waitFor(() => expect(asked.at(-1)).toBe('/api/v1/orgs/o1/audit?limit=50&entityType=scenario&action=scenario.update'));

    const before = asked.length;
    fireEvent.change(within(search).getByLabelText('Action'), { target: { value: 'drop table' } });
    fireEvent.click(within(search).getByRole('button', { name: 'Apply filters' }));
    expect(within(search).getByRole('alert').textContent).toContain('“drop table” is not an action');
    expect(within(search).getByLabelText('Action').getAttribute('aria-invalid')).toBe('true');
    expect(asked.length).toBe(before);

    const beforeClear = asked.length;
    fireEvent.click(within(search).getByRole('button', { name: 'Clear filters' }));
    // The unfiltered page was read moments ago: its answer is shown again without asking twice.
    await screen.findByText('Showing all 1 entry.');
    expect(asked.length).toBe(beforeClear);
    expect(within(search).queryByRole('alert')).toBeNull();
    expect(within(search).getByLabelText<HTMLSelectElement>('Entity type').value).toBe('');
  });

  it('says when no entry matches the filters', async () => {
    stubServer({});
    renderAuditPage();
    await screen.findByText('Nothing recorded yet.');
    fireEvent.change(screen.getByLabelText('Entity type'), { target: { value: 'incident' } });
    await screen.findByText('No entries match these filters.');
  });
});

function List({ fetchPage }: { fetchPage: (cursor: string | undefined) => Promise<Page<{ id: string }>> }) {
  const list = usePaged(fetchPage, key, []);
  return (
    <>
      <ul>
        {list.items.map((i) => (
          <li key={i.id}>{i.id}</li>
        ))}
      </ul>
      <p>{list.loading ? 'loading' : 'idle'}</p>
      <button type="button" onClick={list.reload}>
        reload
      </button>
    </>
  );
}

describe('usePaged', () => {
  it('keeps the shown items while reloading, then replaces them with the fresh first page', async () => {
    const answers: ((page: Page<{ id: string }>) => void)[] = [];
    const fetchPage = () => new Promise<Page<{ id: string }>>((resolve) => answers.push(resolve));
    render(<List fetchPage={fetchPage} />);
    answers[0]?.({ items: [{ id: 'a' }, { id: 'b' }], next: null });
    await screen.findByText('idle');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['a', 'b']);

    fireEvent.click(screen.getByRole('button', { name: 'reload' }));
    await screen.findByText('loading');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['a', 'b']);
    answers[1]?.({ items: [{ id: 'b' }], next: null });
    await screen.findByText('idle');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['b']);
  });
});
