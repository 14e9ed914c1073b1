import './style.css';
import { ApiError, setToken } from './api.js';
import { el, replace } from './dom.js';
import { actorPage, actorsPage } from './pages/actor.js';
import { articlePage } from './pages/article.js';
import { dyadPage } from './pages/dyad.js';
import { eventClusterPage, eventsPage, statementClusterPage } from './pages/events.js';
import { forumPage, forumsPage } from './pages/forums.js';
import { searchPage } from './pages/search.js';

// Hash routes: #/ (search), #/article/{id}, #/actors, #/actor/{id}, #/events, #/event/{cluster},
// #/statement/{cluster}, #/forums, #/forum/{id}, #/dyad, #/map; query after "?".
const routes = {
  '': searchPage,
  search: searchPage,
  article: articlePage,
  actors: actorsPage,
  actor: actorPage,
  dyad: dyadPage,
  events: eventsPage,
  event: eventClusterPage,
  statement: statementClusterPage,
  forums: forumsPage,
  forum: forumPage,
  // loaded on first use: d3-geo, topojson-client and the world map stay out of the main bundle
  map: (...a) => import('./pages/map.js').then((m) => m.mapPage(...a)),
};

const app = document.getElementById('app');
let generation = 0;

function parseHash() {
  const h = window.location.hash.replace(/^#\/?/, '');
  const [path, query = ''] = h.split('?', 2);
  const parts = path.split('/').filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  return { name: parts[0] ?? '', args: parts.slice(1), params: new URLSearchParams(query) };
}

async function render() {
  const mine = ++generation;
  const { name, args, params } = parseHash();
  const page = routes[name];
  for (const a of document.querySelectorAll('[data-nav]')) {
    const section = { '': 'search', actor: 'actors', event: 'events', forum: 'forums' }[name] ?? name;
    const active = a.dataset.nav === section;
    a.classList.toggle('active', active);
  }
  const view = el('div', { class: 'page' });
  if (!page) {
    replace(app, el('p', { class: 'error' }, 'No such page.'));
    return;
  }
  replace(app, el('p', { class: 'loading' }, 'Loading…'));
  try {
    await page(view, args, params);
    if (mine === generation) replace(app, view);
  } catch (e) {
    if (mine === generation) replace(app, errorView(e));
  }
}

function errorView(e) {
  if (e instanceof ApiError && e.status === 401) {
    const input = el('input', { type: 'password', name: 'token', 'aria-label': 'Read token', autocomplete: 'off' });
    return el('form', {
      class: 'token',
      onsubmit: (ev) => {
        ev.preventDefault();
        setToken(input.value.trim());
        render();
      },
    }, el('p', {}, 'This server needs a read token.'), input, el('button', { type: 'submit' }, 'Use token'));
  }
  return el('p', { class: 'error' }, e instanceof ApiError ? `Error ${e.status}: ${e.message}` : String(e?.message ?? e));
}

window.addEventListener('hashchange', render);
render();
