/**
 * A step of the build pipeline (pipeline.ts): it reads the built site and may write files into it. A step
 * that finds a problem throws, naming it, and the build stops.
 */
import type { BuiltSite } from './site';

export interface BuildStep {
	/** What the step does, as the build log names it. */
	name: string;
	run(site: BuiltSite, report: (message: string) => void): void | Promise<void>;
}
