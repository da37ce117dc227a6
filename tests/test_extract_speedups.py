"""Shortcuts taken for speed give exactly what the plain computation gives."""

from __future__ import annotations

import itertools
import random
import re

from tracker.extract import lexicon as lex
from tracker.extract.headcount_rules import _STAFF_WORDS, has_staff_word, has_staff_word_in
from tracker.extract.regex import folds_oddly
from tracker.extract.registry import RULES
from tracker.extract.similarity import token_set_ratio, token_set_ratio_at_least, word_set
from tracker.extract.unit_names import _TOKEN, tokenize

# The pattern has_staff_word stands for: a staff suffix after a letter, read on the words.
_STAFF_SUFFIX = re.compile(rf"[a-z](?:{'|'.join(lex.STAFF_SUFFIXES)})\b")


def test_staff_word_gate_is_the_suffix_pattern_on_the_words() -> None:
    sentences = [
        "The trust will recruit 40 radiologists and 12 sonographers.",
        "Ologists are not a word, nor is iatrists alone.",
        "More paediatricians, physiotherapists and photographers.",
        "The council will hire 300 staff.",
        "Nothing about people here.",
        "geologists-in-training and a biologist",
        "ologistsx ographers",
    ]
    for sentence in sentences:
        words = word_set(sentence)
        expected = not _STAFF_WORDS.isdisjoint(words) or _STAFF_SUFFIX.search(" ".join(words)) is not None
        assert has_staff_word(words) == expected, sentence
    for words in (frozenset({"ologists"}), frozenset({"radiologists"}), frozenset({"ologistsx", "a"})):
        assert has_staff_word(words) == (_STAFF_SUFFIX.search(" ".join(words)) is not None), words


def test_bounded_token_set_ratio_decides_like_the_full_ratio() -> None:
    names = [
        "coastal flood agency",
        "coastal agency",
        "advanced materials research agency",
        "advanced research and invention agency",
        "national heat centre",
        "heat centre",
        "rural affairs office",
        "office for rural affairs",
        "cyber command",
        "electromagnetic command",
        "a",
        "ab",
    ]
    for a, b in itertools.product(names, repeat=2):
        for threshold in (50, 85, 95):
            assert token_set_ratio_at_least(a, b, threshold) == (token_set_ratio(a, b) >= threshold), (a, b)


def test_token_offsets_are_those_of_a_scan() -> None:
    for text in (
        "The  Trade, Industry & Skills Office (TISO) opens\u00a0today — £40m.",
        "  leading spaces, tabs\tand\nnewlines; e.g. U.S. 'quoted’ words–dashes-",
        "a",
        "",
    ):
        tokens = tokenize(text)
        scanned = list(_TOKEN.finditer(text))
        assert [tokens.start(i) for i in range(len(tokens))] == [m.start() for m in scanned]
        assert [tokens.end(i) for i in range(len(tokens))] == [m.end() for m in scanned]


def test_ascii_words_are_the_runs_of_a_to_z() -> None:
    from tracker.extract.similarity import ascii_words

    for text in (
        "the council’s £40m fund – for 12 towns (phase-two)",
        "déjà vu: naïve café, \u212aelvin \u017fkills, straße",
        "UPPER and lower\tand\nlines\u00a0here",
        "",
        "\ud800 lone surrogate",
    ):
        for lowered in (text, text.lower()):
            assert ascii_words(lowered) == re.findall(r"[a-z]+", lowered), text


def test_needle_scan_finds_a_needle_exactly_when_one_is_in_the_text() -> None:
    import tracker.extract  # noqa: F401 - registers every rule
    from tracker.extract.registry import RULES

    written = [
        example.replace("|", " ") for rule in RULES.values() for example in (*rule.examples, *rule.counter)
    ]
    texts = [text.lower() for text in written]  # the scan reads the lower-cased window
    for rule in RULES.values():
        if not rule.needles:
            continue
        assert rule._has_needle is not None
        for text in texts:
            expected = any(n in text for n in rule.needles)
            assert (rule._has_needle(text) is not None) == expected, (rule.name, text)


