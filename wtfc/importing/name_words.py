"""Word lists the personal-detail guard uses to tell names from ordinary words.

Kept apart from the rules so the rules stay readable. All entries are lower case.
"""

from __future__ import annotations

from wtfc.importing.more_given_names import MORE_GIVEN_NAMES, WELSH_GIVEN_NAMES


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Common given names in the UK across the generations that meet in older people's care:
# people reviewed (born 1920s-1950s), their families and the care workforce, the short forms
# people are called by ("Liz", "Alf", "Peggy"), the names common in Welsh, Irish, Polish and
# Turkish families, in plain letters ("sian" for Siân, "lukasz" for Łukasz). After "wullie
# senga": the care workforce's (review 34 W2 S2), born 1950-2000 in the UK and Ireland, and
# common among carers from Nigeria, Ghana, Zimbabwe, the Philippines, India, Poland, Romania
# and Ukraine; not Pooja, Simran, Geeta, Lakshmi: worship, everyday words of the South Asian
# elders (A15 S2). More Welsh names and more, added in session 35: more_given_names.py.
GIVEN_NAMES = _words(
    """
    abdul adam adrian agnes agnieszka ahmed aisha alan albert alec alexander alexandra alfred
    alice alison amanda amir amy andrea andrew angela anita ann anna anne annie anthony
    arthur asha audrey barbara barry beatrice bernard beryl betty beverley brenda brian
    bridget bronwen callum carl carole caroline catherine cath charles charlie charlotte
    cheryl chloe christine christopher ciaran claire clare clifford colin connor craig
    cyril dafydd daniel danielle darren dave david debbie deborah denise dennis derek
    diane donald doreen doris dorothy douglas duncan edith edna edward eileen elaine
    eleanor elizabeth ellen elsie emily emma eric ethel evelyn fatima fiona florin fred
    freda gail gareth gary gemma geoffrey george georgina geraldine gethin gillian gladys
    glenys glyn gordon graham gwen gwyneth hannah harold harry hazel heather helen
    hilda howard hugh ian ioana irene isabel jacqueline james jamie jane janet janice
    jason jayne jean jeffrey jennifer jenny jessica jill joan joanne john jonathan joseph
    josephine joyce judith julia julie karen katarzyna kate katherine kathleen kathryn
    keith kelly kenneth kevin kirsty kwame lauren leanne leslie lesley lilian linda
    lindsay lisa lorraine louise lucy lynn lynne magdalena malcolm mandy margaret maria
    marian marie marjorie martin marion mary matthew maureen maurice megan mehmet michael
    michelle mildred mohammed muhammad monica muriel nadia natalie neil nicola nigel
    norah olivia oluwaseun pamela patricia patrick paul paula pauline peter philip
    phyllis piotr priya rachel rajesh raj rebecca reginald rhys richard rita robert
    roger ronald rosemary ruth ryan sadia samantha sandra sarah sean sharon sheila shirley
    simon siobhan sonia stanley stephanie stephen steven stuart susan suzanne sylvia
    tanya teresa terence thomas tom tomasz tony tracey tracy trevor valerie vera vernon
    vincent wayne wendy wilf wilfred william winifred winnie yasmin yusuf yvonne zainab
    zofia ken kenny bernie sue ted
    liz lizzie beth jim jimmy sid alf bert ron ronnie reg stan les vic maggie peggy meg jo di
    val lil kath jackie chris steve mike mick pete sam ben joe dan ed phil andy jeff geoff
    gerry terry sally molly polly nell nellie connie ada mabel nora dora rosie jess kim viv
    bev flo vi
    sian sioned rhian catrin eleri angharad ffion nia mair elin cerys delyth bethan tegwen
    nerys meinir ieuan iolo emyr owain aled huw dylan rhodri geraint iwan gruffydd
    aoife niamh padraig seamus roisin sinead orla grainne eoin mairead caoimhe oisin
    malgorzata krzysztof wojciech lukasz jozef stanislaw zbigniew grzegorz jadwiga halina
    krystyna elzbieta ewa marek pawel andrzej tadeusz danuta bozena dorota wieslaw
    ayse fatma emine hatice zeynep mustafa huseyin ozlem ahmet ibrahim ismail murat emre
    nasreen shazia bilal morag eilidh rhiannon saoirse
    tariq imran ayesha parveen rubina arjun rahim kamal shahid ramesh kiran hetal nilesh jyoti
    abdi hodan faadumo sahra ubah kasia tomek zosia janusz basia grazyna brid maire
    wullie senga
    bernadette deirdre theresa kerry kerri kerrie stacey stacy marcia tina toni nicole naomi
    natasha nadine hayley leah katie kathy vicky vicki becky melanie maxine marilyn donna
    debra jeanette annette janine colette noreen nuala clodagh philomena imelda majella
    maeve ciara catriona sorcha aisling eimear breda brigid bridie lindsey lynda carolyn
    christina jodie kayleigh tara tammy vanessa yvette sadie marianne martina melissa
    michaela rachael rebekah roberta susanne trudy ursula heidi helena hilary jolene josie
    justine louisa lydia lynsey patsy philippa rosalind selina sheena tessa tania vivienne
    zara zoe sophie shelley gaynor glenda dionne corinne karin
    shane shaun liam declan damien dominic desmond eamon eamonn fergus gerard kieran conor
    niall ronan brendan nathan karl aaron alistair greg gregory raymond rodney rory russell
    timothy phillip nicholas oliver jeremy gerald stewart clive danny ricky robbie leon
    marcus gavin troy justin wesley
    anjali sunita sunil anil deepa deepak neha kavita meena sangeeta
    rekha usha seema sanjay vijay ravi manoj suresh ashok harpreet manpreet gurpreet
    jaspreet rupinder baljit kuldeep sukhwinder navdeep parminder amandeep
    maricel marites rowena rosalie jocelyn analyn jennelyn marivic rodel arnel
    andreea alina elena mihaela gabriela daniela roxana simona loredana raluca madalina oana
    ionut mihai andrei bogdan cosmin marius catalin valentin gheorghe vasile
    oksana olena olga svetlana tetiana iryna yulia larysa halyna lyudmila natalia viktoria
    joanna justyna beata monika iwona renata marta karolina aleksandra ania ewelina sylwia
    paulina patrycja kinga izabela gosia dominika urszula jolanta agata mariusz dariusz
    michal bartosz jakub kamil rafal marcin artur
    tendai rutendo tatenda tafadzwa tapiwa chipo farai fadzai nyasha rumbidzai chiedza
    tsitsi kudzai shamiso nokuthula thandiwe sibongile nomsa sipho themba gifty
    chidi chinedu chioma chiamaka ngozi nkechi adaeze adaobi amaka ifeoma uchenna obinna
    emeka ikechukwu nnamdi olumide oluwatosin tosin tunde babatunde funmilayo funmi folake
    bukola yetunde kehinde taiwo temitope femi ayodele kemi bisi abimbola adebayo adeola
    adewale olamide segun yemi chika ebere nneka ifeanyi chukwuemeka ijeoma onyinye halima
    hauwa usman
    kofi kojo kwaku kwasi akosua abena adwoa akua afua efua ekua
    """
) | WELSH_GIVEN_NAMES | MORE_GIVEN_NAMES

