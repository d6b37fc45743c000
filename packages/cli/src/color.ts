export interface ColorStream {
  isTTY?: boolean;
}

/**
 * Whether to write ANSI colour to `stream`, decided as supports-color (chalk's) decides: an
 * explicit `--color`/`--no-color` first; then FORCE_COLOR (`0`/`false` off, `1`-`3`, `true` or
 * empty on); then NO_COLOR (any non-empty value, https://no-color.org); then TERM=dumb; then
 * whether the stream is a terminal.
 */
export function shouldColor(stream: ColorStream, env: Readonly<Record<string, string | undefined>>, flag?: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) {
    if (force === '' || force === 'true') return true;
    if (force === 'false') return false;
    const level = Number.parseInt(force, 10);
    if (Number.isInteger(level)) return level > 0;
  }
  if (env['NO_COLOR']) return false;
  if (env['TERM'] === 'dumb') return false;
  return Boolean(stream.isTTY);
}
