import type { CliCommand } from '../io';
import { EXIT } from '../exitCodes';

// Placeholder until the command lands (see its issue); it says so and exits with a usage error.
export const check: CliCommand = {
  name: 'check',
  summary: '',
  usage: 'Usage: stepwise check\n',
  async run(_argv, io) {
    io.stderr.write('stepwise check: not available in this build.\n');
    return EXIT.usage;
  },
};
