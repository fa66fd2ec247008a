#!/usr/bin/env bash
# The macOS download: a .dmg holding KRONOS.app and a link to /Applications (drag to install).
# NOT RUN HERE (needs a Mac: hdiutil). From the repository root, on the Mac whose architecture
# the download is for (one build per architecture; see packaging/README.md):
#
#   uv run python packaging/build.py                    # dist/KRONOS.app (and dist/kronos-desktop)
#   bash packaging/macos/make_dmg.sh                     # dist/kronos-desktop-<version>-macos-<arch>.dmg
#
# Set KRONOS_CODESIGN_IDENTITY for build.py to sign the app (Developer ID Application: ...); the
# dmg is then signed with the same identity. Notarisation (xcrun notarytool submit --wait, then
# xcrun stapler staple) is a separate step with the studio vendor's Apple account.
# The script checks the image: it mounts it read-only, finds KRONOS.app and the Applications
# link, runs the app's --version from the image and its --self-check on a missing folder.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."

app="dist/KRONOS.app"
[[ -d "$app" ]] || { echo "error: $app not found: run packaging/build.py on this Mac first" >&2; exit 1; }
version=$(/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$app/Contents/Info.plist")
arch=$(uname -m)
dmg="dist/kronos-desktop-${version}-macos-${arch}.dmg"

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
ditto "$app" "$staging/KRONOS.app"          # keeps symlinks, extended attributes and the signature
ln -s /Applications "$staging/Applications"

rm -f "$dmg"
hdiutil create -volname "KRONOS $version" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"
if [[ -n "${KRONOS_CODESIGN_IDENTITY:-}" ]]; then
    codesign --sign "$KRONOS_CODESIGN_IDENTITY" --timestamp "$dmg"
fi

# Check what a studio gets: mount read-only, look, run from the image.
mount=$(mktemp -d)
hdiutil attach -readonly -nobrowse -mountpoint "$mount" "$dmg" >/dev/null
trap 'hdiutil detach "$mount" -quiet || true; rm -rf "$staging"' EXIT
[[ -d "$mount/KRONOS.app" ]] || { echo "FAIL KRONOS.app not in the image" >&2; exit 1; }
[[ "$(readlink "$mount/Applications")" == "/Applications" ]] || { echo "FAIL no Applications link" >&2; exit 1; }
"$mount/KRONOS.app/Contents/MacOS/kronos-desktop" --version
missing=$(mktemp -d)/none
"$mount/KRONOS.app/Contents/MacOS/kronos-desktop" --self-check --data-dir "$missing" || true
[[ ! -e "$missing" ]] || { echo "FAIL the self-check created $missing" >&2; exit 1; }
echo "ok   $dmg ($(du -h "$dmg" | cut -f1)): KRONOS.app and the Applications link"
