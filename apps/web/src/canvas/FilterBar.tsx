import { memo } from 'react';
import {
  CROSS_CUTTING_TAGS,
  HORIZONS,
  type Actor,
  type CrossCuttingTag,
  type Horizon,
  type PlanNode,
} from '@isf/framework';
import { useT } from '../i18n';
import { titleOrUntitled } from './edgeText';
import { EMPTY_FILTER, isFilterActive, type BoardFilter } from './filters';

/** Props of {@link FilterBar}. */
export interface FilterBarProps {
  filter: BoardFilter;
  onChange(filter: BoardFilter): void;
  objectives: readonly PlanNode[];
  actors: readonly Actor[];
  horizonLabels: Record<Horizon, string>;
  /** Number of matching nodes (null when no filter is active). */
  matchCount: number | null;
}

/** Search box and filters (objective, entity, horizon, cross-cutting tag; dim or hide the rest). */
export const FilterBar = memo(function FilterBar({
  filter,
  onChange,
  objectives,
  actors,
  horizonLabels,
  matchCount,
}: FilterBarProps) {
  const { t } = useT();
  const set = (patch: Partial<BoardFilter>): void => onChange({ ...filter, ...patch });
  return (
    <div role="search" className="isf-filters" aria-label={t('canvas:filters.label')}>
      <input
        type="search"
        aria-label={t('canvas:filters.search')}
        placeholder={t('canvas:filters.searchPlaceholder')}
        value={filter.query}
        onChange={(e) => set({ query: e.target.value })}
      />
      <label>
        {t('canvas:filters.objective')}
        <select
          aria-label={t('canvas:filters.byObjective')}
          value={filter.objectiveId ?? ''}
          onChange={(e) => set({ objectiveId: e.target.value === '' ? null : e.target.value })}
        >
          <option value="">{t('canvas:filters.all')}</option>
          {objectives.map((o) => (
            <option key={o.id} value={o.id}>
              {titleOrUntitled(t, o.title)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('canvas:filters.entity')}
        <select
          aria-label={t('canvas:filters.byEntity')}
          value={filter.actorId ?? ''}
          onChange={(e) => set({ actorId: e.target.value === '' ? null : e.target.value })}
        >
          <option value="">{t('canvas:filters.all')}</option>
          {actors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.abbrev ? `${a.abbrev} — ${a.name}` : a.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('canvas:filters.horizon')}
        <select
          aria-label={t('canvas:filters.byHorizon')}
          value={filter.horizon ?? ''}
          onChange={(e) =>
            set({ horizon: e.target.value === '' ? null : (e.target.value as Horizon) })
          }
        >
          <option value="">{t('canvas:filters.all')}</option>
          {HORIZONS.map((h) => (
            <option key={h} value={h}>
              {horizonLabels[h]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('canvas:filters.tag')}
        <select
          aria-label={t('canvas:filters.byTag')}
          value={filter.tag ?? ''}
          onChange={(e) =>
            set({ tag: e.target.value === '' ? null : (e.target.value as CrossCuttingTag) })
          }
        >
          <option value="">{t('canvas:filters.all')}</option>
          {CROSS_CUTTING_TAGS.map((tag) => (
            <option key={tag} value={tag}>
              {t(`common:tag.${tag}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input
          type="checkbox"
          checked={filter.mode === 'hide'}
          onChange={(e) => set({ mode: e.target.checked ? 'hide' : 'dim' })}
        />
        {t('canvas:filters.hide')}
      </label>
      {isFilterActive(filter) && (
        <>
          <span role="status" className="isf-filters__count">
            {t('canvas:filters.matching', { count: matchCount ?? 0 })}
          </span>
          <button type="button" onClick={() => onChange({ ...EMPTY_FILTER, mode: filter.mode })}>
            {t('canvas:filters.clear')}
          </button>
        </>
      )}
    </div>
  );
});
