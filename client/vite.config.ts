import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// No React plugin: Vite's own transform compiles TSX with the automatic JSX runtime.
export default defineConfig({
  resolve: {
    // the shared rules as TypeScript source (its dist is CommonJS for the server)
    alias: { '@hf/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)) },
  },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  server: { port: 5173, proxy: { '/graphql': 'http://localhost:4000' } },
});
