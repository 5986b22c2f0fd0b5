// Open a page of Mailpit's web UI in jsdom, running its scripts as a browser would, and print
// (JSON) whether the text `want` appeared on it within 10 s, and the page's text.
// Usage: node render.mjs <url> <want> [rapidoc]
// With "rapidoc", read the text the API-docs element <rapi-doc> draws into its shadow DOM.
// jsdom lacks a few browser APIs the pages call: fetch, matchMedia, IntersectionObserver and
// ResizeObserver get minimal stand-ins (fetch is Node's own, relative to the page).
import { JSDOM, VirtualConsole } from "jsdom";

const [url, want, mode] = process.argv.slice(2);
const errors = [];
process.on("unhandledRejection", (error) => errors.push(`unhandled: ${String(error).slice(0, 300)}`));
const console_ = new VirtualConsole();
console_.on("jsdomError", (error) => errors.push(String(error.message).slice(0, 300)));

class Unobserving {
	observe() {}
	unobserve() {}
	disconnect() {}
}

const dom = await JSDOM.fromURL(url, {
	runScripts: "dangerously",
	resources: "usable",
	pretendToBeVisual: true,
	virtualConsole: console_,
	beforeParse(window) {
		window.fetch = (resource, options) => fetch(new URL(String(resource), window.location.href), options);
		window.matchMedia = () => ({
			matches: false,
			addEventListener() {},
			removeEventListener() {},
			addListener() {},
			removeListener() {},
		});
		window.IntersectionObserver = Unobserving;
		window.ResizeObserver = Unobserving;
	},
});

function text() {
	const document = dom.window.document;
	const root = mode === "rapidoc" ? document.querySelector("rapi-doc")?.shadowRoot : document.body;
	return (root?.textContent ?? "").replace(/\s+/g, " ");
}

let seen = text();
for (let tries = 0; tries < 40 && !seen.includes(want); tries++) {
	await new Promise((resolve) => setTimeout(resolve, 250));
	seen = text();
}
console.log(JSON.stringify({ found: seen.includes(want), text: seen.slice(0, 2000), errors }));
// Exit without closing the window: closing it under the page's pending timers makes them throw.
process.exit(0);
