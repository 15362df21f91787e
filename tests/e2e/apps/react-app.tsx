// A small React 19 news app, bundled at test time (tests/e2e/frameworks.test.ts). The test
// drives it through window.__app: rename, hide, conditionally render and re-render marked text.
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

declare global {
  interface Window {
    __app: Record<string, (arg?: string) => void>;
  }
}

function App() {
  const [name, setName] = useState('Treasury Secretary Scott Bessent');
  const [shown, setShown] = useState(true);
  const [hidden, setHidden] = useState(false);
  const [tick, setTick] = useState(0);
  window.__app = {
    rename: (to) => flushSync(() => setName(to ?? '')),
    toggle: () => flushSync(() => setShown((s) => !s)),
    hide: () => flushSync(() => setHidden((h) => !h)),
    tick: () => flushSync(() => setTick((t) => t + 1)),
  };
  return (
    <main>
      <h1>Finance ministers meet on minerals</h1>
      {/* The name is its own Text node at offset 0 of the paragraph: the case that broke. */}
      <p id="lead">{name} hosted finance ministers on critical minerals.</p>
      {shown && <p id="cond">Chancellor Rachel Reeves said Britain would join the talks.</p>}
      <p id="styled" style={hidden ? { display: 'none' } : undefined}>
        Officials discussed the Sinaloa Cartel and sanctions.
      </p>
      <p id="counter">Rachel Reeves was asked {tick} times.</p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
