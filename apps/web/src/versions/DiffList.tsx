import { memo, useMemo } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Board, BoardMeta, Horizon } from '@isf/framework';
import { horizonLabel } from '../views/horizonLabel';
import type { DiffEntry } from './diffEntries';

/** Props of {@link DiffList}. */
export interface DiffListProps {
  entries: DiffEntry[];
  /** The two boards compared (names of nodes and entities, horizon labels). */
  before: Board | null;
  after: Board | null;
}

interface Names {
  node(id: string): string;
  actor(id: string | null): string;
  meta: Pick<BoardMeta, 'horizonLabels'> | null;
}

function useNames(before: Board | null, after: Board | null, t: TFunction): Names {
  return useMemo(() => {
    const nodes = new Map<string, string>();
    const actors = new Map<string, string>();
    for (const b of [before, after]) {
      for (const n of b?.nodes ?? []) nodes.set(n.id, n.title.trim() || t('views:untitled'));
      for (const a of b?.actors ?? []) actors.set(a.id, a.name);
    }
    return {
      node: (id) => nodes.get(id) ?? id,
      actor: (id) => (id === null ? t('versions:diff.nobody') : (actors.get(id) ?? id)),
      meta: after?.meta ?? before?.meta ?? null,
    };
  }, [before, after, t]);
}

function valueText(field: string, value: unknown, names: Names, t: TFunction): string {
  if (value === null || value === undefined || value === '') return t('versions:diff.empty');
  switch (field) {
    case 'horizon':
      return names.meta
        ? horizonLabel(names.meta, value as Horizon, (k) => t(k))
        : t(`common:horizon.${String(value)}`);
    case 'priority':
      return t('common:priority', { level: value });
    case 'status':
      return t(`common:nodeStatus.${String(value)}`);
    case 'kind':
      return t(`common:kind.${String(value)}`);
    case 'tags':
      return Array.isArray(value)
        ? value.map((v) => t(`common:tag.${String(v)}`)).join(', ') || t('versions:diff.empty')
        : String(value);
    default:
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

/** "old" struck through, then "new". */
function Change({ before, after }: { before: string; after: string }) {
  return (
    <>
      <del className="diff__old">{before}</del> <span aria-hidden="true">→</span>{' '}
      <ins className="diff__new">{after}</ins>
    </>
  );
}

function entryContent(e: DiffEntry, names: Names, t: TFunction): ReactNode {
  const edgeText = (edge: { kind: string; source: string; target: string }): string =>
    t(`versions:diff.edge.${edge.kind}`, {
      source: names.node(edge.source),
      target: names.node(edge.target),
    });
  switch (e.type) {
    case 'node-added':
    case 'node-removed':
      // The kind as i18next context: French agrees the participle with it.
      return t(`versions:diff.${e.type}`, {
        context: e.node.kind,
        kind: t(`common:kind.${e.node.kind}`),
        title: names.node(e.node.id),
      });
    case 'node-field':
      return (
        <>
          {t('versions:diff.field', {
            title: names.node(e.nodeId),
            field: t(`versions:field.${e.field}`),
          })}{' '}
          <Change
            before={valueText(e.field, e.before, names, t)}
            after={valueText(e.field, e.after, names, t)}
          />
        </>
      );
    case 'lead':
      return (
        <>
          {t('versions:diff.lead', { title: names.node(e.nodeId) })}{' '}
          <Change before={names.actor(e.before)} after={names.actor(e.after)} />
        </>
      );
    case 'support':
      return [
        e.added.length > 0 &&
          t('versions:diff.supportAdded', {
            title: names.node(e.nodeId),
            actors: e.added.map((a) => names.actor(a)).join(', '),
          }),
        e.removed.length > 0 &&
          t('versions:diff.supportRemoved', {
            title: names.node(e.nodeId),
            actors: e.removed.map((a) => names.actor(a)).join(', '),
          }),
      ]
        .filter(Boolean)
        .join(' ');
    case 'moved':
      return t('versions:diff.moved', { title: names.node(e.nodeId) });
    case 'benchmark-added':
    case 'benchmark-removed':
      return t(`versions:diff.${e.type}`, { title: names.node(e.nodeId), text: e.benchmark.text });
    case 'benchmark-status':
      return (
        <>
          {t('versions:diff.benchmarkStatus', { title: names.node(e.nodeId) })}{' '}
          <Change
            before={t(`common:benchmarkStatus.${String(e.before)}`)}
            after={t(`common:benchmarkStatus.${String(e.after)}`)}
          />
          {e.reviewer && <> {t('versions:diff.reviewedBy', { name: e.reviewer })}</>}
        </>
      );
    case 'benchmark-field':
      return (
        <>
          {t('versions:diff.benchmarkField', { title: names.node(e.nodeId), field: e.field })}{' '}
          <Change
            before={valueText(e.field, e.before, names, t)}
            after={valueText(e.field, e.after, names, t)}
          />
        </>
      );
    case 'risks':
      return t('versions:diff.risks', { title: names.node(e.nodeId), count: e.count });
    case 'edge-added':
      return t('versions:diff.edgeAdded', { edge: edgeText(e.edge) });
    case 'edge-removed':
      return t('versions:diff.edgeRemoved', { edge: edgeText(e.edge) });
    case 'edge-changed':
      return (
        <>
          {t('versions:diff.edgeChanged', { edge: edgeText(e.edge), field: e.field })}{' '}
          <Change
            before={valueText(e.field, e.before, names, t)}
            after={valueText(e.field, e.after, names, t)}
          />
        </>
      );
    case 'actor-added':
    case 'actor-removed':
      return t(`versions:diff.${e.type}`, { name: e.actor.name });
    case 'actor-changed':
      return (
        <>
          {t('versions:diff.actorChanged', { name: names.actor(e.actorId), field: e.field })}{' '}
          <Change
            before={valueText(e.field, e.before, names, t)}
            after={valueText(e.field, e.after, names, t)}
          />
        </>
      );
    case 'meta':
      return (
        <>
          {t('versions:diff.meta', { field: e.field })}{' '}
          <Change
            before={valueText(e.field, e.before, names, t)}
            after={valueText(e.field, e.after, names, t)}
          />
        </>
      );
  }
}

const ICON: Partial<Record<DiffEntry['type'], string>> = {
  'node-added': '+',
  'edge-added': '+',
  'actor-added': '+',
  'benchmark-added': '+',
  'node-removed': '−',
  'edge-removed': '−',
  'actor-removed': '−',
  'benchmark-removed': '−',
};

/** The list of changes between two versions, one sentence each, removals first. */
export const DiffList = memo(function DiffList({ entries, before, after }: DiffListProps) {
  const { t } = useTranslation();
  const names = useNames(before, after, t);
  if (entries.length === 0) return <p className="diff__none">{t('versions:diff.none')}</p>;
  return (
    <ul className="diff__list" aria-label={t('versions:diff.listLabel')}>
      {entries.map((e, i) => {
        const kind = e.type.endsWith('added')
          ? 'added'
          : e.type.endsWith('removed')
            ? 'removed'
            : 'changed';
        return (
          <li key={i} className={`diff__entry diff__entry--${kind}`} data-change={e.type}>
            <span className="diff__icon" aria-hidden="true">
              {ICON[e.type] ?? '~'}
            </span>
            <span className="visually-hidden">{t(`versions:diff.kind.${kind}`)}: </span>
            {entryContent(e, names, t)}
          </li>
        );
      })}
    </ul>
  );
});
