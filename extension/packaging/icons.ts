/**
 * Kantlijn's icons as the manifest lists them, by size in pixels; the PNGs live in
 * extension/public/icon/ and are rendered from extension/icons/*.svg by extension/icons/render.sh.
 */
export const MANIFEST_ICONS: Record<string, string> = Object.fromEntries(
  [16, 32, 48, 96, 128].map((size) => [String(size), `icon/${size}.png`]),
);

/** The toolbar button's icons: 16/32 for ordinary and HiDPI toolbars, 19/38 for older Chrome toolbars. */
export const TOOLBAR_ICONS: Record<string, string> = Object.fromEntries(
  [16, 19, 32, 38].map((size) => [String(size), `icon/${size}.png`]),
);
