import { afterEach, describe, expect, it } from 'vitest';
import { analyzeBoard, createNode, validateConnection, createEdge } from '@isf/framework';
import { i18next } from './i18n';
import { messageText as translated } from './messageText';

/** The text with no-break spaces (French typography) read as spaces. */
const messageText = (...args: Parameters<typeof translated>) =>
  translated(...args).replace(/\u00a0/g, ' ');

const act = (id: string, title: string, extra: Partial<Parameters<typeof createNode>[0]> = {}) =>
  createNode({ id, kind: 'activity', title, lead: null, ...extra });

afterEach(() => void i18next.changeLanguage('en'));

describe('messageText', () => {
  const board = {
    nodes: [act('a', 'Train police', { horizon: 'long' }), act('b', 'Deploy teams')],
    edges: [
      createEdge({ id: 's1', kind: 'sequence', source: 'a', target: 'b' }),
      createEdge({ id: 's2', kind: 'sequence', source: 'b', target: 'a' }),
    ],
  };
  const findings = analyzeBoard(board, { rules: ['NO-LEAD', 'SEQ-CYCLE', 'HORIZON-INVERSION'] });

  it('in English is the framework message itself', async () => {
    await i18next.changeLanguage('en');
    for (const f of findings) expect(messageText(f)).toBe(f.message);
  });

  it('in French translates with the titles, counts and default horizon labels', async () => {
    await i18next.changeLanguage('fr');
    const text = (rule: string) => messageText(findings.find((f) => f.rule === rule)!);
    expect(text('NO-LEAD')).toBe(
      '« Train police » n’a pas de chef de file : convenez de l’entité responsable de cette activité.',
    );
    expect(text('SEQ-CYCLE')).toBe(
      'Boucle de séquençage : « Train police » → « Deploy teams » → « Train police ». Aucun de ces éléments ne peut commencer, puisque chacun attend que le précédent soit terminé.',
    );
    expect(text('HORIZON-INVERSION')).toContain('(Long terme)');
  });

  it('translates nested parts (node kinds) of a connection refusal', async () => {
    await i18next.changeLanguage('fr');
    const check = validateConnection(
      { nodes: [act('a', 'A'), createNode({ id: 'j', kind: 'objective', title: 'J' })], edges: [] },
      { kind: 'contributes', source: 'a', target: 'j' },
    );
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(messageText(check)).toBe(
      '« A » (activité) ne peut pas contribuer à « J » (objectif) : une activité contribue à un produit, et un produit à un objectif.',
    );
  });

  it('falls back to the message for a missing or unknown code', async () => {
    await i18next.changeLanguage('fr');
    expect(messageText({ message: 'Server said no' })).toBe('Server said no');
    expect(messageText({ code: 'server.unknown', params: {}, message: 'Nope' })).toBe('Nope');
  });
});
