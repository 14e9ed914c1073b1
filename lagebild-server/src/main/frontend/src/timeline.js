// The roles timeline of an actor page in SVG: one row per office of the person registry (a bar
// from its first day in office to its first day out, open-ended ones to today) and one row per
// role the texts give (a dot on each article date). createElementNS and text nodes only.
import { s } from './chart.js';

/** First day of an ISO date at any precision (2014, 2014-10, 2014-10-01) as a time value; null if not a date. */
export function startOf(iso) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso ?? '');
  return m ? Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1) : null;
}

/**
 * Rows for the chart: registry offices {label, from, to, kind: 'registry'} and text roles grouped
 * by title and organisation {label, dates: [...], kind: 'text'}. Undated offices are left out.
 */
export function roleRows(roles, now = Date.now()) {
  const rows = [];
  for (const o of roles.registry ?? []) {
    const from = startOf(o.from);
    if (from === null) continue;
    const to = startOf(o.to) ?? now;
    rows.push({ kind: 'registry', label: `${o.title}${o.organization ? ' (' + o.organization + ')' : ''}`, from, to: Math.max(to, from) });
  }
  const byRole = new Map();
  for (const t of roles.text ?? []) {
    const d = startOf(t.date);
    if (d === null) continue;
    const label = `“${t.title}”${t.organization ? ' (' + t.organization + ')' : ''}`;
    if (!byRole.has(label)) byRole.set(label, { kind: 'text', label, dates: [] });
    byRole.get(label).dates.push(d);
  }
  return rows.concat([...byRole.values()]);
}

export function rolesTimeline(rows) {
  const W = 760;
  const rowH = 26;
  const m = { top: 10, right: 16, bottom: 28, left: 250 };
  const H = m.top + m.bottom + rows.length * rowH;
  const times = rows.flatMap((r) => (r.kind === 'registry' ? [r.from, r.to] : r.dates));
  let min = Math.min(...times);
  let max = Math.max(...times);
  const year = 365.25 * 864e5;
  if (max - min < year) { min -= year / 2; max += year / 2; }
  const x = (t) => m.left + ((t - min) / (max - min)) * (W - m.left - m.right);
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart roles-timeline', role: 'img', 'aria-label': 'Roles over time' });
  const y0 = new Date(min).getUTCFullYear() + 1;
  const y1 = new Date(max).getUTCFullYear();
  const step = Math.max(1, Math.ceil((y1 - y0 + 1) / 10));
  for (let y = y0; y <= y1; y += step) {
    const xx = x(Date.UTC(y, 0, 1));
    svg.append(s('line', { x1: xx, x2: xx, y1: m.top, y2: H - m.bottom, class: 'grid' }),
      s('text', { x: xx, y: H - m.bottom + 16, 'text-anchor': 'middle', class: 'tick' }, y));
  }
  rows.forEach((r, i) => {
    const cy = m.top + i * rowH + rowH / 2;
    svg.append(s('text', { x: m.left - 8, y: cy + 4, 'text-anchor': 'end', class: 'row-label ' + r.kind }, r.label));
    if (r.kind === 'registry') {
      const g = s('rect', { x: x(r.from), y: cy - 7, width: Math.max(2, x(r.to) - x(r.from)), height: 14, rx: 3, class: 'office' });
      g.append(s('title', {}, `${r.label}: ${new Date(r.from).toISOString().slice(0, 10)} – ${new Date(r.to).toISOString().slice(0, 10)}`));
      svg.append(g);
    } else {
      for (const d of r.dates) {
        const c = s('circle', { cx: x(d), cy, r: 5, class: 'said' });
        c.append(s('title', {}, `${r.label} on ${new Date(d).toISOString().slice(0, 10)}`));
        svg.append(c);
      }
    }
  });
  return svg;
}
