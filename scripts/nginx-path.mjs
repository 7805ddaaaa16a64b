/**
 * Where nginx is: $NGINX_PATH if set, else the first nginx on the PATH or in /usr/sbin (Debian puts it
 * there, outside a normal user's PATH). Shared by the setup check and the e2e server, so they agree.
 */
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** @returns {string | undefined} */
export function findNginx() {
	const fromEnv = process.env.NGINX_PATH;
	if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
	const folders = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin'];
	return folders
		.filter(Boolean)
		.map((folder) => join(folder, 'nginx'))
		.find((path) => existsSync(path));
}