# Given names that are also everyday English words, months or days. They count as names only
# in a name context (after a title, a relation word or from the pasted list), or capitalised
# in mid-sentence where the word form would be lower case.
AMBIGUOUS_GIVEN_NAMES = _words(
    """
    will may june april august rose joy grace mark frank pat hope faith bill jack dawn holly
    ivy ruby pearl violet daisy iris summer amber robin jay art don ray gene dean lance
    norman victoria florence georgia chelsea kay eve chase carol penny crystal sky angel
    grant miles max rich guy bob rob nick sue ken ted bernie sunny autumn heath ray lily
    """
)

# Surnames (and a few given names) that are also everyday lower-case words, above all those a
# care statement uses ("low", "read", "bath", "nurse", "care", "kind", "pain", "home"): a name
# part in this list, from the person column or the names to watch for, counts only when
# capitalised ("Ann Long" is not in "the wait is long"). Lower-case "mrs long" is still found
# by its title.
ORDINARY_WORDS = _words(
    """
    long young hall wood woods green white black brown gray grey king hill hills wall walls
    walker ward bell bells day days cook baker mason marsh hunt hunter fox lamb bird birds
    fish price page lane lanes field fields house little short strong sharp best wise free
    frost snow rain storm winter winters summers spring springs north south east west church
    bishop cross bank banks brook brooks pond pool moss stone stones rock ford bridge street
    gate gates well wells hart head foot hand hands heart back bone bones knight lord duke
    earl noble prince queen butler porter carter driver barber gardener shepherd fisher
    archer cooper tailor miller weaver potter glover slater thatcher tanner warden parker
    farmer meadows forest pike swan crow crane finch sparrow nightingale drake wolf bull buck
    hare wheat barley rice bean beans peach apple berry cherry lemon salt pepper sugar honey
    mustard butter bacon cake bread pie power major marshal bond cash money poor good friend
    friends fellows small large broad tall fair dark light bright sweet gentle hardy swift
    quick fast slow still moody merry bliss love lovely constant patience mercy chance hazard
    wild bold brave stout lean parson vicar chaplain steward judge clerk dyer turner
    carpenter mills mill waters water rivers river lake lakes ash oak birch elm thorn bush
    rush reed reeds heath moor moors dale dales vale craft crook banner row holly bloom
    blossom flower flowers pound penny dear
    low read key keys bath nurse bus care booth town home more kind cope pain child dance
    fry lock hood chapel mass post bolt link lines bound sage moon star gold silver glass
    clay sand sands flint steel cotton wing wings peak ridge land law bowl box boot brand
    branch burn burns camp card case chain coat corn couch down downs drum duck edge fell
    gale goose hale hedge hook horn keen lace lark lay mead nail plant pope ring seal ship
    smart spark speed stamp swallow tower trout tuck wren hay lea fuller
    """
)

