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
        <source>Unexpected error: %1. Please report it with the command you ran.</source>
        <translation>Odottamaton virhe: %1. Ilmoita siitä ja kerro, minkä komennon suoritit.</translation>
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
        <source>The built-in default catalogue is missing from this installation: reinstall Sote Navigator, or import a catalogue file.</source>
        <translation>Sisäänrakennettu oletuspalveluluettelo puuttuu tästä asennuksesta: asenna Sote Navigator uudelleen tai tuo palveluluettelotiedosto.</translation>
    </message>
    <message>
        <source>No municipality is called “%1”.</source>
        <translation>Kuntaa nimeltä ”%1” ei ole.</translation>
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
