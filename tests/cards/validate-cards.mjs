// Validates Adaptive Card JSON files with the official renderer (adaptivecards npm), in Node with a DOM
// from jsdom: parse, report every validation event, and render to HTML. Exit 1 when any card has an error.
// Usage: node tests/cards/validate-cards.mjs card1.json [card2.json ...]
import { readFileSync } from 'node:fs';
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
const AC = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js');

// Teams renders markdown in TextBlocks; the check here is about structure, so markdown passes through.
AC.AdaptiveCard.onProcessMarkdown = (text, result) => { result.outputHtml = text; result.didProcess = true; };

let failures = 0;
for (const file of process.argv.slice(2)) {
  const json = JSON.parse(readFileSync(file, 'utf8'));
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(json, context);
  const events = [];
  for (let i = 0; i < context.eventCount; i++) events.push(context.getEventAt(i));
  const validation = card.validateProperties();
  events.push(...validation.validationEvents);
  const rendered = card.render();
  const problems = [...events];
  if (!rendered) problems.push({ message: 'the card did not render' });
  if (json.version !== '1.5') problems.push({ message: `version is ${json.version}, Teams cards use 1.5` });
  if (problems.length > 0) {
    failures++;
    console.log(`not ok - ${file}`);
    for (const p of problems) console.log(`  ${AC.ValidationEvent?.[p.event] ?? ''}: ${p.message}`);
  } else {
    console.log(`ok - ${file} (${rendered.textContent.length} characters of text)`);
  }
}
process.exit(failures === 0 ? 0 : 1);
