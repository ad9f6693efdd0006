"""Build gold.csv for attribution_heldout2 from the hand annotations below.

One entry per sentence of stance.segment.split_sentences, in order:
(speaker, voice, accept). N = the document's narrator (byline author or '').
"""
import csv, os, sys
sys.path.insert(0, '/work/main')
from stance.segment import split_sentences, normalize_space

HERE = os.path.dirname(os.path.abspath(__file__))
N = object()
nar, dr, ind = 'narrator', 'direct', 'indirect'

def n(k=1, accept=''):
    return [(N, nar, accept)] * k

def s(name, voice, k=1, accept=''):
    return [(name, voice, accept)] * k

DOCS = {
 'g01_wire_dateline': ('Marta Lindqvist',
    n(4)                                         # headline, byline, dateline lede, background
    + s('Henrik Moller', dr, 2)                  # quote + run-on sentence
    + s('Henrik Moller', ind)                    # "Moller told reporters that"
    + s('Pavel Obolensky', ind, accept='narrator')  # "struck a more guarded tone"
    + s('Pavel Obolensky', dr)                   # "He said ... 'a serious mistake'" (partial quote)
    + s('Pavel Obolensky', dr, 2)
    + n()                                        # the act commits NATO ...
    + s('Diplomats', ind, accept='*')
    + n(2)                                       # protesters; first meeting
    + s('Henrik Moller', dr)                     # partial quote
    + n()),                                      # (Editing by ...)
 'g02_wire_bottom_byline': ('Tomas Reiher',
    n(3)
    + s('Russian officials', ind, accept='*')
    + s('Giulia Ferrante', dr)
    + s('Oleg Tarasenko', dr, 2)                 # partial quote; full quote
    + n(2)
    + s('Several allied officials', ind, accept='*')
    + s('Giulia Ferrante', ind)
    + s('Giulia Ferrante', dr, 2)                # "she added" + run-on
    + s('Communist faction in the Duma', ind, accept='*')
    + n(2)),                                     # lunch; bottom byline
 'g03_liveblog': ('',
    n(6)                                         # headline, updated, 09:05, two entries, 09:48
    + s('Sergei Lavrenko', dr, 2)
    + n()                                        # 11:30
    + s('Astrid Kallberg', dr, 2)
    + n()                                        # 12:40
    + s('Russia', dr)                            # The Kremlin said ... "a few days"
    + s('Astrid Kallberg', ind)
    + n()                                        # 14:10
    + s('Martin Sorensen', dr, 2)
    + n(3)                                       # 15:55, state TV, 17:20
    + s('Sergei Lavrenko', dr, 2)
    + n(3)),                                     # 18:40, sign-off x2
 'g04_press_conference': ('',
    n(2)
    + s('Ingrid Halvorsen', dr)                  # Good afternoon.
    + s('NATO', dr, 3, accept='Ingrid Halvorsen')  # ministers condemned / allies decided / dialogue can continue
    + s('Hanna Petersen', dr, 3)
    + s('Ingrid Halvorsen', dr, 3)
    + s('Q', dr)
    + s('NATO', dr, accept='Ingrid Halvorsen')   # ministers tasked ...
    + s('Ingrid Halvorsen', dr)
    + s('Hanna Petersen', dr)
    + s('Hanna Petersen', dr, accept='Russia')   # "The Russian foreign ministry says ..." inside her turn
    + s('Hanna Petersen', dr)
    + s('Ingrid Halvorsen', dr, 2)
    + s('Q', dr, 2)
    + s('Ingrid Halvorsen', dr, 2)),
 'g05_magazine_interview': ('Lena Hartmann',
    n(2)                                         # quote headline; intro
    + n(accept='Arkady Sobolev')                 # "he remains one of the few ... who still speak fondly"
    + s('Arkady Sobolev', ind, accept='narrator')  # "He talked to us about ..."
    + n()                                        # Interview by ...
    + s('Lena Hartmann', dr, 2)
    + s('Arkady Sobolev', dr, 3)
    + s('Lena Hartmann', dr)
    + s('Arkady Sobolev', dr, 3)
    + s('Lena Hartmann', dr)
    + s('Arkady Sobolev', dr, 2)
    + s('Lena Hartmann', dr)
    + s('Arkady Sobolev', dr, 2)
    + s('Lena Hartmann', dr)
    + s('Arkady Sobolev', dr, 2)),
 'g06_oped': ('Katarina Ulmanis',
    n(9)
    + s('Some allied governments', ind, accept='*')
    + n()
    + s('Eirik Haugland', dr)
    + n(8)),                                     # incl. "The Kremlin will say no at first." (author's prediction) and bio
 'g07_ministry_statement': ('',
    n(2, accept='Russia')
    + s('Russia', nar, 4, accept='narrator')
    + s('NATO Secretary General', dr, accept='NATO|Secretary General')
    + s('Russia', nar, 8, accept='narrator')),
 'g08_thinktank_brief': ('Helga Marstrand',
    n(8)                                         # ... "Washington formally withdrew" is an event
    + s('United States', ind)
    + s('Russia', ind)
    + s('NATO', ind)
    + s('Russian officials', ind, accept='*')
    + n(7)),
 'g09_feature_runon_quote': ('Oskar Brandt',
    n(5)
    + s('Ernst Wendland', dr, 5)                 # quote para 1 (3) + para 2 (2)
    + s('Ernst Wendland', dr, accept='*')        # nested words of the unnamed Soviet general
    + s('Ernst Wendland', dr, 3)                 # para 3
    + n(2)
    + s('Russia', ind, accept='Russian diplomats')
    + s('Ernst Wendland', ind)
    + s('Ernst Wendland', dr)
    + n()),
 'g10_shared_surname': ('Niamh Costello',
    n(2)
    + s('Katrin Albers', ind)
    + s('Katrin Albers', dr, 2)                  # "the deputy minister told"; "She said ... 'no reward'"
    + n()
    + s('Rutger Albers', ind)                    # "The envoy ... said"
    + s('Rutger Albers', dr, 2)
    + s('Rutger Albers', ind)
    + n()                                        # "Ms Albers met ..." event
    + s('Grigory Tolmachev', dr)
    + s('Several eastern allies', ind, accept='*')
    + s('A Lithuanian official', ind, accept='*')
    + s('Katrin Albers', ind)
    + s('Katrin Albers', dr, 2)
    + n(2)),
 'g11_bodies': ('',
    n(4)
    + s('NATO', dr)
    + s('Russia', ind)
    + s('Russia', dr)
    + n()                                        # the Kremlin did not comment
    + s('United States', ind)
    + s('Carl Whitby', ind)
    + s('United States', ind)
    + s('Germany', ind)
    + n(4)),
 'g12_unnamed_sources': ('Pieter Lammens',
    n(2)
    + s('a senior diplomat', ind, accept='*')
    + s('a senior diplomat', dr, 4, accept='*')  # incl. the unattributed quote paragraph (labels/README decision 15)
    + s('Officials', ind, accept='*')
    + s('Tallinn Centre for Defence Research', ind)
    + s('Mart Kivisild', ind)
    + n()
    + s('diplomats from the region', ind, accept='*')
    + n()
    + s('an American official', dr, accept='*')
    + n()
    + s('Viktor Glebov', ind, accept='narrator')
    + s('Viktor Glebov', dr)),
}

rows = []
for doc in sorted(DOCS):
    narrator, ann = DOCS[doc]
    with open(os.path.join(HERE, doc + '.txt'), encoding='utf-8') as fh:
        sents = split_sentences(fh.read())
    assert len(sents) == len(ann), (doc, len(sents), len(ann))
    assert 10 <= len(sents) <= 25, (doc, len(sents))
    for i, (sent, (spk, voice, acc)) in enumerate(zip(sents, ann)):
        spk = narrator if spk is N else spk
        rows.append({'doc': doc + '.txt', 'index': i, 'text': normalize_space(sent.text),
                     'speaker': spk, 'voice': voice, 'accept': acc})

with open(os.path.join(HERE, 'gold.csv'), 'w', newline='', encoding='utf-8') as fh:
    w = csv.DictWriter(fh, fieldnames=['doc', 'index', 'text', 'speaker', 'voice', 'accept'])
    w.writeheader()
    w.writerows(rows)
print(len(rows), 'rows')
