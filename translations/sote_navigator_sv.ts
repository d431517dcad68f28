<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Sote Navigator</source>
        <translation>Sote Navigator</translation>
    </message>
    <message>
        <source>Sote Navigator is already open: its window was brought to the front.</source>
        <translation>Sote Navigator är redan öppet: dess fönster har flyttats fram.</translation>
    </message>
    <message>
        <source>Sote Navigator is already open on %1 but does not answer: wait a moment and start it again, or close the other window.</source>
        <translation>Sote Navigator är redan öppet med %1 men svarar inte: vänta en stund och starta igen, eller stäng det andra fönstret.</translation>
    </message>
    <message>
        <source>Could not write the screenshot file.</source>
        <translation>Det gick inte att skriva skärmbildsfilen.</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>användning: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positionsargument</translation>
    </message>
    <message>
        <source>options</source>
        <translation>flaggor</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>visa den här hjälpen och avsluta</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: fel: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumentet %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>följande argument krävs: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>ett av argumenten %s krävs</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>okända argument: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>inte tillåtet tillsammans med argumentet %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>det angivna värdet %r ignorerades</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>förväntade ett värde</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>förväntade högst ett värde</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>förväntade minst ett värde</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>förväntade %s värde</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>förväntade %s värden</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tvetydig flagga: %(option)s kan avse %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>oväntad flagga: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ogiltigt %(type)s-värde: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ogiltigt val: %(value)r (välj bland %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>kan inte öppna &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Backed up the database to %1 (%2 kB).</source>
        <translation>Databasen säkerhetskopierades till %1 (%2 kB).</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>%1 återställdes från %2.</translation>
    </message>
    <message>
        <source>The previous database is kept as %1.</source>
        <translation>Den tidigare databasen sparas som %1.</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Say what to do: catalogue validate, import, export, history or rollback (see --help).</source>
        <translation>Säg vad som ska göras: catalogue validate, import, export, history eller rollback (se --help).</translation>
    </message>
    <message>
        <source>%1 is a valid catalogue file.</source>
        <translation>%1 är en giltig servicekatalogfil.</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the errors above.</source>
        <translation>Ingenting importerades: rätta felen ovan.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Provkörning: ingenting skrevs.</translation>
    </message>
    <message>
        <source>Imported as catalogue version %1.</source>
        <translation>Importerad som version %1 av servicekatalogen.</translation>
    </message>
    <message>
        <source>Could not write %1 (%2): choose another place.</source>
        <translation>Det gick inte att skriva %1 (%2): välj en annan plats.</translation>
    </message>
    <message>
        <source>Catalogue version %1 written to %2.</source>
        <translation>Version %1 av servicekatalogen skrevs till %2.</translation>
    </message>
    <message>
        <source>Catalogue version %1 is current again: %2 %3.</source>
        <translation>Version %1 av servicekatalogen används igen: %2 %3.</translation>
    </message>
    <message>
        <source>%1 services, %2 locations, %3 offerings</source>
        <translation>%1 tjänster, %2 serviceställen, %3 erbjudanden</translation>
    </message>
    <message>
        <source>%1 %2  %3  %4 %5 (%6; %7 from %8): %9</source>
        <translation>%1 %2  %3  %4 %5 (%6; %7 från %8): %9</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more finding(s) not shown.</source>
        <translation>
            <numerusform>… och %n fynd till som inte visas.</numerusform>
            <numerusform>… och %n fynd till som inte visas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1; %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n fel</numerusform>
            <numerusform>%n fel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n varning</numerusform>
            <numerusform>%n varningar</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes: the catalogue already holds exactly this.</source>
        <translation>Inga ändringar: servicekatalogen innehåller redan exakt detta.</translation>
    </message>
    <message>
        <source>Catalogue %1: %2 → %3</source>
        <translation>Servicekatalogens %1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 changed, %4 removed</source>
        <translation>%1: %2 tillagda, %3 ändrade, %4 borttagna</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… och %n till</numerusform>
            <numerusform>… och %n till</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueMenu</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Import catalogue…</source>
        <translation>&amp;Importera servicekatalog…</translation>
    </message>
    <message>
        <source>No catalogue is installed.</source>
        <translation>Ingen servicekatalog är installerad.</translation>
    </message>
    <message>
        <source>imported today</source>
        <translation>importerad i dag</translation>
    </message>
    <message numerus="yes">
        <source>imported %n day(s) ago</source>
        <translation>
            <numerusform>importerad för %n dag sedan</numerusform>
            <numerusform>importerad för %n dagar sedan</numerusform>
        </translation>
    </message>
    <message>
        <source>Catalogue %1, version %2 (%3, %4)</source>
        <translation>Servicekatalog %1, version %2 (%3, %4)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Sote Navigator: find who organises, which services and which providers serve a client, and record the placement.</source>
        <translation>Sote Navigator: ta reda på vem som anordnar klientens tjänster, vilka tjänster och producenter som passar klienten, och registrera servicehandledningens resultat.</translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation>visa versionsnumret och avsluta</translation>
    </message>
    <message>
        <source>unknown language “%1”: use fi, sv or en</source>
        <translation>okänt språk ”%1”: använd fi, sv eller en</translation>
    </message>
    <message>
        <source>database file (default: the per-user data folder, or $SOTE_NAVIGATOR_HOME)</source>
        <translation>databasfil (standard: användarens datamapp eller $SOTE_NAVIGATOR_HOME)</translation>
    </message>
    <message>
        <source>print JSON with stable keys instead of text</source>
        <translation>skriv ut JSON med stabila nycklar i stället för text</translation>
    </message>
    <message>
        <source>language of names and messages (default: the one chosen in the window, else the system&apos;s)</source>
        <translation>språk för namn och meddelanden (standard: språket som valts i fönstret, annars systemets)</translation>
    </message>
    <message>
        <source>Interrupted; nothing was changed.</source>
        <translation>Avbrutet; inget ändrades.</translation>
    </message>
    <message>
        <source>Unexpected error: %1. Please report it with the command you ran and the log file %2.</source>
        <translation>Oväntat fel: %1. Rapportera det tillsammans med kommandot du körde och loggfilen %2.</translation>
    </message>
    <message>
        <source>Open the Sote Navigator window.</source>
        <translation>Öppna fönstret Sote Navigator.</translation>
    </message>
    <message>
        <source>render the window into this PNG file and exit</source>
        <translation>rita fönstret i den här PNG-filen och avsluta</translation>
    </message>
    <message>
        <source>choose this municipality first</source>
        <translation>välj först den här kommunen</translation>
    </message>
    <message>
        <source>search for this first</source>
        <translation>sök först efter detta</translation>
    </message>
    <message>
        <source>Show the database path, the current catalogue and counts per entity.</source>
        <translation>Visa databasens sökväg, den aktuella servicekatalogen och antalet poster per typ.</translation>
    </message>
    <message>
        <source>Show the organiser and regional unit of a municipality (name in Finnish or Swedish, any case, with or without diacritics, or its code).</source>
        <translation>Visa anordnaren och den regionala verksamhetsenheten för en kommun (namnet på finska eller svenska, med stora eller små bokstäver, med eller utan diakritiska tecken, eller kommunnumret).</translation>
    </message>
    <message>
        <source>municipality name or code, e.g. “Borgå”, “049”</source>
        <translation>kommunens namn eller kommunnummer, t.ex. ”Borgå”, ”049”</translation>
    </message>
    <message>
        <source>Find services, providers, locations and municipalities matching words in any catalogue language.</source>
        <translation>Sök tjänster, producenter, serviceställen och kommuner med sökord på vilket som helst av servicekatalogens språk.</translation>
    </message>
    <message>
        <source>search words, e.g. “hammashoitola”</source>
        <translation>sökord, t.ex. ”tandvård”</translation>
    </message>
    <message>
        <source>at most this many results</source>
        <translation>högst så här många resultat</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database to FILE; safe while the application is open.</source>
        <translation>Skriv en konsekvent kopia av databasen till FILE; säkert även när programmet är öppet.</translation>
    </message>
    <message>
        <source>where to write the copy</source>
        <translation>vart kopian skrivs</translation>
    </message>
    <message>
        <source>Replace the database with a backup FILE after checking it; the current database is kept aside as a timestamped copy.</source>
        <translation>Ersätt databasen med säkerhetskopian FILE efter kontroll; den nuvarande databasen sparas som en tidsstämplad kopia.</translation>
    </message>
    <message>
        <source>a file made by backup</source>
        <translation>en fil som gjorts med backup</translation>
    </message>
    <message>
        <source>Validate, import, export and roll back catalogue files (native format or PTV).</source>
        <translation>Kontrollera, importera, exportera och återställ servicekatalogfiler (eget format eller PTV).</translation>
    </message>
    <message>
        <source>Check a catalogue file; nothing is written.</source>
        <translation>Kontrollera en servicekatalogfil; ingenting skrivs.</translation>
    </message>
    <message>
        <source>Validate a catalogue file, show what changes, and install it as a new version.</source>
        <translation>Kontrollera en servicekatalogfil, visa ändringarna och installera den som en ny version.</translation>
    </message>
    <message>
        <source>only show what would change; write nothing</source>
        <translation>visa bara vad som skulle ändras; skriv ingenting</translation>
    </message>
    <message>
        <source>Write the current catalogue as a native file.</source>
        <translation>Skriv den nuvarande servicekatalogen i eget format till en fil.</translation>
    </message>
    <message>
        <source>the file to write (.json, .json.gz or .zip)</source>
        <translation>filen som ska skrivas (.json, .json.gz eller .zip)</translation>
    </message>
    <message>
        <source>List the installed catalogue versions, newest first.</source>
        <translation>Lista de installerade versionerna av servicekatalogen, den nyaste först.</translation>
    </message>
    <message>
        <source>Make an earlier catalogue version current again (default: the one before).</source>
        <translation>Ta en tidigare version av servicekatalogen i bruk igen (standard: den föregående).</translation>
    </message>
    <message>
        <source>the version number, as catalogue history shows it</source>
        <translation>versionsnumret, som catalogue history visar det</translation>
    </message>
    <message>
        <source>a native .json, .json.gz or .zip file, or a PTV folder or zip</source>
        <translation>en .json-, .json.gz- eller .zip-fil i eget format, eller en PTV-mapp eller -zip</translation>
    </message>
    <message>
        <source>native or ptv (default: recognised from the file)</source>
        <translation>native eller ptv (standard: känns igen från filen)</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>(no log file could be written)</source>
        <translation>(ingen loggfil kunde skrivas)</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: %1.

Your data is safe: everything saved before this moment is kept, and Sote Navigator goes on running. The details are in the log file %2; please send it to your IT support.</source>
        <translation>Något oväntat gick fel: %1.

Dina uppgifter är i säkerhet: allt som sparats före detta ögonblick finns kvar, och Sote Navigator fortsätter att köra. Detaljerna finns i loggfilen %2; skicka den till IT-supporten.</translation>
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
        <translation>fel</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>varning</translation>
    </message>
    <message>
        <source>The file cannot be read (%1): check the name and your permissions.</source>
        <translation>Filen kan inte läsas (%1): kontrollera namnet och dina behörigheter.</translation>
    </message>
    <message>
        <source>The file is larger than the %1 MiB a catalogue may be: split it, or ask the publisher for a smaller file.</source>
        <translation>Filen är större än de %1 MiB en servicekatalog får vara: dela upp den eller be utgivaren om en mindre fil.</translation>
    </message>
    <message>
        <source>The packed file expands more than %1 times: it is not a catalogue and was not unpacked.</source>
        <translation>Den packade filen växer mer än %1 gånger: den är ingen servicekatalog och packades inte upp.</translation>
    </message>
    <message>
        <source>The zip holds a path that points outside its folder (%1): the zip was refused unopened.</source>
        <translation>Zip-filen innehåller en sökväg som pekar utanför dess mapp (%1): zip-filen avvisades oöppnad.</translation>
    </message>
    <message>
        <source>The packed file is damaged (%1): download or copy it again.</source>
        <translation>Den packade filen är skadad (%1): ladda ner eller kopiera den igen.</translation>
    </message>
    <message>
        <source>A catalogue zip must hold exactly one .json file; this one holds %1.</source>
        <translation>En zip-fil med en servicekatalog ska innehålla exakt en .json-fil; den här innehåller %1.</translation>
    </message>
    <message>
        <source>The file holds binary data, not JSON text: choose the catalogue&apos;s .json, .json.gz or .zip file.</source>
        <translation>Filen innehåller binära data, inte JSON-text: välj servicekatalogens .json-, .json.gz- eller .zip-fil.</translation>
    </message>
    <message>
        <source>The file is in %1, not UTF-8: save it again as UTF-8.</source>
        <translation>Filen är i %1, inte i UTF-8: spara den på nytt som UTF-8.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (the first wrong byte is at %1): save it again as UTF-8.</source>
        <translation>Filen är inte UTF-8-text (den första felaktiga byten finns vid %1): spara den på nytt som UTF-8.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1): it may be cut short; get a complete copy.</source>
        <translation>Filen är inte giltig JSON (%1): den kan vara avklippt; skaffa en fullständig kopia.</translation>
    </message>
    <message>
        <source>The file is JSON but not a Sote Navigator catalogue: for PTV data use --format ptv.</source>
        <translation>Filen är JSON men ingen servicekatalog för Sote-navigatorn: använd --format ptv för PTV-data.</translation>
    </message>
    <message>
        <source>The catalogue format version %1 is not supported (this version reads %2): update Sote Navigator.</source>
        <translation>Servicekatalogens formatversion %1 stöds inte (den här versionen läser %2): uppdatera Sote-navigatorn.</translation>
    </message>
    <message>
        <source>No PTV services, service locations or organisations were found here.</source>
        <translation>Här hittades inga tjänster, serviceställen eller organisationer från PTV.</translation>
    </message>
    <message>
        <source>Not as the catalogue format requires: %1</source>
        <translation>Inte som servicekatalogens format kräver: %1</translation>
    </message>
    <message>
        <source>%1 is not a date of the calendar.</source>
        <translation>%1 är inget datum i kalendern.</translation>
    </message>
    <message>
        <source>The id %1 is used twice.</source>
        <translation>Id:t %1 används två gånger.</translation>
    </message>
    <message>
        <source>It refers to %1, which is not in the catalogue&apos;s %2.</source>
        <translation>Det hänvisar till %1, som inte finns i servicekatalogens %2.</translation>
    </message>
    <message>
        <source>The municipality code %1 is not one of the catalogue&apos;s municipalities.</source>
        <translation>Kommunkoden %1 är inte en av servicekatalogens kommuner.</translation>
    </message>
    <message>
        <source>%1 is not a valid business ID (Y-tunnus): its check digit is wrong or it is malformed.</source>
        <translation>%1 är inte ett giltigt FO-nummer (Y-tunnus): kontrollsiffran är fel eller formen felaktig.</translation>
    </message>
    <message>
        <source>The text (%1) is %2 characters long; PTV allows %3.</source>
        <translation>Texten (%1) är %2 tecken lång; PTV tillåter %3.</translation>
    </message>
    <message>
        <source>The location is in a bilingual municipality (%1) but has no Swedish name.</source>
        <translation>Servicestället ligger i en tvåspråkig kommun (%1) men har inget svenskt namn.</translation>
    </message>
    <message>
        <source>This is not a PTV service, service channel or organisation: skipped.</source>
        <translation>Detta är ingen tjänst, servicekanal eller organisation från PTV: hoppades över.</translation>
    </message>
    <message>
        <source>It has no usable name: skipped.</source>
        <translation>Det har inget användbart namn: hoppades över.</translation>
    </message>
    <message>
        <source>The value “%1” is a placeholder, not data: left out.</source>
        <translation>Värdet ”%1” är en platshållare, inga data: utelämnat.</translation>
    </message>
    <message>
        <source>The text is missing in language %1, which the service is offered in.</source>
        <translation>Texten saknas på språket %1, som tjänsten erbjuds på.</translation>
    </message>
    <message>
        <source>The service has no service locations: imported without providers.</source>
        <translation>Tjänsten har inga serviceställen: importerad utan producenter.</translation>
    </message>
    <message>
        <source>The service channel %1 is not in the imported files: that connection was left out.</source>
        <translation>Servicekanalen %1 finns inte i de importerade filerna: den kopplingen utelämnades.</translation>
    </message>
    <message>
        <source>The organisation %1 is not in the imported files or the catalogue: the location has no provider.</source>
        <translation>Organisationen %1 finns inte i de importerade filerna eller i servicekatalogen: servicestället har ingen producent.</translation>
    </message>
    <message>
        <source>The service class %1 is not known: left out.</source>
        <translation>Tjänsteklassen %1 är okänd: utelämnad.</translation>
    </message>
    <message>
        <source>The coordinates %1, %2 are not a place in Finland in WGS84 or ETRS-TM35FIN: left out.</source>
        <translation>Koordinaterna %1, %2 är ingen plats i Finland i WGS84 eller ETRS-TM35FIN: utelämnade.</translation>
    </message>
    <message>
        <source>The opening hours cannot be read: left out.</source>
        <translation>Öppettiderna kan inte läsas: utelämnade.</translation>
    </message>
    <message>
        <source>The service location has no street address.</source>
        <translation>Servicestället har ingen besöksadress.</translation>
    </message>
    <message>
        <source>The municipality code %1 is not in the current catalogue: the address keeps no municipality.</source>
        <translation>Kommunkoden %1 finns inte i den nuvarande servicekatalogen: adressen får ingen kommun.</translation>
    </message>
    <message>
        <source>It is not published in PTV (%1): skipped.</source>
        <translation>Det är inte publicerat i PTV (%1): hoppades över.</translation>
    </message>
    <message>
        <source>%1, %2: %3: %4</source>
        <translation>%1, %2: %3: %4</translation>
    </message>
    <message>
        <source>organisers</source>
        <translation>anordnare</translation>
    </message>
    <message>
        <source>regional units</source>
        <translation>regionala verksamhetsenheter</translation>
    </message>
    <message>
        <source>municipalities</source>
        <translation>kommuner</translation>
    </message>
    <message>
        <source>municipality memberships</source>
        <translation>kommunernas enheter</translation>
    </message>
    <message>
        <source>former municipalities</source>
        <translation>tidigare kommuner</translation>
    </message>
    <message>
        <source>service classes</source>
        <translation>tjänsteklasser</translation>
    </message>
    <message>
        <source>services</source>
        <translation>tjänster</translation>
    </message>
    <message>
        <source>providers</source>
        <translation>producenter</translation>
    </message>
    <message>
        <source>locations</source>
        <translation>serviceställen</translation>
    </message>
    <message>
        <source>offerings</source>
        <translation>erbjudanden</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>Allvarlighet</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Vad som är fel</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Choose a catalogue file (.json, .json.gz, .zip) or a PTV folder.</source>
        <translation>Välj en servicekatalogfil (.json, .json.gz, .zip) eller en PTV-mapp.</translation>
    </message>
    <message>
        <source>Import catalogue</source>
        <translation>Importera servicekatalog</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Välj fil…</translation>
    </message>
    <message>
        <source>Choose PTV folder…</source>
        <translation>Välj PTV-mapp…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Recognise</source>
        <translation>Känn igen</translation>
    </message>
    <message>
        <source>Native catalogue</source>
        <translation>Egen servicekatalog</translation>
    </message>
    <message>
        <source>PTV (Open API v11)</source>
        <translation>PTV (Open API v11)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Filen läses…</translation>
    </message>
    <message>
        <source>Checking the catalogue…</source>
        <translation>Servicekatalogen kontrolleras…</translation>
    </message>
    <message>
        <source>Comparing with the current catalogue…</source>
        <translation>Jämförs med den nuvarande servicekatalogen…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importeras…</translation>
    </message>
    <message>
        <source>Choose a catalogue file</source>
        <translation>Välj en servicekatalogfil</translation>
    </message>
    <message>
        <source>Catalogue files (*.json *.json.gz *.gz *.zip);;All files (*)</source>
        <translation>Servicekatalogfiler (*.json *.json.gz *.gz *.zip);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Choose a folder of PTV files</source>
        <translation>Välj en mapp med PTV-filer</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryts…</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s).</source>
        <translation>%1 fel, %2 varningar.</translation>
    </message>
    <message>
        <source>This file cannot be imported: correct the errors listed.</source>
        <translation>Den här filen kan inte importeras: rätta de listade felen.</translation>
    </message>
    <message>
        <source>The catalogue already holds exactly this: nothing to do.</source>
        <translation>Servicekatalogen innehåller redan exakt detta: inget att göra.</translation>
    </message>
    <message>
        <source>Check the changes below, then choose Import.</source>
        <translation>Granska ändringarna nedan och välj sedan Importera.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ingenting ändrades.</translation>
    </message>
    <message>
        <source>Imported as catalogue version %1.</source>
        <translation>Importerad som version %1 av servicekatalogen.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Avbrutet: ingenting ändrades.</translation>
    </message>
    <message>
        <source>The import failed (%1): nothing was changed.</source>
        <translation>Importen misslyckades (%1): ingenting ändrades.</translation>
    </message>
