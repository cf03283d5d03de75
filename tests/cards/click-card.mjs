// Renders one Adaptive Card with the official renderer and clicks its buttons as a person would, in the DOM:
// prints JSON with each button (type, title, url, verb, data, targets) and, for each Action.ToggleVisibility, whether
// its target sections were hidden before the click and shown after it. Used by Bot.Tests/Cards/CardRenderingTests.
// Usage: node tests/cards/click-card.mjs card.json
import { readFileSync } from 'node:fs';
import { AC } from './renderer.mjs';

const card = new AC.AdaptiveCard();
card.parse(JSON.parse(readFileSync(process.argv[2], 'utf8')), new AC.SerializationContext());
const executed = [];
card.onExecuteAction = (action) => executed.push(action.title);
const root = card.render();
// getAllActions lists an ActionSet's actions twice (as the set's and as its container's): once each here.
const all = [...new Set(card.getAllActions())];
document.body.appendChild(root);

const shown = (id) => {
  const element = card.getElementById(id);
  const rendered = element?.renderedElement;
  return Boolean(element?.isVisible && rendered && rendered.style.display !== 'none' && document.body.contains(rendered));
};

const actions = all.map((action) => ({
  type: action.getJsonTypeName(),
  title: action.title,
  url: action.url,
  verb: action.verb,
  data: action.data,
  targets: action instanceof AC.ToggleVisibilityAction ? Object.keys(action.targetElements) : undefined,
  rendered: Boolean(action.renderedElement && document.body.contains(action.renderedElement)),
}));
const toggles = [];
for (const action of all.filter((a) => a instanceof AC.ToggleVisibilityAction)) {
  const targets = Object.keys(action.targetElements);
  const before = targets.map(shown);
  action.renderedElement.click();
  const after = targets.map(shown);
  action.renderedElement.click();
  const again = targets.map(shown);
  toggles.push({ title: action.title, targets, before, after, again });
}
console.log(JSON.stringify({ actions, toggles, executed, text: root.textContent }));
