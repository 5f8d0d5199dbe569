import { lazy } from 'react';
import { RequireLogin, RequireRole } from '../../app/guards.tsx';
import type { WebModule } from '../../app/web-module.ts';
import { budgetPaths } from './budgeting.paths.ts';
import './budgeting.css';

// Each page is its own chunk, loaded when first visited (docs/ARCHITECTURE.md, "Web app").
const BallotPage = lazy(() => import('./ballot-page.tsx').then((m) => ({ default: m.BallotPage })));
const ImportRoundPage = lazy(() => import('./import-round-page.tsx').then((m) => ({ default: m.ImportRoundPage })));
const NewProposalPage = lazy(() => import('./new-proposal-page.tsx').then((m) => ({ default: m.NewProposalPage })));
const NewRoundPage = lazy(() => import('./new-round-page.tsx').then((m) => ({ default: m.NewRoundPage })));
const PaperBallotPage = lazy(() => import('./paper-ballot-page.tsx').then((m) => ({ default: m.PaperBallotPage })));
const ResultsPage = lazy(() => import('./results-page.tsx').then((m) => ({ default: m.ResultsPage })));
const RoundPage = lazy(() => import('./round-page.tsx').then((m) => ({ default: m.RoundPage })));
const RoundsPage = lazy(() => import('./rounds-page.tsx').then((m) => ({ default: m.RoundsPage })));

export const budgetingModule: WebModule = {
  name: 'budgeting',
  routes: [
    { path: budgetPaths.home, element: <RoundsPage /> },
    {
      path: budgetPaths.newRound,
      element: (
        <RequireRole role="civil_servant">
          <NewRoundPage />
        </RequireRole>
      ),
    },
    {
      path: budgetPaths.importRound,
      element: (
        <RequireRole role="civil_servant">
          <ImportRoundPage />
        </RequireRole>
      ),
    },
    { path: budgetPaths.roundPattern, element: <RoundPage /> },
    {
      path: budgetPaths.newProposalPattern,
      element: (
        <RequireLogin>
          <NewProposalPage />
        </RequireLogin>
      ),
    },
    {
      path: budgetPaths.ballotPattern,
      element: (
        <RequireLogin>
          <BallotPage />
        </RequireLogin>
      ),
    },
    {
      path: budgetPaths.paperBallotPattern,
      element: (
        <RequireRole role="civil_servant">
          <PaperBallotPage />
        </RequireRole>
      ),
    },
    { path: budgetPaths.resultsPattern, element: <ResultsPage /> },
  ],
  nav: [{ to: budgetPaths.home, label: 'nav.budget', slot: 'main', order: 40 }],
};
