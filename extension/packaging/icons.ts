/**
 * Kantlijn's icons as the manifest lists them, by size in pixels; the PNGs live in
 * extension/public/icon/ and are rendered from extension/icons/*.svg by extension/icons/render.sh.
 */
export const MANIFEST_ICONS: Record<string, string> = Object.fromEntries(
  [16, 32, 48, 96, 128].map((size) => [String(size), `icon/${size}.png`]),
);

/**
 * The toolbar button's icons, for ordinary and HiDPI toolbars. Both are the 16 px drawing at 1x and
 * 2x; the old 19/38 sizes would scale it by a fraction and blur it, and browsers no longer need them.
 */
export const TOOLBAR_ICONS: Record<string, string> = Object.fromEntries(
  [16, 32].map((size) => [String(size), `icon/${size}.png`]),
);
