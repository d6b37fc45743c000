import type { CliCommand } from '../io';
import { EXIT } from '../exitCodes';

// Placeholder until the command lands (see its issue); it says so and exits with a usage error.
export const generate: CliCommand = {
  name: 'generate',
  summary: '',
  usage: 'Usage: stepwise generate\n',
  async run(_argv, io) {
    io.stderr.write('stepwise generate: not available in this build.\n');
    return EXIT.usage;
  },
};
