// The official Adaptive Cards renderer (adaptivecards npm) in Node, with a DOM from jsdom. Imported by the card checks.
import { createRequire } from 'node:module';
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!DOCTYPE html><html><body></body></html>');
const exposed = ['window', 'document', 'navigator', 'Node', 'Event', 'KeyboardEvent', 'MouseEvent',
  ...Object.getOwnPropertyNames(dom.window).filter((name) => /^HTML\w*Element$/.test(name))];
for (const name of exposed) {
  if (!(name in globalThis)) Object.defineProperty(globalThis, name, { value: dom.window[name], configurable: true });
}
globalThis.getComputedStyle = dom.window.getComputedStyle.bind(dom.window);
// The package's lib/ folder is ES modules without file extensions; its UMD bundle loads in Node.
export const AC = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js');

// Teams renders markdown in TextBlocks; the checks here are about structure, so markdown passes through.
AC.AdaptiveCard.onProcessMarkdown = (text, result) => { result.outputHtml = text; result.didProcess = true; };
