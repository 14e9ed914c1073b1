import { geoGraticule10, geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import { api } from '../api.js';
import { add, el, replace, route } from '../dom.js';
import { QUAD_LEGEND, s } from '../chart.js';

// The event map: located events (coordinates from the gazetteer, GeoNames CC BY 4.0) on a bundled
// Natural Earth world map (world-atlas TopoJSON, public domain), drawn as SVG with d3-geo. No tiles,
// no network beyond the API. All text goes in as text nodes (dom.js) or SVG <title> text.

const W = 960;
const H = 520;
const LIMIT = 500; // the API's page cap
const TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE',
  'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
const QUAD_CLASS = Object.fromEntries(QUAD_LEGEND.map((q) => [q.label, q.cls]));

/** #/map?type=&source=&target=&from=&to=&world=1 */
export async function mapPage(view, _args, params) {
  const f = {
    type: params.get('type') ?? '', source: params.get('source') ?? '', target: params.get('target') ?? '',
    from: params.get('from') ?? '', to: params.get('to') ?? '',
  };
  const world = params.get('world') === '1';
  const input = (name, label, type, placeholder) => el('label', {}, label,
    el('input', { type, name, value: f[name], placeholder }));
  const form = el('form', { class: 'search', onsubmit: (ev) => {
    ev.preventDefault();
    const d = new FormData(form);
    window.location.hash = route(['map'], {
      type: d.get('type'), source: d.get('source')?.trim(), target: d.get('target')?.trim(),
      from: d.get('from'), to: d.get('to'), world: d.get('world') ? '1' : '',
    });
  } },
  el('label', {}, 'Type', el('select', { name: 'type' }, el('option', { value: '' }, 'all'),
    TYPES.map((t) => el('option', { value: t, selected: t === f.type }, t)))),
  input('source', 'Source', 'text', 'NATO, RUS, Stoltenberg…'), input('target', 'Target', 'text', 'actor'),
  input('from', 'From', 'date'), input('to', 'To', 'date'),
  el('label', { class: 'check' }, el('input', { type: 'checkbox', name: 'world', value: '1', checked: world }), 'whole world'),
  el('button', { type: 'submit' }, 'Show'));

  const [events, topo] = await Promise.all([
    api.events({ ...f, located: 'true', limit: LIMIT }),
    import('world-atlas/countries-50m.json').then((m) => m.default),
  ]);
  const rows = (events.items ?? []).filter((e) => Number.isFinite(e.locationLat) && Number.isFinite(e.locationLon));
  const places = groupByPlace(rows);
  const record = el('aside', { id: 'map-record', class: 'record' },
    el('p', { class: 'hint' }, rows.length ? 'Click a place to see its events.' : 'No located events for these filters.'));

  add(view, el('h1', {}, 'Event map'), form,
    el('ul', { class: 'legend' }, QUAD_LEGEND.map((q) => el('li', {}, el('span', { class: 'swatch ' + q.cls }), q.label))),
    el('div', { class: 'map-layout' },
      el('figure', { class: 'chart-box' }, drawMap(topo, places, world, (p) => showPlace(record, p)),
        el('figcaption', {}, `${countOf(rows.length, 'located event')}${rows.length === LIMIT ? ' (the latest)' : ''} at `
          + `${countOf(places.length, 'place')}. Places: GeoNames (CC BY 4.0); map: Natural Earth (public domain).`)),
      record));
}

const countOf = (n, noun) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** Events at the same coordinates form one place; per place the counts per quad class. */
function groupByPlace(rows) {
  const byKey = new Map();
  for (const e of rows) {
    const key = `${e.locationLat.toFixed(3)},${e.locationLon.toFixed(3)}`;
    let p = byKey.get(key);
    if (!p) {
      p = { lat: e.locationLat, lon: e.locationLon, names: new Set(), events: [], quads: new Map() };
      byKey.set(key, p);
    }
    p.names.add(e.locationName ?? e.locationCountry ?? key);
    p.events.push(e);
    const q = QUAD_CLASS[e.quad] ?? 'other';
    p.quads.set(q, (p.quads.get(q) ?? 0) + 1);
  }
  return [...byKey.values()].sort((a, b) => b.events.length - a.events.length);
}

function drawMap(topo, places, world, onPick) {
  const countries = feature(topo, topo.objects.countries);
  const projection = geoNaturalEarth1();
  if (world || places.length === 0) {
    projection.fitExtent([[8, 8], [W - 8, H - 8]], { type: 'Sphere' });
  } else {
    // Fit the events' bounding box, at least 24° wide and 14° high, so one place still shows its region.
    const lons = places.map((p) => p.lon);
    const lats = places.map((p) => p.lat);
    const cx = (Math.min(...lons) + Math.max(...lons)) / 2;
    const cy = (Math.min(...lats) + Math.max(...lats)) / 2;
    const hw = Math.max(12, (Math.max(...lons) - Math.min(...lons)) / 2 + 4);
    const hh = Math.max(7, (Math.max(...lats) - Math.min(...lats)) / 2 + 3);
    const clampLat = (v) => Math.max(-85, Math.min(85, v));
    projection.fitExtent([[20, 20], [W - 20, H - 20]], { type: 'MultiPoint', coordinates: [
      [cx - hw, clampLat(cy - hh)], [cx + hw, clampLat(cy - hh)], [cx - hw, clampLat(cy + hh)], [cx + hw, clampLat(cy + hh)]] });
  }
  const path = geoPath(projection);
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'map', role: 'img' });
  svg.appendChild(s('title', {}, 'Located events on a world map'));
  svg.appendChild(s('path', { d: path({ type: 'Sphere' }), class: 'sea' }));
  svg.appendChild(s('path', { d: path(geoGraticule10()), class: 'graticule' }));
  const land = s('g', { class: 'countries' });
  for (const c of countries.features) {
    const d = path(c);
    if (!d) continue;
    const p = s('path', { d, class: 'country' });
    p.appendChild(s('title', {}, c.properties?.name ?? ''));
    land.appendChild(p);
  }
  svg.appendChild(land);
  svg.appendChild(s('path', { d: path(mesh(topo, topo.objects.countries, (a, b) => a !== b)), class: 'borders' }));
  const marks = s('g', { class: 'places' });
  for (const p of places) {
    const xy = projection([p.lon, p.lat]);
    if (!xy || !Number.isFinite(xy[0]) || xy[0] < 0 || xy[0] > W || xy[1] < 0 || xy[1] > H) continue;
    const g = s('g', { class: 'place', tabindex: 0, role: 'button', 'data-events': p.events.length });
    g.appendChild(s('title', {}, `${[...p.names].join(' / ')}: ${countOf(p.events.length, 'event')}`));
    // One disc per quad class present, largest first, so smaller classes stay visible on top.
    const quads = [...p.quads.entries()].sort((a, b) => b[1] - a[1]);
    quads.forEach(([cls, n], i) => {
      const r = 4 + 3 * Math.sqrt(n) + (quads.length - 1 - i) * 2;
      g.appendChild(s('circle', { cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: r.toFixed(1), class: 'dot ' + cls }));
    });
    const pick = () => {
      for (const o of marks.querySelectorAll('.place.selected')) o.classList.remove('selected');
      g.classList.add('selected');
      onPick(p);
    };
    g.addEventListener('click', pick);
    g.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); pick(); } });
    marks.appendChild(g);
  }
  svg.appendChild(marks);
  return svg;
}

function showPlace(record, p) {
  replace(record,
    el('h3', {}, [...p.names].join(' / ')),
    el('p', { class: 'meta' }, `${p.lat.toFixed(3)}, ${p.lon.toFixed(3)} · ${countOf(p.events.length, 'event')}`),
    el('ol', { class: 'map-events' }, p.events.map((e) => el('li', {},
      el('div', {}, el('span', { class: 'swatch ' + (QUAD_CLASS[e.quad] ?? 'other') }),
        el('strong', {}, e.type ?? ''), ' ', e.dateValue ?? e.date ?? '', ' · ',
        (e.source ?? []).join(', ') || '–', ' → ', (e.target ?? []).join(', ') || '–'),
      el('blockquote', {}, e.evidence ?? ''),
      el('a', { href: route(['article', e.articleId], { e: e.eventId }) }, 'article')))));
}