</context>
<context>
    <name>Info</name>
    <message>
        <source>Database: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message>
        <source>No catalogue is installed.</source>
        <translation>Ingen servicekatalog är installerad.</translation>
    </message>
    <message>
        <source>Catalogue: %1 (%2), version %3</source>
        <translation>Servicekatalog: %1 (%2), version %3</translation>
    </message>
    <message>
        <source>Valid from: %1</source>
        <translation>Giltig från: %1</translation>
    </message>
    <message>
        <source>Imported: %1 from %2</source>
        <translation>Importerad: %1 från %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln organiser(s)</source>
        <translation>
            <numerusform>%Ln anordnare</numerusform>
            <numerusform>%Ln anordnare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln regional unit(s)</source>
        <translation>
            <numerusform>%Ln regional verksamhetsenhet</numerusform>
            <numerusform>%Ln regionala verksamhetsenheter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln municipality(ies)</source>
        <translation>
            <numerusform>%Ln kommun</numerusform>
            <numerusform>%Ln kommuner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln service class(es)</source>
        <translation>
            <numerusform>%Ln tjänsteklass</numerusform>
            <numerusform>%Ln tjänsteklasser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln service(s)</source>
        <translation>
            <numerusform>%Ln tjänst</numerusform>
            <numerusform>%Ln tjänster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln provider(s)</source>
        <translation>
            <numerusform>%Ln producent</numerusform>
            <numerusform>%Ln producenter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln location(s)</source>
        <translation>
            <numerusform>%Ln serviceställe</numerusform>
            <numerusform>%Ln serviceställen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln offering(s)</source>
        <translation>
            <numerusform>%Ln tjänst på ett serviceställe</numerusform>
            <numerusform>%Ln tjänster på serviceställen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk (Language)</translation>
    </message>
    <message>
        <source>Show Sote Navigator in this language</source>
        <translation>Visa Sote Navigator på det här språket</translation>
    </message>
