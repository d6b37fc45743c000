import type { CliCommand } from '../io';
import { EXIT } from '../exitCodes';

// Placeholder until the command lands (see its issue); it says so and exits with a usage error.
export const test: CliCommand = {
  name: 'test',
  summary: '',
  usage: 'Usage: stepwise test\n',
  async run(_argv, io) {
    io.stderr.write('stepwise test: not available in this build.\n');
    return EXIT.usage;
  },
};
