import { act } from 'react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LANGUAGE_STORAGE_KEY, changeLanguage, i18next } from '../i18n/i18n';
import en from '../i18n/en.json';
import fr from '../i18n/fr.json';
import { saveBoardToken } from '../app/tokenStore';
import { HomePage } from './HomePage';

type Tree = { [key: string]: string | Tree };

/** Every string of a namespace subtree. */
function strings(tree: Tree): string[] {
  return Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : strings(v)));
}

/** The English strings of these namespaces that French says differently (the leftovers to find). */
function englishOnly(...namespaces: ('home' | 'app')[]): string[] {
  const french = new Set(namespaces.flatMap((ns) => strings(fr[ns] as Tree)));
  return namespaces
    .flatMap((ns) => strings(en[ns] as Tree))
    .filter((s) => !s.includes('{{') && !french.has(s));
}

/** Everything the page says: text nodes and the attributes people and screen readers meet. */
function shownTexts(root: HTMLElement): Set<string> {
  const out = new Set<string>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.textContent?.trim();
    if (text) out.add(text);
  }
  for (const el of root.querySelectorAll('*')) {
    for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
      const value = el.getAttribute(attr);
      if (value) out.add(value.trim());
    }
  }
  return out;
}

const realFetch = globalThis.fetch;

beforeEach(() => {
  localStorage.clear();
  changeLanguage('fr');
});
afterEach(() => {
  cleanup();
  globalThis.fetch = realFetch;
});
afterAll(() => changeLanguage('en'));

describe('<HomePage> in French', () => {
  it('shows the create form, the list and the link form in French, with no English left', () => {
    render(<HomePage />);
    expect(screen.getByRole('heading', { name: 'Créer un tableau' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Créer le tableau' })).toBeTruthy();
    expect(screen.getByLabelText('Titre du tableau')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Vos tableaux' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ouvrir' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Create board' })).toBeNull();
    expect(screen.queryByText('Your boards')).toBeNull();

    // The study's framework: the picker's own words are French (the catalog's titles are content).
    act(() => fireEvent.click(screen.getByLabelText('Le cadre générique de l’étude')));
    expect(screen.getByRole('group', { name: 'Objectifs et produits à inclure' })).toBeTruthy();
    expect(screen.getAllByText(/^\(\d+ activités?\)$/).length).toBeGreaterThan(0);

    const shown = shownTexts(document.body);
    expect(englishOnly('home', 'app').filter((s) => shown.has(s))).toEqual([]);
    expect([...shown].filter((s) => /^\(\d+ activit(y|ies)\)$/.test(s))).toEqual([]);
  });

  it('words errors in French (a link that is not one; the server out of reach)', async () => {
    saveBoardToken('b1', 'tok', 'Atelier');
    globalThis.fetch = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    render(<HomePage />);
    expect(
      await screen.findByText(/^Impossible d’actualiser la liste\s: Le serveur est injoignable/),
    ).toBeTruthy();
    expect(
      screen.getByRole('button', { name: /^Oublier «\sAtelier\s» dans ce navigateur$/ }),
    ).toBeTruthy();
    act(() => {
      fireEvent.change(screen.getByLabelText('Lien du tableau'), { target: { value: 'nope' } });
      fireEvent.click(screen.getByRole('button', { name: 'Ouvrir' }));
    });
    expect(screen.getByRole('alert').textContent).toMatch(/^Ce n’est pas un lien de tableau/);
  });

  it('switches to English from the header and remembers it', () => {
    render(<HomePage />);
    const banner = screen.getByRole('banner');
    const select = banner.querySelector('select');
    expect(select?.value).toBe('fr');
    act(() => {
      fireEvent.change(select!, { target: { value: 'en' } });
    });
    expect(screen.getByRole('button', { name: 'Create board' })).toBeTruthy();
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(i18next.language).toBe('en');
  });
});
