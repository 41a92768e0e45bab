import { memo, useCallback, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '../i18n';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import type { BoardSession } from '../session/BoardSession';
import { StocktakeView } from '../stocktake/StocktakeView';
import { TransferMenu } from '../transfer/TransferMenu';
import { VersionsPanel } from '../versions/VersionsPanel';
import { ResponsibilityMatrix } from './matrix/ResponsibilityMatrix';
import { PriorityView } from './priority/PriorityView';
import { TimelineView } from './timeline/TimelineView';
import './views.css';

/** The workspace's tabs, in order. */
export const WORKSPACE_TABS = [
  'canvas',
  'timeline',
  'matrix',
  'priorities',
  'stocktake',
  'versions',
] as const;
export type WorkspaceTab = (typeof WORKSPACE_TABS)[number];

/** Props of {@link BoardWorkspace}. */
export interface BoardWorkspaceProps {
  session: BoardSession;
  /** The live canvas (the canvas engineer's `BoardCanvas`), shown in the Canvas tab. */
  canvas: ReactNode;
}

const panelId = (tab: WorkspaceTab): string => `ws-panel-${tab}`;
const tabId = (tab: WorkspaceTab): string => `ws-tab-${tab}`;

/** Resolves with the canvas panel once React Flow has rendered nodes in it (or null after 5 s). */
function waitForCanvas(): Promise<HTMLElement | null> {
  return new Promise((resolve) => {
    const started = performance.now();
    const poll = () => {
      const panel = document.getElementById(panelId('canvas'));
      if (panel?.querySelector('.react-flow__node')) {
        // One more frame so edges and measured sizes are painted.
        requestAnimationFrame(() => resolve(panel));
      } else if (performance.now() - started > 5000) resolve(panel);
      else setTimeout(poll, 100);
    };
    poll();
  });
}

/**
 * The board's views as tabs (WAI-ARIA tabs: ←/→/Home/End move between tabs): Canvas (the `canvas`
 * prop), Timeline, Responsibilities, Priorities, Stocktake and Versions; export/import and the
 * language menu on the right of the tab bar. Only the active panel is mounted (the canvas's
 * keyboard shortcuts must not act on a hidden canvas).
 */
export const BoardWorkspace = memo(function BoardWorkspace({
  session,
  canvas,
}: BoardWorkspaceProps) {
  const { t } = useTranslation();
  const [active, setActive] = useState<WorkspaceTab>('canvas');
  const tabs = useRef<Partial<Record<WorkspaceTab, HTMLButtonElement | null>>>({});

  const onKeyDown = (e: KeyboardEvent) => {
    const i = WORKSPACE_TABS.indexOf(active);
    const n = WORKSPACE_TABS.length;
    const next =
      e.key === 'ArrowRight'
        ? WORKSPACE_TABS[(i + 1) % n]
        : e.key === 'ArrowLeft'
          ? WORKSPACE_TABS[(i - 1 + n) % n]
          : e.key === 'Home'
            ? WORKSPACE_TABS[0]
            : e.key === 'End'
              ? WORKSPACE_TABS[n - 1]
              : undefined;
    if (!next) return;
    e.preventDefault();
    setActive(next);
    tabs.current[next]?.focus();
  };
  const showCanvas = useCallback(() => {
    setActive('canvas');
    return waitForCanvas();
  }, []);

  const panel = (tab: WorkspaceTab): ReactNode => {
    switch (tab) {
      case 'canvas':
        return canvas;
      case 'timeline':
        return <TimelineView session={session} />;
      case 'matrix':
        return <ResponsibilityMatrix session={session} />;
      case 'priorities':
        return <PriorityView session={session} />;
      case 'stocktake':
        return <StocktakeView session={session} />;
      case 'versions':
        return <VersionsPanel session={session} />;
    }
  };

  return (
    <div className="workspace">
      <div className="workspace__bar">
        <div
          role="tablist"
          aria-label={t('views:tabs.label')}
          className="workspace__tabs"
          onKeyDown={onKeyDown}
        >
          {WORKSPACE_TABS.map((tab) => (
            <button
              key={tab}
              ref={(el) => {
                tabs.current[tab] = el;
              }}
              id={tabId(tab)}
              type="button"
              role="tab"
              aria-selected={active === tab}
              aria-controls={panelId(tab)}
              tabIndex={active === tab ? 0 : -1}
              className="workspace__tab"
              title={t(`views:tabPurpose.${tab}`)}
              onClick={() => setActive(tab)}
            >
              {t(`views:tabs.${tab}`)}
            </button>
          ))}
        </div>
        <div className="workspace__tools">
          <TransferMenu session={session} showCanvas={showCanvas} />
          <LanguageSwitch />
        </div>
      </div>
      <div
        id={panelId(active)}
        role="tabpanel"
        aria-labelledby={tabId(active)}
        className={`workspace__panel workspace__panel--${active}`}
        tabIndex={active === 'canvas' ? undefined : 0}
      >
        {panel(active)}
      </div>
    </div>
  );
});
