"""Build gold.csv for the fourth held-out attribution batch (annotations decided before any tool run).

Gold follows /work/shared/ANNOTATION.md ("The speaker", "Speaker conventions
for common cases"). Conventions used where the guide leaves room:
- a sentence that quotes the speaker's own words (even a fragment) is `direct`;
  reported speech without quoted words is `indirect`;
- in a transcript or interview turn, a sentence that reports another person's
  words keeps the turn speaker as gold and accepts the quoted person;
- a spokesperson or Secretary General reporting what a body decided gives the
  body, with the person accepted; a spokesperson's own remarks give the person,
  with the body accepted;
- speech acts of bodies (denied, proposed, rejected, dismissed, called) give the
  body; acts without speech (withdrew, suspended, summoned, froze) are the
  narrator; "withdrew ..., citing", "proposed" and "rejected" also accept the
  narrator;
- beliefs, memories and feelings ("remembers", "is convinced", "felt
  humiliated") are the narrator; a belief with a that-clause that was evidently
  told to the reporter ("Rybin is convinced that ...") also accepts the person;
- bare attribution tags split off as their own sentence (a pull quote's
  "- Name", a live-blog "– Name, speaking to ...") give the person, narrator
  accepted.
"""
import csv, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from stance.segment import split_sentences, normalize_space

