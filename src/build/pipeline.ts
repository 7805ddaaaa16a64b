/**
 * The build pipeline: after `astro build` has written the pages, the built site is read once (site.ts)
 * and these steps run on it, in this order, each seeing what the ones before it wrote.
 *
 * 1. Published URLs: a check that writes nothing, first, so a broken promise stops the build at once.
 * 2. Page policies: each page's Content-Security-Policy narrowed to its own inline code; it rewrites the
 *    pages, so it comes before anything reads or copies them.
 * 3. Pagefind index: from the final pages; it adds `pagefind/`.
 * 4. Host configurations: after every file the host serves but the worker exists (Pagefind's types must
 *    be known to every host), with the union of the final page policies.
 * 5. Offline copy: last, so its precache holds the final bytes of every page and index file.
 */
import { hostConfigsStep } from './configs';
import { pagefindStep } from './pagefind';
import { pagePoliciesStep } from './policy';
import { offlineStep } from './precache';
import { publishedUrlsStep } from './published-urls';
import type { BuiltSite } from './site';
import type { BuildStep } from './step';

export interface PipelineInput {
	/** The text of the published URL list (`content/published-urls.txt`). */
	publishedUrls: () => string;
}

export function pipelineSteps(input: PipelineInput): BuildStep[] {
	return [
		publishedUrlsStep(input.publishedUrls),
		pagePoliciesStep,
		pagefindStep,
		hostConfigsStep,
		offlineStep,
	];
}

/** Runs the steps in order; the first that throws stops the build with its message. */
export async function runSteps(
	site: BuiltSite,
	steps: readonly BuildStep[],
	log: (message: string) => void
): Promise<void> {
	for (const step of steps) {
		const started = performance.now();
		await step.run(site, (message) =>
			log(`${step.name}: ${message} (${Math.round(performance.now() - started)} ms)`)
		);
	}
}

/** The origin absolute URLs use when `SITE_URL` is not set. */
export const DEFAULT_SITE = 'http://localhost:4321';

/** What a production build without `SITE_URL` says, naming the origin every absolute URL now carries. */
export function siteUrlWarning(origin: string): string {
	return [
		`SITE_URL is not set: every canonical URL, og:url, preview image URL and the sitemap of this build name ${origin}.`,
		`Set it to the origin the site is published at before building, e.g. SITE_URL=https://support.example.com npm run build.`,
	].join('\n');
}
