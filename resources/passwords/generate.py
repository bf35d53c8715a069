#!/usr/bin/env python3
"""Write common-passwords.txt: Openwall's list from Debian's john-data package, followed by
French and Ivorian passwords built from the base words below with the usual suffixes.

Run it after `apt-get install john-data`, from this folder:
    python3 generate.py /usr/share/john/password.lst > common-passwords.txt
"""

import sys

# Suffixes people add to a word to pass a "needs digits or symbols" rule.
SUFFIXES = ["", "1", "12", "123", "1234", "12345", "123456", "01", "007", "225", "2000",
            "2020", "2021", "2022", "2023", "2024", "2025", "2026", "!", "@", "@123", "123!", "*"]

# Words that get every suffix: French words, places, clubs, artists, faith, and first names
# and family names common in Côte d'Ivoire.
WORDS = """
azerty azertyuiop qwerty motdepasse monmotdepasse password soleil bonjour bonsoir salut coucou
doudou chouchou loulou bisous jetaime jetadore mamour moncoeur monamour cherie cheri bebe
mabelle monbebe princesse prince amour bonheur famille liberte secret bienvenue merci
papa maman maman225 tonton tantie frere soeur chocolat vanille nounours poupette minou
dragon tigre lion panthere elephant elephants cheval football basket champion victoire
abidjan cotedivoire ivoire ivoirien ivoirienne eburnie yamoussoukro bouake daloa korhogo
sanpedro gagnoa man odienne abengourou divo yopougon abobo cocody treichville adjame
marcory koumassi plateau bingerville grandbassam assinie riviera angre anyama port-bouet
paris france marseille lyon toulouse bordeaux lille nantes
drogba didierdrogba yayatoure kolotoure gervinho zokora kalou kessie haller pepe zaha
asec asecmimosas mimosas africasports africa sewesport stadeabidjan sociedemo
realmadrid madrid barcelone barca chelsea arsenal liverpool manutd manchester juventus
psg parissg olympique omarseille bayern milan
zouglou coupedecale magicsystem djarafat arafat yodeguemeur alphablondy tikenjah
meiway bebibaby josey serge beynaud
jesus jesuschrist jesusmarie christ seigneur dieu dieuestgrand dieumerci merciseigneur
alleluia gloireadieu emmanuel benediction grace amen allah allahakbar bismillah inchallah
mohamed mouhamed
kouassi kouadio kouame konan koffi kouakou yao kone coulibaly ouattara traore diabate
bamba toure soro yeo diallo sangare cisse fofana dosso doumbia kamara sylla bakayoko
gbagbo bedie houphouet
aya adjoua amenan akissi affoue amoin ahou aissata fatou fatoumata mariam awa aminata
salimata assita mamadou moussa ibrahim seydou drissa lassina siaka souleymane adama
brice serge herve arnaud franck cedric patrice eric jean jeanmarc jeanpierre marcel
christian innocent prosper blaise ange armand fabrice rodrigue yannick constant paul
jacques guy roland daniel david joseph marius aime sylvain josiane estelle prisca nadege
flora rachel sarah ruth esther josephine bernadette mireille solange clarisse edwige
olga viviane nicolas camille thomas pierre julien sophie marie emilie celine nathalie
isabelle sandrine stephanie sebastien alexandre antoine vincent romain maxime
restaurant resto maquis cuisine caisse caissier serveur serveuse patron patronne gerant
administrateur admin utilisateur
""".split()

# Food names: plain only, so that a food name with a year inside a longer phrase stays usable.
PLAIN_WORDS = """
garba attieke alloco aloko foutou placali kedjenou bangui sauceclaire saucegraine
sauce-arachide poulet poisson
""".split()

# Keyboard runs and number patterns.
PATTERNS = """
azertyuiop azerty1234 azerty123456 1234azerty azer1234 aqwzsx aqwzsxedc qsdfghjklm
wxcvbn wxcvbn123 azertyqsdf azerqsdf a1z2e3r4 a1z2e3r4t5 1a2z3e4r 1q2w3e4r 1q2w3e4r5t
abc123 abcd1234 1234abcd 123soleil 123azerty 123motdepasse
123456 1234567 12345678 123456789 1234567890 12345678910 0123456789 0987654321
000000 0000000000 111111 1111111111 121212 123123 123321 654321 987654321 112233
147258 147258369 159753 159357 258456 456789 789456 225225 225225225
0102030405 0707070707 0505050505 0101010101 0808080808 0202020202 0303030303
""".split()


def main() -> None:
    source = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/john/password.lst"
    entries: list[str] = []
    seen: set[str] = set()

    def add(entry: str) -> None:
        key = entry.casefold()
        if entry and key not in seen:
            seen.add(key)
            entries.append(entry)

    with open(source, encoding="latin-1") as openwall:
        for line in openwall:
            line = line.rstrip("\n")
            if not line.startswith("#!comment"):
                add(line)
    openwall_count = len(entries)

    for word in WORDS:
        for suffix in SUFFIXES:
            add(word + suffix)
    for word in PLAIN_WORDS + PATTERNS:
        add(word)

    print("# Common passwords that PasswordPolicy rejects, compared case-insensitively.")
    print("# Lines starting with # are comments.")
    print("#")
    print(f"# The first {openwall_count} entries are password.lst from Debian's john-data package,")
    print("# version 1.9.0-2 (/usr/share/john/password.lst), less entries that differ only in case.")
    print("# Its header reads: \"This list has been compiled by Solar Designer of Openwall Project")
    print("# in 1996 through 2011. It is assumed to be in the public domain.\" Debian's copyright")
    print("# file for john-data lists the package's files under GPL-2. Last upstream update:")
    print("# 2011/11/20, 3546 entries.")
    print("#")
    print("# The remaining entries were written for this project by generate.py in this folder:")
    print("# French words, places and clubs of Côte d'Ivoire, artists, faith words, common first")
    print("# and family names, each with the usual digit and symbol suffixes, then keyboard runs")
    print("# and number patterns.")
    for entry in entries:
        print(entry)


if __name__ == "__main__":
    main()
