import { api } from '../api.js';
import { actorLinks } from '../actors.js';
import { add, el, route } from '../dom.js';
import { statementItem } from './search.js';

const PAGE = 50;


/**
 * #/events?source=&target=&type=&from=&to=&dedup=1&offset=: events as mentions (one row per
 * article that reports one) or deduplicated (one row per cluster of mentions of the same event).
 */
export async function eventsPage(view, _args, params) {
  const p = {
    source: params.get('source') ?? '', target: params.get('target') ?? '', type: params.get('type') ?? '',
    from: params.get('from') ?? '', to: params.get('to') ?? '',
  };
  const dedup = params.get('dedup') === '1';
  const offset = Math.max(0, parseInt(params.get('offset') ?? '0', 10) || 0);
  const field = (name, label, type = 'text') => el('label', {}, label, el('input', { type, name, value: p[name] }));
  const form = el('form', { class: 'search', onsubmit: (ev) => {
    ev.preventDefault();
    const f = new FormData(form);
    window.location.hash = route(['events'], {
      source: f.get('source')?.trim(), target: f.get('target')?.trim(), type: f.get('type')?.trim(),
      from: f.get('from'), to: f.get('to'), dedup: f.get('view') === 'clusters' ? '1' : '',
    });
  } },
  el('fieldset', { class: 'modes', onchange: () => form.requestSubmit() },
    el('label', {}, el('input', { type: 'radio', name: 'view', value: 'mentions', checked: !dedup }), 'Mentions'),
    el('label', {}, el('input', { type: 'radio', name: 'view', value: 'clusters', checked: dedup }), 'Deduplicated')),
  field('source', 'Source'), field('target', 'Target'), field('type', 'Type'),
  field('from', 'From', 'date'), field('to', 'To', 'date'), el('button', { type: 'submit' }, 'Show'));
  const listing = await api.events({ ...p, dedup: dedup ? 'true' : '', limit: PAGE, offset });
  const items = listing.items ?? [];
  add(view, el('h1', {}, dedup ? 'Events, deduplicated' : 'Events, every mention'), form,
    el('p', { class: 'meta' }, dedup
      ? 'One row per real-world event: its mentions across articles and days, with the number of distinct sources.'
      : 'One row per mention in an article; “cluster” leads to all reports of the same event.'),
    !items.length ? el('p', { class: 'empty' }, 'No events found.') : dedup ? clusterTable(items) : mentionTable(items),
    el('nav', { class: 'pager' },
      offset > 0 ? el('a', { href: route(['events'], { ...p, dedup: dedup ? '1' : '', offset: Math.max(0, offset - PAGE) }) }, '← previous') : null,
      items.length === PAGE ? el('a', { href: route(['events'], { ...p, dedup: dedup ? '1' : '', offset: offset + PAGE }) }, 'next →') : null));
}

function clusterTable(items) {
  return el('table', { class: 'events clusters' },
    el('thead', {}, el('tr', {}, ['Day', 'Type', 'Source', 'Target', 'Mentions', 'Sources', 'First seen', 'Last seen'].map((h) => el('th', {}, h)))),
    el('tbody', {}, items.map((c) => el('tr', {},
      el('td', {}, c.day ?? ''),
      el('td', {}, el('a', { href: route(['event', c.id]), class: 'cluster' }, c.type), c.negated ? el('span', { class: 'meta' }, ' negated') : null),
      el('td', {}, actorLinks(c.source)), el('td', {}, actorLinks(c.target)),
      el('td', { class: 'num' }, c.mentions), el('td', { class: 'num' }, c.sources),
      el('td', {}, c.firstSeen ?? ''), el('td', {}, c.lastSeen ?? '')))));
}

/** Event rows (/api/events items) with evidence links and their cluster; also on the dyad page. */
export function mentionTable(items) {
  return el('table', { class: 'events' },
    el('thead', {}, el('tr', {}, ['Date', 'Type', 'Quad', 'Source', 'Target', 'Evidence', ''].map((h) => el('th', {}, h)))),
    el('tbody', {}, items.map((e) => el('tr', {},
      el('td', {}, e.date ?? ''), el('td', {}, e.type ?? ''), el('td', {}, e.quad ?? ''),
      el('td', {}, actorLinks(e.source)), el('td', {}, actorLinks(e.target)),
      el('td', {}, el('a', { href: route(['article', e.articleId], { e: e.eventId }) }, e.evidence ?? 'article')),
      el('td', {}, e.cluster ? el('a', { href: route(['event', e.cluster]), class: 'cluster' }, 'cluster') : null)))));
}

function clusterFacts(c) {
  const fact = (label, v) => (v === null || v === undefined || v === '' ? null : el('li', {}, el('b', {}, String(v)), ' ', label));
  return el('ul', { class: 'counts' }, fact('mentions', c.mentions), fact('sources', c.sources),
    fact('first seen', c.firstSeen), fact('last seen', c.lastSeen),
    c.whenFrom ? fact('event date', c.whenFrom === c.whenTo ? c.whenFrom : `${c.whenFrom} – ${c.whenTo}`) : null,
    fact('place', c.place));
}

/** #/event/{clusterId}: one event cluster and every mention, linked to its evidence in the article. */
export async function eventClusterPage(view, args) {
  const { cluster: c, mentions } = await api.eventCluster(args[0] ?? '');
  add(view,
    el('h1', {}, c.type, c.negated ? ' (negated)' : '', ': ', actorLinks(c.source), ' → ', actorLinks(c.target)),
    clusterFacts(c),
    el('p', { class: 'meta' }, 'Sources count distinct articles; a near-duplicate (syndicated copy) counts with its original.'),
    el('h2', {}, `Mentions (${mentions.length})`),
    el('ol', { class: 'results mentions' }, mentions.map((e) => el('li', {},
      el('span', { class: 'meta' }, (e.date ?? 'undated') + ' '),
      el('b', {}, e.type), ' ', actorLinks(e.source), ' → ', actorLinks(e.target), ': ',
      el('a', { href: route(['article', e.articleId], { e: e.eventId }) }, el('q', {}, e.evidence ?? e.eventId))))));
}

/** #/statement/{clusterId}: one statement cluster (the same quote in several reports) and its mentions. */
export async function statementClusterPage(view, args) {
  const { cluster: c, mentions } = await api.statementCluster(args[0] ?? '');
  add(view,
    el('h1', {}, c.speaker ? el('a', { href: route(['actor', c.speaker]) }, c.speaker) : 'Unknown speaker', ': ', el('q', {}, c.quote ?? '')),
    clusterFacts(c),
    el('h2', {}, `Mentions (${mentions.length})`),
    el('ol', { class: 'results statements' }, mentions.map((s) => statementItem(s, { cluster: false }))));
}
