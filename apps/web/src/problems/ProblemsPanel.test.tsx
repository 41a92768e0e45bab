import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTestSession, makeTestStore } from '../canvas/testSupport';
import { highlightStoreFor } from './highlightStore';
import { ProblemsPanel } from './ProblemsPanel';

afterEach(cleanup);

describe('ProblemsPanel', () => {
  it('lists findings by severity and highlights a finding’s nodes when activated', () => {
    const store = makeTestStore('n');
    const id = (
      store.run({ type: 'node.add', node: { kind: 'output', title: 'Courts reopened' } }) as {
        ids: string[];
      }
    ).ids[0] as string;
    const session = makeTestSession(store);
    render(<ProblemsPanel session={session} />);
    const warnings = screen.getByRole('region', { name: 'Warnings' });
    const noLead = within(warnings).getByRole('button', { name: /^NO-LEAD/ });
    expect(noLead.textContent).toContain('Courts reopened');
    act(() => {
      fireEvent.click(noLead);
    });
    const h = highlightStoreFor(session).get();
    expect([...h.nodeIds]).toEqual([id]);
    expect(noLead.getAttribute('aria-current')).toBe('true');
    highlightStoreFor(session).clear();
  });
});
