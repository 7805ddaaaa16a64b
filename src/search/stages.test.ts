/**
 * The search's stages behind the exact wording, each on a small synthetic catalog: identifiers indexed
 * from the content (signals and the identifiers the wordings hold), the distinctive-words stage and its
 * threshold, and what the reader is told ("not in our catalog" only when no stage finds a page).
 */
import { describe, expect, test } from 'vitest';
import { catalog } from '../../test/test-catalog';
import { analyzePaste } from './analyze';

const model = catalog(
	{
		slug: 'mi-result',
		messages: ['MI_RESULT_FAILED', 'MI_RESULT_ACCESS_DENIED'],
		otherWordings: [],
	},
	{
		slug: 'logon-failure',
		messages: ['The user name or password is incorrect.'],
		signals: { codes: ['1326'] },
	},
	{
		slug: 'refused',
		messages: ['The connection to the remote host was refused.'],
		signals: { codes: ['2150858770'], errorIds: ['CannotConnect'] },
	},
	{
		slug: 'plugin-dll',
		messages: ['The WS-Management service cannot load the pwrshplugin.dll plug-in.'],
	},
	{
		slug: 'credentials-rejected',
		messages: ['the specified credentials were rejected by the server'],
		signals: { exceptions: ['InvalidCredentialsError'], http: [401] },
	},
	{
		slug: 'unauthorized',
		messages: ['http response error: 401 - invalid content type'],
		signals: { http: [401] },
	},
	{
		slug: 'library-missing',
		messages: [
			'This parameter set requires WSMan, and no supported WSMan client library was found. WSMan is either not installed or unavailable for this system.',
		],
	},
	{
		slug: 'memory-quota',
		messages: ['The WSMan provider host process did not return a proper response.'],
	}
);

const shown = (paste: string) =>
	analyzePaste(paste, model).evidence.map((e) => `${e.error.slug}:${e.confidence}`);

describe('identifiers, indexed from the content', () => {
	test.each([
		['the unsigned decimal', '2150858770'],
		['the signed decimal', '-2144108526'],
		['the hex', '0x80338012'],
	])('a bare code in the box (%s) is a look-up that finds its page', (_note, code) => {
		const analysis = analyzePaste(code, model);
		expect(analysis.kind).toBe('error');
		expect(analysis.uncovered).toBe(false);
		expect(shown(code)[0]).toBe('refused:likely');
	});

	test('an HRESULT carrying a Win32 code finds the page that names the Win32 code, in another language', () => {
		expect(shown('Le nom d’utilisateur ou le mot de passe est incorrect. (0x8007052E)')[0]).toBe(
			'logon-failure:likely'
		);
	});

	test('a symbolic name a wording holds names its page', () => {
		expect(shown('Enter-PSSession: MI_RESULT_ACCESS_DENIED')[0]).toBe('mi-result:exact');
	});

	test('a name of the same family finds the page that covers the family', () => {
		const [best] = analyzePaste('New-PSSession: MI_RESULT_SERVER_LIMITS_EXCEEDED', model).evidence;
		expect(best?.error.slug).toBe('mi-result');
		expect(best?.signals).toEqual(['MI_RESULT_SERVER_LIMITS_EXCEEDED, of the MI_RESULT_* family']);
		expect(best?.match).toBe('related');
	});

	test('a provider DLL a message names', () => {
		expect(shown('Le plug-in C:\\Windows\\System32\\pwrshplugin.dll est introuvable.')[0]).toBe(
			'plugin-dll:possible'
		);
	});

	test('a client class with the words of its message is likely, the class alone only possible', () => {
		expect(
			shown(
				'winrm.exceptions.InvalidCredentialsError: die Anmeldeinformationen wurden abgelehnt'
			)[0]
		).toBe('credentials-rejected:possible');
		expect(
			shown('InvalidCredentialsError: the credentials were rejected, says the server')[0]
		).toBe('credentials-rejected:likely');
	});

	test('an HTTP status two pages claim names neither', () => {
		const analysis = analyzePaste('Error: HTTP 401', model);
		expect(analysis.evidence.every((e) => !e.namedBySignal && e.confidence === 'possible')).toBe(
			true
		);
	});
});

describe('the distinctive-words stage', () => {
	test('a paste in other words lists the page whose rare words it uses, as possible, with those words', () => {
		const analysis = analyzePaste(
			'Enter-PSSession : WSMan client library is not installed on this system',
			model
		);
		expect(analysis.uncovered).toBe(false);
		const [best] = analysis.evidence;
		expect(best?.error.slug).toBe('library-missing');
		expect(best?.confidence).toBe('possible');
		expect(best?.sharedWords).toContain('library');
	});

	test("words every error report uses, the reader's own names and addresses list nothing", () => {
		const analysis = analyzePaste(
			'Get-Widget : An error occurred on server app-library-01 (10.1.2.3): the widget text failed.',
			model
		);
		expect(analysis.uncovered).toBe(true);
		expect(analysis.evidence).toEqual([]);
	});

	test('the command that printed the paste is no word of its failure: a page naming that command is not listed for it', () => {
		const named = catalog(
			{
				slug: 'interactive',
				title: 'Enter-PSSession cannot start an interactive session here',
				messages: ['Enter-PSSession cannot start an interactive session here.'],
			},
			{
				slug: 'other',
				messages: ['The total data received from the remote client exceeded allowed maximum.'],
			}
		);
		const analysis = analyzePaste(
			'Enter-PSSession : Connecting to remote server app9 failed with the following error message : The gizmo flux capacitor rattled. For more information, see the about_Remote_Troubleshooting Help topic.',
			named
		);
		expect(analysis.uncovered).toBe(true);
	});

	test("words only a page's summary uses are no sign of its failure", () => {
		const fillers = Array.from({ length: 20 }, (_, i) => ({
			slug: `filler-${i}`,
			messages: [`Filler message number ${i} about quota ${i} of the service.`],
		}));
		const summarised = catalog(
			{
				slug: 'reconnect',
				summary: 'The gizmo of the session broke, rattled, and the reconnection failed.',
				messages: ['Network connectivity to <computer name> has been lost.'],
			},
			...fillers
		);
		expect(
			analyzePaste('Get-Widget : the gizmo broke while it rattled', summarised).uncovered
		).toBe(true);
	});

	test('a page never outranks an exact one on shared words', () => {
		expect(
			shown(
				'The WSMan provider host process did not return a proper response. WSMan client library installed.'
			)[0]
		).toBe('memory-quota:exact');
	});
});
