// Bundles the web view with Vite: dist/web (served by `newsgraph serve`) and dist/web-standalone
// (inlined by the self-contained HTML export). Run by `npm run build`.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const configFile = fileURLToPath(new URL('../src/web/vite.config.ts', import.meta.url));

for (const mode of ['app', 'standalone']) {
  const started = Date.now();
  try {
    await build({ configFile, mode });
  } catch (error) {
    process.stderr.write(
      `build-web: the ${mode} bundle failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  }
  process.stdout.write(`build-web: ${mode} bundle built in ${Date.now() - started} ms\n`);
}
