"""Build gold.csv for the third held-out attribution batch (annotations decided before any tool run)."""
import csv, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from stance.segment import split_sentences, normalize_space

HERE = Path(__file__).resolve().parent
N = "narrator"
# per doc: narrator name, then {index: (speaker, voice, accept)}; missing index = narrator row
G = {
 "k01_wire.txt": ("Marta Kellenberg", {
   4: ("Aurelio Fantin", "direct", ""),
   5: ("Aurelio Fantin", "indirect", "NATO"),
   6: ("Dmitri Valkov", "direct", "Russia"),
   7: ("Dmitri Valkov", "direct", "Russia"),
   8: ("two officials", "indirect", "*"),
   9: ("two officials", "indirect", "*"),
   11: ("Aurelio Fantin", "indirect", "NATO"),
   13: ("Ingrid Solberg", "direct", ""),
 }),
 "k02_analysis.txt": ("Jonas Whitcombe", {
   4: ("Russia", "indirect", ""),
   5: ("Western governments", "indirect", "*"),
   6: ("one former NATO ambassador", "direct", "*"),
   8: ("some diplomats", "indirect", "*"),
   9: ("Lena Hartwig", "indirect", ""),
   10: ("Lena Hartwig", "direct", ""),
   11: ("Pavel Orekhov", "direct", ""),
   12: ("Pavel Orekhov", "indirect", ""),
 }),
 "k03_liveblog.txt": ("", {
   4: ("Karin Olsdotter", "direct", "NATO"),
   5: ("Karin Olsdotter", "direct", "NATO"),
   6: ("Russia", "indirect", "narrator|Russia's Foreign Ministry|Foreign Ministry"),
   7: ("Russia", "direct", "Russia's Foreign Ministry|Foreign Ministry"),
   8: ("Tomas Reinholt", "direct", "Denmark"),
   9: ("Tomas Reinholt", "direct", "Denmark"),
   10: ("Zsolt Kerekes", "indirect", ""),
   11: ("Zsolt Kerekes", "indirect", "Hungary"),
   13: ("Karin Olsdotter", "direct", "NATO"),
 }),
 "k04_briefing.txt": ("", {
   2: ("Moderator", "direct", ""),
   3: ("Abigail Thorne", "direct", ""),
   4: ("Abigail Thorne", "direct", ""),
   5: ("Abigail Thorne", "direct", "United States"),
   6: ("Abigail Thorne", "direct", "United States"),
   7: ("Daniel Ferreira", "direct", "Q"),
   8: ("Daniel Ferreira", "direct", "Q"),
   9: ("Abigail Thorne", "direct", "United States"),
   10: ("Abigail Thorne", "direct", "United States"),
   11: ("Nadia Belkin", "direct", "Q"),
   12: ("Nadia Belkin", "direct", "Q|Russia"),
   13: ("Nadia Belkin", "direct", "Q"),
   14: ("Abigail Thorne", "direct", ""),
   15: ("Abigail Thorne", "direct", "United States"),
   16: ("Q", "direct", "Nadia Belkin"),
   17: ("Abigail Thorne", "direct", ""),
   18: ("Moderator", "direct", ""),
   19: ("Q", "direct", ""),
   20: ("Abigail Thorne", "direct", ""),
 }),
 "k05_interview.txt": ("Helen Marchetti", {
   4: ("Helen Marchetti", "direct", "Q"),
   5: ("Viktor Sharapov", "direct", "A"),
   6: ("Viktor Sharapov", "direct", "A"),
   7: ("Helen Marchetti", "direct", "Q"),
   8: ("Viktor Sharapov", "direct", "A"),
   9: ("Viktor Sharapov", "direct", "A"),
   10: ("Helen Marchetti", "direct", "Q|Some Western officials"),
   11: ("Viktor Sharapov", "direct", "A"),
   12: ("Viktor Sharapov", "direct", "A|NATO colleague"),
   13: ("Helen Marchetti", "direct", "Q"),
   14: ("Viktor Sharapov", "direct", "A"),
   15: ("Viktor Sharapov", "direct", "A"),
 }),
 "k06_oped.txt": ("Anneli Rauk", {
   5: ("Russian officials", "direct", "*"),
   7: (None, N, "every visiting delegation|visiting delegation"),
   9: ("Rupert Aske", "direct", ""),
   10: ("Some in Berlin and Paris", "indirect", "*"),
 }),
 "k07_statement.txt": ("", {
   **{i: ("Poland", "direct", "narrator|Ministry of Foreign Affairs of the Republic of Poland") for i in (2, 3, 4, 5, 6, 9, 10, 11, 12)},
   7: ("Zofia Kaminska", "direct", "Poland"),
   8: ("Arkady Benin", "direct", "Poland|narrator|Russia|Ministry of Foreign Affairs of the Republic of Poland"),
 }),
 "k08_brief.txt": ("Katarina Velloso", {
   7: ("Russia", "direct", "Russian Foreign Ministry"),
   9: ("a senior official at NATO headquarters", "direct", "*"),
   10: ("a former Russian general staff officer", "indirect", "*"),
 }),
 "k09_feature.txt": ("", {
   **{i: ("Yevgeny Lazutin", "direct", "") for i in (4, 5, 6, 8, 9, 10, 16)},
   7: ("Yevgeny Lazutin", "direct", "commander|my commander"),
   12: ("Irina Lazutina", "indirect", ""),
   13: ("Irina Lazutina", "direct", ""),
   15: ("Yevgeny Lazutin", "indirect", ""),
 }),
 "k10_story.txt": ("Samuel Okonkwo-Reyes", {
   2: ("Russia", "direct", ""),
   3: ("Russia", "indirect", ""),
   5: ("Henrik Dalgaard", "indirect", ""),
   6: ("Henrik Dalgaard", "direct", "NATO"),
   7: ("United States", "indirect", "narrator"),
   8: ("United States", "direct", ""),
   9: ("Poland", "indirect", ""),
   10: ("Tomasz Wierzbicki", "indirect", "Poland"),
   11: ("Tomasz Wierzbicki", "indirect", "Poland"),
   12: ("Marek Wierzbicki", "direct", ""),
   13: ("Marek Wierzbicki", "direct", ""),
   14: ("Tomasz Wierzbicki", "direct", ""),
   15: ("Russia", "direct", "Russia's Foreign Ministry|Foreign Ministry"),
   16: ("a senior diplomat", "indirect", "*"),
   17: ("a senior diplomat", "direct", "*"),
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
