import { describe, expect, it } from 'vitest';
import type { Finding } from '@isf/framework';
import { i18next } from '../i18n';
import { countFindings, describeCounts, groupFindings } from './groupFindings';

const f = (
  rule: Finding['rule'],
  severity: Finding['severity'],
  nodeIds: string[] = [],
): Finding => ({
  rule,
  severity,
  code: `finding.${rule}.test`,
  params: {},
  message: `${rule} message`,
  nodeIds,
  edgeIds: [],
});

describe('groupFindings', () => {
  it('groups by severity keeping order', () => {
    const list = [
      f('NO-LEAD', 'warning', ['a']),
      f('SEQ-CYCLE', 'error', ['b']),
      f('ORPHAN', 'info', ['c']),
      f('OVERLOAD', 'warning', ['d']),
    ];
    const groups = groupFindings(list);
    expect(groups.error.map((x) => x.rule)).toEqual(['SEQ-CYCLE']);
    expect(groups.warning.map((x) => x.rule)).toEqual(['NO-LEAD', 'OVERLOAD']);
    expect(groups.info.map((x) => x.rule)).toEqual(['ORPHAN']);
    expect(countFindings(list)).toEqual({ error: 1, warning: 2, info: 1 });
    expect(describeCounts(countFindings(list), i18next.t)).toBe('1 error, 2 warnings, 1 note');
    expect(describeCounts(countFindings([]), i18next.t)).toBe('0 errors, 0 warnings, 0 notes');
  });
});
