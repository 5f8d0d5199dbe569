import { lazy } from 'react';
import { RequireLogin, RequireRole } from '../../app/guards.tsx';
import type { WebModule } from '../../app/web-module.ts';
import { withSections } from '../../lib/i18n/i18n.ts';
import { RequireSteering } from './require-steering.tsx';
import { steeringPaths as paths } from './steering.paths.ts';
import { steers } from './steering-roles.ts';

// Each page is its own chunk, loaded when first visited with the steering texts (docs/ARCHITECTURE.md, "Web app").
const texts = <T,>(page: Promise<T>) => withSections(page, 'steering');
const TasksPage = lazy(() => texts(import('./tasks/tasks-page.tsx')).then((m) => ({ default: m.TasksPage })));
const TaskPage = lazy(() => texts(import('./tasks/task-page.tsx')).then((m) => ({ default: m.TaskPage })));
const NewTaskPage = lazy(() => texts(import('./tasks/task-form-page.tsx')).then((m) => ({ default: m.NewTaskPage })));
const EditTaskPage = lazy(() => texts(import('./tasks/task-form-page.tsx')).then((m) => ({ default: m.EditTaskPage })));
const InitiativeSteeringPage = lazy(() =>
  texts(import('./advice/initiative-steering-page.tsx')).then((m) => ({ default: m.InitiativeSteeringPage })),
);
const DecisionsPage = lazy(() =>
  texts(import('./decisions/decisions-page.tsx')).then((m) => ({ default: m.DecisionsPage })),
);
const DecisionPage = lazy(() =>
  texts(import('./decisions/decision-page.tsx')).then((m) => ({ default: m.DecisionPage })),
);
const NewDecisionPage = lazy(() =>
  texts(import('./decisions/decision-form-page.tsx')).then((m) => ({ default: m.NewDecisionPage })),
);
const ChallengesPage = lazy(() =>
  texts(import('./challenges/challenges-page.tsx')).then((m) => ({ default: m.ChallengesPage })),
);
const ChallengePage = lazy(() =>
  texts(import('./challenges/challenge-page.tsx')).then((m) => ({ default: m.ChallengePage })),
);
const ChallengeFormPage = lazy(() =>
  texts(import('./challenges/challenge-form-page.tsx')).then((m) => ({ default: m.ChallengeFormPage })),
);
const WorklistPage = lazy(() =>
  texts(import('./worklist/worklist-page.tsx')).then((m) => ({ default: m.WorklistPage })),
);
const ThresholdsPage = lazy(() =>
  texts(import('./thresholds/thresholds-page.tsx')).then((m) => ({ default: m.ThresholdsPage })),
);
const PicturePage = lazy(() => texts(import('./picture/picture-page.tsx')).then((m) => ({ default: m.PicturePage })));

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
