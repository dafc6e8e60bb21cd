// What the WordPress plugin's test needs from Debian, and one line saying how to install what is missing.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const WORDPRESS = '/usr/share/wordpress';
export const THEME = 'twentytwentythree';
export const MARIADBD = '/usr/sbin/mariadbd';
export const INSTALL = 'apt-get install -y --no-install-recommends wordpress wordpress-theme-twentytwentythree php-cli php-mysql mariadb-server';

function phpWithMysqli() {
  try {
    execFileSync('php', ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** What is missing to run WordPress here, as one line naming the command that installs it, or undefined. */
export function wordpressMissing() {
  const absent = [];
  if (!existsSync(join(WORDPRESS, 'wp-settings.php'))) absent.push('WordPress');
  if (!existsSync(join(WORDPRESS, 'wp-content/themes', THEME))) absent.push(`the ${THEME} theme`);
  if (!phpWithMysqli()) absent.push('PHP with mysqli');
  if (!existsSync(MARIADBD)) absent.push('MariaDB');
  return absent.length ? `The WordPress plugin's test needs ${absent.join(', ')}: on Debian run "${INSTALL}".` : undefined;
}
