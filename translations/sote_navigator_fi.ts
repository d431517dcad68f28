<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Sote Navigator</source>
        <translation>Sote Navigator</translation>
    </message>
    <message>
        <source>Sote Navigator is already open: its window was brought to the front.</source>
        <translation>Sote Navigator on jo auki: sen ikkuna tuotiin esiin.</translation>
    </message>
    <message>
        <source>Sote Navigator is already open on %1 but does not answer: wait a moment and start it again, or close the other window.</source>
        <translation>Sote Navigator on jo auki tietokannalla %1, mutta se ei vastaa: odota hetki ja käynnistä uudelleen tai sulje toinen ikkuna.</translation>
    </message>
    <message>
        <source>Could not write the screenshot file.</source>
        <translation>Kuvakaappaustiedostoa ei voitu kirjoittaa.</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>käyttö: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentit</translation>
    </message>
    <message>
        <source>options</source>
        <translation>valitsimet</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>näytä tämä ohje ja lopeta</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: virhe: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumentti %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>seuraavat argumentit puuttuvat: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>jokin argumenteista %s tarvitaan</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>tuntemattomat argumentit: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>ei sallittu yhdessä argumentin %s kanssa</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>annettu arvo %r ohitettiin</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>odotettiin yhtä arvoa</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>odotettiin enintään yhtä arvoa</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>odotettiin vähintään yhtä arvoa</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>odotettiin %s arvoa</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>odotettiin %s arvoa</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>monitulkintainen valitsin: %(option)s voi tarkoittaa valitsimia %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>odottamaton valitsin: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>virheellinen %(type)s-arvo: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>virheellinen valinta: %(value)r (vaihtoehdot: %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>tiedostoa &apos;%(filename)s&apos; ei voi avata: %(error)s</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Backed up the database to %1 (%2 kB).</source>
        <translation>Tietokanta varmuuskopioitiin tiedostoon %1 (%2 kt).</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>%1 palautettiin varmuuskopiosta %2.</translation>
    </message>
    <message>
        <source>The previous database is kept as %1.</source>
        <translation>Aiempi tietokanta säilytetään nimellä %1.</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Say what to do: catalogue validate, import, export, history or rollback (see --help).</source>
        <translation>Kerro, mitä tehdään: catalogue validate, import, export, history tai rollback (katso --help).</translation>
    </message>
    <message>
        <source>%1 is a valid catalogue file.</source>
        <translation>%1 on kelvollinen palveluluettelotiedosto.</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the errors above.</source>
        <translation>Mitään ei tuotu: korjaa yllä luetellut virheet.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Kokeiluajo: mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>Imported as catalogue version %1.</source>
        <translation>Tuotu palveluluettelon versioksi %1.</translation>
    </message>
    <message>
        <source>Could not write %1 (%2): choose another place.</source>
        <translation>Tiedostoa %1 ei voitu kirjoittaa (%2): valitse toinen paikka.</translation>
    </message>
    <message>
        <source>Catalogue version %1 written to %2.</source>
        <translation>Palveluluettelon versio %1 kirjoitettu tiedostoon %2.</translation>
    </message>
    <message>
        <source>Catalogue version %1 is current again: %2 %3.</source>
        <translation>Palveluluettelon versio %1 on taas käytössä: %2 %3.</translation>
    </message>
    <message>
        <source>%1 services, %2 locations, %3 offerings</source>
        <translation>%1 palvelua, %2 palvelupaikkaa, %3 tarjontaa</translation>
    </message>
    <message>
        <source>%1 %2  %3  %4 %5 (%6; %7 from %8): %9</source>
        <translation>%1 %2  %3  %4 %5 (%6; %7 tiedostosta %8): %9</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more finding(s) not shown.</source>
        <translation>
            <numerusform>… ja %n muu havainto, jota ei näytetä.</numerusform>
            <numerusform>… ja %n muuta havaintoa, joita ei näytetä.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1; %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n virhe</numerusform>
            <numerusform>%n virhettä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n varoitus</numerusform>
            <numerusform>%n varoitusta</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes: the catalogue already holds exactly this.</source>
        <translation>Ei muutoksia: palveluluettelossa on jo täsmälleen tämä.</translation>
    </message>
    <message>
        <source>Catalogue %1: %2 → %3</source>
        <translation>Palveluluettelon %1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 changed, %4 removed</source>
        <translation>%1: %2 lisätty, %3 muutettu, %4 poistettu</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ja %n muu</numerusform>
            <numerusform>… ja %n muuta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueMenu</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Import catalogue…</source>
        <translation>&amp;Tuo palveluluettelo…</translation>
    </message>
    <message>
        <source>No catalogue is installed.</source>
        <translation>Palveluluetteloa ei ole asennettu.</translation>
    </message>
    <message>
        <source>imported today</source>
        <translation>tuotu tänään</translation>
    </message>
    <message numerus="yes">
        <source>imported %n day(s) ago</source>
        <translation>
            <numerusform>tuotu %n päivä sitten</numerusform>
            <numerusform>tuotu %n päivää sitten</numerusform>
        </translation>
    </message>
    <message>
        <source>Catalogue %1, version %2 (%3, %4)</source>
        <translation>Palveluluettelo %1, versio %2 (%3, %4)</translation>
    </message>
</context>
<context>
    <name>CircumstancesBox</name>
    <message>
        <source>Who the services are for (answer only what you asked)</source>
        <translation>Kenelle palvelut on tarkoitettu (vastaa vain siihen, mitä kysyit)</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Leave it at the first choice unless you asked the client.</source>
        <translation>Jätä ensimmäiseen vaihtoehtoon, ellet kysynyt asiakkaalta.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Sote Navigator: find who organises, which services and which providers serve a client, and record the placement.</source>
        <translation>Sote Navigator: selvitä, kuka järjestää asiakkaan palvelut, mitkä palvelut ja tuottajat sopivat hänelle, ja kirjaa palveluohjauksen tulos.</translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation>näytä versionumero ja lopeta</translation>
    </message>
    <message>
        <source>unknown language “%1”: use fi, sv or en</source>
        <translation>tuntematon kieli ”%1”: käytä arvoa fi, sv tai en</translation>
    </message>
    <message>
        <source>database file or database URL (default: the file in the per-user data folder, or $SOTE_NAVIGATOR_HOME)</source>
        <translation>tietokantatiedosto tai tietokannan URL-osoite (oletus: käyttäjäkohtaisen datakansion tiedosto tai $SOTE_NAVIGATOR_HOME)</translation>
    </message>
    <message>
        <source>print JSON with stable keys instead of text</source>
        <translation>tulosta tekstin sijaan JSON, jonka avaimet pysyvät samoina</translation>
    </message>
    <message>
        <source>language of names and messages (default: the one chosen in the window, else the system&apos;s)</source>
        <translation>nimien ja viestien kieli (oletus: ikkunassa valittu kieli, muuten järjestelmän kieli)</translation>
    </message>
    <message>
        <source>Interrupted; nothing was changed.</source>
        <translation>Keskeytetty; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>Unexpected error: %1. Please report it with the command you ran and the log file %2.</source>
        <translation>Odottamaton virhe: %1. Ilmoita siitä ja kerro ajamasi komento; liitä mukaan lokitiedosto %2.</translation>
    </message>
    <message>
        <source>Other users had access to the data folder %1 (mode %2): it is now open to you only.</source>
        <translation>Muilla käyttäjillä oli pääsy datakansioon %1 (oikeudet %2): nyt se on vain sinun käytössäsi.</translation>
    </message>
    <message>
        <source>Open the Sote Navigator window.</source>
        <translation>Avaa Sote Navigator -ikkuna.</translation>
    </message>
    <message>
        <source>render the window into this PNG file and exit</source>
        <translation>piirrä ikkuna tähän PNG-tiedostoon ja lopeta</translation>
    </message>
    <message>
        <source>choose this municipality first</source>
        <translation>valitse ensin tämä kunta</translation>
    </message>
    <message>
        <source>search for this first</source>
        <translation>hae ensin tätä</translation>
    </message>
    <message>
        <source>render the window as a start first shows it (before the database opens) into this PNG file and exit; for timing start-up</source>
        <translation>piirrä ikkuna sellaisena kuin se käynnistyessä ensin näkyy (ennen tietokannan avaamista) tähän PNG-tiedostoon ja lopeta; käynnistysajan mittaamiseen</translation>
    </message>
    <message>
        <source>Show the database path, the current catalogue and counts per entity.</source>
        <translation>Näytä tietokannan polku, käytössä oleva palveluluettelo ja tietojen määrät tyypeittäin.</translation>
    </message>
    <message>
        <source>Show the organiser and regional unit of a municipality (name in Finnish or Swedish, any case, with or without diacritics, or its code).</source>
        <translation>Näytä kunnan palvelujen järjestäjä ja alueellinen toimintayksikkö (kunnan nimi suomeksi tai ruotsiksi, isoin tai pienin kirjaimin, tarkkeineen tai ilman, tai kuntanumero).</translation>
    </message>
    <message>
        <source>municipality name or code, e.g. “Borgå”, “049”</source>
        <translation>kunnan nimi tai kuntanumero, esim. ”Borgå”, ”049”</translation>
    </message>
    <message>
        <source>Find services, providers, locations and municipalities matching words in any catalogue language.</source>
        <translation>Hae palveluja, tuottajia, palvelupaikkoja ja kuntia hakusanoilla millä tahansa palveluluettelon kielellä.</translation>
    </message>
    <message>
        <source>search words, e.g. “hammashoitola”</source>
        <translation>hakusanat, esim. ”hammashoitola”</translation>
    </message>
    <message>
        <source>at most this many results</source>
        <translation>enintään näin monta tulosta</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database to FILE; safe while the application is open.</source>
        <translation>Kirjoita tietokannasta eheä kopio tiedostoon FILE; turvallista myös sovelluksen ollessa auki.</translation>
    </message>
    <message>
        <source>where to write the copy</source>
        <translation>mihin kopio kirjoitetaan</translation>
    </message>
    <message>
        <source>Replace the database with a backup FILE after checking it; the current database is kept aside as a timestamped copy.</source>
        <translation>Korvaa tietokanta tarkistetulla varmuuskopiolla FILE; nykyinen tietokanta säilytetään aikaleimattuna kopiona.</translation>
    </message>
    <message>
        <source>a file made by backup</source>
        <translation>backup-komennolla tehty tiedosto</translation>
    </message>
    <message>
        <source>Validate, import, export and roll back catalogue files (native format or PTV).</source>
        <translation>Tarkista, tuo, vie ja palauta palveluluettelotiedostoja (oma muoto tai PTV).</translation>
    </message>
    <message>
        <source>Check a catalogue file; nothing is written.</source>
        <translation>Tarkista palveluluettelotiedosto; mitään ei kirjoiteta.</translation>
    </message>
    <message>
        <source>Validate a catalogue file, show what changes, and install it as a new version.</source>
        <translation>Tarkista palveluluettelotiedosto, näytä muutokset ja asenna se uudeksi versioksi.</translation>
    </message>
    <message>
        <source>only show what would change; write nothing</source>
        <translation>näytä vain, mitä muuttuisi; älä kirjoita mitään</translation>
    </message>
    <message>
        <source>Write the current catalogue as a native file.</source>
        <translation>Kirjoita nykyinen palveluluettelo omassa muodossaan tiedostoon.</translation>
    </message>
    <message>
        <source>the file to write (.json, .json.gz or .zip)</source>
        <translation>kirjoitettava tiedosto (.json, .json.gz tai .zip)</translation>
    </message>
    <message>
        <source>List the installed catalogue versions, newest first.</source>
        <translation>Luettele asennetut palveluluettelon versiot uusin ensin.</translation>
    </message>
    <message>
        <source>Make an earlier catalogue version current again (default: the one before).</source>
        <translation>Ota aiempi palveluluettelon versio taas käyttöön (oletus: edellinen).</translation>
    </message>
    <message>
        <source>the version number, as catalogue history shows it</source>
        <translation>versionumero, kuten catalogue history sen näyttää</translation>
    </message>
    <message>
        <source>a native .json, .json.gz or .zip file, or a PTV folder or zip</source>
        <translation>oman muodon .json-, .json.gz- tai .zip-tiedosto tai PTV-kansio tai -zip</translation>
    </message>
    <message>
        <source>native or ptv (default: recognised from the file)</source>
        <translation>native tai ptv (oletus: päätellään tiedostosta)</translation>
    </message>
    <message>
        <source>give the age in whole years, 0 to %1</source>
        <translation>anna ikä kokonaisina vuosina, 0–%1</translation>
    </message>
    <message>
        <source>give fi, sv or another language code such as ru or en</source>
        <translation>anna fi, sv tai muu kielikoodi, esimerkiksi ru tai en</translation>
    </message>
    <message>
        <source>give a postal code of five digits</source>
        <translation>anna viisinumeroinen postinumero</translation>
    </message>
    <message>
        <source>Show the services that fit a client&apos;s need, with verdicts, reasons and the ranked providers the client may choose.</source>
        <translation>Näytä asiakkaan tarpeeseen sopivat palvelut ratkaisuineen ja perusteluineen sekä järjestetyt tuottajat, joista asiakas voi valita.</translation>
    </message>
    <message>
        <source>home municipality: name in Finnish or Swedish, or its code</source>
        <translation>kotikunta: nimi suomeksi tai ruotsiksi tai kuntanumero</translation>
    </message>
    <message>
        <source>age in years</source>
        <translation>ikä vuosina</translation>
    </message>
    <message>
        <source>service language: fi, sv, or another language code (needs an interpreter)</source>
        <translation>asiointikieli: fi, sv tai muu kielikoodi (tarvitaan tulkki)</translation>
    </message>
    <message>
        <source>the need in words, a service id or a service class code</source>
        <translation>tarve sanoin, palvelun tunniste tai palveluluokan koodi</translation>
    </message>
    <message>
        <source>the need is urgent</source>
        <translation>tarve on kiireellinen</translation>
    </message>
    <message>
        <source>the client cannot travel: home visits are needed</source>
        <translation>asiakas ei pääse liikkumaan: tarvitaan kotikäyntejä</translation>
    </message>
    <message>
        <source>accessible premises are needed</source>
        <translation>tarvitaan esteettömät tilat</translation>
    </message>
    <message>
        <source>evening or weekend opening hours are needed</source>
        <translation>tarvitaan ilta- tai viikonloppuaukioloa</translation>
    </message>
    <message>
        <source>the client&apos;s postal code: places are ordered nearest first from it (not stored unless the placement is saved)</source>
        <translation>asiakkaan postinumero: palvelupaikat järjestetään siitä lähimmästä alkaen (tallennetaan vain, jos ohjaus tallennetaan)</translation>
    </message>
    <message>
        <source>list every provider of each choice set, not only the best</source>
        <translation>luettele valintajoukon kaikki tuottajat, ei vain parhaita</translation>
    </message>
    <message>
        <source>an interpreter is needed, also in Finnish or Swedish</source>
        <translation>tarvitaan tulkki myös suomen- tai ruotsinkielisessä asioinnissa</translation>
    </message>
    <message>
        <source>recording the placement</source>
        <translation>ohjauksen kirjaaminen</translation>
    </message>
    <message>
        <source>save the placement record in the database</source>
        <translation>tallenna ohjaus tietokantaan</translation>
    </message>
    <message>
        <source>the service placed into (default: the first one that fits)</source>
        <translation>palvelu, johon asiakas ohjataan (oletus: ensimmäinen sopiva)</translation>
    </message>
    <message>
        <source>the provider the client chose, by offering id (default: the best)</source>
        <translation>asiakkaan valitsema tuottaja tarjonnan tunnisteella (oletus: paras)</translation>
    </message>
    <message>
        <source>status of the record (default: draft)</source>
        <translation>kirjauksen tila (oletus: luonnos)</translation>
    </message>
    <message>
        <source>a pseudonymous client reference (never a personal identity code)</source>
        <translation>asiakkaan pseudonyymi tunniste (ei koskaan henkilötunnus)</translation>
    </message>
    <message>
        <source>the counsellor&apos;s note</source>
        <translation>palveluohjaajan muistiinpano</translation>
    </message>
    <message>
        <source>The service is only for a client group the client is not confirmed to be in: give the circumstance named in its reasons (e.g. --education), then save.</source>
        <translation>Palvelu on vain kohderyhmälle, johon asiakkaan ei ole vahvistettu kuuluvan: anna perusteluissa mainittu tieto (esim. --education) ja tallenna sitten.</translation>
    </message>
    <message>
        <source>No service that fits can be recorded: choose one with --service ID from the list above.</source>
        <translation>Sopivaa palvelua ei voi kirjata: valitse palvelu yllä olevasta luettelosta valitsimella --service ID.</translation>
    </message>
    <message>
        <source>The offering %1 is not in the choice set of this service: choose one listed above.</source>
        <translation>Tarjonta %1 ei kuulu tämän palvelun valintajoukkoon: valitse jokin yllä luetelluista.</translation>
    </message>
    <message>
        <source>Saved placement %1 (%2).</source>
        <translation>Ohjaus %1 tallennettiin (%2).</translation>
    </message>
    <message>
        <source>List, show, update and export placement records.</source>
        <translation>Luettele, näytä, päivitä ja vie palveluohjauskirjaukset.</translation>
    </message>
    <message>
        <source>list placements: referrals waiting for a decision first, then the newest first</source>
        <translation>listaa ohjaukset: ensin lähetteet, jotka odottavat päätöstä, sitten uusimmat ensin</translation>
    </message>
    <message>
        <source>only placements with this status</source>
        <translation>vain ohjaukset, joiden tila on tämä</translation>
    </message>
    <message>
        <source>print a placement summary as text</source>
        <translation>tulosta ohjauksen yhteenveto tekstinä</translation>
    </message>
    <message>
        <source>language of the summary (default: the client&apos;s)</source>
        <translation>yhteenvedon kieli (oletus: asiakkaan kieli)</translation>
    </message>
    <message>
        <source>change the status of a placement</source>
        <translation>muuta ohjauksen tilaa</translation>
    </message>
    <message>
        <source>why the status changed</source>
        <translation>miksi tila muuttui</translation>
    </message>
    <message>
        <source>write the placements to FILE.csv and counts by service, provider and regional unit to FILE-counts.csv</source>
        <translation>kirjoita ohjaukset tiedostoon FILE.csv ja määrät palveluittain, tuottajittain ja toimintayksiköittäin tiedostoon FILE-counts.csv</translation>
    </message>
    <message>
        <source>cell separator</source>
        <translation>solujen erotin</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as 1.1.2025</source>
        <translation>”%1” ei ole päivämäärä: kirjoita muodossa 1.1.2025</translation>
    </message>
    <message>
        <source>give a number of days from 1 to 365</source>
        <translation>anna päivien määrä väliltä 1–365</translation>
    </message>
    <message>
        <source>only referrals still waiting for a decision after the set days</source>
        <translation>vain lähetteet, jotka ovat odottaneet päätöstä asetetun määrän päiviä</translation>
    </message>
    <message>
        <source>a referral with no decision after N days needs a follow-up (default: the setting, 14 unless changed)</source>
        <translation>lähete, jolla ei ole päätöstä N päivän jälkeen, vaatii seurantaa (oletus: asetus, 14 ellei muutettu)</translation>
    </message>
    <message>
        <source>only placements changed on or after DATE (e.g. 1.1.2025)</source>
        <translation>vain ohjaukset, joita on muutettu päivänä DATE tai sen jälkeen (esim. 1.1.2025)</translation>
    </message>
    <message>
        <source>only placements changed on or before DATE</source>
        <translation>vain ohjaukset, joita on muutettu päivänä DATE tai sitä ennen</translation>
    </message>
    <message>
        <source>only placements into this service (its id or part of its name)</source>
        <translation>vain ohjaukset tähän palveluun (sen tunnus tai osa nimestä)</translation>
    </message>
    <message>
        <source>only placements in this regional unit (its id or part of its name)</source>
        <translation>vain ohjaukset tässä alueellisessa toimintayksikössä (sen tunnus tai osa nimestä)</translation>
    </message>
    <message>
        <source>the client&apos;s circumstances (leave out what was not asked)</source>
        <translation>asiakkaan tilanne (jätä pois se, mitä ei kysytty)</translation>
    </message>
    <message>
        <source>studies now: none, basic (pre-primary or basic education), secondary (upper secondary or vocational) or higher (university)</source>
        <translation>opiskelu nyt: none (ei opiskele), basic (esi- tai perusopetus), secondary (lukio tai ammatillinen koulutus) tai higher (yliopisto tai ammattikorkeakoulu)</translation>
    </message>
    <message>
        <source>work now: employed, self_employed, seafarer, unemployed or not_working (retired, at home)</source>
        <translation>työ nyt: employed (palkansaaja), self_employed (yrittäjä), seafarer (merenkulkija), unemployed (työtön) tai not_working (ei työssä: eläkkeellä, kotona)</translation>
    </message>
    <message>
        <source>children under 18 in the family: none, under_school_age (at least one) or school_age (all of school age)</source>
        <translation>perheen alle 18-vuotiaat lapset: none (ei lapsia), under_school_age (ainakin yksi alle kouluikäinen) tai school_age (kaikki kouluikäisiä)</translation>
    </message>
    <message>
        <source>pregnant, or the family is expecting a baby</source>
        <translation>raskaana, tai perhe odottaa vauvaa</translation>
    </message>
    <message>
        <source>the client is a war veteran</source>
        <translation>asiakas on sotaveteraani</translation>
    </message>
    <message>
        <source>List the locations and offerings whose information is older than the catalogue&apos;s freshness limit (default 24 months).</source>
        <translation>Luettele palvelupaikat ja tarjonnat, joiden tiedot ovat luettelon ajantasaisuusrajaa vanhempia (oletus 24 kuukautta).</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) older than the freshness limit of %1 months:</source>
        <translation>
            <numerusform>%n tietue on ajantasaisuusrajaa (%1 kuukautta) vanhempi:</numerusform>
            <numerusform>%n tietuetta on ajantasaisuusrajaa (%1 kuukautta) vanhempia:</numerusform>
        </translation>
    </message>
    <message>
        <source>location</source>
        <translation>palvelupaikka</translation>
    </message>
    <message>
        <source>offering</source>
        <translation>tarjonta</translation>
    </message>
    <message>
        <source>%1 %2 — %3, information from %4</source>
        <translation>%1 %2 — %3, tietojen ajankohta %4</translation>
    </message>
    <message numerus="yes">
        <source>(%n offering(s))</source>
        <translation>
            <numerusform>(%n tarjonta)</numerusform>
            <numerusform>(%n tarjontaa)</numerusform>
        </translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>lähde: %1</translation>
    </message>
    <message>
        <source>No date given: %1 location(s), %2 offering(s).</source>
        <translation>Ei päiväystä: %1 palvelupaikkaa, %2 tarjontaa.</translation>
    </message>
    <message>
        <source>give the household size as a whole number, 1 to %1</source>
        <translation>anna talouden koko kokonaislukuna 1–%1</translation>
    </message>
    <message>
        <source>give the hours of care a month as a whole number, 0 to %1</source>
        <translation>anna hoitotunnit kuukaudessa kokonaislukuna 0–%1</translation>
    </message>
    <message>
        <source>give euros a month, e.g. 2000 or 2000,50</source>
        <translation>anna euroja kuukaudessa, esim. 2000 tai 2000,50</translation>
    </message>
    <message>
        <source>the fee estimate (optional; never logged, saved only with --save)</source>
        <translation>maksuarvio (vapaaehtoinen; ei kirjata lokiin, tallennetaan vain --save-valinnalla)</translation>
    </message>
    <message>
        <source>household size for the fee estimate (optional)</source>
        <translation>talouden koko maksuarviota varten (vapaaehtoinen)</translation>
    </message>
    <message>
        <source>the household&apos;s gross income a month in euros, for the fee estimate (optional)</source>
        <translation>talouden bruttotulot kuukaudessa euroina maksuarviota varten (vapaaehtoinen)</translation>
    </message>
    <message>
        <source>the client&apos;s own net income a month in euros, for the fee estimate (optional)</source>
        <translation>asiakkaan omat nettotulot kuukaudessa euroina maksuarviota varten (vapaaehtoinen)</translation>
    </message>
    <message>
        <source>hours of care a month, for the fee estimate (optional)</source>
        <translation>hoitotunnit kuukaudessa maksuarviota varten (vapaaehtoinen)</translation>
    </message>
    <message>
        <source>Make the publisher&apos;s key pair: KEYFILE (private, readable by you only) and its public key beside it (.pub) for the desks.</source>
        <translation>Luo julkaisijan avainpari: KEYFILE (yksityinen, vain sinun luettavissasi) ja sen viereen julkinen avain (.pub) työasemille.</translation>
    </message>
    <message>
        <source>the private key file to make</source>
        <translation>luotava yksityisen avaimen tiedosto</translation>
    </message>
    <message>
        <source>the publisher&apos;s name that desks are shown, in quotes</source>
        <translation>julkaisijan nimi, jonka työasemat näyttävät, lainausmerkeissä</translation>
    </message>
    <message>
        <source>Sign a catalogue file or PTV folder: writes FILE.sig beside it; publish both.</source>
        <translation>Allekirjoita palveluluettelotiedosto tai PTV-kansio: kirjoittaa sen viereen FILE.sig-tiedoston; julkaise molemmat.</translation>
    </message>
    <message>
        <source>the private key made by catalogue keygen</source>
        <translation>komennolla catalogue keygen luotu yksityinen avain</translation>
    </message>
    <message>
        <source>Accept catalogues signed with this publisher&apos;s public key (.pub).</source>
        <translation>Hyväksy palveluluettelot, jotka on allekirjoitettu tämän julkaisijan julkisella avaimella (.pub).</translation>
    </message>
    <message>
        <source>the publisher&apos;s public key</source>
        <translation>julkaisijan julkinen avain</translation>
    </message>
    <message>
        <source>List the publishers&apos; public keys this desk trusts.</source>
        <translation>Luettele julkaisijoiden julkiset avaimet, joihin tämä työasema luottaa.</translation>
    </message>
    <message>
        <source>import a file that has no signature (only if you know where it comes from)</source>
        <translation>tuo tiedosto, jolla ei ole allekirjoitusta (vain jos tiedät, mistä se on peräisin)</translation>
    </message>
    <message>
        <source>Push the placements and status changes saved here since the last sync to the region, and pull the region&apos;s status changes and its current catalogue.</source>
        <translation>Vie alueelle edellisen synkronoinnin jälkeen täällä tallennetut ohjaukset ja tilan muutokset, ja hae alueelta sen tilan muutokset ja voimassa oleva luettelo.</translation>
    </message>
    <message>
        <source>the region&apos;s database, postgresql://USER@HOST/NAME (default: location= under [region] in the settings); the password comes from PGPASSWORD or ~/.pgpass</source>
        <translation>alueen tietokanta, postgresql://KÄYTTÄJÄ@PALVELIN/NIMI (oletus: asetusten [region]-kohdan location=); salasana tulee PGPASSWORD-muuttujasta tai tiedostosta ~/.pgpass</translation>
    </message>
    <message>
        <source>A region&apos;s shared database: sync this desk with it, set up its roles, report.</source>
        <translation>Alueen yhteinen tietokanta: tämän palvelupisteen synkronointi, roolien määritys, raportit.</translation>
    </message>
    <message>
        <source>Say what to do: sync, init or report.</source>
        <translation>Kerro, mitä tehdään: sync, init tai report.</translation>
    </message>
    <message>
        <source>unknown breakdown “%1”: use %2</source>
        <translation>tuntematon jaottelu ”%1”: käytä arvoja %2</translation>
    </message>
    <message>
        <source>Create the catalogue maintainer and desk roles of a region&apos;s PostgreSQL database and grant their rights; run as the database&apos;s owner, again after each upgrade.</source>
        <translation>Luo alueen PostgreSQL-tietokantaan palveluluettelon ylläpitäjän ja palvelupisteen roolit ja anna niille oikeudet; aja tietokannan omistajana ja uudelleen jokaisen päivityksen jälkeen.</translation>
    </message>
    <message>
        <source>login roles that get the desk role (read, save placements)</source>
        <translation>kirjautumisroolit, jotka saavat palvelupisteen roolin (lukeminen, ohjausten tallentaminen)</translation>
    </message>
    <message>
        <source>login roles that get the catalogue maintainer role (import, roll back)</source>
        <translation>kirjautumisroolit, jotka saavat palveluluettelon ylläpitäjän roolin (tuonti, palautus)</translation>
    </message>
    <message>
        <source>Placements counted by month, service, provider, unit and status, with the days from referral to decision; no client reference or note.</source>
        <translation>Ohjausten määrät kuukausittain, palveluittain, tuottajittain, yksiköittäin ja tiloittain sekä päivät lähetteestä päätökseen; ei asiakastunnistetta eikä muistiinpanoja.</translation>
    </message>
    <message>
        <source>what to count by, comma-separated (default: month)</source>
        <translation>millä jaotellaan, pilkuin eroteltuina (oletus: month)</translation>
    </message>
    <message>
        <source>write the report as CSV to FILE</source>
        <translation>kirjoita raportti CSV-muodossa tiedostoon FILE</translation>
    </message>
