// DOM building without HTML parsing: every string becomes a text node or an attribute value,
// so article text, titles and names from the store can never become markup or script.

/**
 * Creates an element. attrs: plain attributes (set with setAttribute), plus "class",
 * "on<event>" functions and "dataset" objects. Children: nodes, strings (as text), arrays, null.
 */
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') {
      e.addEventListener(k.slice(2), v);
    } else if (k === 'dataset') {
      Object.assign(e.dataset, v);
    } else if (k === 'href') {
      e.setAttribute('href', safeHref(v));
    } else {
      e.setAttribute(k, v === true ? '' : String(v));
    }
  }
  append(e, children);
  return e;
}

function append(parent, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(parent, c);
    else if (c instanceof Node) parent.appendChild(c);
    else parent.appendChild(document.createTextNode(String(c)));
  }
}

/** Only in-app hash links and http(s) URLs become links; anything else (javascript:, data:) is "#". */
export function safeHref(url) {
  const s = String(url ?? '');
  if (s.startsWith('#')) return s;
  try {
    const u = new URL(s, window.location.href);
    if ((u.protocol === 'http:' || u.protocol === 'https:') && /^https?:\/\//i.test(s.trim())) return u.href;
  } catch {
    // not a URL
  }
  return '#';
}

/** True when the URL is an absolute http(s) URL that may be shown as an outbound link. */
export function isWebUrl(url) {
  return safeHref(url) !== '#';
}

/** Appends children like el() does: strings as text, null and false left out (unlike Node.append). */
export function add(parent, ...children) {
  append(parent, children);
  return parent;
}

/** Replaces the children of a node. */
export function replace(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

/** A hash route with URL-encoded path parts and query parameters (empty values left out). */
export function route(path, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  }
  const qs = q.toString();
  return '#/' + path.map(encodeURIComponent).join('/') + (qs ? '?' + qs : '');
}

export function fmtNumber(n, digits = 2) {
  if (n === null || n === undefined) return '–';
  return Number.isInteger(n) ? String(n) : n.toFixed(digits);
}
