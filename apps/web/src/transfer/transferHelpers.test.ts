import { describe, expect, it } from 'vitest';
import { formatDate } from '../stocktake/BenchmarkCell';
import { fileSlug } from './downloadFile';
import { importFormat } from './transferApi';

describe('transfer helpers', () => {
  it('picks the import format by file name, then type', () => {
    expect(importFormat({ name: 'Plan.JSON', type: '' })).toBe('json');
    expect(importFormat({ name: 'plan.csv', type: 'application/vnd.ms-excel' })).toBe('csv');
    expect(importFormat({ name: 'plan', type: 'text/csv' })).toBe('csv');
    expect(importFormat({ name: 'plan.xlsx', type: '' })).toBeNull();
  });

  it('makes ASCII file names from board titles', () => {
    expect(fileSlug('Stratégie intégrée — Soudan du Sud')).toBe('strategie-integree-soudan-du-sud');
    expect(fileSlug('  ')).toBe('board');
  });

  it('formats review dates in the reader’s language, leaving bad ones as they are', () => {
    expect(formatDate('2026-11-27', 'en')).toBe('Nov 27, 2026');
    expect(formatDate('2026-11-27', 'fr')).toBe('27 nov. 2026');
    expect(formatDate('not a date', 'en')).toBe('not a date');
  });
});