</context>
<context>
    <name>ClientGroups</name>
    <message>
        <source>pupils in pre-primary and basic education</source>
        <translation>esi- ja perusopetuksen oppilaat</translation>
    </message>
    <message>
        <source>students in secondary and higher education</source>
        <translation>toisen asteen ja korkea-asteen opiskelijat</translation>
    </message>
    <message>
        <source>pregnant people and families expecting a baby</source>
        <translation>raskaana olevat ja vauvaa odottavat perheet</translation>
    </message>
    <message>
        <source>children under school age and their families</source>
        <translation>alle kouluikäiset lapset ja heidän perheensä</translation>
    </message>
    <message>
        <source>children under 18 and families with children</source>
        <translation>alle 18-vuotiaat lapset ja lapsiperheet</translation>
    </message>
    <message>
        <source>older people (aged 65 or over)</source>
        <translation>ikääntyneet (65 vuotta täyttäneet)</translation>
    </message>
    <message>
        <source>war veterans</source>
        <translation>sotaveteraanit</translation>
    </message>
    <message>
        <source>employees and the self-employed</source>
        <translation>palkansaajat ja yrittäjät</translation>
    </message>
    <message>
        <source>seafarers</source>
        <translation>merenkulkijat</translation>
    </message>
    <message>
        <source>unemployed people</source>
        <translation>työttömät</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 tai %2</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Opiskelu</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Työ</translation>
    </message>
    <message>
        <source>Children in the family</source>
        <translation>Perheen lapset</translation>
    </message>
    <message>
        <source>Pregnant or expecting a baby</source>
        <translation>Raskaana tai odottaa vauvaa</translation>
    </message>
    <message>
        <source>War veteran</source>
        <translation>Sotaveteraani</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Ei kysytty</translation>
    </message>
    <message>
        <source>Not studying</source>
        <translation>Ei opiskele</translation>
    </message>
    <message>
        <source>Pre-primary or basic education</source>
        <translation>Esi- tai perusopetus</translation>
    </message>
    <message>
        <source>Upper secondary or vocational education</source>
        <translation>Lukio tai ammatillinen koulutus</translation>
    </message>
    <message>
        <source>University or university of applied sciences</source>
        <translation>Yliopisto tai ammattikorkeakoulu</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Palkansaaja</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>Yrittäjä</translation>
    </message>
    <message>
        <source>Seafarer</source>
        <translation>Merenkulkija</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>Työtön</translation>
    </message>
    <message>
        <source>Not working (retired, at home)</source>
        <translation>Ei työssä (eläkkeellä, kotona)</translation>
    </message>
    <message>
        <source>No children under 18</source>
        <translation>Ei alle 18-vuotiaita lapsia</translation>
    </message>
    <message>
        <source>A child under school age</source>
        <translation>Alle kouluikäinen lapsi</translation>
    </message>
    <message>
        <source>Only children of school age, under 18</source>
        <translation>Vain kouluikäisiä, alle 18-vuotiaita lapsia</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>The service is for %1, and by age the client is one of them.</source>
        <translation>Palvelun kohderyhmä: %1. Asiakas kuuluu siihen ikänsä perusteella.</translation>
    </message>
    <message>
        <source>The service is for %1, and the client is one of them.</source>
        <translation>Palvelun kohderyhmä: %1. Asiakas kuuluu siihen.</translation>
    </message>
    <message>
        <source>The service is only for %1; the client is not one of them.</source>
        <translation>Palvelu on vain kohderyhmälle: %1. Asiakas ei kuulu siihen.</translation>
    </message>
    <message>
        <source>The service is only for %1: confirm that the client is one of them.</source>
        <translation>Palvelu on vain kohderyhmälle: %1. Varmista, että asiakas kuuluu siihen.</translation>
    </message>
    <message>
        <source>The service is only for %1: confirm that the client is one of them (%2).</source>
        <translation>Palvelu on vain kohderyhmälle: %1. Varmista, että asiakas kuuluu siihen (%2).</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Where the client lives, their age and language, and what they need.</source>
        <translation>Missä asiakas asuu, hänen ikänsä ja kielensä sekä mitä hän tarvitsee.</translation>
    </message>
    <message>
        <source>Home municipality:</source>
        <translation>Kotikunta:</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>Ikä:</translation>
    </message>
    <message>
        <source>Service language:</source>
        <translation>Asiointikieli:</translation>
    </message>
    <message>
        <source>Other language (code):</source>
        <translation>Muu kieli (koodi):</translation>
    </message>
    <message>
        <source>Client reference (optional):</source>
        <translation>Asiakastunniste (valinnainen):</translation>
    </message>
    <message>
        <source>name in Finnish or Swedish, or the code</source>
        <translation>nimi suomeksi tai ruotsiksi tai kuntanumero</translation>
    </message>
    <message>
        <source>Postal code (optional):</source>
        <translation>Postinumero (vapaaehtoinen):</translation>
    </message>
    <message>
        <source>The client&apos;s age in full years.</source>
        <translation>Asiakkaan ikä täysinä vuosina.</translation>
    </message>
    <message>
        <source>The language the client wants to be served in.</source>
        <translation>Kieli, jolla asiakas haluaa palvelunsa.</translation>
    </message>
    <message>
        <source>A language not in the list, as its two- or three-letter code, e.g. ru.</source>
        <translation>Luettelosta puuttuva kieli kaksi- tai kolmikirjaimisena koodina, esim. ru.</translation>
    </message>
    <message>
        <source>to list the nearest places first</source>
        <translation>lähimmät palvelupaikat näytetään ensin</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>Tarvitsee tulkin</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Kiireellinen</translation>
    </message>
    <message>
        <source>Cannot travel: needs home visits</source>
        <translation>Ei pääse liikkumaan: tarvitsee kotikäyntejä</translation>
    </message>
    <message>
        <source>Needs accessible premises</source>
        <translation>Tarvitsee esteettömät tilat</translation>
    </message>
    <message>
        <source>Needs evening or weekend hours</source>
        <translation>Tarvitsee ilta- tai viikonloppuaikoja</translation>
    </message>
    <message>
        <source>a pseudonymous reference, never a personal identity code</source>
        <translation>pseudonyymi tunniste, ei koskaan henkilötunnus</translation>
    </message>
    <message>
        <source>Another language…</source>
        <translation>Muu kieli…</translation>
    </message>
    <message>
        <source>Did you mean: %1?</source>
        <translation>Tarkoititko: %1?</translation>
    </message>
    <message>
        <source>No municipality has this name or code.</source>
        <translation>Millään kunnalla ei ole tätä nimeä tai numeroa.</translation>
    </message>
    <message>
        <source>This is a personal identity code. Use a pseudonymous reference instead: the placement record must not identify the client.</source>
        <translation>Tämä on henkilötunnus. Käytä sen sijaan pseudonyymiä tunnistetta: ohjauskirjauksesta ei saa voida tunnistaa asiakasta.</translation>
    </message>
    <message>
        <source>This looks like a personal identity code. Use a pseudonymous reference instead.</source>
        <translation>Tämä näyttää henkilötunnukselta. Käytä sen sijaan pseudonyymiä tunnistetta.</translation>
    </message>
    <message>
        <source>Give the client&apos;s home municipality.</source>
        <translation>Anna asiakkaan kotikunta.</translation>
    </message>
    <message>
        <source>No municipality is called “%1”. Did you mean: %2?</source>
        <translation>Kuntaa ”%1” ei ole. Tarkoititko: %2?</translation>
    </message>
    <message>
        <source>No municipality is called “%1”: check the spelling or give the code.</source>
        <translation>Kuntaa ”%1” ei ole: tarkista kirjoitusasu tai anna kuntanumero.</translation>
    </message>
    <message>
        <source>Give the postal code as five digits, or leave it empty.</source>
        <translation>Anna postinumero viitenä numerona tai jätä kenttä tyhjäksi.</translation>
    </message>
    <message>
        <source>Give the client&apos;s age in years.</source>
        <translation>Anna asiakkaan ikä vuosina.</translation>
    </message>
    <message>
        <source>Give the other language as its two- or three-letter code, e.g. ru.</source>
        <translation>Anna muu kieli kaksi- tai kolmikirjaimisena koodina, esimerkiksi ru.</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>(no log file could be written)</source>
        <translation>(lokitiedostoa ei voitu kirjoittaa)</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: %1.

Your data is safe: everything saved before this moment is kept, and Sote Navigator goes on running. The details are in the log file %2; please send it to your IT support.</source>
        <translation>Jotain odottamatonta tapahtui: %1.

