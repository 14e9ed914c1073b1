import { api } from '../api.js';
import { add, el, route } from '../dom.js';

const PAGE = 50;

function actorLink(id, name) {
  return id ? el('a', { href: route(['actor', id]) }, name || id) : (name || '—');
}

function quoted(ev) {
  return ev?.text ? ` (“${ev.text}”)` : '';
}

/** One line for a forum record of an analysis: kind, place, duration, participants. */
export function forumSummary(f) {
  const who = (f.participants ?? []).map((p) => p.name ?? p.actor).filter(Boolean);
  return [el('b', {}, f.kind ?? 'forum'), f.place?.name ? ` in ${f.place.name}` : '', f.duration?.value ? ` · ${f.duration.value}` : '',
    f.future ? ' · planned' : '', who.length ? el('span', { class: 'meta' }, ' · ' + who.join(', ')) : null];
}

/** The participants of a forum with whom each represents, as actor links. */
function participantList(participants) {
  if (!participants?.length) return '—';
  return el('ul', { class: 'participants' }, participants.map((p) => el('li', {},
    actorLink(p.actor, p.name), p.role && p.role !== 'participant' ? el('span', { class: 'meta' }, ` (${p.role})`) : null,
    p.represents && p.represents !== p.actor ? [' for ', actorLink(p.represents)] : null,
    p.representsEvidence?.text ? el('span', { class: 'meta' }, ` “${p.representsEvidence.text}”`) : null)));
}

/** Field/value pairs of a forum record (the analysis contract's 'forums' entry). */
export function forumFields(f, articleId) {
  const out = [];
  const put = (k, v) => { if (v !== null && v !== undefined && v !== '') out.push([k, v]); };
  put('kind', f.kind + (f.future ? ' (planned)' : ''));
  put('body', f.body ? actorLink(f.body) : null);
  put('participants', participantList(f.participants));
  put('place', f.place ? [f.place.actor ? actorLink(f.place.actor, f.place.name) : f.place.name, quoted(f.place.evidence)] : null);
  put('date', f.date ? `${f.date.value ?? 'unresolved'}${quoted(f.date.evidence)}` : null);
  put('duration', f.duration ? `${f.duration.value}${f.duration.approximate ? ' (approximate)' : ''}${quoted(f.duration.evidence)}` : null);
  put('outcomes', f.outcomes?.length ? el('ul', { class: 'outcomes' }, f.outcomes.map((o) => el('li', {},
    el('b', {}, o.label ?? o.kind), el('span', { class: 'meta' }, ` ${o.kind}${o.ref ? ' ' + o.ref : ''}`),
    o.evidence?.text ? [': ', el('q', {}, o.evidence.text)] : null))) : null);
  if (articleId) put('forum', el('a', { href: route(['forum', articleId + ':' + f.id]), class: 'forum-link' }, 'forum page →'));
  return out;
}

/** #/forums?actor=&q=&from=&to=&offset=: forums in the store, latest first. */
export async function forumsPage(view, _args, params) {
  const actor = params.get('actor') ?? '';
  const q = params.get('q') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const offset = Math.max(0, parseInt(params.get('offset') ?? '0', 10) || 0);
  const field = (name, label, value, type = 'text') => el('label', {}, label, el('input', { type, name, value }));
  const form = el('form', { class: 'search', role: 'search', onsubmit: (ev) => {
    ev.preventDefault();
    const f = new FormData(form);
    window.location.hash = route(['forums'], { actor: f.get('actor')?.trim(), q: f.get('q')?.trim(), from: f.get('from'), to: f.get('to') });
  } }, field('actor', 'Actor', actor), field('q', 'Text', q, 'search'), field('from', 'From', from, 'date'),
  field('to', 'To', to, 'date'), el('button', { type: 'submit' }, 'Find'));
  const listing = await api.forums({ actor, q, from, to, limit: PAGE, offset });
  const items = listing.items ?? [];
  const resolved = listing.resolved?.actor;
  add(view, el('h1', {}, 'Diplomatic forums'), form,
    resolved ? el('p', { class: 'meta' }, `Actor “${resolved.query}” = `,
      resolved.actors.length ? resolved.actors.map((a, i) => [i ? ', ' : '', actorLink(a.id, a.name)]) : 'nothing') : null,
    items.length ? forumTable(items) : el('p', { class: 'empty' }, 'No forums found.'),
    el('nav', { class: 'pager' },
      offset > 0 ? el('a', { href: route(['forums'], { actor, q, from, to, offset: Math.max(0, offset - PAGE) }) }, '← previous') : null,
      items.length === PAGE ? el('a', { href: route(['forums'], { actor, q, from, to, offset: offset + PAGE }) }, 'next →') : null));
}

