/**
 * The dependency rule of the server (ARCHITECTURE.md): the core knows no area; an area reaches another only through
 * its index.ts; nothing imports the composition root (app.ts, main.ts, areas/index.ts, demo/); no import cycles.
 * Run by `npm test` (scripts/test.mjs) as `npm run deps`.
 */
const AREA = '^server/src/areas/([^/]+)/';
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: '模块之间不得循环引用 / no import cycles', from: {}, to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } } },
    {
      name: 'core-knows-no-area',
      severity: 'error',
      comment: 'server/src/core 不得引用任何业务领域 (the one exception: the schema registry gathers the areas\' tables for drizzle)',
      from: { path: '^server/src/core/', pathNot: ['^server/src/core/db/schema/index\\.ts$', '^server/src/core/db/personal-information\\.ts$'] },
      to: { path: '^server/src/areas/' },
    },
    {
      name: 'schema-registry-takes-tables-only',
      severity: 'error',
      comment: 'the schema registry may import only the areas\' db.ts',
      from: { path: ['^server/src/core/db/schema/index\\.ts$', '^server/src/core/db/personal-information\\.ts$'] },
      to: { path: '^server/src/areas/', pathNot: '^server/src/areas/[^/]+/db\\.ts$' },
    },
    {
      name: 'area-through-index',
      severity: 'error',
      comment: '一个领域只能通过另一个领域的 index.ts 引用它 / another area only through its index.ts',
      from: { path: AREA, pathNot: '^server/src/areas/[^/]+/db\\.ts$' },
      to: { path: '^server/src/areas/[^/]+/', pathNot: ['^server/src/areas/$1/', '^server/src/areas/[^/]+/index\\.ts$'] },
    },
    {
      name: 'tables-reference-tables',
      severity: 'error',
      comment: 'an area\'s db.ts may reference another area\'s tables (foreign keys), and nothing else of it',
      from: { path: '^server/src/areas/([^/]+)/db\\.ts$' },
      to: { path: '^server/src/areas/[^/]+/', pathNot: ['^server/src/areas/$1/', '^server/src/areas/[^/]+/db\\.ts$'] },
    },
    {
      name: 'nobody-imports-the-composition-root',
      severity: 'error',
      comment: 'app.ts, main.ts, areas/index.ts and demo/ compose the areas; core and areas never import them',
      from: { path: ['^server/src/core/', AREA] },
      to: { path: ['^server/src/app\\.ts$', '^server/src/main\\.ts$', '^server/src/areas/index\\.ts$', '^server/src/demo/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js'] },
  },
};