Tietosi ovat tallessa: kaikki tätä hetkeä ennen tallennettu säilyy, ja Sote Navigator jatkaa toimintaansa. Yksityiskohdat ovat lokitiedostossa %2; lähetä se IT-tukeen.</translation>
    </message>
    <message>
        <source>Sote Navigator</source>
        <translation>Sote Navigator</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Provider kind: %1</source>
        <translation>Tuottajan tyyppi: %1</translation>
    </message>
    <message>
        <source>Invented for demonstration: not a real service or provider</source>
        <translation>Keksitty esittelyä varten: ei todellinen palvelu tai tuottaja</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Tiedot: %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>A municipal service, not the wellbeing services county&apos;s: refer the client to their home municipality.</source>
        <translation>Kunnan palvelu, ei hyvinvointialueen: ohjaa asiakas kotikuntaansa.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Palvelutaso</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Pääsy</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Valinta</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Kenelle</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Maksu</translation>
    </message>
    <message>
        <source>Ways in</source>
        <translation>Asiointitavat</translation>
    </message>
    <message>
        <source>aged %1 to %2</source>
        <translation>%1–%2-vuotiaat</translation>
    </message>
    <message>
        <source>aged %1 or over</source>
        <translation>vähintään %1-vuotiaat</translation>
    </message>
    <message>
        <source>aged %1 or under</source>
        <translation>enintään %1-vuotiaat</translation>
    </message>
    <message>
        <source>residents of the organiser&apos;s area</source>
        <translation>järjestäjän alueen asukkaat</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Palvelupaikka</translation>
    </message>
    <message>
        <source>no fixed location (e.g. home visits or phone)</source>
        <translation>ei kiinteää palvelupaikkaa (esim. kotikäynnit tai puhelin)</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Järjestäjä</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Verkkosivut</translation>
    </message>
    <message>
        <source>Regional units served</source>
        <translation>Palvellut alueelliset toimintayksiköt</translation>
    </message>
    <message>
        <source>The name is in Finnish only: the source gives no Swedish name.</source>
        <translation>Nimi on vain suomeksi: lähteessä ei ole ruotsinkielistä nimeä.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Other services here</source>
        <translation>Muut palvelut tässä paikassa</translation>
    </message>
    <message>
        <source>by appointment</source>
        <translation>ajanvarauksella</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Aukioloajat</translation>
    </message>
    <message>
        <source>Evenings and weekends</source>
        <translation>Illat ja viikonloput</translation>
    </message>
    <message>
        <source>Service languages</source>
        <translation>Asiointikielet</translation>
    </message>
    <message>
        <source>accessible premises</source>
        <translation>esteettömät tilat</translation>
    </message>
    <message>
        <source>not reported accessible</source>
        <translation>esteettömyyttä ei ilmoitettu</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Esteettömyys</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nyt</translation>
    </message>
    <message>
        <source>Next exception</source>
        <translation>Seuraava poikkeus</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Tietojen ajankohta ja lähde</translation>
    </message>
    <message>
        <source>open evenings and weekends</source>
        <translation>auki iltaisin ja viikonloppuisin</translation>
    </message>
    <message>
        <source>open evenings</source>
        <translation>auki iltaisin</translation>
    </message>
    <message>
        <source>open weekends</source>
        <translation>auki viikonloppuisin</translation>
    </message>
    <message>
        <source>not open evenings or weekends</source>
        <translation>ei auki iltaisin eikä viikonloppuisin</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>Tuotantotapa</translation>
    </message>
    <message>
        <source>Languages for this service</source>
        <translation>Tämän palvelun kielet</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>Kotikäynnit</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>Odotusaika</translation>
    </message>
    <message numerus="yes">
        <source>about %n day(s)</source>
        <translation>
            <numerusform>noin %n päivä</numerusform>
            <numerusform>noin %n päivää</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeeBox</name>
    <message>
        <source>For the fee estimate (optional, not logged)</source>
        <translation>Maksuarviota varten (vapaaehtoinen, ei kirjata lokiin)</translation>
    </message>
    <message>
        <source>Household size:</source>
        <translation>Talouden koko:</translation>
    </message>
    <message>
        <source>Household&apos;s gross income a month (€):</source>
        <translation>Talouden bruttotulot kuukaudessa (€):</translation>
    </message>
    <message>
        <source>Client&apos;s own net income a month (€):</source>
        <translation>Asiakkaan omat nettotulot kuukaudessa (€):</translation>
    </message>
    <message>
        <source>Hours of care a month:</source>
        <translation>Hoitotunnit kuukaudessa:</translation>
    </message>
    <message>
        <source>How many people live in the client&apos;s household, the client included.</source>
        <translation>Montako henkeä asiakkaan taloudessa asuu asiakas mukaan lukien.</translation>
    </message>
    <message>
        <source>How many hours of care the client receives a month, if known.</source>
        <translation>Montako tuntia hoitoa asiakas saa kuukaudessa, jos tiedossa.</translation>
    </message>
    <message>
        <source>before taxes, the whole household</source>
        <translation>ennen veroja, koko talous</translation>
    </message>
    <message>
        <source>after taxes, the client alone</source>
        <translation>verojen jälkeen, vain asiakas</translation>
    </message>
</context>
<context>
    <name>Fees</name>
    <message>
        <source>source: %1, %2</source>
        <translation>lähde: %1, %2</translation>
    </message>
    <message>
        <source>income limits in force %1–%2</source>
        <translation>tulorajat voimassa %1–%2</translation>
    </message>
    <message>
        <source>income limits in force from %1</source>
        <translation>tulorajat voimassa %1 alkaen</translation>
    </message>
    <message>
        <source>The table&apos;s income limits were in force until %1: check the current amount with %2.</source>
        <translation>Taulukon tulorajat olivat voimassa %1 asti: tarkista nykyinen määrä järjestäjältä (%2).</translation>
    </message>
    <message numerus="yes">
        <source>household of %n, gross income %1 a month</source>
        <translation>
            <numerusform>%n hengen talous, bruttotulot %1 kuukaudessa</numerusform>
            <numerusform>%n hengen talous, bruttotulot %1 kuukaudessa</numerusform>
        </translation>
    </message>
    <message>
        <source>the client&apos;s net income %1 a month</source>
        <translation>asiakkaan nettotulot %1 kuukaudessa</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) of care a month</source>
        <translation>
            <numerusform>%n hoitotunti kuukaudessa</numerusform>
            <numerusform>%n hoitotuntia kuukaudessa</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for this income: %2 (%3; %4). The client pays the provider&apos;s price above it.</source>
        <translation>%1 näillä tuloilla: %2 (%3; %4). Asiakas maksaa tuottajan hinnasta sen ylittävän osan.</translation>
    </message>
    <message>
        <source>Estimated %1: %2 (%3; %4). The decision fixes the fee.</source>
        <translation>%1, arvio: %2 (%3; %4). Maksu vahvistetaan päätöksessä.</translation>
    </message>
    <message>
        <source>%1: a spouse&apos;s income changes how it is set, so it is not estimated here: ask %2 (%3).</source>
        <translation>%1: puolison tulot vaikuttavat maksun määräytymiseen, joten sitä ei arvioida tässä: kysy järjestäjältä (%2) (%3).</translation>
    </message>
    <message>
        <source>%1: the table has no income limit for a household this large: ask %2 (%3).</source>
        <translation>%1: taulukossa ei ole tulorajaa näin suurelle taloudelle: kysy järjestäjältä (%2) (%3).</translation>
    </message>
    <message>
        <source>the household size</source>
        <translation>talouden koko</translation>
    </message>
    <message>
        <source>the household&apos;s gross income a month</source>
        <translation>talouden bruttotulot kuukaudessa</translation>
    </message>
    <message>
        <source>the client&apos;s net income a month</source>
        <translation>asiakkaan nettotulot kuukaudessa</translation>
    </message>
    <message>
        <source>the hours of care a month</source>
        <translation>hoitotunnit kuukaudessa</translation>
    </message>
    <message>
        <source>%1 follows a published table (%2): give %3 to estimate it.</source>
        <translation>%1 määräytyy julkaistun taulukon mukaan (%2): anna arviota varten %3.</translation>
    </message>
    <message>
        <source>The client fee is set by %1 from the client&apos;s income; no published table of %1 is known to the application: ask %1.</source>
        <translation>Asiakasmaksun määrää järjestäjä (%1) asiakkaan tulojen mukaan; sovellus ei tunne järjestäjän julkaisemaa maksutaulukkoa: kysy järjestäjältä (%1).</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Service in S&amp;wedish</source>
        <translation>Palvelu r&amp;uotsiksi</translation>
    </message>
    <message>
        <source>Only providers that serve in Swedish</source>
        <translation>Vain ruotsiksi palvelevat tuottajat</translation>
    </message>
    <message>
        <source>Open &amp;evenings</source>
        <translation>Auki &amp;iltaisin</translation>
    </message>
    <message>
        <source>Only service locations open after 18:00 on some day</source>
        <translation>Vain palvelupaikat, jotka ovat jonakin päivänä auki klo 18 jälkeen</translation>
    </message>
    <message>
        <source>Open wee&amp;kends</source>
        <translation>Auki &amp;viikonloppuisin</translation>
    </message>
    <message>
        <source>Only service locations open on Saturday or Sunday</source>
        <translation>Vain lauantaina tai sunnuntaina auki olevat palvelupaikat</translation>
    </message>
    <message>
        <source>Accessi&amp;ble premises</source>
        <translation>&amp;Esteettömät tilat</translation>
    </message>
    <message>
        <source>Only service locations with accessible premises</source>
        <translation>Vain palvelupaikat, joiden tilat ovat esteettömät</translation>
    </message>
    <message>
        <source>&amp;Voucher accepted</source>
        <translation>Palvelu&amp;seteli käy</translation>
    </message>
    <message>
        <source>Only providers that accept a service voucher</source>
        <translation>Vain palvelusetelin hyväksyvät tuottajat</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Kaikki tyypit</translation>
    </message>
    <message>
        <source>Provider kin&amp;d:</source>
        <translation>Tuottaja&amp;n tyyppi:</translation>
    </message>
    <message>
        <source>Provider kind</source>
        <translation>Tuottajan tyyppi</translation>
    </message>
    <message>
        <source>Only providers of this kind</source>
        <translation>Vain tämän tyyppiset tuottajat</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>error</source>
        <translation>virhe</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>varoitus</translation>
    </message>
    <message>
        <source>The file cannot be read (%1): check the name and your permissions.</source>
        <translation>Tiedostoa ei voi lukea (%1): tarkista nimi ja käyttöoikeutesi.</translation>
    </message>
    <message>
        <source>This is not a regular file but a device, a named pipe or the like: choose a catalogue file.</source>
        <translation>Tämä ei ole tavallinen tiedosto vaan laite, nimetty putki tai vastaava: valitse palveluluettelotiedosto.</translation>
    </message>
    <message>
        <source>The file is larger than the %1 MiB a catalogue may be: split it, or ask the publisher for a smaller file.</source>
        <translation>Tiedosto on suurempi kuin palveluluettelon enimmäiskoko %1 MiB: jaa se osiin tai pyydä julkaisijalta pienempi tiedosto.</translation>
    </message>
    <message>
        <source>The packed file expands more than %1 times: it is not a catalogue and was not unpacked.</source>
        <translation>Pakattu tiedosto laajenee yli %1-kertaiseksi: se ei ole palveluluettelo, eikä sitä purettu.</translation>
    </message>
    <message>
        <source>The zip holds a path that points outside its folder (%1): the zip was refused unopened.</source>
        <translation>Zip-tiedostossa on polku, joka osoittaa sen kansion ulkopuolelle (%1): zip hylättiin avaamatta.</translation>
    </message>
    <message>
        <source>The packed file is damaged (%1): download or copy it again.</source>
        <translation>Pakattu tiedosto on vioittunut (%1): lataa tai kopioi se uudelleen.</translation>
    </message>
    <message>
        <source>A catalogue zip must hold exactly one .json file; this one holds %1.</source>
        <translation>Palveluluettelon zip-tiedostossa pitää olla täsmälleen yksi .json-tiedosto; tässä niitä on %1.</translation>
    </message>
    <message>
        <source>The file holds binary data, not JSON text: choose the catalogue&apos;s .json, .json.gz or .zip file.</source>
        <translation>Tiedostossa on binääridataa eikä JSON-tekstiä: valitse palveluluettelon .json-, .json.gz- tai .zip-tiedosto.</translation>
    </message>
    <message>
        <source>The file is in %1, not UTF-8: save it again as UTF-8.</source>
        <translation>Tiedosto on merkistössä %1 eikä UTF-8: tallenna se uudelleen UTF-8-muodossa.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (the first wrong byte is at %1): save it again as UTF-8.</source>
        <translation>Tiedosto ei ole UTF-8-tekstiä (ensimmäinen virheellinen tavu kohdassa %1): tallenna se uudelleen UTF-8-muodossa.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1): it may be cut short; get a complete copy.</source>
        <translation>Tiedosto ei ole kelvollista JSONia (%1): se voi olla katkennut; hanki kokonainen kopio.</translation>
    </message>
    <message>
        <source>The file is JSON but not a Sote Navigator catalogue: for PTV data use --format ptv.</source>
        <translation>Tiedosto on JSONia mutta ei Sote-navigaattorin palveluluettelo: käytä PTV-aineistolle valitsinta --format ptv.</translation>
    </message>
    <message>
        <source>The catalogue format version %1 is not supported (this version reads %2): update Sote Navigator.</source>
        <translation>Palveluluettelon muotoversiota %1 ei tueta (tämä versio lukee version %2): päivitä Sote-navigaattori.</translation>
    </message>
    <message>
        <source>No PTV services, service locations or organisations were found here.</source>
        <translation>Täältä ei löytynyt PTV:n palveluja, palvelupaikkoja eikä organisaatioita.</translation>
    </message>
    <message>
        <source>Not as the catalogue format requires: %1</source>
        <translation>Ei palveluluettelon muodon mukainen: %1</translation>
    </message>
    <message>
        <source>%1 is not a date of the calendar.</source>
        <translation>%1 ei ole kalenterin päivämäärä.</translation>
    </message>
    <message>
        <source>The id %1 is used twice.</source>
        <translation>Tunnistetta %1 on käytetty kahdesti.</translation>
    </message>
    <message>
        <source>It refers to %1, which is not in the catalogue&apos;s %2.</source>
        <translation>Se viittaa kohteeseen %1, jota ei ole palveluluettelon luettelossa %2.</translation>
    </message>
    <message>
        <source>The municipality code %1 is not one of the catalogue&apos;s municipalities.</source>
        <translation>Kuntanumero %1 ei ole palveluluettelon kuntia.</translation>
    </message>
    <message>
        <source>%1 is not a valid business ID (Y-tunnus): its check digit is wrong or it is malformed.</source>
        <translation>%1 ei ole kelvollinen Y-tunnus: sen tarkistusnumero on väärä tai muoto virheellinen.</translation>
    </message>
    <message>
        <source>The text (%1) is %2 characters long; PTV allows %3.</source>
        <translation>Teksti (%1) on %2 merkkiä pitkä; PTV sallii %3.</translation>
    </message>
    <message>
        <source>The text is %1 characters long; a catalogue text may have at most %2: shorten it.</source>
        <translation>Teksti on %1 merkkiä pitkä; luettelon tekstissä saa olla enintään %2: lyhennä sitä.</translation>
    </message>
    <message>
        <source>The text holds the control character %1; only line breaks and tabs are allowed: remove it.</source>
        <translation>Tekstissä on ohjausmerkki %1; vain rivinvaihdot ja sarkaimet ovat sallittuja: poista se.</translation>
    </message>
    <message>
        <source>The text holds %1, half of a character pair and no character by itself: the file was damaged or badly converted; correct the text.</source>
        <translation>Tekstissä on %1, merkkiparin puolikas, joka ei yksinään ole merkki: tiedosto on vioittunut tai muunnettu väärin; korjaa teksti.</translation>
    </message>
    <message>
        <source>The service classes are each other&apos;s parents in a circle (%1): a class cannot be its own ancestor; correct the parent.</source>
        <translation>Palveluluokat ovat kehässä toistensa yläluokkia (%1): luokka ei voi olla oma esivanhempansa; korjaa yläluokka.</translation>
    </message>
    <message>
        <source>The location is in a bilingual municipality (%1) but has no Swedish name.</source>
        <translation>Palvelupaikka on kaksikielisessä kunnassa (%1), mutta sillä ei ole ruotsinkielistä nimeä.</translation>
    </message>
    <message>
        <source>The target group %1 is not a PTV target group code (such as KR1 or KR1.2): it is kept but means nothing to the placement.</source>
        <translation>Kohderyhmä %1 ei ole PTV:n kohderyhmäkoodi (kuten KR1 tai KR1.2): se säilytetään, mutta ohjaus ei käytä sitä.</translation>
    </message>
    <message>
        <source>The client group %1 is unknown to this version: the placement will ask the counsellor to confirm it for every client.</source>
        <translation>Tämä versio ei tunne asiakasryhmää %1: ohjauksessa palveluohjaajaa pyydetään varmistamaan se jokaisen asiakkaan kohdalla.</translation>
    </message>
    <message>
        <source>This is not a PTV service, service channel or organisation: skipped.</source>
        <translation>Tämä ei ole PTV:n palvelu, asiointikanava eikä organisaatio: ohitettu.</translation>
    </message>
    <message>
        <source>It has no usable name: skipped.</source>
        <translation>Sillä ei ole käyttökelpoista nimeä: ohitettu.</translation>
    </message>
    <message>
        <source>The value “%1” is a placeholder, not data: left out.</source>
        <translation>Arvo ”%1” on paikkamerkki eikä tietoa: jätetty pois.</translation>
    </message>
    <message>
        <source>The text is missing in language %1, which the service is offered in.</source>
        <translation>Teksti puuttuu kieleltä %1, jolla palvelua tarjotaan.</translation>
    </message>
    <message>
        <source>The service has no service locations: imported without providers.</source>
        <translation>Palvelulla ei ole palvelupaikkoja: tuotu ilman tuottajia.</translation>
    </message>
    <message>
        <source>The service channel %1 is not in the imported files: that connection was left out.</source>
        <translation>Asiointikanava %1 ei ole tuotavissa tiedostoissa: se yhteys jätettiin pois.</translation>
    </message>
    <message>
        <source>The organisation %1 is not in the imported files or the catalogue: the location has no provider.</source>
        <translation>Organisaatio %1 ei ole tuotavissa tiedostoissa eikä palveluluettelossa: palvelupaikalla ei ole tuottajaa.</translation>
    </message>
    <message>
        <source>The service class %1 is not known: left out.</source>
        <translation>Palveluluokka %1 on tuntematon: jätetty pois.</translation>
    </message>
    <message>
        <source>The coordinates %1, %2 are not a place in Finland in WGS84 or ETRS-TM35FIN: left out.</source>
        <translation>Koordinaatit %1, %2 eivät ole paikka Suomessa WGS84- eivätkä ETRS-TM35FIN-muodossa: jätetty pois.</translation>
    </message>
    <message>
        <source>The opening hours cannot be read: left out.</source>
        <translation>Aukioloaikoja ei voi lukea: jätetty pois.</translation>
    </message>
    <message>
        <source>The service location has no street address.</source>
        <translation>Palvelupaikalla ei ole käyntiosoitetta.</translation>
    </message>
    <message>
        <source>The municipality code %1 is not in the current catalogue: the address keeps no municipality.</source>
        <translation>Kuntanumero %1 ei ole nykyisessä palveluluettelossa: osoitteeseen ei merkitä kuntaa.</translation>
    </message>
    <message>
        <source>The value “%1” is not of the kind PTV gives here: reading around it would put wrong opening hours in the catalogue.</source>
        <translation>Arvo ”%1” ei ole sitä tyyppiä, jota PTV tässä antaa: sen ohittaminen veisi luetteloon vääriä aukioloaikoja.</translation>
    </message>
    <message>
        <source>It has no PTV id: skipped.</source>
        <translation>Sillä ei ole PTV-tunnistetta: ohitettu.</translation>
    </message>
    <message>
        <source>Its PTV id %1 is not text: skipped.</source>
        <translation>Sen PTV-tunniste %1 ei ole tekstiä: ohitettu.</translation>
    </message>
    <message>
        <source>The service channel does not say its type (serviceChannelType): skipped.</source>
        <translation>Asiointikanava ei kerro tyyppiään (serviceChannelType): ohitettu.</translation>
    </message>
    <message>
        <source>The service class %1 is from another edition of the classification and has no counterpart in the catalogue: left out, the service keeps its other classes.</source>
        <translation>Palveluluokka %1 on luokituksen toisesta versiosta, eikä sillä ole vastinetta luettelossa: jätetty pois, palvelu säilyttää muut luokkansa.</translation>
    </message>
    <message>
        <source>The parent class %1 is not in the catalogue: the class is imported without a parent.</source>
        <translation>Yläluokkaa %1 ei ole luettelossa: luokka tuodaan ilman yläluokkaa.</translation>
    </message>
    <message>
        <source>It is not published in PTV (%1): skipped.</source>
        <translation>Se ei ole julkaistu PTV:ssä (%1): ohitettu.</translation>
    </message>
    <message>
        <source>the field “%1” is missing.</source>
        <translation>kenttä ”%1” puuttuu.</translation>
    </message>
    <message>
        <source>%1 is not one of the values allowed here: %2.</source>
        <translation>%1 ei ole tässä sallittu arvo; sallitut arvot: %2.</translation>
    </message>
    <message>
        <source>%1 is not of the kind required here (%2).</source>
        <translation>%1 ei ole tässä vaadittua lajia (%2).</translation>
    </message>
    <message>
        <source>fields the format does not have: %1.</source>
        <translation>kenttiä, joita muodossa ei ole: %1.</translation>
    </message>
    <message>
        <source>%1 is not in the form required here.</source>
        <translation>%1 ei ole tässä vaaditussa muodossa.</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 ei saa olla tyhjä.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>teksti</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>kokonaisluku</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>luku</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>luettelo</translation>
    </message>
    <message>
        <source>a record</source>
        <translation>tietue</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>tosi tai epätosi</translation>
    </message>
    <message>
        <source>%1, %2: %3: %4</source>
        <translation>%1, %2: %3: %4</translation>
    </message>
    <message>
        <source>organisers</source>
        <translation>järjestäjät</translation>
    </message>
    <message>
        <source>regional units</source>
        <translation>alueelliset toimintayksiköt</translation>
    </message>
    <message>
        <source>municipalities</source>
        <translation>kunnat</translation>
    </message>
    <message>
        <source>municipality memberships</source>
        <translation>kuntien yksiköt</translation>
    </message>
    <message>
        <source>former municipalities</source>
        <translation>entiset kunnat</translation>
    </message>
    <message>
        <source>service classes</source>
        <translation>palveluluokat</translation>
    </message>
    <message>
        <source>services</source>
        <translation>palvelut</translation>
    </message>
    <message>
        <source>providers</source>
        <translation>tuottajat</translation>
    </message>
    <message>
        <source>locations</source>
        <translation>palvelupaikat</translation>
    </message>
    <message>
        <source>offerings</source>
        <translation>tarjonta</translation>
    </message>
    <message>
        <source>phone lines and online services</source>
        <translation>puhelinnumerot ja verkkoasiointi</translation>
    </message>
    <message>
        <source>service “%1”</source>
        <translation>palvelu ”%1”</translation>
    </message>
    <message>
        <source>location “%1”</source>
        <translation>palvelupaikka ”%1”</translation>
    </message>
    <message>
        <source>provider “%1”</source>
        <translation>tuottaja ”%1”</translation>
    </message>
    <message>
        <source>organiser “%1”</source>
        <translation>järjestäjä ”%1”</translation>
    </message>
    <message>
        <source>regional unit “%1”</source>
        <translation>alueellinen toimintayksikkö ”%1”</translation>
    </message>
    <message>
        <source>municipality %1</source>
        <translation>kunta %1</translation>
    </message>
    <message>
        <source>former municipality %1</source>
        <translation>entinen kunta %1</translation>
    </message>
    <message>
        <source>service class “%1”</source>
        <translation>palveluluokka ”%1”</translation>
    </message>
    <message>
        <source>phone line or online service “%1”</source>
        <translation>puhelinpalvelu tai verkkoasiointi ”%1”</translation>
    </message>
    <message>
        <source>service “%1” at “%2”</source>
        <translation>palvelu ”%1” palvelupaikassa ”%2”</translation>
    </message>
    <message>
        <source>municipality %1 in regional unit “%2”</source>
        <translation>kunta %1 alueellisessa toimintayksikössä ”%2”</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <source>description</source>
        <translation>kuvaus</translation>
    </message>
    <message>
        <source>keywords</source>
        <translation>hakusanat</translation>
    </message>
    <message>
        <source>address</source>
        <translation>osoite</translation>
    </message>
    <message>
        <source>street address</source>
        <translation>katuosoite</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>postinumero</translation>
    </message>
    <message>
        <source>post office</source>
        <translation>postitoimipaikka</translation>
    </message>
    <message>
        <source>coordinates</source>
        <translation>koordinaatit</translation>
    </message>
    <message>
        <source>business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>puhelinnumerot</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translation>aukioloajat</translation>
    </message>
    <message>
        <source>email addresses</source>
        <translation>sähköpostiosoitteet</translation>
    </message>
    <message>
        <source>web address</source>
        <translation>verkko-osoite</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>tuottaja</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>järjestäjä</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>kunta</translation>
    </message>
    <message>
        <source>regional unit</source>
        <translation>alueellinen toimintayksikkö</translation>
    </message>
    <message>
        <source>parent class</source>
        <translation>yläluokka</translation>
    </message>
    <message>
        <source>target groups</source>
        <translation>kohderyhmät</translation>
    </message>
    <message>
        <source>eligibility</source>
        <translation>saamisen edellytykset</translation>
    </message>
    <message>
        <source>age limits</source>
        <translation>ikärajat</translation>
    </message>
    <message>
        <source>service</source>
        <translation>palvelu</translation>
    </message>
    <message>
        <source>location</source>
        <translation>palvelupaikka</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>kielet</translation>
    </message>
    <message>
        <source>voucher</source>
        <translation>palveluseteli</translation>
    </message>
    <message>
        <source>id</source>
        <translation>tunniste</translation>
    </message>
    <message>
        <source>code</source>
        <translation>koodi</translation>
    </message>
    <message>
        <source>valid from</source>
        <translation>voimassa alkaen</translation>
    </message>
    <message>
        <source>valid until</source>
        <translation>voimassa asti</translation>
    </message>
    <message>
        <source>merged into</source>
        <translation>yhdistetty kuntaan</translation>
    </message>
    <message>
        <source>date of the merger</source>
        <translation>yhdistymispäivä</translation>
    </message>
    <message>
        <source>service channels</source>
        <translation>asiointikanavat</translation>
    </message>
    <message>
        <source>areas</source>
        <translation>alueet</translation>
    </message>
    <message>
        <source>publishing status</source>
        <translation>julkaisutila</translation>
    </message>
    <message>
        <source>channel type</source>
        <translation>asiointikanavan tyyppi</translation>
    </message>
    <message>
        <source>level</source>
        <translation>taso</translation>
    </message>
    <message>
        <source>way in</source>
        <translation>pääsy palveluun</translation>
    </message>
    <message>
        <source>client&apos;s choice</source>
        <translation>asiakkaan valinta</translation>
    </message>
    <message>
        <source>responsibility</source>
        <translation>vastuu</translation>
    </message>
    <message>
        <source>client fee</source>
        <translation>asiakasmaksu</translation>
    </message>
    <message>
        <source>legal basis</source>
        <translation>säädösperusta</translation>
    </message>
    <message>
        <source>accessibility</source>
        <translation>esteettömyys</translation>
    </message>
    <message>
        <source>provision type</source>
        <translation>tuotantotapa</translation>
    </message>
    <message>
        <source>home visits</source>
        <translation>kotikäynnit</translation>
    </message>
    <message>
        <source>waiting time</source>
        <translation>odotusaika</translation>
    </message>
    <message>
        <source>example marking</source>
        <translation>esimerkkimerkintä</translation>
    </message>
    <message>
        <source>other information</source>
        <translation>muut tiedot</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>laji</translation>
    </message>
    <message>
        <source>part of the reform</source>
        <translation>uudistuksen piirissä</translation>
    </message>
    <message>
        <source>language status</source>
        <translation>kielisyys</translation>
    </message>
    <message>
        <source>region</source>
        <translation>maakunta</translation>
    </message>
    <message>
        <source>purposes</source>
        <translation>käyttötarkoitukset</translation>
    </message>
    <message>
        <source>source</source>
        <translation>lähde</translation>
    </message>
    <message>
        <source>date checked</source>
        <translation>tarkistettu</translation>
    </message>
    <message>
        <source>version</source>
        <translation>versio</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>julkaisija</translation>
    </message>
    <message>
        <source>in Finnish</source>
        <translation>suomeksi</translation>
    </message>
    <message>
        <source>in Swedish</source>
        <translation>ruotsiksi</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>englanniksi</translation>
    </message>
    <message>
        <source>in Northern Sami</source>
        <translation>pohjoissaameksi</translation>
    </message>
    <message>
        <source>in language %1</source>
        <translation>kielellä %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>the catalogue&apos;s header</source>
        <translation>palveluluettelon otsaketiedot</translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation>tiedosto %1</translation>
    </message>
    <message>
        <source>%1, at %2</source>
        <translation>%1, kohdassa %2</translation>
    </message>
    <message>
        <source>item %1 of the file %2</source>
        <translation>tiedoston %2 kohde %1</translation>
    </message>
    <message>
        <source>%1 (file %2)</source>
        <translation>%1 (tiedosto %2)</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Lisätään: %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Muutetaan: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Poistetaan: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Catalogue&apos;s %1: %2 → %3</source>
        <translation>Palveluluettelon %1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>Vakavuus</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Missä</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Mikä on vialla</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message numerus="yes">
        <source>Referral %n day(s) ago, no decision yet</source>
        <translation>
            <numerusform>Lähete %n päivä sitten, ei vielä päätöstä</numerusform>
            <numerusform>Lähete %n päivää sitten, ei vielä päätöstä</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Syy: %1</translation>
    </message>
    <message numerus="yes">
        <source>Referrals to follow up: %n</source>
        <translation>
            <numerusform>Seurattavia lähetteitä: %n</numerusform>
            <numerusform>Seurattavia lähetteitä: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>No.</source>
        <translation>Nro</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Muutettu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Tuottaja</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Tunniste</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seuranta</translation>
    </message>
    <message>
        <source>%1 (unfinished)</source>
        <translation>%1 (kesken)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Placement history</source>
        <translation>Ohjaushistoria</translation>
    </message>
    <message>
        <source>Filter by municipality, service, provider…</source>
        <translation>Suodata kunnan, palvelun, tuottajan mukaan…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Poista luonnos</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Vie CSV…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Kaikki tilat</translation>
    </message>
    <message>
        <source>Only referrals to follow up</source>
        <translation>Vain seurattavat lähetteet</translation>
    </message>
    <message>
        <source>Referrals with no decision after %1 days</source>
        <translation>Lähetteet, joilla ei ole päätöstä %1 päivän jälkeen</translation>
    </message>
    <message>
        <source>Changed from:</source>
        <translation>Muutettu alkaen:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>asti:</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>mikä tahansa päivä</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Regional unit</source>
        <translation>Alueellinen toimintayksikkö</translation>
    </message>
    <message>
        <source>Filter the placements</source>
        <translation>Suodata ohjauksia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Show only placements with this status.</source>
        <translation>Näytä vain ohjaukset, joiden tila on tämä.</translation>
    </message>
    <message>
        <source>Show only placements in this service.</source>
        <translation>Näytä vain tämän palvelun ohjaukset.</translation>
    </message>
    <message>
        <source>Show only placements in this regional unit.</source>
        <translation>Näytä vain tämän alueellisen toimintayksikön ohjaukset.</translation>
    </message>
    <message>
        <source>Show only placements last changed on or after this day.</source>
        <translation>Näytä vain ohjaukset, joita on viimeksi muutettu tänä päivänä tai myöhemmin.</translation>
    </message>
    <message>
        <source>Show only placements last changed on or before this day.</source>
        <translation>Näytä vain ohjaukset, joita on viimeksi muutettu tänä päivänä tai aiemmin.</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Ohjaukset</translation>
    </message>
    <message>
        <source>Referrals waiting for a decision first, then the newest. Open one to change it.</source>
        <translation>Ensin päätöstä odottavat lähetteet, sitten uusimmat. Avaa ohjaus muuttaaksesi sitä.</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Kaikki palvelut</translation>
    </message>
    <message>
        <source>All regional units</source>
        <translation>Kaikki alueelliset toimintayksiköt</translation>
    </message>
    <message>
        <source>Placements %1 cannot be read: their stored data is damaged. The others are listed; restore a backup to get these back.</source>
        <translation>Ohjauksia %1 ei voi lukea: niiden tallennetut tiedot ovat vioittuneet. Muut ohjaukset näkyvät luettelossa; palauta varmuuskopio saadaksesi nämä takaisin.</translation>
    </message>
    <message>
        <source>Draft %1 was deleted.</source>
        <translation>Luonnos %1 poistettiin.</translation>
    </message>
    <message>
        <source>Export placements</source>
        <translation>Vie ohjaukset</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message>
        <source>Reading the placements…</source>
        <translation>Luetaan ohjauksia…</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Vienti peruutettu: tiedostoa ei kirjoitettu.</translation>
    </message>
    <message>
        <source>Writing the placements…</source>
        <translation>Kirjoitetaan ohjauksia…</translation>
    </message>
    <message>
        <source>Could not write %1 (%2): choose another file.</source>
        <translation>Tiedostoon %1 ei voitu kirjoittaa (%2): valitse toinen tiedosto.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n placement(s) to %1 and the counts to %2.</source>
        <translation>
            <numerusform>Kirjoitettiin %n ohjaus tiedostoon %1 ja määrät tiedostoon %2.</numerusform>
            <numerusform>Kirjoitettiin %n ohjausta tiedostoon %1 ja määrät tiedostoon %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Choose a catalogue file (.json, .json.gz, .zip) or a PTV folder.</source>
        <translation>Valitse palveluluettelotiedosto (.json, .json.gz, .zip) tai PTV-kansio.</translation>
    </message>
    <message>
        <source>Import catalogue</source>
        <translation>Tuo palveluluettelo</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tiedosto:</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Tiedostoa ei ole valittu</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Valitse tiedosto…</translation>
    </message>
    <message>
        <source>Choose PTV folder…</source>
        <translation>Valitse PTV-kansio…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Muoto:</translation>
    </message>
    <message>
        <source>Catalogue file</source>
        <translation>Palveluluettelon tiedosto</translation>
    </message>
    <message>
        <source>The file or folder to import: choose it with the buttons beside.</source>
        <translation>Tuotava tiedosto tai kansio: valitse se viereisillä painikkeilla.</translation>
    </message>
    <message>
        <source>The file&apos;s format: the first choice recognises it from the file.</source>
        <translation>Tiedoston muoto: ensimmäinen vaihtoehto tunnistaa sen tiedostosta.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Havainnot</translation>
    </message>
    <message>
        <source>What the check found in the file: errors stop the import, warnings do not.</source>
        <translation>Mitä tarkistus löysi tiedostosta: virheet estävät tuonnin, varoitukset eivät.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Muutokset</translation>
    </message>
    <message>
        <source>What the import changes in the current catalogue.</source>
        <translation>Mitä tuonti muuttaa nykyisessä palveluluettelossa.</translation>
    </message>
    <message>
        <source>Recognise</source>
        <translation>Tunnista</translation>
    </message>
    <message>
        <source>Native catalogue</source>
        <translation>Oma palveluluettelo</translation>
    </message>
    <message>
        <source>PTV (Open API v11)</source>
        <translation>PTV (Open API v11)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Tuo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>I know where this unsigned file comes from: import it anyway</source>
        <translation>Tiedän, mistä tämä allekirjoittamaton tiedosto on peräisin: tuo se silti</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Luetaan tiedostoa…</translation>
    </message>
    <message>
        <source>Checking the catalogue…</source>
        <translation>Tarkistetaan palveluluetteloa…</translation>
    </message>
    <message>
        <source>Comparing with the current catalogue…</source>
        <translation>Verrataan nykyiseen palveluluetteloon…</translation>
    </message>
    <message>
        <source>Storing the changes…</source>
        <translation>Tallennetaan muutokset…</translation>
    </message>
    <message>
        <source>Updating the search index…</source>
        <translation>Päivitetään hakuhakemisto…</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Vaihe %1/%2: %3</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>noin %1 s jäljellä</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>noin %1 min jäljellä</translation>
    </message>
    <message>
        <source>Choose a catalogue file</source>
        <translation>Valitse palveluluettelotiedosto</translation>
    </message>
    <message>
        <source>Catalogue files (*.json *.json.gz *.gz *.zip);;All files (*)</source>
        <translation>Palveluluettelotiedostot (*.json *.json.gz *.gz *.zip);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Choose a folder of PTV files</source>
        <translation>Valitse PTV-tiedostojen kansio</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Peruutetaan…</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s).</source>
        <translation>%1 virhettä, %2 varoitusta.</translation>
    </message>
    <message>
        <source>This file cannot be imported: correct the errors listed.</source>
        <translation>Tätä tiedostoa ei voi tuoda: korjaa luetellut virheet.</translation>
    </message>
    <message>
        <source>The catalogue already holds exactly this: nothing to do.</source>
        <translation>Palveluluettelossa on jo täsmälleen tämä: ei tehtävää.</translation>
    </message>
    <message>
        <source>Check the changes below; if you accept the unsigned file, tick the box, then choose Import.</source>
        <translation>Tarkista muutokset alta; jos hyväksyt allekirjoittamattoman tiedoston, rastita ruutu ja valitse sitten Tuo.</translation>
    </message>
    <message>
        <source>Check the changes below, then choose Import.</source>
        <translation>Tarkista muutokset alta ja valitse sitten Tuo.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>Imported as catalogue version %1.</source>
        <translation>Tuotu palveluluettelon versioksi %1.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Peruutettu: mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The import failed (%1): nothing was changed.</source>
        <translation>Tuonti epäonnistui (%1): mitään ei muutettu.</translation>
    </message>
