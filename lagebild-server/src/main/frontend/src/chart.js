// A diverging bar chart in SVG: per interval, cooperation stacked upwards (verbal, material)
// and conflict downwards. Built with createElementNS and text nodes only.

const NS = 'http://www.w3.org/2000/svg';
const QUADS = [
  { key: 'verbal cooperation', cls: 'vc', sign: 1 },
  { key: 'material cooperation', cls: 'mc', sign: 1 },
  { key: 'verbal conflict', cls: 'vk', sign: -1 },
  { key: 'material conflict', cls: 'mk', sign: -1 },
];
export const QUAD_LEGEND = QUADS.map((q) => ({ cls: q.cls, label: q.key }));

/** An SVG element with attributes and optional text (as a text node). */
export function s(tag, attrs = {}, text) {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.appendChild(document.createTextNode(String(text)));
  return e;
}

/**
 * @param buckets series buckets ({start, quad: {name: count}, ...})
 * @param perArticle plot quadPerArticle instead of raw counts
 */
export function cooperationConflictChart(buckets, perArticle = false) {
  const W = 760;
  const H = 300;
  const m = { top: 20, right: 16, bottom: 46, left: 44 };
  const value = (b, q) => (perArticle ? b.quadPerArticle?.[q] ?? 0 : b.quad?.[q] ?? 0);
  const up = buckets.map((b) => QUADS.filter((q) => q.sign > 0).reduce((t, q) => t + value(b, q.key), 0));
  const down = buckets.map((b) => QUADS.filter((q) => q.sign < 0).reduce((t, q) => t + value(b, q.key), 0));
  const max = Math.max(1e-9, ...up, ...down);
  const plotH = H - m.top - m.bottom;
  const zero = m.top + plotH / 2;
  const y = (v) => (v / max) * (plotH / 2);
  const n = Math.max(1, buckets.length);
  const band = (W - m.left - m.right) / n;
  const barW = Math.max(2, Math.min(40, band * 0.7));

  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img' });
  svg.appendChild(s('title', {}, `Cooperation (up) and conflict (down) per interval${perArticle ? ', per article' : ''}`));
  // Axis and gridlines at ±max and ±max/2.
  for (const f of [-1, -0.5, 0.5, 1]) {
    const yy = zero - f * plotH / 2;
    svg.appendChild(s('line', { x1: m.left, x2: W - m.right, y1: yy, y2: yy, class: 'grid' }));
    svg.appendChild(s('text', { x: m.left - 6, y: yy + 4, class: 'tick', 'text-anchor': 'end' }, fmt(Math.abs(f * max))));
  }
  svg.appendChild(s('line', { x1: m.left, x2: W - m.right, y1: zero, y2: zero, class: 'axis' }));
  svg.appendChild(s('text', { x: m.left + 6, y: m.top + 12, class: 'axis-label' }, '▲ cooperation'));
  svg.appendChild(s('text', { x: m.left + 6, y: H - m.bottom - 6, class: 'axis-label' }, '▼ conflict'));

  const every = Math.ceil(n / 12); // at most ~12 date labels
  buckets.forEach((b, i) => {
    const x = m.left + i * band + (band - barW) / 2;
    let top = zero;
    let bottom = zero;
    const g = s('g', { class: 'bucket' });
    g.appendChild(s('title', {}, `${b.start}${b.end !== b.start ? ' – ' + b.end : ''}: ${b.events} events, ${b.articles} articles`
      + QUADS.map((q) => `\n${q.key}: ${fmt(value(b, q.key))}`).join('')));
    for (const q of QUADS) {
      const h = y(value(b, q.key));
      if (h <= 0) continue;
      if (q.sign > 0) {
        top -= h;
        g.appendChild(s('rect', { x, y: top, width: barW, height: h, class: 'bar ' + q.cls }));
      } else {
        g.appendChild(s('rect', { x, y: bottom, width: barW, height: h, class: 'bar ' + q.cls }));
        bottom += h;
      }
    }
    svg.appendChild(g);
    if (i % every === 0) {
      svg.appendChild(s('text', { x: x + barW / 2, y: H - m.bottom + 16, class: 'tick', 'text-anchor': 'middle' }, b.start));
    }
  });
  return svg;
}

function fmt(v) {
  return Number.isInteger(v) ? String(v) : v.toFixed(2);
}
