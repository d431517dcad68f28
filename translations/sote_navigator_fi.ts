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
    <name>Cli</name>
    <message>
        <source>Sote Navigator: find who organises, which services and which providers serve a client, and record the placement.</source>
        <translation>Sote Navigator: selvitä, kuka järjestää asiakkaan palvelut, mitkä palvelut ja palveluntuottajat sopivat hänelle, ja kirjaa palveluohjauksen tulos.</translation>
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
        <source>database file (default: the per-user data folder, or $SOTE_NAVIGATOR_HOME)</source>
        <translation>tietokantatiedosto (oletus: käyttäjän datakansio tai $SOTE_NAVIGATOR_HOME)</translation>
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
        <translation>Hae palveluja, palveluntuottajia, palvelupaikkoja ja kuntia hakusanoilla millä tahansa palveluluettelon kielellä.</translation>
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
        <source>The location is in a bilingual municipality (%1) but has no Swedish name.</source>
        <translation>Palvelupaikka on kaksikielisessä kunnassa (%1), mutta sillä ei ole ruotsinkielistä nimeä.</translation>
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
        <translation>Palvelulla ei ole palvelupaikkoja: tuotu ilman palveluntuottajia.</translation>
    </message>
    <message>
        <source>The service channel %1 is not in the imported files: that connection was left out.</source>
        <translation>Asiointikanava %1 ei ole tuotavissa tiedostoissa: se yhteys jätettiin pois.</translation>
    </message>
    <message>
        <source>The organisation %1 is not in the imported files or the catalogue: the location has no provider.</source>
        <translation>Organisaatio %1 ei ole tuotavissa tiedostoissa eikä palveluluettelossa: palvelupaikalla ei ole palveluntuottajaa.</translation>
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
        <source>It is not published in PTV (%1): skipped.</source>
        <translation>Se ei ole julkaistu PTV:ssä (%1): ohitettu.</translation>
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
        <translation>palveluntuottajat</translation>
    </message>
    <message>
        <source>locations</source>
        <translation>palvelupaikat</translation>
    </message>
    <message>
        <source>offerings</source>
        <translation>tarjonta</translation>
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
        <source>Importing…</source>
        <translation>Tuodaan…</translation>
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
            <numerusform>%Ln palveluntuottaja</numerusform>
            <numerusform>%Ln palveluntuottajaa</numerusform>
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
        <source>Sote Navigator</source>
        <translation>Sote Navigator</translation>
    </message>
    <message>
        <source>No catalogue is installed.</source>
        <translation>Palveluluetteloa ei ole asennettu.</translation>
    </message>
    <message>
        <source>Catalogue: %1, version %2</source>
        <translation>Palveluluettelo: %1, versio %2</translation>
    </message>
</context>
<context>
    <name>Messages</name>
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
        <source>The database %1 is damaged (%2): restore it from a backup with the restore command.</source>
        <translation>Tietokanta %1 on vioittunut (%2): palauta se varmuuskopiosta restore-komennolla.</translation>
    </message>
    <message>
        <source>The database %1 is busy in another program for too long: try again in a moment.</source>
        <translation>Tietokanta %1 on liian kauan varattuna toisessa ohjelmassa: yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full: free some space and try again; nothing was changed.</source>
        <translation>Levy, jolla %1 sijaitsee, on täynnä: vapauta tilaa ja yritä uudelleen; mitään ei muutettu.</translation>
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
        <source>Nothing was found for “%1”.</source>
        <translation>Haulla ”%1” ei löytynyt mitään.</translation>
    </message>
    <message>
        <source>The catalogue file %1 is not valid: %2</source>
        <translation>Palveluluettelotiedosto %1 ei kelpaa: %2</translation>
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
        <translation>palveluntuottaja</translation>
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
        <translation>palveluntuottajan vapaa valinta</translation>
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
        <source>EXAMPLE DATA</source>
        <translation>ESIMERKKITIETO</translation>
    </message>
</context>
</TS>
