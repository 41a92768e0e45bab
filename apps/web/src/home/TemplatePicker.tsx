import { memo, useCallback, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { StudyCatalog } from '@isf/framework';

interface TemplatePickerProps {
  catalog: StudyCatalog;
  selected: ReadonlySet<string>;
  onChange(selected: Set<string>): void;
}

interface ObjectiveBoxProps {
  checked: boolean;
  indeterminate: boolean;
  label: string;
  controls: string;
  onToggle(): void;
}

/** An objective's checkbox: checked when all its outputs are, mixed when some are. */
const ObjectiveBox = memo(function ObjectiveBox({
  checked,
  indeterminate,
  label,
  controls,
  onToggle,
}: ObjectiveBoxProps) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return (
    <label className="picker__objective">
      <input
        ref={ref}
        type="checkbox"
        checked={checked}
        aria-checked={indeterminate ? 'mixed' : checked}
        aria-controls={controls}
        onChange={onToggle}
      />
      <span>{label}</span>
    </label>
  );
});

/**
 * The study's objectives with their outputs as a checkbox tree (keyboard accessible: Tab between
 * boxes, Space toggles). Checking an objective selects all its outputs.
 */
export const TemplatePicker = memo(function TemplatePicker({
  catalog,
  selected,
  onChange,
}: TemplatePickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const toggleOutput = useCallback(
    (outputId: string) => {
      const next = new Set(selected);
      if (next.has(outputId)) next.delete(outputId);
      else next.add(outputId);
      onChange(next);
    },
    [selected, onChange],
  );
  const toggleObjective = useCallback(
    (outputIds: string[]) => {
      const next = new Set(selected);
      const all = outputIds.every((o) => next.has(o));
      for (const o of outputIds) {
        if (all) next.delete(o);
        else next.add(o);
      }
      onChange(next);
    },
    [selected, onChange],
  );
  return (
    <fieldset className="picker">
      <legend>{t('home:picker.legend')}</legend>
      <ul className="picker__tree">
        {catalog.objectives.map((objective, i) => {
          const ids = objective.outputs.map((o) => o.id);
          const count = ids.filter((o) => selected.has(o)).length;
          const listId = `${id}-obj-${i}`;
          return (
            <li key={objective.id}>
              <ObjectiveBox
                checked={count === ids.length && ids.length > 0}
                indeterminate={count > 0 && count < ids.length}
                label={objective.title}
                controls={listId}
                onToggle={() => toggleObjective(ids)}
              />
              <ul
                id={listId}
                className="picker__outputs"
                aria-label={t('home:picker.outputsOf', { objective: objective.title })}
              >
                {objective.outputs.map((output) => (
                  <li key={output.id}>
                    <label>
                      <input
                        type="checkbox"
                        checked={selected.has(output.id)}
                        onChange={() => toggleOutput(output.id)}
                      />
                      <span>
                        {output.title}{' '}
                        <span className="muted">
                          {t('home:picker.activities', { count: output.activityCount })}
                        </span>
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
});
