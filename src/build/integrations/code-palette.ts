/**
 * Serves the code palette (src/build/code-palette.ts) as the virtual stylesheet
 * `virtual:psrt/code-palette.css`, which the code block component imports, so its classes ship in the
 * site's bundled CSS like any other style.
 */
import type { AstroIntegration } from 'astro';
import { paletteCss } from '../code-palette';

const ID = 'virtual:psrt/code-palette.css';
const RESOLVED = `\0${ID}`;

export function codePalette(rules: ReadonlyMap<string, string>): AstroIntegration {
	return {
		name: 'psrt:code-palette',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'psrt:code-palette',
								resolveId: (id) => (id === ID ? RESOLVED : undefined),
								load: (id) => (id === RESOLVED ? paletteCss(rules) : undefined),
							},
						],
					},
				});
			},
		},
	};
}
