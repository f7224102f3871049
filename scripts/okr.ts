#!/usr/bin/env node
// npm run okr -- <command> [options]: the editor's commands, one file each in scripts/okr/.
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** What every command file in scripts/okr/ exports. */
export interface Command {
  /** One line for `npm run okr -- --help`. */
  summary: string;
  /** The command's own `--help`. */
  help: string;
  /** Runs it; resolves to the exit code (0 ok, 1 failed, 2 the command line is wrong). */
  run(args: string[]): Promise<number> | number;
}

const folder = join(dirname(fileURLToPath(import.meta.url)), 'okr');
const names = readdirSync(folder).filter((f) => f.endsWith('.ts')).map((f) => basename(f, '.ts')).sort();

async function load(name: string): Promise<Command> {
  return (await import(pathToFileURL(join(folder, `${name}.ts`)).href)).default as Command;
}

async function overview(): Promise<string> {
  const lines = await Promise.all(names.map(async (n) => `  ${n.padEnd(12)} ${(await load(n)).summary}`));
  return `Usage: npm run okr -- <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nnpm run okr -- <command> --help shows a command's options.`;
}

const [name, ...rest] = process.argv.slice(2);
if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
  console.log(await overview());
  process.exit(name === undefined ? 2 : 0);
}
if (!names.includes(name)) {
  console.error(`Unknown command: ${name}\n\n${await overview()}`);
  process.exit(2);
}
const command = await load(name);
if (rest.includes('--help') || rest.includes('-h')) {
  console.log(command.help);
  process.exit(0);
}
process.exit(await command.run(rest));
