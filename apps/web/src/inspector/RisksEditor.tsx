import { useState } from 'react';
import { RISK_LEVELS, type PlanNode, type RiskLevel } from '@isf/framework';
import type { BoardCommand } from '@isf/crdt';
import { useT } from '../i18n';
import { CommitField } from './CommitField';
import { riskLevelLabels } from './labels';

/** Risks of a node: add, edit (text, likelihood, impact, mitigation), delete. */
export function RisksEditor({
  node,
  run,
}: {
  node: PlanNode;
  run(command: BoardCommand): boolean;
}) {
  const { t } = useT();
  const riskLevel = riskLevelLabels(t);
  const [draft, setDraft] = useState('');
  const level = (v: string): RiskLevel | null => (v === '' ? null : (v as RiskLevel));
  return (
    <section className="isf-section" aria-label={t('inspector:risks.label')}>
      <h3>{t('inspector:risks.label')}</h3>
      <ul className="isf-list">
        {node.risks.map((r, i) => (
          <li key={r.id} className="isf-risk">
            <CommitField
              label={t('inspector:risks.risk', { n: i + 1 })}
              value={r.text}
              multiline
              onCommit={(text) =>
                run({ type: 'risk.update', nodeId: node.id, riskId: r.id, fields: { text } })
              }
            />
            <div className="isf-field-row">
              {(['likelihood', 'impact'] as const).map((k) => (
                <div className="isf-field" key={k}>
                  <label htmlFor={`isf-risk-${k}-${r.id}`}>
                    {k === 'likelihood'
                      ? t('inspector:risks.likelihood')
                      : t('inspector:risks.impact')}
                  </label>
                  <select
                    id={`isf-risk-${k}-${r.id}`}
                    value={r[k] ?? ''}
                    onChange={(e) =>
                      run({
                        type: 'risk.update',
                        nodeId: node.id,
                        riskId: r.id,
                        fields: { [k]: level(e.target.value) },
                      })
                    }
                  >
                    <option value="">{t('inspector:risks.unknown')}</option>
                    {RISK_LEVELS.map((l) => (
                      <option key={l} value={l}>
                        {riskLevel[l]}
                      </option>
                    ))}
                  </select>
                </div>
              ))}
            </div>
            <CommitField
              label={t('inspector:risks.mitigation')}
              value={r.mitigation}
              multiline
              onCommit={(mitigation) =>
                run({ type: 'risk.update', nodeId: node.id, riskId: r.id, fields: { mitigation } })
              }
            />
            <button
              type="button"
              aria-label={t('inspector:risks.deleteLabel', { n: i + 1 })}
              onClick={() => run({ type: 'risk.delete', nodeId: node.id, riskId: r.id })}
            >
              {t('inspector:risks.delete')}
            </button>
          </li>
        ))}
      </ul>
      <form
        className="isf-add-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (draft.trim() === '') return;
          if (run({ type: 'risk.add', nodeId: node.id, risk: { text: draft.trim() } }))
            setDraft('');
        }}
      >
        <label>
          {t('inspector:risks.new')}
          <input value={draft} onChange={(e) => setDraft(e.target.value)} />
        </label>
        <button type="submit">{t('inspector:risks.add')}</button>
      </form>
    </section>
  );
}
