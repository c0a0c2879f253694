"""Build the bundled demo workshop, ``wtfc/assets/demo.wtfc``.

Run ``.venv/bin/python tools/build_demo.py`` after changing the content below and commit both files.
The output is deterministic (fixed ids, no clock, no randomness), so running it again gives the
same bytes and a diff of ``demo.wtfc`` shows only what was meant to change.

The story: sixteen person-centred reviews taken to a one-day Working Together for Change
workshop, stopped part-way through theming so the app has something on every board and something
left to do live. P01 is Dennis from "Co-producing change with older people" (HSA/NDTi), in the
words the guide gives, without his name. The two "not working" cards quoted from other people in
that guide are P02's and P03's; the why-tree, success statements and actions of the first
priority follow the guide too. Everything else is written for this demo and is fictional.
Pseudonymous codes only; the two personal details (a name and a phone number, from Ofcom's drama
range) are there on purpose so the personal-detail guard has something to show.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from wtfc.model.agenda import USUAL_MINUTES
from wtfc.model.cause_category import CauseCategory
from wtfc.model.storage import save_workshop
from wtfc.model.workshop import (
    Action,
    ActionStatus,
    Card,
    Cause,
    Kind,
    Person,
    PersonalDetail,
    Perspective,
    Priority,
    Reflection,
    Role,
    RoleCount,
    RoomRole,
    Stage,
    StagePlan,
    SuccessStatement,
    Team,
    Theme,
    Voice,
    Workshop,
)

OUT = Path(__file__).resolve().parents[1] / "wtfc" / "assets" / "demo.wtfc"

OLDER, CARER, STAFF = Voice.OLDER_PERSON, Voice.FAMILY_CARER, Voice.STAFF

# code, voice, age band, service type, locality, review month,
# then two cards each: working, not working, important for the future.
PEOPLE = [
    ("P01", OLDER, "75-84", "home care (personal budget)", "Riverside", "September 2026",
     ["My friendship with my neighbour.",
      "I enjoy the visits from my family."],
     ["Staff talk over my head – I feel like a package and not a person.",
      "I get cold when I have a wash. I'm washed in a cold bathroom because my carer gets "
      "too hot."],
     ["I want to take up my steam train hobby again and get the monthly steam train magazine.",
      "I want to visit my daughter in Weymouth."]),
    ("P02", OLDER, "85+", "home care", "North", "September 2026",
     ["My granddaughter does my shopping on a Saturday and stops for a cup of tea.",
      "I can still get myself dressed in the morning if I take my time."],
     ["Agency carers...there are too many of them...men and women thinking they can do it. "
      "I will do it myself.",
      "Different carer every time, so I have to explain everything again, even how I like "
      "my tea."],
     ["I'd like to sit out in the garden again when the summer comes.",
      "I want to keep living in my own house for as long as I can."]),
    ("P03", OLDER, "85+", "residential care", "Hillside", "September 2026",
     ["The cook knows I don't like fish and always does me something else on a Friday.",
      "My son rings every Sunday evening without fail."],
     ["I am not allowed to use a wheelchair to push myself around the house due to the risk "
      "of scraping my knuckles on the door jamb.",
      "Nobody asks me what I want to do with my day. It's all decided for me."],
     ["I want to go to church on a Sunday like I always used to.",
      "I would like to choose what time I go to bed."]),
    ("P04", OLDER, "65-74", "day services", "Old Town", "September 2026",
     ["Going to the day centre on Tuesdays and Thursdays. I've made real friends there.",
      "The minibus driver helps me on and off and always has a joke with me."],
     ["The day centre is closing on Thursdays and nobody has told us what happens next.",
      "It's all bingo and quizzes. I was an engineer for forty years, I'd like something to "
      "get my teeth into."],
     ["I'd like to help out at the centre, fixing things, instead of just sitting there.",
      "A trip to the seaside with my friends from the centre."]),
    ("P05", CARER, "55-64", "home care", "Riverside", "September 2026",
     ["Mum's regular weekday carer knows her really well and Mum trusts her.",
      "The carers' group at the library. I can talk to people who understand."],
     ["I don't know who is coming from one day to the next, and Mum gets upset with "
      "strangers.",
      "The weekend carers turn up at eleven to do breakfast. Mum has been waiting since seven."],
     ["I want a proper break now and then without worrying the whole time.",
      "I'd like Mum to be able to stay at home with me for as long as possible."]),
    ("P06", OLDER, "85+", "living alone, no service", "East Moor", "September 2026",
     ["I still do my own cooking, even if it's only simple things.",
      "The man from the corner shop brings my paper and checks I'm all right."],
     ["Since the number 12 bus stopped I can't get to the shops or the surgery on my own.",
      "Some weeks I don't speak to anyone from Monday to Friday."],
     ["I'd like someone to go to the pictures with now and again.",
      "I want to know where to go for help before things get bad, not after."]),
    ("P07", OLDER, "75-84", "extra care housing", "North", "October 2026",
     ["I have my own front door, but there's always someone about if I need them.",
      "The coffee morning in the lounge on a Wednesday. I never miss it."],
     ["The staff change so often I don't know who's on. The new ones don't know me.",
      "They never stay long enough to have a proper chat."],
     ["I'd like to grow a few tomatoes. There's a bit of garden nobody uses.",
      "I want to carry on looking after my own tablets."]),
    ("P08", OLDER, "65-74", "reablement, then home care", "Hillside", "October 2026",
     ["The physio came after my fall and had me walking with a frame in three weeks.",
      "My pendant alarm. I know if I fall again someone will come."],
     ["Mrs Patel from the agency is the only one who remembers I can't manage buttons.",
      "I was told the help would stop after six weeks, and then it just stopped. Nobody "
      "checked how I was getting on."],
     ["I want to get back to my bowls club by the spring.",
      "I'd like to be able to get in and out of the bath again."]),
    ("P09", CARER, "75-84", "home care", "Old Town", "October 2026",
     ["We've been married fifty-eight years and we still have a laugh every day.",
      "The district nurse explains things to me properly and doesn't rush off."],
     ["I'm on my own with it at night. I haven't had a full night's sleep in two years.",
      "I ring the agency office on 01632 960418 and it rings and rings. Nobody ever picks up."],
     ["I'd like us to go away for a few days together, somewhere with the right help.",
      "I want to know what happens to my wife if I'm taken ill."]),
    ("P10", OLDER, "85+", "residential care", "Riverside", "October 2026",
     ["My room has my own pictures and my own chair from home.",
      "The hairdresser comes on a Friday and I feel like myself again."],
     ["The staff talk to each other in front of me as if I'm not there.",
      "I'm in my room most of the day. The days are very long."],
     ["I'd like to go out in the fresh air more, even just round the block.",
      "I want my family to be able to visit whenever they like, not just at set times."]),
    ("P11", OLDER, "75-84", "day services", "East Moor", "October 2026",
     ["At the day centre they read my letters out to me since my eyes went.",
      "My daughter rings every morning at nine to check I'm up."],
     ["The transport is never on time. Sometimes I'm sat in my coat for an hour.",
      "I don't know who to ring when something goes wrong. I get passed from pillar to post."],
     ["I'd like to learn to use one of those talking computers so I can keep in touch with my "
      "grandson in Australia.",
      "I want to keep going to the day centre. It's the only time I get out."]),
    ("P12", STAFF, "", "extra care housing", "North", "October 2026",
     ["The tenants who use the shared lounge look out for each other.",
      "Having the same small team on each floor means people get to know us."],
     ["Our visits are booked in fifteen-minute slots, so we're always rushing and can't sit "
      "and talk.",
      "When someone comes back from hospital we often get no information about what's changed."],
     ["We'd like time in the rota for activities, not just personal care.",
      "We want every tenant to have a one-page profile so new staff know what matters to them."]),
    ("P13", OLDER, "65-74", "direct payment (personal assistant)", "Hillside", "October 2026",
     ["I employ my own PA with my direct payment and I choose when she comes.",
      "I can get to the mosque on a Friday because my PA drives me."],
     ["The paperwork for the direct payment is a nightmare. I dread the brown envelopes.",
      "When my PA is off sick there's no one to cover and I'm stuck indoors."],
     ["I'd like to go back to teaching, even an hour a week at the community centre.",
      "I want the money side sorted out so I'm not lying awake worrying about it."]),
    ("P14", OLDER, "85+", "living alone, no service", "Riverside", "October 2026",
     ["My cat. She's good company and she gets me up in the morning.",
      "A lady from church brings me a dinner on a Sunday."],
     ["I'm frightened of falling at night and nobody knowing.",
      "Since my husband died the house is too quiet. I feel lonely most of the time."],
     ["I'd like to go to a lunch club if someone could get me there.",
      "I want to stay in this house. It's where all my memories are."]),
    ("P15", CARER, "55-64", "day services and home care", "East Moor", "October 2026",
     ["Dad's day centre gives him a reason to get up and gives me time to work.",
      "The care manager listened to us and got Dad's care plan changed quickly."],
     ["Nobody tells us when the carer isn't coming. We only find out when Dad rings me upset.",
      "Dad's hearing aids keep going missing at the day centre and no one takes "
      "responsibility."],
     ["I'd like Dad to get to the football again. He had a season ticket for forty years.",
      "Somebody to talk to about what happens when Dad needs more care."]),
    ("P16", OLDER, "75-84", "home care", "Old Town", "October 2026",
     ["My morning carer always asks what I want for breakfast. She doesn't just assume.",
      "I can still walk to the library and back on a good day."],
     ["I'm given a list of times, then they come whenever they like. I can't plan anything.",
      "Some carers do the jobs and go. They don't even take their coat off."],
     ["I'd like to have my hair done at a proper salon again.",
      "I want my own carer who I know, not a stranger every time."]),
]

# The two cards that carry a personal detail, held back until the facilitator decides.
PERSONAL_DETAILS = {("P08", "not_working", 1): ("name", "Mrs Patel"),
                    ("P09", "not_working", 2): ("phone", "01632 960418")}

_FIRST_SLOT = {"working": 0, "not_working": 2, "future": 4}


def card_id(code: str, kind: str, n: int) -> str:
    """The fixed id of a person's n-th (1 or 2) card of a kind: P01's cards are c01..c06."""
    person = int(code[1:])
    return f"c{(person - 1) * 6 + _FIRST_SLOT[kind] + n:02d}"


def build_people_and_cards() -> tuple[list[Person], list[Card]]:
    people, cards = [], []
    for code, voice, age, service, locality, month, *texts in PEOPLE:
        people.append(Person(id=code, voice=voice, age_band=age, service_type=service,
                             locality=locality))
        for kind, pair in zip(Kind, texts, strict=True):
            for n, text in enumerate(pair, start=1):
                details = []
                if (code, kind.value, n) in PERSONAL_DETAILS:
                    category, words = PERSONAL_DETAILS[(code, kind.value, n)]
                    start = text.index(words)
                    details = [PersonalDetail(start=start, end=start + len(words),
                                              category=category, text=words)]
                cards.append(Card(id=card_id(code, kind.value, n), kind=kind, text=text,
                                  person=code, source=f"Person-centred review, {month}",
                                  personal_details=details, details_cleared=False))
    return people, cards


def _cards(*refs: str) -> list[str]:
    """Cards named as "P05n1" (person, kind letter w/n/f, number) in wall order."""
    kinds = {"w": "working", "n": "not_working", "f": "future"}
    return [card_id(ref[:3], kinds[ref[3]], int(ref[4])) for ref in refs]


def build_themes() -> list[Theme]:
    # The card P02n2 ("Different carer every time…") sits in t04 and t05: a copy on the wall.
    w, n, f = Kind.WORKING, Kind.NOT_WORKING, Kind.FUTURE
    return [
        Theme(id="t01", kind=w, name="I have family, friends and neighbours who look out for me",
              card_ids=_cards("P01w1", "P01w2", "P02w1", "P03w2", "P06w2", "P11w2", "P14w2")),
        Theme(id="t02", kind=w, name="I enjoy getting out and seeing people at the day centre",
              card_ids=_cards("P04w1", "P04w2", "P07w2", "P11w1", "P15w1")),
        Theme(id="t03", kind=w, name="I am supported by people who know me and how I like things",
              card_ids=_cards("P05w1", "P16w1", "P03w1", "P12w2", "P13w1")),
        Theme(id="t04", kind=n,
              name="I am not treated with respect or as an individual by my paid carers",
              card_ids=_cards("P01n1", "P01n2", "P02n1", "P02n2", "P03n1", "P03n2", "P07n2",
                              "P10n1", "P12n1", "P16n2"),
              comments=["This is not new, but it feels more powerful seeing it all together in "
                        "people's own words.",
                        "Staff said the fifteen-minute slots make it hard for them too."],
              priority=Priority(chosen=True, rank=1, votes=14,
                                reason="The biggest 'not working' theme, raised by older people, "
                                       "family carers and staff alike.")),
        Theme(id="t05", kind=n, name="I am not sure who is coming or when",
              card_ids=_cards("P05n1", "P02n2", "P07n1", "P16n1", "P15n1", "P05n2", "P11n1"),
              comments=["Family carers feel this as much as the people they care for."],
              priority=Priority(chosen=True, rank=2, votes=11,
                                reason="It affects almost everyone on home care, and providers "
                                       "said they could change it quickly.")),
        Theme(id="t06", kind=n, name="I feel lonely and cut off",
              card_ids=_cards("P06n2", "P14n2", "P10n2", "P06n1", "P13n2"),
              priority=Priority(chosen=True, rank=3, votes=9,
                                reason="Fewer cards, but the older people in the room said it "
                                       "matters most to them, and it links to the future cards "
                                       "about getting out.")),
        Theme(id="t07", kind=n, name="I don't know who to contact when things change or go wrong",
              card_ids=_cards("P11n2", "P08n2", "P12n2", "P04n1"),
              priority=Priority(chosen=False, votes=5)),
        Theme(id="t08", kind=f, name="I want to get out, see people and enjoy my hobbies again",
              card_ids=_cards("P01f1", "P08f1", "P15f1", "P04f2", "P06f1", "P14f1", "P10f1",
                              "P13f1", "P03f1", "P16f1")),
        Theme(id="t09", kind=f, name="I want to stay in my own home and do things for myself",
              card_ids=_cards("P02f2", "P14f2", "P05f2", "P07f2", "P08f2")),
        Theme(id="t10", kind=f, name="I want to see more of my family",
              card_ids=_cards("P01f2", "P10f2", "P11f1")),
    ]


# id, theme, parent, text, root cause, agreed to address, team. Every cause an action tackles
# is a root cause the room agreed to address; early mornings and weekends (why14) is a root
# cause left for another day, so a poster shows both lists.
CAUSES = [
    ("why01", "t04", None, "Paid carers are too task focused and not outcome focused.",
     False, False, "Team A"),
    ("why02", "t04", "why01", "Visits are booked as fifteen-minute tasks, not time with the "
     "person.", False, False, "Team A"),
    ("why03", "t04", "why02", "Contracts pay for minutes of task, so a longer visit loses the "
     "provider money.", True, True, "Team A"),
    ("why04", "t04", None, "Paid carers are not matched to older people.", False, False,
     "Team A"),
    ("why05", "t04", "why04", "Nothing records what matters to the person, so rotas just fill "
     "gaps.", True, True, "Team A"),
    ("why06", "t04", None, "Paid carers get poor quality training and supervision.",
     True, True, "Team A"),
    ("why07", "t04", None, "Information is not recorded for carers to use.", False, False,
     "Team A"),
    ("why08", "t04", "why07", "Care plans are long and written for assessors, not for the "
     "carer walking in the door.", True, True, "Team A"),
    ("why09", "t05", None, "Rotas change at short notice and nobody tells the person.",
     False, False, "Team B"),
    ("why10", "t05", "why09", "Staff leave often, so gaps are filled at the last minute with "
     "whoever is free.", False, False, "Team B"),
    ("why11", "t05", "why10", "Care workers' pay and conditions are poor, so people don't stay.",
     True, True, "Team B"),
    ("why12", "t05", "why09", "The office has no simple way to let people know about changes.",
     True, True, "Team B"),
    ("why13", "t05", None, "Visit times follow the agency's rounds, not what the person needs.",
     False, False, "Team B"),
    ("why14", "t05", "why13", "Early mornings and weekends are hard to staff.", True, False,
     "Team B"),
    ("why15", "t06", None, "People can't get out because transport has been cut.", False, False,
     "Team C"),
    ("why16", "t06", "why15", "The number 12 bus was withdrawn and community transport has a "
     "waiting list.", True, True, "Team C"),
    ("why17", "t06", None, "Care visits are about tasks, with no time to chat or help people "
     "out.", False, False, "Team C"),
    ("why18", "t06", None, "People don't know what's on locally or how to get there.", False,
     False, "Team C"),
    ("why19", "t06", "why18", "Information about clubs and groups is online or on leaflets at "
     "the surgery.", False, False, "Team C"),
    ("why20", "t06", "why19", "Nobody has the job of linking people to what goes on in their "
     "area.", True, True, "Team C"),
    ("why21", "t06", None, "When someone loses a partner or friends, nobody notices they are "
     "now on their own.", True, True, "Team C"),
    ("why22", "t05", "why09", "Hospitals arrange a discharge without the home care agency, so "
     "nobody knows when the first visit is.", True, True, "Team B"),
]

# Each cause's bone on the fishbone. Two of Team C's are left for the room to place, so the
# fishbone shows its "No category yet" bone too.
_PS, _PR, _PC = CauseCategory.PEOPLE_STAFF, CauseCategory.PROCESS, CauseCategory.POLICY_CONTRACT
_MO, _IN, _EN = CauseCategory.MONEY, CauseCategory.INFORMATION, CauseCategory.ENVIRONMENT
CAUSE_CATEGORIES = {
    "why01": _PR, "why02": _PR, "why03": _PC, "why04": _PS, "why05": _IN, "why06": _PS,
    "why07": _IN, "why08": _IN, "why09": _PR, "why10": _PS, "why11": _MO, "why12": _IN,
    "why13": _PR, "why14": _PS, "why15": _EN, "why16": _EN, "why18": _IN, "why19": _IN,
    "why20": _PS, "why22": _PR,
}

OP, FC = Perspective.OLDER_PEOPLE, Perspective.FAMILY_CARERS
SM, CO = Perspective.STAFF_AND_MANAGERS, Perspective.COMMISSIONERS
SUCCESS = [
    ("s01", "t04", OP, "My carers listen to me and understand what is important to me."),
    ("s02", "t04", OP, "I look forward to my carer visiting me."),
    ("s03", "t04", OP, "I am asked how I want things done, and it is done that way."),
    ("s04", "t04", SM, "I get good training and support."),
    ("s05", "t04", SM, "It is easier to respect others when you are respected yourself."),
    ("s06", "t04", SM, "I have all the information I need - we have written information about "
     "what matters to the person and how best to support them."),
    ("s07", "t04", FC, "I can see Mum is treated as a person, not a job on a list."),
    ("s08", "t05", OP, "I know who is coming and roughly when."),
    ("s09", "t05", OP, "If my carer is running late, someone rings to tell me."),
    ("s10", "t05", OP, "I mostly see the same few faces."),
    ("s11", "t05", SM, "We send everyone a weekly rota with the names of who is coming."),
    ("s12", "t05", SM, "We have enough staff to cover weekends without juggling."),
    ("s13", "t05", FC, "I don't have to ring round to find out if anyone is coming."),
    ("s14", "t05", CO, "We pay for a regular team, not for minutes."),
    ("s15", "t06", OP, "I have somewhere to go and someone to go with."),
    ("s16", "t06", OP, "I see people I enjoy being with every week."),
    ("s17", "t06", SM, "We know what's on locally and help people get there."),
    ("s18", "t06", SM, "We have time in a visit to talk, not just do tasks."),
    ("s19", "t06", CO, "We fund community transport and a link worker in every area."),
]

# id, theme, cause, success, role, owner (a job title, never a name), what, by when,
# first step, how we'll know, status. a03 is past its date and not done: the late example, a
# date the room set a week after the day that slipped (before the day it was 1 October 2026:
# every export printed it late on the day it was agreed, and wtfc check now says such a date);
# a13 is done by carers and people who use services themselves. Thirteen in all: a fourteenth
# made the A1 action poster run onto a second sheet.
R = Role
ACTIONS = [
    ("a01", "t04", "why05", "s01", R.PROVIDERS, "Registered Manager, home care",
     "Write a one-page profile with each person and use a matching tool to match staff by "
     "interests, personality and skills.", dt.date(2027, 3, 31),
     "Try one-page profiles with twenty people in Riverside.",
     "At their next review, people say their carers know what matters to them.",
     ActionStatus.IN_PROGRESS),
    ("a02", "t04", "why06", "s04", R.OLDER_PEOPLES_ORGANISATIONS,
     "Chair, Older People's Association",
     "Work with providers on recruiting and training care staff, with older people on "
     "interview panels.", dt.date(2027, 1, 31),
     "Offer two members for the next round of interviews.",
     "Older people sit on every provider's interview panel.", ActionStatus.NOT_STARTED),
    ("a03", "t04", "why03", "s01", R.COMMISSIONERS, "Head of Commissioning",
     "Develop Individual Service Funds for home care so people can design their own support "
     "and say who they want as carers.", dt.date(2026, 11, 20),
     "Agree the contract terms with two providers.",
     "Fifty people are using an Individual Service Fund.", ActionStatus.IN_PROGRESS),
    ("a04", "t04", "why08", "s06", R.CARE_MANAGERS, "Team Manager, Adult Social Care",
     "Put a 'what matters to me and how to support me' page at the front of every support "
     "plan.", dt.date(2027, 2, 28), "Change the support plan template.",
     "Carers say they read it before a first visit.", ActionStatus.DONE),
    ("a05", "t04", "why06", "s04", R.PROVIDERS, "Operations Manager, home care",
     "Review how staff are supervised and supported, and rewrite carer training with older "
     "people.", dt.date(2027, 6, 30), "Ask care workers what good supervision would look like.",
     "Staff survey: more say they feel supported.", ActionStatus.NOT_STARTED),
    ("a06", "t05", "why12", "s09", R.PROVIDERS, "Care Coordinator",
     "Send each person a weekly rota with the names of who is coming, and ring when a visit "
     "will be more than twenty minutes late.", dt.date(2027, 1, 15),
     "Print rotas for the North round.",
     "Fewer calls to the office asking who is coming.", ActionStatus.IN_PROGRESS),
    ("a07", "t05", "why11", "s14", R.COMMISSIONERS, "Commissioning Manager, Home Care",
     "Pay for blocks of time with a regular team instead of per-minute visits, in two pilot "
     "areas.", dt.date(2027, 4, 1), "Choose the pilot areas with providers.",
     "People in the pilot areas see no more than four different carers a month.",
     ActionStatus.NOT_STARTED),
    ("a08", "t05", "why22", "s08", R.HEALTH, "Discharge Team Lead, District Hospital",
     "Agree a discharge checklist so the agency knows the start time and who is going, "
     "before the person gets home.", dt.date(2027, 5, 31),
     "Meet the three main home care providers.",
     "Nobody waits at home on their first day not knowing who is coming.",
     ActionStatus.NOT_STARTED),
    ("a09", "t05", "why12", "s13", R.PROVIDERS, "Registered Manager, home care",
     "Buy a text message service that tells families when a carer is running late.",
     dt.date(2027, 3, 1), "Get prices from suppliers.",
     "Families hear about late visits before they have to ring.", ActionStatus.DROPPED),
    ("a10", "t06", "why16", "s15", R.COMMISSIONERS, "Head of Commissioning",
     "Fund community transport to cover the old number 12 bus route and clear the waiting "
     "list.", dt.date(2027, 4, 30), "Talk to the community transport scheme about costs.",
     "No waiting list; people on the old route can get to the shops and the surgery.",
     ActionStatus.IN_PROGRESS),
    ("a11", "t06", "why21", "s16", R.OLDER_PEOPLES_ORGANISATIONS,
     "Development Worker, Older People's Forum",
     "Start a lunch club and a phone friends scheme in East Moor and Riverside, run with older "
     "volunteers.", dt.date(2027, 3, 1), "Find a hall with a kitchen and level access.",
     "Thirty people come to the lunch club or have a phone friend.", ActionStatus.NOT_STARTED),
    ("a12", "t06", "why20", "s17", R.HEALTH, "Social Prescribing Lead, Primary Care Network",
     "Ask link workers to contact everyone over eighty living alone after a bereavement or a "
     "hospital stay.", dt.date(2027, 6, 30), "Agree with GP practices how to share the list.",
     "Fewer people say 'I feel lonely' at their next review.", ActionStatus.NOT_STARTED),
    ("a13", "t05", "why12", "s13", R.PEOPLE_AND_CARERS, "Carers' Forum",
     "Keep a four-week diary of late and missed visits, so providers and commissioners see "
     "what waiting at home is like.", dt.date(2027, 1, 31),
     "Design a one-page diary sheet with three carers.",
     "The diaries are talked through at the provider forum and used in the pilot areas.",
     ActionStatus.IN_PROGRESS),
]

# What the group heard when it checked an action two weeks after the workshop (the Act stage):
# action id → (checked on, what has happened so far). The rest have not been checked yet.
PROGRESS = {
    "a01": (dt.date(2026, 11, 26), "Twelve of the twenty one-page profiles are written, each "
            "with the person. The matching tool is on trial in Riverside."),
    "a03": (dt.date(2026, 11, 26), "One provider has agreed the contract terms; the other "
            "waits for its new finance system, so the date needs agreeing again."),
    "a13": (dt.date(2026, 11, 26), "Fourteen carers and six older people have signed up; the "
            "diary sheet is printed."),
}

# What each of five actions needs to happen, and who else to bring in (the action's resources);
# the rest were left for their owners to fill in after the day. Roles and bodies, never names.
RESOURCES = {
    "a01": "Two facilitators from Age UK to help write the profiles; half a day's training for "
           "each care worker.",
    "a02": "Interview training for the older members, and their travel paid.",
    "a06": "Office time each Friday to send the rotas; large-print copies for those who need them.",
    "a10": "Money from the transport budget; drivers from the community transport scheme.",
    "a11": "A hall with a kitchen, a cook for the first month, and a room at the library for the "
           "phone friends.",
}

# How the room agreed to work together and decide, read out before the day starts.
AGREEMENTS = (
    "Everyone's voice counts the same; older people and carers speak first at each table.\n"
    "Use the words people used in their reviews, and no names.\n"
    "One person speaks at a time, near the microphone.\n"
    "We choose priorities by dots, then agree together."
)


# The workshop record: who was in the room (19 people, 6 of them older people: nearly the third
# the method asks for), each root-cause team of the why-trees with its roles and what it found,
# the group's reflection afterwards and the review six months on.
OLDER, CARERS, COMMISSIONERS = RoomRole.OLDER_PEOPLE, RoomRole.FAMILY_CARERS, RoomRole.COMMISSIONERS
PROVIDERS, CARE_MANAGERS = RoomRole.PROVIDERS, RoomRole.CARE_MANAGERS
ORGANISATIONS = RoomRole.OLDER_PEOPLES_ORGANISATIONS
IN_THE_ROOM = {OLDER: 6, CARERS: 2, COMMISSIONERS: 3, PROVIDERS: 3, CARE_MANAGERS: 3,
               ORGANISATIONS: 2}
TEAMS = [
    ("team-a", "Team A", {OLDER: 2, CARERS: 1, COMMISSIONERS: 1, PROVIDERS: 1, CARE_MANAGERS: 1},
     "Contracts pay for minutes of task and nothing records what matters to the person, so "
     "carers rush and are not matched to people."),
    ("team-b", "Team B", {OLDER: 2, COMMISSIONERS: 1, PROVIDERS: 1, CARE_MANAGERS: 1,
                          ORGANISATIONS: 1},
     "Poor pay drives care workers away, so rotas are patched at the last minute and the office "
     "has no simple way to tell people."),
    ("team-c", "Team C", {OLDER: 2, CARERS: 1, COMMISSIONERS: 1, PROVIDERS: 1, CARE_MANAGERS: 1,
                          ORGANISATIONS: 1},
     "With the bus gone and nobody linking people to what goes on locally, people who cannot "
     "get out stay on their own."),
]
REFLECTION = Reflection(
    went_well="Older people were nearly a third of the room and led two of the why-tree "
              "tables; the cards in people's own words kept everyone on what matters.",
    not_so_well="The hall was noisy for the two people with hearing aids, and two "
                "commissioners left before the action plan was agreed.",
    do_differently="Book a quieter room with a hearing loop, send the cards out a week before, "
                   "and agree the actions before the break.",
)


# The day's plan: the usual timings, with the facilitator's own notes on two stages (never shown
# to the room, printed or exported).
STAGE_NOTES = {
    Stage.THEME: "Read three working cards aloud before anyone moves a card, and keep the "
                 "microphone by the wall for the two people with hearing aids.",
    Stage.UNDERSTAND: "One priority per table; call time on the why-questions after 45 minutes "
                      "so each team can agree its root causes.",
}


def _counts(counts: dict[RoomRole, int]) -> list[RoleCount]:
    return [RoleCount(role=role, count=count) for role, count in counts.items()]


def build_demo() -> Workshop:
    people, cards = build_people_and_cards()
    return Workshop(
        title="Older people's services — Working Together for Change",
        date=dt.date(2026, 11, 12),
        venue="Riverside Community Hall",
        facilitator="Commissioning team",
        purpose="Use what older people, family carers and staff told us in this autumn's "
                "person-centred reviews to agree what most needs to change in older people's "
                "services, what success would look like, and who will do what by when.",
        scope="Sixteen reviews from September and October 2026: home care, day services, extra "
              "care housing, residential care and people living alone without services, across "
              "Riverside, North, Old Town, Hillside and East Moor. Each review gives the "
              "person's top two working, top two not working and top two for the future.",
        agreements=AGREEMENTS,
        stage=Stage.THEME,
        people=people,
        cards=cards,
        themes=build_themes(),
        causes=[Cause(id=i, theme_id=t, parent_id=p, text=text, root_cause=root, agreed=agreed,
                      team=team, category=CAUSE_CATEGORIES.get(i))
                for i, t, p, text, root, agreed, team in CAUSES],
        success=[SuccessStatement(id=i, theme_id=t, perspective=p, text=text)
                 for i, t, p, text in SUCCESS],
        actions=[Action(id=i, theme_id=t, cause_id=c, success_id=s, role=role, owner=owner,
                        what=what, by_when=when, first_step=first, how_we_know=know,
                        status=status, checked_on=PROGRESS.get(i, (None, ""))[0],
                        progress_note=PROGRESS.get(i, (None, ""))[1],
                        resources=RESOURCES.get(i, ""))
                 for i, t, c, s, role, owner, what, when, first, know, status in ACTIONS],
        in_the_room=_counts(IN_THE_ROOM),
        reflection=REFLECTION,
        next_review=dt.date(2027, 5, 12),
        teams=[Team(id=i, name=name, members=_counts(members), summary=summary)
               for i, name, members, summary in TEAMS],
        agenda=[StagePlan(stage=stage, minutes=minutes, notes=STAGE_NOTES.get(stage, ""))
                for stage, minutes in USUAL_MINUTES.items()],
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the bundled demo workshop.")
    parser.add_argument("--out", type=Path, default=OUT, help=f"where to write (default {OUT})")
    args = parser.parse_args(argv)
    # No .bak next to the bundled file: git keeps its history.
    save_workshop(build_demo(), args.out, backup=False)
    print(f"Wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
