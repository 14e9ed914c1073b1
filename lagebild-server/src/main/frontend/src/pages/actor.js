import { api } from '../api.js';
import { add, el, route } from '../dom.js';
import { roleRows, rolesTimeline } from '../timeline.js';
import { forumTable } from './forums.js';
import { statementItem } from './search.js';

/** #/actors?q=: actor search (most mentioned first without a query). */
export async function actorsPage(view, _args, params) {
  const q = params.get('q') ?? '';
  const input = el('input', { type: 'search', name: 'q', value: q, 'aria-label': 'Actor name or code' });
  const form = el('form', { class: 'search', role: 'search', onsubmit: (ev) => {
    ev.preventDefault();
    window.location.hash = route(['actors'], { q: input.value.trim() });
  } }, el('label', {}, 'Name, code or id', input), el('button', { type: 'submit' }, 'Find'));
  const { items } = await api.actors({ q, limit: 50 });
  add(view, el('h1', {}, 'Actors'), form,
    items.length ? el('table', { class: 'actors' },
      el('thead', {}, el('tr', {}, ['Actor', 'Type', 'Code', 'Country', 'Articles', 'Mentions'].map((h) => el('th', {}, h)))),
      el('tbody', {}, items.map((a) => el('tr', {},
        el('td', {}, el('a', { href: route(['actor', a.id]) }, a.name ?? a.id)),
        el('td', {}, a.type ?? ''), el('td', {}, a.code ?? ''), el('td', {}, a.country ?? ''),
        el('td', { class: 'num' }, a.articles), el('td', { class: 'num' }, a.mentions)))))
      : el('p', { class: 'empty' }, 'No actors found.'));
}

/** #/actor/{id}: attributes, counts, roles over time, meetings and the statements timeline. */
export async function actorPage(view, args) {
  const id = args[0] ?? '';
  const [a, statements, roles, forums] = await Promise.all([api.actor(id), api.statements({ speaker: id, limit: 200 }),
    api.actorRoles(id), api.forums({ actor: id, limit: 100 })]);
  // Only this actor's own statements (the speaker parameter also matches names).
  const own = (statements.items ?? []).filter((s) => s.speakerActor === a.id);
  const byDate = new Map();
  for (const s of own.sort((x, y) => (y.date ?? '').localeCompare(x.date ?? ''))) {
    const d = s.date ?? 'undated';
    if (!byDate.has(d)) byDate.set(d, []);
    byDate.get(d).push(s);
  }
  const attr = (k, v) => (v ? [el('dt', {}, k), el('dd', {}, v)] : null);
  add(view, 
    el('h1', {}, a.name ?? a.id),
    el('dl', { class: 'attrs' },
      attr('id', a.id), attr('type', a.type), attr('codes', [...(a.codes ?? [])].join(', ')),
      attr('country', a.country), attr('affiliation', a.affiliation), attr('sector', a.sector),
      // the person registry's checked id (README "Actors"); only a well-formed QID becomes a link
      attr('Wikidata', /^Q[0-9]+$/.test(a.wikidata ?? '')
        ? el('a', { href: `https://www.wikidata.org/wiki/${a.wikidata}`, rel: 'noopener noreferrer' }, a.wikidata) : null)),
    el('ul', { class: 'counts' },
      count('articles', a.articles), count('mentions', a.mentions), count('statements', a.statements),
      count('events as source', a.eventsAsSource), count('events as target', a.eventsAsTarget)),
    a.countsCapped ? el('p', { class: 'meta' }, 'Counts are lower bounds (scan limit reached).') : null,
    el('h2', {}, 'Roles named in the texts'),
    a.roles?.length
      ? el('ul', { class: 'roles' }, a.roles.map((r) => el('li', {}, r.title, r.organization ? ` (${r.organization})` : '',
        el('span', { class: 'meta' }, ` · in ${r.articles} article${r.articles === 1 ? '' : 's'}`))))
      : el('p', { class: 'empty' }, 'No roles given in the texts.'),
    rolesSection(roles),
    el('p', {}, el('a', { href: route(['dyad'], { source: a.id }) }, 'Events with this actor as source →'), ' · ',
      el('a', { href: route(['events'], { source: a.id, dedup: '1' }) }, 'deduplicated →')),
    el('h2', {}, `Meetings (${(forums.items ?? []).length}${(forums.items ?? []).length === 100 ? '+' : ''})`),
    forums.items?.length ? forumTable(forums.items) : el('p', { class: 'empty' }, 'No forums with this actor.'),
    el('h2', {}, 'Statements timeline'),
    byDate.size
      ? el('ol', { class: 'timeline' }, [...byDate].map(([d, list]) => el('li', {},
        el('time', { datetime: d === 'undated' ? null : d }, d),
        el('ul', { class: 'results statements' }, list.map((s) => statementItem(s, { date: false }))))))
      : el('p', { class: 'empty' }, 'No statements by this actor.'));
}

function count(label, n) {
  return el('li', {}, el('b', {}, String(n ?? 0)), ' ', label);
}

/** Roles over time: registry offices with their validity and the roles texts give, on a timeline and in a table. */
function rolesSection(roles) {
  const rows = roleRows(roles);
  const entries = [
    ...(roles.registry ?? []).map((o) => ({ sort: o.from ?? '', node: el('tr', { class: 'registry' },
      el('td', {}, `${o.from ?? '?'} – ${o.to ?? (o.from ? 'today' : '?')}`), el('td', {}, o.title),
      el('td', {}, o.organization ?? ''), el('td', {}, 'person registry',
        ...(o.source ?? '').split(/\s+/).filter(Boolean).slice(0, 2).map((u, i) => [' ', el('a', { href: u, rel: 'noopener noreferrer', target: '_blank' }, `[${i + 1}]`)]))) })),
    ...(roles.text ?? []).map((t) => ({ sort: t.date ?? '', node: el('tr', { class: 'text' },
      el('td', {}, t.date ?? 'undated'), el('td', {}, t.title), el('td', {}, t.organization ?? ''),
      el('td', {}, el('a', { href: route(['article', t.articleId]) }, t.evidence?.text ? `“${t.evidence.text}”` : (t.articleTitle ?? 'article')))) })),
  ].sort((x, y) => y.sort.localeCompare(x.sort));
  return [
    el('h2', {}, 'Roles over time'),
    rows.length ? el('figure', { class: 'chart-box' }, rolesTimeline(rows),
      el('figcaption', {}, 'Bars: offices in the person registry (first day in office to first day out). '
        + `Dots: roles the texts give, on the article's date (from ${roles.articlesRead} recent articles).`)) : null,
    entries.length ? el('table', { class: 'roles-table' },
      el('thead', {}, el('tr', {}, ['When', 'Role', 'Organisation', 'Source'].map((h) => el('th', {}, h)))),
      el('tbody', {}, entries.map((e) => e.node)))
      : el('p', { class: 'empty' }, 'No roles known.'),
  ];
}
