/**
 * Directives the positioned parser would honour in a way that changes values: `%YAML 1.1`
 * switches the `yaml` library to the YAML 1.1 schema (`015` becomes 13, `yes` becomes true), so
 * a file would no longer read as the YAML 1.2 core schema every other file uses, and a repeated
 * `%YAML` is an error in the spec (6.8.1, "It is an error to specify more than one YAML
 * directive for the same document"; suite case SF5V) that the library lets pass. `%TAG` is
 * honoured: only the positioned parser reads tags, and unknown ones are errors anyway.
 */
export function checkDirectives(text: string): { offset: number; message: string } | undefined {
  let seenYaml = false;
  let offset = 0;
  while (offset < text.length) {
    const newline = text.indexOf('\n', offset);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(offset, end);
    if (line.startsWith('%YAML')) {
      if (seenYaml) return { offset, message: 'The %YAML directive is given twice.' };
      seenYaml = true;
      const version = line.slice(5).replace(/#.*$/, '').trim();
      if (version !== '1.2') return { offset, message: `YAML ${version || '(no version)'} is not read here; files are read as YAML 1.2.` };
    } else if (!line.startsWith('%') && line.trim() !== '' && !line.startsWith('#')) {
      // Directives come only before the first document.
      break;
    }
    offset = end + 1;
  }
  return undefined;
}