/** A table of forum rows (/api/forums items); also on the actor page. */
export function forumTable(items) {
  return el('table', { class: 'forums' },
    el('thead', {}, el('tr', {}, ['Date', 'Forum', 'Place', 'Participants', 'Duration', 'Reported in'].map((h) => el('th', {}, h)))),
    el('tbody', {}, items.map((f) => el('tr', {},
      el('td', {}, f.date ?? f.from ?? ''),
      el('td', {}, el('a', { href: route(['forum', f.id]), class: 'forum-link' }, f.kind), f.body ? [' ', actorLink(f.body)] : null,
        f.future ? el('span', { class: 'meta' }, ' planned') : null),
      el('td', {}, f.placeActor ? actorLink(f.placeActor, f.placeName) : (f.placeName ?? '')),
      el('td', {}, (f.participants ?? []).map((p, i) => [i ? ', ' : '', el('span', { class: 'participant' }, actorLink(p.actor, p.name))])),
      el('td', {}, f.duration ?? ''),
      el('td', {}, el('a', { href: route(['article', f.articleId], { f: f.forumId }) }, f.articleTitle || f.articleId.slice(0, 12)),
        el('span', { class: 'meta' }, ' ' + (f.articleDate ?? '')))))));
}

/** #/forum/{articleId:forumId}: one forum with every piece of evidence, linked to the article. */
export async function forumPage(view, args) {
  const d = await api.forum(args[0] ?? '');
  const f = d.forum;
  const articleLink = (text) => el('a', { href: route(['article', d.article.id], { f: f.id }) }, text);
  const evidence = [];
  const ev = (what, e) => { if (e?.text) evidence.push([what, e]); };
  (f.mentions ?? []).forEach((m) => ev('mention', m.phrase ?? m.trigger));
  (f.participants ?? []).forEach((p) => { ev('participant ' + (p.name ?? p.actor), p.mention); ev('represents ' + (p.represents ?? ''), p.representsEvidence); });
  ev('place', f.place?.evidence);
  ev('date', f.date?.evidence);
  ev('duration', f.duration?.evidence);
  (f.outcomes ?? []).forEach((o) => ev('outcome ' + (o.label ?? o.kind), o.evidence));
  add(view,
    el('h1', {}, `${f.kind}${f.place?.name ? ' in ' + f.place.name : ''}${f.date?.value ? ', ' + f.date.value : ''}`),
    el('p', { class: 'meta' }, 'Reported in ', articleLink(d.article.title || d.article.id), ` · ${d.article.date ?? 'undated'}`),
    el('dl', { class: 'attrs forum' }, forumFields(f, null).map(([k, v]) => [el('dt', {}, k), el('dd', {}, v)])),
    el('h2', {}, `Evidence (${evidence.length})`),
    el('ol', { class: 'evidence' }, evidence.map(([what, e]) => el('li', {},
      el('span', { class: 'meta' }, `${what} [${e.start}, ${e.end}) `), el('q', {}, e.text), ' ', articleLink('in article →')))),
    d.events?.length ? [el('h2', {}, 'Events of its outcomes'), el('ul', {}, d.events.map((e) => el('li', {},
      el('b', {}, e.type), ' ', (e.source ?? []).join(', '), ' → ', (e.target ?? []).join(', '), ': ',
      el('a', { href: route(['article', d.article.id], { e: e.id }) }, e.evidence?.text ?? e.id))))] : null,
    d.statements?.length ? [el('h2', {}, 'Statements of its outcomes'), el('ul', {}, d.statements.map((s) => el('li', {},
      el('b', {}, s.speaker?.text ?? '—'), ' ', s.cue?.text ?? '', ': ',
      el('a', { href: route(['article', d.article.id], { s: s.id }) }, el('q', {}, s.quote?.text ?? s.id)))))] : null);
}