def test_needle_scan_folds_case_as_the_engine_does() -> None:
    """A case-insensitive pattern matches "ſ" for "s" and "İ" for "i"; so does the scan."""
    from tracker.extract.registry import Rule

    rule = Rule("test.needle-folding", "test", r"(?i:established)", needles=("established",))
    try:
        for text in ("ESTABLİSHED", "eſtabliſhed", "Established"):
            assert rule.search(text) is not None, text
    finally:
        from tracker.extract.registry import RULES

        del RULES[rule.name]


def test_party_promise_is_read_only_where_its_verb_is_a_word() -> None:
    """The finder runs funding.cue.party-promise only when the sentence's words hold one of
    PROMISE_VERBS: every match of the pattern must end in one of them."""
    from tracker.extract import funding_rules as rules

    for text in (
        *rules.PARTY_PROMISE.examples,
        *rules.PARTY_PROMISE.counter,
        "The Greens had promised, and Labour’s leader pledges £2m; Reform proposes it.",
        "Labour offered_ nothing; the Greens promisedx more; the SNP pledged2 less.",
    ):
        for m in rules.PARTY_PROMISE.pattern.finditer(text):
            assert not rules.PROMISE_VERBS.isdisjoint(word_set(m.group(0))), (text, m.group(0))
        assert (rules.PARTY_PROMISE.search(text) is None) or not rules.PROMISE_VERBS.isdisjoint(
            word_set(text)
        ), text


def test_opposition_is_read_only_where_its_gate_lets_it() -> None:
    """The finder runs funding.cue.opposition only when may_be_opposition says it can match:
    every match must pass the gate, read on the matched words alone."""
    from tracker.extract import funding_rules as rules

    texts = [
        *rules.OPPOSITION.examples,
        *rules.OPPOSITION.counter,
        *(e.replace("|", " ") for r in RULES.values() for e in (*r.examples, *r.counter)),
        "Opposition MPs CRITICISED it; the Liberal Democrats' housing spokeswoman warne",
        "Sinn Féin councillor Mary Kelly questioned it; Labour leaders said so.",
        "The Tories want it; Labour proposes it; a think-tank, our own modelling, a study by X.",
        "Critici\u017fed by the shadow chancellor; a report by the Greens; Reform UK urged more.",
        "according to the latest Treasury figures; the Conservative group leader; Greens had argued",
    ]
    matched = 0
    for text in texts:
        for m in rules.OPPOSITION.pattern.finditer(text):
            matched += 1
            assert rules.may_be_opposition(m.group(0), word_set(m.group(0))), (text, m.group(0))
    assert matched >= 15


def _unit_texts() -> list[str]:
    """Every rule's and decision's examples and counter-examples, and a few written to try
    the unit gates (cases, line breaks, punctuation inside and after words, odd folds)."""
    from tracker.extract.registry import DECISIONS

    return [
        *(e.replace("|", " ") for r in RULES.values() for e in (*r.examples, *r.counter)),
        *(e for d in DECISIONS.values() for e in (*d.examples, *d.counter)),
        "The Hub will be RUN BY the Council; it sits Within the Home Office, PART OF the NCA.",
        "a team  overseen by\nthe Cabinet Office, inside   the Department; under the Board",
        "the \u0131nside of it, \u017fet up wıthin the İnside Unit; the agency's NEW\n",
        "thanks to our New  ",
        "the agency’s new Unit, the council's new\nTeam",
        "the new\tTeam, the NEWS team, a renewed Fund, renew Unit",
    ]


def test_unit_tokens_are_the_matches_of_the_token_pattern() -> None:
    """Tokens are read from white-space chunks, with the pattern only on unusual chunks: the
    same tokens and offsets as a scan of the whole sentence with the pattern."""
    import random

    rng = random.Random(7)
    alphabet = "aZ9_ .,;:!?()[]{}\"”“'’–-—&£$€\t\n\u00a0\u2028\x1cé²ſİ"
    texts = [*_unit_texts(), *("".join(rng.choices(alphabet, k=rng.randint(0, 14))) for _ in range(20_000))]
    for text in texts:
        tokens = tokenize(text)
        scanned = list(_TOKEN.finditer(text))
        assert tokens.words == [m.group() for m in scanned], text
        assert [tokens.start(i) for i in range(len(tokens))] == [m.start() for m in scanned], text
        assert [tokens.end(i) for i in range(len(tokens))] == [m.end() for m in scanned], text


