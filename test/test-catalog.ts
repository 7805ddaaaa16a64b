/**
 * Synthetic catalogs for the matcher's unit tests, so that no content change can break a matcher test
 * (a matcher change is judged by `npm run bench:search` on real pastes). `catalog` builds a prepared
 * model from a few errors; `REMOTING_ERRORS` is a fixed set of eleven remoting errors whose wordings
 * are copied from Windows, for the tests that exercise every class of console noise around them.
 */
import type { IndexedError } from '../src/search/errors-index';
import { prepareModel, type PreparedModel } from '../src/search/paste/match';

export interface ErrorSpec {
	slug: string;
	/** The page's title and summary, which the distinctive-words stage reads; the slug and none unless said. */
	title?: string;
	summary?: string;
	messages: string[];
	otherWordings?: string[];
	signals?: Partial<IndexedError['signals']>;
	/** The programs that print it; PowerShell unless said. */
	clients?: string[];
	/** Its message is printed outside remoting too (see the content schema); false unless said. */
	generalMessage?: boolean;
}

export function indexedError(spec: ErrorSpec): IndexedError {
	return {
		slug: spec.slug,
		url: `/errors/${spec.slug}/`,
		title: spec.title ?? spec.slug,
		summary: spec.summary ?? '',
		messages: spec.messages,
		otherWordings: spec.otherWordings ?? [],
		signals: { errorIds: [], codes: [], exceptions: [], names: [], http: [], ...spec.signals },
		clients: spec.clients ?? ['powershell'],
		generalMessage: spec.generalMessage ?? false,
		stage: 'network',
		retired: false,
		fixes: [],
	};
}

/** A prepared model of just these errors. */
export function catalog(...specs: ErrorSpec[]): PreparedModel {
	return prepareModel(specs.map(indexedError));
}

export const REMOTING_ERRORS: ErrorSpec[] = [
	{
		slug: 'access-denied',
		messages: ['Access is denied.'],
		signals: { errorIds: ['AccessDenied'], codes: ['5', '0x80070005'] },
		generalMessage: true,
	},
	{
		slug: 'cannot-connect-destination',
		messages: [
			'The client cannot connect to the destination specified in the request. Verify that the service on the destination is running and is accepting requests.',
		],
		signals: { errorIds: ['CannotConnect'], codes: ['2150858770'] },
	},
	{
		slug: 'connection-refused',
		messages: [
			'The connection to the remote host was refused. Verify that the WS-Management service is running on the remote host and configured to listen for requests on the correct port and HTTP URL.',
			'The connection to the specified remote host was refused. Verify that the WS-Management service is running on the remote host and configured to listen for requests on the correct port and HTTP URL.',
		],
	},
	{
		slug: 'elevation-required',
		messages: ['Access is denied. You need to run this cmdlet from an elevated process.'],
	},
	{
		slug: 'firewall-check-failed',
		messages: ['Unable to check the status of the firewall'],
		otherWordings: [
			'WinRM firewall exception will not work since one of the network connection types on this machine is set to Public. Change the network connection type to either Domain or Private and try again.',
		],
		signals: { codes: ['2150859113'] },
	},
	{
		slug: 'io-aborted',
		messages: [
			'The I/O operation has been aborted because of either a thread exit or an application request.',
		],
		signals: { codes: ['995', '0x800703E3'] },
	},
	{
		slug: 'operation-timeout',
		messages: [
			'The WS-Management service cannot complete the operation within the time specified in OperationTimeout.',
		],
		signals: { codes: ['2150858793'] },
	},
	{
		slug: 'quota-exceeded',
		messages: ['The total data received from the remote client exceeded allowed maximum.'],
	},
	{
		slug: 'scripts-disabled',
		messages: [
			'Import-Module: File <filename> cannot be loaded because the execution of scripts is disabled on this system.',
		],
		otherWordings: [
			'File <filename> cannot be loaded because running scripts is disabled on this system.',
			'File <filename> cannot be loaded. The file <filename> is not digitally signed. You cannot run this script on the current system.',
		],
		signals: { errorIds: ['UnauthorizedAccess'], exceptions: ['PSSecurityException'] },
	},
	{
		slug: 'term-not-recognized-32bit',
		messages: [
			'The term <tool-name> is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.',
		],
		otherWordings: [
			"The term '<tool-name>' is not recognized as a name of a cmdlet, function, script file, or executable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.",
		],
		signals: { errorIds: ['CommandNotFoundException'], exceptions: ['CommandNotFoundException'] },
	},
	{
		slug: 'trustedhosts-required',
		messages: [
			'The WinRM client cannot process the request. If the authentication scheme is different from Kerberos, or if the client computer is not joined to a domain, then HTTPS transport must be used or the destination machine must be added to the TrustedHosts configuration setting.',
		],
		otherWordings: [
			'The WinRM client cannot process the request. Default authentication may be used with an IP address under the following conditions: the transport is HTTPS or the destination is in the TrustedHosts list, and explicit credentials are provided.',
		],
		signals: { errorIds: ['ServerNotTrusted'], codes: ['0x803380E4'] },
	},
];

/** The first (or `i`-th) message of one of `REMOTING_ERRORS`. */
export function messageOf(slug: string, i = 0): string {
	return REMOTING_ERRORS.find((error) => error.slug === slug)!.messages[i]!;
}
