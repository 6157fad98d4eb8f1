import { readdirSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'wxt';
import { MANIFEST_ICONS, TOOLBAR_ICONS } from './extension/packaging/icons';
import { stripKeyFromZip } from './extension/packaging/store-manifest';

/** Kantlijn's add-on id in Firefox. Never change it: Firefox files each add-on's storage under it. */
const FIREFOX_ADDON_ID = '{3f6b8e2a-5c1d-4e7f-9a2b-8c4d6e1f0a3b}';

/**
 * What Kantlijn sends off the device, in Mozilla's categories (see README, "Firefox: data
 * collection"): the user's remarks and replies, the passages they quote, the address of each page it
 * runs on, and who wrote them. It goes to the council's own server, but Firefox counts any transmission.
 */
const FIREFOX_DATA_COLLECTION = {
  required: ['personallyIdentifyingInfo', 'personalCommunications', 'websiteContent', 'browsingActivity'],
};

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
    // outbox, and Kantlijn runs on a page when the user asks (activeTab + scripting) or on sites the
    // user allowed (optional host permissions). The server is reached under its own CORS rules.
    permissions: ['storage', 'alarms', 'activeTab', 'scripting'],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    icons: MANIFEST_ICONS,
    action: { default_title: '__MSG_actionTitle__', default_icon: TOOLBAR_ICONS },
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_actionTitle__' },
    },
  },
  // Store packages (`npm run package`): the Firefox sources zip must let a reviewer rebuild the add-on,
  // so it holds the code, config, lock file and README, but not databases, reports or test fixtures.
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    excludeSources: ['data/**', 'coverage/**', 'tests/**', 'server/**', '*.log'],
  },
  hooks: {
    // The stores give an extension its own id and refuse a manifest `key`; unpacked builds keep it.
    'zip:extension:done': async (_wxt, zipPath) => {
      await stripKeyFromZip(zipPath);
    },
    // The PDF viewer's pdf.js fetches these from the extension itself: decoders for scanned images
    // (JBIG2, CCITT fax, JPEG 2000) and the standard fonts PDFs may use without embedding them.
    'build:publicAssets': (_wxt, files) => {
      for (const folder of ['wasm', 'standard_fonts']) {
        const from = path.resolve('node_modules/pdfjs-dist', folder);
        for (const name of readdirSync(from)) files.push({ absoluteSrc: path.join(from, name), relativeDest: `pdfjs/${folder}/${name}` });
      }
    },
    // The in-page UI's stylesheet must load wherever the user runs Kantlijn, not only where the
    // static content script matches; a stylesheet reveals nothing.
    'build:manifestGenerated': (_wxt, manifest) => {
      // WXT also lists every PNG it finds in public/icon/; the toolbar-only sizes are not app icons.
      manifest.icons = MANIFEST_ICONS;
      for (const resource of manifest.web_accessible_resources ?? []) {
        if (typeof resource === 'object' && 'matches' in resource) resource.matches = ['http://*/*', 'https://*/*'];
      }
      // Firefox (MV2) names optional host access and the toolbar command differently, and needs a
      // fixed add-on id: storage belongs to that id, so settings and the outbox survive updates.
      if (manifest.manifest_version === 2) {
        manifest.browser_specific_settings = {
          ...manifest.browser_specific_settings,
          gecko: {
            ...manifest.browser_specific_settings?.gecko,
            id: FIREFOX_ADDON_ID,
            // 140 is the first Firefox (and ESR) that shows the data collection consent below.
            strict_min_version: '140.0',
            data_collection_permissions: FIREFOX_DATA_COLLECTION,
          },
          // Firefox for Android shows that consent from 142 on.
          gecko_android: { ...manifest.browser_specific_settings?.gecko_android, strict_min_version: '142.0' },
        };
        manifest.optional_permissions = ['http://*/*', 'https://*/*'];
        const commands = manifest.commands as Record<string, unknown> | undefined;
        if (commands?._execute_action) {
          commands._execute_browser_action = commands._execute_action;
          delete commands._execute_action;
        }
      }
    },
  },
});
