/**
 * What the register-*.ts files share: the output and input every command gets, and the flags
 * several commands declare alike. Loads nothing but commander, so `iomt --help` stays fast.
 */
import { Option } from 'commander';

/** Where a command's output goes; run() collects it and prints it only when the command succeeds. */
export type Write = (text: string) => void;
/** Standard input, asked for only by the commands that read it (passwords, interactive answers). */
export type Input = () => NodeJS.ReadableStream;

export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
export const formatFlag = () => new Option('--format <format>', 'table | markdown | json').default('table');
export const dataDirFlag = () =>
  new Option('--data-dir <dir>', 'directory of the SQLite store (default ./data; unused when DATABASE_URL is set)');
export const asOfFlag = () => new Option('--as-of <date>', 'assess the law as it stands on this date (YYYY-MM-DD; default today)');
