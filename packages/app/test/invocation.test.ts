/** Messages name the command as it works where the user is. */
import { describe, expect, it } from 'vitest';
import { commandPrefix } from '../src/cli/invocation.ts';

const base = { fromSources: false, env: { PATH: '/usr/bin:/usr/local/bin' }, script: '/usr/local/bin/iomt', cwd: '/home/me/project' };

describe('commandPrefix', () => {
  it('names the npm script when the CLI runs from its sources in a clone', () => {
    expect(commandPrefix({ ...base, fromSources: true, env: { npm_command: 'run-script' } })).toBe('npm run iomt --');
  });
  it('names npx when npm started the compiled CLI (npx, or a script of a project that installed it)', () => {
    expect(commandPrefix({ ...base, env: { npm_command: 'exec' }, script: '/home/me/project/node_modules/.bin/iomt' })).toBe('npx iomt');
    expect(commandPrefix({ ...base, env: { npm_command: 'run-script' }, script: '/home/me/project/node_modules/.bin/iomt' })).toBe('npx iomt');
  });
  it('names iomt alone when it was found on the PATH (a global install)', () => {
    expect(commandPrefix(base)).toBe('iomt');
  });
  it('names npx for a project-local bin started by path, and the node command line otherwise', () => {
    expect(commandPrefix({ ...base, script: '/home/me/project/node_modules/.bin/iomt' })).toBe('npx iomt');
    expect(commandPrefix({ ...base, script: '/home/me/project/packages/app/bin/iomt.js' })).toBe('node packages/app/bin/iomt.js');
  });
});
