import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { basePath } from './src/base-path.ts';
import { cspPlugin } from './src/csp.ts';
import { docsPagePlugin } from './src/docs-page.ts';
import { ruleChunksPlugin } from './src/rule-chunks.ts';
import { workerChunkPlugin } from './src/worker-chunk.ts';

export default defineConfig({
  // BASE_PATH=/repo/ for a GitHub Pages project site (docs/offline.md); '/' otherwise.
  base: basePath(process.env.BASE_PATH),
  plugins: [
    react(),
    // The Content-Security-Policy as a <meta> in the built index.html (docs/security.md).
    cspPlugin(),
    // docs/optimizers.md as a static page the step inspector links to (docs/decisions.md).
    docsPagePlugin(),
    // The engine worker as a chunk of this build, sharing the page's chunks (issue 17).
    workerChunkPlugin(),
    // The optimizers' update rules as chunks the workers import by URL, on demand (issue 17).
    ruleChunksPlugin(),
    // The offline service worker and the web manifest (docs/offline.md). src/pwa.ts registers
    // the worker, in production builds only.
    VitePWA({
      injectRegister: false,
      // The new version's worker takes over as soon as it is cached; src/pwa-update.ts decides
      // whether the page reloads into it or says so.
      registerType: 'autoUpdate',
      manifest: {
        name: 'Descent — optimizers, side by side',
        short_name: 'Descent',
        description:
          'See gradient descent, momentum, Adam and friends optimise on the same loss surface, live.',
        lang: 'en',
        display: 'standalone',
        // The icon's navy: the window frame of the installed app.
        theme_color: '#12263a',
        background_color: '#eef1f4',
        icons: [
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      // The icons are in the glob below already (and the manifest is always added).
      includeManifestIcons: false,
      workbox: {
        // Everything the app can load, lazy chunks included: the engine worker, the inspector
        // and KaTeX with its stylesheet. Of KaTeX's fonts only the WOFF2 files: every browser
        // with service workers reads WOFF2 and takes it first, so the WOFF and TTF copies would
        // double the cache for nothing. Source maps stay out.
        globPatterns: ['**/*.{html,js,css,svg,png,woff2}'],
        // A link is the app's address with a query: any navigation gets the cached page.
        navigateFallback: 'index.html',
        // …except the docs pages (src/docs-page.ts), precached under their own names.
        navigateFallbackDenylist: [/\/docs\/[^/]+\.html$/],
        // The shipped data sets (public/data/, issue 22) are not precached: each is fetched the
        // first time a scenario uses it, and kept from then on, so a set once used works offline.
        runtimeCaching: [
          {
            urlPattern: /\/data\/[\w.-]+\.csv\.gz$/,
            handler: 'CacheFirst',
            options: { cacheName: 'descent-data' },
          },
        ],
        cleanupOutdatedCaches: true,
        // A new version's worker takes over as soon as it is installed, without waiting for
        // every tab to close (the plugin sets this itself only when it injects the registration).
        skipWaiting: true,
        // The first visit's page is controlled too, so if the network drops during that visit
        // the inspector's KaTeX and a restarted engine worker still come from the cache.
        clientsClaim: true,
      },
    }),
  ],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    // Fonts stay files, never data: URLs inside a stylesheet, so the CSP's font-src can be
    // 'self' alone (docs/security.md). Other small assets inline as usual.
    assetsInlineLimit: (file) => (/\.(woff2?|ttf|otf)$/.test(file) ? false : undefined),
  },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
  test: {
    // Only unit tests: Playwright owns e2e/ (TOOLCHAIN.md pitfall 7).
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 60_000,
    // Fixed fast-check seeds in CI (test/fast-check-setup.ts); every optimizer's rule and every
    // problem kind registered, as the CLI has them (test/rules-setup.ts, test/kinds-setup.ts).
    setupFiles: ['test/fast-check-setup.ts', 'test/rules-setup.ts', 'test/kinds-setup.ts'],
    // One worker per core. Vitest's default in a run is cores − 1, which on CI's 2 cores is a
    // single worker: 166 s for the unit tests against 106 s with two (docs/testing.md).
    maxWorkers: '100%',
  },
});