</context>
<context>
    <name>Info</name>
    <message>
        <source>Database: %1</source>
        <translation>Tietokanta: %1</translation>
    </message>
    <message>
        <source>No catalogue is installed.</source>
        <translation>Palveluluetteloa ei ole asennettu.</translation>
    </message>
    <message>
        <source>Catalogue: %1 (%2), version %3</source>
        <translation>Palveluluettelo: %1 (%2), versio %3</translation>
    </message>
    <message>
        <source>Valid from: %1</source>
        <translation>Voimassa alkaen: %1</translation>
    </message>
    <message>
        <source>Imported: %1 from %2</source>
        <translation>Tuotu: %1 lähteestä %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln organiser(s)</source>
        <translation>
            <numerusform>%Ln järjestäjä</numerusform>
            <numerusform>%Ln järjestäjää</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln regional unit(s)</source>
        <translation>
            <numerusform>%Ln alueellinen toimintayksikkö</numerusform>
            <numerusform>%Ln alueellista toimintayksikköä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln municipality(ies)</source>
        <translation>
            <numerusform>%Ln kunta</numerusform>
            <numerusform>%Ln kuntaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln service class(es)</source>
        <translation>
            <numerusform>%Ln palveluluokka</numerusform>
            <numerusform>%Ln palveluluokkaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln service(s)</source>
        <translation>
            <numerusform>%Ln palvelu</numerusform>
            <numerusform>%Ln palvelua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln provider(s)</source>
        <translation>
            <numerusform>%Ln tuottaja</numerusform>
            <numerusform>%Ln tuottajaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln location(s)</source>
        <translation>
            <numerusform>%Ln palvelupaikka</numerusform>
            <numerusform>%Ln palvelupaikkaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln offering(s)</source>
        <translation>
            <numerusform>%Ln palvelu palvelupaikassa</numerusform>
            <numerusform>%Ln palvelua palvelupaikoissa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Kieli (Language)</translation>
    </message>
    <message>
        <source>Show Sote Navigator in this language</source>
        <translation>Näytä Sote Navigator tällä kielellä</translation>
    </message>
</context>
<context>
    <name>LineEdit</name>
    <message>
        <source>Clear the text</source>
        <translation>Tyhjennä teksti</translation>
    </message>
</context>
<context>
    <name>Logs</name>
    <message>
        <source>The disk holding the log file %1 is full: Sote Navigator goes on without writing it.</source>
        <translation>Lokitiedoston %1 levy on täynnä: Sote Navigator jatkaa kirjoittamatta lokia.</translation>
    </message>
    <message>
        <source>The log file %1 cannot be written: Sote Navigator goes on without writing it.</source>
        <translation>Lokitiedostoon %1 ei voi kirjoittaa: Sote Navigator jatkaa kirjoittamatta lokia.</translation>
    </message>
