import { api } from '../api.js';
import { add, el, route } from '../dom.js';

const PAGE = 20;

/** #/?mode=articles|statements&q=&from=&to=&speaker=&offset= */
export async function searchPage(view, _args, params) {
  const mode = params.get('mode') === 'statements' ? 'statements' : 'articles';
  const q = params.get('q') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const speaker = params.get('speaker') ?? '';
  const offset = Math.max(0, parseInt(params.get('offset') ?? '0', 10) || 0);

  const field = (name, label, value, type = 'text') =>
    el('label', {}, label, el('input', { type, name, value }));
  const form = el('form', { class: 'search', role: 'search', onsubmit: (ev) => {
    ev.preventDefault();
    const f = new FormData(form);
    window.location.hash = route(['search'], {
      mode: f.get('mode'), q: f.get('q')?.trim(), from: f.get('from'), to: f.get('to'),
      speaker: f.get('mode') === 'statements' ? f.get('speaker')?.trim() : '',
    });
  } },
  // Switching the mode searches at once (and shows the speaker field for statements).
  el('fieldset', { class: 'modes', onchange: () => form.requestSubmit() },
    el('label', {}, el('input', { type: 'radio', name: 'mode', value: 'articles', checked: mode === 'articles' }), 'Articles'),
    el('label', {}, el('input', { type: 'radio', name: 'mode', value: 'statements', checked: mode === 'statements' }), 'Statements')),
  field('q', 'Text', q, 'search'),
  mode === 'statements' ? field('speaker', 'Speaker', speaker) : null,
  field('from', 'From', from, 'date'),
  field('to', 'To', to, 'date'),
  el('button', { type: 'submit' }, 'Search'));

  const query = { q, from, to, limit: PAGE, offset };
  const results = mode === 'articles'
    ? articleResults(await api.articles(query))
    : statementResults(await api.statements({ ...query, speaker }));
  const count = results.count;
  const pager = el('nav', { class: 'pager' },
    offset > 0 ? el('a', { href: route(['search'], { mode, q, from, to, speaker, offset: Math.max(0, offset - PAGE) }) }, '← previous') : null,
    count === PAGE ? el('a', { href: route(['search'], { mode, q, from, to, speaker, offset: offset + PAGE }) }, 'next →') : null);
  add(view, el('h1', {}, mode === 'articles' ? 'Articles' : 'Statements'), form, results.node, pager);
}

function articleResults(listing) {
  const items = listing.items ?? [];
  if (!items.length) return { count: 0, node: el('p', { class: 'empty' }, 'No articles found.') };
  return {
    count: items.length,
    node: el('ol', { class: 'results articles', start: listing.offset + 1 }, items.map((a) => el('li', {},
      el('a', { href: route(['article', a.id]), class: 'title' }, a.title || a.sourceId || a.id.slice(0, 12)),
      el('span', { class: 'meta' }, [a.date ?? 'undated', a.lang, a.sourceId].filter(Boolean).join(' · '))))),
  };
}

function statementResults(listing) {
  const items = listing.items ?? [];
  const resolved = listing.resolved?.speaker;
  const note = resolved ? el('p', { class: 'meta' }, `Speaker “${resolved.query}” matched: `,
    resolved.actors.length ? resolved.actors.map((a, i) => [i ? ', ' : '', el('a', { href: route(['actor', a.id]) }, a.name ?? a.id)]) : 'nothing') : null;
  if (!items.length) return { count: 0, node: el('div', {}, note, el('p', { class: 'empty' }, 'No statements found.')) };
  return {
    count: items.length,
    node: el('div', {}, note, el('ol', { class: 'results statements', start: listing.offset + 1 }, items.map((s) => statementItem(s)))),
  };
}

/** One statement row (also used on the actor page). */
export function statementItem(s, { date = true, cluster = true } = {}) {
  return el('li', { class: 'statement' },
    date ? [el('span', { class: 'meta' }, s.date ?? 'undated'), ' '] : null,
    s.speakerActor
      ? el('a', { href: route(['actor', s.speakerActor]), class: 'speaker' }, s.speakerName ?? s.speakerText ?? s.speakerActor)
      : el('span', { class: 'speaker' }, s.speakerText ?? 'unknown speaker'),
    ' ', el('span', { class: 'cue' }, s.cue ?? ''), ': ',
    el('q', {}, s.quote ?? ''), ' ',
    el('a', { href: route(['article', s.articleId], { s: s.statementId }), class: 'more' }, 'in article →'),
    cluster && s.cluster ? [' ', el('a', { href: route(['statement', s.cluster]), class: 'cluster' }, 'all reports →')] : null);
}
