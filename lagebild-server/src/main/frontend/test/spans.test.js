import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotations, segments } from '../src/spans.js';

test('segments cover the text exactly, with overlapping annotations on the shared part', () => {
  const text = 'Er sagte am Montag, es gehe um 100 Soldaten.';
  const anns = [
    { id: 'q', kind: 'quote', start: 20, end: 43 },
    { id: 't', kind: 'time', start: 9, end: 18 },
    { id: 'n', kind: 'quantity', start: 31, end: 43 },
  ];
  const segs = segments(text, anns);
  assert.equal(segs.map((s) => text.slice(s.start, s.end)).join(''), text);
  const at = (pos) => segs.find((s) => s.start <= pos && pos < s.end).anns.map((a) => a.id).sort();
  assert.deepEqual(at(0), []);
  assert.deepEqual(at(10), ['t']);
  assert.deepEqual(at(25), ['q']);
  assert.deepEqual(at(35), ['n', 'q']);
  assert.deepEqual(at(43), []);
});

test('annotations clip spans to the text and drop empty or malformed ones', () => {
  const analysis = {
    text: 'abcdef',
    statements: [{ speaker: { start: 0, end: 2 }, cue: { start: 2, end: 3, parts: [] }, quote: { start: 4, end: 99 } }],
    events: [{ type: 'CONSULT', trigger: { start: 3, end: 3 } }],
    times: [{ start: -5, end: 1, value: '2022' }],
    quantities: [{ start: 'x', end: 2 }],
  };
  const anns = annotations(analysis);
  assert.deepEqual(anns.map((a) => [a.kind, a.start, a.end]),
    [['quote', 4, 6], ['speaker', 0, 2], ['cue', 2, 3], ['time', 0, 1]]);
});

test('segments of an empty text or no annotations', () => {
  assert.deepEqual(segments('', []), []);
  assert.deepEqual(segments('abc', []), [{ start: 0, end: 3, anns: [] }]);
});

test('forums are marked at their triggers, place, date, duration and representation spans', () => {
  const analysis = {
    text: 'Der Rat tagte fünf Stunden in Wien.',
    forums: [{
      mentions: [{ trigger: { start: 4, end: 7 }, phrase: { start: 0, end: 7 } }],
      place: { name: 'Wien', evidence: { start: 30, end: 34 } },
      duration: { value: 'PT5H', evidence: { start: 14, end: 26 } },
      date: null,
      participants: [{ actor: 'X', representsEvidence: null }],
    }],
  };
  assert.deepEqual(annotations(analysis).map((a) => [a.kind, a.start, a.end, a.label, a.ref.type]),
    [['forum', 4, 7, 'FORUM', 'forum'], ['forum', 30, 34, null, 'forum'], ['forum', 14, 26, 'PT5H', 'forum']]);
});

test('roles timeline rows: registry bars (open-ended to now), text roles grouped with their dates', async () => {
  const { roleRows, startOf } = await import('../src/timeline.js');
  assert.equal(startOf('2014-10'), Date.UTC(2014, 9, 1));
  assert.equal(startOf('nonsense'), null);
  const now = Date.UTC(2026, 0, 1);
  const rows = roleRows({
    registry: [{ title: 'Generalsekretär', organization: 'NATO', from: '2014-10-01', to: '2024-10-01' },
      { title: 'Premier', organization: 'NOR', from: '2005', to: null }, { title: 'Undated', from: null, to: null }],
    text: [{ title: 'Generalsekretär', organization: 'NATO', date: '2022-01-12' },
      { title: 'Generalsekretär', organization: 'NATO', date: '2022-01-14' }, { title: 'x', date: null }],
  }, now);
  assert.deepEqual(rows.map((r) => [r.kind, r.label]), [['registry', 'Generalsekretär (NATO)'], ['registry', 'Premier (NOR)'],
    ['text', '“Generalsekretär” (NATO)']]);
  assert.equal(rows[1].to, now);
  assert.equal(rows[2].dates.length, 2);
});
