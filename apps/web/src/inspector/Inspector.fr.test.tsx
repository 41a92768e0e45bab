import { act, cleanup, render, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { i18next } from '../i18n';
import { CanvasToolbar } from '../canvas/CanvasToolbar';
import { selectionStoreFor } from '../canvas/selectionStore';
import { makeTestSession, makeTestStore } from '../canvas/testSupport';
import { Inspector } from './Inspector';

beforeAll(async () => {
  await i18next.changeLanguage('fr');
});
afterAll(async () => {
  await i18next.changeLanguage('en');
});
afterEach(cleanup);

function session() {
  const store = makeTestStore('n');
  const id = (
    store.run({ type: 'node.add', node: { kind: 'output', title: 'Tribunaux rouverts' } }) as {
      ids: string[];
    }
  ).ids[0] as string;
  store.run({
    type: 'benchmark.add',
    nodeId: id,
    benchmark: { horizon: 'short', text: 'Dix tribunaux ouverts' },
  });
  return { session: makeTestSession(store, { name: 'Ana' }), id };
}

describe('in French', () => {
  it('the inspector shows French labels for a selected output', () => {
    const { session: s, id } = session();
    render(<Inspector session={s} />);
    expect(screen.getByRole('complementary', { name: 'Inspecteur' })).toBeTruthy();
    act(() => selectionStoreFor(s).set({ nodes: [id], edges: [] }));
    expect((screen.getByLabelText('Titre') as HTMLInputElement).value).toBe('Tribunaux rouverts');
    expect(screen.getByLabelText('Priorité')).toBeTruthy();
    expect(screen.getByLabelText('Chef de file')).toBeTruthy();
    expect(screen.getByLabelText('Appui')).toBeTruthy();
    expect(screen.getByLabelText('État du jalon')).toBeTruthy();
    expect(screen.getByText('Produit')).toBeTruthy();
    expect(screen.getAllByRole('option', { name: 'Court terme' }).length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { name: 'Court terme' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ajouter un jalon' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ajouter un lien…' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Supprimer le produit' })).toBeTruthy();
    expect(screen.getByLabelText('Égalité des sexes')).toBeTruthy();
  });

  it('the canvas toolbar shows French buttons, edge kinds and problem counts', () => {
    const { session: s } = session();
    const noop = (): void => undefined;
    render(
      <CanvasToolbar
        session={s}
        edgeKind="sequence"
        onEdgeKind={noop}
        onAdd={noop}
        onDelete={noop}
        canDelete={false}
        onLayout={noop}
        layoutBusy={false}
        lanes={false}
        onLanes={noop}
        onFitView={noop}
      />,
    );
    expect(screen.getByRole('toolbar', { name: 'Outils du canevas' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ajouter une activité' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Séquençage (avant)' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Couloirs par horizon' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Annuler/ })).toBeTruthy();
    expect(
      screen.getByRole('status', {
        name: /^Problèmes\u00a0: \d+ erreurs?, 2 avertissements, 1 remarque$/,
      }),
    ).toBeTruthy();
  });
});
