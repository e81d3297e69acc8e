/**
 * Two builds of the view (scripts/build-web.mjs runs both):
 *  - mode "app": the served front end, dist/web/ (index.html + hashed assets);
 *  - mode "standalone": one ES module script and one stylesheet, dist/web-standalone/, that
 *    src/export/html.ts inlines into a self-contained HTML file.
 */
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';

// Paths from URLs without node:url (this folder is browser code, and lint keeps node:* out of it).
const here = decodeURIComponent(new URL('.', import.meta.url).pathname);
const dist = decodeURIComponent(new URL('../../dist/', import.meta.url).pathname);

/**
 * The Cypher engine loads its temporal module through a computed import() so it runs without it;
 * a single-file bundle needs that import spelled out so it can be inlined.
 */
function inlineTemporalModule(): Plugin {
  return {
    name: 'newsgraph-inline-temporal',
    transform(code, id) {
      if (!id.replace(/\\/g, '/').endsWith('/cypher/temporal-bridge.ts')) return null;
      if (!code.includes('import(specifier)')) {
        this.warn('temporal-bridge.ts no longer uses import(specifier); check the standalone bundle still inlines it');
        return null;
      }
      return code.replace('import(specifier)', "import('./temporal/index.js')");
    },
  };
}

export default defineConfig(({ mode }) => {
  const common = {
    root: here,
    base: './',
    logLevel: 'warn' as const,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  };
  if (mode === 'standalone') {
    return {
      ...common,
      plugins: [inlineTemporalModule()],
      build: {
        outDir: dist + 'web-standalone',
        emptyOutDir: true,
        target: 'es2022',
        cssCodeSplit: false,
        lib: {
          entry: here + 'standalone.ts',
          // ES, inlined into a <script type="module">: the engine uses top-level await.
          formats: ['es' as const],
          name: 'newsgraphStandalone',
          fileName: () => 'standalone.js',
          cssFileName: 'standalone',
        },
        rolldownOptions: { output: { codeSplitting: false } },
      },
    };
  }
  return {
    ...common,
    build: { outDir: dist + 'web', emptyOutDir: true, target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 2000 },
  };
});
