/**
 * HTTP load on loopback: POST /api/v1/assess and GET a stored incident's plan with a bearer token,
 * each for a bounded time with autocannon, against the same work done in-process (parse,
 * compute, serialise) measured in the same run. Prints requests/s, p50/p99 latency, the ratio
 * of API to in-process throughput, and the bytes of one answer as sent: identity, gzip and brotli.
 * The load asks for brotli, as browsers do. The server runs in a child process; the two share the machine.
 */
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { parse } from 'yaml';
import { parseIncidentCase, parseProfile } from '@iomt/core';
import { assessmentReport, incidentPlan } from '../src/server/engine-ops.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const AS_OF = '2026-11-23';
const NOW = '2026-11-23T09:00:00+01:00';

const example = (name: string): unknown => parse(readFileSync(new URL(`../../../examples/${name}`, import.meta.url), 'utf8'));
const profile = example('class-iia-glucose-meter.yaml');
const incidentCase = example('incidents/hospital-ransomware.yaml');
const assessBody = JSON.stringify({ profile, asOf: AS_OF });
let localDay = 0;
const distinctLocalDay = (): string => new Date(Date.UTC(2026, 0, 1) + (localDay++ % 10_000) * 86_400_000).toISOString().slice(0, 10);

/** The same work as the route, without HTTP: parse the request, compute, serialise the answer. */
const inProcess = {
  assess: () => {
    const b = JSON.parse(assessBody) as { profile: unknown; asOf: string };
    const p = parseProfile(b.profile);
    if (!p.ok) throw new Error('profile');
    return JSON.stringify(assessmentReport(p.profile, { asOf: b.asOf, scenarios: [], horizonMonths: 24 })).length;
  },
  /** As `assess`, each time for another day (what the "all distinct" route row sends). */
  assessDistinct: () => {
    const p = parseProfile((JSON.parse(assessBody) as { profile: unknown }).profile);
    if (!p.ok) throw new Error('profile');
    return JSON.stringify(assessmentReport(p.profile, { asOf: distinctLocalDay(), scenarios: [], horizonMonths: 24 })).length;
  },
  plan: () => {
    // The route reads the stored case (JSON) and validates it before planning.
    const c = parseIncidentCase(JSON.parse(JSON.stringify(incidentCase)));
    if (!c.ok) throw new Error('case');
    return JSON.stringify(incidentPlan(c.incident, NOW, [])).length;
  },
};

function opsPerSecond(fn: () => number): number {
  const end = performance.now() + SECONDS * 1000;
  let n = 0;
  let sink = 0;
  while (performance.now() < end) {
    sink += fn();
    n++;
  }
  if (sink < 0) console.log('');
  return n / SECONDS;
}

interface Target {
  url: string;
  token: string;
  orgId: string;
  incidentId: string;
}

async function startChild(): Promise<{ target: Target; stop: () => Promise<void> }> {
  const script = fileURLToPath(new URL('./http-server.ts', import.meta.url));
  const child = spawn(process.execPath, ['--conditions=@iomt/source', '--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`benchmark server exited with ${code}`)));
  });
  return {
    target: JSON.parse(first) as Target,
    stop: () =>
      new Promise((done) => {
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

async function load(options: autocannon.Options): Promise<autocannon.Result> {
  return autocannon({ connections: CONNECTIONS, duration: SECONDS, ...options });
}

/** Bytes on the wire of one answer with this Accept-Encoding (fetch would decompress; this does not). */
function wireBytes(url: string, method: string, headers: Record<string, string>, body: string | undefined, encoding: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers: { ...headers, 'accept-encoding': encoding } }, (res) => {
      let n = 0;
      res.on('data', (d: Buffer) => (n += d.length));
      res.on('end', () => resolve(n));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** A new date on each call, over about 27 years: more than the answer cache holds. */
let dayCounter = 0;
const distinctDay = (): string => new Date(Date.UTC(2026, 0, 1) + (dayCounter++ % 10_000) * 86_400_000).toISOString().slice(0, 10);

const { target, stop } = await startChild();
try {
  const auth = { authorization: `Bearer ${target.token}` };
  const assessHeaders = { ...auth, 'content-type': 'application/json' };
  const planUrl = `${target.url}/api/v1/orgs/${target.orgId}/incidents/${target.incidentId}/plan?now=${encodeURIComponent(NOW)}`;
  const runs = [
    {
      name: 'POST /api/v1/assess (repeat)',
      http: () => load({ url: `${target.url}/api/v1/assess`, method: 'POST', headers: { ...assessHeaders, 'accept-encoding': 'br' }, body: assessBody }),
      bytes: (encoding: string) => wireBytes(`${target.url}/api/v1/assess`, 'POST', assessHeaders, assessBody, encoding),
      local: inProcess.assess,
    },
    {
      // Every request another day, so the answer cache (which serves the row above) always misses.
      name: 'POST assess, all distinct',
      http: () =>
        load({
          url: `${target.url}/api/v1/assess`,
          requests: [
            {
              method: 'POST',
              headers: { ...assessHeaders, 'accept-encoding': 'br' },
              setupRequest: (req) => ({ ...req, body: JSON.stringify({ profile, asOf: distinctDay() }) }),
            },
          ],
        }),
      bytes: (encoding: string) => wireBytes(`${target.url}/api/v1/assess`, 'POST', assessHeaders, JSON.stringify({ profile, asOf: distinctDay() }), encoding),
      local: inProcess.assessDistinct,
    },
    {
      name: 'GET …/incidents/{id}/plan',
      http: () => load({ url: planUrl, headers: { ...auth, 'accept-encoding': 'br' } }),
      bytes: (encoding: string) => wireBytes(planUrl, 'GET', auth, undefined, encoding),
      local: inProcess.plan,
    },
  ];
  console.log(`HTTP on loopback, ${CONNECTIONS} connections × ${SECONDS} s per route; in-process loop ${SECONDS} s; node ${process.version}`);
  console.log('');
  console.log('route                         API req/s   p50 ms   p99 ms   errors   in-process ops/s   API / in-process   identity / gzip / br per answer');
  for (const run of runs) {
    const local = opsPerSecond(run.local);
    const r = await run.http();
    const errors = r.errors + r.non2xx + r.timeouts;
    const sizes = [await run.bytes('identity'), await run.bytes('gzip'), await run.bytes('br')].map(kb).join(' / ');
    console.log(
      `${run.name.padEnd(28)} ${r.requests.average.toFixed(0).padStart(10)} ${String(r.latency.p50).padStart(8)} ${String(r.latency.p99).padStart(8)} ${String(errors).padStart(8)} ${local.toFixed(0).padStart(18)} ${(r.requests.average / local).toFixed(2).padStart(17)}×   ${sizes}`,
    );
  }
} finally {
  await stop();
}
