"""The names people use for the emoji they type most, where Unicode's own name is not it.

Unicode named many symbols in the 1990s for how a black-and-white font drew them: "white
heavy check mark" for the green tick ✅, "white medium star" for the yellow ⭐, "black sun with
rays" for ☀. Phones show and speak the short names of the Unicode CLDR project ("check mark
button", "star", "sun"); these are those names (British English where CLDR has one: football),
for the pictures typed on care cards and actions. Any other emoji keeps its Unicode name,
which for most of them is the CLDR name already ("smiling face with smiling eyes").
Kept here, not taken from a package of every emoji's names: a few dozen cover what is typed, and
the PDF reads the same whichever version of such a package is installed.
"""

from __future__ import annotations

# One picture (its skin tone and selector aside).
NAMES = {
    # Unicode's "white"/"black" names
    "\u2600": "sun", "\u2601": "cloud", "\u2639": "frowning face", "\u263a": "smiling face",
    "\u261d": "index pointing up", "\u260e": "telephone", "\u2611": "check box with check",
    "\u2660": "spade suit", "\u2663": "club suit", "\u2665": "heart suit",
    "\u2666": "diamond suit", "\u267b": "recycling symbol", "\u2702": "scissors",
    "\u2705": "check mark button", "\u2709": "envelope", "\u270f": "pencil",
    "\u2714": "check mark", "\u2716": "multiply", "\u2734": "eight-pointed star",
    "\u274e": "cross mark button", "\u2753": "red question mark",
    "\u2754": "white question mark", "\u2755": "white exclamation mark",
    "\u2757": "red exclamation mark", "\u2763": "heart exclamation", "\u2764": "red heart",
    "\u2795": "plus", "\u2796": "minus", "\u2797": "divide", "\u27a1": "right arrow",
    "\u2b05": "left arrow", "\u2b06": "up arrow", "\u2b07": "down arrow", "\u2b50": "star",
    "\u2b55": "hollow red circle", "\u25b6": "play button", "\u25c0": "reverse button",
    "\u23e9": "fast-forward button", "\u23ea": "fast reverse button",
    "\u26a0": "warning", "\u26a1": "high voltage", "\u26bd": "football", "\u26c4": "snowman",
    "\u2695": "medical symbol", "\u2696": "balance scale", "\u267e": "infinity",
    "\u26a7": "transgender symbol", "\u231b": "hourglass done", "\U0001f3f4": "black flag",
    # Unicode's "sign"/"person with" names for hands and people
    "\U0001f44d": "thumbs up", "\U0001f44e": "thumbs down", "\U0001f44f": "clapping hands",
    "\U0001f44c": "OK hand", "\U0001f44b": "waving hand", "\U0001f44a": "oncoming fist",
    "\U0001f64f": "folded hands", "\U0001f64c": "raising hands",
    "\U0001f64b": "person raising hand", "\U0001f937": "person shrugging",
    "\U0001f926": "person facepalming", "\U0001f60d": "smiling face with heart-eyes",
    "\U0001f618": "face blowing a kiss", "\U0001f4af": "hundred points",
    "\U0001f3e0": "house",
    # Unicode's American spellings (the only ones among the pictures): British English here
    "\U0001f9bc": "motorised wheelchair", "\U0001f5d5": "minimise", "\U0001f5d6": "maximise",
    # People, in CLDR's "person …" words, which a sign for woman or man makes "woman …"
    # (``emoji_names``): Unicode's "runner", "information desk person", "bearded person".
    "\U0001f9d4": "person: beard", "\U0001f471": "person: blond hair",
    "\U0001f3c3": "person running", "\U0001f6b6": "person walking",
    "\U0001f9cd": "person standing", "\U0001f9ce": "person kneeling",
    "\U0001f481": "person tipping hand", "\U0001f646": "person gesturing OK",
    "\U0001f645": "person gesturing NO", "\U0001f647": "person bowing",
    "\U0001f64e": "person pouting", "\U0001f486": "person getting massage",
    "\U0001f487": "person getting haircut", "\U0001f3ca": "person swimming",
    "\U0001f6b4": "person biking", "\U0001f6b5": "person mountain biking",
    "\U0001f3cb": "person lifting weights", "\U0001f3cc": "person golfing",
    "\U0001f3c4": "person surfing", "\U0001f6a3": "person rowing boat",
    "\u26f9": "person bouncing ball", "\U0001f938": "person cartwheeling",
    "\U0001f939": "person juggling", "\U0001f473": "person wearing turban",
    "\U0001f470": "person with veil", "\U0001f935": "person in tuxedo",
    "\U0001f482": "guard", "\U0001f575": "detective", "\U0001f46f": "people with bunny ears",
    "\U0001f93c": "people wrestling", "\U0001f93e": "person playing handball",
    "\U0001f93d": "person playing water polo",
}

