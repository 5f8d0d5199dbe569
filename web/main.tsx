import '@utrecht/design-tokens/dist/index.css';
import './app/fonts.css';
import './app/components.css';
import './app/theme.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// index.html paints a shell (header and a loading line); it stays until the app has something to show.
const shell = root.innerHTML;
createRoot(root).render(
  <StrictMode>
    <App shell={shell} />
  </StrictMode>,
);
