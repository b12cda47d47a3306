#!/usr/bin/env python3
"""Cross-checks data/un-states.csv against public sources. Run by hand
before a round (it downloads two packages, so CI does not run it):

    python3 data/check_un_states.py            # codes, membership, groups
    python3 data/check_un_states.py --names    # and the names it cannot place
    python3 data/check_un_states.py --m49 en=m49-en.csv --m49 fr=m49-fr.csv ...

Sources:
  - the npm package `world-countries` (fetched with `npm pack`, or given
    with --world-countries DIR): ISO 3166 alpha-3 (`cca3`), the numeric
    code (`ccn3`, which is the M49 code for a State), UN membership
    (`unMember`) and the region and subregion used to derive the regional
    commissions below. Its data is under the ODbL: it is read here to
    check the list, never copied into it.
  - the PyPI package `pycountry` (imported if installed, else fetched with
    `pip download`): ISO 3166-1 alpha-3 and numeric codes, and, with
    --names, the ISO names in English, French, Spanish and Russian from
    its iso-codes translations.
  - optionally, the United Nations Statistics Division's M49 overview
    ("Standard country or area codes for statistical use"), downloaded as
    CSV in each language from the UNSD website: --m49 LANG=FILE checks the
    official short names in that language, exactly.

Exit status 0 when every check passes, 1 when one fails (each failure is
printed), 2 when a source cannot be had.
"""

import argparse
import csv
import gettext
import glob
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
LIST = os.path.join(HERE, "un-states.csv")
LANGS = ("en", "fr", "es", "ru")
GROUPS = ("africa", "asia-pacific", "latin-america-caribbean", "europe", "near-middle-east")

# The sizes of the HONLEA bodies' memberships (src/report/states.rs tests
# the same figures).
SIZES = {
    "africa": 54,
    "asia-pacific": 53,
    "latin-america-caribbean": 46,
    "europe": 56,
    "near-middle-east": 25,
}

# Members of a regional commission that its region does not give.
ECLAC_OUTSIDE = {"CAN", "FRA", "DEU", "ITA", "JPN", "NLD", "NOR", "PRT", "KOR", "ESP", "TUR", "GBR", "USA"}
ECE_OUTSIDE = {"CAN", "USA", "ISR", "TUR", "ARM", "AZE", "GEO", "KAZ", "KGZ", "TJK", "TKM", "UZB"}
ESCAP_OUTSIDE = {"ARM", "AZE", "GEO", "TUR", "RUS", "FRA", "NLD", "GBR", "USA"}
# The Subcommission is no region, and no source this script reads lists
# it: its members as kept by hand (ECOSOC resolution 1776 (LIV) set it up,
# 1988/14 admitted Egypt, India and Jordan; Armenia and Sri Lanka joined
# later). Check it against the Commission on Narcotic Drugs' own list.
SUBCOMMISSION = {
    "AFG", "ARM", "AZE", "BHR", "EGY", "IND", "IRN", "IRQ", "JOR", "KAZ", "KWT", "KGZ", "LBN",
    "OMN", "PAK", "QAT", "SAU", "LKA", "SYR", "TJK", "TUR", "TKM", "ARE", "UZB", "YEM",
}

# Where a source is known to be wrong, and what the list holds instead.
WORLD_COUNTRIES_ERRATA = {
    # world-countries marks the Holy See `unMember: true`; it is a
    # non-member observer State.
    ("VAT", "unMember"): "observer",
}
# Where the list follows UNTERM rather than the M49 overview's spelling.
M49_ERRATA = {
    ("PNG", "ru"): "Папуа — Новая Гвинея",
}


def fold(name):
    """As src/report/states.rs folds a name: lower case, accents and the
    dots and apostrophes of abbreviations gone, other punctuation a space,
    a leading "the" dropped. (Close enough for a report: the Rust tests
    hold the real rule.)"""
    out = []
    for c in name.lower():
        if c in ".'’`´":
            continue
        if c.isalnum():
            if c == "ё":
                out.append("е")
            elif c == "й":
                out.append(c)
            else:
                out.append("".join(d for d in unicodedata.normalize("NFKD", c) if not unicodedata.combining(d)))
        else:
            out.append(" ")
    words = "".join(out).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def read_list():
    with open(LIST, encoding="utf-8") as f:
        rows = list(csv.DictReader(line for line in f if not line.startswith("#")))
    return rows