HERE = Path(__file__).resolve().parent
N = "narrator"
D, I = "direct", "indirect"
RU_MFA = "Russian Foreign Ministry|Foreign Ministry|Ministry of Foreign Affairs of the Russian Federation"
# per doc: narrator name, then {index: (speaker, voice, accept)}; missing index = narrator row
G = {
 "m01_wire.txt": ("Corinne Ashdown", {
   3: ("Ilse Brandvold", D, "NATO"),
   4: ("Ilse Brandvold", I, "NATO"),
   5: ("Tomas Reindl", D, ""),
   6: ("Russia", D, "Russia's Defence Ministry|Defence Ministry"),
   7: (None, N, "Lev Tarkhanov"),            # "went further." introduces his quote
   8: ("Lev Tarkhanov", D, ""),
   9: ("Lev Tarkhanov", I, ""),              # "The minister added:"
   10: ("Lev Tarkhanov", D, ""),
   11: ("Lev Tarkhanov", D, ""),
   13: ("Rasa Vaitkute", D, ""),
   14: ("Rasa Vaitkute", D, ""),
   15: ("two Western diplomats", I, "*"),
   16: ("two Western diplomats", I, "*"),     # "One of them said"
   18: ("Russia", I, ""),                    # "The Kremlin dismissed the complaints."
   19: ("Oleg Durnev", D, "Russia"),
   20: ("Ilse Brandvold", D, "NATO"),        # "The spokeswoman" = Brandvold, not the spokesman Durnev
 }),
 "m02_liveblog.txt": ("", {
   4: ("Helka Rantanen", D, ""),
   5: ("Helka Rantanen", D, ""),
   6: ("Vadim Korshunov", D, "Russia"),
   7: ("Vadim Korshunov", I, "Russia"),
   8: (None, N, "Russia|" + RU_MFA),        # "has issued a statement." (no content)
   9: ("Russia", D, RU_MFA),
   10: ("Ana Vukotic", D, "NATO"),
   11: ("Ana Vukotic", D, "NATO"),
   12: ("a reader", I, "*"),
   14: ("Graham Whitlock", D, "United States"),
   15: ("Graham Whitlock", D, ""),
   17: ("Kemal Arslaner", D, ""),
   18: ("Pyotr Aldanov", D, ""),
   19: ("Pyotr Aldanov", D, "narrator"),     # split-off attribution tag
   20: ("Helka Rantanen", D, ""),
   21: ("Helka Rantanen", D, ""),
   22: ("Helka Rantanen", D, ""),
   23: ("United States", D, "State Department"),
 }),
 "m03_pressconf.txt": ("", {
   3: ("Annick Derval", D, "Moderator"),
   4: ("Annick Derval", D, "Moderator"),
   5: ("Niels Brandt-Olesen", D, ""),
   6: ("NATO-Russia Council", D, "Niels Brandt-Olesen|NATO"),
   7: ("NATO-Russia Council", D, "Niels Brandt-Olesen|NATO"),
   8: ("Valentin Korovin", D, ""),
   9: ("Valentin Korovin", D, ""),
   10: ("Valentin Korovin", D, ""),
   11: ("Annick Derval", D, "Moderator"),   # names Tom Reilly, who is not speaking here
   12: ("Tom Reilly", D, "Q"),
   13: ("Tom Reilly", D, "Q"),
   14: ("Valentin Korovin", D, "Russia"),
   15: ("Valentin Korovin", D, "Russia"),
   16: ("Q", D, "Tom Reilly"),              # follow-up, questioner not named again
   17: ("Niels Brandt-Olesen", D, "NATO"),
   18: ("Niels Brandt-Olesen", D, ""),
   19: ("Annick Derval", D, "Moderator"),
   20: ("Marina Sokolova", D, "Q"),
   21: ("Valentin Korovin", D, ""),
   22: ("Niels Brandt-Olesen", D, ""),
   23: ("Niels Brandt-Olesen", D, "NATO"),
   24: ("Annick Derval", D, "Moderator"),
 }),
 "m04_interview.txt": ("Saskia Oyelaran-Brook", {
   3: ("Saskia Oyelaran-Brook", D, ""),
   4: ("Gennady Tulupov", D, ""),
   5: ("Saskia Oyelaran-Brook", D, "NATO"),
   6: ("Saskia Oyelaran-Brook", D, ""),
   7: ("Gennady Tulupov", D, ""),
   8: ("Gennady Tulupov", D, "Russia"),
   9: ("Gennady Tulupov", D, "Russia"),
   10: ("Saskia Oyelaran-Brook", D, "Some historians"),
   11: ("Gennady Tulupov", D, ""),
   12: ("Gennady Tulupov", D, ""),
   13: ("Gennady Tulupov", D, ""),
   14: ("Saskia Oyelaran-Brook", D, "Gennady Tulupov"),   # quotes his memoir
   15: ("Saskia Oyelaran-Brook", D, ""),
   16: ("Gennady Tulupov", D, ""),
   17: ("Gennady Tulupov", D, ""),
   18: ("Gennady Tulupov", D, "Italian colleague|An Italian colleague"),
   19: ("Gennady Tulupov", D, ""),
   20: ("Saskia Oyelaran-Brook", D, ""),
   21: ("Gennady Tulupov", D, ""),
   22: ("Gennady Tulupov", D, ""),
   23: ("Saskia Oyelaran-Brook", D, ""),
 }),
 "m05_oped.txt": ("Miriam Kessler-Laine", {
   7: ("Some analysts", I, "*"),
   10: ("Howard Pemberton", D, ""),
   11: ("Howard Pemberton", D, ""),
   14: ("Critics of engagement", I, "*"),
   21: ("Miriam Kessler-Laine", D, ""),     # unattributed slogan, adopted by the author
 }),
 "m06_statement.txt": ("", {
   **{i: ("Russia", D, "narrator|" + RU_MFA) for i in (2, 3, 5, 6, 7, 8, 9, 11, 12, 13)},
   4: ("NATO", D, "Russia|narrator|" + RU_MFA),  # the statement reports the communique's words
   10: ("Ruslan Bezhin", D, "Russia"),
 }),
 "m07_thinktank.txt": ("Tobias Ekwall-Moreno", {
   7: ("United States", I, "narrator"),
   8: ("Russia", I, ""),
   9: ("Russia", I, "narrator"),
   10: ("NATO", I, "narrator"),
   11: ("NATO", I, ""),
   13: ("officials in six allied capitals", I, "*"),
   14: ("One official in Berlin", D, "*"),
   15: ("Officials in Warsaw and Vilnius", I, "*"),
   16: ("Officials in Warsaw and Vilnius", I, "*"),
   17: ("Nadezhda Orlova", I, ""),
   18: ("Nadezhda Orlova", D, ""),
 }),
 "m08_feature.txt": ("Eleanor Vasquez-Toll", {
   5: ("Anatoly Rybin", D, ""),
   6: ("Anatoly Rybin", D, ""),
   7: ("Anatoly Rybin", D, ""),              # reopened quote, new paragraph
   10: ("Dale Whitacre", D, ""),
   12: ("Megan Whitacre", D, "narrator"),    # background clause + her quoted description
   13: ("Megan Whitacre", I, ""),
   14: ("Megan Whitacre", D, ""),
   16: ("Dale Whitacre", I, ""),             # "Her father ... Whitacre said"
   18: (None, N, "Anatoly Rybin"),           # belief, evidently told to the reporter
   19: ("Anatoly Rybin", I, ""),
   20: ("Anatoly Rybin", D, ""),             # "the colonel"
   21: ("Anatoly Rybin", D, ""),
   23: ("Anatoly Rybin", D, ""),             # quote with no attribution, context = Rybin
 }),
 "m09_parliament.txt": ("", {
   2: ("Rosalind Marsh-Ogden", D, "Madam Deputy Speaker|Deputy Speaker"),
   3: ("Rosalind Marsh-Ogden", D, "Madam Deputy Speaker|Deputy Speaker"),
   4: ("Fenella Ashby-Croft", D, ""),
   5: ("Fenella Ashby-Croft", D, ""),
   6: ("Fenella Ashby-Croft", D, ""),
   7: ("Geoffrey Lanyon", D, ""),
   8: ("Geoffrey Lanyon", D, ""),
   9: ("Fenella Ashby-Croft", D, ""),
   10: ("Fenella Ashby-Croft", D, "Russian ambassador|Russia"),
   11: ("Fenella Ashby-Croft", D, ""),
   12: ("Daniel Lanyon", D, ""),
   13: ("Daniel Lanyon", D, ""),
   14: ("Fenella Ashby-Croft", D, ""),
   15: ("Fenella Ashby-Croft", D, ""),
   16: ("Geoffrey Lanyon", D, ""),
   17: ("Fenella Ashby-Croft", D, ""),
   18: ("Rosalind Marsh-Ogden", D, "Madam Deputy Speaker|Deputy Speaker"),
   19: ("Rosalind Marsh-Ogden", D, "Madam Deputy Speaker|Deputy Speaker"),
 }),
 "m10_statemedia.txt": ("", {
   1: ("Arkady Selin", I, "Russia"),
   2: ("Arkady Selin", D, ""),               # "the diplomat stressed"
   3: ("Arkady Selin", D, ""),               # "According to him"
   4: ("Arkady Selin", D, ""),
   5: (None, N, "Russia"),                   # "The Kremlin also commented" (no content)
   6: ("Yuri Makarenko", D, "Russia"),
   7: ("Yuri Makarenko", D, "Russia"),
   9: ("Western media", I, "*"),
   10: ("Russian experts", I, "*"),
   11: ("Konstantin Gridin", D, ""),
   13: ("Russia", I, "Foreign Ministry|Russian Foreign Ministry"),
 }),
 "m11_brief.txt": ("Priya Nandakumar-Hale", {
   2: ("three diplomats", I, "*"),
   3: ("a senior diplomat", D, "*"),
   4: ("officials", I, "*"),
   5: ("Another diplomat", I, "*"),
   6: ("People familiar with the matter", I, "*"),
   7: ("Estonia", I, "Estonia's foreign ministry|Estonian foreign ministry|foreign ministry"),
   8: ("Estonia", D, "Estonia's foreign ministry|Estonian foreign ministry|foreign ministry"),
   9: ("Finnish officials", I, "*"),
   11: ("Russia", I, ""),
   13: ("A NATO official", I, "*"),
 }),
 "m12_retrospective.txt": ("Henrik Solvang-Ure", {
   3: ("Irina Kostrova", D, ""),
   4: ("Irina Kostrova", D, ""),
   6: ("NATO and Russia", I, "NATO|Russia|Founding Act"),
   8: ("Russia", I, ""),
   10: ("Wendell Harcourt", D, ""),
   12: ("Wendell Harcourt", D, ""),          # "The historian"
   14: ("Irina Kostrova", D, ""),
   15: ("Irina Kostrova", I, ""),
   18: ("Tamsin Oduya", D, ""),
   19: ("Tamsin Oduya", D, ""),
   20: ("Tamsin Oduya", D, "narrator"),      # pull quote
   21: ("Tamsin Oduya", D, "narrator"),      # its attribution tag
   22: ("one former NATO ambassador", D, "*"),  # Carl Brenning is not a speaker
 }),
}

rows = []
for doc, (narr, ann) in G.items():
    sents = split_sentences((HERE / doc).read_text(encoding="utf-8"))
    assert max(ann) < len(sents), doc
    for i, s in enumerate(sents):
        sp, voice, acc = ann.get(i, (None, N, ""))
        if voice == N:
            sp = narr
        rows.append({"doc": doc, "index": i, "text": normalize_space(s.text),
                     "speaker": sp, "voice": voice, "accept": acc})
with open(HERE / "gold.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=["doc", "index", "text", "speaker", "voice", "accept"])
    w.writeheader(); w.writerows(rows)
print(len(rows), "rows")
