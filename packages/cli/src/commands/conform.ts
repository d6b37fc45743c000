import type { CliCommand } from '../io';
import { EXIT } from '../exitCodes';

// Placeholder until the command lands (see its issue); it says so and exits with a usage error.
export const conform: CliCommand = {
  name: 'conform',
  summary: '',
  usage: 'Usage: stepwise conform\n',
  async run(_argv, io) {
    io.stderr.write('stepwise conform: not available in this build.\n');
    return EXIT.usage;
  },
};
