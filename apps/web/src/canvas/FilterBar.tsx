import { memo } from 'react';
import {
  CROSS_CUTTING_TAGS,
  HORIZONS,
  type Actor,
  type CrossCuttingTag,
  type Horizon,
  type PlanNode,
} from '@isf/framework';
import { TAG_LABEL } from './tagLabels';
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
  const set = (patch: Partial<BoardFilter>): void => onChange({ ...filter, ...patch });
  return (
    <div role="search" className="isf-filters" aria-label="Search and filters">
      <input
        type="search"
        aria-label="Search"
        placeholder="Search titles…"
        value={filter.query}
        onChange={(e) => set({ query: e.target.value })}
      />
      <label>
        Objective
        <select
          aria-label="Filter by objective"
          value={filter.objectiveId ?? ''}
          onChange={(e) => set({ objectiveId: e.target.value === '' ? null : e.target.value })}
        >
          <option value="">All</option>
          {objectives.map((o) => (
            <option key={o.id} value={o.id}>
              {o.title.trim() === '' ? 'Untitled' : o.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        Entity
        <select
          aria-label="Filter by entity"
          value={filter.actorId ?? ''}
          onChange={(e) => set({ actorId: e.target.value === '' ? null : e.target.value })}
        >
          <option value="">All</option>
          {actors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.abbrev ? `${a.abbrev} — ${a.name}` : a.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Horizon
        <select
          aria-label="Filter by horizon"
          value={filter.horizon ?? ''}
          onChange={(e) =>
            set({ horizon: e.target.value === '' ? null : (e.target.value as Horizon) })
          }
        >
          <option value="">All</option>
          {HORIZONS.map((h) => (
            <option key={h} value={h}>
              {horizonLabels[h]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Tag
        <select
          aria-label="Filter by tag"
          value={filter.tag ?? ''}
          onChange={(e) =>
            set({ tag: e.target.value === '' ? null : (e.target.value as CrossCuttingTag) })
          }
        >
          <option value="">All</option>
          {CROSS_CUTTING_TAGS.map((t) => (
            <option key={t} value={t}>
              {TAG_LABEL[t]}
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
        Hide non-matching
      </label>
      {isFilterActive(filter) && (
        <>
          <span role="status" className="isf-filters__count">
            {matchCount ?? 0} matching
          </span>
          <button type="button" onClick={() => onChange({ ...EMPTY_FILTER, mode: filter.mode })}>
            Clear filters
          </button>
        </>
      )}
    </div>
  );
});
