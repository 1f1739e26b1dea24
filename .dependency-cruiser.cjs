/** Boundary rules from ARCHITECTURE.md and STYLE.md §3, checked in CI (`npm run lint:deps`). */
module.exports = {
  forbidden: [
    {
      name: 'module-through-index-only',
      comment: 'A module imports another module only through its index.ts (its one public door).',
      severity: 'error',
      from: { path: '^src/server/modules/([^/]+)/' },
      to: { path: '^src/server/modules/([^/]+)/', pathNot: ['^src/server/modules/$1/', '^src/server/modules/[^/]+/index\\.ts$'] },
    },
    {
      name: 'platform-not-into-module-internals',
      comment: 'The platform reaches modules only through their index.ts.',
      severity: 'error',
      from: { path: ['^src/server/(platform|http|seed)/', '^src/server/(compose|main)\.ts$', '^src/cli/'] },
      to: { path: '^src/server/modules/[^/]+/', pathNot: '^src/server/modules/[^/]+/index\\.ts$' },
    },
    {
      name: 'domain-is-pure',
      comment: 'domain/ imports no I/O: no db, http, platform services, node I/O modules or drivers.',
      severity: 'error',
      from: { path: '/domain/' },
      to: {
        path: ['^src/server/db/', '^src/server/http/', '/[^/]+\\.repository\\.ts$', '/http/', '^node_modules/(pg|drizzle-orm|fastify|@electric-sql)/', '^(fs|net|http|https|child_process|worker_threads)$'],
      },
    },
    {
      name: 'tables-only-from-repositories',
      comment: 'Tables are touched only in *.repository.ts and db/ (and test setup).',
      severity: 'error',
      from: { path: '^src/server/', pathNot: ['\\.repository\\.ts$', '^src/server/db/', '\\.tables\\.ts$', '^src/server/testing/'] },
      to: { path: '\\.tables\\.ts$' },
    },
    {
      name: 'query-builder-only-in-repositories',
      comment: 'drizzle-orm query building appears only in repositories and db/.',
      severity: 'error',
      from: { path: '^src/server/', pathNot: ['\\.repository\\.ts$', '^src/server/db/', '\\.tables\\.ts$', '\\.test\\.ts$', '^src/server/testing/'] },
      to: { path: '^node_modules/drizzle-orm/' , pathNot: 'node_modules/drizzle-orm/node-postgres' },
    },
    {
      name: 'web-never-imports-server',
      comment: 'src/web shares only contracts with the server.',
      severity: 'error',
      from: { path: '^src/web/' },
      to: { path: '^src/(server|cli)/' },
    },
    {
      name: 'contracts-are-leaves',
      comment: 'Contracts hold zod schemas and types only: no server, web or ORM imports.',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { path: ['^src/(server|web|cli)/', '^node_modules/(drizzle-orm|pg|fastify)/'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { pathNot: '\\.d\\.ts$' } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: ['\\.test\\.ts$', 'node_modules'] },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
