import { useState } from 'react';
import { RouterProvider } from 'react-router/dom';
import { Providers } from './providers.js';
import { createQueryClient } from './query-client.js';
import { createAppRouter } from './router.js';

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => createAppRouter(queryClient));
  return (
    <Providers queryClient={queryClient}>
      <RouterProvider router={router} />
    </Providers>
  );
}