# Pictures joined into one (by U+200D): looked up by their parts, skin tones and selectors
# left out. Professions, people with a sign for woman or man, and families are named by rule
# (``emoji_names``); these are the others phones send.
SEQUENCES = {
    ("\U0001f3f3", "\U0001f308"): "rainbow flag",
    ("\U0001f3f3", "\u26a7"): "transgender flag",
    ("\U0001f3f4", "\u2620"): "pirate flag",
    ("\U0001faf1", "\U0001faf2"): "handshake",
    ("\u2764", "\U0001f525"): "heart on fire",
    ("\u2764", "\U0001fa79"): "mending heart",
    ("\U0001f9d1", "\U0001f91d", "\U0001f9d1"): "people holding hands",
    ("\U0001f415", "\U0001f9ba"): "service dog",
    ("\U0001f441", "\U0001f5e8"): "eye in speech bubble",
    ("\U0001f62e", "\U0001f4a8"): "face exhaling",
    ("\U0001f635", "\U0001f4ab"): "face with spiral eyes",
    ("\U0001f636", "\U0001f32b"): "face in clouds",
    ("\U0001f9d1", "\U0001f384"): "Mx Claus",
    ("\U0001f9dc", "\u2640"): "mermaid", ("\U0001f9dc", "\u2642"): "merman",
}

# Adult (person, woman, man) + U+200D + one of these: "woman health worker", "person in
# manual wheelchair".
JOBS = {
    "\u2695": "health worker", "\U0001f393": "student", "\U0001f3eb": "teacher",
    "\u2696": "judge", "\U0001f33e": "farmer", "\U0001f373": "cook", "\U0001f527": "mechanic",
    "\U0001f3ed": "factory worker", "\U0001f4bc": "office worker", "\U0001f52c": "scientist",
    "\U0001f4bb": "technologist", "\U0001f3a4": "singer", "\U0001f3a8": "artist",
    "\u2708": "pilot", "\U0001f680": "astronaut", "\U0001f692": "firefighter",
    "\U0001f9af": "with white cane", "\U0001f9bc": "in motorised wheelchair",
    "\U0001f9bd": "in manual wheelchair", "\U0001f37c": "feeding baby",
    "\U0001f9b0": "with red hair", "\U0001f9b1": "with curly hair",
    "\U0001f9b3": "with white hair", "\U0001f9b2": "bald",
}

ADULTS = {"\U0001f9d1": "person", "\U0001f469": "woman", "\U0001f468": "man"}
# Who a family or couple is made of, in CLDR's words.
PEOPLE = {**ADULTS, "\U0001f9d1": "adult", "\U0001f467": "girl", "\U0001f466": "boy",
          "\U0001f9d2": "child"}
GENDER_SIGNS = {"\u2640": "woman", "\u2642": "man"}
GENDER_PLURALS = {"\u2640": "women", "\u2642": "men"}  # "women with bunny ears"
HEART, KISS = "\u2764", "\U0001f48b"

# Flags by the country's name, for the countries most often typed on UK cards (the UK's own,
# and where many of the people in its care services and their families come from). Others are
# named by their two letters: "flag: CZ".
COUNTRIES = {
    "GB": "United Kingdom", "IE": "Ireland", "IN": "India", "PK": "Pakistan",
    "BD": "Bangladesh", "PL": "Poland", "RO": "Romania", "NG": "Nigeria", "SO": "Somalia",
    "JM": "Jamaica", "UA": "Ukraine", "US": "United States", "EU": "European Union",
    "PH": "Philippines", "ZW": "Zimbabwe", "GH": "Ghana", "IT": "Italy", "FR": "France",
    "DE": "Germany", "ES": "Spain", "PT": "Portugal", "TR": "Türkiye", "SY": "Syria",
    "AF": "Afghanistan", "CN": "China", "HK": "Hong Kong",
}
# The three flags spelt with tag letters after 🏴.
REGIONS = {"gbeng": "England", "gbsct": "Scotland", "gbwls": "Wales"}
