/**
 * Builds the site over the fixture catalog with a vendored code table that disagrees with the Windows SDK header, and checks
 * that the build stops naming the code: the code reference never ships a code with the wrong message.
 */
import { afterAll, expect, test } from 'vitest';
import { buildFixture, edit, removeFixtures } from './fixture-build';

afterAll(removeFixtures);

test(
	'a code table that disagrees with the header stops the build, naming the code',
	{ timeout: 120_000 },
	() => {
		const { status, output } = buildFixture({
			sources: (dir) =>
				edit(dir, 'wsman-error-codes.tsv', (s) =>
					s.replace(
						'ERROR_WSMAN_RESOURCE_NOT_FOUND\t2150858752\t0x80338000',
						'ERROR_WSMAN_RESOURCE_NOT_FOUND\t2150858751\t0x80337FFF'
					)
				),
		});
		expect(status).not.toBe(0);
		expect(output).toContain(
			'sources/wsman-error-codes.tsv and sources/windows-sdk/wsmerror.h disagree'
		);
		expect(output).toContain(
			'ERROR_WSMAN_RESOURCE_NOT_FOUND: the table has 2150858751, the header 2150858752'
		);
	}
);
