#!/bin/sh
# Renders Kantlijn's icons from the SVG sources beside this script into extension/public/icon/, where
# the build copies them from. Run it after changing an SVG and commit the PNGs: the build itself needs
# no image tool. Needs rsvg-convert (Debian: apt-get install librsvg2-bin).
set -eu
here=$(dirname "$0")
out="$here/../public/icon"
mkdir -p "$out"
# Toolbar sizes use the drawing made for the 16 px grid; 32 is its double, so its edges stay sharp.
for size in 16 32; do rsvg-convert -w "$size" -h "$size" "$here/icon-small.svg" -o "$out/$size.png"; done
for size in 48 96 128; do rsvg-convert -w "$size" -h "$size" "$here/icon.svg" -o "$out/$size.png"; done