def test_unit_gates_pass_every_match() -> None:
    """Each gate in front of a unit pattern lets through every text the pattern matches:
    the cues that end with "new" run only after _ends_with_new, the parent and host cues
    only in sentences whose words hold one of theirs, and a sentence is read at all only
    when its words hold one of _UNIT_WORDS or "for business" is written."""
    from tracker.extract import units
    from tracker.extract.unit_names import has_head_word

    matched = dict.fromkeys(("new", "parent", "host"), 0)
    for text in _unit_texts():
        words = word_set(text)
        hosts = not words.isdisjoint(units._HOST_WORDS) or folds_oddly(text)
        for end in range(len(text) + 1):  # every window that ends where a name could start
            before = text[max(0, end - 60) : end]
            for cue in (units._BEFORE_POSSESSIVE, units._BEFORE_THE_NEW, units._NEW_RIGHT_BEFORE):
                if cue.search(before):
                    matched["new"] += 1
                    assert units._ends_with_new(before), (cue, before)
            if units._HOSTED_BEFORE.pattern.search(text[max(0, end - 40) : end]):
                matched["host"] += 1
                assert hosts, text
        if units._PARENT.search(text):
            matched["parent"] += 1
            assert not words.isdisjoint(units._PARENT_WORDS), text
        if has_head_word(text) or any(
            m.search(text) for m in (units._HEADLESS_BODY.pattern, units._CREATED_HEADLESS.pattern)
        ):
            assert not words.isdisjoint(units._UNIT_WORDS) or "for business" in text, text
    assert min(matched.values()) >= 5, matched


def test_window_cues_are_read_only_where_their_words_are() -> None:
    """funding_context skips not-funding, background and the past-delivery verb for a sum whose
    sentence holds none of their gate words: every match of each pattern must hold one of them
    as a whole a-z word (read on the matched text alone, as the sentence's word set gives it)."""
    from tracker.extract import funding_rules as rules

    cues = (
        (rules.NOT_FUNDING, rules.NOT_FUNDING_WORDS),
        (rules.BACKGROUND, rules.BACKGROUND_WORDS),
        (rules.PAST_VERB_BEFORE, rules.PAST_VERB_WORDS),
        *((cue, rules.COST_WORDS) for cue in (rules.COST_BEFORE, rules.CUT_BEFORE)),
        *(
            (cue, rules.BUDGET_WORDS)
            for cue in (
                rules.BUDGET_AFTER,
                rules.LOSS_AFTER,
                rules.BUDGET_IS,
                rules.SIZE_BEFORE,
                rules.SIZE_AFTER,
                rules.PAY_AFTER,
            )
        ),
        *((cue, rules.DEMAND_WORDS) for cue in (rules.DEMAND, rules.NEEDED_AFTER)),
    )
    texts = [
        *(e.replace("|", " ") for r in RULES.values() for e in (*r.examples, *r.counter)),
        "Tax receipts rose. Savings of £2m; the GDP grew; a black hole; the funding gap; a pay rise.",
        "bills worth £2m altogether; claims worth £3m; bids totalling £4m; puts the figure at; sold for",
        "the economy, worth £9bn; a report found; Audits showed; the economy has grown; bring back",
        "They had spent, paid out and previously given £4m; up from £2m; compared with last year.",
        "the EU provided £2bn; it gave £4m; Towns received £5m; donors contributed, paid and invested",
        "It costs ",
        "The bridge is costing ",
        "the price of ",
        "priced at ",
        "a bill of ",
        "the cost of the scheme would be around ",
        "They slashed spending by ",
        "reducing it by ",
        "trimmed ",
        "cuts ",
        "the ministry's budget for 2026 was ",
        "Its budget is about ",
        "The annual budget amounts to ",
        "a lending portfolio of ",
        "a loan book of ",
        "Councils requested ",
        "the port is seeking ",
        "applicants lobbied for ",
        "they bid for ",
        "the state should have spent ",
        "a relief appeal of ",
        "it wants another ",
        "towns need an extra ",
        "Critics urged ",
        "Towns asked the minister for ",
        "They sought ",
        "They are applying for ",
    ]
    texts += [
        f" {after}"  # the words after a sum
        for after in (
            "budget",
            "a year for around two days a week",
            "per annum for a time commitment of about ten hours",
            "a day for some three hours",
            "in assets",
            "in annual turnover",
            "in loans outstanding",
            "black hole",
            "funding gap",
            "reductions in grants",
            "losses",
            "was needed",
            "is still required",
            "would be necessary",
        )
    ]
    for rule, gate in cues:
        matched = 0
        for text in texts:
            for m in rule.pattern.finditer(text):
                matched += 1
                assert not gate.isdisjoint(word_set(m.group(0))), (rule.name, text, m.group(0))
        assert matched >= 3, rule.name


