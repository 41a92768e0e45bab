import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeTestStore } from '../canvas/testSupport';
import { FindingsStore } from './FindingsStore';
import { HighlightStore } from './highlightStore';

afterEach(() => {
  vi.useRealTimers();
});

describe('FindingsStore', () => {
  it('analyses on subscribe and again, debounced, after changes', () => {
    vi.useFakeTimers();
    const store = makeTestStore();
    const a = (
      store.run({ type: 'node.add', node: { kind: 'activity', title: 'A' } }) as { ids: string[] }
    ).ids[0] as string;
    const b = (
      store.run({ type: 'node.add', node: { kind: 'activity', title: 'B' } }) as { ids: string[] }
    ).ids[0] as string;
    const findings = new FindingsStore(store, () => new Date('2026-11-27T12:00:00Z'), 150);
    let notified = 0;
    const unsubscribe = findings.subscribe(() => notified++);
    expect(notified).toBe(1);
    const noLead = (id: string): boolean =>
      (findings.get().byNode.get(id) ?? []).some((x) => x.rule === 'NO-LEAD');
    expect(noLead(a)).toBe(true);

    const actor = (store.run({ type: 'actor.add', actor: { name: 'UNDP' } }) as { ids: string[] })
      .ids[0] as string;
    store.run({ type: 'lead.set', nodeId: a, actorId: actor });
    expect(notified).toBe(1); // debounced: nothing yet
    vi.advanceTimersByTime(149);
    expect(notified).toBe(1);
    expect(noLead(a)).toBe(true);
    vi.advanceTimersByTime(1);
    expect(notified).toBe(2); // two change sets, one analysis
    expect(noLead(a)).toBe(false);
    expect(noLead(b)).toBe(true);

    unsubscribe();
    store.run({ type: 'node.update', id: b, fields: { priority: 2 } });
    vi.advanceTimersByTime(500);
    expect(notified).toBe(2); // unsubscribed: no more analysis
  });

  it('indexes findings by node', () => {
    const store = makeTestStore();
    const id = (
      store.run({ type: 'node.add', node: { kind: 'output', title: 'No lead here' } }) as {
        ids: string[];
      }
    ).ids[0] as string;
    const findings = new FindingsStore(store);
    const off = findings.subscribe(() => undefined);
    const rules = (findings.get().byNode.get(id) ?? []).map((f) => f.rule);
    expect(rules).toContain('NO-LEAD');
    off();
  });
});

describe('HighlightStore', () => {
  it('highlights items and clears them after the duration', () => {
    vi.useFakeTimers();
    const h = new HighlightStore();
    const seen: number[] = [];
    h.subscribe(() => seen.push(h.get().nodeIds.size));
    h.show(['a', 'b'], ['e1'], 3000);
    expect(h.get().nodeIds.has('a')).toBe(true);
    expect(h.get().edgeIds.has('e1')).toBe(true);
    const seq = h.get().seq;
    h.show(['a', 'b'], ['e1'], 3000);
    expect(h.get().seq).toBe(seq + 1); // the same finding again re-focuses
    vi.advanceTimersByTime(2999);
    expect(h.get().nodeIds.size).toBe(2);
    vi.advanceTimersByTime(1);
    expect(h.get().nodeIds.size).toBe(0);
    expect(seen).toEqual([2, 2, 0]);
  });
});

describe('FindingsStore dangling links', () => {
  it('reports links whose end is missing (left out of read())', () => {
    const a = makeTestStore('a');
    const src = (
      a.run({ type: 'node.add', node: { kind: 'activity', title: 'A' } }) as { ids: string[] }
    ).ids[0] as string;
    const dst = (
      a.run({ type: 'node.add', node: { kind: 'output', title: 'P' } }) as { ids: string[] }
    ).ids[0] as string;
    a.run({ type: 'edge.connect', kind: 'contributes', source: src, target: dst });
    // Delete the output's record behind the store's back (as a buggy or old replica might).
    a.doc.transact(() => a.doc.getMap('nodes').delete(dst));
    const findings = new FindingsStore(a);
    const off = findings.subscribe(() => undefined);
    expect(findings.get().findings.some((f) => f.rule === 'DANGLING-EDGE')).toBe(true);
    off();
  });
});
