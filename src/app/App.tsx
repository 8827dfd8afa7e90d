import { useEffect } from 'react';
import { PRODUCTS } from './productInfo.ts';
import { Header } from './shell/Header.tsx';
import { ScenarioBar } from './shell/ScenarioBar.tsx';
import { ProductPane } from './shell/ProductPane.tsx';
import { LessonSidebar } from './shell/LessonSidebar.tsx';
import { useAppStore } from './store/index.ts';
import { getEngine } from '../worker/connect.ts';

function useEngineHandshake() {
  const setEngineStatus = useAppStore((s) => s.setEngineStatus);
  useEffect(() => {
    let live = true;
    getEngine()
      .call('hello', [])
      .then(
        (hello) => live && setEngineStatus({ state: 'ready', hello }),
        (error: unknown) => live && setEngineStatus({ state: 'failed', reason: error instanceof Error ? error.message : String(error) }),
      );
    return () => { live = false; };
  }, [setEngineStatus]);
}

export function App() {
  useEngineHandshake();
  return (
    <div className="app">
      <Header />
      <div className="app-main">
        <div className="workbench">
          <ScenarioBar />
          <div className="panes">
            {PRODUCTS.map((p) => <ProductPane key={p.id} product={p} />)}
          </div>
        </div>
        <LessonSidebar />
      </div>
    </div>
  );
}