# Capitalised words that follow a title or a relation word but are not names.
NOT_NAMES = _words(
    """
    i i'm i've i'd i'll we he she they it you the a an and or but so who what when where why
    how this that these those my our your his her their there here no yes not is was are
    were has had have will would can could should did does do if then also just only
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    christmas easter
    """
)

# Words that make the capitalised word before them a place ("Victoria Road", "St Mary's
# Hospital") rather than a person, and Welsh "Sant" after a saint's name ("Dewi Sant").
PLACE_WORDS = _words(
    """
    road rd street st lane avenue ave close drive court crescent way place gardens terrace
    grove walk mews row hill square view park rise green parade vale fold croft gate
    hospital infirmary house lodge centre center ward surgery practice home hall church
    chapel school college library estate manor farm sant
    """
)

# Place words that are also surnames: right after a title they name a person ("Mrs Green",
# "Mr Park visits", "Mrs Edna Hall") unless another place word follows ("Mrs Green Lane").
# Those only a building's name ("surgery", "home", "practice") stay places: "the Dr Surgery".
PLACE_SURNAMES = _words(
    """
    street lane way grove row hill park green vale croft gate house lodge ward hall church
    chapel court
    """
)

# Titles written short, with or without a full stop ("Mrs. Green"). After a title written in
# full ("Nan", "Nurse") a full stop ends the sentence: "I love my Nan. Church is my life now".
ABBREVIATED_TITLES = frozenset({"Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Rev", "Cllr"})

# Words that, right after a capitalised word, show it names a person: "Miss Green came late"
# is a name where "Miss Church since my fall" drops its "I", and "Long came round" is Ann Long
# where "Long waits for carers" is not.
PERSON_VERBS = _words(
    """
    came comes said says told tells rang rings phoned called calls asked asks shouted
    """
)

# Of those, the ones that are a surname after a given name too ("my carer Sharon Hall", "Julie
# Green from the agency", "Thanks to Mary Ward for the lift", "Our driver is Tom Lane"): Ward
# and Lane are common surnames, and "Mary Ward", "Mary Lane" went to the wall and the letter
# whole (review 32 R1a D1); a hospital ward or a street so named is held back or hidden, one
# click to let through, unless a place word follows ("Mary Ward Lane"). Not "street", "house",
# "court", "lodge", "vale": "George Street", "Elizabeth Court", "Florence House" are places far
# more often than anyone's surname (a team's pasted surname still hides them: surname_as_word).
PLACE_SURNAMES_AFTER_GIVEN_NAMES = _words(
    "hill park green croft hall church chapel lane ward way grove gate row")