def test_a_window_cut_inside_a_word_gates_on_its_piece() -> None:
    """A window that starts (or ends) inside a word reads the piece as a word: the gate takes it."""
    from tracker.extract.funding_context import SumContext, _may_hold

    gate = frozenset({"paid"})
    words = word_set("the unpaid bill of")
    cut = SumContext(before="x" * 10 + " the unpaid bill of ", after="", sentence="", words=words)
    assert _may_hold(cut, gate, before_from=len("paid bill of "))  # the window starts inside "unpaid"
    assert not _may_hold(cut, gate, before_from=len(" the unpaid bill of "))
    after = SumContext(before="", after=" for the paid", sentence="", words=word_set("for the pa"))
    assert _may_hold(after, frozenset({"pa"}), after_to=len(" for the pa"))
    assert not _may_hold(SumContext("a", "b", "", words=frozenset({"a"})), gate)
    assert _may_hold(SumContext("a", "b", "", words=None), gate)


def test_unit_window_cues_are_read_only_where_their_words_are() -> None:
    """units._strength scans a window cue only when the sentence's gates (units._gates, and
    units._cut_gates for a window that starts inside a word) let it. In every window a cue
    matches, those gates must pass, and so must the gates made from the matched text alone
    (a name is made of whole tokens: no window is tried that a name's end would cut)."""
    from tracker.extract import units

    cues = (
        (units._AFTER_PAST, "after", "past"),
        (units._BEFORE_STRONG, "before", "strong_before"),
        (units._AFTER_STRONG, "after", "strong_after"),
        (units._BEFORE_WEAK, "before", "weak"),
        (units._BEFORE_AMOUNT, "before", "amount"),
        (units._SERVICE_MODIFIER, "before", "service"),
    )
    texts = [
        *_unit_texts(),
        "The Harbour Hub will be CREATED soon; the Data Unit is to be Established, the Skills Office "
        "has been launchedx and the Data Team was formed in 2019.",
        "The X Unit, set up by the minister, opens for business. The Y Hub, which will open its doors.",
        "Skills Wales, a newly-established research partnership. Tide Wales, A New body to run ferries.",
        "They will Stand Up a team, stood up the cell, INAUGURATE the Office and are setting up the hub.",
        "the formation of the new; 36 new; dubbed the; known as the; a newly formed; called the",
        "thanks to its new, the newly-created, an expansion of the, the top-up to the, a fellow at an",
        "it calls itself a regional; remains a national; is already a local; the former; the next call for",
        "a €40m ; an NZ$5 million ; a 40 million euro ; a 3bn Pounds ; a £2m; the Mental Health Team",
        # a window cut inside a word: "set up a" read in "reset up a", sixty characters before the name
        "we reset up a interdepartmentalisation superhyperlocalisationist Team",
        "the committee members were told that the council will be createdx and the hub was formedly",
    ]
    for rule, side, gate in cues:
        matched = 0
        for text in texts:
            if folds_oddly(text):
                continue  # no gate is used
            sentence = units._gates(text, word_set(text))
            for i in range(len(text) + 1):
                if text[i - 1 : i + 1].isalpha():
                    continue  # not where a name starts or ends
                lo, hi = (max(0, i - 60), i) if side == "before" else (i, i + 80)
                m = rule.pattern.search(text[lo:hi])
                if m is not None:
                    matched += 1
                    gates = (
                        units._cut_gates(text, lo, sentence)
                        if lo and text[lo - 1 : lo + 1].isalpha()
                        else sentence
                    )
                    assert getattr(gates, gate), (rule.name, text[lo:hi])
                    assert getattr(units._gates(m.group(0), word_set(m.group(0))), gate), (
                        rule.name,
                        m.group(0),
                    )
        assert matched >= 5, rule.name