def world_countries(path):
    if path is None:
        tmp = tempfile.mkdtemp(prefix="world-countries-")
        run(["npm", "pack", "--silent", "world-countries"], tmp)
        tarball = glob.glob(os.path.join(tmp, "world-countries-*.tgz"))[0]
        run(["tar", "xzf", tarball], tmp)
        path = os.path.join(tmp, "package")
    if os.path.isdir(path):
        path = os.path.join(path, "countries.json")
    with open(path, encoding="utf-8") as f:
        return {c["cca3"]: c for c in json.load(f)}


def pycountry_module():
    try:
        import pycountry  # noqa: F401
    except ImportError:
        tmp = tempfile.mkdtemp(prefix="pycountry-")
        run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "-d", tmp, "pycountry"], tmp)
        wheel = glob.glob(os.path.join(tmp, "pycountry-*.whl"))[0]
        zipfile.ZipFile(wheel).extractall(os.path.join(tmp, "lib"))
        sys.path.insert(0, os.path.join(tmp, "lib"))
    import pycountry

    return pycountry


def run(command, cwd):
    try:
        subprocess.run(command, cwd=cwd, check=True, stdout=subprocess.DEVNULL)
    except (OSError, subprocess.CalledProcessError) as e:
        print(f"cannot run {' '.join(command)}: {e}", file=sys.stderr)
        sys.exit(2)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--world-countries", metavar="DIR", help="an unpacked world-countries package")
    parser.add_argument("--m49", metavar="LANG=FILE", action="append", default=[],
                        help="UNSD's M49 overview as CSV in LANG (en, fr, es, ru)")
    parser.add_argument("--names", action="store_true",
                        help="also list the ISO and world-countries names the list does not place")
    args = parser.parse_args()

    rows = read_list()
    wc = world_countries(args.world_countries)
    pycountry = pycountry_module()
    failures = []

    def fail(message):
        failures.append(message)
        print("FAIL", message)

    # The list itself.
    members = [r for r in rows if r["status"] == "member"]
    observers = [r for r in rows if r["status"] == "observer"]
    if (len(members), len(observers), len(rows)) != (193, 2, 195):
        fail(f"{len(members)} members and {len(observers)} observers in {len(rows)} rows, not 193 + 2")
    for key in ("m49", "iso3"):
        values = [r[key] for r in rows]
        for v in sorted({v for v in values if values.count(v) > 1}):
            fail(f"{key} {v} is on more than one row")
    for r in rows:
        if not re.fullmatch(r"\d{3}", r["m49"]):
            fail(f"{r['iso3']}: M49 code {r['m49']!r} is not three digits")
        for lang in LANGS:
            if not r[lang].strip():
                fail(f"{r['iso3']}: no name in {lang}")
        for g in r["groups"].split():
            if g not in GROUPS:
                fail(f"{r['iso3']}: unknown group {g}")
        if r["status"] == "observer" and r["groups"]:
            fail(f"{r['iso3']}: an observer State in a group")

    # Codes and membership against world-countries and pycountry.
    for r in rows:
        iso3 = r["iso3"]
        c = wc.get(iso3)
        if c is None:
            fail(f"{iso3}: not in world-countries")
            continue
        if c["ccn3"] != r["m49"]:
            fail(f"{iso3}: M49 {r['m49']}, world-countries ccn3 {c['ccn3']}")
        member = "member" if c["unMember"] else "observer"
        erratum = WORLD_COUNTRIES_ERRATA.get((iso3, "unMember"))
        if erratum is not None:
            print(f"note {iso3}: world-countries says unMember={c['unMember']}; the list says {erratum} (known error)")
            member = erratum
        if member != r["status"]:
            fail(f"{iso3}: {r['status']} in the list, world-countries unMember={c['unMember']}")
        p = pycountry.countries.get(alpha_3=iso3)
        if p is None:
            fail(f"{iso3}: not in pycountry (ISO 3166-1)")
        elif p.numeric != r["m49"]:
            fail(f"{iso3}: M49 {r['m49']}, ISO 3166-1 numeric {p.numeric}")
    listed = {r["iso3"] for r in rows}
    for iso3, c in sorted(wc.items()):
        if c["unMember"] and iso3 not in listed:
            fail(f"{iso3} ({c['name']['common']}): a UN member in world-countries, not in the list")

    # The regional groups, derived from the regions of world-countries and
    # the commissions' members from outside their region.
    in_list = {r["iso3"]: r for r in rows}
    states = [iso3 for iso3, r in in_list.items() if r["status"] == "member"]
    region = {iso3: (wc[iso3]["region"], wc[iso3]["subregion"]) for iso3 in states if iso3 in wc}
    derived = {
        "africa": {s for s in states if region.get(s, ("",))[0] == "Africa"},
        "latin-america-caribbean": {s for s in states if region.get(s, ("",))[0] == "Americas"
                                    and s not in ("CAN", "USA")} | ECLAC_OUTSIDE,
        "europe": {s for s in states if region.get(s, ("",))[0] == "Europe"} | ECE_OUTSIDE,
        "asia-pacific": {s for s in states if region.get(s, ("", ""))[0] == "Oceania"
                         or (region.get(s, ("", ""))[0] == "Asia" and region[s][1] != "Western Asia")}
                        | ESCAP_OUTSIDE,
        "near-middle-east": SUBCOMMISSION,
    }
    for group in GROUPS:
        have = {r["iso3"] for r in rows if group in r["groups"].split()}
        for s in sorted(derived[group] - have):
            fail(f"{s}: should be in {group}")
        for s in sorted(have - derived[group]):
            fail(f"{s}: should not be in {group}")
        if len(have) != SIZES[group]:
            fail(f"{group}: {len(have)} States, not {SIZES[group]}")

    # Names against the M49 overview, language by language.
    for spec in args.m49:
        lang, _, path = spec.partition("=")
        if lang not in LANGS or not path:
            parser.error(f"--m49 wants LANG=FILE with LANG in {', '.join(LANGS)}")
        with open(path, encoding="utf-8-sig") as f:
            overview = {x["ISO-alpha3 Code"]: x for x in csv.DictReader(f)}
        for r in rows:
            x = overview.get(r["iso3"])
            if x is None:
                fail(f"{r['iso3']}: not in the M49 overview ({lang})")
                continue
            if x["M49 Code"] != r["m49"]:
                fail(f"{r['iso3']}: M49 {r['m49']}, the overview says {x['M49 Code']}")
            official = M49_ERRATA.get((r["iso3"], lang), x["Country or Area"].replace("’", "'"))
            if official != r[lang]:
                fail(f"{r['iso3']}: {lang} name {r[lang]!r}, M49 {official!r}")

    # Names other sources give that the list does not place: material for
    # the variants column, not failures.
    if args.names:
        placed = {}
        for r in rows:
            for name in [r[lang] for lang in LANGS] + [v for v in r["variants"].split("|") if v]:
                placed.setdefault(fold(name), r["iso3"])
        iso = {lang: gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
               for lang in ("fr", "es", "ru")}
        wc_lang = {"fr": "fra", "es": "spa", "ru": "rus"}
        for r in rows:
            p = pycountry.countries.get(alpha_3=r["iso3"])
            c = wc.get(r["iso3"], {})
            names = {("ISO", "en"): [p.name, getattr(p, "common_name", None), getattr(p, "official_name", None)]}
            names[("world-countries", "en")] = [c.get("name", {}).get("common"), c.get("name", {}).get("official")]
            for lang in ("fr", "es", "ru"):
                names[("ISO", lang)] = [iso[lang].gettext(p.name)]
                t = c.get("translations", {}).get(wc_lang[lang], {})
                names[("world-countries", lang)] = [t.get("common"), t.get("official")]
            for (source, lang), found in names.items():
                for name in filter(None, found):
                    where = placed.get(fold(name))
                    if where != r["iso3"]:
                        what = "not placed" if where is None else f"placed as {where}"
                        print(f"name {r['iso3']} {lang} {source}: {name!r} {what}")

    print(f"{len(rows)} States checked; {len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
