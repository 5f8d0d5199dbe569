import { lazy } from 'react';
import { RequireLogin, RequireRole } from '../../app/guards.tsx';
import type { WebModule } from '../../app/web-module.ts';
import { RequireSteering } from './require-steering.tsx';
import { steeringPaths as paths } from './steering.paths.ts';
import { steers } from './steering-roles.ts';

// Each page is its own chunk, loaded when first visited (docs/ARCHITECTURE.md, "Web app").
const TasksPage = lazy(() => import('./tasks/tasks-page.tsx').then((m) => ({ default: m.TasksPage })));
const TaskPage = lazy(() => import('./tasks/task-page.tsx').then((m) => ({ default: m.TaskPage })));
const NewTaskPage = lazy(() => import('./tasks/task-form-page.tsx').then((m) => ({ default: m.NewTaskPage })));
const EditTaskPage = lazy(() => import('./tasks/task-form-page.tsx').then((m) => ({ default: m.EditTaskPage })));
const InitiativeSteeringPage = lazy(() =>
  import('./advice/initiative-steering-page.tsx').then((m) => ({ default: m.InitiativeSteeringPage })),
);
const DecisionsPage = lazy(() => import('./decisions/decisions-page.tsx').then((m) => ({ default: m.DecisionsPage })));
const DecisionPage = lazy(() => import('./decisions/decision-page.tsx').then((m) => ({ default: m.DecisionPage })));
const NewDecisionPage = lazy(() =>
  import('./decisions/decision-form-page.tsx').then((m) => ({ default: m.NewDecisionPage })),
);
const ChallengesPage = lazy(() =>
  import('./challenges/challenges-page.tsx').then((m) => ({ default: m.ChallengesPage })),
);
const ChallengePage = lazy(() => import('./challenges/challenge-page.tsx').then((m) => ({ default: m.ChallengePage })));
const ChallengeFormPage = lazy(() =>
  import('./challenges/challenge-form-page.tsx').then((m) => ({ default: m.ChallengeFormPage })),
);
const WorklistPage = lazy(() => import('./worklist/worklist-page.tsx').then((m) => ({ default: m.WorklistPage })));
const ThresholdsPage = lazy(() =>
  import('./thresholds/thresholds-page.tsx').then((m) => ({ default: m.ThresholdsPage })),
);
const PicturePage = lazy(() => import('./picture/picture-page.tsx').then((m) => ({ default: m.PicturePage })));

export const steeringModule: WebModule = {
  name: 'steering',
  routes: [
    { path: paths.tasks, element: <TasksPage /> },
    {
      path: paths.newTask,
      element: (
        <RequireSteering>
          <NewTaskPage />
        </RequireSteering>
      ),
    },
    { path: paths.taskPattern, element: <TaskPage /> },
    {
      path: paths.editTaskPattern,
      element: (
        <RequireSteering>
          <EditTaskPage />
        </RequireSteering>
      ),
    },
    {
      path: paths.challengeTaskPattern,
      element: (
        <RequireLogin>
          <ChallengeFormPage />
        </RequireLogin>
      ),
    },
    { path: paths.initiativePattern, element: <InitiativeSteeringPage /> },
    { path: paths.decisions, element: <DecisionsPage /> },
    {
      path: paths.newDecisionPattern,
      element: (
        <RequireSteering>
          <NewDecisionPage />
        </RequireSteering>
      ),
    },
    { path: paths.decisionPattern, element: <DecisionPage /> },
    { path: paths.challenges, element: <ChallengesPage /> },
    { path: paths.challengePattern, element: <ChallengePage /> },
    {
      path: paths.worklist,
      element: (
        <RequireSteering>
          <WorklistPage />
        </RequireSteering>
      ),
    },
    {
      path: paths.thresholds,
      element: (
        <RequireRole role="administrator">
          <ThresholdsPage />
        </RequireRole>
      ),
    },
    { path: paths.picture, element: <PicturePage /> },
    { path: paths.areaPicturePattern, element: <PicturePage /> },
  ],
  nav: [
    { to: paths.tasks, label: 'steering.nav.tasks', slot: 'main', order: 42 },
    { to: paths.worklist, label: 'steering.nav.worklist', slot: 'main', order: 62, visible: steers },
  ],
};
