import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian's system Python: the pwquality binding is built for it, not for a pyenv python3 on PATH (stack guide, pitfall 10). */
export const SYSTEM_PYTHON = '/usr/bin/python3';

/**
 * Makes the real libpwquality available: Debian's python3-pwquality and libpwquality-tools,
 * installed with apt-get when missing. Returns why it cannot, only when apt itself is unavailable.
 */
export function ensureLibpwquality(): { ok: true } | { ok: false; reason: string } {
  const importable = () => existsSync(SYSTEM_PYTHON) && spawnSync(SYSTEM_PYTHON, ['-c', 'import pwquality'], { stdio: 'ignore' }).status === 0;
  if (importable()) return { ok: true };
  if (!existsSync('/usr/bin/apt-get')) return { ok: false, reason: 'apt-get is not available, so Debian\'s python3-pwquality cannot be installed' };
  const install = () => spawnSync('/usr/bin/apt-get', ['install', '-y', 'python3-pwquality', 'libpwquality-tools'], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  if (!install()) {
    execFileSync('/usr/bin/apt-get', ['update'], { stdio: 'ignore' });
    if (!install()) throw new Error('apt-get install python3-pwquality libpwquality-tools failed');
  }
  if (!importable()) throw new Error('python3-pwquality is installed but /usr/bin/python3 cannot import pwquality');
  return { ok: true };
}

/** The verdict of libpwquality on one password: null when accepted, else its error code and message. */
export interface PwqualityVerdict {
  ok: boolean;
  code?: number;
  message?: string;
}

/*
 * Passwords go to Python on standard input as JSON lines, never as arguments (they would show in
 * `ps`); only the configuration file's path is an argument. PWQSettings.check raises PWQError
 * (code, message) when the password is refused (python/pwquality.c of libpwquality).
 */
const SCRIPT = `
import json, sys, pwquality
s = pwquality.PWQSettings()
s.read_config(sys.argv[1])
for line in sys.stdin:
    pw = json.loads(line)
    try:
        s.check(pw)
        print(json.dumps({"ok": True}))
    except pwquality.PWQError as e:
        print(json.dumps({"ok": False, "code": e.args[0], "message": e.args[1]}))
`;

export function checkWithLibpwquality(configPath: string, passwords: readonly string[]): PwqualityVerdict[] {
  const out = execFileSync(SYSTEM_PYTHON, ['-c', SCRIPT, configPath], { input: passwords.map((p) => JSON.stringify(p)).join('\n') + '\n', encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return out.trim().split('\n').map((l) => JSON.parse(l) as PwqualityVerdict);
}
