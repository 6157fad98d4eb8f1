import { defineConfig } from 'wxt';

// Kantlijn's extension: WXT with React, sources in extension/, and no auto-imports so that every
// dependency is an import you can see.
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  // Kept inside extension/ so the top level stays as the architecture fixes it.
  publicDir: 'extension/public',
  modules: ['@wxt-dev/module-react'],
  imports: false,
  vite: () => ({
    // Chrome refuses content scripts that are not valid UTF-8; escaping everything beyond ASCII
    // keeps string literals such as lone surrogates from ever producing such a file.
    esbuild: { charset: 'ascii' },
    build: {
      rollupOptions: {
        // zod ships comments Rollup cannot place; the warning is noise, not a problem in our code.
        onwarn(warning, warn) {
          if (warning.code === 'INVALID_ANNOTATION') return;
          warn(warning);
        },
      },
    },
  }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    // Only what the product needs: settings and the outbox live in storage, an alarm retries the
    // outbox. The server is reached under its own CORS rules, so no host permission is asked for it.
    permissions: ['storage', 'alarms'],
  },
});
