import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCsv, formatCsvField, parseCsv } from './csvCodec';
import { formatMessage } from '../messages/messagesEn';
import { decodeBenchmarks, encodeBenchmarks, splitParts } from './csvCells';
import { ImportError } from './ImportError';
import { textArb } from './arbitraries';

describe('RFC 4180 codec', () => {
  it('quotes only when needed, doubling quotes', () => {
    expect(formatCsvField('plain')).toBe('plain');
    expect(formatCsvField('a,b')).toBe('"a,b"');
    expect(formatCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(formatCsvField('two\nlines')).toBe('"two\nlines"');
    expect(
      formatCsv([
        ['a', 'b,c'],
        ['', '"'],
      ]),
    ).toBe('a,"b,c"\r\n,""""\r\n');
  });

  it('parses quotes, embedded line breaks, CRLF/LF/CR and a BOM', () => {
    expect(parseCsv('\uFEFFa,"b,c",d\r\n"x\r\ny","say ""hi""",\n1\r2')).toEqual([
      ['a', 'b,c', 'd'],
      ['x\r\ny', 'say "hi"', ''],
      ['1'],
      ['2'],
    ]);
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('a\r\n')).toEqual([['a']]);
    expect(parseCsv('a\r\n\r\nb')).toEqual([['a'], [''], ['b']]);
    expect(parseCsv('""')).toEqual([['']]);
  });

  it('reports malformed quoting as ImportError with the row', () => {
    expect(() => parseCsv('a\n"unterminated')).toThrow(ImportError);
    try {
      parseCsv('a,b\nc,d"e');
    } catch (e) {
      expect((e as ImportError).issues[0]).toMatchObject({ row: 2 });
    }
    expect(() => parseCsv('"a"b')).toThrow(/after a closing quote/);
  });

  it('format → parse is the identity', () => {
    const record = fc.array(textArb(), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 6 }), (records) => {
        expect(parseCsv(formatCsv(records))).toEqual(records);
      }),
      { numRuns: 500 },
    );
  });
});

describe('structured cells', () => {
  it('splits parts on unescaped pipes, with optional spaces', () => {
    expect(splitParts('short | on-track | a \\| b')).toEqual(['short', 'on-track', 'a | b']);
    expect(splitParts('x|y')).toEqual(['x', 'y']);
    expect(splitParts('a\\nb \\\\ c\\')).toEqual(['a\nb \\ c\\']);
  });

  it('benchmarks survive encode → decode, review fields included', () => {
    const bm = fc.record({
      id: fc.constant('x'),
      horizon: fc.constantFrom('short', 'mid', 'long') as fc.Arbitrary<'short' | 'mid' | 'long'>,
      status: fc.constantFrom('not-started', 'on-track', 'at-risk', 'achieved') as fc.Arbitrary<
        'not-started' | 'on-track' | 'at-risk' | 'achieved'
      >,
      text: textArb(),
      lastReviewed: fc.option(fc.constant('2026-03-31'), { nil: null }),
      reviewedBy: fc.option(
        textArb(10).filter((s) => s !== ''),
        { nil: null },
      ),
      evidence: textArb(),
    });
    fc.assert(
      fc.property(fc.array(bm, { maxLength: 5 }), (list) => {
        const decoded = decodeBenchmarks(encodeBenchmarks(list), 'n');
        expect(decoded.ok).toBe(true);
        if (!decoded.ok) return;
        expect(decoded.value.map(({ id: _id, ...b }) => b)).toEqual(
          list.map(({ id: _id, ...b }) => b),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('names what is wrong in a benchmark line', () => {
    const d = decodeBenchmarks(
      'soon | on-track | x\nshort | maybe | y\nmid | achieved | z | 31/12/2026',
      'n',
    );
    expect(d.ok).toBe(false);
    if (d.ok) return;
    expect(d.messages.map(formatMessage)).toEqual([
      expect.stringMatching(/^benchmark 1: horizon/),
      expect.stringMatching(/^benchmark 2: status/),
      expect.stringMatching(/^benchmark 3: last reviewed/),
    ]);
    expect(d.messages.map((m) => [m.code, m.params['n']])).toEqual([
      ['import.csv.benchmark-horizon', 1],
      ['import.csv.benchmark-status', 2],
      ['import.csv.benchmark-date', 3],
    ]);
  });
});
