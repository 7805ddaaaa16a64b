/**
 * The layout of the connection-path map: the stages a remoting request passes, top to bottom, with
 * every error placed at its stage. Computed from the errors' `stage` fields, never drawn by hand, in a
 * 360-unit-wide drawing so that it reads at phone width without scaling its text down.
 */
import { STAGES, type StageId } from './taxonomy';

const MAP_WIDTH = 360;
const RAIL_X = 22;
const TEXT_X = 46;
const STAGE_LINE = 22;
const ERROR_LINE = 19;
const GAP = 16;
/** Characters per line before an error's title wraps (14-unit type in about 300 units of width). */
const WRAP = 38;

export interface MapError {
	slug: string;
	title: string;
	stage: StageId;
}

export interface PlacedError {
	slug: string;
	/** The title broken into lines that fit the drawing. */
	lines: string[];
	/** Baseline of the first line. */
	y: number;
	current: boolean;
}

export interface PlacedStage {
	id: StageId;
	label: string;
	detail: string;
	/** 1-based position on the path. */
	step: number;
	y: number;
	current: boolean;
	/** The errors placed under the stage: all of them on the browse map, only the current stage's on an error page. */
	errors: PlacedError[];
	/** How many errors happen at this stage, placed or not. */
	count: number;
	/** Baseline of the "N errors" line of a stage whose errors are not placed, if it has one. */
	countY: number | undefined;
}

export interface MapLayout {
	width: number;
	height: number;
	railX: number;
	textX: number;
	stages: PlacedStage[];
}

/** Greedy word wrap; a word longer than the width stands on its own line. */
export function wrap(text: string, width = WRAP): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length > width) {
			lines.push(line);
			line = word;
		} else {
			line = line ? `${line} ${word}` : word;
		}
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * The map of every stage. Without a current error it places every error (the browse map); on an error's
 * page it places only the errors of that error's stage, and the other stages say how many they hold, so
 * the map stays a glance however large the catalog grows.
 */
export function layoutConnectionMap(errors: readonly MapError[], currentSlug?: string): MapLayout {
	const currentStage = errors.find((error) => error.slug === currentSlug)?.stage;
	let y = GAP + STAGE_LINE;
	const stages = STAGES.map((stage, index) => {
		const atStage = errors.filter((candidate) => candidate.stage === stage.id);
		const placesErrors = currentStage === undefined || stage.id === currentStage;
		const placed: PlacedStage = {
			id: stage.id,
			label: stage.label,
			detail: stage.detail,
			step: index + 1,
			y,
			current: stage.id === currentStage,
			errors: [],
			count: atStage.length,
			countY: undefined,
		};
		y += STAGE_LINE;
		if (placesErrors) {
			for (const error of atStage) {
				const lines = wrap(error.title);
				placed.errors.push({ slug: error.slug, lines, y, current: error.slug === currentSlug });
				y += lines.length * ERROR_LINE + 6;
			}
		} else if (atStage.length > 0) {
			placed.countY = y;
			y += ERROR_LINE + 6;
		}
		y += GAP;
		return placed;
	});
	return { width: MAP_WIDTH, height: y - STAGE_LINE, railX: RAIL_X, textX: TEXT_X, stages };
}
