"""Speaker attribution: tables of (paragraphs, expected (speaker, voice) per sentence).

Four tables: paragraphs taken from the seed documents, paragraphs written
for this project for every pattern in the issue (invented people only),
short whole articles of the kinds the tool reads, and the news conventions
the held-out evaluation found missing (bylines, interview turns, reopened
quotations, unnamed sources, ministries, voice). Then the byline forms, the
alias file, the linking of names across documents, and the author argument.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from stance.attribute import (
    VOICES, AliasFileError, Attribution, attribute_speakers, link_speakers, load_aliases,
)
from stance.errors import StanceError
from stance.resources import DEFAULT_ALIASES
from stance.segment import split_sentences

N, D, I = VOICES  # narrator, direct, indirect
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def attribute(text: str, **options) -> list[tuple[str | None, str]]:
    return [(a.speaker, a.voice) for a in attribute_speakers(text, split_sentences(text), **options)]


SEED_PARAGRAPHS = [
    pytest.param(
        ('State Department spokesman James Foley said Monday the U.S. welcomes acting Russian '
         "President Vladimir Putin's recent comments about his willingness to improve ties with "
         'NATO.\n'
         '\n'
         "Foley was referring to Putin's interview with David Frost of the BBC in which Putin "
         'said Russia -- while remaining a strong state -- should avoid isolation and seek '
         'greater integration into NATO. Putin suggested that Russia eventually could even join '
         'NATO as long as it is regarded as an equal partner.\n'
         '\n'
         '"His answer was one that we find positive, in the sense that it indicates that there '
         'is a renewed willingness in Moscow to improve relations with NATO, to begin to work '
         'again with the alliance, in the spirit of the agreements that were reached between '
         'NATO and Russia a couple years ago."\n'
         '\n'
         'Foley added:\n'
         '\n'
         '"We welcome acting President Putin\'s determination to establish good relations with '
         'the West, and we see his statement in that light."\n'),
        [('James Foley', I), ('Vladimir Putin', I), ('Vladimir Putin', I), ('James Foley', D),
         ('James Foley', I), ('James Foley', D)],
        id='foley_sequence'),
    pytest.param(
        ('NATO: U.S. Sees Russian Willingness To Improve Ties\n'
         '\n'
         'Last week, Putin said he seeks neither confrontation nor isolation with the West. On '
         "Monday, the State Department welcomed Putin's comments. RFE/RL's Senior Correspondent "
         'Frank T. Csongos reports from Washington:\n'
         '\n'
         'Washington, 7 March 2000 (RFE/RL) -- The United States says there appears to be an '
         'increased willingness in Moscow to improve relations with NATO.\n'),
        [('Frank T. Csongos', N), ('Putin', I), ('United States', I), ('Frank T. Csongos', N),
         ('United States', I)],
        id='headline_byline'),
    pytest.param(
        ('As for Russia possibly becoming a member of NATO, Foley said:\n'
         '\n'
         '"He (Putin) also made it clear that the question of membership is not on NATO\'s -- not'
         ' currently -- on Russia\'s agenda."\n'
         '\n'
         "Robertson reiterated the alliance's stand in a statement issued at NATO headquarters "
         "in Brussels. He said that building on the alliance's existing links with Moscow is "
         'already a "challenging task." He said NATO recognizes the need for a continuing '
         'partnership with Russia.\n'
         '\n'
         '"The United States is certainly prepared to work with Russia and our allies in '
         'pursuing closer cooperation. We think that this relationship between NATO and Russia '
         'is obviously a cornerstone to security in the wider Europe, and we want to see that '
         'develop."\n'
         '\n'
         'Foley said one essential step is to resume substantive consultations in the NATO-'
         'Russia Permanent Joint Council on a broad range of security issues. He noted that '
         'until now, Russia has been limiting discussions to Kosovo issues only. Putin told '
         'Robertson that Russia is now ready to return to a broader agenda.\n'
         '\n'
         'The State Department spokesman said the U.S. sees a number of areas where NATO and '
         'Russia could move quickly to demonstrate renewed cooperation on a practical level.\n'),
        [('Foley', I), ('Foley', D), ('Robertson', I), ('Robertson', D), ('Robertson', I),
         ('Foley', D), ('Foley', D), ('Foley', I), ('Foley', I), ('Putin', I),
         ('United States', I)],
        id='robertson_orphan'),
    pytest.param(
        ('Clinton also said that Russia has nothing to worry about. She declared: “Let me state '
         'this clearly and unambiguously: While Russia faces challenges to its security, NATO is'
         ' not among them.”\n'
         '\n'
         'She also said:\n'
         '\n'
         'And we intend to use the NATO-Russia Council as a forum for frank discussions about '
         'areas where we disagree.… We will use it to challenge the assertion put forward in '
         'Russia’s new military doctrine that NATO’s enlargement and its global actions '
         'constitute a military danger to Russia.”\n'
         '\n'
         'On a more humorous note, when asked whether she could imagine Russia ever being a NATO'
         ' member, she generated laughter from the audience when she replied, “Well, I can '
         'imagine it. I’m not sure the Russians can imagine it.”\n'),
        [('Clinton', I), ('Clinton', D), ('Clinton', I), ('Clinton', D), ('Clinton', D),
         ('Clinton', D)],
        id='clinton_sequence'),
    pytest.param(
        ('Russia is worried that NATO is creeping eastward and that the former Soviet republics '
         'of Ukraine and Georgia might join. Thus, Russian leaders probably weren’t too happy '
         'when Clinton said, “We were glad to see the Alliance welcome Albania and Croatia last '
         'year. And there can be no question that NATO will continue to keep its doors open to '
         'new members.”'),
        [('Russia', I), (None, N), ('Clinton', D)],
        id='subordinate_quote'),
    pytest.param(
        ('NATO Secretary General Jaap de Hoop Scheffer said that “the ministers reached '
         'agreement to formally resume the NATO-Russia Council including at ministerial level…as'
         ' soon as possible after the NATO April summit.” He added, “Russia is an important '
         'player, a global player, and that means that not talking to them is not an option.” '
         'Moscow welcomed the move.'),
        [('Jaap de Hoop Scheffer', D), ('Jaap de Hoop Scheffer', D), ('Russia', I)],
        id='de_hoop_scheffer'),
    pytest.param(
        ('During her prepared remarks at the NATO meeting, Secretary of State Hillary Clinton '
         'argued “it’s time to explore a fresh start.”\n'
         '\n'
         '“We can and must find ways to work constructively with Russia where we share areas of '
         'common interest, including helping the people of Afghanistan, arms control and '
         'nonproliferation, counter-piracy and counter-narcotics and addressing the threats '
         'posed by Iran and North Korea.”\n'
         '\n'
         'Photo from Sebastien Pirlet/Reuters.'),
        [('Hillary Clinton', D), ('Hillary Clinton', D), (None, N)],
        id='orphan_quote_paragraph'),
    pytest.param(
        ('Declassified documents released by the National Security Archive have surfaced, '
         'revealing that former U.S. President Bill Clinton had committed to considering Russian'
         ' NATO membership during a meeting with Vladimir Putin in 2000. According to the '
         'released notes, Clinton assured Putin that NATO’s expansion would not threaten Russia,'
         ' and that he was willing to engage in serious discussions about the possibility of '
         'Russia joining the military alliance. The documents, published by the National '
         'Security Archive, shed light on the historical interactions between the two leaders '
         'and their perspectives on NATO’s role in global security.\n'
         'These records show that Clinton was clear about his stance, stating that from the '
         'beginning of the NATO enlargement process, he understood it was a concern for Russia '
         'and that the expansion should not be seen as a threat. The documents reflect an effort'
         ' by the Clinton administration to address Russian concerns about the expansion of '
         'NATO, suggesting a more conciliatory approach than what has been seen in recent years.'
         '\n'
         'Putin, in turn, expressed support for the idea of Russia joining NATO, although he '
         'acknowledged that the domestic political considerations in Russia prevented the move '
         'at the time. According to the meeting notes, Putin noted that the Russian leadership '
         'at the time was focused on internal matters and that the idea of NATO membership was '
         'not a priority. However, he indicated that if the U.S. had acted on this promise, it '
         'could have led to a new era of rapprochement between Moscow and the West.\n'
         'This expansion has been a point of contention for Russia, which has consistently '
         'argued that the continued expansion of NATO threatens its national security.'),
        [('Bill Clinton', I), ('Bill Clinton', I), (None, N), ('Bill Clinton', I), (None, N),
         ('Vladimir Putin', I), ('Vladimir Putin', I), ('Vladimir Putin', I), ('Russia', I)],
        id='declassified'),
    pytest.param(
        ('Photo from Sebastien Pirlet/Reuters.\n'
         '\n'
         'Author\n'
         '\n'
         'David Kampf\n'
         '\n'
         'David Kampf is a writer and researcher based in Washington, DC. He is also a columnist'
         ' for Asia Chronicle.'),
        [('David Kampf', N), ('David Kampf', N), ('David Kampf', N), ('David Kampf', N),
         ('David Kampf', N)],
        id='author_section'),
    pytest.param(
        ('Below, former U.S. Secretary of State Madeleine Albright greets Clinton as she steps '
         'to the stage to give her speech.\n'
         '\n'
         'JEWEL SAMAD/AFP/Getty Images\n'
         '\n'
         'Preeti Aroon was copy chief at Foreign Policy from 2009 to 2016 and was an FP '
         'assistant editor from 2007 to 2009. Twitter: @pjaroonFP\n'
         '\n'
         'More from Foreign Policy'),
        [('Preeti Aroon', N), ('Preeti Aroon', N), ('Preeti Aroon', N), ('Preeti Aroon', N),
         ('Preeti Aroon', N)],
        id='bio_line'),
    pytest.param(
        ("Putin's political rivals have criticized his statement on possible NATO membership, "
         "with some politicians calling it a betrayal of Russia's interests. Communist Party "
         'leader Gennady Zyuganov called the comments "naive and unforgivable." Others denounced'
         ' it as a bid for votes from pro-Western Russians in presidential elections scheduled '
         'for March 26, or an effort to soften his hard-line image in the West.'),
        [("Putin's political rivals", I), ('Gennady Zyuganov', D), ('Others', I)],
        id='groups'),
    pytest.param(
        ("Russia suspended nearly all ties with NATO last year in response to the alliance's "
         'bombing campaign in Yugoslavia. NATO, meanwhile, condemned Russia for using excessive '
         'force in Chechnya.\n'
         '\n'
         'But an agreement to restore ties was announced last month when NATO Secretary General '
         'George Robertson visited Moscow.'),
        [(None, N), ('NATO', I), (None, N)],
        id='events_and_bodies'),
]


OWN_PARAGRAPHS = [
    # --- direct quotes: straight and curly marks, before and after the attribution
    pytest.param(
        ('“We will not accept a return to confrontation,” said Anneli Vaskor, the alliance’s '
         'deputy secretary general.'),
        [('Anneli Vaskor', D)],
        id='curly_after_inverted'),
    pytest.param(
        ('NATO Deputy Secretary General Anneli Vaskor arrived in Vienna on Monday.\n'
         '\n'
         '"Dialogue with Moscow remains essential," Vaskor said on Tuesday.'),
        [(None, N), ('Anneli Vaskor', D)],
        id='straight_after_surname'),
    pytest.param(
        ('Russian Deputy Foreign Minister Ilya Markevich said: “Russia has no intention of '
         'threatening its neighbours.”'),
        [('Ilya Markevich', D)],
        id='colon_before'),
    pytest.param(
        ('Russian officials struck a harder tone on Friday.\n'
         '\n'
         '"We are ready to talk, but not on our knees" — Ilya Markevich, deputy foreign minister'
         '\n'
         '\n'
         'The talks are due to resume in June.'),
        [(None, N), ('Ilya Markevich', D), (None, N)],
        id='dash_pullquote'),
    pytest.param(
        'Ilya Markevich spoke first. “We see no basis for talks,” he said. “None at all.”',
        [(None, N), ('Ilya Markevich', D), ('Ilya Markevich', D)],
        id='quote_then_frame_pronoun'),
    pytest.param(
        '“The door is open,” Halvorsen said. “We are not coming in,” Markevich replied.',
        [('Halvorsen', D), ('Markevich', D)],
        id='two_quotes_two_speakers'),
    pytest.param(
        'Lindqvist put it simply: “Talk is cheaper than war.”',
        [('Lindqvist', D)],
        id='quote_before_colon_frame'),
    pytest.param(
        ('NATO Secretary General Georg Halvorsen spoke after the vote.\n'
         '\n'
         '“The offer stands,” said the secretary general.'),
        [(None, N), ('Georg Halvorsen', D)],
        id='inverted_title'),
    pytest.param(
        ('Sofia Lindqvist faced questions about the exercise. “We remain open to dialogue,” she '
         'said.'),
        [(None, N), ('Sofia Lindqvist', D)],
        id='she_said_tag'),
    # --- quotations over several sentences and paragraphs
    pytest.param(
        ('“We welcome the decision. It opens the door to practical cooperation,” said Sofia '
         'Lindqvist, a spokeswoman for the alliance.'),
        [('Sofia Lindqvist', D), ('Sofia Lindqvist', D)],
        id='multi_sentence'),
    pytest.param(
        ('NATO spokesman Georg Halvorsen briefed reporters in Brussels.\n'
         '\n'
         'Halvorsen said the council would meet in May. “The agenda is long. We will start with '
         'arms control.\n'
         '\n'
         '“After that, we will look at military transparency,” he added.'),
        [(None, N), ('Georg Halvorsen', I), ('Georg Halvorsen', D), ('Georg Halvorsen', D),
         ('Georg Halvorsen', D)],
        id='multi_paragraph_reopen'),
    pytest.param(
        ('NATO spokesman Georg Halvorsen took questions.\n'
         '\n'
         '“We have made our offer. The rest is up to Moscow.\n'
         '\n'
         '“We will wait,” Halvorsen said.'),
        [(None, N), ('Georg Halvorsen', D), ('Georg Halvorsen', D), ('Georg Halvorsen', D)],
        id='runs_on_attribution_later'),
    # --- a paragraph ending in a colon introduces the next one
    pytest.param(
        ("Markevich met the alliance's envoy in Geneva. Afterwards Markevich added:\n"
         '\n'
         '“Moscow will answer every step the alliance takes on our borders.”'),
        [(None, N), ('Markevich', I), ('Markevich', D)],
        id='colon_paragraph'),
    pytest.param(
        ("Sofia Lindqvist, the alliance's spokeswoman, defended the decision. She also said:\n"
         '\n'
         '“Nobody is closing the door on Russia.”'),
        [('Sofia Lindqvist', I), ('Sofia Lindqvist', I), ('Sofia Lindqvist', D)],
        id='she_also_said'),
    pytest.param(
        ('In a statement, the Russian Foreign Ministry said:\n'
         '\n'
         "NATO's decision to deploy additional battalions is a provocation. Russia reserves the "
         'right to respond.'),
        [('Russia', I), ('Russia', D), ('Russia', D)],
        id='block_no_marks'),
    pytest.param(
        'Halvorsen said: The offer stands. We are patient.',
        [('Halvorsen', D), ('Halvorsen', D)],
        id='x_said_colon_no_quotes'),
    # --- transcript and live-blog turns; headline colons are not turns
    pytest.param(
        ('Press briefing by NATO spokesman Georg Halvorsen, Brussels.\n'
         '\n'
         'MODERATOR: Will the council meet again?\n'
         '\n'
         'HALVORSEN: We expect it to meet before the summer. Dialogue is never a concession.\n'
         '\n'
         'Q: And if Moscow refuses?\n'
         '\n'
         'HALVORSEN: Then the door stays open.'),
        [(None, N), ('MODERATOR', D), ('Georg Halvorsen', D), ('Georg Halvorsen', D), ('Q', D),
         ('Georg Halvorsen', D)],
        id='transcript'),
    pytest.param(
        ('Russian Deputy Foreign Minister Ilya Markevich spoke to state television.\n'
         '\n'
         'Markevich: We see no basis for talks at this stage.\n'
         '\n'
         "The alliance's foreign ministers meet in Brussels next week."),
        [(None, N), ('Ilya Markevich', D), (None, N)],
        id='liveblog_single'),
    pytest.param(
        'Q: Will Russia attend?\n\nA: We have not received an answer yet.',
        [('Q', D), ('A', D)],
        id='question_answer'),
    pytest.param(
        ('NATO: Allies Agree To Resume Talks With Moscow\n'
         '\n'
         'Photos: Reuters/Anna Keller\n'
         '\n'
         'Twitter: @nato_watch'),
        [(None, N), (None, N), (None, N)],
        id='headline_colons'),
    pytest.param(
        'Kremlin says NATO drills threaten Russia\n\nThe drills began on Monday.',
        [(None, N), (None, N)],
        id='headline_with_verb'),
    # --- indirect speech and named sources
    pytest.param(
        ("Sofia Lindqvist, NATO's spokeswoman, spoke after the meeting. Lindqvist said the "
         'alliance would keep its channels to Moscow open.'),
        [(None, N), ('Sofia Lindqvist', I)],
        id='indirect_said'),
    pytest.param(
        'Ilya Markevich told reporters that Russia saw no threat in the exercise.',
        [('Ilya Markevich', I)],
        id='told_that'),
    pytest.param(
        'According to the Russian Foreign Ministry, the talks were "useful but insufficient."',
        [('Russia', D)],
        id='according_to'),
    pytest.param(
        'The meeting was cancelled at short notice, according to two diplomats.',
        [('two diplomats', I)],
        id='according_end'),
    pytest.param(
        ('Georg Halvorsen called the move "a useful step." Sofia Lindqvist, in turn, expressed '
         'support for resuming military contacts.'),
        [('Georg Halvorsen', D), ('Sofia Lindqvist', I)],
        id='called_in_turn'),
    pytest.param(
        'Markevich called for an immediate halt to the exercises.',
        [('Markevich', I)],
        id='called_for'),
    pytest.param(
        'The offer, as Halvorsen put it, is "generous but firm."',
        [('Halvorsen', D)],
        id='as_put_it'),
    pytest.param(
        'Halvorsen said Monday that the offer stood.',
        [('Halvorsen', I)],
        id='said_monday'),
    pytest.param(
        ('The plan was criticized by Ilya Markevich as "dangerous." An agreement was announced '
         'on Monday.'),
        [('Ilya Markevich', D), (None, N)],
        id='passive_by'),
    pytest.param(
        'Markevich, who met Halvorsen in Vienna last week, said the talks had been frank.',
        [('Markevich', I)],
        id='who_clause'),
    pytest.param(
        'Moscow rejected the offer, Halvorsen said.',
        [('Halvorsen', I)],
        id='tag_wins'),
    pytest.param(
        'Poland is concerned that the talks could sideline the eastern flank.',
        [('Poland', I)],
        id='attitude'),
    pytest.param(
        'Halvorsen thanked Markevich for his frankness.',
        [('Halvorsen', I)],
        id='thanked'),
    # --- bodies through the alias table
    pytest.param(
        ('The Kremlin warned that any deployment would be met with countermeasures. Moscow '
         'welcomed the proposal for a hotline, however. Washington urged both sides to show '
         'restraint. The State Department insisted that sanctions would stay in place. Russia '
         'denied that its troops had crossed the border.'),
        [('Russia', I), ('Russia', I), ('United States', I), ('United States', I), ('Russia', I)],
        id='bodies'),
    pytest.param(
        ('Washington urged Moscow to return to the treaty. The Pentagon said the move was '
         'destabilizing.'),
        [('United States', I), ('United States', I)],
        id='urged'),
    pytest.param(
        'Allies agreed that dialogue with Russia should continue.',
        [('NATO', I)],
        id='allies_agreed'),
    pytest.param(
        'Earlier, the alliance said it would keep its channels open.',
        [('NATO', I)],
        id='lower_alliance'),
    pytest.param(
        'Germany welcomed the decision. The European Union urged restraint.',
        [('Germany', I), ('European Union', I)],
        id='other_bodies'),
    pytest.param(
        "Russia's foreign ministry said the exercise was a provocation.",
        [('Russia', I)],
        id='ministry_possessive'),
    pytest.param(
        'A spokesman for the Russian Foreign Ministry said the exercise was a provocation.',
        [('Russia', I)],
        id='spokesman_for_body'),
    pytest.param(
        ('The Russian Defence Ministry issued a statement on Sunday. It said the drills were '
         'purely defensive.'),
        [(None, N), ('Russia', I)],
        id='it_body'),
    pytest.param(
        ('Our correspondent Lukas Brandt reports from Vilnius:\n'
         '\n'
         'Lithuania wants more allied troops on its territory. The government said it would host'
         ' a new brigade.'),
        [('Lukas Brandt', N), ('Lithuania', I), ('Lithuania', I)],
        id='reports_from'),
    # --- names, titles and pronouns resolved to the person
    pytest.param(
        ('NATO Secretary General Georg Halvorsen opened the meeting. The secretary general said '
         'the alliance posed no threat to Russia.'),
        [(None, N), ('Georg Halvorsen', I)],
        id='title_resolution'),
    pytest.param(
        ('Russian Deputy Foreign Minister Ilya Markevich met the envoys. The deputy minister '
         'warned that enlargement would have consequences.'),
        [(None, N), ('Ilya Markevich', I)],
        id='deputy_minister'),
    pytest.param(
        ('Georg Halvorsen met Sofia Lindqvist on Monday. She said the meeting had been '
         'productive.\n'
         '\n'
         'Lindqvist later met Ilya Markevich. He said Russia wanted guarantees.'),
        [(None, N), ('Sofia Lindqvist', I), (None, N), ('Ilya Markevich', I)],
        id='pronoun_gender'),
    pytest.param(
        ('Russian Deputy Foreign Minister Ilya Markevich gave no details. Mr. Markevich said '
         'only that Moscow was studying the text.'),
        [(None, N), ('Ilya Markevich', I)],
        id='mr_surname'),
    pytest.param(
        ('Paul Berger, a German diplomat, and his sister Anna Berger, a Swedish lawmaker, '
         'attended. Paul Berger spoke first. Berger said Berlin backed the talks.'),
        [(None, N), (None, N), ('Paul Berger', I)],
        id='shared_surname'),
    # --- loose groups and unnamed sources
    pytest.param(
        ('Some analysts warned that the thaw would not last. Western diplomats said the talks '
         'had stalled. Others dismissed the offer as a tactic.'),
        [('Some analysts', I), ('Western diplomats', I), ('Others', I)],
        id='loose_groups'),
    pytest.param(
        'A senior alliance official said the invitation had not been withdrawn.',
        [('senior alliance official', I)],
        id='unnamed_official'),
    pytest.param(
        'Critics in the Duma argued that the talks were a trap.',
        [('Critics in the Duma', I)],
        id='critics_in'),
    # --- the narrator: bylines, author lines, events without speech
    pytest.param(
        ('By Jana Miller\n'
         '\n'
         'NATO suspended all practical cooperation with Russia on Tuesday.\n'
         '\n'
         'Halvorsen said the decision was unanimous.'),
        [('Jana Miller', N), ('Jana Miller', N), ('Halvorsen', I)],
        id='byline'),
    pytest.param(
        ('NATO Looks East\n'
         '\n'
         'The alliance is rethinking its posture.\n'
         '\n'
         'Author\n'
         '\n'
         'Mira Castell\n'
         '\n'
         'Mira Castell is a senior fellow at the Baltic Policy Institute.'),
        [('Mira Castell', N), ('Mira Castell', N), ('Mira Castell', N), ('Mira Castell', N),
         ('Mira Castell', N)],
        id='author_heading'),
    pytest.param(
        ('NATO suspended all practical cooperation with Russia. The decision followed weeks of '
         'tension.'),
        [(None, N), (None, N)],
        id='event_no_verb'),
    pytest.param(
        'Foreign ministers agreed to resume the council next month.',
        [(None, N)],
        id='agreed_to'),
    pytest.param(
        'We believe the partnership must be rebuilt step by step. Our door remains open.',
        [(None, N), (None, N)],
        id='first_person_statement'),
    pytest.param(
        ('Georgian President Nino Beridze welcomes Georg Halvorsen at the presidential palace in'
         ' Tbilisi.'),
        [(None, N)],
        id='greeting_caption'),
    pytest.param(
        'Markevich called Halvorsen on Tuesday.',
        [(None, N)],
        id='phone_call'),
    pytest.param(
        'It said the drills would continue.',
        [(None, N)],
        id='it_unresolved'),
    # --- failure modes: unattributed, nested and stray quotes, names that are not speakers
    pytest.param(
        ('Markevich said Russia would study the proposal.\n'
         '\n'
         '“We are not in a hurry. The ball is in NATO’s court.”'),
        [('Markevich', I), ('Markevich', D), ('Markevich', D)],
        id='orphan_after_indirect'),
    pytest.param(
        '“A new chapter has begun.”\n\nThe talks will resume next month.',
        [(None, N), (None, N)],
        id='orphan_no_neighbour'),
    pytest.param(
        '“When they say ‘partnership’, they mean something else,” Lindqvist said.',
        [('Lindqvist', D)],
        id='nested_single'),
    pytest.param(
        '"He told me \'no deal\', and he meant it," Tomas Brielle recalled.',
        [('Tomas Brielle', D)],
        id='nested_double_straight'),
    pytest.param(
        ('The 12" guns were removed years ago, officials said. The exercise ended on Friday. '
         'NATO said the drills were defensive.'),
        [('officials', I), (None, N), ('NATO', I)],
        id='stray_inches'),
    pytest.param(
        ('Critics called the plan a "reset. The alliance rejected that reading. Markevich said '
         'nothing.\n'
         '\n'
         'The council meets again in May.'),
        [('Critics', I), ('NATO', I), ('Markevich', I), (None, N)],
        id='stray_open'),
    pytest.param(
        ('Markevich dismissed the "new offer as theatre.\n'
         '\n'
         'The alliance meets in June. Ministers will discuss the budget.\n'
         '\n'
         'The weather in Brussels was mild.'),
        [('Markevich', I), (None, N), (None, N), (None, N)],
        id='stray_does_not_spread'),
    pytest.param(
        ("Halvorsen was commenting on Markevich's interview with Tessa Hall of Radio Baltica, in"
         ' which Markevich said Russia might return to the council.'),
        [('Markevich', I)],
        id='not_a_speaker'),
    pytest.param(
        'Moscow was irritated when Halvorsen said, “The door to membership stays open.”',
        [(None, N)],
        id='subordinate'),
    # --- more news patterns: appositives, split quotes, tweets, unnamed officials
    pytest.param(
        'Sergei Ivanovic, the Russian foreign minister, said the offer was unacceptable.',
        [('Sergei Ivanovic', I)],
        id='appositive_title_after'),
    pytest.param(
        '“We have no illusions,” said Sergei Ivanovic, the Russian foreign minister.',
        [('Sergei Ivanovic', D)],
        id='inverted_appositive'),
    pytest.param(
        '“We are ready,” he said, “but not at any price.”',
        [(None, N)],
        id='split_quote'),
    pytest.param(
        'Ivanovic: NATO Is A Threat To Our Security\n\nThe minister spoke in Moscow on Monday.',
        [(None, N), (None, N)],
        id='headline_person_colon'),
    pytest.param(
        'NATO chief Lena Varga said on Twitter: “Our door remains open.”',
        [('Lena Varga', D)],
        id='on_twitter'),
    pytest.param(
        'In a statement, NATO said it would not be intimidated.',
        [('NATO', I)],
        id='statement_body'),
    pytest.param(
        'The spokesman for the Kremlin, Dmitry Orel, said Russia would respond.',
        [('Dmitry Orel', I)],
        id='kremlin_spokesman_appositive'),
    pytest.param(
        ('Ivanovic spoke for an hour.\n'
         '\n'
         '“We want peace,” Ivanovic said. “But peace requires respect.”\n'
         '\n'
         '“And respect is earned.”'),
        [(None, N), ('Ivanovic', D), ('Ivanovic', D), ('Ivanovic', D)],
        id='quote_attributed_middle_paragraphs'),
    pytest.param(
        'The Russian ambassador told reporters that talks were possible.',
        [('Russia', I)],
        id='told_reporters_title'),
    pytest.param(
        ('“The talks failed,” Varga said. The meeting ended early. Delegates left without a '
         'statement.'),
        [('Varga', D), (None, N), (None, N)],
        id='mixed_narrator_after_quote'),
]


ARTICLES = [
    pytest.param(
        ('Alliance and Moscow Trade Warnings Over Baltic Drills\n'
         '\n'
         'By Petra Novak\n'
         '\n'
         'BRUSSELS, May 4 (Wire) -- NATO defence ministers on Thursday agreed to extend air '
         'policing over the Baltic states, a move Russia\'s Defence Ministry called "provocative '
         'and dangerous."\n'
         '\n'
         '"Our presence is defensive and it will remain so," NATO Secretary General Lars Ekdahl '
         'told reporters after the meeting. "Nobody should misread our resolve."\n'
         '\n'
         'Ekdahl said the alliance remained open to talks with Moscow on military transparency. '
         'He added that a hotline set up last year had been used twice.\n'
         '\n'
         'Russian Deputy Defence Minister Oleg Tarasenko said Moscow would respond with '
         '"appropriate measures." According to Tarasenko, the drills were a rehearsal for an '
         'attack.\n'
         '\n'
         'The Kremlin later struck a softer tone. Spokesman Yuri Belkin told state media that '
         'Russia was "not interested in escalation."\n'
         '\n'
         'Some analysts were sceptical. "Both sides are talking past each other," said Hanna '
         'Virtanen, a researcher at the Nordic Security Institute in Helsinki.\n'
         '\n'
         'The ministers will meet again in October.'),
        None,
        [('Petra Novak', N), ('Petra Novak', N), ('Petra Novak', N), ('Lars Ekdahl', D),
         ('Lars Ekdahl', D), ('Lars Ekdahl', I), ('Lars Ekdahl', I), ('Oleg Tarasenko', D),
         ('Oleg Tarasenko', I), ('Petra Novak', N), ('Yuri Belkin', D), ('Petra Novak', N),
         ('Hanna Virtanen', D), ('Petra Novak', N)],
        id='wire_story'),
    pytest.param(
        ('Live: NATO summit in Riga\n'
         '\n'
         '10:42 GMT\n'
         '\n'
         'Estonian Prime Minister Kadri Lepp has arrived at the venue. She told reporters the '
         'summit must send "a clear message of unity."\n'
         '\n'
         '10:55 GMT\n'
         '\n'
         "Russia's foreign ministry has responded to the summit declaration. In a statement, it "
         'said the alliance was "building new dividing lines in Europe."\n'
         '\n'
         '11:20 GMT\n'
         '\n'
         'Lepp: We do not want confrontation with Russia. But we will not be intimidated either.'
         '\n'
         '\n'
         '11:34 GMT\n'
         '\n'
         'The leaders are now posing for the family photo.'),
        None,
        [(None, N), (None, N), (None, N), ('Kadri Lepp', D), (None, N), ('Russia', I),
         ('Russia', D), (None, N), ('Kadri Lepp', D), ('Kadri Lepp', D), (None, N), (None, N)],
        id='live_blog'),
    pytest.param(
        ('Transcript: joint press conference\n'
         '\n'
         'MR. DUVAL: Good afternoon. The council discussed arms control and crisis communication'
         ' today.\n'
         '\n'
         'QUESTION: Did the Russian side accept the proposal on notification of exercises?\n'
         '\n'
         'MR. DUVAL: They have taken it home for study. I would not call that a rejection.\n'
         '\n'
         'AMBASSADOR KOROLEV: We are ready to look at any proposal that respects our security '
         'interests.'),
        None,
        [(None, N), ('Duval', D), ('Duval', D), ('QUESTION', D), ('Duval', D), ('Duval', D),
         ('Korolev', D)],
        id='press_conference'),
    pytest.param(
        ('Why the Reset Failed\n'
         '\n'
         'The hopes of a decade ago now look naive. Washington believed that partnership with '
         'Moscow could be built on shared interests in counterterrorism. The Kremlin saw it '
         'differently.\n'
         '\n'
         'In 2009, then-Secretary of State Margaret Osgood declared that the two countries would'
         ' "press the reset button." Her Russian counterpart, Foreign Minister Viktor Lanin, was'
         ' more cautious. He said Russia would judge America "by its deeds, not its words."\n'
         '\n'
         'Critics in Congress argued that the policy rewarded bad behaviour. Osgood rejected '
         'that view. "Engagement is not a reward," she said in a speech in Chicago. "It is a '
         'tool."\n'
         '\n'
         'Tom Reyes is a senior fellow at the Atlantic Futures Center and a former State '
         'Department official.'),
        None,
        [('Tom Reyes', N), ('Tom Reyes', N), ('United States', I), ('Tom Reyes', N),
         ('Margaret Osgood', D), ('Tom Reyes', N), ('Viktor Lanin', D),
         ('Critics in Congress', I), ('Margaret Osgood', I), ('Margaret Osgood', D),
         ('Margaret Osgood', D), ('Tom Reyes', N)],
        id='op_ed_with_bio'),
    pytest.param(
        ('Statement by the Ministry of Foreign Affairs of Norland\n'
         '\n'
         'The Ministry of Foreign Affairs notes with concern the decision of the Russian '
         'Federation to suspend its participation in the consultative mechanism. We regret this '
         'step. Norland remains committed to dialogue within the framework of the NATO-Russia '
         'Council. We call on Moscow to reconsider.'),
        None,
        [(None, N), ('Norland', D), ('Norland', D), ('Norland', D), ('Norland', D)],
        id='ministry_statement'),
    pytest.param(
        ('Moscow Cool on Alliance Offer\n'
         '\n'
         "Russia's envoy to NATO, Sergei Volkov, on Tuesday dismissed the alliance's offer of "
         'new talks as "public relations."\n'
         '\n'
         '"There is nothing new in this letter," Volkov said at a news conference in Brussels. '
         '"They repeat the same conditions."\n'
         '\n'
         'Alliance officials said the offer was sincere. A spokeswoman, Claire Dumont, said the '
         'door to dialogue "has never been closed."\n'
         '\n'
         'Volkov, who has served in Brussels since 2019, said Moscow would reply in writing.\n'
         '\n'
         '"We will study it carefully. But nobody should expect miracles."\n'
         '\n'
         'Diplomats expect the reply within weeks.'),
        'Ana Ruiz',
        [('Ana Ruiz', N), ('Sergei Volkov', D), ('Sergei Volkov', D), ('Sergei Volkov', D),
         ('Alliance officials', I), ('Claire Dumont', D), ('Sergei Volkov', I),
         ('Sergei Volkov', D), ('Sergei Volkov', D), ('Diplomats', I)],
        id='envoy_with_author_field'),
    pytest.param(
        ('Russia Rejects Alliance Proposal on Missile Notifications\n'
         '\n'
         'MOSCOW (Agency) — Russia on Wednesday rejected a NATO proposal to exchange advance '
         'notice of missile tests, saying the plan ignored its own security concerns.\n'
         '\n'
         '"This is a one-sided document," Deputy Foreign Minister Pavel Grinev told the Interfax'
         ' news agency. "It asks everything of us and nothing of them."\n'
         '\n'
         'Grinev said Moscow had sent its own draft to Brussels in March but had received no '
         'reply. A NATO official, speaking on condition of anonymity, disputed that account.\n'
         '\n'
         "The alliance's secretary general, Marit Solberg, is due to visit Warsaw on Friday. She"
         ' has repeatedly said that dialogue with Russia must continue despite the war.\n'
         '\n'
         'Analysts in Moscow were divided. Yelena Fomina of the Center for Strategic Assessments'
         ' said the rejection was "largely tactical."\n'
         '\n'
         '"Moscow wants to be seen as the reasonable party," she said.'),
        None,
        [(None, N), ('Russia', I), ('Pavel Grinev', D), ('Pavel Grinev', D), ('Pavel Grinev', I),
         ('NATO official', I), (None, N), ('Marit Solberg', I), (None, N), ('Yelena Fomina', D),
         ('Yelena Fomina', D)],
        id='rejection_with_anonymous_official'),
    pytest.param(
        ('Opinion | The Alliance Must Keep Talking\n'
         '\n'
         'By Henrik Aaltonen\n'
         '\n'
         'There is a temptation in Brussels to treat every conversation with Moscow as a '
         'concession. That temptation should be resisted.\n'
         '\n'
         'When Secretary General Marit Solberg told reporters last month that "channels must '
         'stay open," she was criticized by hawks in several capitals. They argued that talking '
         'rewards aggression. They are wrong.\n'
         '\n'
         'Dialogue is not approval. It is a tool for avoiding accidents.\n'
         '\n'
         'Henrik Aaltonen is a former Finnish ambassador to NATO.'),
        None,
        [('Henrik Aaltonen', N), ('Henrik Aaltonen', N), ('Henrik Aaltonen', N),
         ('Henrik Aaltonen', N), ('hawks', I), ('hawks', I), ('Henrik Aaltonen', N),
         ('Henrik Aaltonen', N), ('Henrik Aaltonen', N), ('Henrik Aaltonen', N)],
        id='opinion_with_byline'),
    pytest.param(
        ('Press conference by NATO Secretary General Marit Solberg\n'
         '\n'
         'SECRETARY GENERAL: Good morning. Allies have agreed to keep the military communication'
         ' lines with Russia open. This is about reducing risks.\n'
         '\n'
         'JOURNALIST: Will you meet Foreign Minister Lavrenko?\n'
         '\n'
         'SECRETARY GENERAL: I have no plans to do so at this moment. But my door is open.'),
        None,
        [(None, N), ('Marit Solberg', D), ('Marit Solberg', D), ('Marit Solberg', D),
         ('JOURNALIST', D), ('Marit Solberg', D), ('Marit Solberg', D)],
        id='press_conference_titles'),
    pytest.param(
        ("Kremlin Says NATO Expansion 'Direct Threat'\n"
         '\n'
         "The Kremlin on Monday called the alliance's decision to admit two new members a "
         '"direct threat" to Russia\'s security.\n'
         '\n'
         '"We will take adequate military-technical measures," Kremlin spokesman Anatoly Rusin '
         'told reporters. He did not elaborate.\n'
         '\n'
         'Western officials dismissed the warning. "Russia does not get a veto over who joins," '
         'a senior U.S. diplomat said.\n'
         '\n'
         'The two countries are expected to join before the end of the year.'),
        None,
        [(None, N), ('Russia', D), ('Anatoly Rusin', D), (None, N),   # "He did not elaborate.": no content
         ('Western officials', I), ('senior U.S. diplomat', D), (None, N)],
        id='kremlin_threat'),
    pytest.param(
        ('Greta Holm reports from Tallinn:\n'
         '\n'
         "Estonia's defence minister, Rein Tamm, said on Thursday that his country would not "
         'oppose talks between NATO and Moscow, as long as they did not come at the expense of '
         'the Baltic states.\n'
         '\n'
         '"We are not against dialogue. We are against naivety," Tamm said.\n'
         '\n'
         'He added that Russian troop movements near the border had increased in recent weeks.'),
        None,
        [('Greta Holm', N), ('Rein Tamm', I), ('Rein Tamm', D), ('Rein Tamm', D), ('Rein Tamm', I)],
        id='reports_from_tallinn'),
    pytest.param(
        ('NATO, Russia Hold First Council Meeting in Two Years\n'
         '\n'
         'By Daniel Whitford\n'
         '\n'
         'VIENNA -- Envoys from NATO and Russia met on Friday for the first time in two years, '
         'but both sides said afterwards that deep differences remained.\n'
         '\n'
         '"We had a frank and useful exchange," the alliance\'s deputy secretary general, Ingrid '
         'Sand, said at a press conference after the four-hour session. "But let me be clear: we'
         ' did not agree on the core issues."\n'
         '\n'
         "Russia's delegation was led by Deputy Foreign Minister Arkady Voronin. Speaking to "
         'Russian journalists, Voronin described the talks as "disappointing." He said the '
         "alliance had refused to discuss Moscow's proposals on security guarantees.\n"
         '\n'
         'Sand rejected that characterization. She said allies had offered concrete steps on '
         'risk reduction and arms control.\n'
         '\n'
         'A diplomat who attended the meeting said the atmosphere was tense but professional.\n'
         '\n'
         'The council has not set a date for its next meeting.'),
        None,
        [('Daniel Whitford', N), ('Daniel Whitford', N), ('Daniel Whitford', N),
         ('Ingrid Sand', I), ('Ingrid Sand', D), ('Daniel Whitford', N), ('Arkady Voronin', D),
         ('Arkady Voronin', I), ('Ingrid Sand', I), ('Ingrid Sand', I), ('diplomat', I),
         ('Daniel Whitford', N)],
        id='council_meeting'),
    pytest.param(
        ("Interview: 'We Must Not Repeat the Mistakes of the 1990s'\n"
         '\n'
         'Former Russian ambassador to NATO Konstantin Belov spoke to our correspondent about '
         'the prospects for dialogue.\n'
         '\n'
         'Q: Is there any chance of a return to the NATO-Russia Council?\n'
         '\n'
         'A: Not in the current circumstances. The West has burned too many bridges.\n'
         '\n'
         'Q: What would it take?\n'
         '\n'
         "A: Respect for Russia's legitimate interests. Without that, there is nothing to "
         'discuss.'),
        None,
        [(None, N), (None, N), ('Q', D), ('Konstantin Belov', D), ('Konstantin Belov', D),
         ('Q', D), ('Konstantin Belov', D), ('Konstantin Belov', D)],
        id='interview_q_a'),
    pytest.param(
        ('Foreign ministers of the alliance gathered in Oslo on Thursday. Norwegian Foreign '
         'Minister Astrid Berge, the host, opened the meeting with a call for unity.\n'
         '\n'
         'Berge said the alliance should not close the door to Russia forever. "History teaches '
         'us that today\'s adversary can be tomorrow\'s partner," she told the ministers.\n'
         '\n'
         'Not everyone agreed. Polish Foreign Minister Tomasz Wilk warned against "wishful '
         'thinking." Russia, he said, had shown no sign of changing course.\n'
         '\n'
         'The ministers later issued a joint statement. It said the alliance remained committed '
         'to deterrence and to dialogue.'),
        None,
        [(None, N), (None, N), ('Astrid Berge', I), ('Astrid Berge', D), (None, N),
         ('Tomasz Wilk', D), ('Tomasz Wilk', I), (None, N), ('NATO', I)],
        id='ministers_meeting'),
    pytest.param(
        ('Moscow, 12 May -- The Russian Foreign Ministry on Tuesday summoned the ambassador of '
         'Latvia over what it called the "harassment" of Russian-speaking residents.\n'
         '\n'
         'In a statement, the ministry said Riga\'s policies were "incompatible with European '
         'values." Latvian officials rejected the accusation.\n'
         '\n'
         '"These claims are absurd," Latvian Foreign Minister Juris Ozols wrote on social media.'),
        None,
        [('Russia', D), ('Russia', D), ('Latvian officials', I), ('Juris Ozols', D)],
        id='ministry_summons'),
    pytest.param(
        ('The secretary general\'s remarks drew a sharp response. "NATO is not a defensive '
         'alliance, whatever its leaders say," Russian Defence Minister Gleb Korsakov said in a '
         'televised address on Wednesday.\n'
         '\n'
         'Korsakov accused the alliance of preparing for war. He did not present any evidence.\n'
         '\n'
         'Alliance spokeswoman Nadia Ferreira called the accusation "baseless." "We have said it'
         ' many times: NATO is no threat to Russia," she said.'),
        None,
        [(None, N), ('Gleb Korsakov', D), ('Gleb Korsakov', I), (None, N), ('Nadia Ferreira', D),
         ('Nadia Ferreira', D)],
        id='accusation_and_reply'),
    pytest.param(
        ('Moscow Signals Openness to Arms Talks\n'
         '\n'
         'MOSCOW -- Russia is prepared to resume talks with NATO on limiting short-range '
         'missiles in Europe, the state news agency TASS quoted Deputy Foreign Minister Lev '
         'Antonov as saying on Monday.\n'
         '\n'
         'Speaking at a security forum in Minsk, Antonov, 61, said the alliance must first '
         '"abandon its confrontational posture." He gave no timeline.\n'
         '\n'
         "The Kremlin's spokesman, Maxim Orlov, told the BBC that President Ivan Sedov had "
         'approved the overture. "The president believes a dialogue is possible," Orlov said. '
         '"But it must be a dialogue of equals."\n'
         '\n'
         'A NATO spokesperson did not respond to a request for comment. In Washington, the State'
         ' Department said it was studying the remarks.'),
        None,
        [(None, N), ('Russia', I), ('Lev Antonov', D), (None, N), ('Maxim Orlov', I),
         ('Maxim Orlov', D), ('Maxim Orlov', D), (None, N), ('United States', I)],   # no content: narrator
        id='agency_quoted_as_saying'),
    pytest.param(
        ('By Laura Chen\n'
         '\n'
         'The two leaders agreed that their foreign ministers should meet before the end of the '
         'month. Neither side gave details.\n'
         '\n'
         'In an interview with the Financial Chronicle, Finnish President Aino Kallio said she '
         'had urged her Russian counterpart to "stop the threats." She added: "Finland is not '
         'afraid. But we are not looking for a fight either."\n'
         '\n'
         'Kallio, a former judge, has been one of the most outspoken critics of Moscow in the '
         'European Council.'),
        None,
        [('Laura Chen', N), ('two leaders', I), ('Laura Chen', N), ('Aino Kallio', D),
         ('Aino Kallio', D), ('Aino Kallio', D), ('Laura Chen', N)],
        id='interview_with_byline'),
    pytest.param(
        ('NATO Allies Split Over Response\n'
         '\n'
         "Alliance members are divided over how to respond to Russia's latest proposal. Hungary "
         'and Slovakia want to accept the offer of talks, while the Baltic states and Poland '
         'have rejected it outright.\n'
         '\n'
         '"We cannot negotiate with a gun to our head," Lithuanian Foreign Minister Darius '
         'Vaitkus told reporters in Vilnius.\n'
         '\n'
         'Hungarian Prime Minister Gabor Szalai took the opposite view. Dialogue, he argued, is '
         'always better than silence.\n'
         '\n'
         'Secretary General Marit Solberg is expected to present a compromise on Thursday. Her '
         'spokesman, Erik Lund, said she would "listen to all allies."'),
        None,
        [(None, N), (None, N), ('Slovakia', I), ('Darius Vaitkus', D), (None, N),
         ('Gabor Szalai', I), (None, N), ('Erik Lund', D)],
        id='allies_split'),
]


# News conventions found missing by the held-out evaluation (experiments/attribution_heldout/),
# each written anew here with invented people: turn labels resolved to the people they stand
# for, quotations reopened paragraph after paragraph, unnamed sources, names that do not speak,
# ministries named without their country, sources of surveys, and what makes a sentence direct.
CONVENTIONS = [
    # --- "Q:" and "A:" stand for the interviewer and the interviewee when the document says who
    pytest.param(
        ('Interview by Hanna Berg\n'
         '\n'
         'In an interview with our newspaper, Deputy Foreign Minister Oleg Sarkisov discussed the '
         'future of arms control. President Ivan Sedov was travelling.\n'
         '\n'
         'Q: Is the treaty dead?\n'
         '\n'
         'A: Not yet. But the Americans are doing their best to kill it.\n'
         '\n'
         'Q: Some in Washington say Russia is cheating. Is that fair?\n'
         '\n'
         'A: They have said that for twenty years.'),
        [('Hanna Berg', N), ('Hanna Berg', N), ('Hanna Berg', N), ('Hanna Berg', D),
         ('Oleg Sarkisov', D), ('Oleg Sarkisov', D), ('Some in Washington', I), ('Hanna Berg', D),
         ('Oleg Sarkisov', D)],
        id='qa_interview_by'),
    pytest.param(
        ('Moscow and the missile gap\n'
         '\n'
         'By Tomas Reid\n'
         '\n'
         "General Boris Kalmykov, who commanded Russia's strategic forces until 2015, spoke to us "
         'at his dacha near Tver.\n'
         '\n'
         'Q: Does NATO threaten Russia?\n'
         '\n'
         'A: NATO is a threat when it moves east. Otherwise it is a club of tired countries.'),
        [('Tomas Reid', N), ('Tomas Reid', N), ('Tomas Reid', N), ('Tomas Reid', D),
         ('Boris Kalmykov', D), ('Boris Kalmykov', D)],
        id='qa_byline_and_interviewee'),
    pytest.param(
        ('Our correspondent Hanna Berg spoke to Ambassador Oleg Sarkisov in Vienna.\n'
         '\n'
         'Q: Is dialogue still possible?\n'
         '\n'
         'A: Always. But not on these terms.'),
        [(None, N), ('Hanna Berg', D), ('Oleg Sarkisov', D), ('Oleg Sarkisov', D)],
        id='qa_interviewer_named_first'),
    pytest.param(
        ('Q&A on the summit\n'
         '\n'
         'Officials from NATO and Russia met in Geneva. Deputy Minister Oleg Sarkisov and '
         'Ambassador Karin Dahl led the talks.\n'
         '\n'
         'Q: Will they meet again?\n'
         '\n'
         'A: Both sides say they will.'),
        [(None, N), (None, N), (None, N), ('Q', D), ('A', D)],
        id='qa_two_candidates_stay_letters'),
    pytest.param(
        ('Press conference by NATO Secretary General Ingrid Dahl\n'
         '\n'
         'SECRETARY GENERAL: We have agreed to keep the hotline open.\n'
         '\n'
         'Q: Marek Zielinski, Polish Radio. Does the alliance trust Moscow?\n'
         '\n'
         'SECRETARY GENERAL: Trust is built step by step.\n'
         '\n'
         'Q: And the Baltic states?\n'
         '\n'
         'SECRETARY GENERAL: They are safe.'),
        [(None, N), ('Ingrid Dahl', D), ('Marek Zielinski', D), ('Marek Zielinski', D),
         ('Ingrid Dahl', D), ('Q', D), ('Ingrid Dahl', D)],
        id='questioner_names_himself'),
    # --- live-blog labels with a title after (or before) the name; a clause is not a label
    pytest.param(
        ('NATO summit live\n'
         '\n'
         '09:10\n'
         'Jens Moller, NATO spokesman: The leaders will discuss Russia this morning. Nothing has '
         'been decided.\n'
         '\n'
         '09:30\n'
         'Kremlin spokesman Kirill Petrov: We expect nothing from this summit.\n'
         '\n'
         '09:45\n'
         'Lena Kraus (Germany): We want dialogue and deterrence at the same time.\n'
         '\n'
         '10:00\n'
         'The leaders are posing for the family photo.'),
        [(None, N), (None, N), ('Jens Moller', D), ('Jens Moller', D), (None, N),
         ('Kirill Petrov', D), (None, N), ('Lena Kraus', D), (None, N), (None, N)],
        id='labels_with_titles'),
    pytest.param(
        ('Transcript: press briefing\n'
         '\n'
         'MODERATOR: Welcome. The spokesman will take your questions.\n'
         '\n'
         'SPOKESMAN DUVAL: Thank you. The Secretary General spoke to President Sedov this '
         'morning. He told him that the alliance wants calm.\n'
         '\n'
         'QUESTION: Did Sedov reply?\n'
         '\n'
         'SPOKESMAN DUVAL: President Sedov said Russia also wants calm. I will not go into '
         'details.\n'
         '\n'
         'QUESTION: Ana Ruiz, Radio Iberia. Will the council meet?\n'
         '\n'
         'SPOKESMAN DUVAL: Allies agreed that it should meet before the summer.'),
        [(None, N), ('MODERATOR', D), ('MODERATOR', D), ('Duval', D), ('Duval', D), ('Duval', D),
         ('QUESTION', D), ('Sedov', I), ('Duval', D), ('Ana Ruiz', D), ('Ana Ruiz', D),
         ('NATO', I)],
        id='turns_reporting_named_others'),
    pytest.param(
        'Ingrid Dahl, for her part, had a warning: the alliance will not wait.',
        [(None, N)],
        id='clause_before_colon_is_no_label'),
    # --- a quotation reopened on each paragraph is one speaker's, nested quotes included
    pytest.param(
        ('The colonel and the alliance\n'
         '\n'
         'By Tomas Reid\n'
         '\n'
         'Major Yuri Sablin arrived in Mons in 1999, weeks before the bombing started.\n'
         '\n'
         '“People were polite at first. Then they stopped talking to me.\n'
         '\n'
         '“One evening a Belgian colonel told me, ‘You are not the enemy. Your government is.’ I '
         'have never forgotten that.\n'
         '\n'
         '“I left in April. Nobody came to say goodbye.”\n'
         '\n'
         'The Russian government recalled all its liaison officers that spring.'),
        [('Tomas Reid', N), ('Tomas Reid', N), ('Tomas Reid', N), ('Yuri Sablin', D),
         ('Yuri Sablin', D), ('Yuri Sablin', D), ('Yuri Sablin', D), ('Yuri Sablin', D),
         ('Yuri Sablin', D), ('Yuri Sablin', D), ('Tomas Reid', N)],
        id='reopened_three_paragraphs'),
    pytest.param(
        ('Admiral Petra Voss spoke at the naval academy on Friday.\n'
         '\n'
         '“We train with our neighbours.\n'
         '\n'
         '“We also talk to the Russian fleet, because silence at sea is dangerous,” Voss said.'),
        [(None, N), ('Petra Voss', D), ('Petra Voss', D)],
        id='reopened_then_tag'),
    pytest.param(
        ('Aldo Ferri, a retired Italian diplomat, remembers the 1997 summit. “A Russian envoy told'
         ' me, “Expansion is a betrayal.” I did not agree, but I understood him.”'),
        [(None, N), ('Aldo Ferri', D), ('Aldo Ferri', D)],
        id='quote_within_quote'),
    pytest.param(
        ('The talks were hosted by Finnish President Aino Kallio.\n'
         '\n'
         '“It was a waste of time.”'),
        [(None, N), (None, N)],
        id='host_is_not_the_quoted'),
    # --- unnamed individuals: the body for a national official, else as written
    pytest.param(
        ('“We are here to keep the peace,” a Russian officer told reporters at the checkpoint. '
         '“Nobody should be afraid of us.”\n'
         '\n'
         'A Latvian soldier said the border had been quiet.'),
        [('Russian officer', D), ('Russian officer', D), ('Latvian soldier', I)],
        id='unnamed_officer_and_soldier'),
    pytest.param(
        ('"We are not the ones who left," said a senior Russian diplomat. "NATO did."\n'
         '\n'
         '"Nobody wants this," one NATO diplomat said.'),
        [('senior Russian diplomat', D), ('senior Russian diplomat', D), ('NATO diplomat', D)],
        id='unnamed_diplomats_inverted'),
    # --- names and bodies that do not speak
    pytest.param(
        ('The new deployment breaks the 1990 Charter of Paris, under which NATO promised to '
         'respect the security of every state.'),
        [(None, N)],
        id='relative_clause_promise'),
    pytest.param(
        'The talks ended late in Geneva, where negotiators called the atmosphere businesslike.',
        [('negotiators', I)],
        id='where_clause_speaks'),
    pytest.param(
        ("Dahl was answering questions about Sarkisov's speech in Munich, in which Sarkisov said "
         'Russia might leave the treaty.'),
        [('Sarkisov', I)],
        id='relative_clause_of_a_speech'),
    pytest.param(
        ('A spokesman for the Defence Ministry, Gleb Voronov, will comment further at a briefing '
         'on Friday. The ministry will announce its decision next week.'),
        [(None, N), (None, N)],
        id='future_speech_event'),
    pytest.param(
        ('Gleb Voronov will say that the drills are defensive, according to an advance copy of '
         'his speech.'),
        [('Gleb Voronov', I)],
        id='future_with_content'),
    pytest.param(
        ('When the bombing began, Moscow recalled its envoy from Brussels. “It was a mistake,” '
         'Sarkisov recalled.'),
        [(None, N), ('Sarkisov', D)],
        id='recalled_envoy_is_an_event'),
    # --- a ministry named without its country speaks for the country the text makes clear
    pytest.param(
        ('MOSCOW, May 4 - Russia will expel three Estonian diplomats, the Foreign Ministry said on '
         "Tuesday. Estonia's Foreign Ministry called the step unjustified."),
        [('Russia', I), ('Estonia', I)],
        id='foreign_ministry_same_sentence'),
    pytest.param(
        ('Russia has closed the NATO information office in Moscow.\n'
         '\n'
         'The Foreign Ministry said the office had been used for propaganda.'),
        [(None, N), ('Russia', I)],
        id='foreign_ministry_previous_sentence'),
    pytest.param(
        'Russia will close its mission to NATO, the foreign ministry said on Monday.',
        [('Russia', I)],
        id='foreign_ministry_lower_case'),
    pytest.param(
        'The Foreign Ministry said the talks would continue.',
        [('Foreign Ministry', I)],
        id='foreign_ministry_no_country'),
    # --- sources of surveys and reports; reporting verbs after an auxiliary phrase
    pytest.param(
        ('According to a poll by the Levada Center, most Russians see NATO as a threat. According '
         'to a study published by the Nordic Defence Forum, the exercises are growing.'),
        [('Levada Center', I), ('Nordic Defence Forum', I)],
        id='according_to_a_survey_by'),
    pytest.param(
        ("Lieutenant General Marta Nowak, who heads Poland's eastern command, has spent a decade "
         'warning that Russia would test the alliance. Russia has kept insisting that the '
         'exercises are defensive. Ambassador Karin Dahl sought to reassure Moscow that the '
         'deployment was temporary. Moscow took to state television to denounce the decision.'),
        [('Marta Nowak', I), ('Russia', I), ('Karin Dahl', I), ('Russia', I)],
        id='verb_after_auxiliary_phrase'),
    pytest.param(
        ("According to the Kremlin, Sedov told the allied leaders that Russia was ready to talk."),
        [('Sedov', I)],
        id='according_to_then_reported_speaker'),
    # --- voice: a few quoted words of the speaker make the sentence direct
    pytest.param(
        ('Deputy Foreign Minister Oleg Sarkisov called the plan "a provocation." He said the '
         'alliance was "playing with fire" in the Baltic. Ambassador Karin Dahl said the plan was '
         'defensive.'),
        [('Oleg Sarkisov', D), ('Oleg Sarkisov', D), ('Karin Dahl', I)],
        id='partial_quotes_direct'),
    pytest.param(
        ('When Karin Dahl told reporters that the plan was "purely defensive," she was criticized '
         'by Polish officials.'),
        [('Polish officials', I)],
        id='quote_of_another_clause_not_direct'),
    # --- a document that is one body's or person's statement: its body is theirs, direct
    pytest.param(
        ('Statement by the Ministry of Foreign Affairs of Norland on the closure of the '
         'NATO-Russia Council office\n'
         '\n'
         '4 May 2022\n'
         '\n'
         'We regret the decision of the Russian Federation to close its mission. Norland remains '
         'committed to dialogue.\n'
         '\n'
         "The Ministry's spokesperson, Eva Lind, will comment further on Friday."),
        [(None, N), (None, N), ('Norland', D), ('Norland', D), ('Norland', D)],
        id='statement_document'),
    pytest.param(
        ('Remarks by Secretary General Ingrid Dahl at the opening of the NATO-Russia Council\n'
         '\n'
         'Brussels, 14 June 2011\n'
         '\n'
         'Good morning. We meet at a time of real opportunity, and I believe we can succeed.'),
        [(None, N), (None, N), ('Ingrid Dahl', D), ('Ingrid Dahl', D)],
        id='remarks_document'),
    pytest.param(
        ('Statement by Kremlin angers Tallinn\n'
         '\n'
         'By Maren Holt\n'
         '\n'
         'TALLINN - Estonian officials reacted angrily on Tuesday. "We will not be intimidated," '
         'said Prime Minister Kaja Rand.'),
        [('Maren Holt', N), ('Maren Holt', N), ('Maren Holt', N), ('Kaja Rand', D)],
        id='statement_in_a_headline_only'),
]


@pytest.mark.parametrize("text, expected", CONVENTIONS)
def test_conventions(text, expected):
    assert attribute(text) == expected


@pytest.mark.parametrize("text, expected", SEED_PARAGRAPHS)
def test_seed_paragraphs(text, expected):
    assert attribute(text) == expected


@pytest.mark.parametrize("text, expected", OWN_PARAGRAPHS)
def test_own_paragraphs(text, expected):
    assert attribute(text) == expected


@pytest.mark.parametrize("text, author, expected", ARTICLES)
def test_articles(text, author, expected):
    assert attribute(text, author=author) == expected


# --- the whole seed documents ------------------------------------------------------------

@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_one_attribution_per_sentence(path):
    text = path.read_text(encoding="utf-8")
    sentences = split_sentences(text)
    attributions = attribute_speakers(text, sentences)
    assert len(attributions) == len(sentences)
    assert all(isinstance(a, Attribution) and a.voice in VOICES for a in attributions)
    assert attribute_speakers(text, sentences) == attributions      # deterministic


def test_empty_document():
    assert attribute_speakers("", []) == []


@pytest.mark.parametrize("name, speakers", [
    ("000", {"Clinton", "Russia", "Preeti Aroon"}),
    ("003", {"Jaap de Hoop Scheffer", "Hillary Clinton", "Russia", "United States", "Many experts",
             "David Kampf"}),
    ("004", {"Frank T. Csongos", "United States", "Bill Clinton", "Vladimir Putin", "James Foley",
             "NATO", "George Robertson", "Putin's political rivals", "Gennady Zyuganov", "Others"}),
])
def test_seed_speakers(name, speakers):
    """Each person once under the fullest form of their name; Moscow's statements are Russia's."""
    path = next(SEEDS.glob(f"{name}_*.txt"))
    assert set(speaker for speaker, _ in attribute(path.read_text(encoding="utf-8"))) == speakers


# --- the author ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, author, expected", [
    ("By Jana Miller\n\nNATO met on Tuesday.", None, "Jana Miller"),
    ("By JANA MILLER, Reuters\n\nNATO met on Tuesday.", None, "Jana Miller"),
    ("By Jana Miller\n\nNATO met on Tuesday.", "J. Miller (Reuters)", "J. Miller (Reuters)"),
    ("NATO met on Tuesday.", "Desk Editor", "Desk Editor"),
    ("NATO met on Tuesday.", None, None),
    ("NATO met on Tuesday.", "  ", None),
    ("By contrast, NATO met on Tuesday.", None, None),
])
def test_author(text, author, expected):
    assert attribute(text, author=author)[-1] == (expected, N)


@pytest.mark.parametrize("text, expected", [
    # "By X and Y": both authors are the narrator
    ('Baltic states ask for air defence\n\nBy Maren Holt and Pieter Vos\n\nRIGA, March 3 (Northern '
     'Wire) - The three Baltic states will host a NATO air-defence exercise in May.',
     'Maren Holt and Pieter Vos'),
    ('Interview by Hanna Berg\n\nThe exercise will take place in May.', 'Hanna Berg'),
    ('BY ANNA KOVAC AND TOM HALE\n\nThe exercise will take place in May.', 'Anna Kovac and Tom Hale'),
    ('By Anna Kovac in Moscow, Tom Hale in Brussels and Pieter Vos in Riga\n\nThe exercise will '
     'take place in May.', 'Anna Kovac, Tom Hale and Pieter Vos'),
    ('By Dr. Anna Kovac, Senior Fellow\n\nThe exercise will take place in May.', 'Anna Kovac'),
    ('The exercise will take place in May.\n\n(Reporting by Alina Petrova; Editing by Mark Doyle)',
     'Alina Petrova'),
    ('The long road to Vienna\n\nWords by Clara Moreau\n\nThe talks resumed after a two-year pause.',
     'Clara Moreau'),
    ('Helsinki talks end without agreement\n\nJonas Lindqvist | Baltic Wire\n\nHELSINKI - Talks '
     'between Russian and NATO military officials ended on Tuesday.', 'Jonas Lindqvist'),
    # an author line at the top, titles removed from the name
    ('Commentary\n\nCan the Council be saved?\n\nDr. Svetlana Markova, Senior Fellow, Eastern Europe '
     'Programme\n\n12 March 2021\n\nThe Council has not met for two years.', 'Svetlana Markova'),
    ('Arctic exercise draws protest\n\nAnton Weller reports from Tromso.\n\nThe exercise began on '
     'Monday.', 'Anton Weller'),
    # a biography at the end
    ('The new cold peace\n\nEurope is again divided. NATO and Russia have stopped talking.\n\nPeter '
     'Sundqvist writes about security policy for the Nordic Review.', 'Peter Sundqvist'),
    ('Can arms control survive?\n\nAUTHOR: Ruth Engel\n\nThe treaty expires in February.',
     'Ruth Engel'),
    ('Black Sea incident\n\nMOSCOW, Sept 9 - A British destroyer sailed near Crimea on Thursday.\n\n'
     'Reporting by Alina Petrova; Editing by Mark Doyle', 'Alina Petrova'),
    # an author line under a standfirst that ends on a quoted word, with no stop
    ('Ambassador summoned over GPS jamming\n\nForeign Office accuses Moscow of "reckless" interference after '
     'dozens of flights were affected; embassy says claims are "fantasies"\n\nDaniel Frost Diplomatic editor\n\n'
     'The Russian ambassador was summoned on Tuesday.', 'Daniel Frost'),
    # an author line under a stopped standfirst, the author also credited for a photograph
    ('Tallinn keeps its guard up\n\nA decade after the attacks that knocked Estonia offline, the country that '
     'hosts the centre says the danger has grown.\n\nMaria Lind in Tallinn\n\nFriday 28 April 2017\n\nThe attacks '
     'began in April.\n\nPhotograph: Maria Lind', 'Maria Lind'),
    # a review: the reviewer, not the book's author above
    ('BOOKS\n\nThe Unfinished Peace.\n\nBy Judith Marsh.\n\nReviewed by Michael Long\n\nFew books age so fast.',
     'Michael Long'),
    ('MOSCOW (Baltic Wire) - Russia is ready to join.\n\n(Writing by Dmitri Lesnoy; Editing by Clare Young)',
     'Dmitri Lesnoy'),
    # a caption naming someone the story is about is not an author line
    ('Talks in Vienna\n\nJens Moller, NATO spokesman\n\nJens Moller arrived in Vienna on Monday. The'
     ' talks began on Tuesday.', None),
    ('By Christmas Day, the two sides had exchanged prisoners.', None),
])
def test_byline_forms(text, expected):
    """Every narrator sentence is given to the author the byline names."""
    assert {speaker for speaker, voice in attribute(text) if voice == N} == {expected}


# --- aliases ----------------------------------------------------------------------------------

def test_aliases_argument_is_the_whole_table():
    text = "The Elysee said it backed the talks. Moscow welcomed the outcome."
    table = {**DEFAULT_ALIASES, "Elysee": "France"}
    assert attribute(text, aliases=table) == [("France", I), ("Russia", I)]
    assert attribute(text, aliases={"Elysee": "France"}) == [("France", I), ("Moscow", I)]


def write(tmp_path: Path, content: str) -> Path:
    path = tmp_path / "aliases.csv"
    path.write_text(content, encoding="utf-8")
    return path


@pytest.mark.parametrize("content, replace, expected", [
    ("Elysee,France\n", False, {**DEFAULT_ALIASES, "Elysee": "France"}),
    ("alias,canonical\n# the French presidency\nElysee,France\n\n", False,
     {**DEFAULT_ALIASES, "Elysee": "France"}),
    ("Moscow,Russian Federation\n", False, {**DEFAULT_ALIASES, "Moscow": "Russian Federation"}),
    ("Elysee,France\n", True, {"Elysee": "France"}),
    ('"Ministry of Foreign Affairs, Norland",Norland\n', True,
     {"Ministry of Foreign Affairs, Norland": "Norland"}),
    ("", True, {}),
])
def test_load_aliases(tmp_path, content, replace, expected):
    assert load_aliases(write(tmp_path, content), replace=replace) == expected


FIELDS = "quote an alias that contains a comma"


@pytest.mark.parametrize("content, messages", [
    ("Elysee,France\nParis\n", [f":2: expected 2 fields (alias,canonical), found 1; {FIELDS}"]),
    ("Elysee,France,Europe\n", [f":1: expected 2 fields (alias,canonical), found 3; {FIELDS}"]),
    ("Elysee,\n,France\n", [":1: empty alias or canonical name; write alias,canonical",
                            ":2: empty alias or canonical name; write alias,canonical"]),
])
def test_bad_alias_file(tmp_path, content, messages):
    """Every bad line is reported as file:line with the fix, in one typed error."""
    path = write(tmp_path, content)
    with pytest.raises(AliasFileError) as caught:
        load_aliases(path)
    assert isinstance(caught.value, StanceError)
    assert [str(problem) for problem in caught.value.problems] == [f"{path}{m}" for m in messages]


def test_missing_alias_file(tmp_path):
    with pytest.raises(AliasFileError, match="cannot read the alias file"):
        load_aliases(tmp_path / "nope.csv")


def test_aliases_file_used_in_attribution(tmp_path):
    aliases = load_aliases(write(tmp_path, "the Elysee,France\nParis,France\n"))
    assert attribute("Paris welcomed the outcome. The Kremlin did not.", aliases=aliases) == [
        ("France", I), (None, N)]


# --- linking names across documents ------------------------------------------------------------

@pytest.mark.parametrize("names_by_doc, expected", [
    # the same full name is one speaker
    ({"a": {"Vladimir Putin"}, "b": {"Vladimir Putin"}}, {"Vladimir Putin": "Vladimir Putin"}),
    # a surname alone links to the one full name that ends in it
    ({"a": {"Putin"}, "b": {"Vladimir Putin"}},
     {"Putin": "Vladimir Putin", "Vladimir Putin": "Vladimir Putin"}),
    # two people share the surname: the surname alone stays apart, and they are never merged
    ({"a": {"Clinton"}, "b": {"Bill Clinton"}, "c": {"Hillary Clinton"}},
     {"Clinton": "Clinton", "Bill Clinton": "Bill Clinton", "Hillary Clinton": "Hillary Clinton"}),
    # bodies and groups are left as they are
    ({"a": {"Russia", "NATO", "Others"}, "b": {"Maria Russia"}},
     {"Russia": "Russia", "NATO": "NATO", "Others": "Others", "Maria Russia": "Maria Russia"}),
    # a document naming two Bergers keeps its "Berger" apart even if only one is elsewhere
    ({"a": {"Berger", "Paul Berger", "Anna Berger"}, "b": {"Paul Berger"}},
     {"Berger": "Berger", "Paul Berger": "Paul Berger", "Anna Berger": "Anna Berger"}),
    ({}, {}),
])
def test_link_speakers(names_by_doc, expected):
    assert link_speakers(names_by_doc) == expected


def test_link_speakers_by_title():
    names = {"a": {"Clinton"}, "b": {"Bill Clinton"}, "c": {"Hillary Clinton"}}
    titles = {"Clinton": {"secretary"}, "Hillary Clinton": {"secretary", "state"},
              "Bill Clinton": {"president"}}
    assert link_speakers(names, titles=titles)["Clinton"] == "Hillary Clinton"
    assert link_speakers(names, titles={"Clinton": {"senator"}})["Clinton"] == "Clinton"


# Held-out batch 2 rules, each on a new invented paragraph.
BATCH2_RULES = [
    pytest.param(
        ('Ministers meet in Oslo\n\nThe ministers met for two hours in a hotel by the fjord.\n\n'
         'No date was set for the next round.\n\nIda Solberg | Fjord Post'),
        [('Ida Solberg', N)] * 4, id='bottom_pipe_byline'),
    pytest.param(
        ('Ministers meet in Oslo\n\nThe ministers met for two hours in a hotel by the fjord.\n\n'
         'No date was set for the next round.\n\nIda Solberg, Fjord Post'),
        [('Ida Solberg', N)] * 4, id='bottom_comma_byline'),
    pytest.param(
        ("Poland's deputy defence minister, Marta Kowal, arrived in Vilnius on Monday.\n\n"
         '"We want talks, not tanks," the deputy minister told reporters.\n\n'
         'Her counterpart, Deputy Defence Minister Ivan Sedov, stayed in Moscow.'),
        [(None, N), ('Marta Kowal', D), (None, N)], id='title_never_looks_forward'),
    pytest.param(
        ('Deputy Foreign Minister Boris Kalin spoke first. Deputy Foreign Minister Anna Lind '
         'spoke next.\n\nThe deputy minister rejected the plan. "It is too early," she said.'),
        [(None, N), (None, N), ('Anna Lind', I), ('Anna Lind', D)], id='shared_title_gender'),
    pytest.param(
        ('The envoy said the talks had failed.'),
        [('envoy', I)], id='bare_title_stays'),
    pytest.param(
        ('MODERATOR: Questions, please.\n\n'
         'Q: Piotr Nowak, Radio Baltic. Will the council meet?\n\n'
         'MODERATOR: Not this month.\n\n'
         'Q: Nowak again. The Kremlin says the talks are dead. Do you agree?\n\n'
         'MODERATOR: No.'),
        [('MODERATOR', D), ('Piotr Nowak', D), ('Piotr Nowak', D), ('MODERATOR', D),
         ('Piotr Nowak', D), ('Piotr Nowak', D), ('Piotr Nowak', D), ('MODERATOR', D)],
        id='named_questioner_carries_over'),
    pytest.param(
        'Paris said on Monday that the talks should resume, and Warsaw said they should not.',
        [('France', I)], id='capital_metonym'),
    pytest.param(
        'The Riga Institute of Strategy said the talks should resume.',
        [('Riga Institute of Strategy', I)], id='capital_inside_a_name'),
    pytest.param(
        ('NATO ministers met in Brussels.\n\n'
         'In a joint statement, NATO allies said they backed the plan. '
         'Defence ministers also condemned the missile test.'),
        [(None, N), ('NATO', I), ('NATO', I)], id='allies_are_nato'),
    pytest.param('No one in Vienna or Minsk thinks the freeze will last.', [(None, N)], id='negative_subject'),
    pytest.param('Ankara will say yes in the end.', [(None, N)], id='future_prediction'),
    pytest.param('Ankara will say that the vote was unfair.', [('Turkey', I)], id='future_with_content'),
    pytest.param('The alliance should declare openly that it wants talks.', [(None, N)], id='recommendation'),
    pytest.param('The Defence Ministry declined to comment. The Kremlin did not respond.',
                 [(None, N), (None, N)], id='no_content'),
    pytest.param(
        ('Interview by Sara Lund\n\nQ: Some in Kyiv would find that cynical.\n\nA: Perhaps.\n\n'
         'Q: Critics say the plan is dead.\n\nA: They are wrong.'),
        [('Sara Lund', N), ('Sara Lund', D), ('A', D), ('Critics', I), ('A', D)], id='question_without_speech_verb'),
]


@pytest.mark.parametrize("text, expected", BATCH2_RULES)
def test_batch2_rules(text, expected):
    assert attribute(text) == expected


# The errors the third held-out batch found: live-blog entries with their time,
# a turn label's office named again later, actions and "that" as a pointer read
# as speech, unnamed sources placed at a building, a determiner read as a name.
BATCH3_RULES = [
    pytest.param(
        ('Live: ministers meet in Oslo\n\n'
         '16:40 – The ministers have broken for dinner.\n\n'
         '16:15 – Ilse Brandvold, NATO Deputy Secretary General: "We are ready to meet Russia at any level."\n\n'
         '"But we will not trade an ally\'s security for a photograph."\n\n'
         '15:50 – The Russian delegation left the building without a word.\n\n'
         '15:20 GMT: Arvid Lunde, Foreign Minister of Norway: We support the Deputy Secretary General.\n\n'
         'Norway will keep its ships in the Barents Sea.\n\n'
         '14:30 – The session opened behind closed doors.\n\n'
         'The Deputy Secretary General said the door to Moscow "has never been locked."'),
        [(None, N), (None, N), ('Ilse Brandvold', D), ('Ilse Brandvold', D), (None, N),
         ('Arvid Lunde', D), ('Arvid Lunde', D), (None, N), ('Ilse Brandvold', D)],
        id='live_blog_timestamped_turns'),
    pytest.param(
        'NATO allies responded by suspending the treaty themselves later that year.',
        [(None, N)], id='responded_by_an_action'),
    pytest.param(
        'Moscow reacted with a warning that the treaty was dead.',
        [(None, N)], id='reacted_with'),
    pytest.param(
        'Colonel Pavel Zorin, now 71, agreed to speak about that night for the first time.',
        [(None, N)], id='agreed_to_speak'),
    pytest.param(
        'Zorin agreed that the night had changed him.',
        [('Zorin', I)], id='agreed_that_still_reports'),
    pytest.param(
        ('In interviews for this brief, a senior official at NATO headquarters said the Alliance '
         'had "no appetite" for new treaty talks.'),
        [('senior official at NATO headquarters', D)], id='source_at_a_building'),
    pytest.param(
        'A spokesman at NATO headquarters said the Alliance had no appetite for talks.',
        [('NATO', I)], id='spokesman_at_a_building_speaks_for_the_body'),
    pytest.param('Protesters outside NATO headquarters chanted slogans.', [(None, N)], id='building_without_speech'),
    pytest.param(
        ('A Russian general, Oleg Marin, claimed on Monday that the drills were "preparation for war."\n\n'
         'Such claims have no basis in fact.'),
        [('Oleg Marin', D), (None, N)], id='such_is_not_a_name'),
]


@pytest.mark.parametrize("text, expected", BATCH3_RULES)
def test_batch3_rules(text, expected):
    assert attribute(text) == expected


# The errors the fourth held-out batch found (invented people throughout).
BATCH4_RULES = [
    pytest.param(
        ('Policy Brief 9/2025\n\n'
         'After the treaty: is there still room for arms control between NATO and Russia?\n\n'
         'Lena Vartiainen-Holm\n\n'
         'Summary\nThe treaty collapsed in 2019. This brief argues that limited measures remain possible.\n\n'
         'Lena Vartiainen-Holm is a fellow at the Karst Institute.'),
        [('Lena Vartiainen-Holm', N)] * 7, id='author_line_under_a_question_headline'),
    pytest.param(
        ('Evening Dispatch, Radio Baltica\nInterviewer: Saskia Brook-Adeyemi\n\n'
         'SASKIA BROOK-ADEYEMI: Was the council ever more than a talking shop?\n\n'
         'OLEG TARASOV: It was, for a few years.'),
        [('Saskia Brook-Adeyemi', N), ('Saskia Brook-Adeyemi', N), ('Saskia Brook-Adeyemi', D),
         ('Oleg Tarasov', D)], id='interviewer_line_is_the_byline'),
    pytest.param(
        ('Madam Deputy Speaker (Dame Helen Orme): I call the Minister.\n\n'
         'The Minister for Europe (Clara Vance-Hill): I beg to move the motion. It threatens no one.\n\n'
         'Sir Peter Gault (Harborough North) (Con): I welcome the statement.'),
        [('Helen Orme', D), ('Clara Vance-Hill', D), ('Clara Vance-Hill', D), ('Peter Gault', D)],
        id='hansard_turn_labels'),
    pytest.param(
        ('Russia regards the exercises as provocative, Deputy Foreign Minister Oleg Marin said on Friday.\n\n'
         '"The Alliance is building up its forces," the diplomat stressed.\n\n'
         'According to him, Moscow has offered talks.'),
        [('Oleg Marin', I), ('Oleg Marin', D), ('Oleg Marin', I)], id='kind_of_office_and_according_to_him'),
    pytest.param(
        ('"It was a farce," said Wendell Crane, a historian at Carrow University whose book traces the period.\n\n'
         'The historian called the episode "a near miss."'),
        [('Wendell Crane', D), ('Wendell Crane', D)], id='appositive_title_going_on'),
    pytest.param(
        ('People familiar with the matter said no decision was expected.\n\n'
         'Critics of engagement, in Washington and in Warsaw, argue that every overture was read as weakness.\n\n'
         'The report on the talks said nothing new.'),
        [('People familiar with the matter', I), ('Critics of engagement, in Washington and in Warsaw', I),
         (None, N)], id='unnamed_sources_with_a_phrase_after_the_noun'),
]


@pytest.mark.parametrize("text, expected", BATCH4_RULES)
def test_batch4_rules(text, expected):
    assert attribute(text) == expected


# The errors the fifth held-out batch found (invented people throughout).
BATCH5_RULES = [
    pytest.param(
        ('Interview by Lucia Farrow\n\nQ. How close did they come?\n\nA. Closer than people think. '
         'We had maps on the table.\n\nQ. So what went wrong?\n\nA. Everything, slowly.'),
        [('Lucia Farrow', N), ('Lucia Farrow', D), ('A', D), ('A', D), ('Lucia Farrow', D), ('A', D)],
        id='q_and_a_with_full_stops'),
    pytest.param('A. J. Holm said the talks were over.', [('Holm', I)], id='a_lone_initial_is_no_turn'),
    pytest.param(
        ('Aleksei Vainikko and his wife, Marju Vainikko, have lived in Narva for forty years.\n\n'
         '"We argue like the council," Marju says.\n\nAleksei says the town has changed.'),
        [(None, N), ('Marju Vainikko', D), ('Aleksei Vainikko', I)], id='first_names_of_a_shared_surname'),
    pytest.param(
        ('NATO and Russian officers have held talks, according to people familiar with the talks.\n\n'
         'A second diplomat said the Russian side had raised the idea first. '
         'One person familiar with the talks said the delegation was led by a general.'),
        [('people familiar with the talks', I), ('second diplomat', I), ('person familiar with the talks', I)],
        id='counted_and_unnamed_sources'),
]


@pytest.mark.parametrize("text, expected", BATCH5_RULES)
def test_batch5_rules(text, expected):
    assert attribute(text) == expected


# Round 6, from the errors left in held-out batches 4 and 5 (experiments/README.md).
BATCH6_RULES = [
    pytest.param(
        ('12:20 – Kemal Arslan said Ankara had "not yet" been answered.\n\n'
         '12:41 – “We are ready to talk, but not to be lectured.”\n\n'
         '– Russia’s envoy to the OSCE, Pyotr Aldanov, speaking to reporters in Vienna.'),
        [('Kemal Arslan', D), ('Pyotr Aldanov', D), ('Pyotr Aldanov', D)],
        id='signature_line_under_a_quotation'),
    pytest.param(
        ('"The story is too neat," argues Tamsin Oduya, a historian.\n\n'
         '"Russia walked away as often as it was pushed." - Tamsin Oduya'),
        [('Tamsin Oduya', D), ('Tamsin Oduya', D), ('Tamsin Oduya', D)],
        id='signature_in_the_quotation_paragraph'),
    pytest.param('The talks ended.\n\n- Tamsin Oduya', [('Tamsin Oduya', N), ('Tamsin Oduya', N)],
                 id='a_dash_and_a_name_under_no_quotation_is_no_signature'),
    pytest.param(
        ('Helka Rantala, Finland’s minister, arrived at noon.\n\n'
         '12:45 – Rantala again, asked about the border: “We have lived next to Russia for a long time. '
         'That will not change.”'),
        [(None, N), ('Helka Rantala', D), ('Helka Rantala', D)], id='name_again_asked_about_colon_quote'),
    pytest.param(
        ('Participants: Niels Brandt, NATO Secretary General; Valentin Korov, Russian Foreign Minister.\n\n'
         'Brandt: Good afternoon.\n\nKorov: Thank you.'),
        [(None, N), ('Niels Brandt', D), ('Valentin Korov', D)], id='participants_list_is_no_turn'),
    pytest.param(
        ('The Minister of State (Hanna Roe): I commend the motion to the House.\n\n'
         'Question put and agreed to.\n\nOrrin Tessaly: I thank the Minister.'),
        [('Hanna Roe', D), (None, N), ('Orrin Tessaly', D)], id='procedural_line_is_nobody_s'),
    pytest.param(
        ('A NATO spokesperson, Lieke Bos, declined to comment.\n\n'
         'NATO diplomats are divided, a senior alliance official acknowledged. '
         'Some allies fear a reward for Moscow, the official said.'),
        [(None, N), ('senior alliance official', I), ('senior alliance official', I)],
        id='the_official_is_the_unnamed_one_just_quoted'),
    pytest.param(
        ('Secretary General Lieke Bos arrived. '
         'Some allies fear a reward for Moscow, the official said.'),
        [(None, N), ('Lieke Bos', I)], id='the_official_with_no_unnamed_source_is_the_named_one'),
    pytest.param(
        ('According to two Western diplomats, ambassadors will meet on Wednesday. '
         'One of them said a protest was likely. The person said Moscow was "testing the water."'),
        [('two Western diplomats', I), ('two Western diplomats', I), ('two Western diplomats', D)],
        id='one_of_them_and_the_person'),
    pytest.param('One of them was a colonel.', [(None, N)], id='one_of_them_without_a_source_before'),
    pytest.param('Many in Moscow felt humiliated. Others felt betrayed.', [(None, N), (None, N)],
                 id='feelings_are_not_speech'),
    pytest.param('Many in Moscow felt the West had cheated them.', [('Many in Moscow', I)],
                 id='feeling_that_reports_a_view'),
    pytest.param(
        'HOST: My guest is Gennady Tulup, once Russia’s ambassador to NATO; ambassador, welcome.\n\nTULUP: Thank you.\n\nHOST: Why?',
        [('HOST', D), ('Gennady Tulup', D), ('HOST', D)], id='welcome_as_a_greeting'),
    pytest.param('According to the spokesperson, the exercise will be observed by the IMO.',
                 [('spokesperson', I)], id='a_passive_event_to_come_is_no_report'),
    pytest.param(
        ('“It was a bridge,” Ingrid Solheim said.\n\nAsked whether enlargement doomed it, she pauses.\n\n'
         '“I don’t accept that.\n\n“What failed was the habit of talking.”\n\n'
         'Her colleague Malcolm Peverill argues that the act promised too much.'),
        [('Ingrid Solheim', D), (None, N), ('Ingrid Solheim', D), ('Ingrid Solheim', D), ('Malcolm Peverill', I)],
        id='quotation_after_asked_whether_she_pauses'),
    pytest.param('The United States withdrew from the treaty, citing Russia’s deployment of a missile.',
                 [('United States', I)], id='citing_a_thing_gives_the_clause_subject'),
]


@pytest.mark.parametrize("text, expected", BATCH6_RULES)
def test_batch6_rules(text, expected):
    assert attribute(text) == expected


# Round 7, from held-out batch 6's first measurement (experiments/README.md).
BATCH7_RULES = [
    pytest.param('Russian envoy warns NATO that battalions "change the arithmetic"\n\nBy Ottilie Brans',
                 [('Ottilie Brans', N), ('Ottilie Brans', N)], id='headline_ending_in_a_quotation_mark'),
    pytest.param(
        ('Live: the summit\n\n14:05 Kremlin says summit outcome will be "taken into account"\n\n'
         'Secretary General: "The door is open"\n\n“The door is open,” the secretary general said.'),
        [(None, N), (None, N), (None, N), ('secretary general', D)], id='live_blog_post_headlines'),
    pytest.param(
        ('ANCHOR: Good evening.\n\n'
         'DANIIL VOROT, Russian deputy foreign minister (through interpreter): We have been patient. '
         'Patience is not infinite.'),
        [('Anchor', D), ('Daniil Vorot', D), ('Daniil Vorot', D)], id='role_with_a_bracketed_remark'),
    pytest.param(
        ('Speakers: NATO Secretary General Inga Hald; Deputy Foreign Minister Rostislav Yemel.\n\n'
         'Moderator: Oona Fair, NATO Spokesperson.\n\nOONA FAIR: Good morning.\n\nINGA HALD: Thank you.'),
        [(None, N), (None, N), ('Oona Fair', D), ('Inga Hald', D)], id='cast_list_is_no_turn'),
    pytest.param(
        ('Q: Tom Reil, Atlantic Wire. Minister, will you meet again?\n\nA: Yes.'),
        [('Tom Reil', D), ('Tom Reil', D), ('A', D)], id='a_named_question_turn_is_still_a_turn'),
    pytest.param('Writing in Izvestia, the military commentator Timofei Gresh argued that the target was hollow.',
                 [('Timofei Gresh', I)], id='title_before_a_name_after_an_opening_phrase'),
    pytest.param('The Russian embassy in Washington wrote on Telegram that the alliance "has chosen confrontation".',
                 [('Russia', D)], id='an_embassy_in_a_capital'),
    pytest.param('The Russian foreign ministry said the drills were a provocation.',
                 [('Russia', I)], id='nationality_before_a_lower_case_ministry'),
]


@pytest.mark.parametrize("text, expected", BATCH7_RULES)
def test_batch7_rules(text, expected):
    assert attribute(text) == expected


# Round 8, from held-out batch 7's first measurement (experiments/README.md).
BATCH8_RULES = [
    pytest.param(
        ('Deterrence after the treaty\n\nSpeech by NATO Deputy Secretary General Ilse Brand at the Forum\n\n'
         'Thank you for inviting me. We remain open to dialogue.'),
        [(None, N), (None, N), ('Ilse Brand', D), ('Ilse Brand', D)], id='speech_header_after_a_title'),
    pytest.param(
        ('Deputy Minister of Foreign Affairs of the Russian Federation Pavel Arkadyevich Som spoke in Moscow.\n\n'
         '"This will not remain without a response," the deputy minister stressed.'),
        [(None, N), ('Pavel Arkadyevich Som', D)],
        id='long_title_with_of_the_before_a_name'),
    pytest.param(
        ('FACT CHECK: No, NATO did not sign such a treaty\n\nBy Rafa Thors\n\n'
         'Claim: NATO signed a treaty in 1990.\n\nVerdict: False.\n\nNo such treaty exists.'),
        [('Rafa Thors', N)] * 5, id='fact_check_furniture_labels'),
    pytest.param(
        ('Cut cables and quiet channels\n\nMarta Ekhol in Tallinn\n\n'
         'The harbour was iced over. "We need more ships," Kaarel Vaht said.'),
        [('Marta Ekhol', N), ('Marta Ekhol', N), ('Marta Ekhol', N), ('Kaarel Vaht', D)],
        id='byline_with_a_place'),
    pytest.param(
        ('JUDITH HARROW: With me is the Defence Secretary, Edmund Varl.\n\nEDMUND VARL: Good afternoon.\n\n'
         'JH: Is it time to tear it up?\n\nMinister: No, it is not.\n\nJH: Thank you.'),
        [('Judith Harrow', D), ('Edmund Varl', D), ('Judith Harrow', D), ('Edmund Varl', D), ('Judith Harrow', D)],
        id='initials_and_office_labels_after_full_names'),
    pytest.param(
        ('Letters: talking to Moscow\n\nI served in Germany in the 1980s. We talked to Moscow then.\n'
         '— Geoffrey Ambro, Harrogate\n\nI am not against talking.\n\nBut what has Russia given back?\n'
         '— Liisa Marr, Leeds'),
        [(None, N), ('Geoffrey Ambro', D), ('Geoffrey Ambro', D), ('Geoffrey Ambro', D),
         ('Liisa Marr', D), ('Liisa Marr', D), ('Liisa Marr', D)], id='signed_letters'),
    pytest.param('We talked to Moscow then.\n\n— Geoffrey Ambro, Harrogate',
                 [(None, N), (None, N)], id='one_signature_is_no_letters_page'),
    pytest.param(
        ('BRUSSELS, July 6 (Lodestar) - Ambassador Yevgeny Korz spoke to reporters.\n\n'
         '"We were told nothing," Korz said.\n\nNATO spokeswoman Liesl Marc said “This is defensive,” she told Lodestar.\n\n'
         '"A briefing is not a conversation," he added.\n\n'
         'The envoy declined to say what the response would be, but said it would be "calm."'),
        [(None, N), ('Yevgeny Korz', D), ('Liesl Marc', D), ('Yevgeny Korz', D), ('Yevgeny Korz', D)],
        id='dateline_agency_is_no_person_and_but_said'),
    pytest.param('Good afternoon, and welcome.\n\nThe treaty bars troops, and says nothing else.',
                 [(None, N), (None, N)], id='no_shared_subject_for_a_greeting_or_a_thing'),
    pytest.param('Margaret Ell, who worked on the staff, recalled the mood as "giddy, almost".',
                 [('Margaret Ell', D)], id='recalled_with_a_quotation'),
    pytest.param('Many in Moscow felt the same that spring.', [(None, N)], id='felt_the_same'),
    pytest.param(
        ('HOST: My guests are Anna Lindqvist-Mar and Dmitri Obrez-Lind.\n\nAnna: Thanks.\n\n'
         'Dmitri: It flipped because of fear.\n\nAnna: Sorry, Dmitri, but Russia created the fear.'),
        [('HOST', D), ('Anna Lindqvist-Mar', D), ('Dmitri Obrez-Lind', D), ('Anna Lindqvist-Mar', D)],
        id='first_name_labels_after_introductions'),
    pytest.param(
        ('Present: Senators Harl and Quillfeath.\n\nThe CHAIRMAN. Our witness is Ambassador Lydia Fairbro.\n\n'
         'Ambassador FAIRBRO. Thank you, Mr. Chairman.\n\nSenator QUILLFEATH. Is there anyone who supports it?'),
        [(None, N), ('The Chairman', D), ('The Chairman', D), ('Lydia Fairbro', D), ('Lydia Fairbro', D),
         ('Quillfeath', D), ('Quillfeath', D)], id='congressional_record_labels'),
    pytest.param('The CIA. It said nothing.\n\nThe FBI. It agreed.', [(None, N)] * 4,
                 id='capitals_and_a_stop_in_an_ordinary_text'),
    pytest.param(
        ('“My wife always said I cared more about tanks than our boiler,” Lev Starob says.\n\n'
         'In the kitchen, the table is covered with maps.\n\n'
         '“You have to understand what that time was like. We drank tea with men we were trained to kill.”\n\n'
         '“Short one.”'),
        [('Lev Starob', D), (None, N), ('Lev Starob', D), ('Lev Starob', D), ('Lev Starob', D)],
        id='profile_untagged_quotations_are_the_one_person_quoted_at_length'),
    pytest.param(
        ('“We will talk,” Anna Berg said, “but not on these terms.”\n\n“We will not,” Igor Lenk replied. '
         '“Never on those terms, and not this year either.”\n\nThe talks ended.\n\n'
         '“Nobody expected anything else from this round of talks.”'),
        [('Anna Berg', D), ('Igor Lenk', D), ('Igor Lenk', D), (None, N), (None, N)],
        id='no_profile_guess_with_two_people_quoted_at_length'),
    pytest.param('Vitaly Chern came.\n\nVitaly insists that the council worked.',
                 [(None, N), ('Vitaly Chern', I)], id='a_capitalised_ly_word_before_a_verb_is_a_name'),
    pytest.param('NATO firmly rejected the idea, the official said.', [('official', I)],
                 id='a_lower_case_ly_adverb_is_still_skipped'),
    pytest.param('Henryk, 71, a retired railway worker, said he remembered the columns.', [('Henryk', I)],
                 id='an_age_and_a_title_between_a_name_and_its_verb'),
    pytest.param(
        ('Five questions to Halina Wrob\n\nInterview by Jonas Ekber\n\n'
         'Dr Halina Wrob directs the programme on Russia.\n\nIs the Founding Act dead?\n\n'
         'In every practical sense, yes.\n\nShould NATO station forces?\n\nI think it has to.'),
        # The questions are the author's narration, as the gold of batches 9, 19 and 32 reads them.
        [('Jonas Ekber', N), ('Jonas Ekber', N), ('Jonas Ekber', N), ('Jonas Ekber', N), ('Halina Wrob', D),
         ('Jonas Ekber', N), ('Halina Wrob', D)], id='interview_with_unlabelled_answers'),
    pytest.param('NATO summit: live updates\n\nLive coverage by Ruth Ansel | Last updated 10 July\n\nThe leaders met.',
                 [('Ruth Ansel', N)] * 3, id='live_coverage_byline'),
    pytest.param(
        ('Witness: Major (retired) Hugh Stanb.\n\nCounsel: Major, when did you arrive?\n\n'
         'Witness: In 1999.\n\n(Short adjournment)'),
        [(None, N), ('Counsel', D), ('Witness', D), (None, N)], id='witness_header_and_bracketed_stage_line'),
    pytest.param(
        ('European Parliament - Verbatim report\n\nPresident. - The next item is the debate on Russia.\n\n'
         'Wendel Ostr, on behalf of the PPE Group. - Mr President, the Kremlin has shown what it is.\n\n'
         'President. - Thank you.'),
        [(None, N), ('President', D), ('President', D), ('Wendel Ostr', D), ('Wendel Ostr', D),
         ('President', D), ('President', D)], id='european_parliament_verbatim_turns'),
    pytest.param('I served in Bosnia.\n\nGareth Lemmon served in the British Army from 1994 to 2012.',
                 [('Gareth Lemmon', N), ('Gareth Lemmon', N)], id='service_biography_at_the_end'),
    pytest.param('By Wiktoria Salam, Mazury Courier\n\nORZYSZ — The queue was long.',
                 [('Wiktoria Salam', N), ('Wiktoria Salam', N)], id='byline_with_an_outlet'),
    pytest.param(
        ('Mr Orrin Tessal (Westmere North) (Con): I beg to move,\n\nIt is a pleasure to serve under your chairmanship.\n\n'
         'Mr Tessal: I will give way once.'),
        [('Orrin Tessal', D), ('Orrin Tessal', D), ('Orrin Tessal', D)], id='a_turn_ending_in_a_comma_is_still_a_turn'),
    pytest.param(
        ('Briefing by Foreign Ministry Spokeswoman Alevtina Zhdan, Moscow, 14 March\n\n'
         'Last week a NATO spokesman, Dermot Call, explained that the ships were there "to reassure allies."\n\n'
         'Question (Lodestar): Is a response planned?\n\nAnswer: A "response"? To what?'),
        [(None, N), ('Dermot Call', D), ('Question', D), ('Alevtina Zhdan', D), ('Alevtina Zhdan', D)],
        id='answer_label_in_a_briefing_is_the_briefer'),
    pytest.param('Somov: NATO command "will not remain without a response"\n\nRussia objects.',
                 [(None, N), (None, N)], id='labelled_headline_without_a_stop'),
]


@pytest.mark.parametrize("text, expected", BATCH8_RULES)
def test_batch8_rules(text, expected):
    assert attribute(text) == expected


# Rules drawn from the errors of held-out batch 11 (experiments/attribution_heldout11/).
BATCH11_RULES = [
    pytest.param(
        ('Night Desk - Radio Carrow\n\nPresenter: Maud Pellow\n\n'
         'MAUD PELLOW: Good evening. With me is Colonel Ivo Rask.\n\n'
         'IVO RASK: Good evening.\n\nINTERVIEWER: Colonel, is the hotline still used?\n\n'
         'IVO RASK: Rarely.'),
        [(None, N), (None, N), ('Maud Pellow', D), ('Maud Pellow', D), ('Ivo Rask', D), ('Maud Pellow', D),
         ('Ivo Rask', D)], id='interviewer_label_is_the_presenter_of_the_cast_line'),
    pytest.param(
        ('MODERATOR: Welcome. Our first question.\n\nINTERVIEWER: Dr Lena Vosk, how will Moscow read it?\n\n'
         'DR VOSK: Calmly.\n\nINTERVIEWER: And Brussels?'),
        [('MODERATOR', D), ('MODERATOR', D), ('INTERVIEWER', D), ('Lena Vosk', D), ('INTERVIEWER', D)],
        id='interviewer_turn_is_no_byline'),
    pytest.param(
        ('Members present: Mr Owen Tarrant (Chair); Mrs Ada Pell; Mr Simon Hale\n\n'
         'Witnesses: Dr Nora Hale, Senior Fellow, Institute of Baltic Studies; and Mr Piet Laar, gave evidence.\n\n'
         'Q3 Chair: Welcome. Was the council right to stop meeting?\n\n'
         'Dr Nora Hale: No, I think not.\n\n'
         'Q4 Mr Hale: Dr Hale, we are not related. Will it meet again?\n\n'
         'Dr Hale: Yes, by the summer.\n\n'
         'Chair: Thank you.'),
        [(None, N), (None, N), ('Owen Tarrant', D), ('Owen Tarrant', D), ('Nora Hale', D), ('Simon Hale', D),
         ('Simon Hale', D), ('Nora Hale', D), ('Owen Tarrant', D)],
        id='committee_evidence_question_numbers_chair_and_shared_surnames'),
    pytest.param(
        ('The alliance has issued a short statement. Air policing "will continue as normal," the statement says. '
         'It adds that allies are in close contact.'),
        [(None, N), ('NATO', D), ('NATO', I)], id='the_statement_speaks_for_whoever_issued_it'),
    pytest.param('A statement from the Kremlin followed. The text says that the flight was routine.',
                 [(None, N), ('Russia', I)], id='a_statement_from_a_body'),
    pytest.param('The report was long. The statement says nothing new.',
                 [(None, N), (None, N)], id='a_statement_nobody_issued_is_no_speaker'),
    pytest.param(
        ('The Russian Defence Ministry has released its version of events. According to the ministry, the jets '
         '"did not violate the airspace of any state."'),
        [(None, N), ('Russia', D)], id='according_to_a_body_named_by_its_kind'),
    pytest.param('The envoy was summoned, according to the Russian Foreign Ministry\'s press office.',
                 [('Russia', I)], id='according_to_a_bodys_press_office'),
    pytest.param(
        ('I have been speaking to Colonel Aivars Lenc at the ministry. '
         '"The aircraft crossed our border at 09:41," he told me.'),
        [(None, N), ('Aivars Lenc', D)], id='pronoun_for_the_only_person_after_a_preposition'),
    pytest.param(
        ('The plans are a dangerous step, Minister of Foreign Affairs of the Russian Federation Lev Orsha '
         'told reporters on Friday.'),
        [('Lev Orsha', I)], id='closing_tag_with_a_long_title_with_of_the'),
    pytest.param(
        ('Deputy Director of the Institute of Baltic Studies Rein Tamme told the agency that the battalions '
         '"change the atmosphere." "They wanted a symbol," the expert said.'),
        [('Rein Tamme', D), ('Rein Tamme', D)], id='subject_with_a_long_title_with_of_the'),
    pytest.param(
        ('From his flat, Oleg Varis can see Russia. "There was no border," says the 68-year-old, who served '
         'in the army. The 68-year-old said he was tired.'),
        [(None, N), ('Oleg Varis', D), ('Oleg Varis', I)], id='the_n_year_old_is_the_person_just_named'),
    pytest.param(
        ('A city official, who asked not to be named because she is not authorised to speak to the press, said '
         'that hundreds had joined. Most of them, she said, speak Russian.'),
        [('city official', I), ('city official', I)],
        id='unnamed_source_with_a_long_relative_clause_and_her_pronoun'),
    pytest.param(
        ('A senior official said the talks had failed. NATO spokeswoman Ada Lindt declined to comment on what '
         'she called "leaks". She said the posture was "defensive".'),
        [('senior official', I), ('Ada Lindt', D), ('Ada Lindt', D)], id='pronoun_after_a_source_prefers_a_named_person'),
    pytest.param('Ilse Rahn is a historian. In her view, Moscow wants to be a co-owner of European security.',
                 [(None, N), ('Ilse Rahn', I)], id='in_her_view_names_the_source'),
    pytest.param('In the words of Ilse Rahn, Moscow wants to be a co-owner.',
                 [('Ilse Rahn', I)], id='a_belief_after_the_source_is_the_sources_claim'),
    pytest.param('According to the Kremlin, Sedov told the leaders that the talks were over.',
                 [('Sedov', I)], id='speech_after_the_source_is_still_the_speakers'),
]


@pytest.mark.parametrize("text, expected", BATCH11_RULES)
def test_batch11_rules(text, expected):
    assert attribute(text) == expected


# Rules drawn from the errors of held-out batches 12 and 13 (experiments/attribution_heldout12/, 13/).
BATCH12_RULES = [
    pytest.param(
        ('Cable row\n\nMOSCOW (Agency) - Two Russian jets flew over the Baltic on Monday.\n\n'
         'Reporting by Ola Brink in Moscow and Pia Dahl in Brussels; Writing by Jon Vale; Editing by Kai Lind'),
        [('Jon Vale', N)] * 3, id='wire_credit_writer_is_the_narrator'),
    pytest.param(
        ('Introducing the draft, the representative of the Russian Federation said that the strikes were illegal. '
         'No one had given the Alliance that right, he said.'),
        [('Russia', I), ('Russia', I)], id='he_after_a_delegate_named_by_office'),
    pytest.param(
        ('MODERATOR (Irina Valk): Welcome.\n\nPRESIDENT HALLE: Thank you.\n\n'
         'MODERATOR: Questions, please.\n\nQ President Halle, Jan Bors, Nordic Wire. Is the door open?\n\n'
         'PRESIDENT HALLE: It is.\n\nQ (As translated.) Olga Rinne, Vestnik. And for Russia?\n\n'
         'PRESIDENT HALLE: Also.\n\nQ Mr. President, one follow-up.'),
        [('Irina Valk', D), ('Halle', D), ('Irina Valk', D), ('Jan Bors', D), ('Jan Bors', D), ('Halle', D),
         ('Olga Rinne', D), ('Olga Rinne', D), ('Olga Rinne', D), ('Halle', D), ('Q', D)],
        id='press_conference_bare_q_labels_and_a_named_moderator'),
    pytest.param(
        ('The Secretary General, Anders Lunde, posted on X that the mission would "protect the cables." '
         'Troops posted on the border were tired. The embassy posted a photograph of a frozen harbour.'),
        [('Anders Lunde', D), (None, N), (None, N)], id='posted_on_x_that_reports_speech'),
    pytest.param(
        ('President: Jan Hahne has the floor.\n\nJan Hahne (AfD): The treaty is dead.\n\n'
         '(Heike Wint [DIE LINKE]: Speak for yourself!)\n\n'
         'It was killed in Washington.\n\n(Interjection from the SPD: Nonsense!)\n\n(Applause from the AfD)'),
        [('President', D), ('Jan Hahne', D), ('Heike Wint', D), ('Jan Hahne', D), ('SPD', D), (None, N)],
        id='bracketed_interjections_in_a_parliamentary_record'),
    pytest.param(
        ('Mikhail Gorin was ambassador in Brussels in 2008.\n\nLEDGER: Was the war avoidable?\n\n'
         'Gorin: My father, Pyotr Gorin, fought in Afghanistan. He told me wars are never avoidable.\n\n'
         'LEDGER: And now?\n\nGorin: Now we talk.'),
        [(None, N), ('Ledger', D), ('Mikhail Gorin', D), ('Mikhail Gorin', D), ('Ledger', D), ('Mikhail Gorin', D)],
        id='surname_label_is_the_interviewee_not_his_father'),
    pytest.param(
        ('As Young (2009) argues, the establishment was divided. Young (2009) argues that the split was old. '
         'As Marsh has noted, the Act changed little.'),
        [('Young', I), ('Young', I), ('Marsh', I)], id='citations_as_x_argues'),
]


# Rules drawn from the errors of held-out batch 14 (experiments/attribution_heldout14/).
BATCH14_RULES = [
    pytest.param('Gen. Robert Hale spoke in Ramstein. The general said he had asked for a complaint.',
                 [(None, N), ('Robert Hale', I)], id='abbreviated_rank_is_the_title'),
    pytest.param(
        ('The Russian Defence Ministry disputed the account. '
         'Its spokesman, Maj. Gen. Igor Koval, said the jet had been scrambled.'),
        [('Russia', I), ('Igor Koval', I)], id='spokesman_then_ranked_name_in_commas'),
    pytest.param(
        ('HIGH NORTH NOTES\n\nAbout the author: Helga Rosen spent twelve years at NATO.\n\n'
         'Moscow noticed. Then there was this, from a former colleague:\n\n'
         '"We only talk about them now."\n\n— Mikko Lahti (@mlahti) March 8, 2024\n\n— Helga'),
        [('Helga Rosen', N)] * 4 + [('Mikko Lahti', D), ('Mikko Lahti', D), ('Helga Rosen', N)],
        id='newsletter_author_note_and_a_post_signed_with_a_handle'),
    pytest.param(
        ('DORN: Finally, a sensible voice. [LAUGHTER]\n\nWIEL: Do not get used to it.\n\n'
         '[Translator\'s note: the German original is authoritative. Terms follow NATO usage.]'),
        [('Dorn', D), (None, N), ('Wiel', D), (None, N), (None, N)],
        id='stage_directions_and_bracketed_notes'),
    pytest.param(
        ('Sen. Ellen Grantham of Maine called the intercept reckless. '
         'Grantham, who visited the Siauliai air base last year, spoke on Sunday. She said she would act.'),
        [('Ellen Grantham', I), (None, N), ('Ellen Grantham', I)], id='name_of_a_state_and_a_place_is_no_person'),
    pytest.param(
        ('The committee chairman Anatoly Gromin (no relation to the minister) demanded that Russia leave. '
         'Sen. Ann Cole (R-Maine) said the deal was bad.'),
        [('Anatoly Gromin', I), ('Ann Cole', I)], id='brackets_between_a_name_and_its_verb'),
    pytest.param('In the opinion of observers, the freeze will be the worst crisis since 1997.',
                 [('observers', I)], id='in_the_opinion_of'),
    pytest.param(
        ('Foreign Minister Igor Gromin spoke first. The committee chairman Anatoly Gromin was absent. '
         'Minister Igor Gromin said the door stayed open. "We will talk," Gromin said.'),
        [(None, N), (None, N), ('Igor Gromin', I), ('Igor Gromin', D)],
        id='shared_surname_is_the_one_who_just_spoke'),
]


@pytest.mark.parametrize("text, expected", BATCH14_RULES)
def test_batch14_rules(text, expected):
    assert attribute(text) == expected


@pytest.mark.parametrize("text, expected", BATCH12_RULES)
def test_batch12_rules(text, expected):
    assert attribute(text) == expected


# Rules drawn from the errors of held-out batch 15 (experiments/attribution_heldout15/).
BATCH15_RULES = [
    pytest.param(
        ('Question from member Piet Vos (CDA) to the Minister of Defence on Russian flights\n\n'
         'Answer given by Minister Karin Smeets (Defence) on behalf of the Government\n\n'
         'Question 1\n\nHave you taken note of the report? I believe the flights are a test.\n\n'
         'Answer 1\n\nYes. I share the view that the flights form a pattern.'),
        [(None, N), (None, N), (None, N), ('Piet Vos', D), ('Piet Vos', D), (None, N), ('Karin Smeets', D),
         ('Karin Smeets', D)], id='written_question_and_answer_parts'),
    pytest.param(
        ('Security Dialogue 2021\n\nRapporteur: Hanna Roos\n\n'
         'The first panellist argued that the build-up was defensive. The second panellist disagreed, '
         'noting that bases had reopened.'),
        [('Hanna Roos', N), ('Hanna Roos', N), ('first panellist', I), ('second panellist', I)],
        id='rapporteur_byline_and_panellists_told_apart_by_order'),
    pytest.param(
        ('Interview by Anne Marr\n\nQ: Is the treaty dead?\n\nA: It is.\n\n'
         'This interview was conducted in English and has been edited for clarity.\n\n'
         'Translated from the German by Tom Hale.'),
        [('Anne Marr', N), ('Anne Marr', D), ('A', D), ('Anne Marr', N), ('Anne Marr', N)],
        id='editors_notes_after_an_interview'),
    pytest.param('The first guest, retired Colonel General Igor Miron, said the alliance stood at the border.',
                 [('Igor Miron', I)], id='appositive_name_with_retired_rank'),
]


@pytest.mark.parametrize("text, expected", BATCH15_RULES)
def test_batch15_rules(text, expected):
    assert attribute(text) == expected


# Rules drawn from the errors of held-out batch 16 (experiments/attribution_heldout16/).
BATCH16_RULES = [
    pytest.param('In Budapest, the Hungarian government said it had closed its air space.',
                 [('Hungary', I)], id='nationality_before_government_names_the_country'),
    pytest.param(
        ('Lamine Dial, the Secretary-General, spoke in New York. He reminded members that the Council had '
         'primary responsibility. The ships reminded everyone of 1962.'),
        [(None, N), ('Lamine Dial', I), (None, N)], id='reminded_that_reports_speech'),
    pytest.param('Co-rapporteur Jan Vissen (ALDE, Netherlands) noted that the authorities bore responsibility.',
                 [('Jan Vissen', I)], id='co_rapporteur_is_a_title'),
    pytest.param('A diplomat from a Baltic state, who asked not to be named, was less upbeat.',
                 [(None, N)], id='a_baltic_state_and_asked_not_to_be_named_are_no_speech'),
]


@pytest.mark.parametrize("text, expected", BATCH16_RULES)
def test_batch16_rules(text, expected):
    assert attribute(text) == expected


# Rules drawn from the errors of held-out batch 17 (experiments/attribution_heldout17/).
BATCH17_RULES = [
    pytest.param(
        ('Answer by the Official Representative of the Ministry of Foreign Affairs, Tatiana Belin, to a media '
         'question about the exercise\n\nQuestion: How does Moscow assess these manoeuvres?\n\n'
         'Answer: We are following the exercise closely.'),
        [(None, N), ('Question', D), ('Tatiana Belin', D)], id='answer_by_an_office_then_its_holder'),
]


# Rules drawn from the errors of held-out batch 18 (experiments/attribution_heldout18/).
BATCH18_RULES = [
    pytest.param(
        ('Sen. Richard Lund, D-Wis., spoke. "Nobody knows who the enemy is," said Mr. Lund, 71, who voted '
         'for the war. Sen. Ann Long spoke too. Mrs. Long said the costs had been understated.'),
        [(None, N), ('Richard Lund', D), (None, N), ('Ann Long', I)],
        id='abbreviated_title_before_a_surname_that_is_also_a_word'),
    pytest.param("Russia's Defence Ministry on Tuesday accused NATO of dangerous manoeuvres.",
                 [('Russia', I)], id='weekday_between_subject_and_verb'),
    pytest.param(
        ('Russia has stepped up surveillance of undersea cables, according to a confidential NATO assessment '
         'seen by the Harbour Times. The 22-page document was circulated in September. '
         '"Russia is likely to regard them as targets," the document says. According to the assessment, '
         'activity has increased. The assessment recommends that allies share more information. '
         'Moscow acted, according to an internal document.'),
        [('NATO', I), (None, N), ('NATO', D), ('NATO', I), ('NATO', I), ('internal document', I)],
        id='a_leaked_document_speaks_for_its_issuer'),
    pytest.param(
        ('Interview by Hanna Yule\n\nGeneral Erik Rasko commanded the air policing mission.\n\n'
         'L: What did you learn?\n\nRasko: That they are professionals.\n\nL: Has that changed?\n\n'
         'Rasko: The tone has.'),
        [('Hanna Yule', N), ('Hanna Yule', N), ('Hanna Yule', D), ('Erik Rasko', D), ('Hanna Yule', D),
         ('Erik Rasko', D)], id='outlet_initial_label_is_the_interviewer'),
]


@pytest.mark.parametrize("text, expected", BATCH18_RULES)
def test_batch18_rules(text, expected):
    assert attribute(text) == expected


@pytest.mark.parametrize("text, expected", BATCH17_RULES)
def test_batch17_rules(text, expected):
    assert attribute(text) == expected


BATCH19_RULES = [
    pytest.param(
        ('By Mark Hale\n\nNATO met, officials said.\n\n'
         '(Reporting by Mark Hale in Brussels; Additional reporting by Ines Roth in Riga; Editing by Paul Tam)'),
        [('Mark Hale', N), ('officials', I), ('Mark Hale', N)], id='wire_credit_line_is_the_narrator'),
    pytest.param('Live coverage by Nina Brandt, with Ole Sand in Oslo and Eva Lie in Moscow\n\nThe talks resumed on Monday.',
                 [('Nina Brandt', N), ('Nina Brandt', N)], id='live_blog_helpers_after_with_are_not_authors'),
    pytest.param(
        ('Arms Control After the Treaty\n\nDr Petra Lind, Senior Fellow\n\n'
         'Confidence measures outlived treaties in earlier crises (Lind 2017). Moscow rejected the offer, the Kremlin said.'),
        [('Petra Lind', N), ('Petra Lind', N), ('Petra Lind', N), ('Russia', I)],
        id='author_line_holds_when_the_author_cites_herself'),
    pytest.param(
        ('In Washington, a senior administration official briefing reporters said the offer stood. '
         'Two officials speaking on condition of anonymity said the talks had stalled.'),
        [('senior administration official briefing reporters', I),
         ('Two officials speaking on condition of anonymity', I)],
        id='unnamed_source_with_a_participle_after_an_opening_phrase'),
    pytest.param("Russia's own foreign ministry said in June that the council was useful.", [('Russia', I)],
                 id='own_between_owner_and_ministry'),
    pytest.param(
        ('NATO Secretary General Ola Brekke: Good afternoon.\n\nNATO Spokesperson [Mia Dahl]: We have time for two '
         'questions.\n\nQuestion [Ivan Petrov, Radio Baltika]: Will Allies meet Russia?\n\n'
         'NATO Secretary General: Not this year.\n\nNATO Spokesperson: Last question.'),
        [('Ola Brekke', D), ('Mia Dahl', D), ('Ivan Petrov', D), ('Ola Brekke', D), ('Mia Dahl', D)],
        id='nato_transcript_names_in_square_brackets'),
    pytest.param(
        ('The Secretary of State for Foreign and Commonwealth Affairs (Mr. Alan Dunmore): With permission, I shall '
         'make a statement.\n\nMr. Peter Lyle (Hexham): Will he talk to Moscow?\n\n'
         'The Secretary of State for Foreign and Commonwealth Affairs: I will.'),
        [('Alan Dunmore', D), ('Peter Lyle', D), ('Alan Dunmore', D)], id='hansard_office_with_of_for_and'),
]


@pytest.mark.parametrize("text, expected", BATCH19_RULES)
def test_batch19_rules(text, expected):
    assert attribute(text) == expected


BATCH20_RULES = [
    pytest.param(
        ('By Ann Roe\n\nRichard Bell served at NATO for years. His wife, Joan Bell, remembers 1997. '
         '"He came home at four," she says.\n\nTold of this, Bell smiles. "We had it," he says.\n\n'
         'Their son, Michael Bell, is a pilot. These days Bell reads the news.\n\n"It will pass," Bell says.'),
        [('Ann Roe', N), ('Ann Roe', N), ('Ann Roe', N), ('Joan Bell', D), ('Ann Roe', N), ('Richard Bell', D),
         ('Ann Roe', N), ('Ann Roe', N), ('Richard Bell', D)],
        id='a_shared_surname_alone_is_the_one_named_first'),
    pytest.param(
        ('Igor Gromov, the minister, spoke first. Anatoly Gromov (no relation) demanded more. Moscow was silent.\n\n'
         '"We will talk later," Gromov said.'),
        [(None, N), ('Anatoly Gromov', I), (None, N), ('Igor Gromov', D)],
        id='a_namesake_named_later_does_not_take_the_surname'),
    pytest.param(
        ('HOST: ANN ROE\n\nROE: Nikolai Dorokhin spoke yesterday. With me is Pavel Dorokhin.\n\n'
         'DOROKHIN: Thank you.\n\nROE: Is that so? Nikolai Dorokhin said so.\n\nDOROKHIN: It is.'),
        [(None, N), ('Ann Roe', D), ('Ann Roe', D), ('Pavel Dorokhin', D), ('Ann Roe', D), ('Nikolai Dorokhin', I),
         ('Pavel Dorokhin', D)],
        id='a_shared_surname_label_is_the_guest_just_introduced_for_every_turn'),
    pytest.param('NATO met, officials said.\n\nClaire Whitlock is a staff writer. Additional reporting by Sam Hale.',
                 [('officials', I), ('Claire Whitlock', N), ('Claire Whitlock', N)],
                 id='credit_line_after_the_author_note'),
]


@pytest.mark.parametrize("text, expected", BATCH20_RULES)
def test_batch20_rules(text, expected):
    assert attribute(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param('Pieter Claes flies jets. He would not say how close the aircraft had come. '
                 'She declined to say whether talks were planned. He did not say that he was angry.',
                 [(None, N), (None, N), (None, N), ('Pieter Claes', I)], id='what_a_source_would_not_say_is_no_speech'),
    pytest.param('Estonia sent ships. The ministry said more would follow.\n\n'
                 'Romanian navy divers defused a mine on Saturday, the defence ministry said.',
                 [(None, N), ('Estonia', I), ('Romania', I)], id='a_nationality_before_its_forces_names_the_ministry'),
    pytest.param("Latvia protested. The Russian chargé d'affaires was summoned, according to the ministry's press office.",
                 [('Latvia', I), ('Latvia', I)], id='another_states_envoy_does_not_name_the_ministry'),
])
def test_batch20_withheld_and_ministries(text, expected):
    assert attribute(text) == expected


BATCH21_RULES = [
    pytest.param(
        ('LETTERS\n\nDo not corner Moscow\n\nYour editorial was wrong. Russia is proud.\n\nANNA BERG\nLeeds\n\n'
         'Remember the rules\n\nWe kept talking in 1983. That is why.\n\n— Tom Hale, Col., U.S. Army (ret.), Dover'),
        [(None, N), (None, N), ('Anna Berg', D), ('Anna Berg', D), ('Anna Berg', D), ('Anna Berg', D), (None, N),
         ('Tom Hale', D), ('Tom Hale', D), ('Tom Hale', D), ('Tom Hale', D)],
        id='letters_signed_by_a_name_line_or_a_signature_the_splitter_cut'),
    pytest.param(
        ('(Reporting by Ian Roe in Riga and Ola Lind in Moscow; compiled by Lucy Marsh; editing by Tim Dahl)\n\n'
         'FACTBOX-Cyber attacks\n\nEstonia was hit in 2007.'),
        [('Lucy Marsh', N), ('Lucy Marsh', N), ('Lucy Marsh', N)], id='factbox_compiled_by_is_the_author'),
    pytest.param(
        ('BOOK REVIEWS\n\nThe memoir is candid. It is also partial.\n\nThe chapters on 1997 are the strongest.\n\n'
         'Eva Lind\nUppsala University\n\n© 2012 Journal of Alliance Studies'),
        [('Eva Lind', N)] * 7, id='reviewer_signs_above_affiliation_and_copyright'),
    pytest.param('By Claire Whitlock\n\nNATO met, officials said.\n\nClaire Whitlock is a staff writer. Additional '
                 'reporting by Sam Hale.',
                 [('Claire Whitlock', N), ('officials', I), ('Claire Whitlock', N), ('Claire Whitlock', N)],
                 id='credit_line_after_the_author_note_under_a_top_byline'),
]


@pytest.mark.parametrize("text, expected", BATCH21_RULES)
def test_batch21_rules(text, expected):
    assert attribute(text) == expected


BATCH22_RULES = [
    pytest.param('In Moscow, the official news agency Tass said the meeting was over.', [('Tass', I)],
                 id='a_descriptor_before_a_body_is_not_a_relative_clause'),
    pytest.param('"It is over," said Vice Adm. Klaus Richter, a German officer. "It is," said Lt. Gen. Ann Hale.',
                 [('Klaus Richter', D), ('Ann Hale', D)], id='two_abbreviated_titles_before_a_name'),
    pytest.param('By Sue Long\n\nAnatoly Grishin served in Berlin. In 2004, the year seven former Soviet-bloc states '
                 'joined NATO, he called enlargement "a strategic error".',
                 [('Sue Long', N), ('Sue Long', N), ('Anatoly Grishin', D)], id='hyphenated_adjective_is_not_a_name'),
    pytest.param(
        ('Hosts: Sarah Bell and Tom Novak\nGuest: Olga Sedova, senior fellow\n\nSarah: Welcome, I am Sarah Bell.\n\n'
         'Tom: And I am Tom Novak.\n\nOlga: Thank you.\n\nTom: I spoke to my namesake, Tom Weller, at NATO today.\n\n'
         'Tom: He was gloomy.'),
        [(None, N), (None, N), ('Sarah Bell', D), ('Tom Novak', D), ('Olga Sedova', D), ('Tom Novak', D),
         ('Tom Novak', D)], id='first_name_labels_of_the_hosts_and_guests_named_above'),
    pytest.param("The prime minister’s official spokesperson said Downing Street was in contact with allies. "
                 "The Conservatives said the government had been too slow.",
                 [("prime minister's official spokesperson", I), ('Conservatives', I)],
                 id='an_offices_aide_and_a_party_as_speakers'),
    pytest.param('UK warns Russia over spy ship\n\nHannah Rose Defence correspondent\n\nWed 22 Jan 2025 18.40 GMT\n\n'
                 'The ship left, officials said.',
                 [('Hannah Rose', N), ('Hannah Rose', N), ('Hannah Rose', N), ('officials', I)],
                 id='web_byline_with_the_desk_and_no_comma'),
]


@pytest.mark.parametrize("text, expected", BATCH22_RULES)
def test_batch22_rules(text, expected):
    assert attribute(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param('"A treaty has to be ratified," says Dr Helen Park, a lecturer at Leeds. Jonas Park said it was. '
                 'Protesters gathered in Gorky Park, police said.',
                 [('Helen Park', D), ('Jonas Park', I), ('police', I)], id='a_place_word_as_a_surname_after_a_first_name'),
    pytest.param('Asked about it, Ryabov smiled and said that was a question for politicians. '
                 'The report was published and said that Russia lied.',
                 [('Ryabov', I), (None, N)], id='two_verbs_one_subject'),
])
def test_batch21_22_names_and_shared_subjects(text, expected):
    assert attribute(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param('Tass quoted an unnamed official of the Soviet Foreign Ministry as saying that the delegation had acted. '
                 'Interfax quoted Deputy Foreign Minister Ivan Petrov as saying that talks were over. '
                 'RIA Novosti quoted him as saying the talks were over.',
                 [('official of the Soviet Foreign Ministry', I), ('Ivan Petrov', I), ('Ivan Petrov', I)],
                 id='an_agency_quoted_x_as_saying'),
])
def test_agency_quoted_as_saying(text, expected):
    assert attribute(text) == expected


BATCH24_RULES = [
    pytest.param(
        ('OPINION\n\nTalk to Moscow\n\nI spent my career in the army. My father, Colonel Pavel Roe, was a pilot.\n\n'
         'I think we must talk.\n\nThey will say I am naive, General Roe. I do not mind.\n\n'
         'Lt. Gen. (ret.) Ivan Roe served on the General Staff. He is now a senior fellow at a Moscow institute.'),
        [('Ivan Roe', N)] * 11, id='op_ed_bio_with_a_rank_under_a_first_person_piece_naming_his_surname'),
    pytest.param(
        ('Brussels Breakfast\n\nBy James Long\n\nHOTLINE HOLDUP: Three allies want a hotline, diplomats said. The '
         'hotline is old.\n\nCABLE CUTTERS: Ships patrol the cable routes.\n\nCYBER CORNER: A new cyber centre opens.'
         '\n\nSPOTTED: Two ministers at lunch.'),
        [('James Long', N), ('James Long', N), ('diplomats', I), ('James Long', N), ('James Long', N),
         ('James Long', N), ('James Long', N)], id='newsletter_lead_ins_are_headings_not_turns'),
    pytest.param('YOUNG: Welcome.\n\nDOROKHIN: Thank you, Rachel.\n\nYOUNG: Young people care.\n\nDOROKHIN: They do.',
                 [('Young', D), ('Dorokhin', D), ('Young', D), ('Dorokhin', D)],
                 id='repeated_capital_labels_stay_turns'),
]


@pytest.mark.parametrize("text, expected", BATCH24_RULES)
def test_batch24_rules(text, expected):
    assert attribute(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param('"We are watching," Pentagon spokesman Navy Cmdr. Eric Hill told reporters.', [('Eric Hill', D)],
                 id='an_abbreviated_rank_is_not_part_of_the_name'),
    pytest.param('Professor Anna Kovac of the University of Kent told the committee that it was wrong.',
                 [('Anna Kovac', I)], id='a_name_then_of_and_the_employer'),
    pytest.param('NATO plans are "shortsighted" and will only increase tension, Russian Ambassador to Norway Nikolai '
                 'Petrov said in an interview. Putin to Visit China, Kremlin Says',
                 [('Nikolai Petrov', D), (None, N)], id='ambassador_to_a_country_before_the_name'),
])
def test_batch23_24_titles(text, expected):
    assert attribute(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        ('THE HARBOUR INQUIRY\n\nCounsel to the Inquiry: Mr Paul Lake QC\n\nCOMMANDER ANNA FELL (sworn)\n\n'
         'Questions by MR LAKE\n\nQ. Did you see the report?\n\nA. I did.\n\nMR JOHN MOSS (affirmed)\n\n'
         'Questions by MR LAKE\n\nQ. And you?\n\nA. No.'),
        [(None, N), (None, N), (None, N), (None, N), ('Paul Lake', D), ('Anna Fell', D), (None, N), (None, N),
         ('Paul Lake', D), ('John Moss', D)],
        id='inquiry_examiner_and_sworn_witness_no_byline'),
])
def test_inquiry_hearing(text, expected):
    assert attribute(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        ('MOSCOW, March 18 — A senior Russian general told visiting senators today that Moscow would answer '
         'enlargement.\n\nGeneral Viktor Sokolov, the deputy chief of the General Staff, said the alliance was moving '
         'east.'),
        [('Viktor Sokolov', I), ('Viktor Sokolov', I)], id='an_unnamed_title_in_the_lead_named_in_the_next_paragraph'),
    pytest.param('A senior diplomat said talks had failed.\n\nThe talks began in May.\n\nGeneral Ivan Roe said nothing.',
                 [('senior diplomat', I), (None, N), ('Ivan Roe', I)], id='but_not_someone_of_another_office_later'),
])
def test_lead_title_named_later(text, expected):
    assert attribute(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Ukraine's deputy foreign minister, Oleksandr Bondar, warned on Thursday.\n\nA NATO official, speaking on "
                 'condition of anonymity, said no decision had been taken.\n\n"There will be no discussion," the official '
                 'said.',
                 [('Oleksandr Bondar', I), ('NATO official', I), ('NATO official', D)],
                 id='the_official_is_the_unnamed_office_holder_just_quoted_not_the_minister_before'),
])
def test_unnamed_office_referred_back(text, expected):
    assert attribute(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param('By Ann Roe\n\nHelen Stone served in Brussels. "It was hard," she says.\n\nMark Lee, her deputy, said '
                 'she had worked too hard. She laughs at that. "I did not. I made tea."',
                 [('Ann Roe', N), ('Ann Roe', N), ('Helen Stone', D), ('Mark Lee', I), ('Ann Roe', N),
                  ('Helen Stone', D), ('Helen Stone', D)],
                 id='an_untagged_quote_after_a_gesture_is_the_one_who_made_it'),
])
def test_quote_after_a_gesture(text, expected):
    assert attribute(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param('By Ann Roe\n\nViktor Orlov walks alone.\n\n"He is careful," said Andrei Orlov, who is not related to '
                 'him.\n\nAsked about this, Orlov smiled.\n\n"I am a professional," he said.',
                 [('Ann Roe', N), ('Ann Roe', N), ('Andrei Orlov', D), ('Ann Roe', N), ('Viktor Orlov', D)],
                 id='a_new_paragraph_of_narration_means_the_surname_named_first'),
    pytest.param('Deputy Minister Alexander Petrov said the talks were over.\n\nAmbassador Nikolai Petrov said in Oslo '
                 'that NATO was wrong. "We see it," the ambassador said.\n\nPetrov noted that Moscow had proposed talks.',
                 [('Alexander Petrov', I), ('Nikolai Petrov', I), ('Nikolai Petrov', D), ('Nikolai Petrov', I)],
                 id='but_a_new_paragraph_reporting_him_again_is_the_one_who_just_spoke'),
])
def test_shared_surname_after_a_namesake_spoke(text, expected):
    assert attribute(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param('Greens want talks\n\nDate 12.05.2015\nAuthor Thomas Becker\n\nUlrike Brandt is a lawmaker.',
                 [('Thomas Becker', N)] * 4, id='an_author_line_without_a_colon_among_the_page_lines'),
    pytest.param('Interview\n\nAuthor Thomas Becker\n\nUlrike Brandt is a lawmaker.\n\nTB: Was it a mistake?\n\n'
                 'Brandt: No.\n\nTB: Thank you.\n\nThe interview was conducted by Thomas Becker. It has been edited '
                 'for length.',
                 [('Thomas Becker', N), ('Thomas Becker', N), ('Thomas Becker', N), ('Thomas Becker', D),
                  ('Ulrike Brandt', D), ('Thomas Becker', D), ('Thomas Becker', N), ('Thomas Becker', N)],
                 id='initials_label_of_the_author_and_the_editors_note_paragraph'),
])
def test_web_interview_furniture(text, expected):
    assert attribute(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param('Remarks at the North Atlantic Council Ministerial Meeting\n\nSecretary Richard Grant\n\n(As Delivered)\n\n'
                 'Thank you, Alan. We agreed today to set up a new council.\n\n(Applause.)\n\nPartnership does not mean '
                 'silence.',
                 [(None, N), (None, N), (None, N), ('Richard Grant', D), ('Richard Grant', D), (None, N),
                  ('Richard Grant', D)],
                 id='a_header_naming_the_occasion_over_the_speakers_name_line'),
    pytest.param('Remarks at the summit\n\nBy Anna Kovac\n\nThe leaders met. We saw them arrive.',
                 [('Anna Kovac', N)] * 4, id='but_a_byline_under_it_is_a_reporter'),
])
def test_speech_under_a_venue_header(text, expected):
    assert attribute(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param('Not everyone is keen. A second diplomat was more relaxed: "Nobody is talking about a reset. We talk."',
                 [(None, N), ('second diplomat', D), ('second diplomat', D)],
                 id='a_speakers_manner_before_a_colon_and_the_quotation'),
    pytest.param('Ivanov was blunt: "No."', [('Ivanov', D)], id='a_name_before_the_colon'),
    pytest.param('The message was clear: "Go home."', [(None, N)], id='but_not_a_thing_before_the_colon'),
])
def test_manner_before_a_colon(text, expected):
    assert attribute(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Russia's Sergei Lavrin said the talks were over.", [('Sergei Lavrin', I)],
                 id='the_person_after_an_owner_in_one_chunk'),
    pytest.param('Interview by Daniel Frost\n\nThe Northern Review\'s Daniel Frost spoke to Sigrid Holm.\n\n'
                 'Frost: Is the room dark?\n\nHolm: Not yet.',
                 [('Daniel Frost', N), ('Daniel Frost', N), ('Daniel Frost', D), ('Sigrid Holm', D)],
                 id='an_outlets_interviewer_is_named_without_the_outlet'),
    pytest.param('Asked who the attacker was, he smiled: "Nobody in particular."', [(None, N)],
                 id='a_gesture_before_a_colon_with_no_one_to_be_he'),
    pytest.param('Simon Grant runs the exercise. Asked who the attacker was, he smiled: "Nobody in particular."',
                 [(None, N), ('Simon Grant', D)], id='a_gesture_before_a_colon_and_the_quotation'),
    pytest.param('Privately, several diplomats here say they are worried.', [('several diplomats', I)],
                 id='here_between_a_subject_and_its_verb'),
])
def test_owners_gestures_and_here(text, expected):
    assert attribute(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param('Spokeswoman Yelena Gromova said talks would go on. A senior Foreign Ministry official, speaking on '
                 'condition of anonymity, was blunter. "They must treat us as a partner," the official said.',
                 [('Yelena Gromova', I), (None, N), ('senior Foreign Ministry official', D)],
                 id='the_official_just_described_though_he_said_nothing_yet'),
    pytest.param('Spokeswoman Yelena Gromova, a ministry official, said talks would go on. The weather was cold. '
                 'Snow fell. "We will see," the official said.',
                 [('Yelena Gromova', I), (None, N), (None, N), ('Yelena Gromova', D)],
                 id='but_a_named_official_when_no_unnamed_one_was_just_described'),
])
def test_official_just_described(text, expected):
    assert attribute(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param('A second diplomat said the offer stood.\n\nLater, "It still stands," a second diplomat said.',
                 [('second diplomat', I), ('second diplomat', D)],
                 id='one_unnamed_source_whatever_its_articles_case'),
    pytest.param('The two leaders said they would meet again.', [('two leaders', I)], id='the_definite_article_too'),
    pytest.param('Officials said the offer stood.', [('Officials', I)], id='a_group_without_an_article_as_it_is'),
    pytest.param('A senior Russian general said the jets were "five minutes away". "We will answer," the general said.',
                 [('senior Russian general', D), ('senior Russian general', D)],
                 id='an_unnamed_official_is_a_source_as_written_not_his_government'),
    pytest.param('A high-ranking NATO official said the talks were over.', [('high-ranking NATO official', I)],
                 id='its_modifiers_kept_whole'),
    pytest.param('A Kremlin spokesman said the jets were no threat.', [('Russia', I)],
                 id='but_an_unnamed_spokesman_speaks_for_his_body'),
])
def test_unnamed_sources_without_their_article(text, expected):
    assert attribute(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param('Interview by Katrin Vogt\n\nViktor Belyaev spent 38 years in the foreign service. He rarely gives '
                 'interviews; his last, with the historian Sigrid Stone, was never published.\n\n'
                 'Q: What was it like?\n\nA: Exciting.',
                 [('Katrin Vogt', N), ('Katrin Vogt', N), ('Katrin Vogt', N), ('Katrin Vogt', D),
                  ('Viktor Belyaev', D)],
                 id='the_interviewee_is_the_one_person_opening_a_sentence_of_the_introduction'),
    pytest.param('Interview by Katrin Vogt\n\nSigrid Stone lives in Oslo. Viktor Belyaev lives in Moscow.\n\n'
                 'Q: What was it like?\n\nA: Exciting.',
                 [('Katrin Vogt', N), ('Katrin Vogt', N), ('Katrin Vogt', N), ('Katrin Vogt', D), ('A', D)],
                 id='but_not_when_two_people_open_sentences'),
])
def test_interviewee_from_the_introduction(text, expected):
    assert attribute(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param('Kremlin warns NATO\n\nBy Thomas Hope\n\nMOSCOW (Northline) - The Kremlin said the patrol was a '
                 'provocation.\n\n(Reporting by Thomas Hope; Writing by Olga Lind; Editing by Peter Shaw)',
                 [('Thomas Hope', N), ('Thomas Hope', N), ('Russia', I), ('Thomas Hope', N)],
                 id='a_by_line_at_the_top_outranks_the_writing_credit'),
    pytest.param('Kremlin warns NATO\n\nMOSCOW (Northline) - The Kremlin said the patrol was a provocation.\n\n'
                 '(Reporting by Thomas Hope; Writing by Olga Lind; Editing by Peter Shaw)',
                 [('Olga Lind', N), ('Russia', I), ('Olga Lind', N)],
                 id='without_one_the_writer_of_the_credit'),
])
def test_byline_and_wire_credit(text, expected):
    assert attribute(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param('Senator James Bell, Republican of Indiana, said he wanted "a real number" on the cost.',
                 [('James Bell', D)], id='party_and_state_after_the_name'),
    pytest.param('Senator Margaret Hope, Democrat of Rhode Island, asked whether it might "poison" relations.',
                 [('Margaret Hope', D)], id='a_two_word_state'),
    pytest.param('Senator Ann Cole, Independent, said no.', [('Ann Cole', I)], id='the_party_alone'),
])
def test_party_appositive_is_no_speaker(text, expected):
    assert attribute(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param('A NATO spokesman in Brussels said the alliance "fully supports" the patrol. "Allies do not '
                 'recognise the annexation," he said.', [('NATO', D), ('NATO', D)],
                 id='a_title_placed_in_a_city_speaks_and_is_he_after'),
    pytest.param('The Russian embassy in Washington said nothing new.', [('Russia', I)], id='a_body_placed_likewise'),
])
def test_speaker_placed_in_a_city(text, expected):
    assert attribute(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param('In a conversation in Brussels last month, a senior NATO official put the problem bluntly: "We are '
                 'negotiating with people who believe we are lying." "It is hard," the official said.',
                 [('senior NATO official', D), ('senior NATO official', D)],
                 id='put_it_bluntly_after_an_opening_phrase_and_the_official_after'),
    pytest.param('Ivanov put it more simply: "No."', [('Ivanov', D)], id='put_it_more_simply'),
    pytest.param('In Moscow, the mood was grim: "Nobody expects much."', [(None, N)], id='but_not_a_mood'),
    pytest.param('On the American side, Under Secretary of State Mark Sharp told the committee that it would work.',
                 [('Mark Sharp', I)], id='under_secretary_is_an_office_not_a_preposition'),
    pytest.param('Under President Yeltsin, Moscow said it would work.', [('Russia', I)], id='but_under_a_president_is'),
])
def test_colon_leads_and_offices(text, expected):
    assert attribute(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Statement by the Ministry of Foreign Affairs of the Russian Federation\n\nWe reject the claims.\n\n"
                 "Translator's note: The Contact Group comprises five states. It meets monthly.",
                 [(None, N), ('Russia', D), (None, N), (None, N)], id='a_translators_note_closing_a_statement'),
    pytest.param("Editor's note: This article was updated on Monday.", [(None, N)], id='an_editors_note'),
])
def test_unbracketed_notes_are_the_narrators(text, expected):
    assert attribute(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param('"We have a choir coming," Haugen said. "I have told them they are welcome. I hope they come.\n\n'
                 'Not everyone agrees.',
                 [('Haugen', D), ('Haugen', D), ('Haugen', D), (None, N)],
                 id='reopened_after_the_tag_and_never_closed'),
    pytest.param('Yuri Orekhov was a general.\n\nMy wife, Anne Stone, remembers it differently. "They stopped inviting us," '
                 'she says. "That is the moment to worry about.\n\nThe last time I saw him, Orekhov told me he was glad.',
                 [(None, N), (None, N), ('Anne Stone', D), ('Anne Stone', D), ('Yuri Orekhov', I)],
                 id='and_not_handed_to_the_next_paragraphs_speaker'),
    pytest.param('The mayor, Ola Berg, called it "a shame. He left.', [('Ola Berg', I), (None, N)],
                 id='but_a_stray_opening_mark_after_narration_is_ignored'),
])
def test_quotation_left_open_at_a_paragraphs_end(text, expected):
    assert attribute(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param('Yuri Kasatkin met Thomas Weir in 1999.\n\n"He said no, Yuri." Kasatkin laughed, not pleasantly. '
                 '"Four months later we were in Georgia."',
                 [(None, N), ('Yuri Kasatkin', D), (None, N), ('Yuri Kasatkin', D)],
                 id='a_gesture_between_untagged_quotations_names_their_speaker'),
    pytest.param('Yuri Kasatkin met Thomas Weir in 1999.\n\n"We said no to all of it." Kasatkin and Weir laughed. "Never again."',
                 [(None, N), (None, N), (None, N), (None, N)], id='but_not_when_it_names_two'),
])
def test_beat_between_quotations(text, expected):
    assert attribute(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param('Officials at the Military Committee could not be reached for comment.', [(None, N)],
                 id='reached_for_comment_is_no_speech'),
    pytest.param('The minister did not respond to a request for comment.', [(None, N)], id='a_request_for_comment'),
    pytest.param('The minister declined to comment.', [(None, N)], id='declined_to_comment_as_before'),
])
def test_for_comment(text, expected):
    assert attribute(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param('The Russian Foreign Ministry summoned the envoy. Its spokesman said relations were "not a priority".',
                 [(None, N), ('Russia', D)], id='its_spokesman_speaks_for_the_body_named_before'),
    pytest.param('NATO ministers met on Tuesday. Their spokeswoman said the talks would go on.',
                 [(None, N), ('NATO', I)], id='their_spokeswoman'),
    pytest.param('Its spokesman said the talks would go on.', [('Its spokesman', I)],
                 id='but_with_no_body_named_the_title_stays'),
])
def test_possessive_spokesman(text, expected):
    assert attribute(text) == expected


HANSARD_DEBATE = (
    "Baltic Security\n\n2.14 pm\n\nMr Thomas Grant (Ludlow) (Con)\n\nI beg to move,\n\n"
    "That this House supports the Allies' decision.\n\nMoscow has broken its word.\n\n"
    "Ms Helen Grant (Bristol East) (Lab)\n\nWill the hon. Gentleman give way?\n\nMr Grant\n\nI will not.\n\n"
    "2.31 pm\n\nThe Minister for Europe (Mr David Frost)\n\nThe door to dialogue is not closed.\n\n"
    "Question put and agreed to."
)


@pytest.mark.parametrize("text, expected", [
    pytest.param(HANSARD_DEBATE,
                 [(None, N), (None, N), ('Thomas Grant', D), ('Thomas Grant', D), ('Thomas Grant', D), ('Thomas Grant', D),
                  ('Helen Grant', D), ('Helen Grant', D), ('Thomas Grant', D), ('Thomas Grant', D), (None, N),
                  ('David Frost', D), ('David Frost', D), (None, N)],
                 id='headings_on_their_own_line_give_each_speech_its_member'),
    pytest.param("The panel\n\nDr Anne Marsh (Chatham House)\n\nMr Paul Stone (RUSI)\n\n"
                 "The two analysts disagreed about almost everything.",
                 [(None, N), (None, N), (None, N), (None, N)], id='but_a_list_of_names_is_not_a_debate'),
    pytest.param("Hearing\n\nCAPTAIN ROBERT HALE (sworn)\n\nQuestions by MR ROWE\n\nQ. Where were you?\n\n"
                 "MRS KAREN WARREN (affirmed)\n\nQuestions by MR ROWE",
                 [(None, N), (None, N), (None, N), (None, N), (None, N), (None, N)],
                 id='nor_a_witness_sworn_in'),
])
def test_speaker_headings(text, expected):
    assert attribute(text) == expected


UNLABELLED_QA = (
    "THE INTERVIEW\n\nThe missile defence talks are running out of time. Interview by Anne Frost\n\n"
    "Pavel Dorokhin has represented Russia at NATO since 2009.\n\n"
    "Mr Ambassador, the leaders agreed to cooperate. What happened?\n\n"
    "We were invited to join a system designed without us.\n\n"
    "Is that a threat?\n\nIt is a response.\n\n"
    "He laughs, and then he looks out of the window.\n\n"
    "Anne Frost is the diplomatic correspondent of the Baltic Ledger."
)


@pytest.mark.parametrize("text, expected", [
    pytest.param(UNLABELLED_QA,
                 [('Anne Frost', N), ('Anne Frost', N), ('Anne Frost', N), ('Anne Frost', N), ('Anne Frost', N),
                  ('Anne Frost', N), ('Pavel Dorokhin', D), ('Anne Frost', N), ('Pavel Dorokhin', D),
                  ('Anne Frost', N), ('Anne Frost', N)],
                 id='byline_run_into_the_standfirst_questions_set_up_by_a_sentence_and_the_interviewers_narration'),
    pytest.param("Envoy warns\n\nRussia's envoy says time is short. By Anne Frost\n\nThe talks resumed.",
                 [('Anne Frost', N), ("Russia's envoy", I), ('Anne Frost', N), ('Anne Frost', N)],
                 id='a_by_line_run_into_the_standfirst'),
    pytest.param("The talks resumed. By Tuesday\n\nThey stopped.", [(None, N), (None, N), (None, N)],
                 id='but_not_by_a_day'),
])
def test_unlabelled_interview(text, expected):
    assert attribute(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("NATO-Russia Council\nJoint Statement\n\nReykjavik, 14 May 2002\n\n"
                 "The Foreign Ministers of the NATO member states and the Russian Federation met today.",
                 [(None, N), (None, N), (None, N), (None, N)], id='a_document_title_is_no_author_and_member_states_no_verb'),
    pytest.param("Final Communique\n\nThe ministers met in Rome.", [(None, N), (None, N)], id='nor_a_communique'),
    pytest.param("NATO-Russia Council\nFinal Communique\n\nThe ministers met in Rome.", [(None, N), (None, N), (None, N)],
                 id='nor_a_communique_under_the_councils_name'),
    pytest.param("The ministry states that the talks are over.", [('ministry', I)], id='but_states_that_is_speech'),
])
def test_document_titles_and_states(text, expected):
    assert attribute(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param('A U.S. embassy spokesman in Moscow said Washington was ready for talks. "We have nothing to hide," '
                 'he said.', [('United States', I), ('United States', D)],
                 id='a_lower_case_institution_inside_a_spokesmans_title'),
    pytest.param('A Russian foreign ministry spokeswoman said Moscow was ready.', [('Russia', I)],
                 id='a_foreign_ministry_spokeswoman'),
    pytest.param('The Russian embassy in London said the claims were false.', [('Russia', I)],
                 id='the_embassy_alone_still_its_government'),
    pytest.param("Romania's defence ministry said its navy had tracked two drones.", [('Romania', I)],
                 id='and_an_owners_ministry_its_owner'),
])
def test_lower_case_institutions(text, expected):
    assert attribute(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param('The meeting was chaired by the Secretary General, Anders Brekke.\n\n'
                 'Following the meeting, the Secretary General made the following statement:\n\n'
                 '"Today we have taken an important step.\n\n"Dialogue is not a reward."',
                 [(None, N), ('Anders Brekke', I), ('Anders Brekke', D), ('Anders Brekke', D)],
                 id='a_press_releases_lead_in_and_a_capitalised_office_before_the_name'),
    pytest.param('After meeting the President, Anders Brekke said it was fine. The President said no.',
                 [('Anders Brekke', I), ('President', I)], id='but_an_office_before_a_sentences_subject_is_not_his'),
    pytest.param('Interview by Laura Stone\n\nLaura Stone: Is this sabotage?\n\nMikko Rantala: I have to be careful.\n\n'
                 'LS: Will that deter anyone?\n\nMR: It helps.\n\n'
                 'The views expressed in this interview are those of the interviewee.',
                 [('Laura Stone', N), ('Laura Stone', D), ('Mikko Rantala', D), ('Laura Stone', D), ('Mikko Rantala', D),
                  ('Laura Stone', N)], id='initials_that_look_like_an_honorific_and_the_closing_disclaimer'),
    pytest.param('Katrin Vogt\n\nJames Long put it well at a conference in Berlin last month: "We talked."',
                 [(None, N), ('James Long', D)], id='put_it_well_with_a_long_circumstance'),
])
def test_press_release_and_interview_furniture(text, expected):
    assert attribute(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param('Igor Kuzmin counted eleven wagons carrying American Bradley fighting vehicles.\n\n'
                 '"I never thought I would see this," the 68-year-old said.',
                 [(None, N), ('Igor Kuzmin', D)], id='a_nationality_and_one_word_is_no_person'),
    pytest.param('Igor Kuzmin keeps a photograph of his wife. His son sees it differently.\n\n'
                 'Artyom Kuzmin, 34, works in Riga.\n\n'
                 '"My father watches too much television," the younger Kuzmin said. "No," the elder Kuzmin said.',
                 [(None, N), (None, N), (None, N), ('Artyom Kuzmin', D), ('Igor Kuzmin', D)],
                 id='the_younger_is_the_son'),
    pytest.param("Jaan Tamm was asleep when the phone rang.\n\nJaan's father, Andres Tamm, keeps cash at home.\n\n"
                 '"It was a normal day," the younger Tamm said.',
                 [(None, N), (None, N), ('Jaan Tamm', D)], id='even_when_named_first'),
    pytest.param('Anna Berg met Olga Berg in Riga.\n\n"It was fine," the younger Berg said.',
                 [(None, N), ('Anna Berg', D)], id='without_a_cue_the_surname_as_before'),
])
def test_relatives_and_nationalities(text, expected):
    assert attribute(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param('Artyom Kuzmin, 34, writes software for a company in Riga.', [(None, N)], id='writes_software_is_a_job'),
    pytest.param('The talks began in Riga.\n\nHis sister, Anne Marsh, writes for the Baltic Ledger.\n\nThe talks ended.',
                 [(None, N), (None, N), (None, N)], id='writes_for_a_paper_too'),
    pytest.param('Anne Marsh writes that the talks have failed.', [('Anne Marsh', I)], id='but_writes_that_reports'),
])
def test_writing_as_a_job(text, expected):
    assert attribute(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param('Tomasz Wielgus\n\n"We tested the line," a Lithuanian staff officer told me over coffee. "It rang."',
                 [(None, N), ('Lithuanian staff officer', D), ('Lithuanian staff officer', D)], id='a_staff_officer'),
    pytest.param('A Finnish energy company said it had detected a phishing campaign.',
                 [('Finnish energy company', I)], id='a_company_counted_off'),
])
def test_staff_and_companies(text, expected):
    assert attribute(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param('Katrin Vogt\n\n"This is what we train for," said Sgt. First Class Daniel Young. "My guys are ready."\n\n'
                 'Corporal Marcin Nowicki, 23, said the bridge went up fast. "It was quick," the corporal said.',
                 [(None, N), ('Daniel Young', D), ('Daniel Young', D), ('Marcin Nowicki', I), ('Marcin Nowicki', D)],
                 id='enlisted_ranks_are_titles'),
    pytest.param('Pfc. Anna Lee said the range was quiet.', [('Anna Lee', I)], id='an_abbreviated_rank'),
    pytest.param('Private John Hope said the range was quiet.', [('John Hope', I)], id='a_private'),
])
def test_enlisted_ranks(text, expected):
    assert attribute(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param('DER RUNDBLICK | ENGLISH EDITION\n\nInterview by Sabine Hartmann\n\n'
                 'Konrad Faber receives us in Bonn. His son, Thomas Faber, is an adviser in Berlin.\n\n'
                 'Mr. Faber, was that the right decision?\n\nIt was the only decision.\n\nWere we naive?\n\nNot naive.',
                 [('Sabine Hartmann', N)] * 5 + [('Konrad Faber', D), ('Sabine Hartmann', N), ('Konrad Faber', D)],
                 id='the_one_answering_is_named_first_and_not_a_masthead'),
])
def test_unlabelled_interview_with_two_namesakes(text, expected):
    assert attribute(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param('Emre Yilmaz said Turkey would apply the 1936 Montreux Convention "to the letter."\n\n'
                 '"We live here," he said.', [('Emre Yilmaz', D), ('Emre Yilmaz', D)],
                 id='a_convention_is_a_document_not_a_person'),
    pytest.param('Anna Berg recalled the Dayton Accords. "They held," she said.', [(None, N), ('Anna Berg', D)],
                 id='nor_are_accords'),
    pytest.param('Emre Yilmaz spoke in Ankara.\n\nTurkey will apply the 1936 Montreux Convention to the letter.\n\n'
                 '"We live here," he said.', [(None, N), (None, N), ('Emre Yilmaz', D)],
                 id='so_he_after_a_convention_is_the_man_before_it'),
])
def test_treaty_names(text, expected):
    assert attribute(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param('Lieutenant-General David Little, the commander, told the committee there was no threat. '
                 'The lieutenant-general added that it was "a question of presence."',
                 [('David Little', I), ('David Little', D)], id='a_hyphenated_rank_is_a_title'),
    pytest.param('Vice-Admiral Anne Hope said the fleet was ready.', [('Anne Hope', I)], id='a_vice_admiral'),
    pytest.param('Captain Jari Rautio of the Southeast Finland Border Guard District, who commands the station, '
                 'said 900 people had arrived. "They did not come by accident," the captain said.',
                 [('Jari Rautio', I), ('Jari Rautio', D)], id='a_district_is_where_he_serves_not_his_name'),
    pytest.param('The Western Military District said the drills had ended.', [('Western Military District', I)],
                 id='a_military_district_is_a_body'),
])
def test_hyphenated_ranks_and_districts(text, expected):
    assert attribute(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param('Maarten Visser served in Moscow for six years.\n\nIn a 2009 interview with the historian '
                 'Willem Bakker, he described retirement as "the one posting I intend to refuse."',
                 [(None, N), ('Maarten Visser', D)], id='not_the_interviewer_in_an_opening_phrase'),
    pytest.param('Oleg Tikhomirov retired in 1994.\n\nIn a 2007 interview with the journalist Gennady Vorontsov, '
                 'he warned that the treaty would "leave us with more tanks."', [(None, N), ('Oleg Tikhomirov', D)],
                 id='not_the_journalist_in_an_opening_phrase'),
    pytest.param('Pavel Sokolov flew to Riga.\n\nThe Latvian minister Igor Petrov met him. He said the treaty held.',
                 [(None, N), (None, N), ('Igor Petrov', I)], id='without_the_opening_phrase_the_last_named'),
])
def test_pronoun_after_an_opening_phrase(text, expected):
    assert attribute(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param('Keep the council open\n\nI sat in Moscow in 1997. I did not believe him then.\n\n'
                 "*Margaret Day was Canada's ambassador to Russia from 1996 to 2000. She now teaches in Ottawa.*",
                 [('Margaret Day', N)] * 6, id='a_surname_that_is_a_time_word_ends_a_name_in_a_bio'),
    pytest.param('Ruth Park said the talks had stalled.', [('Ruth Park', I)], id='as_does_a_place_word'),
])
def test_names_that_are_also_words(text, expected):
    assert attribute(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param('FISHER: We have offered to let Russian experts observe a flight test.', [('Fisher', D)],
                 id='observe_with_an_object_reports_nothing'),
    pytest.param('One diplomat observed that the talks had stalled.', [('diplomat', I)],
                 id='observed_that_reports'),
    pytest.param('DR. MARSH: Moscow does not fear the first phase; it fears the fourth.', [('Marsh', D)],
                 id='what_a_body_fears_in_a_turn_is_the_speakers_reading'),
    pytest.param('DR. MARSH: Moscow said it would respond.', [('Russia', I)],
                 id='but_what_it_said_is_its_own'),
])
def test_verbs_in_turns(text, expected):
    assert attribute(text) == expected


HEARING = ('The committee met at 9:32 a.m., Hon. Howard L. Pike (chairman of the committee) presiding.\n\n'
           'THE CHAIRMAN: The committee will come to order. Our witness is Dr. Laura Marsh of Rideau College.\n\n'
           'DR. MARSH: Thank you, Mr. Chairman.\n\n'
           'SENATOR MARSH: Dr. Marsh, we are not related. Do you take the threat seriously?\n\n'
           'DR. MARSH: I take it seriously.')


def test_namesakes_with_different_posts_in_a_hearing_are_two_people():
    assert attribute(HEARING) == [(None, N), ('Howard L. Pike', D), ('Howard L. Pike', D), ('Laura Marsh', D),
                                  ('Marsh', D), ('Marsh', D), ('Laura Marsh', D)]


def test_a_plain_form_of_address_does_not_make_a_namesake():
    text = ('Our guest is President Pavel Dorokhin.\n\nPRESIDENT DOROKHIN: Thank you.\n\n'
            'HOST: Welcome.\n\nMR. DOROKHIN: We are ready.')
    assert attribute(text)[1::2] == [('Pavel Dorokhin', D), ('Pavel Dorokhin', D)]



@pytest.mark.parametrize("text, expected", [
    pytest.param('Vadim Lebedev welcomed the call.\n\nA senior NATO military official, speaking on condition of '
                 'anonymity because the contacts are sensitive, said Moscow had asked for it. '
                 '"They asked," the official said.',
                 [('Vadim Lebedev', I), ('senior NATO military official', I), ('senior NATO military official', D)],
                 id='four_words_before_an_unnamed_official'),
    pytest.param('Ambassador of the Russian Federation to Canada Yevgeny Lukin said the flight was routine.',
                 [('Yevgeny Lukin', I)], id='an_envoys_post_to_a_country_before_his_name'),
    pytest.param('According to the Police and Border Guard Board, the buoys have not been returned.',
                 [('Police and Border Guard Board', I)], id='one_body_named_with_and'),
    pytest.param('According to Russia and NATO, the talks failed.', [('Russia', I)], id='but_not_two_bodies'),
    pytest.param('Edward Long, then a captain in the Parachute Regiment, arrived at dawn.\n\n'
                 'Pavel Sokolov, a Russian major, was there too.\n\n'
                 '"It was no bluff," the former officer said.',
                 [(None, N), (None, N), ('Edward Long', D)], id='a_post_held_then'),
])
def test_unnamed_officials_posts_and_bodies(text, expected):
    assert attribute(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param('Margaret Hale, the secretary of state, was there.\n\n'
                 'Anna Hale, a fellow at the Centre, said the decision reflected a change in Washington.\n\n'
                 '"Nothing concrete," Ms. Hale said.',
                 [(None, N), ('Anna Hale', I), ('Anna Hale', D)],
                 id='ms_and_a_shared_surname_after_the_one_who_just_spoke'),
    pytest.param("Belarus' Defence Ministry said it had invited observers from Lithuania, Latvia and Poland.",
                 [('Belarus', I)], id='a_ministry_after_a_bare_apostrophe'),
    pytest.param('BELKIN: Our experts believe otherwise.', [('Belkin', D)], id='what_our_experts_believe_is_mine'),
    pytest.param('Missiles from Iran do not exist, and our experts are convinced that they will not.',
                 [(None, N)], id='so_is_what_they_are_convinced_of'),
    pytest.param('But a senior Russian diplomat I have known for years put it to me this way: "No."',
                 [('senior Russian diplomat', D)], id='a_clause_without_who_between_subject_and_verb'),
    pytest.param('Diplomats I have spoken to point out that the process was fast.',
                 [('Diplomats I have spoken to', I)], id='but_a_group_described_so_is_whole'),
])
def test_namesakes_owners_and_first_person_groups(text, expected):
    assert attribute(text) == expected


def test_stage_directions_and_interruptions_in_a_debate():
    text = ('President. - The next item is the debate on Georgia.\n\n'
            'Jan Kowalczyk, on behalf of the UEN Group. - Mr President, Russia must leave Georgia.\n\n'
            '(Applause from the right)\n\n'
            'Tomas Sharp (GUE/NGL). - Mr President, who fired first? '
            "(Interruption by Mr Kowalczyk: 'Shame on you!') Mr Kowalczyk can shout.")
    result = attribute(text)
    assert result[-5:] == [(None, N), ('Tomas Sharp', D), ('Tomas Sharp', D), ('Jan Kowalczyk', D), ('Tomas Sharp', D)]


def test_the_authors_closing_bio_is_the_narrators():
    text = ('Wales and the Act\n\nby Daniel Frost\n\nMoscow has been clear. I think the summit will be calm.\n\n'
            'So what should we expect?\n\nDaniel Frost is a former NATO official who writes about European security.')
    assert attribute(text)[-1] == ('Daniel Frost', N)


@pytest.mark.parametrize("text, expected", [
    pytest.param('Kremlin Spokesman Yuri Malinin told reporters that President Gromov had "repeatedly warned" '
                 'about it. "Russia has done everything possible. The responsibility lies with Washington," he said.',
                 [('Yuri Malinin', D), ('Yuri Malinin', D), ('Yuri Malinin', D)],
                 id='he_in_a_quote_opened_earlier_means_who_spoke_before_it'),
    pytest.param('Oleksandr Bilyk waved a flag. A woman stood beside him.\n\n'
                 'She said she remembered the tanks.', [(None, N), (None, N), (None, N)],
                 id='oleksandr_is_not_she'),
    pytest.param('Another woman said the allies were "still afraid of Moscow."', [('woman', D)],
                 id='another_woman'),
    pytest.param('A local man said it was cold.', [('local man', I)], id='a_local_man'),
])
def test_quotes_names_and_passers_by(text, expected):
    assert attribute(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param('Canadian media outlets said the flight was a test.', [('Canadian media outlets', I)],
                 id='media_outlets_are_an_unnamed_source'),
    pytest.param('[19] See note 13; also interviews in Brussels, October 2019.', [(None, N)],
                 id='see_is_no_name_in_a_footnote'),
])
def test_outlets_and_footnotes(text, expected):
    assert attribute(text) == expected



@pytest.mark.parametrize("text, expected", [
    pytest.param('NATO cancels talks\n\nBRUSSELS, Aug 27 (EuroWire) - NATO has cancelled a meeting planned for next '
                 'week, saying there could be no normal business.', [(None, N), ('NATO', I)],
                 id='a_participles_subject_is_after_the_dateline'),
    pytest.param('Statement by the Chairman\n\n1.\n\nThe Council met today under my chairmanship.\n\n'
                 '2.\n\nI am pleased to report progress.',
                 [(None, N), (None, N), ('Chairman', D), (None, N), ('Chairman', D)],
                 id='paragraph_numbers_of_a_statement_are_no_ones'),
])
def test_datelines_and_paragraph_numbers(text, expected):
    assert attribute(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param('A younger neighbour, who gave his name only as Andres, said the jets woke his children.',
                 [('Andres', I)], id='the_name_a_passer_by_gave'),
    pytest.param('At the harbour cafe, a fisherman who gave his name only as Arne said he had stopped going.\n\n'
                 '"It was loud," he said.', [('Arne', I), ('Arne', D)], id='and_he_after_it'),
])
def test_a_name_given_only_as(text, expected):
    assert attribute(text) == expected


def test_aides_are_an_unnamed_source():
    assert attribute('Kremlin aides later explained that the missiles would only be taken off their targets.') \
        == [('Kremlin aides', I)]
