import { api } from './api.js';
import { el, route } from './dom.js';

// Names of actors without a registry code ("person:wendy-sherman" → "Wendy Sherman"), fetched once per id
// and page load. Registry codes (NATO, RUS, RUS-GOV) stay as they are: analysts read them as codes.
const names = new Map();

function nameOf(id) {
  if (!names.has(id)) {
    names.set(id, api.actor(id).then((a) => a?.name ?? id, () => id));
  }
  return names.get(id);
}

/** Links to the actors' pages; an id without a code shows its name once known, the id on hover. */
export function actorLinks(ids) {
  if (!ids?.length) return '—';
  return ids.map((id, i) => {
    const a = el('a', { href: route(['actor', id]), title: id }, id);
    if (id.includes(':')) {
      nameOf(id).then((name) => { a.textContent = name; });
    }
    return [i ? ', ' : '', a];
  });
}
