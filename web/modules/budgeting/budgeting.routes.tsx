import { RequireLogin, RequireRole } from '../../app/guards.tsx';
import type { WebModule } from '../../app/web-module.ts';
import { BallotPage } from './ballot-page.tsx';
import { budgetPaths } from './budgeting.paths.ts';
import { ImportRoundPage } from './import-round-page.tsx';
import { NewProposalPage } from './new-proposal-page.tsx';
import { NewRoundPage } from './new-round-page.tsx';
import { PaperBallotPage } from './paper-ballot-page.tsx';
import { ResultsPage } from './results-page.tsx';
import { RoundPage } from './round-page.tsx';
import { RoundsPage } from './rounds-page.tsx';
import './budgeting.css';

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
