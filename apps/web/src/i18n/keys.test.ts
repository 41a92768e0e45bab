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
  FRAMEWORK_MESSAGES_EN,
  catalogueCodes,
} from '@isf/framework';
import { COMMAND_MESSAGES_EN } from '@isf/crdt';
import { KNOWN_ERROR_CODES } from '../api/apiClient';
import { WORKSPACE_TABS } from '../views/BoardWorkspace';
import en from './en.json';
import fr from './fr.json';
import { RESOURCES } from './resources';

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

// English = en.json + the framework's and crdt's message catalogues (as the app loads them).
const EN = leaves(RESOURCES.en as Tree);
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
      ['app:error.code', KNOWN_ERROR_CODES],
      ['versions:diff', NODE_KINDS.flatMap((k) => [`node-added_${k}`, `node-removed_${k}`])],
    ];
    const missing = families.flatMap(([prefix, values]) =>
      values.map((v) => `${prefix}.${v}`).filter((k) => !known.has(k)),
    );
    expect(missing).toEqual([]);
  });
});

describe('domain messages (findings, refusals, import issues)', () => {
  const codes = [
    ...catalogueCodes(FRAMEWORK_MESSAGES_EN),
    ...catalogueCodes(COMMAND_MESSAGES_EN),
  ].map((code) => `problems:${code}`);

  it('enumerates the codes of the framework and crdt catalogues', () => {
    expect(codes).toContain('problems:finding.NO-LEAD.activity');
    expect(codes).toContain('problems:connection.cycle.sequence-chain');
    expect(codes).toContain('problems:import.csv.missing-column');
    expect(codes).toContain('problems:command.node.not-found');
    expect(en.problems).not.toHaveProperty('finding'); // English comes from the catalogues only
  });

  it('every code has an English and a French text, with every plural form', () => {
    const frBase = baseKeys(FR);
    const enBase = baseKeys(EN);
    expect(codes.filter((c) => !enBase.has(c))).toEqual([]);
    expect(codes.filter((c) => !frBase.has(c))).toEqual([]);
    const plural = (map: Map<string, string>) =>
      [...map.keys()].filter((k) => k.startsWith('problems:') && PLURAL.test(k));
    // A code with plural forms in English has them in French too (and the other way round).
    const enPlural = new Set(plural(EN).map((k) => k.replace(PLURAL, '')));
    const frPlural = new Set(plural(FR).map((k) => k.replace(PLURAL, '')));
    expect([...enPlural].filter((k) => !frPlural.has(k))).toEqual([]);
    expect([...frPlural].filter((k) => !enPlural.has(k))).toEqual([]);
  });

  it('the French texts use the same params as the English templates', () => {
    const vars = (s: string) =>
      [...new Set([...s.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]))].sort();
    const base = (k: string) => k.replace(PLURAL, '');
    const enVars = new Map<string, string>();
    for (const [k, v] of EN)
      if (k.startsWith('problems:'))
        enVars.set(
          base(k),
          vars(v)
            .filter((x) => x !== 'count')
            .join(),
        );
    const mismatched = [...FR]
      .filter(([k]) => k.startsWith('problems:') && enVars.has(base(k)))
      .filter(
        ([k, v]) =>
          vars(v)
            .filter((x) => x !== 'count')
            .join() !== enVars.get(base(k)),
      )
      .map(([k]) => k);
    expect(mismatched).toEqual([]);
  });
});
