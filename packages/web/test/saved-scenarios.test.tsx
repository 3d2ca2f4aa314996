// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SavedScenario } from '../src/api/types.ts';
import { SessionContext, type SessionValue } from '../src/app/session.tsx';
import SavedScenariosPage from '../src/pages/SavedScenariosPage.tsx';
import { forgetAnswers } from '../src/api/client.ts';

afterEach(() => {
  // Each test stubs its own server: answers kept from the previous one must not leak in.
  forgetAnswers();
  cleanup();
  vi.unstubAllGlobals();
});

function session(role: 'owner' | 'editor' | 'viewer'): SessionValue {
  const org = { id: 'o1', slug: 'o', name: 'PulseFit GmbH', role };
  return {
    session: { user: { id: 'u1', email: 'alice@example.test' }, organisations: [org], csrfToken: 't' },
    org,
    signOut: () => Promise.resolve(),
    scenarios: [],
    setScenarios: () => undefined,
  };
}

const PROPOSALS = [
  { id: 'digital-omnibus', title: 'Digital omnibus' },
  { id: 'ai-act-delay', title: 'AI Act delay' },
];

/** A server holding saved scenarios in memory; PATCH changes them as the API does. */
function stubServer(saved: SavedScenario[]) {
  const patches: { path: string; body: unknown }[] = [];
  const reply = (body: unknown, status = 200) => Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));
  vi.stubGlobal(
    'fetch',
    vi.fn((input: string, init: RequestInit = {}) => {
      const url = new URL(input, 'http://local');
      if (url.pathname === '/api/v1/scenarios') return reply({ scenarios: PROPOSALS });
      if (url.pathname === '/api/v1/orgs/o1/scenarios') return reply({ items: saved, next: null });
      const m = /^\/api\/v1\/orgs\/o1\/scenarios\/(.+)$/.exec(url.pathname);
      if (m && init.method === 'PATCH') {
        const body = JSON.parse(init.body as string) as Partial<SavedScenario>;
        patches.push({ path: url.pathname, body });
        const i = saved.findIndex((s) => s.id === m[1]);
        saved[i] = { ...saved[i]!, ...body };
        return reply(saved[i]);
      }
      return reply({ title: 'Not found', status: 404 }, 404);
    }),
  );
  return patches;
}

const renderPage = (role: 'owner' | 'editor' | 'viewer') =>
  render(
    <SessionContext.Provider value={session(role)}>
      <SavedScenariosPage orgId="o1" />
    </SessionContext.Provider>,
  );

describe('SavedScenariosPage', () => {
  it('edits a saved scenario in place: fields start filled in, only that one changes', async () => {
    const patches = stubServer([
      { id: 's1', name: 'Omnibus', scenarios: ['digital-omnibus'], asOf: '2027-06-01' },
      { id: 's2', name: 'Today', scenarios: [], asOf: null },
    ]);
    renderPage('editor');
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Omnibus' }));
    const form = screen.getByRole('form', { name: 'Edit “Omnibus”' });
    const name = within(form).getByLabelText<HTMLInputElement>('Name');
    expect(name.value).toBe('Omnibus');
    expect(document.activeElement).toBe(name);
    await waitFor(() => expect(within(form).getByLabelText<HTMLInputElement>('Digital omnibus').checked).toBe(true));
    expect(within(form).getByLabelText<HTMLInputElement>('AI Act delay').checked).toBe(false);
    expect(within(form).getByLabelText<HTMLInputElement>('As of (optional)').value).toBe('2027-06-01');

    fireEvent.change(name, { target: { value: ' Omnibus and delay ' } });
    fireEvent.click(within(form).getByLabelText('AI Act delay'));
    fireEvent.change(within(form).getByLabelText('As of (optional)'), { target: { value: '' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));

    await screen.findByText('Changed “Omnibus and delay”.');
    expect(patches).toEqual([{ path: '/api/v1/orgs/o1/scenarios/s1', body: { name: 'Omnibus and delay', scenarios: ['digital-omnibus', 'ai-act-delay'], asOf: null } }]);
    const row = await screen.findByRole('row', { name: /Omnibus and delay/ });
    expect(row.textContent).toContain('Digital omnibus, AI Act delay');
    expect(row.textContent).toContain('today');
    // Back to saving new scenarios, with an empty form.
    const fresh = screen.getByRole('form', { name: 'Save a scenario' });
    expect(within(fresh).getByLabelText<HTMLInputElement>('Name').value).toBe('');
  });

  it('cancels an edit without asking the server', async () => {
    const patches = stubServer([{ id: 's1', name: 'Omnibus', scenarios: [], asOf: null }]);
    renderPage('owner');
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Omnibus' }));
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Never saved' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('form', { name: 'Save a scenario' })).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Name').value).toBe('');
    expect(patches).toEqual([]);
  });

  it('offers no Edit to viewers', async () => {
    stubServer([{ id: 's1', name: 'Omnibus', scenarios: [], asOf: null }]);
    renderPage('viewer');
    await screen.findByRole('row', { name: /Omnibus/ });
    expect(screen.queryByRole('button', { name: 'Edit Omnibus' })).toBeNull();
    expect(screen.queryByRole('form')).toBeNull();
  });
});
