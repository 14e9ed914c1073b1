// Turns an analysis into highlight annotations over its text and cuts the text into segments
// at every annotation boundary, so overlapping annotations (a time inside a quote) both show.
// Pure functions: no DOM.

/** Highlight kinds in drawing order (later ones are drawn on top) with their legend labels. */
export const KINDS = [
  { kind: 'quote', label: 'Quote' },
  { kind: 'speaker', label: 'Speaker' },
  { kind: 'cue', label: 'Cue' },
  { kind: 'trigger', label: 'Event trigger' },
  { kind: 'time', label: 'Time' },
  { kind: 'quantity', label: 'Quantity' },
  { kind: 'forum', label: 'Forum' },
];

/**
 * Annotations {id, kind, start, end, label, ref} where ref = {type: 'statement'|'event'|'time'|
 * 'quantity'|'forum', index}. A forum is marked where the text names it (its trigger words) and
 * where it gives its place, date, duration and whom a participant represents. Spans outside the text or empty are dropped.
 */
export function annotations(analysis) {
  const n = analysis.text?.length ?? 0;
  const out = [];
  const add = (kind, span, label, ref) => {
    if (!span || !Number.isInteger(span.start) || !Number.isInteger(span.end)) return;
    const start = Math.max(0, span.start);
    const end = Math.min(n, span.end);
    if (end <= start) return;
    out.push({ id: `${ref.type}:${ref.index}:${kind}:${out.length}`, kind, start, end, label, ref });
  };
  (analysis.statements ?? []).forEach((s, i) => {
    const ref = { type: 'statement', index: i };
    add('quote', s.quote, null, ref);
    add('speaker', s.speaker, 'SPEAKER', ref);
    const parts = s.cue?.parts?.length ? s.cue.parts : s.cue ? [s.cue] : [];
    parts.forEach((p) => add('cue', p, 'CUE', ref));
  });
  (analysis.events ?? []).forEach((e, i) => {
    add('trigger', e.trigger, e.type ?? 'EVENT', { type: 'event', index: i });
  });
  (analysis.times ?? []).forEach((t, i) => add('time', t, t.value ?? 'TIME', { type: 'time', index: i }));
  (analysis.quantities ?? []).forEach((q, i) => add('quantity', q, 'QTY', { type: 'quantity', index: i }));
  (analysis.forums ?? []).forEach((f, i) => {
    const ref = { type: 'forum', index: i };
    (f.mentions ?? []).forEach((m) => add('forum', m.trigger, 'FORUM', ref));
    add('forum', f.place?.evidence, null, ref);
    add('forum', f.date?.evidence, null, ref);
    add('forum', f.duration?.evidence, f.duration?.value ?? null, ref);
    (f.participants ?? []).forEach((p) => add('forum', p.representsEvidence, null, ref));
  });
  return out;
}

/**
 * Cuts [0, text.length) at every annotation boundary. Returns segments {start, end, anns}
 * where anns are the annotations covering the segment; segments without any are included,
 * so the segments together are exactly the text.
 */
export function segments(text, anns) {
  const cuts = new Set([0, text.length]);
  for (const a of anns) {
    cuts.add(a.start);
    cuts.add(a.end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  // Sweep: annotations sorted by start enter, and leave once their end is passed.
  const byStart = [...anns].sort((x, y) => x.start - y.start);
  const out = [];
  let next = 0;
  let active = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    active = active.filter((a) => a.end > start);
    while (next < byStart.length && byStart[next].start <= start) {
      if (byStart[next].end > start) active.push(byStart[next]);
      next++;
    }
    out.push({ start, end, anns: [...active] });
  }
  return out;
}
