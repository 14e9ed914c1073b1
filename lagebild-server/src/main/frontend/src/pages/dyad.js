import { api } from '../api.js';
import { add, el, route } from '../dom.js';
import { cooperationConflictChart, QUAD_LEGEND } from '../chart.js';
import { mentionTable } from './events.js';

/** #/dyad?source=&target=&interval=day|week&modality=asserted|all&norm=1 */
export async function dyadPage(view, _args, params) {
  const source = params.get('source') ?? '';
  const target = params.get('target') ?? '';
  const interval = params.get('interval') === 'week' ? 'week' : 'day';
  const modality = params.get('modality') === 'all' ? 'all' : 'asserted';
  const norm = params.get('norm') === '1';

  const { items: known } = await api.actors({ limit: 100 });
  const options = el('datalist', { id: 'actor-options' },
    known.map((a) => el('option', { value: a.code ?? a.id }, `${a.name ?? a.id} (${a.type ?? ''})`)));
  const picker = (name, label, value) => el('label', {}, label,
    el('input', { type: 'text', name, value, list: 'actor-options', placeholder: 'NATO, RUS, Stoltenberg…' }));
  const select = (name, label, value, values) => el('label', {}, label,
    el('select', { name }, values.map((v) => el('option', { value: v, selected: v === value }, v))));
  const form = el('form', { class: 'search', onsubmit: (ev) => {
    ev.preventDefault();
    const f = new FormData(form);
    window.location.hash = route(['dyad'], {
      source: f.get('source')?.trim(), target: f.get('target')?.trim(), interval: f.get('interval'),
      modality: f.get('modality'), norm: f.get('norm') ? '1' : '',
    });
  } },
  options, picker('source', 'Source', source), picker('target', 'Target', target),
  select('interval', 'Interval', interval, ['day', 'week']),
  select('modality', 'Events', modality, ['asserted', 'all']),
  el('label', { class: 'check' }, el('input', { type: 'checkbox', name: 'norm', value: '1', checked: norm }), 'per article'),
  el('button', { type: 'submit' }, 'Show'),
  el('a', { href: route(['dyad'], { source: target, target: source, interval, modality, norm: norm ? '1' : '' }), class: 'swap' }, '⇄ swap'));
  add(view, el('h1', {}, 'Dyad: cooperation ↔ conflict'), form);
  if (!source && !target) {
    add(view, el('p', { class: 'hint' }, 'Pick a source and/or a target actor (codes like NATO, RUS, or names).'));
    return;
  }
  const [series, events] = await Promise.all([
    api.series({ source, target, interval, modality }),
    api.events({ source, target, limit: 100 }),
  ]);
  const buckets = series.series?.buckets ?? [];
  add(view, resolvedNote(series.resolved));
  if (buckets.length) {
    add(view, 
      el('ul', { class: 'legend' }, QUAD_LEGEND.map((q) => el('li', {}, el('span', { class: 'swatch ' + q.cls }), q.label))),
      el('figure', { class: 'chart-box' }, cooperationConflictChart(buckets, norm),
        el('figcaption', {}, `${buckets.reduce((t, b) => t + b.events, 0)} ${modality} events in ${buckets.length} `
          + `${interval === 'day' ? 'days' : 'weeks'} by publication date${norm ? ', divided by the articles of each interval' : ''}`
          + (series.series.undated?.events ? `; ${series.series.undated.events} events undated` : '')
          + (series.truncated ? '; truncated at the scan limit' : '') + '.')));
  } else {
    add(view, el('p', { class: 'empty' }, 'No dated events for this dyad.'));
  }
  const rows = events.items ?? [];
  add(view, el('h2', {}, `Events (${rows.length}${rows.length === 100 ? '+' : ''})`),
    rows.length ? mentionTable(rows) : null,
    el('p', {}, el('a', { href: route(['events'], { source, target, dedup: '1' }) }, 'These events deduplicated →')));
}

function resolvedNote(resolved) {
  const parts = Object.entries(resolved ?? {}).map(([k, r]) => [`${k} “${r.query}” = `,
    r.actors.length ? r.actors.map((a, i) => [i ? ', ' : '', el('a', { href: route(['actor', a.id]) }, a.name ?? a.id)]) : 'nothing', '; ']);
  return parts.length ? el('p', { class: 'meta' }, parts) : null;
}
