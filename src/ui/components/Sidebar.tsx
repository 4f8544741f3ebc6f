/** The left column: presets, the form, the JSON editor (lazy), as tabs. */
import { lazy, Suspense, type KeyboardEvent } from 'react';
import { ScenarioForm } from '../editor/ScenarioForm';
import { useUiStore, type SideTab } from '../state/useUiStore';
import { DraftBackupNotice } from './DraftBackupNotice';
import { PresetGallery } from './PresetGallery';

const JsonEditor = lazy(() => import('../editor/JsonEditor'));

const TABS: { id: SideTab; label: string }[] = [
  { id: 'presets', label: 'Presets' },
  { id: 'form', label: 'Edit' },
  { id: 'json', label: 'JSON' },
];

export function Sidebar() {
  const tab = useUiStore((s) => s.sideTab);
  const setTab = useUiStore((s) => s.setSideTab);
  const onKey = (e: KeyboardEvent) => {
    const i = TABS.findIndex((t) => t.id === tab);
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const target = TABS[(next + TABS.length) % TABS.length];
    if (target) {
      setTab(target.id);
      document.getElementById(`tab-${target.id}`)?.focus();
    }
  };
  return (
    <aside className="sidebar" aria-label="Scenario">
      <DraftBackupNotice />
      <div role="tablist" aria-label="Scenario" className="tabs" onKeyDown={onKey}>
        {TABS.map((t) => (
          <button
            key={t.id}
            id={`tab-${t.id}`}
            type="button"
            role="tab"
            aria-selected={tab === t.id}
            aria-controls={`tabpanel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => setTab(t.id)}
            data-testid={`tab-${t.id}`}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`} className="tabpanel">
        {tab === 'presets' && <PresetGallery />}
        {tab === 'form' && <ScenarioForm />}
        {tab === 'json' && (
          <Suspense fallback={<p>Loading the editor…</p>}>
            <JsonEditor />
          </Suspense>
        )}
      </div>
    </aside>
  );
}
