// End-to-end test of the dashboard: ingests the fixture articles into a fresh store with the
// built CLI, starts `lagebild serve` on a free port, drives headless Chromium (playwright-core,
// the system's /usr/bin/chromium: nothing is downloaded) through every page, asserts what it
// shows, and saves screenshots. Exit code 0 = passed (or skipped without Chromium), 1 = failed.
//
//   node e2e/run.mjs --jar lagebild-cli/target/lagebild.jar --out target/e2e-screenshots
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../../../..');
const { values: opt } = parseArgs({
  options: {
    jar: { type: 'string', default: join(repo, 'lagebild-cli/target/lagebild.jar') },
    out: { type: 'string', default: join(repo, 'lagebild-cli/target/e2e-screenshots') },
    chromium: { type: 'string', default: process.env.CHROMIUM ?? '/usr/bin/chromium' },
    // For working on the test: reuse a store ingested by an earlier run (kept in this directory).
    store: { type: 'string' },
  },
});

if (!existsSync(opt.chromium)) {
  console.log(`e2e: SKIPPED: no Chromium at ${opt.chromium} (install the Debian package 'chromium', or set CHROMIUM)`);
  process.exit(0);
}
if (!existsSync(opt.jar)) {
  console.error(`e2e: FAILED: ${opt.jar} is missing; build with ./mvnw -DskipTests install first`);
  process.exit(1);
}

const { chromium } = await import('playwright-core');
const work = mkdtempSync(join(tmpdir(), 'lagebild-e2e-'));
mkdirSync(opt.out, { recursive: true });
let server = null;
let browser = null;
const watchdog = setTimeout(() => fail(new Error('timed out after 6 minutes')), 6 * 60_000);

function log(msg) {
  console.log('e2e: ' + msg);
}

async function cleanup() {
  clearTimeout(watchdog);
  if (server && server.exitCode === null) {
    // the server closes its store on SIGTERM: remove the directory only after it has exited (removing it while the
    // store still wrote its last files failed with ENOTEMPTY once)
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000).unref())]);
  }
  rmSync(work, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
}

async function fail(e) {
  console.error('e2e: FAILED: ' + (e?.stack ?? e));
  try {
    await browser?.close();
  } catch {
    // already gone
  }
  await cleanup();
  process.exit(1);
}

/** The fixtures plus the repository's example article, with day-precise dates for the series. */
function fixtures() {
  const rows = readFileSync(join(here, 'articles.jsonl'), 'utf8').trim().split('\n');
  rows.push(JSON.stringify({
    id: 'nato-russland-rat', lang: 'de', date: '2022-01-12', title: 'Nato-Russland-Rat: Fronten bleiben verhärtet',
    text: readFileSync(join(repo, 'examples/nato-russland-rat-2022-01.txt'), 'utf8'),
  }));
  const file = join(work, 'articles.jsonl');
  writeFileSync(file, rows.join('\n') + '\n');
  return file;
}