</context>
<context>
    <name>Lookup</name>
    <message>
        <source>No municipality is called “%1”.</source>
        <translation>Kuntaa nimeltä ”%1” ei ole.</translation>
    </message>
    <message>
        <source>Did you mean: %1?</source>
        <translation>Tarkoititko: %1?</translation>
    </message>
    <message>
        <source>Check the spelling, or give the municipality code.</source>
        <translation>Tarkista kirjoitusasu tai anna kuntanumero.</translation>
    </message>
    <message>
        <source>%1 merged into %2 on %3.</source>
        <translation>%1 liitettiin kuntaan %2 %3.</translation>
    </message>
    <message>
        <source>Municipality: %1, code %2</source>
        <translation>Kunta: %1, kuntanumero %2</translation>
    </message>
    <message>
        <source>Language status: %1</source>
        <translation>Kielellinen asema: %1</translation>
    </message>
    <message>
        <source>Residents are entitled to services in Finnish and in Swedish.</source>
        <translation>Asukkailla on oikeus palveluihin suomeksi ja ruotsiksi.</translation>
    </message>
    <message>
        <source>Organiser: %1</source>
        <translation>Järjestäjä: %1</translation>
    </message>
    <message>
        <source>Regional unit: %1</source>
        <translation>Alueellinen toimintayksikkö: %1</translation>
    </message>
    <message>
        <source>Åland organises its own social and health care: it is outside the wellbeing services county reform, so no county serves this municipality.</source>
        <translation>Ahvenanmaa järjestää itse sosiaali- ja terveydenhuoltonsa: se ei kuulu hyvinvointialueuudistukseen, joten mikään hyvinvointialue ei palvele tätä kuntaa.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Show Sote Navigator in another language</source>
        <translation>Näytä Sote-navigaattori toisella kielellä</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli (Language)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Start placing a client: the client, the need, the services, the provider and the summary</source>
        <translation>Aloita asiakkaan palveluohjaus: asiakas, tarve, palvelut, tuottaja ja yhteenveto</translation>
    </message>
    <message>
        <source>Import a service catalogue file</source>
        <translation>Tuo palveluluettelotiedosto</translation>
    </message>
    <message>
        <source>Placements saved at this desk, follow-ups first</source>
        <translation>Tällä työpisteellä tallennetut ohjaukset, seurattavat ensin</translation>
    </message>
    <message>
        <source>Sote Navigator</source>
        <translation>Sote Navigator</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Työkalurivi</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Rajaukset</translation>
    </message>
    <message>
        <source>Details of the chosen service, provider or location</source>
        <translation>Valitun palvelun, tuottajan tai palvelupaikan tiedot</translation>
    </message>
    <message>
        <source>Details of the provider chosen from the list</source>
        <translation>Luettelosta valitun tuottajan tiedot</translation>
    </message>
    <message>
        <source>No catalogue is installed.</source>
        <translation>Palveluluetteloa ei ole asennettu.</translation>
    </message>
    <message>
        <source>Catalogue: %1, version %2</source>
        <translation>Palveluluettelo: %1, versio %2</translation>
    </message>
    <message>
        <source>Choose a service, provider or location on the left.</source>
        <translation>Valitse palvelu, tuottaja tai palvelupaikka vasemmalta.</translation>
    </message>
    <message>
        <source>Choose a provider from the list to see its details.</source>
        <translation>Valitse tuottaja luettelosta nähdäksesi sen tiedot.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The client reference</source>
        <translation>Asiakastunniste</translation>
    </message>
    <message>
        <source>The municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>The description of the need</source>
        <translation>Tarpeen kuvaus</translation>
    </message>
    <message>
        <source>The client&apos;s choice</source>
        <translation>Asiakkaan valinta</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Sote Navigator (schema %2; this version reads up to %3): install the newer version, or use another database with --db.</source>
        <translation>Tietokannan %1 on kirjoittanut Sote Navigatorin uudempi versio (skeema %2; tämä versio lukee enintään skeemaa %3): asenna uudempi versio tai käytä toista tietokantaa valitsimella --db.</translation>
    </message>
    <message>
        <source>The file %1 is not a Sote Navigator database: choose another file with --db, or move it away to start with a new database.</source>
        <translation>Tiedosto %1 ei ole Sote Navigatorin tietokanta: valitse toinen tiedosto valitsimella --db tai siirrä tiedosto pois, niin aloitetaan uudella tietokannalla.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to: give yourself write permission there, or choose another place with --db or SOTE_NAVIGATOR_HOME.</source>
        <translation>Kansioon %1 ei voi kirjoittaa: anna itsellesi kirjoitusoikeus kansioon tai valitse toinen paikka valitsimella --db tai muuttujalla SOTE_NAVIGATOR_HOME.</translation>
    </message>
    <message>
        <source>The database %1 is busy in another program for too long: try again in a moment.</source>
        <translation>Tietokanta %1 on liian kauan varattuna toisessa ohjelmassa: yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be changed (it is read-only or locked against changes): reading works, but to save, ask for it to be made writable, or choose another database with --db.</source>
        <translation>Tietokantatiedostoa %1 ei voi muuttaa (se on vain luku -tilassa tai lukittu muutoksilta): lukeminen onnistuu, mutta tallentaaksesi pyydä, että tiedosto tehdään kirjoitettavaksi, tai valitse toinen tietokanta valitsimella --db.</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>sääntö</translation>
    </message>
    <message>
        <source>row security policy</source>
        <translation>rivitason suojaussääntö</translation>
    </message>
    <message>
        <source>The database %1 is an empty file, so its catalogue and placements are gone: restore your latest backup with “sote-navigator restore FILE”, or delete the empty file to start with a new database.</source>
        <translation>Tietokanta %1 on tyhjä tiedosto, joten sen palveluluettelo ja ohjaukset ovat kadonneet: palauta viimeisin varmuuskopiosi komennolla ”sote-navigator restore TIEDOSTO” tai poista tyhjä tiedosto aloittaaksesi uudella tietokannalla.</translation>
    </message>
    <message>
        <source>The database %1 was changed outside Sote Navigator (%2), so it was not opened and nothing was changed: restore your latest backup with “sote-navigator restore FILE”.</source>
        <translation>Tietokantaa %1 on muutettu Sote Navigatorin ulkopuolella (%2), joten sitä ei avattu eikä mitään muutettu: palauta viimeisin varmuuskopiosi komennolla ”sote-navigator restore TIEDOSTO”.</translation>
    </message>
    <message>
        <source>The backup %1 was changed outside Sote Navigator (%2), so nothing was restored: use another backup.</source>
        <translation>Varmuuskopiota %1 on muutettu Sote Navigatorin ulkopuolella (%2), joten mitään ei palautettu: käytä toista varmuuskopiota.</translation>
    </message>
    <message>
        <source>Placements in the backup %1 cannot be read (%2 of them, the first is number %3), so nothing was restored: use another backup.</source>
        <translation>Varmuuskopion %1 ohjauksia ei voi lukea (%2 kpl, ensimmäinen on numero %3), joten mitään ei palautettu: käytä toista varmuuskopiota.</translation>
    </message>
    <message>
        <source>Placement %1 is damaged: its stored %2 cannot be read. The other placements are not affected; restore a backup to get this one back.</source>
        <translation>Ohjaus %1 on vioittunut: sen tallennettua kenttää %2 ei voi lukea. Muut ohjaukset eivät ole vioittuneet; palauta varmuuskopio saadaksesi tämän takaisin.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2): restore your latest backup with “sote-navigator restore FILE”; the damaged file is kept beside it.</source>
        <translation>Tietokanta %1 on vioittunut (%2): palauta viimeisin varmuuskopiosi komennolla ”sote-navigator restore TIEDOSTO”; vioittunut tiedosto säilytetään sen vieressä.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full (%2 free): free at least %3 there and try again; nothing was changed.</source>
        <translation>Levy, jolla %1 on, on täynnä (%2 vapaana): vapauta sieltä vähintään %3 ja yritä uudelleen; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>Reading or writing %1 failed (%2): check the disk or the network folder and try again; nothing was changed.</source>
        <translation>Tiedoston %1 lukeminen tai kirjoittaminen epäonnistui (%2): tarkista levy tai verkkokansio ja yritä uudelleen; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The built-in default catalogue is missing from this installation: reinstall Sote Navigator, or import a catalogue file.</source>
        <translation>Sisäänrakennettu oletuspalveluluettelo puuttuu tästä asennuksesta: asenna Sote Navigator uudelleen tai tuo palveluluettelotiedosto.</translation>
    </message>
    <message>
        <source>There is no database at %1 yet, so there is nothing to back up.</source>
        <translation>Sijainnissa %1 ei vielä ole tietokantaa, joten varmuuskopioitavaa ei ole.</translation>
    </message>
    <message>
        <source>The file %1 does not exist: check the name and the folder.</source>
        <translation>Tiedostoa %1 ei ole: tarkista nimi ja kansio.</translation>
    </message>
    <message>
        <source>%1 is the database itself: choose another file name for the copy.</source>
        <translation>%1 on itse tietokanta: valitse kopiolle toinen tiedostonimi.</translation>
    </message>
    <message>
        <source>The file %1 is not a Sote Navigator database, so nothing was restored: choose a file made with the backup command.</source>
        <translation>Tiedosto %1 ei ole Sote Navigatorin tietokanta, joten mitään ei palautettu: valitse backup-komennolla tehty tiedosto.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2), so nothing was restored: use an older backup.</source>
        <translation>Varmuuskopio %1 on vioittunut (%2), joten mitään ei palautettu: käytä vanhempaa varmuuskopiota.</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of Sote Navigator (schema %2; this version reads up to %3), so nothing was restored: install the newer version first.</source>
        <translation>Varmuuskopion %1 on tehnyt Sote Navigatorin uudempi versio (skeema %2; tämä versio lukee enintään skeemaa %3), joten mitään ei palautettu: asenna ensin uudempi versio.</translation>
    </message>
    <message>
        <source>Sote Navigator is open on %1: close its window first, then restore again.</source>
        <translation>Sote Navigator on auki tietokannalla %1: sulje sen ikkuna ensin ja palauta sitten uudelleen.</translation>
    </message>
    <message>
        <source>No municipality is called “%1”.</source>
        <translation>Kuntaa nimeltä ”%1” ei ole.</translation>
    </message>
    <message>
        <source>There is no catalogue version %1: see the version numbers with “catalogue history”.</source>
        <translation>Palveluluettelon versiota %1 ei ole: katso versionumerot komennolla ”catalogue history”.</translation>
    </message>
    <message>
        <source>There is no earlier catalogue version to go back to: nothing was changed.</source>
        <translation>Aiempaa palveluluettelon versiota, johon palata, ei ole: mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The catalogue was changed by another import while this one was being checked: nothing was written; run the import again.</source>
        <translation>Toinen tuonti muutti palveluluetteloa tämän tarkistuksen aikana: mitään ei kirjoitettu; aja tuonti uudelleen.</translation>
    </message>
    <message>
        <source>%1 holds a personal identity code (or something shaped like one): nothing was saved. Leave it out; the placement record takes only a pseudonymous client reference.</source>
        <translation>%1 sisältää henkilötunnuksen (tai sen muotoisen merkkijonon): mitään ei tallennettu. Jätä se pois; ohjauskirjaukseen saa merkitä vain asiakkaan pseudonyymin tunnisteen.</translation>
    </message>
    <message>
        <source>Sote Navigator cannot open the database %1: give --db a file path, or a database URL of the form %2.</source>
        <translation>Sote Navigator ei voi avata tietokantaa %1: anna valitsimelle --db tiedostopolku tai tietokannan URL-osoite muodossa %2.</translation>
    </message>
    <message>
        <source>The catalogue %1 is not signed (there is no %2 beside it), so nothing was imported: ask the publisher for the signature file, or, if you know where the file comes from, import it with --allow-unsigned.</source>
        <translation>Palveluluetteloa %1 ei ole allekirjoitettu (sen vieressä ei ole tiedostoa %2), joten mitään ei tuotu: pyydä julkaisijalta allekirjoitustiedosto tai, jos tiedät mistä tiedosto on peräisin, tuo se valitsimella --allow-unsigned.</translation>
    </message>
    <message>
        <source>The catalogue %1 was changed after it was signed (its signature %2 does not match it), so nothing was imported and the current catalogue stays: get the file and its signature again from the publisher.</source>
        <translation>Palveluluetteloa %1 on muutettu allekirjoittamisen jälkeen (sen allekirjoitus %2 ei vastaa sitä), joten mitään ei tuotu ja nykyinen palveluluettelo pysyy: hae tiedosto ja sen allekirjoitus uudelleen julkaisijalta.</translation>
    </message>
    <message>
        <source>The catalogue %1 is signed with a key this desk does not trust (fingerprint %2), so nothing was imported and the current catalogue stays: if the key is your publisher&apos;s, get its public key from them and add it with “sote-navigator catalogue trust FILE.pub” (it goes to %3).</source>
        <translation>Palveluluettelo %1 on allekirjoitettu avaimella, johon tämä työasema ei luota (sormenjälki %2), joten mitään ei tuotu ja nykyinen palveluluettelo pysyy: jos avain on julkaisijasi, pyydä heiltä julkinen avain ja lisää se komennolla ”sote-navigator catalogue trust FILE.pub” (se tallentuu kansioon %3).</translation>
    </message>
    <message>
        <source>The signature file %1 is damaged or not a Sote Navigator signature, so nothing was imported: get it again from the publisher.</source>
        <translation>Allekirjoitustiedosto %1 on vioittunut tai ei ole Sote Navigatorin allekirjoitus, joten mitään ei tuotu: hae se uudelleen julkaisijalta.</translation>
    </message>
    <message>
        <source>The file %1 holds no Ed25519 key of the kind needed here: give the private key (made by “catalogue keygen”) to sign, and the public key (.pub) to trust.</source>
        <translation>Tiedostossa %1 ei ole tähän tarvittavaa Ed25519-avainta: anna allekirjoittamiseen yksityinen avain (komennon ”catalogue keygen” luoma) ja luottamiseen julkinen avain (.pub).</translation>
    </message>
    <message>
        <source>The file %1 already exists and was left as it is: choose another name, or move the old file away first.</source>
        <translation>Tiedosto %1 on jo olemassa, eikä siihen koskettu: valitse toinen nimi tai siirrä vanha tiedosto ensin pois.</translation>
    </message>
    <message>
        <source>The database server of %1 cannot be reached or refused the connection (%2): check the network and the address, or ask the region&apos;s IT staff; nothing was changed.</source>
        <translation>Tietokannan %1 palvelimeen ei saada yhteyttä tai se torjui yhteyden (%2): tarkista verkko ja osoite tai käänny alueen IT-tuen puoleen; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The database server of %1 refused the operation (%2): nothing was changed; ask the region&apos;s IT staff if it happens again.</source>
        <translation>Tietokannan %1 palvelin torjui toimenpiteen (%2): mitään ei muutettu; käänny alueen IT-tuen puoleen, jos näin käy uudelleen.</translation>
    </message>
    <message>
        <source>The database %1 is on a database server: back it up and restore it with the server&apos;s own tools (%2, see the README), not with this command.</source>
        <translation>Tietokanta %1 on tietokantapalvelimella: varmuuskopioi ja palauta se palvelimen omilla työkaluilla (%2, ks. README), ei tällä komennolla.</translation>
    </message>
    <message>
        <source>The database user %1 may not import or roll back the catalogue of %2: that right belongs to the catalogue maintainer role (%3). Ask the region&apos;s catalogue maintainer to do it, or the region&apos;s IT staff for the role; nothing was changed.</source>
        <translation>Tietokannan käyttäjällä %1 ei ole oikeutta tuoda tai palauttaa tietokannan %2 palveluluetteloa: oikeus kuuluu palveluluettelon ylläpitäjän roolille (%3). Pyydä alueen palveluluettelon ylläpitäjää tekemään se tai alueen IT-tukea antamaan rooli; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The database address %1 holds a password: a password on the command line or in the settings is seen by other programs and kept in the shell history. Remove it from the address and put it in the environment variable PGPASSWORD or in the password file ~/.pgpass; nothing was opened.</source>
        <translation>Tietokannan osoitteessa %1 on salasana: komentorivin tai asetusten salasanan näkevät muut ohjelmat, ja se jää komentohistoriaan. Poista se osoitteesta ja anna se ympäristömuuttujassa PGPASSWORD tai salasanatiedostossa ~/.pgpass; mitään ei avattu.</translation>
    </message>
    <message>
        <source>The database %1 is a file on this computer: roles and rights are set up on a region&apos;s PostgreSQL database (--db postgresql://USER@HOST/NAME).</source>
        <translation>Tietokanta %1 on tiedosto tällä tietokoneella: roolit ja oikeudet määritetään alueen PostgreSQL-tietokantaan (--db postgresql://USER@HOST/NAME).</translation>
    </message>
    <message>
        <source>The database %1 on the server was changed outside Sote Navigator (%2), so it was not used and nothing was changed: ask the region&apos;s IT staff to undo the change or to restore the database from the server&apos;s backup (pg_restore).</source>
        <translation>Palvelimen tietokantaa %1 on muutettu Sote Navigatorin ulkopuolella (%2), joten sitä ei käytetty eikä mitään muutettu: pyydä alueen IT-tukea perumaan muutos tai palauttamaan tietokanta palvelimen varmuuskopiosta (pg_restore).</translation>
    </message>
    <message>
        <source>The database user %2 has no right to do this in %1 (a desk may read the catalogue and save placements, not delete them): ask the region&apos;s IT staff if you need it; nothing was changed.</source>
        <translation>Tietokannan käyttäjällä %2 ei ole oikeutta tähän tietokannassa %1 (palvelupiste voi lukea palveluluetteloa ja tallentaa ohjauksia, ei poistaa niitä): pyydä oikeutta tarvittaessa alueen IT-tuelta; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>No region database is named: give --region postgresql://USER@HOST/NAME, or set location= under [region] in %1; nothing was synced.</source>
        <translation>Alueen tietokantaa ei ole annettu: anna --region postgresql://KÄYTTÄJÄ@PALVELIN/NIMI tai aseta location= [region]-kohtaan tiedostossa %1; mitään ei synkronoitu.</translation>
    </message>
    <message>
        <source>The region&apos;s address %1 holds a password: leave it out, and put the password in PGPASSWORD or in the PostgreSQL password file (~/.pgpass); nothing was synced.</source>
        <translation>Alueen osoitteessa %1 on salasana: jätä se pois ja anna salasana PGPASSWORD-muuttujassa tai PostgreSQLin salasanatiedostossa (~/.pgpass); mitään ei synkronoitu.</translation>
    </message>
    <message>
        <source>Nothing was found for “%1”.</source>
        <translation>Haulla ”%1” ei löytynyt mitään.</translation>
    </message>
    <message>
        <source>The catalogue file %1 is not valid: %2</source>
        <translation>Palveluluettelotiedosto %1 ei kelpaa: %2</translation>
    </message>
    <message>
        <source>table</source>
        <translation>taulu</translation>
    </message>
    <message>
        <source>index</source>
        <translation>indeksi</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>liipaisin</translation>
    </message>
    <message>
        <source>view</source>
        <translation>näkymä</translation>
    </message>
    <message>
        <source>the %1 “%2” is missing</source>
        <translation>%1 ”%2” puuttuu</translation>
    </message>
    <message>
        <source>the %1 “%2” was altered</source>
        <translation>%1 ”%2” on muutettu</translation>
    </message>
    <message>
        <source>a %1 “%2” that is not Sote Navigator’s</source>
        <translation>%1 ”%2”, joka ei kuulu Sote Navigatoriin</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mt</translation>
    </message>
</context>
<context>
    <name>MunicipalityField</name>
    <message>
        <source>&amp;Municipality (name or code):</source>
        <translation>K&amp;otikunta (nimi tai koodi):</translation>
    </message>
    <message>
        <source>e.g. Porvoo, Borgå or 638</source>
        <translation>esim. Porvoo, Borgå tai 638</translation>
    </message>
    <message>
        <source>The client&apos;s home municipality</source>
        <translation>Asiakkaan kotikunta</translation>
    </message>
    <message>
        <source>Type a municipality&apos;s Finnish or Swedish name or its code, then press Enter or choose a suggestion. Escape clears it.</source>
        <translation>Kirjoita kunnan suomen- tai ruotsinkielinen nimi tai koodi ja paina Enter tai valitse ehdotus. Esc tyhjentää.</translation>
    </message>
    <message>
        <source>Postal &amp;code (optional):</source>
        <translation>Postinu&amp;mero (vapaaehtoinen):</translation>
    </message>
    <message>
        <source>nearest places first</source>
        <translation>lähimmät paikat ensin</translation>
    </message>
    <message>
        <source>The client&apos;s postal code</source>
        <translation>Asiakkaan postinumero</translation>
    </message>
    <message>
        <source>Organiser:</source>
        <translation>Järjestäjä:</translation>
    </message>
    <message>
        <source>Regional unit:</source>
        <translation>Alueellinen toimintayksikkö:</translation>
    </message>
    <message>
        <source>Language status:</source>
        <translation>Kielellinen asema:</translation>
    </message>
    <message>
        <source>Entitled to service in Swedish</source>
        <translation>Oikeus palveluun ruotsiksi</translation>
    </message>
    <message>
        <source>%1 merged into %2 on %3.</source>
        <translation>%1 liitettiin kuntaan %2 %3.</translation>
    </message>
    <message>
        <source>Outside the reform: this region organises its own social and health care.</source>
        <translation>Uudistuksen ulkopuolella: alue järjestää itse sosiaali- ja terveyspalvelunsa.</translation>
    </message>
    <message>
        <source>No municipality chosen: showing the whole country.</source>
        <translation>Kuntaa ei ole valittu: näytetään koko maa.</translation>
    </message>
    <message>
        <source>No municipality is called “%1”.</source>
        <translation>Kuntaa nimeltä ”%1” ei ole.</translation>
    </message>
    <message>
        <source>Did you mean: %1?</source>
        <translation>Tarkoititko: %1?</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Tuottaja</translation>
    </message>
    <message>
        <source>Service location</source>
        <translation>Palvelupaikka</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>englanti</translation>
    </message>
    <message>
        <source>Sami</source>
        <translation>saame</translation>
    </message>
    <message>
        <source>service in Swedish</source>
        <translation>palvelu ruotsiksi</translation>
    </message>
    <message>
        <source>open evenings</source>
        <translation>auki iltaisin</translation>
    </message>
    <message>
        <source>open weekends</source>
        <translation>auki viikonloppuisin</translation>
    </message>
    <message>
        <source>accessible premises</source>
        <translation>esteettömät tilat</translation>
    </message>
    <message>
        <source>voucher accepted</source>
        <translation>palveluseteli käy</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>suljettu %1</translation>
    </message>
    <message>
        <source>%1 by appointment only</source>
        <translation>%1 vain ajanvarauksella</translation>
    </message>
    <message>
        <source>open now</source>
        <translation>auki nyt</translation>
    </message>
    <message>
        <source>closed now</source>
        <translation>kiinni nyt</translation>
    </message>
    <message>
        <source>Client voucher</source>
        <translation>Asiakasseteli</translation>
    </message>
    <message>
        <source>Service voucher</source>
        <translation>Palveluseteli</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>ei tiedossa</translation>
    </message>
    <message>
        <source>free of charge</source>
        <translation>maksuton</translation>
    </message>
    <message>
        <source>client fee</source>
        <translation>asiakasmaksu</translation>
    </message>
    <message>
        <source>income-based client fee</source>
        <translation>tulosidonnainen asiakasmaksu</translation>
    </message>
    <message>
        <source>[information from %1: check]</source>
        <translation>[tietojen ajankohta %1: tarkista]</translation>
    </message>
    <message>
        <source>Information from %1: check before sending the client.</source>
        <translation>Tietojen ajankohta %1: tarkista ennen kuin ohjaat asiakkaan.</translation>
    </message>
    <message>
        <source>Information verified %1.</source>
        <translation>Tiedot tarkistettu %1.</translation>
    </message>
    <message>
        <source>When the information was checked is not known.</source>
        <translation>Tietojen tarkistusajankohta ei ole tiedossa.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Lähde: %1</translation>
    </message>
</context>
<context>
    <name>NeedPage</name>
    <message>
        <source>Need</source>
        <translation>Tarve</translation>
    </message>
    <message>
        <source>Describe the need in a few words, in Finnish, Swedish or English, or pick a service class.</source>
        <translation>Kuvaa tarve muutamalla sanalla suomeksi, ruotsiksi tai englanniksi, tai valitse palveluluokka.</translation>
    </message>
    <message>
        <source>Need:</source>
        <translation>Tarve:</translation>
    </message>
    <message>
        <source>or service class:</source>
        <translation>tai palveluluokka:</translation>
    </message>
    <message>
        <source>e.g. home care, hemvård, hammashoitola</source>
        <translation>esim. kotihoito, hemvård, hammashoitola</translation>
    </message>
    <message>
        <source>A national service class, instead of words.</source>
        <translation>Kansallinen palveluluokka sanojen sijaan.</translation>
    </message>
    <message>
        <source>Services the need finds</source>
        <translation>Tarpeella löytyvät palvelut</translation>
    </message>
    <message>
        <source>A preview: the next page checks which of them fit the client.</source>
        <translation>Esikatselu: seuraava sivu tarkistaa, mitkä niistä sopivat asiakkaalle.</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) match:</source>
        <translation>
            <numerusform>%n palvelu sopii:</numerusform>
            <numerusform>%n palvelua sopii:</numerusform>
        </translation>
    </message>
    <message>
        <source>Describe the need, or pick a service class.</source>
        <translation>Kuvaa tarve tai valitse palveluluokka.</translation>
    </message>
</context>
<context>
    <name>OfferingListView</name>
    <message>
        <source>Providers</source>
        <translation>Tuottajat</translation>
    </message>
    <message>
        <source>Offerings for the chosen municipality and filters; choose one for details</source>
        <translation>Valitun kunnan ja rajausten mukaiset tarjonnat; valitse yksi nähdäksesi tiedot</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) serving %1</source>
        <translation>
            <numerusform>%n tuottaja palvelee: %1</numerusform>
            <numerusform>%n tuottajaa palvelee: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) in the whole country</source>
        <translation>
            <numerusform>%n tuottaja koko maassa</numerusform>
            <numerusform>%n tuottajaa koko maassa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) offered</source>
        <translation>
            <numerusform>%n palvelu tarjolla</numerusform>
            <numerusform>%n palvelua tarjolla</numerusform>
        </translation>
    </message>
    <message>
        <source>No place to visit: the service is reached by phone or online.</source>
        <translation>Ei käyntipaikkaa: palveluun asioidaan puhelimitse tai verkossa.</translation>
    </message>
    <message>
        <source>Nothing here matches the municipality and filters.</source>
        <translation>Mikään ei vastaa kuntaa ja rajauksia.</translation>
    </message>
    <message>
        <source>The catalogue lists no providers for this.</source>
        <translation>Palveluluettelossa ei ole tälle tuottajia.</translation>
    </message>
    <message>
        <source>Ways in by phone or online:</source>
        <translation>Asiointi puhelimitse tai verkossa:</translation>
    </message>
    <message>
        <source>Only the first offerings are shown: choose a municipality.</source>
        <translation>Vain ensimmäiset näytetään: valitse kunta.</translation>
    </message>
    <message>
        <source>Nearest first: distances from the client&apos;s postal area %1.</source>
        <translation>Lähimmät ensin: etäisyydet asiakkaan postinumeroalueelta %1.</translation>
    </message>
    <message>
        <source>Nearest first: distances from the centre of %1, the client&apos;s home municipality.</source>
        <translation>Lähimmät ensin: etäisyydet asiakkaan kotikunnan (%1) keskustasta.</translation>
    </message>