def _labelled_sentences() -> list[str]:
    """Every sentence of every labelled document."""
    from tracker.extract import evaluation as ev
    from tracker.extract.sentences import split_sentences

    return [
        sentence.text
        for labelled in ev.labelled_sets()
        for document in labelled.documents()
        for sentence in split_sentences(document["text"])
    ]


def test_staff_word_gate_on_the_sentence_is_the_gate_on_its_words() -> None:
    """has_staff_word_in, which looks for the suffixes in the sentence before joining its
    words, answers as has_staff_word on the sentence's words: on every labelled sentence
    and on random text made of suffixes, their pieces, capitals and odd folds."""
    import random

    rng = random.Random(5)
    pieces = [*lex.STAFF_SUFFIXES, *(x.upper() for x in lex.STAFF_SUFFIXES), "radi", "s", "o", "logists", " "]
    pieces += ["-", ",", "\u017f", "\u0130", "\u212a", "\u00e9", "nurses", "teachers", "others", "2"]
    texts = [
        *_labelled_sentences(),
        *("".join(rng.choices(pieces, k=rng.randint(0, 6))) for _ in range(20_000)),
    ]
    staffed = 0
    for text in texts:
        words = word_set(text)
        assert has_staff_word_in(text, words) == has_staff_word(words), text
        staffed += has_staff_word(words) and _STAFF_WORDS.isdisjoint(words)
    assert staffed > 100  # the suffix scan itself was reached and agreed


def test_trainee_cue_needle_hides_no_match() -> None:
    """The trainee cue reads a window only when it holds "training": every window its
    pattern matches passes the needle test (windows after each figure of every labelled
    sentence, and random windows holding the word in odd cases and folds)."""
    import random

    from tracker.extract.headcount_rules import _TRAINEES

    rng = random.Random(3)
    pieces = ["training", "TRAINING", "Traın", "ing", "for", "began", " ", "start", ".", "\u0130", "\u017f"]
    windows = [
        sentence[m.end() : m.end() + 80]
        for sentence in _labelled_sentences()
        for m in re.finditer(r"\d+", sentence)
    ]
    windows += [e.partition("|")[2] for e in (*_TRAINEES.examples, *_TRAINEES.counter)]
    windows += ["".join(rng.choices(pieces, k=rng.randint(0, 8))) for _ in range(20_000)]
    matched = 0
    for window in windows:
        found = _TRAINEES.pattern.search(window) is not None
        assert (_TRAINEES.search(window) is not None) == found, window
        matched += found
    assert matched >= 20


