/**
 * Two builds of the view (scripts/build-web.mjs runs both):
 *  - mode "app": the served front end, dist/web/ (index.html + hashed assets);
 *  - mode "standalone": one ES module script and one stylesheet, dist/web-standalone/, that
 *    src/export/html.ts inlines into a self-contained HTML file.
 */
import { defineConfig } from 'vite';

// Paths from URLs without node:url (this folder is browser code, and lint keeps node:* out of it).
const here = decodeURIComponent(new URL('.', import.meta.url).pathname);
const dist = decodeURIComponent(new URL('../../dist/', import.meta.url).pathname);

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
      build: {
        outDir: dist + 'web-standalone',
        emptyOutDir: true,
        target: 'es2022',
        cssCodeSplit: false,
        // Library builds are not minified by default; this one ships inside every exported file.
        minify: true,
        lib: {
          entry: here + 'standalone.ts',
          // ES, inlined into a <script type="module"> (which also allows top-level await).
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
