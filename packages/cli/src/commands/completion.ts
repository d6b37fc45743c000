import { EXIT } from '../exitCodes';
import { UsageError, type CliCommand } from '../io';
import { COMMANDS } from './index';

const SHELLS = ['bash', 'zsh', 'fish'] as const;
type Shell = (typeof SHELLS)[number];

const usage = `Usage: stepwise completion <${SHELLS.join('|')}>

Prints a completion script for the shell: command names, each command's options, and file
names for paths. Install it once:

  bash:  stepwise completion bash > ~/.local/share/bash-completion/completions/stepwise
  zsh:   stepwise completion zsh > ~/.zfunc/_stepwise   (a folder on $fpath)
  fish:  stepwise completion fish > ~/.config/fish/completions/stepwise.fish

Exit codes: 0 printed, 2 unknown shell.
`;

/** Each command's long options, read from its own usage text: one source, no list to keep in step. */
export function commandOptions(usageText: string): string[] {
  const options = usageText.split(/^Options:$/m)[1] ?? '';
  return [...new Set([...options.matchAll(/(?:^|[\s,/])(--[a-z][a-z0-9-]*)/gm)].map((m) => m[1]!))].sort();
}

/** Pure: the script for one shell, from the commands and their options. */
export function completionScript(shell: Shell, commands: Readonly<Record<string, { summary: string; options: string[] }>>): string {
  const names = Object.keys(commands);
  if (shell === 'bash') {
    const cases = names.map((n) => `    ${n}) opts="${commands[n]!.options.join(' ')}" ;;`).join('\n');
    return `# bash completion for stepwise (stepwise completion bash)
_stepwise() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" opts
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=( $(compgen -W "${names.join(' ')} --help --version --config" -- "$cur") )
    return
  fi
  case "\${COMP_WORDS[1]}" in
${cases}
    *) opts="" ;;
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=( $(compgen -W "$opts --help" -- "$cur") )
  else
    COMPREPLY=( $(compgen -f -- "$cur") )
  fi
}
complete -o filenames -F _stepwise stepwise
`;
  }
  if (shell === 'zsh') {
    const described = names.map((n) => `    '${n}:${commands[n]!.summary.replace(/'/g, "'\\''").replace(/:/g, '\\:')}'`).join('\n');
    const cases = names.map((n) => `      ${n}) _arguments ${commands[n]!.options.map((o) => `'${o}[]'`).join(' ')} '--help[]' '*:file:_files' ;;`).join('\n');
    return `#compdef stepwise
# zsh completion for stepwise (stepwise completion zsh)
_stepwise() {
  local -a commands
  commands=(
${described}
  )
  if (( CURRENT == 2 )); then
    _describe 'command' commands
    return
  fi
  case "$words[2]" in
${cases}
  esac
}
_stepwise "$@"
`;
  }
  const lines = ['# fish completion for stepwise (stepwise completion fish)', 'complete -c stepwise -f'];
  for (const n of names) lines.push(`complete -c stepwise -n '__fish_use_subcommand' -a ${n} -d '${commands[n]!.summary.replace(/'/g, "\\'")}'`);
  for (const n of names) {
    for (const o of commands[n]!.options) lines.push(`complete -c stepwise -n '__fish_seen_subcommand_from ${n}' -l ${o.slice(2)} -F`);
  }
  return `${lines.join('\n')}\n`;
}

export const completion: CliCommand = {
  name: 'completion',
  summary: 'Print a shell completion script (bash, zsh or fish).',
  usage,
  async run(argv, io) {
    const shell = argv[0] as Shell;
    if (argv.length !== 1 || !SHELLS.includes(shell)) throw new UsageError(`name one shell: ${SHELLS.join(', ')}.`);
    const entries = await Promise.all(Object.entries(COMMANDS).map(async ([name, entry]) => [name, { summary: entry.summary, options: commandOptions((await entry.load()).usage) }] as const));
    io.stdout.write(completionScript(shell, Object.fromEntries(entries)));
    return EXIT.ok;
  },
};
