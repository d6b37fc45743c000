import type { CliCommand } from '../io';
import { EXIT } from '../exitCodes';

// Placeholder until the command lands (see its issue); it says so and exits with a usage error.
export const verify: CliCommand = {
  name: 'verify',
  summary: '',
  usage: 'Usage: stepwise verify\n',
  async run(_argv, io) {
    io.stderr.write('stepwise verify: not available in this build.\n');
    return EXIT.usage;
  },
};