# Given names that begin the names of parks and halls ("Albert Park", "Alexandra Park").
GIVEN_NAMES_IN_PLACE_NAMES = _words("albert alexandra")

# Words that make the given name after them a place's, as "St" makes "St Mary's" a church: the
# Welsh for chapel, church, saint, school, hall, house, lake, river, bridge, street, road, centre,
# hospital, home, court, chair and feast ("Capel Mair", "Tŷ Mair", "Llyn Aled", "Gŵyl Dewi",
# the mountain "Cadair Idris"; "Gapel" as "i Gapel Mair" mutates it), and the Irish and
# Polish for saint, school and chapel. Not "Bryn" (hill), a given name, nor "bro" ("my bro Huw").
# Compared without accents ("Swietej" for "Świętej"), so no head is an English word or shorthand.
PLACE_HEADS = _words(
    """
    st saint sant santes capel gapel eglwys ysgol neuadd plas llys cartref canolfan
    ganolfan ysbyty llyn afon pont bont heol stryd ffordd parc maes nant cwm coed caer ynys
    cadair gadair gwyl naomh scoil seipeal swietej swietego
    """
)
# Heads compared only as written, accents and all: without them they are "ty" (text-speak for
# thank you) and "sw" (social worker), and "ty Sarah", "my SW Karen" name a person.
ACCENTED_PLACE_HEADS = _words("tŷ św")

# Titles that also begin the names of streets and buildings ("Lord Street", "Lady Lane",
# "Sir Thomas Street"): after them a place word stays a place.
TITLES_IN_PLACE_NAMES = frozenset({"Lord", "Lady", "Sir", "Dame", "Father"})

# Words that, just before a capitalised word, say a person's name follows.
RELATION_WORDS = (
    "carer",
    "care worker",
    "support worker",
    "key worker",
    "keyworker",
    "CPN",  # community psychiatric nurse
    "HCA",  # health care assistant
    "RMN",  # registered mental health nurse
    "RGN",  # registered general nurse
    "SALT",  # speech and language therapist
    "social worker",
    "SW",  # social worker, as care notes write it
    "worker",
    "nurse",
    "daughter",
    "son",
    "wife",
    "husband",
    "partner",
    "neighbour",
    "neighbor",
    "friend",
    "sister",
    "brother",
    "niece",
    "nephew",
    "grandson",
    "granddaughter",
    "grandaughter",
    "mum",
    "dad",
    "mother",
    "father",
    "cousin",
    "aunt",
    "auntie",
    "uncle",
    "manager",
    "driver",
    "cleaner",
    "helper",
    "PA",
    "OT",
    "physio",
    "therapist",
    "GP",
    "daughter-in-law",
    "son-in-law",
    "stepson",
    "stepdaughter",
    "late husband",
    "late wife",
)

# Titles that put a name after them. Only their capitalised spelling counts.
TITLES = (
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Mx",
    "Dr",
    "Doctor",
    "Nurse",
    "Sister",
    "Prof",
    "Professor",
    "Rev",
    "Reverend",
    "Father",
    "Sir",
    "Dame",
    "Lady",
    "Lord",
    "Auntie",
    "Aunty",
    "Aunt",
    "Uncle",
    "Nan", "Nana", "Nanna", "Gran",  # kin titles: kin_titles.py says what may follow them
    "Grandma", "Grandad", "Grandpa", "Grampa", "Matron",
    "Councillor",
    "Cllr",
)

# Titles that still mark a name when a statement is typed all in lower case or all in capitals
# ("mrs smith", "MR JONES"). Those that are also everyday words ("miss", "sister", "father")
# are left out: in one case they no longer stand out.
ONE_CASE_TITLES = ("mr", "mrs", "ms", "mx", "dr", "cllr")

# Everyday words that follow such a title when it is used as a word ("the dr appointment",
# "my ms nurse": MS is also multiple sclerosis).
NOT_NAMES_AFTER_TITLE = _words(
    """
    appointment appointments visit visits visited came comes come said says told tells rang
    rings phoned letter letters never always only sometimes again too gave gives sent sends
    wants wanted nurse nurses society team clinic diagnosis symptoms flare medication
    tablets got gets
    """
)

