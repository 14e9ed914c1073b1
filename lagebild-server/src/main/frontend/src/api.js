// The JSON API of `lagebild serve` (see /openapi.json). Same origin, so no CORS; a read token,
// when the server requires one, is kept for the browser session only.

const TOKEN_KEY = 'lagebild.readToken';

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export function setToken(token) {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

/** GET /api/{path} with query parameters (empty ones left out); resolves to the parsed JSON. */
export async function get(path, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  }
  const url = '/api/' + path + (q.size ? '?' + q : '');
  const headers = { Accept: 'application/json' };
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) headers.Authorization = 'Bearer ' + token;
  const res = await fetch(url, { headers });
  let body = null;
  try {
    body = await res.json();
  } catch {
    // not JSON: reported below by status
  }
  if (!res.ok) {
    throw new ApiError(res.status, body?.error ?? `HTTP ${res.status}`);
  }
  return body;
}

export const api = {
  articles: (p) => get('articles', p),
  article: (id) => get('articles/' + encodeURIComponent(id)),
  statements: (p) => get('statements', p),
  events: (p) => get('events', p),
  actors: (p) => get('actors', p),
  actor: (id) => get('actors/' + encodeURIComponent(id)),
  series: (p) => get('series', p),
  eventCluster: (id) => get('events/' + encodeURIComponent(id)),
  statementCluster: (id) => get('statements/' + encodeURIComponent(id)),
  forums: (p) => get('forums', p),
  forum: (id) => get('forums/' + encodeURIComponent(id)),
  actorRoles: (id) => get('actors/' + encodeURIComponent(id) + '/roles'),
};
