/**
 * How the user started iomt, so that a message telling them to run another command names one
 * that works where they are: `npm run iomt --` in a clone running the sources, `npx iomt` under
 * npm (a clone's build or a project that installed the package), `iomt` from the PATH (a global
 * install), else the node command line they used.
 */
import { basename, delimiter, dirname, relative } from 'node:path';

export interface Invocation {
  /** True when the CLI runs from its TypeScript sources (`npm run iomt`), not the compiled dist/. */
  fromSources: boolean;
  env: NodeJS.ProcessEnv;
  /** The script node was started with (process.argv[1]). */
  script: string | undefined;
  cwd: string;
}

export function commandPrefix(how: Invocation): string {
  if (how.fromSources) return 'npm run iomt --';
  if (how.env.npm_command === 'exec' || how.env.npm_command === 'run-script') return 'npx iomt';
  const script = how.script;
  if (script === undefined) return 'iomt';
  const dir = dirname(script);
  if ((how.env.PATH ?? '').split(delimiter).includes(dir)) return 'iomt';
  if (basename(dir) === '.bin' && basename(dirname(dir)) === 'node_modules') return 'npx iomt';
  return `node ${relative(how.cwd, script) || script}`;
}

/** `iomt <args>` as the user should type it in this shell. */
export function iomtCommand(args: string): string {
  const fromSources = import.meta.url.endsWith('.ts');
  return `${commandPrefix({ fromSources, env: process.env, script: process.argv[1], cwd: process.cwd() })} ${args}`;
}
