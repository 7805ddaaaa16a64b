/**
 * The URL fragment carries what must never reach a server: the pasted query (`#q=…`) and the reader's
 * own values (`#computer=…&ip=…`), next to an optional section anchor (`#to=step-id`). Fragments are
 * not sent with requests, so nothing here ends up in a server log.
 */
import { MAX_FRAGMENT_CHARS } from '../search/paste/limits';
import { replaceLoneSurrogates } from '../search/text';

/** Percent-encodes any text, even one with unpaired surrogates (which encodeURIComponent refuses). */
const encode = (text: string) => encodeURIComponent(replaceLoneSurrogates(text));

export interface Fragment {
	/** The search query, if the fragment holds one. */
	query: string | undefined;
	/** A plain anchor (`#step-id`) or the `to=` parameter. */
	anchor: string | undefined;
	/** Any other `key=value` pairs, such as the reader's values. */
	params: Map<string, string>;
}

function decode(value: string): string | undefined {
	try {
		return decodeURIComponent(value.replace(/\+/g, ' '));
	} catch {
		return undefined;
	}
}

export function parseFragment(hash: string): Fragment {
	const body = hash.startsWith('#') ? hash.slice(1) : hash;
	const params = new Map<string, string>();
	let anchor: string | undefined;
	if (!body.includes('='))
		return { query: undefined, anchor: body ? decode(body) : undefined, params };
	for (const pair of body.split('&')) {
		const equals = pair.indexOf('=');
		if (equals < 0) {
			anchor ??= decode(pair);
			continue;
		}
		const key = decode(pair.slice(0, equals));
		const value = decode(pair.slice(equals + 1));
		if (key && value !== undefined && !params.has(key)) params.set(key, value);
	}
	const query = params.get('q');
	params.delete('q');
	anchor ??= params.get('to');
	params.delete('to');
	return { query, anchor, params };
}

/** Encodes the fragment; a query longer than the cap is cut so the address stays shareable. */
export function formatFragment(fragment: Partial<Fragment>): string {
	const pairs: string[] = [];
	if (fragment.query !== undefined)
		pairs.push(`q=${encode(fragment.query.slice(0, MAX_FRAGMENT_CHARS))}`);
	if (fragment.anchor !== undefined) {
		if (pairs.length === 0 && (fragment.params?.size ?? 0) === 0)
			return `#${encode(fragment.anchor)}`;
		pairs.push(`to=${encode(fragment.anchor)}`);
	}
	for (const [key, value] of fragment.params ?? []) pairs.push(`${encode(key)}=${encode(value)}`);
	return pairs.length > 0 ? `#${pairs.join('&')}` : '';
}
