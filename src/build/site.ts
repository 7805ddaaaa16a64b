/**
 * The built site as the build steps see it (steps.ts): its base path, its files and its pages, read from
 * the output folder once. A file is read the first time a step asks for it and a page parsed the first
 * time a step reads its document; a step that writes a file does it here, so the steps after it see the
 * file without reading the folder again.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileOfPath, listFiles, urlOfFile } from './build-files';
import { parseHtml, type HtmlDocument } from './html';

/** Where the files live: the output folder, or memory in the tests. */
export interface FileStore {
	list(): string[];
	read(path: string): Uint8Array;
	write(path: string, content: Uint8Array): void;
}

export function folderStore(root: string): FileStore {
	return {
		list: () => listFiles(root),
		read: (path) => readFileSync(join(root, path)),
		write: (path, content) => {
			mkdirSync(dirname(join(root, path)), { recursive: true });
			writeFileSync(join(root, path), content);
		},
	};
}

export function memoryStore(files: Record<string, string | Uint8Array>): FileStore {
	const contents = new Map(Object.entries(files).map(([path, content]) => [path, bytes(content)]));
	return {
		list: () => [...contents.keys()].sort(),
		read: (path) => {
			const content = contents.get(path);
			if (!content) throw new Error(`no file ${path}`);
			return content;
		},
		write: (path, content) => void contents.set(path, content),
	};
}

const bytes = (content: string | Uint8Array) =>
	typeof content === 'string' ? new TextEncoder().encode(content) : content;

/** One HTML file of the build. */
export interface BuiltPage {
	/** The path relative to the output folder: `errors/x/index.html`. */
	path: string;
	/** The URL it answers at, under the base path: `/kb/remoting/errors/x/`. */
	url: string;
	html: string;
	/** The page parsed (parse5, with source offsets), on first use. */
	readonly document: HtmlDocument;
}

export class BuiltSite {
	readonly #store: FileStore;
	readonly #paths: Set<string>;
	readonly #contents = new Map<string, Uint8Array>();
	readonly #documents = new Map<string, HtmlDocument>();

	constructor(
		/** The base path the site was built for, with both slashes: `/` or `/kb/remoting/`. */
		readonly base: string,
		store: FileStore
	) {
		this.#store = store;
		this.#paths = new Set(store.list());
	}

	/** Every file's path relative to the output folder, sorted. */
	get paths(): string[] {
		return [...this.#paths].sort();
	}

	has(path: string): boolean {
		return this.#paths.has(path);
	}

	bytes(path: string): Uint8Array {
		let content = this.#contents.get(path);
		if (!content) {
			content = this.#store.read(path);
			this.#contents.set(path, content);
		}
		return content;
	}

	text(path: string): string {
		return new TextDecoder().decode(this.bytes(path));
	}

	/** Every HTML file, in path order. */
	get pages(): BuiltPage[] {
		return this.paths.filter((path) => path.endsWith('.html')).map((path) => this.page(path));
	}

	/** The page that answers a path relative to the base (`/errors/x/`), if the build has one. */
	pageAt(path: string): BuiltPage | undefined {
		const file = fileOfPath(path);
		return file.endsWith('.html') && this.has(file) ? this.page(file) : undefined;
	}

	page(path: string): BuiltPage {
		const html = this.text(path);
		const documents = this.#documents;
		return {
			path,
			url: urlOfFile(this.base, path),
			html,
			get document() {
				let document = documents.get(path);
				if (!document) {
					document = parseHtml(html);
					documents.set(path, document);
				}
				return document;
			},
		};
	}

	/**
	 * Writes a file into the output folder; the steps after this one see it. A step that rewrites a page
	 * and has changed its parsed document to match passes the document, so the page is not parsed again
	 * (its source offsets stay those of the page before the write).
	 */
	write(path: string, content: string | Uint8Array, document?: HtmlDocument): void {
		const written = bytes(content);
		this.#store.write(path, written);
		this.#paths.add(path);
		this.#contents.set(path, written);
		if (document) this.#documents.set(path, document);
		else this.#documents.delete(path);
	}
}
