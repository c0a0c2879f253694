"""Given names ``name_words.GIVEN_NAMES`` lacked until session 35, kept here so that module stays
within its length: it joins them to its own list, and every rule reads the joined list.

Lower case and in plain letters, as the search key compares them ("sion" for Siôn, "llyr" for
Llŷr). Each was checked against the everyday words a card uses unnamed, in English and in the
community languages the guard reads (Welsh, Polish, Roman Urdu/Hindi).
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# The commonest Welsh given names of people reviewed (born 1920s-1950s), their children and the
# care workforce, women then men: "Dilys Price from the agency", "Mererid Vaughan-Tudor met the
# provider" went to the report and the feedback letter whole (review 35 R2 finding 1). Dilys
# (genuine), Eirlys (snowdrop), Llinos (linnet) and Mererid (pearl) are words a card hardly uses.
# Left out as words a Welsh card uses unnamed: Heulwen (sunshine), Seren (star), Haf (summer),
# Eira (snow), Enfys (rainbow), Gwawr (dawn), Awen, Tirion, Mirain, Hedd (peace), Llew (lion),
# Tegan (toy), Medi and Mai (September, May), Cai, Nest, Gruff, Gwyn, Bryn (hill); Mari (the
# Roman Urdu "meri", my, is typed so), Mali (the country), Wil (a slip for "will"), Euros; as
# places Dyfed, Gwynedd, Maldwyn, Arfon, Elan, Iona; Morgan and Prys, far more often surnames;
# Gwenllian, the name the UI and collect tests use as one no list knows; Wyn, "white" mutated
# and "lambs" (ŵyn): even as a word-name "MAE'R ŴYN BACH YN Y CAE" was held in capitals.
WELSH_GIVEN_NAMES = _words(
    """
    dilys eirlys olwen myfanwy gwenda blodwen menna morfudd eluned enid gwladys ceinwen
    llinos mererid lowri carys eirian eirwen nesta morwenna manon heledd efa elen mared
    siwan branwen buddug anwen glesni iola lleucu mairwen rhonwen ceri elliw gwenno gwenan
    hawys leisa luned mabli meleri teleri esyllt llio llywela morwen alys eiddwen dilwen
    gwilym emrys alun aneurin trefor ifor idris islwyn iorwerth dewi dai elwyn eifion emlyn
    hywel ifan meirion meurig owen tudur arwel berwyn brynmor caradog cledwyn deiniol dilwyn
    dyfrig eirwyn elfed elis gerallt goronwy gwynfor gwion hefin idwal ioan iestyn illtyd
    llewelyn llywelyn llyr meilyr myrddin osian peredur rhydian rhun seimon sion steffan
    tomos trystan tegid wynford ynyr elgan guto llion harri ianto alwyn arwyn carwyn gerwyn
    gwyndaf tecwyn penri gwydion ithel eurig bleddyn cynan cadfan haydn
    """
)

# Common UK given names the list lacked: of people reviewed (Walter, Nancy, Thelma, Ivor), of
# their children and the care workforce (Laura, Scott, Lee, Tamsin, Amara): "Tamsin Ferrier is
# always late", "Amara Okafor from the agency is rude" went up (review 35 A21). Left out as
# everyday words or places a card uses unnamed: Matt (the paint), Stella (the lager), Jasmine
# (the tea), Judy (Punch and Judy), Kitty (the tea kitty), Teddy, Wally, Dolly, Glen, Warren,
# Bella (Bella Italia), Toby (the Toby Carvery), Lloyd (Lloyds Bank), Sydney, Leigh, Jordan,
# Angus (the places), Lena and Sara (Roman Urdu "to take", "all": "dawai lena", "sara din"),
# Ina, Vida. The care workforce's Romanian and Russian names the word table knows as words, so
# that a staff sign-off's rule for names no word table knows missed them ("Nobody visits - Irina
# Dalton (Social Worker)", session 35's list): Irina, Tatiana, Cristina, Sergei, Dmitri, Nikolai,
# Vladimir, Alexei, Constantin; not Ana (Roman Urdu "to come"). Lily is a word-name (with Rose,
# Daisy), Constance one of word_names.py; Kwabena is left out as the name the tests use as one
# no list knows. More of the care workforce's and the communities' names the word table knows
# ("Nobody visits - Omar", "… — Igor" went up, session 37): Omar, Igor, Ahmad, Mohamed, Hassan,
# Hussein, Khalid, Karim, Rashid, Osman, Ali, Layla, Mariana, Pavel, Stefan, Yuri, Oleg, Anton,
# Viktor, Nikita; not Anya (Hindi "other"), nor Boris (the bikes, a public figure's name).
MORE_GIVEN_NAMES = _words(
    """
    gwendoline gwendolyn frances mavis daphne myra norma thelma maud bessie clara cissie
    esther eva gertrude harriet hettie hetty isabella jessie lillian martha matilda
    millicent minnie rhoda rosina sybil vivian lorna elspeth isobel jeannie nancy ida lottie
    queenie moira fay faye elisabeth renee rene shelagh
    frederick ernest henry walter leonard sidney herbert roy percy victor ivor horace cecil
    lionel ralph gilbert archie bertie ernie len lenny hubert neville oswald roland rowland
    eddie freddie alfie tommy billy bobby sammy frankie dougie hughie hector hamish
    archibald ivan mervyn
    laura lara lucinda lyndsey mia millie nina paige sasha shannon sophia tamara tasha
    trisha abbie hollie abigail amelia caitlin cara carly carla chantelle charlene claudia
    courtney demi ellie erin freya imogen jenna jemma julianne kayla keeley kristin kirsten
    kirstie tamsin amara rhona fenella priscilla alma gina
    aiden alex ashley brandon cameron elliot ethan euan finlay harvey jake joel josh joshua
    kyle lee lewis luke mitchell reece ross scott tyler ollie glenn jon
    irina tatiana cristina sergei sergey dmitri dmitry nikolai vladimir alexei constantin
    omar igor ahmad mohamed hassan hussein khalid karim rashid osman ali layla mariana
    pavel stefan yuri oleg anton viktor nikita
    mohammad muhammed hasan husain hussain stephan nikolay yury marianna maryam mariam leila
    laila saima nazia shabnam rukhsana khadija amina bushra yasmeen farida asif naveed zubair
    waqar tahir sajid kareem rasheed
    """
)
