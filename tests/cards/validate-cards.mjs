// Validates Adaptive Card JSON files with the official renderer (adaptivecards npm), in Node with a DOM
// from jsdom: parse, report every validation event, and render to HTML. Exit 1 when any card has an error.
// Usage: node tests/cards/validate-cards.mjs card1.json [card2.json ...]
import { readFileSync } from 'node:fs';
import { AC } from './renderer.mjs';

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
