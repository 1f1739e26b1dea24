import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { clearSession, loadLoginPage } from '../modules/auth/index.js';
import { setUnauthorizedHandler } from './api-client.js';
import { AppShell, FullPageSpinner, type RouteHandle } from './app-shell.js';
import { webModules } from './modules.js';
import { NotFoundPage, RouteErrorPage } from './status-pages.js';

function moduleRoutes(): RouteObject[] {
  return webModules.flatMap((module) =>
    module.routes.map((route): RouteObject => {
      const handle: RouteHandle = { roles: route.roles };
      return {
        path: route.path,
        handle,
        lazy: async () => ({ Component: await route.load() }),
      };
    }),
  );
}

function publicRoutes(): RouteObject[] {
  return webModules.flatMap((module) =>
    (module.publicRoutes ?? []).map((route): RouteObject => ({ path: route.path, lazy: async () => ({ Component: await route.load() }) })),
  );
}

export function createAppRouter(queryClient: QueryClient) {
  const router = createBrowserRouter([
    {
      errorElement: <RouteErrorPage />,
      hydrateFallbackElement: <FullPageSpinner />,
      children: [
        { path: '/login', lazy: async () => ({ Component: await loadLoginPage() }) },
        ...publicRoutes(),
        {
          element: <AppShell />,
          children: [...moduleRoutes(), { path: '*', element: <NotFoundPage /> }],
        },
      ],
    },
  ]);

  // A 401 from any call but the session probe means the session ended: forget it,
  // and the shell sends the user to /login with the page they were on.
  setUnauthorizedHandler(() => clearSession(queryClient));
  return router;
}
