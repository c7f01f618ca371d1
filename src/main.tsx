import { notifyManager } from '@tanstack/react-query';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { Root } from './app/Root';
import './app/app.css';

// Query observers hear of cache updates in a microtask rather than a setTimeout(0): the live
// panel's per-frame update (setQueryData in requestAnimationFrame) then renders before that
// frame is painted, not one frame later.
notifyManager.setScheduler(queueMicrotask);

const rootElement = document.getElementById('root');
if (rootElement === null) throw new Error('index.html has no <div id="root">');

// A production build has the sign-in page pre-rendered into #root (prerenderFirstScreenPlugin):
// React takes it over. The dev server serves an empty #root.
if (rootElement.firstElementChild) hydrateRoot(rootElement, <Root />);
else createRoot(rootElement).render(<Root />);
