import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  NODE_FIELD_ORDER,
  ACTOR_GROUPS,
  BENCHMARK_STATUSES,
  CROSS_CUTTING_TAGS,
  EDGE_KINDS,
  HORIZONS,
  NODE_KINDS,
  NODE_STATUSES,
} from '@isf/framework';
import { WORKSPACE_TABS } from '../views/BoardWorkspace';
import en from './en.json';
import fr from './fr.json';

const PLURAL = /_(zero|one|two|few|many|other)$/;
type Tree = { [key: string]: string | Tree };

/** `namespace:dotted.key` → value for every string leaf. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? (prefix.includes(':') ? `${prefix}.${key}` : `${prefix}:${key}`) : key;
    if (typeof value === 'string') out.set(full, value);
    else for (const [k, v] of leaves(value, full)) out.set(k, v);
  }
  return out;
}

/** Keys with plural suffixes folded to their base (languages have different plural forms). */
function baseKeys(map: Map<string, string>): Set<string> {
  return new Set([...map.keys()].map((k) => k.replace(PLURAL, '')));
}

/** For each plural base key, the plural categories the language needs are all present. */
function missingPluralForms(map: Map<string, string>, language: string): string[] {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const bases = new Set(
    [...map.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')),
  );
  const missing: string[] = [];
  for (const base of bases) {
    for (const c of categories) if (!map.has(`${base}_${c}`)) missing.push(`${base}_${c}`);
  }
  return missing;
}

const EN = leaves(en as Tree);
const FR = leaves(fr as Tree);

describe('translations', () => {
  it('every English key has a non-empty French translation, and vice versa', () => {
    const enBase = baseKeys(EN);
    const frBase = baseKeys(FR);
    expect([...enBase].filter((k) => !frBase.has(k))).toEqual([]);
    expect([...frBase].filter((k) => !enBase.has(k))).toEqual([]);
    expect([...FR].filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
    expect([...EN].filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
  });

  it('both languages have every plural form they need', () => {
    expect(missingPluralForms(EN, 'en')).toEqual([]);
    expect(missingPluralForms(FR, 'fr')).toEqual([]);
  });

  it('interpolations match between languages', () => {
    const vars = (s: string) => [...s.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
    const mismatched = [...EN]
      .filter(([k, v]) => FR.has(k) && vars(v).join() !== vars(FR.get(k)!).join())
      .map(([k]) => k);
    expect(mismatched).toEqual([]);
  });

  it('the namespaces are the same in both files', () => {
    expect(Object.keys(fr)).toEqual(Object.keys(en));
  });
});

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

/**
 * The literal keys a file passes to `t(…)` / `i18nKey="…"`, resolved to `namespace:key`: keys
 * without a namespace belong to the file's `useTranslation('ns')` namespace, else to `common`.
 * Keys built at run time (template literals) cannot be checked here.
 */
function usedKeys(source: string): string[] {
  const ns = /useTranslation\(\s*['"]([\w-]+)['"]/.exec(source)?.[1] ?? 'common';
  const keys: string[] = [];
  for (const m of source.matchAll(/\bt\(\s*['"]([^'"`]+)['"]/g)) keys.push(m[1]!);
  for (const m of source.matchAll(/i18nKey=["']([^'"]+)["']/g)) keys.push(m[1]!);
  return keys.map((k) => (k.includes(':') ? k : `${ns}:${k}`));
}

describe('keys used in the code', () => {
  const known = baseKeys(EN);
  const files = sourceFiles(SRC);

  it('scans the app (sanity: finds this area’s keys)', () => {
    const all = files.flatMap((f) => usedKeys(readFileSync(f, 'utf8')));
    expect(all).toContain('views:timeline.title');
    expect(usedKeys("const { t } = useTranslation('canvas'); t('toolbar.add')")).toEqual([
      'canvas:toolbar.add',
    ]);
  });

  it('every t(…) key used in src/**/*.ts(x) exists in en.json', () => {
    const missing: string[] = [];
    for (const file of files) {
      for (const key of usedKeys(readFileSync(file, 'utf8'))) {
        if (!known.has(key)) missing.push(`${path.relative(SRC, file)}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('keys built at run time', () => {
  it('exist for every value of the enums they are built from', () => {
    const known = baseKeys(EN);
    const families: [string, readonly string[]][] = [
      ['common:kind', NODE_KINDS],
      ['common:kindPlural', NODE_KINDS],
      ['common:horizon', HORIZONS],
      ['common:nodeStatus', NODE_STATUSES],
      ['common:benchmarkStatus', BENCHMARK_STATUSES],
      ['common:actorGroup', ACTOR_GROUPS],
      ['common:tag', CROSS_CUTTING_TAGS],
      ['common:role', ['lead', 'support']],
      ['common:roleMark', ['lead', 'support']],
      ['views:tabs', WORKSPACE_TABS],
      ['views:tabPurpose', WORKSPACE_TABS],
      ['versions:kind', ['manual', 'auto', 'before-restore']],
      ['versions:diff.kind', ['added', 'removed', 'changed']],
      ['versions:diff.edge', EDGE_KINDS],
      [
        'versions:diff',
        [
          'node-added',
          'node-removed',
          'benchmark-added',
          'benchmark-removed',
          'actor-added',
          'actor-removed',
        ],
      ],
      // Every node field the framework's diff can report, but those with entries of their own.
      [
        'versions:field',
        NODE_FIELD_ORDER.filter((f) => f !== 'position' && f !== 'benchmarks' && f !== 'risks'),
      ],
      ['transfer:action', ['png', 'json', 'csv', 'import', 'print']],
      ['versions:diff', NODE_KINDS.flatMap((k) => [`node-added_${k}`, `node-removed_${k}`])],
    ];
    const missing = families.flatMap(([prefix, values]) =>
      values.map((v) => `${prefix}.${v}`).filter((k) => !known.has(k)),
    );
    expect(missing).toEqual([]);
  });
});