# Everyday lower-case English words that a name the guard found may be made of, but that a
# name found in one card must not carry to the others (``name_spread``): the guard's weakest
# readings are a card typed In Title Case ("My Son Drives Me To…"), a title before a care word
# ("Nurse Practitioner", "Sister Act") and a given name that is a word ("my carer Heather").
# Still held back where found; elsewhere "The Care Act says…", "olive oil" and "checks on me"
# are words. Frozen by hand: the function words, the care words such cards use, and given names
# whose word is at least as common in a care statement as the name.
COMMON_WORDS = _words(
    """
    me myself us ourselves him himself herself itself them themselves mine ours yours hers
    theirs one ones someone everyone anyone nobody whom whose which
    about above across after against along among around as at before behind below beside
    besides between beyond by down during except for from in inside into like near of off on
    onto out outside over past round since through till to toward towards under until up
    upon via with within without nor than because while whilst though although unless
    whether both either neither each every all any some many much most few less least other
    another such own same am be been being having doing done shall might must ought need
    needs get gets very too even ever often now today tonight tomorrow yesterday well back
    away again always never sometimes
    act acts practitioner practitioners specialist specialists manager managers lead leads
    foster fostering matron team staff service services council support help helps
    assessment plan review health social worker workers visit visits visiting appointment
    appointments surgery clinic hospital centre club lunch dinner breakfast tea meals meal
    shopping shops shop transport taxi ambulance pharmacy chemist dentist optician physio
    therapy therapist consultant practice nursing carers caring cares
    drives drive checks check comes goes takes brings pops looks calls rings cooks cleans
    washes sorts makes gives keeps tells
    heather hazel olive cliff drew sandy poppy fern jade ginger rusty basil honour
    """
)

# Everyday words the guard reads as a surname after a lone initial or role letters ("B. Family
# involved", "S. Wales is where I live", "OT Department", "The PA Office", "T BAR in the
# shower"): each a word in a great many care statements, so spread (``name_spread``) it would
# hold back dozens of cards. The card it was found in stays held back.
EVERYDAY_NOUNS = _words(
    """
    family families time times wales england scotland ireland britain department office
    offices room rooms unit base desk bar bars lift lifts rail rails frame chair chairs hoist
    pill pills patch tube line drip pump fob garden form forms sheet stick cut fm radio
    """
)

# Capitalised words that follow a single letter as a label, grade or thing, not a surname after
# an initial: "A Level", "O Positive", "B Road", "X Ray", "Z Bed", "C Diff", "I Pad", "A Lot".
# Read after any letter, with or without a title or relation word before it ("Miss A Level",
# "my mum O Level", "Vitamin D Tablets"), and so are ``NOT_NAMES``, ``COMMON_WORDS``,
# ``NOT_NAMES_AFTER_TITLE``, ``PLACE_WORDS`` and the relation words when no title comes first.
LETTER_LABELS = _words(
    """
    level levels star stars grade grades team teams road roads block wing bay
    positive negative neg pos ray rays bed beds diff coli pylori section shirt shirts turn
    junction bend neck plate plates number numbers movie list lister force pad pod phone
    player lot lots test tests scan scans cell cells cup string class type side sides
    thanks meeting meetings engineer signal government remote kit music society department
    machine tablets tablet vitamin vitamins cream jab jabs card cards bus train licence
    mail factor cig boat bag pop tips cloth cloths fronts guide world office badge equipment
    receptionist batteries call settled status
    """
)

# Capitalised words that, after "A", "I" or "O" (an article, "I" or "oh" as often as an
# initial), read as those words: the everyday words a care statement starts with ("A New
# carer", "I Think", "A Lovely lady"; "A. Nothing" answering a form's "Q."), besides the lists
# above and ``ORDINARY_WORDS``.
WORDS_AFTER_A_OR_I = _words(
    """
    think thought feel felt want wanted need needed like liked love loved hate hated wish
    know knew get got go went live lived used use am was can could cannot hoped find found
    see saw say said tried try really just never always only also still often usually
    sometimes miss missed enjoy enjoyed look looked wait waited
    new old big little lovely nice kind good bad great few couple bit man woman lady girl boy
    gentleman person people young older different regular proper fall stroke carer
    nothing everything something anything getting thank
    """
)
