import { COMMANDS } from './commands/index';
import { EXIT } from './exitCodes';
import { InputOutputError, UsageError, type CliIO } from './io';
import { suggestCommand } from './suggestCommand';
import { VERSION } from './version';

function help(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `Usage: stepwise [--config <file>] <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun \`stepwise <command> --help\` for a command's options.\nExit codes: 0 clean, 1 findings, 2 usage or internal error.\n`;
}

function defaultIO(): CliIO {
  return { cwd: process.cwd(), env: process.env, stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
}

/** Runs one command and returns its exit code; never throws, never prints a stack trace. */
export async function main(argv: string[], io: CliIO = defaultIO()): Promise<number> {
  // `--config <file>` may come before the command name, for every command (as `git -C`).
  let args = argv;
  if (args[0] === '--config' || args[0]?.startsWith('--config=')) {
    const configPath = args[0] === '--config' ? args[1] : args[0].slice('--config='.length);
    if (!configPath) {
      io.stderr.write(`stepwise: --config needs a file.\n\n${help()}`);
      return EXIT.usage;
    }
    io = { ...io, configPath };
    args = args.slice(args[0] === '--config' ? 2 : 1);
  }
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(help());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v' || name === '-V') {
    io.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!entry) {
    const suggestion = name.startsWith('-') ? undefined : suggestCommand(name, Object.keys(COMMANDS));
    io.stderr.write(`stepwise: unknown ${name.startsWith('-') ? 'option' : 'command'} "${name}".${suggestion ? ` Did you mean "${suggestion}"?` : ''}\n\n${help()}`);
    return EXIT.usage;
  }
  let command;
  try {
    command = await entry.load();
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout.write(command.usage);
      return EXIT.ok;
    }
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`stepwise ${name}: ${error.message}\n\n${command?.usage ?? ''}`);
      return EXIT.usage;
    }
    if (error instanceof InputOutputError) {
      io.stderr.write(`stepwise ${name}: ${error.message}\n`);
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`stepwise ${name}: internal error: ${message}\nPlease report this with the command you ran.\n`);
    return EXIT.usage;
  }
}
