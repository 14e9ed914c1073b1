import { api } from '../api.js';
import { actorLinks } from '../actors.js';
import { add, el, isWebUrl, replace, route } from '../dom.js';
import { annotations, KINDS, segments } from '../spans.js';
import { forumFields, forumSummary } from './forums.js';

/**
 * #/article/{id}[?s=statementId|e=eventId|f=forumId]: the text with its spans highlighted (displaCy-like),
 * a legend, and side lists of statements, events and forums. Text goes into the DOM as text nodes only.
 */
export async function articlePage(view, args, params) {
  const { meta, analysis } = await api.article(args[0] ?? '');
  const text = analysis.text ?? '';
  const anns = annotations(analysis);
  const record = el('section', { class: 'record', id: 'record', 'aria-live': 'polite' },
    el('p', { class: 'hint' }, 'Click a highlight or a list entry to see its record.'));

  const spansByRef = new Map(); // "statement:3" → segment elements
  const textNode = el('div', { class: 'article-text', id: 'article-text' });
  const labelled = new Set(); // one label per kind, span and text, however many records share it
  for (const seg of segments(text, anns)) {
    const piece = text.slice(seg.start, seg.end);
    if (!seg.anns.length) {
      textNode.append(piece);
      continue;
    }
    const kinds = [...new Set(seg.anns.map((a) => a.kind))];
    const span = el('span', {
      class: 'hl ' + kinds.map((k) => 'k-' + k).join(' '),
      title: seg.anns.map((a) => describe(analysis, a)).join('\n'),
      tabindex: '0',
    }, piece);
    const refs = [...new Set(seg.anns.map((a) => a.ref.type + ':' + a.ref.index))];
    span.dataset.refs = refs.join(' ');
    for (const r of refs) {
      if (!spansByRef.has(r)) spansByRef.set(r, []);
      spansByRef.get(r).push(span);
    }
    const show = () => showRecords(record, analysis, refs.map(parseRef), meta.id);
    span.addEventListener('click', show);
    span.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') show(); });
    textNode.append(span);
    // Labels after the last segment of each labelled span, as displaCy does.
    for (const a of seg.anns) {
      const key = `${a.kind} ${a.start} ${a.end} ${a.label}`;
      if (a.end === seg.end && a.label && !labelled.has(key)) {
        labelled.add(key);
        textNode.append(el('span', { class: 'label k-' + a.kind, 'aria-hidden': 'true' }, a.label));
      }
    }
  }

  const focus = (ref) => {
    for (const s of textNode.querySelectorAll('.focus')) s.classList.remove('focus');
    const spans = spansByRef.get(ref.type + ':' + ref.index) ?? [];
    spans.forEach((s) => s.classList.add('focus'));
    spans[0]?.scrollIntoView({ block: 'center', behavior: 'instant' });
    showRecords(record, analysis, [ref], meta.id);
  };

  const statements = (analysis.statements ?? []).map((s, i) => el('li', { class: s.parent ? 'nested' : null },
    el('button', { type: 'button', class: 'link', dataset: { ref: 'statement:' + i }, onclick: () => focus({ type: 'statement', index: i }) },
      s.parent ? el('span', { class: 'meta', title: 'a statement inside ' + s.parent }, `↳ in ${s.parent}: `) : null,
      el('b', {}, s.speaker?.text ?? '—'), ' ', el('span', { class: 'cue' }, s.cue?.text ?? ''), ': ',
      el('q', {}, excerpt(s.quote?.text ?? '', 120)))));
  const names = new Map((analysis.actors ?? []).map((a) => [a.id, a.name]));
  const events = (analysis.events ?? []).map((e, i) => el('li', {},
    el('button', { type: 'button', class: 'link', dataset: { ref: 'event:' + i }, onclick: () => focus({ type: 'event', index: i }) },
      el('b', {}, e.type ?? 'EVENT'), ' ', actorsText(e.source, names), ' → ', actorsText(e.target, names),
      ' ', el('span', { class: 'meta' }, `“${e.trigger?.text ?? ''}”`, flags(e)))));
  const forums = (analysis.forums ?? []).map((f, i) => el('li', {},
    el('button', { type: 'button', class: 'link', dataset: { ref: 'forum:' + i }, onclick: () => focus({ type: 'forum', index: i }) },
      forumSummary(f))));

  const title = meta.title || meta.sourceId || meta.id;
  add(view, 
    el('h1', {}, title),
    el('p', { class: 'meta' }, [meta.date ?? 'undated', meta.lang, meta.sourceId].filter(Boolean).join(' · '),
      meta.url ? [' · ', isWebUrl(meta.url)
        ? el('a', { href: meta.url, rel: 'noopener noreferrer', target: '_blank' }, meta.url)
        : el('span', { class: 'url-text', title: 'not an http(s) link' }, meta.url)] : null),
    legend(),
    el('div', { class: 'article-layout' },
      el('article', {}, textNode),
      el('aside', {},
        record,
        el('h2', {}, `Statements (${statements.length})`),
        statements.length ? el('ol', { class: 'side-list', id: 'statements' }, statements) : el('p', { class: 'empty' }, 'None.'),
        el('h2', {}, `Events (${events.length})`),
        events.length ? el('ol', { class: 'side-list', id: 'events' }, events) : el('p', { class: 'empty' }, 'None.'),
        el('h2', {}, `Forums (${forums.length})`),
        forums.length ? el('ol', { class: 'side-list', id: 'forums' }, forums) : el('p', { class: 'empty' }, 'None.'))));

  // Deep links from search results and other pages: ?s=<statement id>, ?e=<event id> or ?f=<forum id>.
  const deep = [['s', 'statement', analysis.statements], ['e', 'event', analysis.events], ['f', 'forum', analysis.forums]]
    .map(([k, type, list]) => ({ type, index: params.get(k) ? (list ?? []).findIndex((x) => x.id === params.get(k)) : -1 }))
    .find((r) => r.index >= 0);
  if (deep) queueMicrotask(() => focus(deep));
}

