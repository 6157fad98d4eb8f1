import { readdirSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'wxt';
import { MANIFEST_ICONS, TOOLBAR_ICONS } from './extension/packaging/icons';
import { stripKeyFromZip } from './extension/packaging/store-manifest';

/** Kantlijn's add-on id in Firefox. Never change it: Firefox files each add-on's storage under it. */
const FIREFOX_ADDON_ID = '{3f6b8e2a-5c1d-4e7f-9a2b-8c4d6e1f0a3b}';

/**
 * The public key that fixes the Chrome/Edge id of the unpacked build (bifiekklpokolbppmhbbamblijambgch,
 * the server's default `EXTENSION_IDS`), so the server can allow exactly that origin. Only the public
 * half exists here; store builds get their ids from the stores and must be packed without `key`.
 */
export const CHROME_EXTENSION_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAyVCdGUUmsOJrHK8JbZDzDZrw9deIViVolwmAz58NX1T72829G1lI7fmjmKOlckJMHw4QAF0NuLOjDIZLok8WWv+IcQ9bu+bfObXa3nTbW3Q2Hni4mSqpWf1emNmJZRk4cJzLZ0oC9bCKIUGL4r4oEvygpps9v/dtn9mPIqiXcqSBORIbUJCrxR10yUBPRiJmx1O1nDiBPBsZ4dpaBWTE6uUux0m/t1qlZ0DCMCvS6ZZQxoinC8A29ejkObqlzOk+b4iclkBpeMiUguwJIuci2yJC4XelaknnvavrwQPMPFan6I8tmnwGq8525AegodNOfCJiGZWqw/eCwdkHxA0xvwIDAQAB';

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
      // Chrome/Edge: a fixed id for the unpacked build, which the server allows by CORS.
      if (manifest.manifest_version === 3) manifest.key = CHROME_EXTENSION_KEY;
      // Firefox (MV2) names optional host access and the toolbar command differently, and needs a
      // fixed add-on id: storage belongs to that id, so settings and the outbox survive updates.
      // Its extension origin is random per installation, so the server cannot allow it by CORS:
      // the add-on reaches the server through a host permission instead (the options page asks for
      // the server's API, see extension/lib/server-access.ts; a server on loopback, as `npm start`
      // and the demo run it, is granted with install). The API path only: a PDF on loopback still
      // needs the reader's consent like any other site.
      if (manifest.manifest_version === 2) {
        manifest.permissions = [...(manifest.permissions ?? []), 'http://127.0.0.1/api/*', 'http://localhost/api/*'];
        const specific = manifest.browser_specific_settings as { gecko?: object; gecko_android?: object } | undefined;
        manifest.browser_specific_settings = {
          ...specific,
          gecko: {
            ...specific?.gecko,
            id: FIREFOX_ADDON_ID,
            // 140 is the first Firefox (and ESR) that shows the data collection consent below.
            strict_min_version: '140.0',
            data_collection_permissions: FIREFOX_DATA_COLLECTION,
          },
          // Firefox for Android shows that consent from 142 on.
          gecko_android: { ...specific?.gecko_android, strict_min_version: '142.0' },
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
