import { expect, test } from 'vitest';
import { contentIndex } from '../../test/load-content';
import { layoutConnectionMap, wrap } from './connection-map';
import { STAGES, type StageId } from './taxonomy';

const errors = contentIndex().errors.map((error) => ({ slug: error.slug, title: error.title, stage: error.stage as StageId }));

test('every error of the content stands at its own stage, once', () => {
	const layout = layoutConnectionMap(errors);
	expect(layout.stages.map((stage) => stage.id)).toEqual(STAGES.map((stage) => stage.id));
	const placed = layout.stages.flatMap((stage) => stage.errors.map((error) => `${stage.id}:${error.slug}`)).sort();
	expect(placed).toEqual(errors.map((error) => `${error.stage}:${error.slug}`).sort());
});

test('the current error and its stage are marked, and nothing else', () => {
	const layout = layoutConnectionMap(errors, 'access-denied');
	expect(layout.stages.filter((stage) => stage.current).map((stage) => stage.id)).toEqual(['session-configuration']);
	expect(layout.stages.flatMap((stage) => stage.errors).filter((error) => error.current).map((error) => error.slug)).toEqual(['access-denied']);
});

test('rows never overlap and the drawing is tall enough for all of them', () => {
	const layout = layoutConnectionMap(errors);
	const baselines = layout.stages.flatMap((stage) => [stage.y, ...stage.errors.flatMap((error) => error.lines.map((_, i) => error.y + i * 19))]);
	expect([...baselines].sort((a, b) => a - b)).toEqual(baselines);
	expect(new Set(baselines).size).toBe(baselines.length);
	expect(layout.height).toBeGreaterThan(baselines.at(-1)!);
});

test('titles wrap at word boundaries to fit the phone-width drawing', () => {
	expect(wrap('The WinRM client cannot process the request: use HTTPS or TrustedHosts')).toEqual([
		'The WinRM client cannot process the',
		'request: use HTTPS or TrustedHosts',
	]);
	expect(wrap('x'.repeat(50))).toEqual(['x'.repeat(50)]);
});
