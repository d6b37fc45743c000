import type { CliCommand } from '../io';
import { EXIT } from '../exitCodes';

// Placeholder until the command lands (see its issue); it says so and exits with a usage error.
export const run: CliCommand = {
  name: 'run',
  summary: '',
  usage: 'Usage: stepwise run\n',
  async run(_argv, io) {
    io.stderr.write('stepwise run: not available in this build.\n');
    return EXIT.usage;
  },
};
