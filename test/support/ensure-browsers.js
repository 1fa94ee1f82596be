// Makes sure the three engines the tests run in are on this machine.
// Debian packages only: test tools' own browser downloads cannot reach the network here.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { browsers } from './browsers.js';

const missing = browsers.filter((b) => !b.files.every((file) => existsSync(file)));
if (missing.length === 0) process.exit(0);

const packages = [...new Set(missing.flatMap((b) => b.packages))];
const command = `apt-get update && apt-get install -y ${packages.join(' ')}`;
const names = missing.map((b) => b.name).join(', ');

if (process.getuid?.() !== 0) {
  console.error(
    `Missing browsers for the tests: ${names}.\nInstall them as root, then run the tests again:\n  sudo sh -c '${command}'`,
  );
  process.exit(1);
}

console.log(`Installing ${names} (${packages.join(', ')}) from Debian's packages...`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
try {
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
} catch {
  console.error(`Installing the browsers failed. Run this as root, then the tests again:\n  ${command}`);
  process.exit(1);
}
