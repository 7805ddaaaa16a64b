/**
 * Where Apache httpd is: $APACHE_PATH if set, else the first `apache2` (Debian's name) or `httpd` on the
 * PATH or in /usr/sbin; and the folder of its loadable modules: $APACHE_MODULES if set, else Debian's
 * /usr/lib/apache2/modules or the usual httpd ones. Shared by the setup check and the e2e server.
 */
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** @returns {string | undefined} */
export function findApache() {
	const fromEnv = process.env.APACHE_PATH;
	if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
	const folders = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin'];
	for (const name of ['apache2', 'httpd']) {
		const found = folders
			.filter(Boolean)
			.map((folder) => join(folder, name))
			.find((path) => existsSync(path));
		if (found) return found;
	}
	return undefined;
}

/** @returns {string | undefined} */
export function findApacheModules() {
	const candidates = [
		process.env.APACHE_MODULES,
		'/usr/lib/apache2/modules',
		'/usr/lib64/httpd/modules',
		'/usr/lib/httpd/modules',
		'/usr/local/apache2/modules',
	];
	return candidates.find((folder) => folder && existsSync(join(folder, 'mod_mime.so')));
}