</context>
<context>
    <name>OfferingTableModel</name>
    <message>
        <source>Location and provider</source>
        <translation>Palvelupaikka ja tuottaja</translation>
    </message>
    <message>
        <source>Service and location</source>
        <translation>Palvelu ja palvelupaikka</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Etäisyys</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Kielet</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Lisätiedot</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nyt</translation>
    </message>
    <message>
        <source>under 1 km</source>
        <translation>alle 1 km</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>(no fixed location)</source>
        <translation>(ei kiinteää paikkaa)</translation>
    </message>
</context>
<context>
    <name>OtherVerdicts</name>
    <message>
        <source>Other services found</source>
        <translation>Muut löytyneet palvelut</translation>
    </message>
    <message>
        <source>The other services the search found, with their verdicts; choose one to see it</source>
        <translation>Haun löytämät muut palvelut ratkaisuineen; valitse palvelu nähdäksesi sen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Place</name>
    <message>
        <source>Ways in by phone or online:</source>
        <translation>Asiointi puhelimitse tai verkossa:</translation>
    </message>
    <message numerus="yes">
        <source>Choice set, best first (%n provider(s)):</source>
        <translation>
            <numerusform>Valittavissa, paras ensin (%n tuottaja):</numerusform>
            <numerusform>Valittavissa, paras ensin (%n tuottajaa):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more, ranked lower (list them with --all-providers).</source>
        <translation>
            <numerusform>… ja %n muu alempana (luettele se valitsimella --all-providers).</numerusform>
            <numerusform>… ja %n muuta alempana (luettele ne valitsimella --all-providers).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With a referral, treated by (%n provider(s)):</source>
        <translation>
            <numerusform>Lähetteellä hoitaa (%n tuottaja):</numerusform>
            <numerusform>Lähetteellä hoitaa (%n tuottajaa):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Provided by the client&apos;s own unit, not chosen (%n provider(s)):</source>
        <translation>
            <numerusform>Tuottaa asiakkaan oma yksikkö, ei valittavissa (%n tuottaja):</numerusform>
            <numerusform>Tuottaa asiakkaan oma yksikkö, ei valittavissa (%n tuottajaa):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Client: %1 years, service language %2</source>
        <translation>Asiakas: %1 vuotta, asiointikieli %2</translation>
    </message>
    <message>
        <source>Need: %1</source>
        <translation>Tarve: %1</translation>
    </message>
</context>
<context>
    <name>Placement</name>
    <message>
        <source>draft</source>
        <translation>luonnos</translation>
    </message>
    <message>
        <source>referred</source>
        <translation>lähete tehty</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>päätös tehty</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>peruttu</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>kielteinen päätös</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>kiireellinen</translation>
    </message>
    <message>
        <source>home visits</source>
        <translation>kotikäynnit</translation>
    </message>
    <message>
        <source>accessible premises</source>
        <translation>esteettömät tilat</translation>
    </message>
    <message>
        <source>evening or weekend hours</source>
        <translation>ilta- tai viikonloppuajat</translation>
    </message>
    <message>
        <source>Needs: %1</source>
        <translation>Erityistarpeet: %1</translation>
    </message>
    <message>
        <source>Home municipality: %1</source>
        <translation>Kotikunta: %1</translation>
    </message>
    <message>
        <source>Organiser: %1</source>
        <translation>Järjestäjä: %1</translation>
    </message>
    <message>
        <source>Regional unit: %1</source>
        <translation>Alueellinen toimintayksikkö: %1</translation>
    </message>
    <message>
        <source>Age: %1</source>
        <translation>Ikä: %1</translation>
    </message>
    <message>
        <source>Service language: %1</source>
        <translation>Asiointikieli: %1</translation>
    </message>
    <message>
        <source>Need: %1</source>
        <translation>Tarve: %1</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>ei tiedossa</translation>
    </message>
    <message>
        <source>Opening hours: %1</source>
        <translation>Aukioloajat: %1</translation>
    </message>
    <message>
        <source>the premises are not accessible</source>
        <translation>tilat eivät ole esteettömät</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>ei ilmoitettu</translation>
    </message>
    <message>
        <source>Accessibility: %1</source>
        <translation>Esteettömyys: %1</translation>
    </message>
    <message>
        <source>Service languages: %1</source>
        <translation>Palvelukielet: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Osoite: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Puhelin: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>Sähköposti: %1</translation>
    </message>
    <message>
        <source>Web: %1</source>
        <translation>Verkko: %1</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Tuottaja</translation>
    </message>
    <message>
        <source>No provider has been chosen yet.</source>
        <translation>Tuottajaa ei ole vielä valittu.</translation>
    </message>
    <message>
        <source>Ranked %1 of %2 in the choice set.</source>
        <translation>Sijalla %1 / %2 valittavista.</translation>
    </message>
    <message>
        <source>The client&apos;s own words: %1</source>
        <translation>Asiakkaan omin sanoin: %1</translation>
    </message>
    <message>
        <source>Provider chosen by the client</source>
        <translation>Asiakkaan valitsema tuottaja</translation>
    </message>
    <message>
        <source>Client fee: free of charge, as the catalogue says.</source>
        <translation>Asiakasmaksu: maksuton palveluluettelon mukaan.</translation>
    </message>
    <message>
        <source>Client fee: not known in the catalogue: %1 tells the fee.</source>
        <translation>Asiakasmaksu: ei tiedossa palveluluettelossa; maksun kertoo %1.</translation>
    </message>
    <message>
        <source>Fees and vouchers</source>
        <translation>Maksut ja palvelusetelit</translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>ja %n muu.</numerusform>
            <numerusform>ja %n muuta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Other providers offered</source>
        <translation>Muut tarjotut tuottajat</translation>
    </message>
    <message>
        <source>First confirm that the client belongs to the group the service is for (see the reasons above); if not, ask the service guidance about other services.</source>
        <translation>Varmista ensin, että asiakas kuuluu palvelun kohderyhmään (ks. perustelut edellä); jos ei kuulu, kysy palveluohjauksesta muita palveluja.</translation>
    </message>
    <message>
        <source>Call %1: %2 (%3).</source>
        <translation>Soita: %1, %2 (%3).</translation>
    </message>
    <message>
        <source>Contact %1 to book a time: %2.</source>
        <translation>Varaa aika tuottajalta %1: %2.</translation>
    </message>
    <message>
        <source>Contact %1 to book a time.</source>
        <translation>Varaa aika tuottajalta %1.</translation>
    </message>
    <message>
        <source>The organiser&apos;s service guidance contacts the client for a service-need assessment.</source>
        <translation>Järjestäjän palveluohjaus ottaa asiakkaaseen yhteyttä palvelutarpeen arviointia varten.</translation>
    </message>
    <message>
        <source>An official of the organiser makes an authority decision on the service.</source>
        <translation>Järjestäjän viranhaltija tekee palvelusta viranomaispäätöksen.</translation>
    </message>
    <message>
        <source>With the decision the client receives a %1 and gives it to %2, who agrees with the client on the start of the service.</source>
        <translation>Päätöksen myötä asiakas saa: %1. Asiakas antaa sen tuottajalle %2, joka sopii asiakkaan kanssa palvelun aloittamisesta.</translation>
    </message>
    <message>
        <source>After the decision, %1 agrees with the client on the start of the service.</source>
        <translation>Päätöksen jälkeen %1 sopii asiakkaan kanssa palvelun aloittamisesta.</translation>
    </message>
    <message>
        <source>Book an appointment with a doctor at the client&apos;s sote-keskus to get a referral.</source>
        <translation>Varaa lähetettä varten aika lääkärille asiakkaan sote-keskukseen.</translation>
    </message>
    <message>
        <source>With the referral, %1 contacts the client with an appointment.</source>
        <translation>Lähetteen perusteella %1 ottaa asiakkaaseen yhteyttä ja antaa ajan.</translation>
    </message>
    <message>
        <source>Contact the municipality of %1 about this service.</source>
        <translation>Ota tästä palvelusta yhteyttä kotikuntaan (%1).</translation>
    </message>
    <message>
        <source>Contact the organiser&apos;s own social and health services (%1) about this service.</source>
        <translation>Ota tästä palvelusta yhteyttä järjestäjän omiin sosiaali- ja terveyspalveluihin (%1).</translation>
    </message>
    <message>
        <source>The client is not eligible for this service (see the reasons above): ask the service guidance about other services.</source>
        <translation>Asiakas ei ole oikeutettu tähän palveluun (ks. perustelut edellä): kysy palveluohjauksesta muita palveluja.</translation>
    </message>
    <message>
        <source>Ask for an interpreter (%1) when booking.</source>
        <translation>Pyydä tulkki (%1) aikaa varatessa.</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Päivämäärä: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Tila: %1</translation>
    </message>
    <message>
        <source>Client reference: %1</source>
        <translation>Asiakastunniste: %1</translation>
    </message>
    <message>
        <source>the service catalogue</source>
        <translation>palveluluettelo</translation>
    </message>
    <message>
        <source>The information is from %1, version %2, valid from %3.</source>
        <translation>Tiedot: %1, versio %2, voimassa %3 alkaen.</translation>
    </message>
    <message>
        <source>The information is from %1, version %2.</source>
        <translation>Tiedot: %1, versio %2.</translation>
    </message>
    <message>
        <source>Made by the service guidance with Sote Navigator. Check times and fees with the provider.</source>
        <translation>Laatinut palveluohjaus Sote-navigaattorilla. Tarkista ajat ja maksut tuottajalta.</translation>
    </message>
    <message>
        <source>About this summary</source>
        <translation>Tietoa yhteenvedosta</translation>
    </message>
    <message>
        <source>%1: the catalogue&apos;s example records are not real providers.</source>
        <translation>%1: luettelon esimerkkitiedot eivät ole todellisia tuottajia.</translation>
    </message>
    <message>
        <source>Placement summary</source>
        <translation>Palveluohjauksen yhteenveto</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Seuraavat vaiheet</translation>
    </message>
    <message>
        <source>Counsellor&apos;s notes</source>
        <translation>Palveluohjaajan muistiinpanot</translation>
    </message>
    <message>
        <source>%1 organises its own social and health care: contact its services</source>
        <translation>%1 järjestää itse sosiaali- ja terveyspalvelunsa: ota yhteyttä sen palveluihin</translation>
    </message>
    <message>
        <source>The client&apos;s home region</source>
        <translation>Asiakkaan kotimaakunta</translation>
    </message>
    <message>
        <source>Eligible: direct access</source>
        <translation>Oikeutettu: suoraan hakeuduttava</translation>
    </message>
    <message>
        <source>Eligible after a service-need assessment and an authority decision</source>
        <translation>Oikeutettu palvelutarpeen arvioinnin ja viranomaispäätöksen jälkeen</translation>
    </message>
    <message>
        <source>Needs a referral</source>
        <translation>Vaatii lähetteen</translation>
    </message>
    <message>
        <source>Municipal service: contact the municipality</source>
        <translation>Kunnan palvelu: ota yhteyttä kuntaan</translation>
    </message>
    <message>
        <source>Only for a client group: check first</source>
        <translation>Vain kohderyhmälle: tarkista ensin</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Ei oikeutettu</translation>
    </message>
    <message>
        <source>%1–%2 years</source>
        <translation>%1–%2 vuotta</translation>
    </message>
    <message>
        <source>%1 years or over</source>
        <translation>vähintään %1 vuotta</translation>
    </message>
    <message>
        <source>up to %1 years</source>
        <translation>enintään %1 vuotta</translation>
    </message>
    <message>
        <source>The client may choose a voucher provider with a %1 or the organiser&apos;s own production: %2.</source>
        <translation>Asiakas voi valita tuottajan, jolle käy %1, tai järjestäjän oman tuotannon: %2.</translation>
    </message>
    <message>
        <source>A %1 is in use for this service, but the catalogue lists no voucher provider serving the client: %2.</source>
        <translation>Palvelussa on käytössä %1, mutta luettelossa ei ole asiakasta palvelevaa palvelusetelituottajaa: %2.</translation>
    </message>
    <message>
        <source>%1 is bilingual: the client has the right to be served in %2.</source>
        <translation>%1 on kaksikielinen kunta: asiakkaalla on oikeus palveluun omalla kielellään (%2).</translation>
    </message>
    <message>
        <source>The client is served in %1, the language of %2.</source>
        <translation>Asiakasta palvellaan kotikunnan (%2) kielellä (%1).</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Lähde: %1.</translation>
    </message>
    <message>
        <source>Information from %1: check before sending the client.</source>
        <translation>Tietojen ajankohta %1: tarkista ennen kuin ohjaat asiakkaan.</translation>
    </message>
    <message>
        <source>Information verified %1.</source>
        <translation>Tiedot tarkistettu %1.</translation>
    </message>
    <message>
        <source>Under 1 km from the client&apos;s postal area (%1).</source>
        <translation>Alle 1 km asiakkaan postinumeroalueelta (%1).</translation>
    </message>
    <message>
        <source>%1 km from the client&apos;s postal area (%2).</source>
        <translation>%1 km asiakkaan postinumeroalueelta (%2).</translation>
    </message>
    <message>
        <source>Under 1 km from the centre of %1, the client&apos;s home municipality.</source>
        <translation>Alle 1 km asiakkaan kotikunnan (%1) keskustasta.</translation>
    </message>
    <message>
        <source>%1 km from the centre of %2, the client&apos;s home municipality.</source>
        <translation>%1 km asiakkaan kotikunnan (%2) keskustasta.</translation>
    </message>
    <message>
        <source>Serves in %1, as is the client&apos;s right.</source>
        <translation>Palvelee asiakkaan kielellä (%1), kuten asiakkaalla on oikeus.</translation>
    </message>
    <message>
        <source>Serves in %1.</source>
        <translation>Palvelee asiakkaan kielellä (%1).</translation>
    </message>
    <message>
        <source>%1 is not bilingual, so service in %2 is not a right there; providers serving in %2 are still ranked first.</source>
        <translation>%1 ei ole kaksikielinen, joten palvelu asiakkaan kielellä (%2) ei ole siellä oikeus; kielellä %2 palvelevat tuottajat järjestetään silti ensin.</translation>
    </message>
    <message>
        <source>The client needs an interpreter (%1): mention it when booking, so that one is arranged.</source>
        <translation>Asiakas tarvitsee tulkin (%1): kerro siitä aikaa varatessa, jotta tulkki järjestetään.</translation>
    </message>
    <message>
        <source>Urgent: call the on-call medical helpline 116117 first; in an emergency, call 112.</source>
        <translation>Kiireellinen: soita ensin päivystysapuun 116117; hätätilanteessa soita 112.</translation>
    </message>
    <message>
        <source>The home municipality is not known, so the organiser is not known either.</source>
        <translation>Kotikuntaa ei tiedetä, joten järjestäjääkään ei tiedetä.</translation>
    </message>
    <message>
        <source>The client can contact the service directly: no referral or decision is needed.</source>
        <translation>Asiakas voi hakeutua palveluun suoraan: lähetettä tai päätöstä ei tarvita.</translation>
    </message>
    <message>
        <source>A service-need assessment comes first; an official of the organiser then makes an authority decision.</source>
        <translation>Ensin tehdään palvelutarpeen arviointi; sen jälkeen järjestäjän viranhaltija tekee viranomaispäätöksen.</translation>
    </message>
    <message>
        <source>A doctor&apos;s referral is needed: the route is through a doctor at the client&apos;s sote-keskus (social and health centre).</source>
        <translation>Tarvitaan lääkärin lähete: reitti kulkee asiakkaan sote-keskuksen lääkärin kautta.</translation>
    </message>
    <message>
        <source>This is a service of the municipality, not of the wellbeing services county: contact the municipality of %1.</source>
        <translation>Tämä on kunnan palvelu, ei hyvinvointialueen: ota yhteyttä kotikuntaan (%1).</translation>
    </message>
    <message>
        <source>%1 organises its own social and health care, outside the wellbeing services county reform: contact its own services.</source>
        <translation>%1 järjestää itse sosiaali- ja terveydenhuoltonsa hyvinvointialueuudistuksen ulkopuolella: ota yhteyttä sen omiin palveluihin.</translation>
    </message>
    <message>
        <source>The service is for clients aged %1 or over; the client is %2.</source>
        <translation>Palvelu on vähintään %1-vuotiaille; asiakas on %2-vuotias.</translation>
    </message>
    <message>
        <source>The service is for clients aged up to %1; the client is %2.</source>
        <translation>Palvelu on enintään %1-vuotiaille; asiakas on %2-vuotias.</translation>
    </message>
    <message>
        <source>The client&apos;s age (%1) is within the service&apos;s age limits (%2).</source>
        <translation>Asiakkaan ikä (%1) on palvelun ikärajojen (%2) sisällä.</translation>
    </message>
    <message>
        <source>The service is offered only outside the area of %1, and only to residents of the areas where it is offered.</source>
        <translation>Palvelua tarjotaan vain järjestäjän %1 alueen ulkopuolella ja vain niiden alueiden asukkaille, joilla sitä tarjotaan.</translation>
    </message>
    <message>
        <source>The service is offered outside the client&apos;s own organiser&apos;s area; residence there is not required.</source>
        <translation>Palvelua tarjotaan asiakkaan oman järjestäjän alueen ulkopuolella; siellä asumista ei edellytetä.</translation>
    </message>
    <message>
        <source>On-call service: shown first because the need is urgent.</source>
        <translation>Päivystyspalvelu: näytetään ensin, koska tarve on kiireellinen.</translation>
    </message>
    <message>
        <source>Open around the clock, no referral needed: shown first because the need is urgent.</source>
        <translation>Auki ympäri vuorokauden, lähetettä ei tarvita: näytetään ensin, koska tarve on kiireellinen.</translation>
    </message>
    <message>
        <source>Not an on-call service: for an urgent need, use on-call care first.</source>
        <translation>Ei päivystyspalvelu: kiireellisessä tarpeessa käänny ensin päivystyksen puoleen.</translation>
    </message>
    <message>
        <source>The catalogue lists no provider of this service for the client&apos;s area: ask the service guidance of %1.</source>
        <translation>Luettelossa ei ole tämän palvelun tuottajaa asiakkaan alueella: kysy järjestäjän %1 palveluohjauksesta.</translation>
    </message>
    <message>
        <source>No place to visit is listed: the service is reached by phone or online (the ways in below).</source>
        <translation>Luettelossa ei ole käyntipaikkaa: palveluun asioidaan puhelimitse tai verkossa (asiointitavat alla).</translation>
    </message>
    <message>
        <source>The client may choose the provider freely among those of %1.</source>
        <translation>Asiakas voi valita tuottajan vapaasti järjestäjän %1 tuottajista.</translation>
    </message>
    <message>
        <source>Produced by %1, the joint authority of which %2 is a member by law (%3).</source>
        <translation>Tuottaa %1, hyvinvointiyhtymä, jonka jäsen %2 on lain mukaan (%3).</translation>
    </message>
    <message>
        <source>Accepts the %1: %2.</source>
        <translation>Tuottajalle käy %1: %2.</translation>
    </message>
    <message>
        <source>The client is served by their own regional unit, %1.</source>
        <translation>Asiakasta palvelee hänen oma alueellinen toimintayksikkönsä, %1.</translation>
    </message>
    <message>
        <source>In the client&apos;s own regional unit (%1).</source>
        <translation>Asiakkaan omassa alueellisessa toimintayksikössä (%1).</translation>
    </message>
    <message>
        <source>In another regional unit of the organiser (%1).</source>
        <translation>Järjestäjän toisessa alueellisessa toimintayksikössä (%1).</translation>
    </message>
    <message>
        <source>Does not serve in %1.</source>
        <translation>Ei palvele asiakkaan kielellä (%1).</translation>
    </message>
    <message>
        <source>Accessible premises.</source>
        <translation>Esteettömät tilat.</translation>
    </message>
    <message>
        <source>The premises are not accessible.</source>
        <translation>Tilat eivät ole esteettömät.</translation>
    </message>
    <message>
        <source>Open in the evenings.</source>
        <translation>Avoinna iltaisin.</translation>
    </message>
    <message>
        <source>Open at weekends.</source>
        <translation>Avoinna viikonloppuisin.</translation>
    </message>
    <message>
        <source>Not open in the evenings or at weekends.</source>
        <translation>Ei avoinna iltaisin eikä viikonloppuisin.</translation>
    </message>
    <message>
        <source>Makes home visits.</source>
        <translation>Tekee kotikäyntejä.</translation>
    </message>
    <message>
        <source>Makes no home visits.</source>
        <translation>Ei tee kotikäyntejä.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting time about %n day(s).</source>
        <translation>
            <numerusform>Odotusaika noin %n päivä.</numerusform>
            <numerusform>Odotusaika noin %n päivää.</numerusform>
        </translation>
    </message>
    <message>
        <source>The organiser&apos;s own production.</source>
        <translation>Järjestäjän omaa tuotantoa.</translation>
    </message>
    <message>
        <source>A procured service, paid by the organiser.</source>
        <translation>Ostopalvelu, jonka järjestäjä maksaa.</translation>
    </message>
    <message>
        <source>Whether the premises are accessible is not reported.</source>
        <translation>Tilojen esteettömyydestä ei ole ilmoitettu.</translation>
    </message>
    <message>
        <source>In the client&apos;s home municipality (%1).</source>
        <translation>Asiakkaan kotikunnassa (%1).</translation>
    </message>
    <message>
        <source>No service in the catalogue matches this need: try other words, a service class code or a service id.</source>
        <translation>Mikään luettelon palvelu ei vastaa tätä tarvetta: kokeile muita sanoja, palveluluokan koodia tai palvelun tunnistetta.</translation>
    </message>
