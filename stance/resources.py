"""Word lists and compiled patterns shared by the pipeline stages.

Kept in one place so that a reader can see, and a user can audit, every
hand-made list the rules depend on.
"""
from __future__ import annotations

import re

# --- Segmentation ----------------------------------------------------------

# Lower-cased, without the final period, as nltk's PunktParameters expects.
# Punkt learns abbreviations from training data; we give it none, so every
# abbreviation that must not end a sentence in news text is listed here.
ABBREVIATIONS = frozenset(
    """
    u.s u.k u.n u.s.a e.u u.s.s.r e.g i.e etc vs cf al approx dept est
    mr mrs ms dr prof sr jr st mt ft rev hon messrs mme mlle
    gen lt col maj capt cmdr adm sgt cpl pvt brig lt.-gen maj.-gen lt.-col
    sen rep gov pres amb sec atty supt insp
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    no nos vol pp op ed eds fig inc corp co ltd bros
    d.c n.y l.a a.m p.m
    """.split()
) | frozenset("abcdefghijklmnopqrstuvwxyz")  # initials: "Frank T. Csongos"

# A line ending in one of these characters closes its unit; a hard-wrapped
# line never does.
UNIT_END_CHARS = ".!?:;\"”’)]…"

BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
WHITESPACE_RUN = re.compile(r"\s+")
