/**
 * Cold start of the installed CLI: `iomt --help`, `iomt --version` and `iomt assess` run as a
 * user runs them (node on the compiled bin/iomt.js, a fresh process each time), against a bare
 * `node -e 0` started in the same run, interleaved so both see the same machine load. Prints the
 * median and fastest wall time of each and its ratio to the bare start; the target for --help and
 * --version is at most 6×. Needs the build (`npm run build`), which `npm run bench` makes first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const TARGET = 6;
const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = fileURLToPath(new URL('../bin/iomt.js', import.meta.url));
if (!existsSync(new URL('../dist/cli/main.js', import.meta.url))) {
  console.error('startup bench: the CLI is not built; run `npm run build` first');
  process.exit(1);
}

interface Case {
  name: string;
  args: string[];
  target?: number;
}
const cases: Case[] = [
  { name: 'node -e 0 (baseline)', args: ['-e', '0'] },
  { name: 'iomt --help', args: [bin, '--help'], target: TARGET },
  { name: 'iomt --version', args: [bin, '--version'], target: TARGET },
  { name: 'iomt assess examples/class-iia-glucose-meter.yaml', args: [bin, 'assess', 'examples/class-iia-glucose-meter.yaml', '--as-of', '2026-11-23'] },
];

function once(args: string[]): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr.toString()}`);
  return ms;
}

const times = cases.map(() => [] as number[]);
for (const c of cases) once(c.args); // warm the file cache, so every case starts from the same disk state
for (let i = 0; i < RUNS; i++) cases.forEach((c, k) => times[k]!.push(once(c.args)));

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const base = median(times[0]!);
console.log(`Cold start, ${RUNS} runs each, interleaved; node ${process.version}, compiled CLI`);
console.log('');
console.log(`${'command'.padEnd(52)} ${'median ms'.padStart(10)} ${'min ms'.padStart(8)} ${'× node'.padStart(8)}  target`);
cases.forEach((c, k) => {
  const m = median(times[k]!);
  const ratio = m / base;
  const verdict = c.target === undefined ? '' : ratio <= c.target ? `≤ ${c.target}× met` : `≤ ${c.target}× MISSED`;
  console.log(`${c.name.padEnd(52)} ${m.toFixed(1).padStart(10)} ${Math.min(...times[k]!).toFixed(1).padStart(8)} ${ratio.toFixed(2).padStart(7)}×  ${verdict}`);
});
