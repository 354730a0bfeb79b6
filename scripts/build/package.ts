// `npm run package`: the store packages of the current version, from a fresh build of both browsers.
//   release/sift-reader-chrome-VERSION.zip    dist/chrome, for the Chrome Web Store
//   release/sift-reader-firefox-VERSION.zip   dist/firefox, by web-ext build, for addons.mozilla.org
//   release/sift-reader-source-VERSION.zip    the committed source (git archive HEAD), for Firefox's review:
//                                             `npm ci && npm run build` in it rebuilds dist/firefox
// Run it on a clean checkout: the source archive is what is committed, not the working tree.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { argsOrExit, readArgs } from '../lib/args';

argsOrExit('package', 'Usage: npm run package   (builds both browsers and writes release/*.zip; no options)', (argv) => readArgs(argv, {}));

const RELEASE = resolve('release');
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const manifestVersion = (JSON.parse(readFileSync('manifest.json', 'utf8')) as { version: string }).version;
if (manifestVersion !== version) {
  console.error(`package: manifest.json says ${manifestVersion}, package.json ${version}: make them the same first`);
  process.exit(2);
}

const run = (command: string, args: string[]) => execFileSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
const webExtBuild = (dir: string, file: string) =>
  run('npx', ['web-ext', 'build', '--source-dir', dir, '--artifacts-dir', RELEASE, '--filename', file, '--overwrite-dest']);

if (execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).trim()) {
  console.warn('package: the working tree has uncommitted changes; the source archive holds only what is committed');
}
rmSync(RELEASE, { recursive: true, force: true });
mkdirSync(RELEASE);
run('npm', ['run', '-s', 'build']);
const files = [`sift-reader-chrome-${version}.zip`, `sift-reader-firefox-${version}.zip`, `sift-reader-source-${version}.zip`];
webExtBuild('dist/chrome', files[0]!);
webExtBuild('dist/firefox', files[1]!);
run('git', ['archive', '--format=zip', `--prefix=sift-reader-${version}/`, '-o', join(RELEASE, files[2]!), 'HEAD']);
for (const file of files) console.log(`${String(statSync(join(RELEASE, file)).size).padStart(10)} B  release/${file}`);