function ingest(store) {
  const t = Date.now();
  const r = spawnSync('java', ['-jar', opt.jar, 'ingest', '--data', store, '--jsonl', fixtures(), '--threads', '1'],
    { encoding: 'utf8', timeout: 4 * 60_000 });
  if (r.status !== 0) throw new Error(`ingest failed (${r.status}): ${r.stderr}`);
  log(`ingested the fixtures in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

/** Starts `lagebild serve --port 0` and resolves to its base URL once it listens. */
function serve(store) {
  return new Promise((ok, ko) => {
    server = spawn('java', ['-jar', opt.jar, 'serve', '--data', store, '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    server.stderr.setEncoding('utf8');
    server.stderr.on('data', (d) => {
      err += d;
      const m = err.match(/on (http:\/\/[\d.]+:\d+)/);
      if (m) ok(m[1]);
    });
    server.on('exit', (code) => ko(new Error(`serve exited (${code}): ${err}`)));
  });
}

const problems = []; // console errors (CSP violations included), page errors, dialogs
function watch(page) {
  page.on('console', (m) => { if (m.type() === 'error') problems.push('console: ' + m.text()); });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  page.on('pageerror', (e) => problems.push('pageerror: ' + e.message));
  page.on('dialog', (d) => { problems.push('dialog: ' + d.message()); d.dismiss(); });
}

async function shot(page, name) {
  await page.screenshot({ path: join(opt.out, name + '.png'), fullPage: true });
  log('screenshot ' + name + '.png');
}

const texts = (loc) => loc.allTextContents();

/** The article text as shown, without the highlight labels between the spans. */
const articleText = (p) => p.evaluate(() => [...document.getElementById('article-text').childNodes]
  .filter((n) => !(n instanceof Element && n.classList.contains('label'))).map((n) => n.textContent).join(''));

try {
  const store = opt.store ?? join(work, 'store');
  if (!opt.store || !existsSync(store)) ingest(store);
  const base = await serve(store);
  log('serving at ' + base);
  browser = await chromium.launch({
    executablePath: opt.chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    // launch() gives Chromium a fresh, empty user-data-dir of its own.
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  watch(page);

  // 1. Search: all articles, then text + date filters, then statements by speaker.
  await page.goto(base + '/');
  await page.locator('ol.results.articles li').first().waitFor();
  const titles = await texts(page.locator('ol.results.articles .title'));
  assert.equal(titles.length, 4, 'four articles listed: ' + titles);
  assert.ok(titles.includes('<img src=x onerror=alert(1)>Prüfbericht'), 'the hostile title is shown as text');
  await shot(page, '01-search-articles');

  await page.fill('input[name=q]', 'Nato');
  await page.fill('input[name=from]', '2022-01-14');
  await page.click('form.search button[type=submit]');
  await page.waitForURL(/from=2022-01-14/);
  await page.locator('ol.results.articles li').first().waitFor();
  assert.deepEqual(await texts(page.locator('ol.results.articles .title')), ['Lawrow wirft der Nato Ignoranz vor']);
  await page.goto(base + '/#/search?q=Nato&to=2022-01-12');
  await page.waitForFunction(() => document.querySelectorAll('ol.results.articles li').length === 1);
  assert.deepEqual(await texts(page.locator('ol.results.articles .title')), ['Nato-Russland-Rat: Fronten bleiben verhärtet']);
  await shot(page, '02-search-filtered');

  await page.goto(base + '/#/');
  await page.locator('ol.results.articles li').first().waitFor();
  await page.check('input[name=mode][value=statements]'); // searches statements at once
  await page.locator('input[name=speaker]').waitFor();
  await page.fill('input[name=speaker]', 'Jens Stoltenberg');
  await page.click('form.search button[type=submit]');
  await page.waitForURL(/speaker=Jens/);
  // Switching the mode already listed all statements; that list stays until the filtered answer
  // arrives, so wait for the answer (a timeout falls through to the assertions, which then fail).
  await page.waitForFunction(() => {
    const s = [...document.querySelectorAll('ol.results.statements .speaker')].map((e) => e.textContent);
    return s.length >= 2 && s.every((t) => t === 'Jens Stoltenberg');
  }, null, { timeout: 15000 }).catch(() => {});
  const speakers = await texts(page.locator('ol.results.statements .speaker'));
  assert.ok(speakers.length >= 2, 'Stoltenberg statements: ' + speakers);
  assert.ok(speakers.every((s) => s === 'Jens Stoltenberg'), 'only Stoltenberg: ' + speakers);
  await shot(page, '03-search-statements');

  // 2. Article view: highlights of every kind, text intact, record panel on click.
  await page.goto(base + '/#/');
  await page.click('text=Nato-Russland-Rat: Fronten bleiben verhärtet');
  await page.locator('#article-text').waitFor();
  const id = page.url().split('/#/article/')[1];
  const apiText = await page.evaluate(async (aid) => (await (await fetch('/api/articles/' + aid)).json()).analysis.text, id);
  const shown = await articleText(page);
  assert.equal(shown, apiText, 'the highlighted text, labels aside, is exactly the article text');
  for (const kind of ['quote', 'speaker', 'cue', 'trigger', 'time', 'forum']) {
    assert.ok(await page.locator('#article-text .hl.k-' + kind).count() > 0, 'highlights of kind ' + kind);
  }
  assert.equal(await page.locator('.legend li').count(), 7);
  assert.ok(await page.locator('#forums li').count() >= 1, 'forums listed');
  assert.ok(await page.locator('#statements li').count() >= 3, 'statements listed');
  assert.ok(await page.locator('#events li').count() >= 1, 'events listed');
  assert.ok((await page.locator('#article-text .hl.k-speaker').first().getAttribute('title')).includes('speaker'), 'hover text');
  await page.locator('#article-text .hl.k-trigger').first().click();
  await page.locator('#record .rec h3', { hasText: 'event' }).first().waitFor();
  await page.locator('#statements li button').first().click();
  await page.locator('#record h3', { hasText: 'statement' }).waitFor();
  assert.ok(await page.locator('#article-text .hl.focus').count() > 0, 'the statement is outlined in the text');
  const eventList = await page.locator('#events').textContent();
  assert.ok(eventList.includes('Wendy Sherman') && !eventList.includes('person:'), 'events list persons by name');
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, '04-article');
  // The forum: its highlights and record, with a link to its own page.
  await page.locator('#forums li button').first().click();
  await page.locator('#record h3', { hasText: 'forum' }).waitFor();
  assert.ok(await page.locator('#article-text .hl.k-forum.focus').count() > 0, 'the forum is outlined in the text');
  assert.ok(await page.locator('#record dd ul.participants li').count() >= 2, 'forum participants in the record');
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, '04b-article-forum');

  // 3. Hostile article, in a context that ignores the CSP: only the DOM code keeps it inert.
  const hostileCtx = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
  const hp = await hostileCtx.newPage();
  watch(hp);
  await hp.addInitScript(() => { window.alert = (m) => { window.__alerted = (window.__alerted ?? []).concat(String(m)); }; });
  await hp.goto(base + '/#/');
  await hp.click('text=<img src=x onerror=alert(1)>Prüfbericht');
  await hp.locator('#article-text').waitFor();
  const body = await articleText(hp);
  for (const s of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(document.cookie)',
    '<a href="javascript:alert(2)">hier</a>']) {
    assert.ok(body.includes(s), 'shown as text: ' + s);
  }
  assert.equal(await hp.locator('h1').textContent(), '<img src=x onerror=alert(1)>Prüfbericht');
  assert.ok((await hp.locator('.meta').first().textContent()).includes('javascript:alert(1)'), 'the URL is shown as text');
  const injected = await hp.evaluate(() => ({
    scripts: document.querySelectorAll('main script, #app script').length,
    imgs: document.querySelectorAll('img').length,
    jsLinks: [...document.querySelectorAll('a[href]')].filter((a) => /^\s*javascript:/i.test(a.getAttribute('href'))).length,
    alerted: window.__alerted ?? [],
  }));
  await hp.waitForTimeout(300); // give any injected handler the chance to fire
  assert.deepEqual(injected, { scripts: 0, imgs: 0, jsLinks: 0, alerted: [] });
  assert.deepEqual(await hp.evaluate(() => window.__alerted ?? []), []);
  await shot(hp, '05-article-hostile');
  await hostileCtx.close();

  // 4. Actor page via the actor list.
  await page.goto(base + '/#/actors');
  await page.click('table.actors >> text=Jens Stoltenberg');
  await page.locator('h1', { hasText: 'Jens Stoltenberg' }).waitFor();
  assert.ok((await texts(page.locator('.roles li'))).some((r) => r.includes('Generalsekretär')), 'role Generalsekretär');
  const days = await texts(page.locator('.timeline > li > time'));
  assert.ok(days.length >= 2, 'statements on two days: ' + days);
  assert.deepEqual(days, [...days].sort().reverse(), 'newest first');
  assert.match(await page.locator('.counts').textContent(), /\d+ statements/);
  const officeBars = await page.locator('svg.roles-timeline rect.office').count();
  assert.ok(officeBars >= 1, 'registry offices on the roles timeline');
  assert.ok(await page.locator('svg.roles-timeline circle.said').count() >= 1, 'text roles on the roles timeline');
  const roleRows = await texts(page.locator('.roles-table tbody tr'));
  assert.ok(roleRows.some((r) => r.includes('person registry') && r.includes('NATO')), 'the NATO office: ' + roleRows);
  assert.ok(roleRows.some((r) => r.includes('2022-01-12') && r.includes('Generalsekretär')), 'a text role: ' + roleRows);
  assert.ok(await page.locator('table.forums tbody tr').count() >= 1, 'meetings of the actor');
  // the registry's checked Wikidata id, as a link; an actor without one (NATO) shows none
  assert.equal(await page.locator('dl.attrs a[href="https://www.wikidata.org/wiki/Q57665"]').textContent(), 'Q57665');
  await shot(page, '06-actor');
  await page.goto(base + '/#/actor/NATO');
  await page.locator('dl.attrs dd', { hasText: 'NATO' }).first().waitFor();
  assert.equal(await page.locator('dl.attrs a[href*="wikidata"]').count(), 0, 'no Wikidata link without a checked id');

  // 5. Dyad: NATO and Russia, chart and events.
  await page.goto(base + '/#/dyad');
  await page.fill('input[name=source]', 'RUS');
  await page.fill('input[name=target]', 'NATO');
  await page.click('form.search button[type=submit]');
  await page.locator('svg.chart').waitFor();
  assert.ok(await page.locator('svg.chart rect.bar').count() > 0, 'bars drawn');
  assert.ok(await page.locator('table.events tbody tr').count() > 0, 'events listed');
  await shot(page, '07-dyad');

  // 6. Event map: located events on the bundled world map; a click lists their evidence and links.
  await page.goto(base + '/#/map');
  await page.locator('svg.map g.place').first().waitFor();
  assert.ok(await page.locator('svg.map path.country').count() > 150, 'the Natural Earth countries are drawn');
  const located = await page.evaluate(async () => (await (await fetch('/api/events?located=true&limit=500')).json()).items);
  assert.ok(located.length >= 1 && located.every((e) => typeof e.locationLat === 'number'), 'located events from the API');
  const marked = await page.locator('svg.map g.place').evaluateAll((gs) => gs.reduce((t, g) => t + Number(g.dataset.events), 0));
  assert.equal(marked, located.length, 'every located event is on the map');
  await page.locator('svg.map g.place').first().click();
  await page.locator('#map-record .map-events li').first().waitFor();
  const links = await page.locator('#map-record .map-events a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(links.length >= 1 && links.every((h) => h.startsWith('#/article/')), 'article links: ' + links);
  assert.ok((await page.locator('#map-record blockquote').first().textContent()).length > 0, 'evidence shown');
  await shot(page, '08-map');
  // The type filter: only CONSULT events ("in Brüssel" in the Nato-Russland-Rat article) remain.
  await page.selectOption('select[name=type]', 'CONSULT');
  await page.click('form.search button[type=submit]');
  await page.waitForURL(/type=CONSULT/);
  await page.locator('svg.map g.place').first().waitFor();
  await page.locator('svg.map g.place').first().click();
  await page.locator('#map-record .map-events li').first().waitFor();
  const types = await texts(page.locator('#map-record .map-events strong'));
  assert.ok(types.length >= 1 && types.every((t) => t === 'CONSULT'), 'only CONSULT: ' + types);

  // 7. Forums: list, filter by actor, a forum page whose evidence is the article's text.
  await page.goto(base + '/#/forums');
  await page.locator('table.forums tbody tr').first().waitFor();
  const forumRows = await page.locator('table.forums tbody tr').count();
  assert.ok(forumRows >= 2, 'forums listed: ' + forumRows);
  await page.fill('input[name=actor]', 'NATO');
  await page.click('form.search button[type=submit]');
  await page.waitForURL(/actor=NATO/);
  await page.locator('table.forums tbody tr').first().waitFor();
  assert.ok(await page.locator('table.forums tbody tr').count() < forumRows, 'the actor filter narrows the list');
  await shot(page, '09-forums');
  await page.locator('table.forums a.forum-link').first().click();
  await page.locator('ol.evidence li').first().waitFor();
  const forumId = decodeURIComponent(page.url().split('/#/forum/')[1]);
  const forum = await page.evaluate(async (fid) => (await (await fetch('/api/forums/' + encodeURIComponent(fid))).json()), forumId);
  const forumText = await page.evaluate(async (aid) => (await (await fetch('/api/articles/' + aid)).json()).analysis.text, forum.article.id);
  const quotes = await texts(page.locator('ol.evidence li q'));
  assert.ok(quotes.length >= 3, 'evidence listed: ' + quotes);
  assert.ok(quotes.every((q) => forumText.includes(q)), 'every piece of evidence is article text');
  await shot(page, '10-forum');
  await page.locator('ol.evidence li a').first().click();
  await page.locator('#record h3', { hasText: 'forum' }).waitFor();

  // 8. Hostile forum: markup in the title and evidence, and (injected into the API's answer) in
  // participant, place and body names: all text, nothing runs, under a context without CSP.
  const hostileForumCtx = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
  const fp = await hostileForumCtx.newPage();
  watch(fp);
  await fp.addInitScript(() => { window.alert = (m) => { window.__alerted = (window.__alerted ?? []).concat(String(m)); }; });
  const evil = '<script>alert(11)</script><img src=x onerror=alert(12)>';
  await fp.route(/\/api\/forums(\/|\?|$)/, async (route) => {
    const res = await route.fetch();
    const body = await res.json();
    for (const f of body.items ?? [body.forum]) {
      f.placeName = evil;
      f.body = evil;
      for (const p of f.participants ?? []) p.name = evil;
      if (f.place) f.place.name = evil;
    }
    await route.fulfill({ response: res, json: body });
  });
  await fp.goto(base + '/#/forums?q=Wien');
  await fp.locator('table.forums tbody tr').first().waitFor();
  const row = await fp.locator('table.forums tbody tr').first().textContent();
  assert.ok(row.includes('<script>alert(3)</script>Rat in Wien'), 'the hostile title as text: ' + row);
  assert.ok(row.includes(evil), 'injected names as text: ' + row);
  await shot(fp, '11-forums-hostile');
  await fp.locator('table.forums a.forum-link').first().click();
  await fp.locator('ol.evidence li').first().waitFor();
  const fpage = await fp.locator('main').textContent();
  assert.ok(fpage.includes(evil) && fpage.includes('<script>alert(3)</script>Rat in Wien'), 'forum page shows markup as text');
  await fp.waitForTimeout(300);
  assert.deepEqual(await fp.evaluate(() => ({
    scripts: document.querySelectorAll('main script, #app script').length,
    imgs: document.querySelectorAll('img').length,
    alerted: window.__alerted ?? [],
  })), { scripts: 0, imgs: 0, alerted: [] });
  await shot(fp, '12-forum-hostile');
  await hostileForumCtx.close();

  // 9. Events: every mention vs deduplicated clusters; a cluster page lists its mentions and
  // links each to its evidence in its article.
  await page.goto(base + '/#/events');
  await page.locator('table.events tbody tr').first().waitFor();
  const mentionCount = await page.locator('table.events tbody tr').count();
  await page.check('input[name=view][value=clusters]');
  await page.waitForURL(/dedup=1/);
  await page.locator('table.events.clusters tbody tr').first().waitFor();
  const clusterCount = await page.locator('table.events.clusters tbody tr').count();
  assert.ok(clusterCount >= 1 && clusterCount <= mentionCount, `${clusterCount} clusters, ${mentionCount} mentions`);
  await shot(page, '13-events-dedup');
  // The cluster with most mentions.
  const best = await page.locator('table.events.clusters tbody tr').evaluateAll((trs) => trs
    .map((tr) => ({ href: tr.querySelector('a.cluster').getAttribute('href'), n: Number(tr.children[4].textContent) }))
    .sort((x, y) => y.n - x.n)[0]);
  await page.goto(base + '/' + best.href);
  await page.locator('ol.mentions li').first().waitFor();
  assert.equal(await page.locator('ol.mentions li').count(), best.n, 'every mention listed');
  assert.match(await page.locator('ul.counts').textContent(), /\d+ sources/);
  // actors without a registry code show their names, the id on hover ("person:wendy-sherman" → "Wendy Sherman")
  // (the fixtures' biggest cluster is the canonical article's talks between two persons)
  await page.waitForFunction(() => {
    const ids = [...document.querySelectorAll('main a[href^="#/actor/"]')]
      .map((a) => [a, decodeURIComponent(a.getAttribute('href').slice('#/actor/'.length))])
      .filter(([, id]) => id.includes(':'));
    return ids.length > 0 && ids.every(([a, id]) => a.textContent && a.textContent !== id);
  }, null, { timeout: 10000 });
  await shot(page, '14-event-cluster');
  // (a trusted click on the quotation's first letter: the centre of a link wrapping only a <q> can miss it in
  // headless Chromium, and a long quotation wraps, so its bounding box starts left of the link's first word)
  const mentionLink = page.locator('ol.mentions li a:has(q)').first();
  const firstLine = await mentionLink.evaluate((a) => {
    const text = document.createTreeWalker(a, NodeFilter.SHOW_TEXT).nextNode(); // the quotation's first letter
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 1);
    const r = range.getBoundingClientRect();
    const b = a.getBoundingClientRect();
    return { x: r.left - b.left + r.width / 2, y: r.top - b.top + r.height / 2 };
  });
  await mentionLink.click({ position: firstLine });
  await page.locator('#record h3', { hasText: 'event' }).waitFor();
  assert.ok(await page.locator('#article-text .hl.k-trigger.focus').count() > 0, 'the mention is outlined in its article');

  // 10. A statement's cluster: all reports of it.
  await page.goto(base + '/#/search?mode=statements&speaker=Jens%20Stoltenberg');
  await page.locator('ol.results.statements a.cluster').first().waitFor();
  await page.locator('ol.results.statements a.cluster').first().click();
  await page.locator('ol.results.statements li').first().waitFor();
  assert.match(await page.locator('ul.counts').textContent(), /\d+ mentions/);
  await shot(page, '15-statement-cluster');

  assert.deepEqual(problems, [], 'no console errors, page errors or dialogs');
  await browser.close();
  await cleanup();
  log('PASSED (screenshots in ' + opt.out + ')');
} catch (e) {
  await fail(e);
}
