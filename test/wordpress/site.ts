/**
 * A throwaway WordPress on 127.0.0.1, from Debian's packages, with the
 * built plugin installed from its zip. Nothing system-wide is touched:
 *
 * - MariaDB: `mariadb-install-db` into a temporary data directory, then
 *   `mariadbd` as a child process on a Unix socket in that directory, with no
 *   TCP port (--skip-networking) and no grant tables (so it runs the same
 *   for any user).
 * - WordPress: /usr/share/wordpress copied into the temporary directory with
 *   its own wp-config.php. Debian's own wp-config.php reads
 *   /etc/wordpress/config-<host>.php; the copy's does not.
 * - Installed by a PHP script run by php-cli: wp_install(), an Administrator,
 *   an Author and a Contributor with application passwords (for the REST API, as the block
 *   editor saves a page), the Twenty Twenty-Three theme, the plugin activated.
 * - Served by `php -S 127.0.0.1:<free port>` with a router for pretty
 *   permalinks (/wp-json/…, /page-name/).
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { MARIADBD, THEME, WORDPRESS, wordpressMissing } from '../../tools/wordpress/requirements.js';

const run = promisify(execFile);


export interface User {
  login: string;
  password: string;
  /** An application password, for the REST API's Basic authentication. */
  appPassword: string;
}

