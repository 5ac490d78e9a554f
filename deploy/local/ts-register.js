'use strict';
/**
 * The require hook of `npm start`'s processes (`node -r ./deploy/local/ts-register.js …ts`): each
 * TypeScript file compiled by SWC with the repository's .swcrc (what `nx build` ships) once, and
 * kept on disk, keyed by its path, its text and the compiler's options and version. A later start
 * reads the JavaScript back and never loads the compiler: `@swc-node/register` costs each process
 * the `typescript` package, SWC's native binding and a hook on every `.js` file, some 55 MB and
 * the compiling at every start. A file whose text changed is compiled again, so `npm start` runs
 * what is in the working tree, as before.
 *
 * Plain JavaScript, since it is what runs before any TypeScript can. TS_CACHE_DIR moves the cache
 * (default node_modules/.cache/antrian-ts). The JavaScript names its source map, which Node applies
 * to stack traces with `--enable-source-maps` (set by the launcher in development).
 */
const { createHash, randomBytes } = require('node:crypto');
const fs = require('node:fs');
const { wrap } = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const CACHE_DIR = process.env.TS_CACHE_DIR || path.join(REPO_ROOT, 'node_modules', '.cache', 'antrian-ts');

function swcOptions() {
  const swcrc = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, '.swcrc'), 'utf8'));
  delete swcrc.$schema;
  return { ...swcrc, swcrc: false, sourceMaps: true, jsc: { ...swcrc.jsc, baseUrl: REPO_ROOT } };
}

const OPTIONS = swcOptions();
const SWC_VERSION = JSON.parse(
  fs.readFileSync(path.join(path.dirname(require.resolve('@swc/core/package.json')), 'package.json'), 'utf8'),
).version;
// Bumped when what is written changes, so that no older entry is read back.
const FORMAT = 2;
const OPTIONS_KEY = `${FORMAT}\0${SWC_VERSION}\0${JSON.stringify(OPTIONS)}\0`;

let swc;

/** The compiled JavaScript of `filename`, and the cache entry it was read from (if it was). */
function compile(filename, source) {
  const key = createHash('sha1').update(OPTIONS_KEY).update(filename).update('\0').update(source).digest('hex');
  const file = path.join(CACHE_DIR, key.slice(0, 2), `${key}.js`);
  try {
    return { code: fs.readFileSync(file, 'utf8'), cached: file };
  } catch {
    // not compiled yet
  }
  swc ??= require('@swc/core');
  const { code, map } = swc.transformSync(source, { ...OPTIONS, filename, sourceFileName: filename });
  // Node resolves the map's path from the TypeScript file's folder (it does not read a file: URL).
  const mapPath = path.relative(path.dirname(filename), `${file}.map`).split(path.sep).join('/');
  const output = map ? `${code}\n//# sourceMappingURL=${mapPath}\n` : code;
  // Written aside and renamed: another process starting at the same time reads all or nothing.
  // The name is random, not only the pid: a pid may be reused, say by a process in another
  // container sharing the cache.
  const partial = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.partial`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (map) {
      fs.writeFileSync(`${partial}.map`, map);
      fs.renameSync(`${partial}.map`, `${file}.map`);
    }
    fs.writeFileSync(partial, output);
    fs.renameSync(partial, file);
  } catch {
    // A read-only or full cache only costs the compiling again next time; nothing half-written stays.
    for (const leftover of [partial, `${partial}.map`]) fs.rmSync(leftover, { force: true });
  }
  return { code: output, cached: undefined };
}

/** Whether `code` cannot even be parsed as a CommonJS module (its module never ran, then). */
function unparsable(code, filename) {
  try {
    new vm.Script(wrap(code), { filename });
    return false;
  } catch {
    return true;
  }
}

require.extensions['.ts'] = function loadTypeScript(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { code, cached } = compile(filename, source);
  try {
    module._compile(code, filename);
  } catch (error) {
    // A damaged cache entry (a disk that filled up, a crash of an older version mid-write): it is
    // removed and the file compiled again. A SyntaxError the module threw while running is its own.
    if (!(error instanceof SyntaxError) || !cached || !unparsable(code, filename)) throw error;
    fs.rmSync(cached, { force: true });
    module._compile(compile(filename, source).code, filename);
  }
};
