import { act } from 'react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeTestSession, makeTestStore } from '../canvas/testSupport';
import { changeLanguage } from '../i18n/i18n';
import { BoardSessionContext } from '../session/BoardSessionContext';
import { BoardTopBar } from './BoardTopBar';
import { JoinDialog } from './JoinDialog';

beforeEach(() => {
  changeLanguage('fr');
  // happy-dom's <dialog> may lack showModal.
  HTMLDialogElement.prototype.showModal ??= vi.fn(function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  });
});
afterEach(cleanup);
afterAll(() => changeLanguage('en'));

describe('board chrome in French', () => {
  it('top bar: read-only badge, avatars and status', () => {
    const session = makeTestSession(makeTestStore(), { readOnly: true, name: 'Amina Diallo' });
    render(
      <BoardSessionContext.Provider value={session}>
        <BoardTopBar
          session={session}
          self={session.self}
          title=""
          actors={[]}
          token="t"
          onEditSelf={() => undefined}
        />
      </BoardSessionContext.Provider>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Tableau sans titre');
    expect(screen.getByText('Lecture seule')).toBeTruthy();
    expect(screen.getByRole('list', { name: '1 personne sur ce tableau' })).toBeTruthy();
    expect(
      screen.getByRole('button', { name: /^Vous\s: Amina Diallo, lecteur\. Modifier/ }),
    ).toBeTruthy();
    const status = screen.getByRole('status', { name: 'État de la synchronisation' });
    expect(status.textContent).toContain('En ligne');
    expect(screen.queryByText(/Online|Read-only|Untitled/)).toBeNull();
  });

  it('join dialog: labels, entity groups and the missing-name error', () => {
    const onJoin = vi.fn();
    render(
      <JoinDialog
        initialName=""
        initialEntity={null}
        actors={[{ id: 'undp', name: 'UNDP', abbrev: null, group: 'country-team' }]}
        onJoin={onJoin}
      />,
    );
    expect(screen.getByText('Rejoindre le tableau', { selector: 'h2' })).toBeTruthy();
    expect(screen.getByLabelText('Votre nom')).toBeTruthy();
    expect(screen.getByLabelText('Entité que vous représentez')).toBeTruthy();
    expect(document.querySelector('optgroup')?.getAttribute('label')).toBe(
      'Équipe de pays des Nations Unies',
    );
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Rejoindre le tableau' })));
    expect(screen.getByRole('alert').textContent).toBe('Indiquez le nom que les autres verront.');
    expect(onJoin).not.toHaveBeenCalled();
  });
});