function legend() {
  return el('ul', { class: 'legend', 'aria-label': 'Legend' },
    KINDS.map((k) => el('li', {}, el('span', { class: 'hl k-' + k.kind }, k.label))));
}

function parseRef(r) {
  const [type, index] = r.split(':');
  return { type, index: Number(index) };
}

function recordOf(analysis, ref) {
  const list = {
    statement: analysis.statements, event: analysis.events, time: analysis.times, quantity: analysis.quantities, forum: analysis.forums,
  }[ref.type];
  return list?.[ref.index];
}

function describe(analysis, a) {
  const r = recordOf(analysis, a.ref);
  switch (a.ref.type) {
    case 'statement': return `${a.kind}: ${r.speaker?.text ?? '?'} — ${r.cue?.text ?? ''} (${r.form ?? ''})`;
    case 'event': return `event ${r.type} (${r.quad ?? 'no quad'}): ${(r.source ?? []).join(', ')} → ${(r.target ?? []).join(', ')}`;
    case 'time': return `time ${r.type}: ${r.value ?? 'unresolved'}`;
    case 'forum': return `forum ${r.kind}${r.place?.name ? ' in ' + r.place.name : ''}${r.duration?.value ? ', ' + r.duration.value : ''}`;
    default: return `quantity: ${r.value}${r.unit ? ' ' + r.unit : ''}`;
  }
}

/** The record panel: the clicked records as field/value lists. */
function showRecords(panel, analysis, refs, articleId) {
  const order = { statement: 0, event: 1, time: 2, quantity: 3, forum: 4 };
  refs.sort((x, y) => order[x.type] - order[y.type] || x.index - y.index);
  replace(panel, refs.map((ref) => {
    const r = recordOf(analysis, ref);
    return el('div', { class: 'rec' },
      el('h3', {}, `${ref.type} ${r.id ?? ref.index + 1}`),
      el('dl', {}, (ref.type === 'forum' ? forumFields(r, articleId) : fields(ref.type, r))
        .map(([k, v]) => [el('dt', {}, k), el('dd', {}, v)])));
  }));
}

function fields(type, r) {
  const f = [];
  const put = (k, v) => { if (v !== null && v !== undefined && v !== '') f.push([k, v]); };
  if (type === 'statement') {
    put('speaker', r.speaker ? [r.speaker.text, r.speaker.actor ? [' (', el('a', { href: route(['actor', r.speaker.actor]) }, r.speaker.actor), ')'] : null] : null);
    put('cue', r.cue ? `${r.cue.text} (${r.cue.lemma ?? ''})` : null);
    put('quote', r.quote?.text);
    put('form', r.form);
    put('medium', r.medium);
    put('addressee', r.addressee?.text);
    put('topic', r.topic?.text);
    put('inside', r.parent);
  } else if (type === 'event') {
    put('type', r.type);
    put('quad', r.quad);
    put('mode', r.mode);
    put('intensity', r.intensity);
    put('source', actorLinks(r.source));
    put('target', actorLinks(r.target));
    put('trigger', r.trigger ? `${r.trigger.text} (${r.trigger.lemma ?? ''})` : null);
    put('date', r.date ? `${r.date.value ?? 'unresolved'}${r.date.text ? ` (“${r.date.text}”)` : ''}` : null);
    put('location', r.location?.name);
    put('flags', flags(r).trim());
    put('evidence', r.evidence?.text);
  } else if (type === 'time') {
    put('text', r.text);
    put('type', r.type);
    put('value', r.value);
    put('granularity', r.granularity);
    put('resolved', r.resolved ? 'yes' : `no${r.reason ? ' (' + r.reason + ')' : ''}`);
  } else {
    put('text', r.text);
    put('value', r.upper != null ? `${r.value}–${r.upper}` : String(r.value));
    put('unit', r.unit);
    put('qualifier', r.qualifier);
  }
  return f;
}

/** Actor ids as text; those without a registry code as the names the analysis gives them. */
function actorsText(ids, names) {
  return ids?.length ? ids.map((id) => (id.includes(':') && names.get(id)) || id).join(', ') : '—';
}

function flags(e) {
  const f = ['negated', 'future', 'hypothetical', 'historical'].filter((k) => e[k]);
  return f.length ? ' ' + f.join(', ') : '';
}

function excerpt(s, n) {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}
