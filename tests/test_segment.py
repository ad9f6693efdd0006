from pathlib import Path

import pytest

from stance.segment import normalize_space, split_sentences, split_units

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize("text, expected", [
    # abbreviations and initials do not end sentences
    ("Pfc. Anna Lee and Spc. Tom Hope were on the range. They left.",
     ["Pfc. Anna Lee and Spc. Tom Hope were on the range.", "They left."]),
    ("State Department spokesman James Foley said Monday the U.S. welcomes the comments. Foley added more.",
     ["State Department spokesman James Foley said Monday the U.S. welcomes the comments.", "Foley added more."]),
    ("RFE/RL's Senior Correspondent Frank T. Csongos reports from Washington:",
     ["RFE/RL's Senior Correspondent Frank T. Csongos reports from Washington:"]),
    ("Gen. Wesley Ward met Mr. Ivanov on Jan. 5 in St. Petersburg. They spoke for an hour.",
     ["Gen. Wesley Ward met Mr. Ivanov on Jan. 5 in St. Petersburg.", "They spoke for an hour."]),
    # a US state after a member of Congress's party, but a state alone can end a sentence
    ('Sen. Carl Rose (D-Mich.), who leads a panel, objected. Sen. Dana Hope (R-S.C.) agreed.',
     ['Sen. Carl Rose (D-Mich.), who leads a panel, objected.', 'Sen. Dana Hope (R-S.C.) agreed.']),
    ("Rep. Ann Cole, D-Calif., said no more. Then she left.", ["Rep. Ann Cole, D-Calif., said no more.",
                                                               "Then she left."]),
    ("He died at his home in Chevy Chase, Md. He was 87.", ["He died at his home in Chevy Chase, Md.", "He was 87."]),
    # a closing quote mark stays with its sentence, straight and curly
    ('Zyuganov called the comments "naive and unforgivable." Others denounced it.',
     ['Zyuganov called the comments "naive and unforgivable."', "Others denounced it."]),
    ("She replied, “Well, I can imagine it. I’m not sure the Russians can imagine it.” Laughter followed.",
     ["She replied, “Well, I can imagine it.", "I’m not sure the Russians can imagine it.”", "Laughter followed."]),
    # headlines and captions are units of their own, even without final punctuation
    ("NATO Warms to Russia\n\nNATO Meeting\n\nForeign ministers agreed to resume relations.",
     ["NATO Warms to Russia", "NATO Meeting", "Foreign ministers agreed to resume relations."]),
    ("Department of Defense\nOffice of International Security Affairs\n",
     ["Department of Defense", "Office of International Security Affairs"]),
    ("Photos: JEWEL SAMAD/AFP/Getty Images\nPhotos: JEWEL SAMAD/AFP/Getty Images",
     ["Photos: JEWEL SAMAD/AFP/Getty Images", "Photos: JEWEL SAMAD/AFP/Getty Images"]),
    # hard-wrapped lines are joined into one sentence
    ("it must solve the enduring\nstrategic problem of integrating Russia.",
     ["it must solve the enduring\nstrategic problem of integrating Russia."]),
    ("an understanding on the direction in which the\nNATO-Russian relationship should evolve.",
     ["an understanding on the direction in which the\nNATO-Russian relationship should evolve."]),
    # transcript labels are kept with the turn
    ("Q: Will the council meet again? SPOKESMAN: We expect it to meet in May.",
     ["Q: Will the council meet again?", "SPOKESMAN: We expect it to meet in May."]),
    # dateline dashes do not split
    ("Washington, 7 March 2000 (RFE/RL) -- The United States says Moscow is ready.",
     ["Washington, 7 March 2000 (RFE/RL) -- The United States says Moscow is ready."]),
    ("", []),
    ("\n\n   \n", []),
])
def test_sentences(text, expected):
    assert texts(text) == expected


def test_offsets_cut_the_sentence_exactly_in_every_seed():
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        sentences = split_sentences(text)
        assert sentences, path
        previous_end = 0
        for sentence in sentences:
            assert text[sentence.start:sentence.end] == sentence.text
            assert sentence.text == sentence.text.strip()
            assert sentence.start >= previous_end
            previous_end = sentence.end


def test_paragraph_numbers_follow_units():
    text = "Headline\n\nFirst sentence. Second sentence.\n\nThird one."
    assert [s.paragraph for s in split_sentences(text)] == [0, 1, 1, 2]
    assert len(split_units(text)) == 3


def test_crlf_text_keeps_offsets():
    text = "Title line\r\n\r\nOne sentence here. Another\r\none there."
    for sentence in split_sentences(text):
        assert text[sentence.start:sentence.end] == sentence.text
    assert [normalize_space(s.text) for s in split_sentences(text)] == [
        "Title line", "One sentence here.", "Another one there."]