</context>
<context>
    <name>PlacementActions</name>
    <message>
        <source>&amp;Placement</source>
        <translation>&amp;Palveluohjaus</translation>
    </message>
    <message>
        <source>&amp;New placement…</source>
        <translation>&amp;Uusi ohjaus…</translation>
    </message>
    <message>
        <source>Placement &amp;history…</source>
        <translation>Ohjaus&amp;historia…</translation>
    </message>
    <message>
        <source>&amp;Regional report…</source>
        <translation>&amp;Alueellinen raportti…</translation>
    </message>
    <message>
        <source>Open the referrals that wait for a decision</source>
        <translation>Avaa lähetteet, jotka odottavat päätöstä</translation>
    </message>
    <message>
        <source>A placement was left unfinished on %1 (%2).</source>
        <translation>Ohjaus jäi kesken %1 (%2).</translation>
    </message>
    <message>
        <source>no details yet</source>
        <translation>ei vielä tietoja</translation>
    </message>
    <message>
        <source>Continue it now? It stays in the placement history either way.</source>
        <translation>Jatketaanko sitä nyt? Se säilyy ohjaushistoriassa joka tapauksessa.</translation>
    </message>
    <message numerus="yes">
        <source>%n more unfinished placement(s) are in the history.</source>
        <translation>
            <numerusform>Historiassa on vielä %n keskeneräinen ohjaus.</numerusform>
            <numerusform>Historiassa on vielä %n keskeneräistä ohjausta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unfinished placement</source>
        <translation>Keskeneräinen ohjaus</translation>
    </message>
</context>
<context>
    <name>PlacementWizard</name>
    <message>
        <source>New placement</source>
        <translation>Uusi ohjaus</translation>
    </message>
    <message>
        <source>Save placement</source>
        <translation>Tallenna ohjaus</translation>
    </message>
</context>
<context>
    <name>Placements</name>
    <message>
        <source>Say what to do: list, show, status or export.</source>
        <translation>Kerro mitä tehdään: list, show, status tai export.</translation>
    </message>
    <message>
        <source>(no details yet)</source>
        <translation>(ei vielä tietoja)</translation>
    </message>
    <message>
        <source>damaged: its stored %1 cannot be read</source>
        <translation>vioittunut: sen tallennettua kenttää %1 ei voi lukea</translation>
    </message>
    <message>
        <source>No placements.</source>
        <translation>Ei ohjauksia.</translation>
    </message>
    <message>
        <source>There is no placement number %1.</source>
        <translation>Ohjausta numero %1 ei ole.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ei tallennettu</translation>
    </message>
    <message>
        <source>Record id: %1</source>
        <translation>Tallenteen tunniste: %1</translation>
    </message>
    <message>
        <source>Saved at desk: %1</source>
        <translation>Tallennettu työasemalla: %1</translation>
    </message>
    <message>
        <source>Status changes in time order (the latest is the status):</source>
        <translation>Tilan muutokset ajan mukaan (viimeisin on voimassa oleva tila):</translation>
    </message>
    <message>
        <source>Placement %1 is now %2.</source>
        <translation>Ohjauksen %1 tila on nyt: %2.</translation>
    </message>
    <message>
        <source>Could not write %1 (%2): choose another file.</source>
        <translation>Tiedostoon %1 ei voitu kirjoittaa (%2): valitse toinen tiedosto.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n placement(s) to %1 and the counts to %2.</source>
        <translation>
            <numerusform>Kirjoitettiin %n ohjaus tiedostoon %1 ja määrät tiedostoon %2.</numerusform>
            <numerusform>Kirjoitettiin %n ohjausta tiedostoon %1 ja määrät tiedostoon %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>By service</source>
        <translation>Palveluittain</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>Tuottajittain</translation>
    </message>
    <message>
        <source>By regional unit</source>
        <translation>Alueellisen toimintayksikön mukaan</translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <source>Provider</source>
        <translation>Tuottaja</translation>
    </message>
    <message>
        <source>The providers the client may choose, best first. Select the client&apos;s choice.</source>
        <translation>Tuottajat, joista asiakas voi valita, paras ensin. Valitse asiakkaan valinta.</translation>
    </message>
    <message>
        <source>The client&apos;s own words:</source>
        <translation>Asiakkaan omin sanoin:</translation>
    </message>
    <message>
        <source>Counsellor&apos;s notes:</source>
        <translation>Palveluohjaajan muistiinpanot:</translation>
    </message>
    <message>
        <source>optional: why the client chose this</source>
        <translation>valinnainen: miksi asiakas valitsi tämän</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Näytä kaikki</translation>
    </message>
    <message>
        <source>Providers the client may choose</source>
        <translation>Tuottajat, joista asiakas voi valita</translation>
    </message>
    <message>
        <source>Best first, with languages, waiting time and voucher. Select the client&apos;s choice.</source>
        <translation>Paras ensin, kielineen, odotusaikoineen ja palveluseteleineen. Valitse asiakkaan valinta.</translation>
    </message>
    <message>
        <source>Details of the selected provider</source>
        <translation>Valitun tuottajan tiedot</translation>
    </message>
    <message>
        <source>Address, phone and the reasons for the provider&apos;s place in the list.</source>
        <translation>Osoite, puhelin ja perusteet tuottajan sijalle luettelossa.</translation>
    </message>
    <message>
        <source>Notes kept with the placement record.</source>
        <translation>Muistiinpanot, jotka tallennetaan ohjauksen mukana.</translation>
    </message>
    <message>
        <source>Ways in by phone or online:</source>
        <translation>Asiointi puhelimitse tai verkossa:</translation>
    </message>
    <message>
        <source>There is no provider to choose for this service.</source>
        <translation>Tähän palveluun ei ole valittavaa tuottajaa.</translation>
    </message>
    <message numerus="yes">
        <source>%n more provider(s) rank lower and are not listed.</source>
        <translation>
            <numerusform>%n muu tuottaja on alempana eikä ole luettelossa.</numerusform>
            <numerusform>%n muuta tuottajaa on alempana eivätkä ole luettelossa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the provider the client chose.</source>
        <translation>Valitse tuottaja, jonka asiakas valitsi.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Placement %1</source>
        <translation>Ohjaus %1</translation>
    </message>
    <message>
        <source>Placement %1, %2, last changed %3</source>
        <translation>Ohjaus %1, %2, muutettu viimeksi %3</translation>
    </message>
    <message>
        <source>note on the change (optional)</source>
        <translation>huomautus muutoksesta (valinnainen)</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Muuta tilaa</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Uusi tila</translation>
    </message>
    <message>
        <source>The status to change the placement to, with the note beside it.</source>
        <translation>Tila, johon ohjaus muutetaan; huomautus viereiseen kenttään.</translation>
    </message>
    <message>
        <source>Note on the change</source>
        <translation>Huomautus muutoksesta</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>Pushed to the region %1: %2 placements and %3 notes or status changes (%4 of them it had already).</source>
        <translation>Viety alueelle %1: %2 ohjausta ja %3 merkintää tai tilan muutosta (%4 niistä oli siellä jo).</translation>
    </message>
    <message>
        <source>Waiting until their placement is finished: %1.</source>
        <translation>Odottaa, kunnes ohjaus on valmis: %1.</translation>
    </message>
    <message>
        <source>Status changes from other desks: %1.</source>
        <translation>Tilan muutoksia muilta työasemilta: %1.</translation>
    </message>
    <message>
        <source>The region has no catalogue yet.</source>
        <translation>Alueella ei ole vielä luetteloa.</translation>
    </message>
    <message>
        <source>The region&apos;s catalogue was not taken: correct the errors above.</source>
        <translation>Alueen luetteloa ei otettu käyttöön: korjaa yllä olevat virheet.</translation>
    </message>
    <message>
        <source>The catalogue is the region&apos;s already.</source>
        <translation>Luettelo on jo sama kuin alueella.</translation>
    </message>
    <message>
        <source>The region&apos;s catalogue is now catalogue version %1 here (catalogue rollback takes it back).</source>
        <translation>Alueen luettelo on nyt täällä luetteloversio %1 (catalogue rollback palauttaa edellisen).</translation>
    </message>
    <message>
        <source>The roles of %1 are ready: %2 imports and rolls back catalogues and reads everything; %3 reads the catalogue and saves placements (%4), nothing else.</source>
        <translation>Tietokannan %1 roolit ovat valmiit: %2 tuo ja palauttaa palveluluetteloita ja lukee kaiken; %3 lukee palveluluetteloa ja tallentaa ohjauksia (%4), ei muuta.</translation>
    </message>
    <message>
        <source>%1 is a member of %2.</source>
        <translation>%1 kuuluu rooliin %2.</translation>
    </message>
    <message>
        <source>The login role %1 was created without a password: set one with “\password %1” in psql.</source>
        <translation>Kirjautumisrooli %1 luotiin ilman salasanaa: aseta salasana psql:ssä komennolla ”\password %1”.</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.</source>
        <translation>Kirjoitettiin %1 riviä tiedostoon %2.</translation>
    </message>
    <message>
        <source>No placements to count.</source>
        <translation>Ei laskettavia ohjauksia.</translation>
    </message>
    <message>
        <source>, referral to decision: median %1 d, 90 %: %2 d</source>
        <translation>, lähetteestä päätökseen: mediaani %1 vrk, 90 %: %2 vrk</translation>
    </message>
    <message>
        <source>%1 placements</source>
        <translation>ohjauksia %1</translation>
    </message>
</context>
<context>
    <name>RegionReport</name>
    <message>
        <source>Month</source>
        <translation>Kuukausi</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Tuottaja</translation>
    </message>
    <message>
        <source>Regional unit</source>
        <translation>Alueellinen toimintayksikkö</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Ohjauksia</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Päätöksiä</translation>
    </message>
    <message>
        <source>Referral to decision:
median (days)</source>
        <translation>Lähetteestä päätökseen:
mediaani (vrk)</translation>
    </message>
    <message>
        <source>Referral to decision:
90th percentile (days)</source>
        <translation>Lähetteestä päätökseen:
90. persentiili (vrk)</translation>
    </message>
    <message>
        <source>Regional report</source>
        <translation>Alueellinen raportti</translation>
    </message>
    <message>
        <source>Count by:</source>
        <translation>Jaottelu:</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Tallenna CSV-tiedostona…</translation>
    </message>
    <message>
        <source>Placements counted</source>
        <translation>Lasketut ohjaukset</translation>
    </message>
    <message>
        <source>One row for each combination chosen above, with its count.</source>
        <translation>Yksi rivi kutakin yllä valittua yhdistelmää kohden, ja sen lukumäärä.</translation>
    </message>
    <message>
        <source>Counting the placements…</source>
        <translation>Lasketaan ohjauksia…</translation>
    </message>
    <message>
        <source>%1 placements (drafts are not counted).</source>
        <translation>Ohjauksia %1 (luonnoksia ei lasketa).</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Tallenna raportti</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1 (%2): choose another file.</source>
        <translation>Tiedostoon %1 ei voitu kirjoittaa (%2): valitse toinen tiedosto.</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Raportti tallennettiin tiedostoon %1.</translation>
    </message>
