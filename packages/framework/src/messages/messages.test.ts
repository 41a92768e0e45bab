import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeBoard } from '../analysis/analyzeBoard';
import { boardArb } from '../analysis/testArbitraries';
import { validateConnection } from '../analysis/validateConnection';
import { EDGE_KINDS } from '../schema/index';
import { ImportError } from '../io/ImportError';
import { importCsv } from '../io/importCsv';
import { importJson } from '../io/json';
import {
  catalogueCodes,
  catalogueTranslator,
  interpolate,
  renderMessage,
  type DomainMessage,
} from './DomainMessage';
import { FRAMEWORK_MESSAGES_EN, formatMessage } from './messagesEn';

const CODES = new Set(catalogueCodes(FRAMEWORK_MESSAGES_EN));

/** The code and every nested part code of a message are in the catalogue. */
function unknownCodes(m: DomainMessage): string[] {
  const parts = Object.values(m.params).flatMap((v) => (Array.isArray(v) ? v : []));
  return [m.code, ...parts.map((p) => p.code)].filter((c) => !CODES.has(c));
}

describe('message catalogue', () => {
  it('renders i18next-style templates: params, plural keys by count, nested parts', () => {
    expect(interpolate('{{a}} and {{ b }} and {{c}}', { a: 1, b: 'x' })).toBe('1 and x and {{c}}');
    const t = catalogueTranslator({
      k_zero: 'none',
      k_one: '{{count}} item',
      k_other: '{{count}} items',
      w: '<{{x}}>',
      list: 'got {{parts}}',
    });
    expect([0, 1, 2].map((count) => t('k', { count }))).toEqual(['none', '1 item', '2 items']);
    expect(t('missing', {})).toBe('missing');
    const nested = {
      code: 'list',
      params: {
        parts: [
          { code: 'w', params: { x: 1 } },
          { code: 'w', params: { x: 2 } },
        ],
      },
    };
    expect(renderMessage(nested, t)).toBe('got <1>, <2>');
  });

  it('codes are leaves: no code is a prefix of another (i18next nests them by the dots)', () => {
    const codes = [...CODES];
    expect(codes.filter((c) => codes.some((d) => d.startsWith(`${c}.`)))).toEqual([]);
  });

  it('every finding of any board has a known code, and its message is the English of code + params', () => {
    fc.assert(
      fc.property(boardArb, (board) => {
        for (const f of analyzeBoard(board, { now: '2026-06-30' })) {
          expect(unknownCodes(f)).toEqual([]);
          expect(f.code.startsWith(`finding.${f.rule}.`)).toBe(true);
          expect(f.message).toBe(formatMessage(f));
        }
      }),
    );
  });

  it('every connection refusal has a known code and its message is the English of code + params', () => {
    fc.assert(
      fc.property(
        boardArb,
        fc.constantFrom(...EDGE_KINDS),
        fc.nat(9),
        fc.nat(9),
        (board, kind, i, j) => {
          const ids = [...board.nodes.map((n) => n.id), 'gone'];
          const source = ids[i % ids.length] as string;
          const target = ids[j % ids.length] as string;
          const check = validateConnection(board, { kind, source, target });
          if (check.ok) return;
          expect(unknownCodes(check)).toEqual([]);
          expect(check.code.startsWith(`connection.${check.reason}.`)).toBe(true);
          expect(check.message).toBe(formatMessage(check));
        },
      ),
    );
  });

  it('import issues carry a known code and params', () => {
    const issues = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        if (e instanceof ImportError) return e.issues;
        throw e;
      }
      return [];
    };
    const all = [
      ...issues(() => importJson('{')),
      ...issues(() => importJson('{"format":"x"}')),
      ...issues(() => importJson('{"format":"isf-board","schemaVersion":99,"board":{}}')),
      ...issues(() => importCsv('objective,bogus\n')),
      ...issues(() => importCsv('objective,output,activity,priority,benchmarks\nO,P,A,9,soon|x\n')),
      ...issues(() => importCsv('"unterminated')),
    ];
    expect(all.length).toBeGreaterThan(5);
    for (const issue of all) {
      expect(unknownCodes(issue)).toEqual([]);
      expect(issue.message).toBe(formatMessage(issue));
    }
    expect(all.map((i) => i.code)).toEqual(
      expect.arrayContaining([
        'import.json.syntax',
        'import.json.format',
        'import.json.version-newer',
        'import.csv.unknown-column',
        'import.csv.unterminated',
      ]),
    );
  });
});
