/**
 * The dependency rule (ARCHITECTURE.md). Server: the core knows no area; an area reaches another only through its
 * index.ts; nothing imports the composition root (app.ts, main.ts, areas/index.ts, demo/); no import cycles.
 * Web: the same rooms: an area's screens reach another area only through its index.ts; what is shared (components/,
 * api/, the rule and vocabulary loaders) knows no area; only the shell (App.tsx, layout/, the entry main.tsx) composes the
 * areas. Run by `npm test` (scripts/test.mjs) over server/src and web/src, as `npm run deps`.
 */
const AREA = '^server/src/areas/([^/]+)/';
const WEB_AREA = '^web/src/areas/([^/]+)/';
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
    {
      name: 'web-area-through-index',
      severity: 'error',
      comment: '网页的一个领域只能通过另一个领域的 index.ts 引用它 / a web area reaches another only through its index.ts',
      from: { path: WEB_AREA },
      to: { path: '^web/src/areas/[^/]+/', pathNot: ['^web/src/areas/$1/', '^web/src/areas/[^/]+/index\\.ts$'] },
    },
    {
      name: 'web-shared-knows-no-area',
      severity: 'error',
      comment: 'web/src 的公共部分（components、api、规则和用语）不得引用任何领域；只有入口 main.tsx（提前加载首屏页面）、App.tsx 和 layout/ 组装各领域',
      from: { path: '^web/src/', pathNot: [WEB_AREA, '^web/src/App\\.tsx$', '^web/src/main\\.tsx$', '^web/src/layout/'] },
      to: { path: '^web/src/areas/' },
    },
    {
      name: 'web-shell-through-index',
      severity: 'error',
      comment: 'the shell (layout/) takes an area\'s parts through its index.ts; App.tsx alone loads pages by file (lazily)',
      from: { path: '^web/src/layout/' },
      to: { path: '^web/src/areas/[^/]+/', pathNot: '^web/src/areas/[^/]+/index\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.tsx', '.js'] },
  },
};
