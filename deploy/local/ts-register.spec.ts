import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const REGISTER = path.join(__dirname, 'ts-register.js');

/** `npm start`'s require hook in a process of its own, with a cache of this test's. */
describe('ts-register', () => {
  let dir: string;
  let cacheDir: string;
  let script: string;
  const run = () =>
    execFileSync(process.execPath, ['-r', REGISTER, script], {
      env: { ...process.env, TS_CACHE_DIR: cacheDir },
      encoding: 'utf8',
    });
  const entries = () =>
    fs.readdirSync(cacheDir, { recursive: true, encoding: 'utf8' }).filter((name) => /\.js$/.test(name));

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ts-register-'));
    cacheDir = path.join(dir, 'cache');
    script = path.join(dir, 'hello.ts');
    fs.writeFileSync(script, "const greeting: string = 'halo';\nconsole.log(greeting);\n");
  });

  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('compiles a file once and reads it back, leaving no partial file', () => {
    expect(run()).toBe('halo\n');
    const [entry] = entries();
    expect(entries()).toHaveLength(1);
    expect(
      fs.readdirSync(cacheDir, { recursive: true, encoding: 'utf8' }).some((name) => name.includes('partial')),
    ).toBe(false);
    fs.writeFileSync(path.join(cacheDir, entry), "console.log('from the cache');\n");
    expect(run()).toBe('from the cache\n');
  });

  it('compiles again a cache entry that is damaged (cut short), and replaces it', () => {
    expect(run()).toBe('halo\n');
    const entry = path.join(cacheDir, entries()[0]);
    fs.writeFileSync(entry, 'const greeting = "ha');
    expect(run()).toBe('halo\n');
    expect(fs.readFileSync(entry, 'utf8')).toContain('greeting');
    expect(run()).toBe('halo\n');
  });

  it('leaves a SyntaxError the module itself throws as it is, and runs the module once', () => {
    fs.writeFileSync(script, "console.log('ran');\nJSON.parse('{');\n");
    for (const _compiledOrCached of [1, 2]) {
      const result = spawnSync(process.execPath, ['-r', REGISTER, script], {
        env: { ...process.env, TS_CACHE_DIR: cacheDir },
        encoding: 'utf8',
      });
      expect(result.status).not.toBe(0);
      expect(result.stdout).toBe('ran\n');
      expect(result.stderr).toMatch(/SyntaxError/);
    }
    expect(entries()).toHaveLength(1);
  });
});
