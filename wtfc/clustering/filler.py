"""Everyday words that say nothing about what a card is about: number words, "nobody",
"always", "went", "every"...

Cards on different topics share them ("Nobody rings when the carer is late", "Nobody helps me
cook"; "at ten", "ten pounds", "ten weeks"), and the embedding table rates many of them as
informative as topic words ("nobody" 0.92, "ten" 0.90), so on a plain English set they pulled
cards of different topics into one suggestion and were then cited as its reason. They are
left out of a statement's vector (unless the statement has no other word) and are never a
group's shared word. A fixed list, not a per-set frequency rule: down-weighting the words a
set uses most also dulled real themes ("staff", "waiting") on the labelled dev set. "Said" and
"told" are not filler: "nobody told me" is what a theme about being kept informed says.

Whole cards can say nothing too ("ok", "see above"): ``says_nothing``.
"""

from __future__ import annotations

from wtfc.clustering.tokens import words


def _listed(text: str) -> frozenset[str]:
    return frozenset(text.split())


NUMBER_WORDS = _listed(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred hundreds thousand thousands half once twice first second third "
    "dozen couple"
)

FILLER_WORDS = NUMBER_WORDS | _listed(
    # who, how often, how much
    "nobody anybody anyone someone somebody everyone everybody nothing something anything "
    "everything always never often sometimes usually ever every all some any most many much "
    "more less lot lots few too very really quite just still even also again already only "
    # everyday verbs in every tense
    "go goes going gone went come comes coming came get gets getting got gotten make makes "
    "made making take takes took taken do does did done doing put puts seem seems seemed keep "
    "keeps kept let lets thing things way"
)

# English function words: articles, pronouns, prepositions, conjunctions, the verbs "be", "have"
# and "do" and the modal verbs. Every card has some, so a personal detail's "the", "of", "on",
# "me" or "may" is never watched for (key_phrases.watched_words): watched, they left no card to
# name any suggestion.
FUNCTION_WORDS = _listed(
    "a an the this that these those i me my mine myself we us our ours you your yours he him "
    "his she her hers it its they them their theirs who whom whose which what there here "
    "of on in at to for from by with without about above after before below under over up "
    "down out off into onto upon through across along around round near past since until "
    "till via per and or but nor so yet if then than as because while though although "
    "not no be am is are was were been being have has had having do does did doing "
    "will would shall should can could may might must ought"
)

# The words of a card that says nothing on its own: "ok", "fine", "N/A", "see above", "same as
# last year", "I dont know". Grouped, they came back as themes of their own ("ok / ok / N/A")
# or sat inside real ones ("Nothing" among the cold-washing cards); "see above" means something
# only beside the same person's previous card. A card made only of these words is left out of
# the grouping, and the panel counts it. A word list, not a length rule: "rushed", "late calls"
# and "lonely" are short and say plenty.
_SAYS_NOTHING_WORDS = _listed(
    "ok okay ok'd fine alright na n a nil no none nothing yes not sure know don't "
    "idk see above as same before last year applicable comment comments i i'm suppose think "
    "guess really it it's its is that that's all very quite pretty so thanks thank you "
    "just mostly much the"
)
# A verdict says nothing as a reply of its own, whatever reply words it is wrapped in ("Good",
# "all good", "It's good", "That's good", "Not bad", "not too bad", "I think it's good"): a wall of
# them came back as a suggestion of its own. Only read as the person's health ("I'm not well",
# "I'm not good", "not very well", "I'm not too good") or as a bad thing stressed ("It is so bad",
# "Very bad"), or beside a word no reply has ("I know it is bad": "know" is a reply only in
# "don't know"), is it what the card says.
_VERDICTS = _listed("good bad well")
_REPLY_WORDS = (_SAYS_NOTHING_WORDS - {"know"}) | _listed("too at")
_ABOUT_ONESELF = _listed("i'm am feel feeling")  # "well" after "not" too: "Not well"
_STRESSING = _listed("so really very")  # before "bad", not after "not": "not so bad" is a reply
_DEGREE = _listed("very too so that really")  # "not very well" is "not well"


def says_nothing(text: str) -> bool:
    """Whether a card says nothing on its own: no letters ("-", "?", "12"), or only words like
    "ok", "fine", "n/a", "see above", or a verdict as a reply ("good", "It's good", "Not bad").
    A card in a script whose words are not read (Urdu) has letters and no such words: it is not
    "saying nothing" but "another language?"."""
    found = words(text)
    if not found:
        return not any(ch.isalpha() for ch in text)
    if not _VERDICTS.isdisjoint(found):
        return (all(w in _VERDICTS or w in _REPLY_WORDS for w in found)
                and not _says_how_one_is(found))
    return all(w in _SAYS_NOTHING_WORDS or w.isdigit() for w in found)


def _says_how_one_is(found: list[str]) -> bool:
    """Whether a verdict is about the person ("I'm not good", "not well") or stressed ("so bad")."""
    for at, word in enumerate(found):
        if word not in _VERDICTS or at == 0:
            continue
        if (word == "bad" and found[at - 1] in _STRESSING
                and (at == 1 or found[at - 2] != "not")):
            return True
        back = at - 1  # the word before the verdict and its degree words
        while back > 0 and found[back] in _DEGREE:
            back -= 1
        before = found[back]
        if before == "not" and (word == "well" or (back > 0 and found[back - 1] in _ABOUT_ONESELF)):
            return True
        if before in _ABOUT_ONESELF:
            return True
    return False
