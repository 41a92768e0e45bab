import { useState } from 'react';
import { RISK_LEVELS, type PlanNode, type RiskLevel } from '@isf/framework';
import type { BoardCommand } from '@isf/crdt';
import { CommitField } from './CommitField';
import { RISK_LEVEL_LABEL } from './labels';

/** Risks of a node: add, edit (text, likelihood, impact, mitigation), delete. */
export function RisksEditor({
  node,
  run,
}: {
  node: PlanNode;
  run(command: BoardCommand): boolean;
}) {
  const [draft, setDraft] = useState('');
  const level = (v: string): RiskLevel | null => (v === '' ? null : (v as RiskLevel));
  return (
    <section className="isf-section" aria-label="Risks">
      <h3>Risks</h3>
      <ul className="isf-list">
        {node.risks.map((r, i) => (
          <li key={r.id} className="isf-risk">
            <CommitField
              label={`Risk ${i + 1}`}
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
                    {k === 'likelihood' ? 'Likelihood' : 'Impact'}
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
                    <option value="">Unknown</option>
                    {RISK_LEVELS.map((l) => (
                      <option key={l} value={l}>
                        {RISK_LEVEL_LABEL[l]}
                      </option>
                    ))}
                  </select>
                </div>
              ))}
            </div>
            <CommitField
              label="Mitigation"
              value={r.mitigation}
              multiline
              onCommit={(mitigation) =>
                run({ type: 'risk.update', nodeId: node.id, riskId: r.id, fields: { mitigation } })
              }
            />
            <button
              type="button"
              aria-label={`Delete risk ${i + 1}`}
              onClick={() => run({ type: 'risk.delete', nodeId: node.id, riskId: r.id })}
            >
              Delete
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
          New risk
          <input value={draft} onChange={(e) => setDraft(e.target.value)} />
        </label>
        <button type="submit">Add risk</button>
      </form>
    </section>
  );
}