</context>
<context>
    <name>RegionSync</name>
    <message>
        <source>S&amp;ync with the region…</source>
        <translation>S&amp;ynkronoi alueen kanssa…</translation>
    </message>
    <message>
        <source>Sync with the region</source>
        <translation>Synkronointi alueen kanssa</translation>
    </message>
    <message>
        <source>Pushing the placements saved here…</source>
        <translation>Viedään täällä tallennettuja ohjauksia…</translation>
    </message>
    <message>
        <source>Sync cancelled: what was done before stays done; sync again later.</source>
        <translation>Synkronointi peruttiin: jo tehty jää voimaan; synkronoi myöhemmin uudelleen.</translation>
    </message>
    <message>
        <source>Fetching status changes from other desks…</source>
        <translation>Haetaan tilan muutoksia muilta työasemilta…</translation>
    </message>
    <message>
        <source>Fetching the region&apos;s catalogue…</source>
        <translation>Haetaan alueen luetteloa…</translation>
    </message>
</context>
<context>
    <name>Routes</name>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>E-service</source>
        <translation>Verkkoasiointi</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Verkkosivu</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Lomake</translation>
    </message>
    <message>
        <source>free of charge</source>
        <translation>maksuton</translation>
    </message>
    <message>
        <source>charged</source>
        <translation>maksullinen</translation>
    </message>
    <message>
        <source>charge: see the description</source>
        <translation>maksu: katso kuvaus</translation>
    </message>
    <message>
        <source>charge not known</source>
        <translation>maksullisuus ei tiedossa</translation>
    </message>
    <message>
        <source>around the clock</source>
        <translation>ympäri vuorokauden</translation>
    </message>
    <message>
        <source>hours not known</source>
        <translation>aukioloajat eivät tiedossa</translation>
    </message>
    <message>
        <source>source: %1, checked %2</source>
        <translation>lähde: %1, tarkistettu %2</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>lähde: %1</translation>
    </message>
    <message>
        <source>next exception: %1</source>
        <translation>seuraava poikkeus: %1</translation>
    </message>
    <message>
        <source>The catalogue has no number for %1 of %2: in danger call 112, and ask %2 for the number.</source>
        <translation>Luettelossa ei ole numeroa: %1 (%2). Vaaratilanteessa soita 112 ja kysy numeroa järjestäjältä %2.</translation>
    </message>
    <message>
        <source>Sources: %1 (checked %2).</source>
        <translation>Lähteet: %1 (tarkistettu %2).</translation>
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation>Lähteet: %1.</translation>
    </message>
    <message>
        <source>Danger to life or health now: call the emergency number %1 (free of charge, around the clock).</source>
        <translation>Henki tai terveys vaarassa nyt: soita hätänumeroon %1 (maksuton, ympäri vuorokauden).</translation>
    </message>
    <message>
        <source>A social emergency (a child at risk, violence at home, a person who cannot cope tonight): the social emergency service of %1, open around the clock; its immediate help is free of charge.</source>
        <translation>Sosiaalinen hätätilanne (lapsi vaarassa, väkivaltaa kotona, ihminen ei selviä yön yli): järjestäjän %1 sosiaalipäivystys, auki ympäri vuorokauden; sen välitön apu on maksutonta.</translation>
    </message>
    <message>
        <source>the social emergency service</source>
        <translation>sosiaalipäivystys</translation>
    </message>
    <message>
        <source>A child at risk: the child-protection on-call service of %1, part of its social emergency service, around the clock.</source>
        <translation>Lapsi vaarassa: järjestäjän %1 lastensuojelun päivystys, osa sen sosiaalipäivystystä, ympäri vuorokauden.</translation>
    </message>
    <message>
        <source>the child-protection on-call service</source>
        <translation>lastensuojelun päivystys</translation>
    </message>
    <message>
        <source>Violence at home: a shelter takes the client and the children directly, without a referral or a decision, around the clock and free of charge. %1 (free of charge, around the clock) helps find a shelter with room.</source>
        <translation>Väkivaltaa kotona: turvakotiin pääsee lasten kanssa suoraan, ilman lähetettä tai päätöstä, ympäri vuorokauden ja maksutta. %1 (maksuton, ympäri vuorokauden) auttaa löytämään turvakodin, jossa on tilaa.</translation>
    </message>
    <message>
        <source>Urgent health care: call %1 (free of charge, around the clock) before going to on-call care; it assesses the need for care and directs the client to the on-call health services of %2.</source>
        <translation>Kiireellinen terveydenhoito: soita numeroon %1 (maksuton, ympäri vuorokauden) ennen päivystykseen lähtemistä; siellä arvioidaan hoidon tarve ja ohjataan järjestäjän %2 päivystykseen.</translation>
    </message>
    <message>
        <source>A concern about a child: make a child-welfare notification without delay to the social services of %1, by phone, in writing or in person (never by unprotected e-mail); when it is urgent or out of office hours, to the social emergency service or 112. Anyone may make one; social and health care professionals and the others the law names must, whatever their duty of confidentiality (%2).</source>
        <translation>Huoli lapsesta: tee lastensuojeluilmoitus viipymättä järjestäjän %1 sosiaalipalveluihin puhelimitse, kirjallisesti tai käymällä (ei koskaan suojaamattomalla sähköpostilla); kiireellisessä tilanteessa tai virka-ajan ulkopuolella sosiaalipäivystykseen tai numeroon 112. Ilmoituksen voi tehdä kuka tahansa; sosiaali- ja terveydenhuollon ammattilaiset ja muut laissa luetellut ovat velvollisia tekemään sen salassapitosäännösten estämättä (%2).</translation>
    </message>
    <message>
        <source>Urgent: where to turn now</source>
        <translation>Kiireellinen: minne kääntyä nyt</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>municipality</source>
        <translation>kunta</translation>
    </message>
    <message>
        <source>service</source>
        <translation>palvelu</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>tuottaja</translation>
    </message>
    <message>
        <source>location</source>
        <translation>palvelupaikka</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Hakusanalla ”%1” ei löytynyt mitään.</translation>
    </message>
</context>
<context>
    <name>ServiceBrowser</name>
    <message>
        <source>&amp;Search services, providers and locations:</source>
        <translation>&amp;Hae palveluja, tuottajia ja palvelupaikkoja:</translation>
    </message>
    <message>
        <source>e.g. hammashoito, tandvård, home care</source>
        <translation>esim. hammashoito, tandvård, kotihoito</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Haku</translation>
    </message>
    <message>
        <source>Results appear below as you type. Down moves into the results; Escape clears the search and shows the service tree.</source>
        <translation>Tulokset näkyvät alla kirjoittaessasi. Alas-nuoli siirtyy tuloksiin; Esc tyhjentää haun ja näyttää palvelupuun.</translation>
    </message>
    <message>
        <source>&amp;Group services by:</source>
        <translation>&amp;Ryhmittele palvelut:</translation>
    </message>
    <message>
        <source>service level</source>
        <translation>palvelutason mukaan</translation>
    </message>
    <message>
        <source>service class</source>
        <translation>palveluluokan mukaan</translation>
    </message>
    <message>
        <source>Group services by</source>
        <translation>Palvelujen ryhmittely</translation>
    </message>
    <message>
        <source>How the list below is grouped: by service level or by service class.</source>
        <translation>Miten alla oleva luettelo ryhmitellään: palvelutason tai palveluluokan mukaan.</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Palvelut</translation>
    </message>
    <message>
        <source>Services in scope, grouped; choose one to see its details and providers</source>
        <translation>Rajauksen mukaiset palvelut ryhmiteltyinä; valitse palvelu nähdäksesi tiedot ja tuottajat</translation>
    </message>
    <message>
        <source>All services in scope:</source>
        <translation>Kaikki rajauksessa olevat palvelut:</translation>
    </message>
    <message>
        <source>All services in scope</source>
        <translation>Kaikki rajauksessa olevat palvelut</translation>
    </message>
    <message>
        <source>Every service in scope, grouped, below the search results</source>
        <translation>Kaikki rajauksessa olevat palvelut ryhmiteltyinä hakutulosten alla</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Hakutulokset</translation>
    </message>
    <message>
        <source>Choose a result to see its details and providers</source>
        <translation>Valitse tulos nähdäksesi tiedot ja tuottajat</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n tulos</numerusform>
            <numerusform>%n tulosta</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches; check the spelling, the municipality or the filters.</source>
        <translation>Ei osumia; tarkista kirjoitusasu, kunta tai rajaukset.</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) in scope</source>
        <translation>
            <numerusform>%n palvelu rajauksessa</numerusform>
            <numerusform>%n palvelua rajauksessa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceTreeModel</name>
    <message>
        <source>Other services</source>
        <translation>Muut palvelut</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <source>Services</source>
        <translation>Palvelut</translation>
    </message>
    <message>
        <source>The services that fit the need, with what the client may do and why.</source>
        <translation>Tarpeeseen sopivat palvelut: mitä asiakas voi tehdä ja miksi.</translation>
    </message>
    <message>
        <source>Services that fit the need</source>
        <translation>Tarpeeseen sopivat palvelut</translation>
    </message>
    <message>
        <source>Each service with what the client may do. Select the one to place the client in.</source>
        <translation>Jokainen palvelu ja mitä asiakas voi tehdä. Valitse palvelu, johon asiakas ohjataan.</translation>
    </message>
    <message>
        <source>Reasons for the selected service</source>
        <translation>Valitun palvelun perustelut</translation>
    </message>
    <message>
        <source>Why the client may or may not use the service, and the way in.</source>
        <translation>Miksi asiakas voi tai ei voi käyttää palvelua, ja miten palveluun pääsee.</translation>
    </message>
    <message>
        <source>Whom to contact at once for an urgent need, before the services below.</source>
        <translation>Keneen ottaa heti yhteyttä kiireellisessä tarpeessa, ennen alla olevia palveluja.</translation>
    </message>
    <message>
        <source>Choose the service to place the client in.</source>
        <translation>Valitse palvelu, johon asiakas ohjataan.</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>Signed %1: publish %2 with it. %3</source>
        <translation>%1 allekirjoitettu: julkaise %2 sen mukana. %3</translation>
    </message>
    <message>
        <source>Trusted publishers&apos; keys in %1:</source>
        <translation>Luotetut julkaisijoiden avaimet kansiossa %1:</translation>
    </message>
    <message>
        <source>  %1  (fingerprint %2)</source>
        <translation>  %1  (sormenjälki %2)</translation>
    </message>
    <message>
        <source>Signed by %1 on %2 with the key “%3” that this desk trusts (fingerprint %4).</source>
        <translation>Allekirjoittanut %1 %2 avaimella ”%3”, johon tämä työasema luottaa (sormenjälki %4).</translation>
    </message>
    <message>
        <source>Signed by %1 on %2 with the key fingerprint %3.</source>
        <translation>Allekirjoittanut %1 %2 avaimella, jonka sormenjälki on %3.</translation>
    </message>
    <message>
        <source>This catalogue is not signed: nobody vouches that it is the one your publisher sent. Import it only if you know where it comes from.</source>
        <translation>Tätä palveluluetteloa ei ole allekirjoitettu: kukaan ei takaa, että se on julkaisijasi lähettämä. Tuo se vain, jos tiedät, mistä se on peräisin.</translation>
    </message>
    <message>
        <source>Made the key pair “%1” (fingerprint %2): the private key %3 is readable by you only; keep it off the desks and keep a copy in a safe place. Give the public key %4 to the desks.</source>
        <translation>Avainpari ”%1” luotu (sormenjälki %2): yksityinen avain %3 on vain sinun luettavissasi; älä vie sitä työasemille ja säilytä siitä kopio turvallisessa paikassa. Anna julkinen avain %4 työasemille.</translation>
    </message>
    <message>
        <source>This desk now accepts catalogues signed with the key “%1” (fingerprint %2; kept in %3). Check the fingerprint with the publisher.</source>
        <translation>Tämä työasema hyväksyy nyt palveluluettelot, jotka on allekirjoitettu avaimella ”%1” (sormenjälki %2; tallennettu: %3). Tarkista sormenjälki julkaisijalta.</translation>
    </message>
    <message>
        <source>This desk trusts no publisher&apos;s key yet (folder %1): add one with “sote-navigator catalogue trust FILE.pub”.</source>
        <translation>Tämä työasema ei vielä luota yhdenkään julkaisijan avaimeen (kansio %1): lisää avain komennolla ”sote-navigator catalogue trust FILE.pub”.</translation>
    </message>
</context>
<context>
    <name>SummaryOutput</name>
    <message>
        <source>Summary language:</source>
        <translation>Yhteenvedon kieli:</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Kopioi tekstinä</translation>
    </message>
    <message>
        <source>The language of the summary and the PDF: the client&apos;s, unless changed.</source>
        <translation>Yhteenvedon ja PDF:n kieli: asiakkaan kieli, ellei sitä muuteta.</translation>
    </message>
    <message>
        <source>The summary as the client receives it, in the summary language.</source>
        <translation>Yhteenveto sellaisena kuin asiakas sen saa, yhteenvedon kielellä.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Tallenna PDF-tiedostona…</translation>
    </message>
    <message>
        <source>The summary was copied to the clipboard.</source>
        <translation>Yhteenveto kopioitiin leikepöydälle.</translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation>Tallenna yhteenveto PDF-tiedostona</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>Tallennetaan PDF-tiedostoa…</translation>
    </message>
    <message>
        <source>Placement summary</source>
        <translation>Palveluohjauksen yhteenveto</translation>
    </message>
    <message>
        <source>The PDF was saved as %1.</source>
        <translation>PDF-tiedosto tallennettiin nimellä %1.</translation>
    </message>
    <message>
        <source>The PDF could not be saved (%1): choose another folder.</source>
        <translation>PDF-tiedostoa ei voitu tallentaa (%1): valitse toinen kansio.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <source>The summary for the client and the client record system, in the client&apos;s language. Finish saves the placement.</source>
        <translation>Yhteenveto asiakkaalle ja asiakastietojärjestelmään asiakkaan kielellä. Tallenna ohjaus lopettaa.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Tila:</translation>
    </message>
    <message>
        <source>Where the placement stands when you save it.</source>
        <translation>Ohjauksen tila, kun tallennat sen.</translation>
    </message>
</context>
<context>
    <name>VerdictCard</name>
    <message>
        <source>Choice: %1</source>
        <translation>Valinta: %1</translation>
    </message>
    <message>
        <source>Charge: %1</source>
        <translation>Maksu: %1</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Ratkaisu: %1</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>monolingual, Finnish</source>
        <translation>yksikielinen, suomi</translation>
    </message>
    <message>
        <source>monolingual, Swedish</source>
        <translation>yksikielinen, ruotsi</translation>
    </message>
    <message>
        <source>bilingual, Finnish majority</source>
        <translation>kaksikielinen, suomenkielinen enemmistö</translation>
    </message>
    <message>
        <source>bilingual, Swedish majority</source>
        <translation>kaksikielinen, ruotsinkielinen enemmistö</translation>
    </message>
    <message>
        <source>basic service, local</source>
        <translation>peruspalvelu, lähipalvelu</translation>
    </message>
    <message>
        <source>basic service, regional</source>
        <translation>peruspalvelu, alueellinen</translation>
    </message>
    <message>
        <source>centralised basic service</source>
        <translation>keskitetty peruspalvelu</translation>
    </message>
    <message>
        <source>demanding and special service</source>
        <translation>vaativa palvelu tai erityispalvelu</translation>
    </message>
    <message>
        <source>support service</source>
        <translation>tukipalvelu</translation>
    </message>
    <message>
        <source>direct access</source>
        <translation>suora hakeutuminen</translation>
    </message>
    <message>
        <source>referral needed</source>
        <translation>lähete tarvitaan</translation>
    </message>
    <message>
        <source>service-need assessment and authority decision</source>
        <translation>palvelutarpeen arviointi ja viranomaispäätös</translation>
    </message>
    <message>
        <source>free choice of provider</source>
        <translation>tuottajan vapaa valinta</translation>
    </message>
    <message>
        <source>choice by service voucher</source>
        <translation>valinta palvelusetelillä</translation>
    </message>
    <message>
        <source>assigned to the own regional unit</source>
        <translation>ohjataan omaan alueelliseen toimintayksikköön</translation>
    </message>
    <message>
        <source>wellbeing services county</source>
        <translation>hyvinvointialue</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>kunta</translation>
    </message>
    <message>
        <source>the organiser&apos;s own production</source>
        <translation>järjestäjän oma tuotanto</translation>
    </message>
    <message>
        <source>public enterprise (liikelaitos)</source>
        <translation>liikelaitos</translation>
    </message>
    <message>
        <source>sote-keskus Oy</source>
        <translation>sote-keskus Oy</translation>
    </message>
    <message>
        <source>suun terveydenhuolto Oy</source>
        <translation>suun terveydenhuolto Oy</translation>
    </message>
    <message>
        <source>voucher provider</source>
        <translation>palvelusetelituottaja</translation>
    </message>
    <message>
        <source>procured provider</source>
        <translation>ostopalvelutuottaja</translation>
    </message>
    <message>
        <source>hospital district</source>
        <translation>sairaanhoitopiiri</translation>
    </message>
    <message>
        <source>organisation (NGO)</source>
        <translation>järjestö</translation>
    </message>
    <message>
        <source>own production</source>
        <translation>oma tuotanto</translation>
    </message>
    <message>
        <source>procured service</source>
        <translation>ostopalvelu</translation>
    </message>
    <message>
        <source>service voucher</source>
        <translation>palveluseteli</translation>
    </message>
    <message>
        <source>joint authority of which the organiser is a member</source>
        <translation>hyvinvointiyhtymä, jonka jäsen järjestäjä on</translation>
    </message>
    <message>
        <source>EXAMPLE DATA</source>
        <translation>ESIMERKKITIETO</translation>
    </message>
</context>
<context>
    <name>Voucher</name>
    <message>
        <source>per hour</source>
        <translation>tunnilta</translation>
    </message>
    <message>
        <source>per visit</source>
        <translation>käynniltä</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>päivältä</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>kuukaudelta</translation>
    </message>
    <message>
        <source>per treatment</source>
        <translation>hoitokerralta</translation>
    </message>
    <message>
        <source>source: %1, %2</source>
        <translation>lähde: %1, %2</translation>
    </message>
    <message>
        <source>source: %1, date not given</source>
        <translation>lähde: %1, päiväys puuttuu</translation>
    </message>
    <message>
        <source>no source given</source>
        <translation>lähdettä ei ole ilmoitettu</translation>
    </message>
    <message>
        <source>its value and the client&apos;s self-share are decided by %1 and are not in the catalogue: ask %1</source>
        <translation>arvosta ja asiakkaan omavastuusta päättää järjestäjä (%1), eikä niitä ole luettelossa: kysy järjestäjältä (%1)</translation>
    </message>
    <message>
        <source>its value and the client&apos;s self-share are each organiser&apos;s decision and are not in the catalogue: ask the organiser</source>
        <translation>arvosta ja asiakkaan omavastuusta päättää kukin järjestäjä, eikä niitä ole luettelossa: kysy järjestäjältä</translation>
    </message>
    <message>
        <source>value %1</source>
        <translation>arvo %1</translation>
    </message>
    <message>
        <source>value %1–%2 depending on the client&apos;s income</source>
        <translation>arvo %1–%2 asiakkaan tulojen mukaan</translation>
    </message>
    <message>
        <source>the client&apos;s self-share %1</source>
        <translation>asiakkaan omavastuu %1</translation>
    </message>
    <message>
        <source>the client pays the provider&apos;s price above the value</source>
        <translation>asiakas maksaa tuottajan hinnasta setelin arvon ylittävän osan</translation>
    </message>
    <message>
        <source>the client&apos;s self-share is not known</source>
        <translation>asiakkaan omavastuu ei ole tiedossa</translation>
    </message>
    <message>
        <source>client voucher</source>
        <translation>asiakasseteli</translation>
    </message>
    <message>
        <source>service voucher</source>
        <translation>palveluseteli</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ratkaisu</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Sija</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Tuottaja</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Kielet</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Odotus</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Seteli</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n päivä</numerusform>
            <numerusform>%n päivää</numerusform>
        </translation>
    </message>
</context>
</TS>