def test_background_matches_where_its_plain_form_does() -> None:
    """BACKGROUND is written for speed (look-behinds after "spent" and "paid", the branch that
    opens with "\\w" last and possessive): it must match exactly the windows its plain form
    matches (only whether it matches is read)."""
    from tracker.extract import funding_rules as rules

    source = rules.BACKGROUND.source
    not_future = r"(?<!to be )(?<!will be )(?<!would be )(?<!be )(?<!being )"
    head = (
        rf"\b(?=[A-Za-z])(?:{not_future}spent|spends|{not_future}(?<!and )(?<!or )(?<!a )(?<!the )(?<!, )"
        r"(?<!including )(?<!with )(?<!more )paid"
    )
    rest = source[source.index(r"(?!\s+(?:to|for|by|into") : source.index(r"|\w++ (?:years|months) ago)")]
    plain = re.compile(head + rest + r"|\w+ (?:years|months) ago" + r")\b", rules.BACKGROUND.flags)
    vocabulary = (
        "to be will would being and or a the , spent paid spends Spent PAID been has have had already out "
        "including with more "
        "five years months ago yearsago x2 ſpent İ last year awarded since 2021 up from compared with".split()
    )
    rng = random.Random(7)
    texts = [e.replace("|", " ") for r in RULES.values() for e in (*r.examples, *r.counter)]
    texts += [" ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 12))) for _ in range(20000)]
    found = 0
    for text in texts:
        expected = plain.search(text) is not None
        found += expected
        assert (rules.BACKGROUND.search(text) is not None) == expected, text
    assert found > 1000


def test_not_funding_matches_as_its_plain_form_does() -> None:
    """NOT_FUNDING's look-behinds follow their words (so that every branch opens with a letter
    and the branches group by it): it must find what the plain form, look-behinds first, finds."""
    from tracker.extract import funding_rules as rules

    source = rules.NOT_FUNDING.source
    openers = "".join(f"|{rules._at_sentence_start(w)}" for w in rules._SENTENCE_OPENERS.split("|"))
    pay = rules._PAY_LEADS
    swaps = (
        (openers, rf"|(?:^|(?<=[.!?:] )|(?<=[.!?:]\" ))(?:{rules._SENTENCE_OPENERS})"),
        (
            rules._not_after("bill", ("the ", "The ", "this ", "This ", *rules._LAW_BILLS)) + "s?",
            "(?<!the )(?<!The )(?<!this )(?<!This )"
            + "".join(f"(?<!{lead})" for lead in rules._LAW_BILLS)
            + "bills?",
        ),
        (
            "income(?<!low-income)(?<!moderate-income)(?<!middle-income)",
            "(?<!low-)(?<!moderate-)(?<!middle-)income",
        ),
        (rules._not_after("request", ("budget ",)) + "s?", "(?<!budget )requests?"),
        (
            f"{rules._not_after('wage', pay)}s?|{rules._not_after('salar', pay)}(?:y|ies)",
            "(?<!for )(?<!of )(?<!towards )(?<!cover )(?<!fund )(?:wages?|salar(?:y|ies))",
        ),
        (r"worth(?:(?<=^ worth)|(?<=^worth))\s+of", r"(?:(?<=^ )|^)worth\s+of"),
    )
    for new, old in swaps:
        assert new in source, new
        source = source.replace(new, old)
    plain = re.compile(source)
    vocabulary = (
        "the The this This bill bills request requests budget for of towards cover fund wage wages salary "
        'salaries Tax Taxes Fraud Savings Sales worth of . ! : " x a appropriations spending income low- '
        "moderate- middle- -".split()
    )
    rng = random.Random(11)
    texts = [e.replace("|", " ") for r in RULES.values() for e in (*r.examples, *r.counter)]
    texts += [
        "".join(rng.choice(vocabulary) + rng.choice(("", " ", " ")) for _ in range(rng.randint(1, 12)))
        for _ in range(20000)
    ]
    found = 0
    for text in texts:
        expected = [m.span() for m in plain.finditer(text)]
        found += bool(expected)
        assert [m.span() for m in rules.NOT_FUNDING.finditer(text)] == expected, text
    assert found > 1000


def test_scope_and_period_cues_are_read_only_where_their_words_are() -> None:
    """scope_of and period_of skip EXISTING_BEFORE, EXISTING_CUE, TOTAL_CUE and PERIOD for a sum
    whose sentence holds none of their words (PERIOD: nor "19" or "20" in its windows): every
    match must hold one of them as a whole a-z word (PERIOD: or a year)."""
    from tracker.extract import funding_rules as rules

    texts = [e.replace("|", " ") for r in RULES.values() for e in (*r.examples, *r.counter)]
    texts += [
        "in total, totalling, overall, combined, altogether, taken together, bringing it to",
        "bringing the sum to, brings to, bring the to, takes the budget up to, lift it to",
        "lifting the pot to, doubles this year to, each autumn, a summer",
        "doubling the fund to, rises to, now stands at, part of, forms part, wider, overarching, umbrella",
        "envelope, share of, on top of the, in addition to an, adding to the, adds to its, builds on the",
        "building on, follows the, following an, alongside the, as well as the, comes on top of the",
        "existing, the recently announced, our previously announced, already committed, already set aside",
        "previously announced, recently announced, announced last week, announced in May, announced in 2021",
        "set out last year, set out in, over the next three years, over 10 months, over the spending review",
        "for 2025, in 2024-25, during the financial year 2023/24, until 2030, from 2019 to 2022, by 2028",
        "by March 2027, by the end of 2026, by the decade, by the end of the parliament",
        "by the next election",
        "in each of the next two years, next year, this winter, every spring, per financial year, annually",
        "per annum, for the first two years, a year after that until then, over two decades, over decades",
    ]
    cues = (
        (rules.EXISTING_BEFORE, rules.EXISTING_BEFORE_WORDS),
        (rules.EXISTING_CUE, rules.EXISTING_CUE_WORDS),
        (rules.TOTAL_CUE, rules.TOTAL_CUE_WORDS),
        (rules.PERIOD, rules.PERIOD_WORDS),
    )
    for rule, gate in cues:
        matched = 0
        for text in texts:
            for end in range(len(text) + 1):  # every window end, as the cues read windows before a sum
                for m in rule.pattern.finditer(text, 0, end):
                    matched += 1
                    holds_year = rule is rules.PERIOD and ("19" in m.group(0) or "20" in m.group(0))
                    assert holds_year or not gate.isdisjoint(word_set(m.group(0))), (rule.name, m.group(0))
        assert matched >= 20, rule.name


def test_trailing_piece_read_backwards_is_the_trailing_piece() -> None:
    from tracker.extract.similarity import trailing_piece, trailing_piece_backwards

    rng = random.Random(3)
    alphabet = "abcXYZ £$-'’é1_ \n"
    texts = [
        "",
        "a",
        "ab cd",
        "for the paid",
        "x" * 40,
        *("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(3000)),
    ]
    for text in texts:
        for end in range(len(text) + 2):
            assert trailing_piece_backwards(text, end) == trailing_piece(text, end), (text, end)


def test_others_before_is_read_only_where_its_words_or_stems_are() -> None:
    """funding_context skips OTHERS_BEFORE for a sum whose sentence holds none of its words and
    no word starting with one of its stems (nor does the window start with a piece that is or
    starts so): wherever the pattern matches the window, the gate must let it through."""
    from tracker.extract import funding_rules as rules
    from tracker.extract.funding_context import (
        _OTHERS_BEFORE,
        _others_before_may_match,
        contexts,
        gating_words,
    )
    from tracker.extract.money import find_money

    shapes = [e.replace("|", "") for e in (*rules.OTHERS_BEFORE.examples, *rules.OTHERS_BEFORE.counter)]
    givers = (
        *rules._PRIVATE_GIVERS,
        "private",
        "its members",
        "Foundation",
        "Acme Power",
        "Zeta Pharmaceuticals",
    )
    shapes += [f"The {giver} said it would invest more than " for giver in givers]
    shapes += [f"A regional {c} of firms has said it will contribute " for c in lex.PRIVATE_COLLECTIVES]
    shapes += [f"The {partner}, which runs the lab, is contributing " for partner in lex.PARTNER_FUNDERS]
    shapes += [
        *("Recipients have committed an extra ", "member states will co-finance ", "project teams will add "),
        *("The scheme hopes to leverage ", "It will unlock a further ", "to attract ", "mobilising "),
        *(
            "private sector funding of ",
            "The trust has separately awarded ",
            "Ministers said separately that ",
        ),
        *(
            f"{noun} had reached "
            for noun in ("Appeals", "Collections", "A collection", "Gifts", "Fundraising")
        ),
        *(
            f"A {noun} of "
            for noun in ("donation", "donations", "match funding", "matched funding", "raised")
        ),
    ]
    vocabulary = (
        "the a an will would invest donated raised private its members Foundation Acme Power said it has "
        "also separately recipients applicants University college which runs lab is contributing gifts "
        "had passed attracting leveraged unlock Pharmacy Telecoms group of firms coalition consortium "
        "Bank banking investors, and but; x- XIV ſ İ 2026 to".split()
    )
    rng = random.Random(13)
    shapes += [" ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 30))) + " " for _ in range(3000)]
    matched = 0
    for shape in shapes:
        for filler in ("", "Ministers met. ", "x" * _OTHERS_BEFORE + " "):
            text = filler + shape + "£40m for parks."
            for ctx in contexts(text, find_money(text), gating_words(text, word_set(text))):
                if rules.OTHERS_BEFORE.search(ctx.before[-_OTHERS_BEFORE:]) is not None:
                    matched += 1
                    assert _others_before_may_match(ctx), ctx.before
    assert matched >= 200


def _scanned_companies(text: str) -> frozenset[str]:
    """What parties.private_names finds without its word gate."""
    from tracker.extract import parties

    gate = parties._COMPANY_GATE
    try:
        parties._COMPANY_GATE = frozenset(parties.ascii_words(text.lower())) | gate
        return parties.private_names.__wrapped__(text)
    finally:
        parties._COMPANY_GATE = gate


def test_company_and_party_gates_hide_no_name() -> None:
    from tracker.extract import parties

    texts = [
        "Korean battery maker Hanseo Energy will invest £40m. Hanseo said it would hire 300 staff.",
        "The developer, Bellgate Homes, has offered £15m; Carrow Homes Ltd said nothing.",
        "Meridian Batteries Inc. and a start-up, Qubitra, will build the plant.",
        "The Albanese Labor Government will fund 40 clinics; the Fianna Fáil-led Government agreed.",
        "The Union Government and the SNP ministers met. The Liberal administration said no.",
        "The council will spend £4m on roads. No company and no party is named here.",
        "A STARTUP named Kelvintech (\u212a) and the LABOR GOVERNMENT.",
    ]
    for text in texts:
        assert parties.private_names.__wrapped__(text) == _scanned_companies(text), text
        governing = parties._GOVERNING.finditer(text)
        expected = frozenset(parties.party_key(m.group("party")) for m in governing)
        assert parties.governing_parties.__wrapped__(text) == expected, text
    assert "Hanseo" in parties.private_names("Korean battery maker Hanseo Energy will invest")
    assert parties.governing_parties("the Albanese Labor Government will fund") == {"labor"}


def test_required_literals_are_held_by_every_match() -> None:
    """regex.required_literals: a sequence needs its longest literal run, an alternation one
    string of each branch, a repeat its body's when it must match; classes and optional parts
    alone give nothing."""
    from tracker.extract.regex import required_literals

    assert required_literals(r"\bno\s+\w+") == ("no",)
    assert required_literals(r"(?:range|ranging) (?:in size )?from") == (
        "range from",
        "ranging from",
        "range in size from",
        "ranging in size from",
    )
    assert required_literals(r"(?:a|b)+c") == ("c",)
    assert required_literals(r"x?y|z") == ("y", "z")
    assert required_literals(r"[Tt]he\s+grants?") == ("grant",)
    assert required_literals(r"[a-z]+") is None
    assert required_literals(r"x?|y") is None  # (a branch that may match nothing)
    # (a string stops before a character other than ASCII: its case folds are not lowering)
    assert required_literals(r"caf\u00e9") == ("caf",)
    assert required_literals(r"\u00e9") is None
    # (past 64 spellings a new stretch starts: "aax" ... "hhx", then "ayz" ... "hyz", the fewer)
    eight = "(?:a|b|c|d|e|f|g|h)"
    assert required_literals(rf"{eight}{eight}x{eight}yz") == tuple(f"{c}yz" for c in "abcdefgh")


def test_per_unit_before_gate_hides_no_match() -> None:
    """The literal gate before PER_UNIT_BEFORE (funding_context._per_unit_before) gives what the
    pattern gives: on every rule's examples cut at every word, and on random windows made of the
    gate's strings, their pieces, odd cases and odd folds."""
    from tracker.extract import funding_rules as rules
    from tracker.extract.funding_context import _per_unit_before
    from tracker.extract.regex import required_literals

    pattern = rules.PER_UNIT_BEFORE.pattern
    needles = required_literals(rules.PER_UNIT_BEFORE.source or "", rules.PER_UNIT_BEFORE.flags)
    assert needles is not None
    texts = [e.replace("|", " ") for r in RULES.values() for e in (*r.examples, *r.counter)]
    windows = [text[: m.end()] for text in texts for m in re.finditer(r"\s", text)]
    rng = random.Random(11)
    pieces = [*needles, *(n[: len(n) // 2] for n in needles), " ", "  ", ",", ":", "\u017f", "\u0130", "K"]
    for _ in range(4000):
        window = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        windows.append(rng.choice((window, window.upper(), window.title())))
    matched = 0
    for window in windows:
        expected = pattern.search(window) is not None
        matched += expected
        assert _per_unit_before(window) == expected, window
    assert matched >= 50, matched
