import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/** Writes a .br and a .gz beside every text asset of the build, so the server sends them without compressing per request. */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'hf-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const walk = (dir: string): string[] =>
        fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
      for (const file of walk(outDir).filter((f) => /\.(js|css|html|svg|json)$/.test(f))) {
        const source = fs.readFileSync(file);
        if (source.length < 1024) continue;
        fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(source, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
        fs.writeFileSync(`${file}.gz`, zlib.gzipSync(source, { level: 9 }));
      }
    },
  };
}

// No React plugin: Vite's own transform compiles TSX with the automatic JSX runtime.
export default defineConfig({
  plugins: [precompress()],
  resolve: {
    // the shared rules as TypeScript source (its dist is CommonJS for the server)
    alias: { '@hf/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)) },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // AG Grid is most of the weight and changes only with its version: its own chunk, cached across our releases,
    // loaded by the first grid sheet (each sheet is a lazy chunk of App.tsx). React and Apollo are the shell's vendor
    // chunk, taken first (a group takes its modules' dependencies too: ag-grid-react would otherwise take React).
    rolldownOptions: {
      // two pages: the back-office (index.html) and the owner's survey page (owner.html, served at /s/<token>), whose
      // small bundle loads none of the back-office's (no React, no Apollo, no AG Grid)
      input: { main: fileURLToPath(new URL('index.html', import.meta.url)), owner: fileURLToPath(new URL('owner.html', import.meta.url)) },
      output: {
        codeSplitting: {
          groups: [
            { name: 'vendor', test: /node_modules[\\/](react|react-dom|scheduler|@apollo|graphql|rxjs|@wry|optimism|zen-observable-ts|tslib)[\\/]/, priority: 2 },
            { name: 'ag-grid', test: /node_modules[\\/](ag-grid-community|ag-grid-react|@ag-grid-community)[\\/]/, priority: 1 },
          ],
        },
      },
    },
    chunkSizeWarningLimit: 1500,
  },
  server: { port: 5173, proxy: { '/graphql': 'http://localhost:4000', '/api/owner': 'http://localhost:4000' } },
});
