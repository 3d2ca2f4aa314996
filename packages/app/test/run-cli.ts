/** Runs the CLI in-process and captures stdout, stderr and the exit code. */
import { run } from '../src/cli/main.ts';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function iomt(...argv: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const original = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await run(argv, (s) => {
      stdout += s;
    });
    return { code, stdout, stderr };
  } finally {
    process.stderr.write = original;
  }
}
