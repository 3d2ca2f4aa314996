/** Runs the CLI in-process and captures stdout, stderr and the exit code. */
import { Readable } from 'node:stream';
import { run } from '../src/cli/main.ts';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function iomt(...argv: string[]): Promise<CliResult> {
  return iomtWithInput(undefined, ...argv);
}

/** Runs the CLI with these lines on standard input (for interactive commands). */
export async function iomtWithInput(lines: string[] | undefined, ...argv: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const original = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const input = Readable.from(lines ? [lines.map((l) => `${l}\n`).join('')] : []);
    const code = await run(argv, (s) => {
      stdout += s;
    }, input);
    return { code, stdout, stderr };
  } finally {
    process.stderr.write = original;
  }
}
