import type { WebModule } from '../../app/web-module.ts';
import { HomePage } from './home-page.tsx';

export const homeModule: WebModule = {
  name: 'home',
  routes: [{ index: true, element: <HomePage /> }],
  nav: [{ to: '/', label: 'nav.home', slot: 'main', order: 0, end: true }],
};
