import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import './app/styles.css';
import { registerOfflineSupport } from './app/offline.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html is missing #root');
createRoot(root).render(<StrictMode><App /></StrictMode>);
registerOfflineSupport();