export interface WordPressSite {
  url: string;
  dir: string;
  admin: User;
  author: User;
  /** May write drafts, not publish. */
  contributor: User;
  /** PHP notices, warnings and _doing_it_wrong messages logged so far. */
  debugLog(): string;
  /** A REST API request as a user, failing on an HTTP error. */
  rest<T = Record<string, any>>(user: User, method: string, route: string, body?: unknown): Promise<T>;
  stop(): Promise<void>;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

async function waitFor(what: string, ready: () => boolean | Promise<boolean>, process: ChildProcess, log: string) {
  const deadline = Date.now() + 60_000;
  while (!(await ready())) {
    if (process.exitCode !== null) throw new Error(`${what} exited (${process.exitCode}): ${readFileSync(log, 'utf8').slice(-2000)}`);
    if (Date.now() > deadline) throw new Error(`${what} did not start in 60 s: ${readFileSync(log, 'utf8').slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Signals a child started with `detached: true` and everything in its process
 * group: `php -S` with PHP_CLI_SERVER_WORKERS forks workers that outlive
 * their parent if only it is signalled.
 */
function signal(child: ChildProcess, name: NodeJS.Signals) {
  try {
    process.kill(-child.pid!, name);
  } catch {
    // Already gone.
  }
}

const stopProcess = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      signal(child, 'SIGKILL');
      return resolve();
    }
    const force = setTimeout(() => signal(child, 'SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      signal(child, 'SIGKILL');
      resolve();
    });
    signal(child, 'SIGTERM');
  });

const php = (value: string) => `'${value.replace(/[\\']/g, '\\$&')}'`;

export async function startWordPress(zipPath: string): Promise<WordPressSite> {
  const problem = wordpressMissing();
  if (problem) throw new Error(problem);
  if (!existsSync(zipPath)) throw new Error(`No plugin zip at ${zipPath}: run "npm run build" first.`);

  const dir = mkdtempSync(join(tmpdir(), 'collab-wp-'));
  const children: ChildProcess[] = [];
  // If the test process ends without stopping the site (an interrupted run), the servers end with it.
  const onExit = () => {
    for (const child of children) signal(child, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', onExit);
  const stop = async () => {
    process.off('exit', onExit);
    for (const child of children.reverse()) await stopProcess(child);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    // The database.
    const datadir = join(dir, 'db');
    const socket = join(dir, 'mariadb.sock');
    const asRoot = userInfo().uid === 0 ? ['--user=root'] : [];
    await run('mariadb-install-db', ['--no-defaults', `--datadir=${datadir}`, '--skip-test-db', '--skip-name-resolve', '--auth-root-authentication-method=normal', ...asRoot]);
    const dbLog = join(dir, 'mariadb.log');
    const mariadb = spawn(
      MARIADBD,
      ['--no-defaults', `--datadir=${datadir}`, `--socket=${socket}`, `--pid-file=${join(dir, 'mariadb.pid')}`, `--log-error=${dbLog}`,
        '--skip-networking', '--skip-grant-tables', '--skip-log-bin', '--innodb-buffer-pool-size=16M', ...asRoot],
      { stdio: 'ignore', detached: true },
    );
    children.push(mariadb);
    writeFileSync(dbLog, '', { flag: 'a' });
    await waitFor('mariadbd', () => existsSync(socket), mariadb, dbLog);

    // WordPress, its own copy, with the plugin unzipped into it as the Upload Plugin screen would.
    const root = join(dir, 'wordpress');
    // Debian links some files to /usr/share/javascript by relative paths: copied as absolute links.
    cpSync(WORDPRESS, root, { recursive: true });
    const plugins = join(root, 'wp-content/plugins');
    for (const [path, data] of Object.entries(unzipSync(readFileSync(zipPath)))) {
      if (path.endsWith('/')) continue;
      mkdirSync(dirname(join(plugins, path)), { recursive: true });
      writeFileSync(join(plugins, path), data);
    }
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const salts = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT']
      .map((name) => `define( '${name}', '${randomBytes(24).toString('hex')}' );`)
      .join('\n');
    writeFileSync(
      join(root, 'wp-config.php'),
      `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', ${php(`localhost:${socket}`)} );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
$table_prefix = 'wp_';
${salts}
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
define( 'WP_CONTENT_DIR', __DIR__ . '/wp-content' );
define( 'WP_ENVIRONMENT_TYPE', 'local' ); // Application passwords over http.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', ${php(join(dir, 'debug.log'))} );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
    );
    writeFileSync(
      join(dir, 'router.php'),
      `<?php
// php -S: real files as they are (PHP files run), everything else to WordPress's index.php.
$path = urldecode( parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
$file = $_SERVER['DOCUMENT_ROOT'] . $path;
if ( '/' !== $path && ( is_file( $file ) || is_file( rtrim( $file, '/' ) . '/index.php' ) ) ) {
	return false;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
`,
    );
    writeFileSync(
      join(dir, 'install.php'),
      `<?php
$db = new mysqli( 'localhost', 'root', '', '', 0, ${php(socket)} );
$db->query( 'CREATE DATABASE wordpress' );
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
$_SERVER['REQUEST_URI'] = '/';
define( 'WP_INSTALLING', true );
require ${php(root)} . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
add_filter( 'pre_wp_mail', '__return_false' );
$GLOBALS['wpdb']->suppress_errors( true );
wp_install( 'Collaboration checklist test', 'admin', 'admin@example.org', false, '', 'admin-password' );
$GLOBALS['wpdb']->suppress_errors( false );
$author = wp_insert_user( array( 'user_login' => 'author', 'user_pass' => 'author-password', 'user_email' => 'author@example.org', 'role' => 'author', 'display_name' => 'Ann Author' ) );
if ( is_wp_error( $author ) ) { fwrite( STDERR, $author->get_error_message() ); exit( 1 ); }
$contributor = wp_insert_user( array( 'user_login' => 'contributor', 'user_pass' => 'contributor-password', 'user_email' => 'contributor@example.org', 'role' => 'contributor' ) );
if ( is_wp_error( $contributor ) ) { fwrite( STDERR, $contributor->get_error_message() ); exit( 1 ); }
update_option( 'permalink_structure', '/%postname%/' );
switch_theme( '${THEME}' );
$activated = activate_plugin( 'collab-checklist/collab-checklist.php' );
if ( is_wp_error( $activated ) ) { fwrite( STDERR, $activated->get_error_message() ); exit( 1 ); }
// The editor's welcome guide would cover the editor on first visit.
update_user_meta( 1, $GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );
$passwords = array();
foreach ( array( 'admin' => 1, 'author' => $author, 'contributor' => $contributor ) as $login => $id ) {
	list( $password ) = WP_Application_Passwords::create_new_application_password( $id, array( 'name' => 'test' ) );
	$passwords[ $login ] = $password;
}
echo json_encode( $passwords );
`,
    );
    const { stdout } = await run('php', [join(dir, 'install.php')], { cwd: root });
    const passwords = JSON.parse(stdout.slice(stdout.lastIndexOf('{'))) as Record<'admin' | 'author' | 'contributor', string>;

    const serverLog = join(dir, 'php-server.log');
    const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', root, join(dir, 'router.php')], {
      cwd: root,
      // A few workers, so the block editor's many requests do not queue behind one another.
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
      stdio: ['ignore', openSync(serverLog, 'a'), openSync(serverLog, 'a')],
      detached: true,
    });
    children.push(server);
    await waitFor('php -S', async () => fetch(`${url}/wp-login.php`).then((r) => r.ok, () => false), server, serverLog);

    const admin: User = { login: 'admin', password: 'admin-password', appPassword: passwords.admin };
    const author: User = { login: 'author', password: 'author-password', appPassword: passwords.author };
    const contributor: User = { login: 'contributor', password: 'contributor-password', appPassword: passwords.contributor };
    const debugLog = () => (existsSync(join(dir, 'debug.log')) ? readFileSync(join(dir, 'debug.log'), 'utf8') : '');
    return {
      url,
      dir,
      admin,
      author,
      contributor,
      debugLog,
      async rest(user, method, route, body) {
        const response = await fetch(`${url}/wp-json${route}`, {
          method,
          headers: {
            Authorization: `Basic ${Buffer.from(`${user.login}:${user.appPassword}`).toString('base64')}`,
            ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        const json = await response.json();
        if (!response.ok) throw new Error(`${method} ${route} as ${user.login}: HTTP ${response.status} ${JSON.stringify(json)}`);
        return json;
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