</context>
<context>
    <name>Lookup</name>
    <message>
        <source>No municipality is called “%1”.</source>
        <translation>Det finns ingen kommun som heter ”%1”.</translation>
    </message>
    <message>
        <source>Did you mean: %1?</source>
        <translation>Menade du: %1?</translation>
    </message>
    <message>
        <source>Check the spelling, or give the municipality code.</source>
        <translation>Kontrollera stavningen eller ange kommunnumret.</translation>
    </message>
    <message>
        <source>%1 merged into %2 on %3.</source>
        <translation>%1 uppgick i %2 den %3.</translation>
    </message>
    <message>
        <source>Municipality: %1, code %2</source>
        <translation>Kommun: %1, kommunnummer %2</translation>
    </message>
    <message>
        <source>Language status: %1</source>
        <translation>Språklig status: %1</translation>
    </message>
    <message>
        <source>Residents are entitled to services in Finnish and in Swedish.</source>
        <translation>Invånarna har rätt till service på finska och på svenska.</translation>
    </message>
    <message>
        <source>Organiser: %1</source>
        <translation>Anordnare: %1</translation>
    </message>
    <message>
        <source>Regional unit: %1</source>
        <translation>Regional verksamhetsenhet: %1</translation>
    </message>
    <message>
        <source>Åland organises its own social and health care: it is outside the wellbeing services county reform, so no county serves this municipality.</source>
        <translation>Åland ordnar självt sin social- och hälsovård: landskapet står utanför välfärdsområdesreformen, så inget välfärdsområde betjänar den här kommunen.</translation>
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
        <translation>Ingen servicekatalog är installerad.</translation>
    </message>
    <message>
        <source>Catalogue: %1, version %2</source>
        <translation>Servicekatalog: %1, version %2</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The database %1 was written by a newer version of Sote Navigator (schema %2; this version reads up to %3): install the newer version, or use another database with --db.</source>
        <translation>Databasen %1 har skrivits av en nyare version av Sote Navigator (schema %2; den här versionen läser högst schema %3): installera den nyare versionen eller använd en annan databas med --db.</translation>
    </message>
    <message>
        <source>The file %1 is not a Sote Navigator database: choose another file with --db, or move it away to start with a new database.</source>
        <translation>Filen %1 är inte en Sote Navigator-databas: välj en annan fil med --db eller flytta undan den för att börja med en ny databas.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to: give yourself write permission there, or choose another place with --db or SOTE_NAVIGATOR_HOME.</source>
        <translation>Det går inte att skriva i mappen %1: ge dig själv skrivbehörighet där eller välj en annan plats med --db eller SOTE_NAVIGATOR_HOME.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2): restore it from a backup with the restore command.</source>
        <translation>Databasen %1 är skadad (%2): återställ den från en säkerhetskopia med kommandot restore.</translation>
    </message>
    <message>
        <source>The database %1 is busy in another program for too long: try again in a moment.</source>
        <translation>Databasen %1 är för länge upptagen av ett annat program: försök igen om en stund.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full: free some space and try again; nothing was changed.</source>
        <translation>Disken där %1 finns är full: frigör utrymme och försök igen; inget ändrades.</translation>
    </message>
    <message>
        <source>Reading or writing %1 failed (%2): check the disk or the network folder and try again; nothing was changed.</source>
        <translation>Läsning eller skrivning av %1 misslyckades (%2): kontrollera disken eller nätverksmappen och försök igen; ingenting ändrades.</translation>
    </message>
    <message>
        <source>The built-in default catalogue is missing from this installation: reinstall Sote Navigator, or import a catalogue file.</source>
        <translation>Den inbyggda standardkatalogen saknas i den här installationen: installera om Sote Navigator eller importera en katalogfil.</translation>
    </message>
    <message>
        <source>There is no database at %1 yet, so there is nothing to back up.</source>
        <translation>Det finns ännu ingen databas i %1, så det finns inget att säkerhetskopiera.</translation>
    </message>
    <message>
        <source>The file %1 does not exist: check the name and the folder.</source>
        <translation>Filen %1 finns inte: kontrollera namnet och mappen.</translation>
    </message>
    <message>
        <source>%1 is the database itself: choose another file name for the copy.</source>
        <translation>%1 är själva databasen: välj ett annat filnamn för kopian.</translation>
    </message>
    <message>
        <source>The file %1 is not a Sote Navigator database, so nothing was restored: choose a file made with the backup command.</source>
        <translation>Filen %1 är inte en Sote Navigator-databas, så ingenting återställdes: välj en fil som gjorts med kommandot backup.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2), so nothing was restored: use an older backup.</source>
        <translation>Säkerhetskopian %1 är skadad (%2), så ingenting återställdes: använd en äldre säkerhetskopia.</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of Sote Navigator (schema %2; this version reads up to %3), so nothing was restored: install the newer version first.</source>
        <translation>Säkerhetskopian %1 har gjorts av en nyare version av Sote Navigator (schema %2; denna version läser högst %3), så ingenting återställdes: installera den nyare versionen först.</translation>
    </message>
    <message>
        <source>Sote Navigator is open on %1: close its window first, then restore again.</source>
        <translation>Sote Navigator är öppet med %1: stäng dess fönster först och återställ sedan igen.</translation>
    </message>
    <message>
        <source>No municipality is called “%1”.</source>
        <translation>Det finns ingen kommun som heter ”%1”.</translation>
    </message>
    <message>
        <source>There is no catalogue version %1: see the version numbers with “catalogue history”.</source>
        <translation>Det finns ingen version %1 av servicekatalogen: se versionsnumren med ”catalogue history”.</translation>
    </message>
    <message>
        <source>There is no earlier catalogue version to go back to: nothing was changed.</source>
        <translation>Det finns ingen tidigare version av servicekatalogen att gå tillbaka till: ingenting ändrades.</translation>
    </message>
    <message>
        <source>The catalogue was changed by another import while this one was being checked: nothing was written; run the import again.</source>
        <translation>Servicekatalogen ändrades av en annan import medan den här kontrollerades: ingenting skrevs; kör importen igen.</translation>
    </message>
    <message>
        <source>Nothing was found for “%1”.</source>
        <translation>Inget hittades för ”%1”.</translation>
    </message>
    <message>
        <source>The catalogue file %1 is not valid: %2</source>
        <translation>Katalogfilen %1 är inte giltig: %2</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>municipality</source>
        <translation>kommun</translation>
    </message>
    <message>
        <source>service</source>
        <translation>tjänst</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>producent</translation>
    </message>
    <message>
        <source>location</source>
        <translation>serviceställe</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Inget matchar ”%1”.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>monolingual, Finnish</source>
        <translation>enspråkig, finska</translation>
    </message>
    <message>
        <source>monolingual, Swedish</source>
        <translation>enspråkig, svenska</translation>
    </message>
    <message>
        <source>bilingual, Finnish majority</source>
        <translation>tvåspråkig, finskspråkig majoritet</translation>
    </message>
    <message>
        <source>bilingual, Swedish majority</source>
        <translation>tvåspråkig, svenskspråkig majoritet</translation>
    </message>
    <message>
        <source>basic service, local</source>
        <translation>basservice, närservice</translation>
    </message>
    <message>
        <source>basic service, regional</source>
        <translation>basservice, regional</translation>
    </message>
    <message>
        <source>centralised basic service</source>
        <translation>centraliserad basservice</translation>
    </message>
    <message>
        <source>demanding and special service</source>
        <translation>krävande service eller specialservice</translation>
    </message>
    <message>
        <source>support service</source>
        <translation>stödtjänst</translation>
    </message>
    <message>
        <source>direct access</source>
        <translation>direkt tillgång</translation>
    </message>
    <message>
        <source>referral needed</source>
        <translation>remiss behövs</translation>
    </message>
    <message>
        <source>service-need assessment and authority decision</source>
        <translation>bedömning av servicebehov och myndighetsbeslut</translation>
    </message>
    <message>
        <source>free choice of provider</source>
        <translation>fritt val av producent</translation>
    </message>
    <message>
        <source>choice by service voucher</source>
        <translation>val med servicesedel</translation>
    </message>
    <message>
        <source>assigned to the own regional unit</source>
        <translation>hänvisas till den egna regionala verksamhetsenheten</translation>
    </message>
    <message>
        <source>wellbeing services county</source>
        <translation>välfärdsområde</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>kommun</translation>
    </message>
    <message>
        <source>public enterprise (liikelaitos)</source>
        <translation>affärsverk</translation>
    </message>
    <message>
        <source>sote-keskus Oy</source>
        <translation>social- och hälsocentral Ab</translation>
    </message>
    <message>
        <source>suun terveydenhuolto Oy</source>
        <translation>mun- och tandvård Ab</translation>
    </message>
    <message>
        <source>voucher provider</source>
        <translation>servicesedelproducent</translation>
    </message>
    <message>
        <source>procured provider</source>
        <translation>köptjänstproducent</translation>
    </message>
    <message>
        <source>hospital district</source>
        <translation>sjukvårdsdistrikt</translation>
    </message>
    <message>
        <source>organisation (NGO)</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>own production</source>
        <translation>egen produktion</translation>
    </message>
    <message>
        <source>procured service</source>
        <translation>köptjänst</translation>
    </message>
    <message>
        <source>service voucher</source>
        <translation>servicesedel</translation>
    </message>
    <message>
        <source>EXAMPLE DATA</source>
        <translation>EXEMPELDATA</translation>
    </message>
</context>
</TS>
