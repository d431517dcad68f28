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
    <name>CircumstancesBox</name>
    <message>
        <source>Who the services are for (answer only what you asked)</source>
        <translation>Vem tjänsterna är avsedda för (svara bara på det du frågat)</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Leave it at the first choice unless you asked the client.</source>
        <translation>Lämna det första alternativet om du inte frågade klienten.</translation>
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
        <source>database file or database URL (default: the file in the per-user data folder, or $SOTE_NAVIGATOR_HOME)</source>
        <translation>databasfil eller databasens URL (standard: filen i användarens datamapp, eller $SOTE_NAVIGATOR_HOME)</translation>
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
        <source>Other users had access to the data folder %1 (mode %2): it is now open to you only.</source>
        <translation>Andra användare hade åtkomst till datamappen %1 (behörigheter %2): nu är den bara öppen för dig.</translation>
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
        <source>render the window as a start first shows it (before the database opens) into this PNG file and exit; for timing start-up</source>
        <translation>rita fönstret så som det först visas vid start (innan databasen öppnas) i den här PNG-filen och avsluta; för att mäta starttiden</translation>
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
    <message>
        <source>give the age in whole years, 0 to %1</source>
        <translation>ange åldern i hela år, 0–%1</translation>
    </message>
    <message>
        <source>give fi, sv or another language code such as ru or en</source>
        <translation>ange fi, sv eller en annan språkkod, till exempel ru eller en</translation>
    </message>
    <message>
        <source>give a postal code of five digits</source>
        <translation>ange ett postnummer med fem siffror</translation>
    </message>
    <message>
        <source>Show the services that fit a client&apos;s need, with verdicts, reasons and the ranked providers the client may choose.</source>
        <translation>Visa de tjänster som passar klientens behov, med bedömning, motiveringar och de rangordnade producenter som klienten kan välja.</translation>
    </message>
    <message>
        <source>home municipality: name in Finnish or Swedish, or its code</source>
        <translation>hemkommun: namn på finska eller svenska, eller kommunnumret</translation>
    </message>
    <message>
        <source>age in years</source>
        <translation>ålder i år</translation>
    </message>
    <message>
        <source>service language: fi, sv, or another language code (needs an interpreter)</source>
        <translation>servicespråk: fi, sv eller en annan språkkod (tolk behövs)</translation>
    </message>
    <message>
        <source>the need in words, a service id or a service class code</source>
        <translation>behovet i ord, en tjänsts id eller en tjänsteklasskod</translation>
    </message>
    <message>
        <source>the need is urgent</source>
        <translation>behovet är brådskande</translation>
    </message>
    <message>
        <source>the client cannot travel: home visits are needed</source>
        <translation>klienten kan inte ta sig till en mottagning: hembesök behövs</translation>
    </message>
    <message>
        <source>accessible premises are needed</source>
        <translation>tillgängliga lokaler behövs</translation>
    </message>
    <message>
        <source>evening or weekend opening hours are needed</source>
        <translation>öppettider på kvällar eller veckoslut behövs</translation>
    </message>
    <message>
        <source>the client&apos;s postal code: places are ordered nearest first from it (not stored unless the placement is saved)</source>
        <translation>klientens postnummer: verksamhetsställena ordnas från det närmaste (sparas bara om placeringen sparas)</translation>
    </message>
    <message>
        <source>list every provider of each choice set, not only the best</source>
        <translation>lista alla producenter i varje valmöjlighet, inte bara de bästa</translation>
    </message>
    <message>
        <source>an interpreter is needed, also in Finnish or Swedish</source>
        <translation>tolk behövs också på finska eller svenska</translation>
    </message>
    <message>
        <source>recording the placement</source>
        <translation>registrering av placeringen</translation>
    </message>
    <message>
        <source>save the placement record in the database</source>
        <translation>spara placeringen i databasen</translation>
    </message>
    <message>
        <source>the service placed into (default: the first one that fits)</source>
        <translation>tjänsten som klienten placeras i (standard: den första som passar)</translation>
    </message>
    <message>
        <source>the provider the client chose, by offering id (default: the best)</source>
        <translation>producenten som klienten valde, med erbjudandets id (standard: den bästa)</translation>
    </message>
    <message>
        <source>status of the record (default: draft)</source>
        <translation>registreringens status (standard: utkast)</translation>
    </message>
    <message>
        <source>a pseudonymous client reference (never a personal identity code)</source>
        <translation>en pseudonym klientreferens (aldrig en personbeteckning)</translation>
    </message>
    <message>
        <source>the counsellor&apos;s note</source>
        <translation>servicehandledarens anteckning</translation>
    </message>
    <message>
        <source>The service is only for a client group the client is not confirmed to be in: give the circumstance named in its reasons (e.g. --education), then save.</source>
        <translation>Tjänsten är endast för en målgrupp som klienten inte har bekräftats höra till: ange uppgiften som nämns i motiveringarna (t.ex. --education) och spara sedan.</translation>
    </message>
    <message>
        <source>No service that fits can be recorded: choose one with --service ID from the list above.</source>
        <translation>Ingen passande tjänst kan registreras: välj en i listan ovan med --service ID.</translation>
    </message>
    <message>
        <source>The offering %1 is not in the choice set of this service: choose one listed above.</source>
        <translation>Erbjudandet %1 hör inte till tjänstens valmöjligheter: välj ett av dem som listas ovan.</translation>
    </message>
    <message>
        <source>Saved placement %1 (%2).</source>
        <translation>Placering %1 sparades (%2).</translation>
    </message>
    <message>
        <source>List, show, update and export placement records.</source>
        <translation>Lista, visa, uppdatera och exportera servicehandledningsposter.</translation>
    </message>
    <message>
        <source>list placements: referrals waiting for a decision first, then the newest first</source>
        <translation>lista handledningarna: först remisser som väntar på beslut, sedan de nyaste först</translation>
    </message>
    <message>
        <source>only placements with this status</source>
        <translation>endast handledningar med denna status</translation>
    </message>
    <message>
        <source>print a placement summary as text</source>
        <translation>skriv ut en sammanfattning av handledningen som text</translation>
    </message>
    <message>
        <source>language of the summary (default: the client&apos;s)</source>
        <translation>sammanfattningens språk (standard: klientens språk)</translation>
    </message>
    <message>
        <source>change the status of a placement</source>
        <translation>ändra handledningens status</translation>
    </message>
    <message>
        <source>why the status changed</source>
        <translation>varför statusen ändrades</translation>
    </message>
    <message>
        <source>write the placements to FILE.csv and counts by service, provider and regional unit to FILE-counts.csv</source>
        <translation>skriv handledningarna till FILE.csv och antalen per tjänst, producent och verksamhetsenhet till FILE-counts.csv</translation>
    </message>
    <message>
        <source>cell separator</source>
        <translation>cellavgränsare</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as 1.1.2025</source>
        <translation>”%1” är inte ett datum: skriv det som 1.1.2025</translation>
    </message>
    <message>
        <source>give a number of days from 1 to 365</source>
        <translation>ange ett antal dagar från 1 till 365</translation>
    </message>
    <message>
        <source>only referrals still waiting for a decision after the set days</source>
        <translation>endast remisser som efter det inställda antalet dagar fortfarande väntar på beslut</translation>
    </message>
    <message>
        <source>a referral with no decision after N days needs a follow-up (default: the setting, 14 unless changed)</source>
        <translation>en remiss utan beslut efter N dagar ska följas upp (standard: inställningen, 14 om den inte ändrats)</translation>
    </message>
    <message>
        <source>only placements changed on or after DATE (e.g. 1.1.2025)</source>
        <translation>endast handledningar som ändrats DATE eller senare (t.ex. 1.1.2025)</translation>
    </message>
    <message>
        <source>only placements changed on or before DATE</source>
        <translation>endast handledningar som ändrats DATE eller tidigare</translation>
    </message>
    <message>
        <source>only placements into this service (its id or part of its name)</source>
        <translation>endast handledningar till denna tjänst (dess id eller en del av namnet)</translation>
    </message>
    <message>
        <source>only placements in this regional unit (its id or part of its name)</source>
        <translation>endast handledningar i denna regionala verksamhetsenhet (dess id eller en del av namnet)</translation>
    </message>
    <message>
        <source>the client&apos;s circumstances (leave out what was not asked)</source>
        <translation>klientens situation (utelämna det som inte frågades)</translation>
    </message>
    <message>
        <source>studies now: none, basic (pre-primary or basic education), secondary (upper secondary or vocational) or higher (university)</source>
        <translation>studier nu: none (studerar inte), basic (förskoleundervisning eller grundläggande utbildning), secondary (gymnasium eller yrkesutbildning) eller higher (universitet eller yrkeshögskola)</translation>
    </message>
    <message>
        <source>work now: employed, self_employed, seafarer, unemployed or not_working (retired, at home)</source>
        <translation>arbete nu: employed (löntagare), self_employed (företagare), seafarer (sjöman), unemployed (arbetslös) eller not_working (arbetar inte: pensionär, hemma)</translation>
    </message>
    <message>
        <source>children under 18 in the family: none, under_school_age (at least one) or school_age (all of school age)</source>
        <translation>barn under 18 år i familjen: none (inga barn), under_school_age (minst ett under skolåldern) eller school_age (alla i skolåldern)</translation>
    </message>
    <message>
        <source>pregnant, or the family is expecting a baby</source>
        <translation>gravid, eller familjen väntar barn</translation>
    </message>
    <message>
        <source>the client is a war veteran</source>
        <translation>klienten är krigsveteran</translation>
    </message>
    <message>
        <source>List the locations and offerings whose information is older than the catalogue&apos;s freshness limit (default 24 months).</source>
        <translation>Lista de verksamhetsställen och erbjudanden vars uppgifter är äldre än katalogens aktualitetsgräns (standard 24 månader).</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) older than the freshness limit of %1 months:</source>
        <translation>
            <numerusform>%n post är äldre än aktualitetsgränsen på %1 månader:</numerusform>
            <numerusform>%n poster är äldre än aktualitetsgränsen på %1 månader:</numerusform>
        </translation>
    </message>
    <message>
        <source>location</source>
        <translation>verksamhetsställe</translation>
    </message>
    <message>
        <source>offering</source>
        <translation>erbjudande</translation>
    </message>
    <message>
        <source>%1 %2 — %3, information from %4</source>
        <translation>%1 %2 — %3, uppgifter från %4</translation>
    </message>
    <message numerus="yes">
        <source>(%n offering(s))</source>
        <translation>
            <numerusform>(%n erbjudande)</numerusform>
            <numerusform>(%n erbjudanden)</numerusform>
        </translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>källa: %1</translation>
    </message>
    <message>
        <source>No date given: %1 location(s), %2 offering(s).</source>
        <translation>Inget datum: %1 verksamhetsställen, %2 erbjudanden.</translation>
    </message>
    <message>
        <source>give the household size as a whole number, 1 to %1</source>
        <translation>ange hushållets storlek som ett heltal, 1–%1</translation>
    </message>
    <message>
        <source>give the hours of care a month as a whole number, 0 to %1</source>
        <translation>ange vårdtimmarna per månad som ett heltal, 0–%1</translation>
    </message>
    <message>
        <source>give euros a month, e.g. 2000 or 2000,50</source>
        <translation>ange euro per månad, t.ex. 2000 eller 2000,50</translation>
    </message>
    <message>
        <source>the fee estimate (optional; never logged, saved only with --save)</source>
        <translation>avgiftsuppskattningen (frivilligt; loggas aldrig, sparas bara med --save)</translation>
    </message>
    <message>
        <source>household size for the fee estimate (optional)</source>
        <translation>hushållets storlek för avgiftsuppskattningen (frivilligt)</translation>
    </message>
    <message>
        <source>the household&apos;s gross income a month in euros, for the fee estimate (optional)</source>
        <translation>hushållets bruttoinkomster per månad i euro, för avgiftsuppskattningen (frivilligt)</translation>
    </message>
    <message>
        <source>the client&apos;s own net income a month in euros, for the fee estimate (optional)</source>
        <translation>klientens egna nettoinkomster per månad i euro, för avgiftsuppskattningen (frivilligt)</translation>
    </message>
    <message>
        <source>hours of care a month, for the fee estimate (optional)</source>
        <translation>vårdtimmar per månad, för avgiftsuppskattningen (frivilligt)</translation>
    </message>
    <message>
        <source>Make the publisher&apos;s key pair: KEYFILE (private, readable by you only) and its public key beside it (.pub) for the desks.</source>
        <translation>Skapa utgivarens nyckelpar: KEYFILE (privat, läsbar endast för dig) och bredvid den den publika nyckeln (.pub) för arbetsstationerna.</translation>
    </message>
    <message>
        <source>the private key file to make</source>
        <translation>filen för den privata nyckel som skapas</translation>
    </message>
    <message>
        <source>the publisher&apos;s name that desks are shown, in quotes</source>
        <translation>utgivarens namn som arbetsstationerna visar, inom citattecken</translation>
    </message>
    <message>
        <source>Sign a catalogue file or PTV folder: writes FILE.sig beside it; publish both.</source>
        <translation>Signera en katalogfil eller PTV-mapp: skriver FILE.sig bredvid den; publicera båda.</translation>
    </message>
    <message>
        <source>the private key made by catalogue keygen</source>
        <translation>den privata nyckel som catalogue keygen skapade</translation>
    </message>
    <message>
        <source>Accept catalogues signed with this publisher&apos;s public key (.pub).</source>
        <translation>Godkänn servicekataloger som signerats med den här utgivarens publika nyckel (.pub).</translation>
    </message>
    <message>
        <source>the publisher&apos;s public key</source>
        <translation>utgivarens publika nyckel</translation>
    </message>
    <message>
        <source>List the publishers&apos; public keys this desk trusts.</source>
        <translation>Lista de utgivares publika nycklar som den här arbetsstationen litar på.</translation>
    </message>
    <message>
        <source>import a file that has no signature (only if you know where it comes from)</source>
        <translation>importera en fil som saknar signatur (bara om du vet var den kommer ifrån)</translation>
    </message>
    <message>
        <source>Push the placements and status changes saved here since the last sync to the region, and pull the region&apos;s status changes and its current catalogue.</source>
        <translation>Skicka de placeringar och statusändringar som sparats här sedan den senaste synkroniseringen till regionen, och hämta regionens statusändringar och dess gällande katalog.</translation>
    </message>
    <message>
        <source>the region&apos;s database, postgresql://USER@HOST/NAME (default: location= under [region] in the settings); the password comes from PGPASSWORD or ~/.pgpass</source>
        <translation>regionens databas, postgresql://ANVÄNDARE@SERVER/NAMN (standard: location= under [region] i inställningarna); lösenordet kommer från PGPASSWORD eller ~/.pgpass</translation>
    </message>
    <message>
        <source>A region&apos;s shared database: sync this desk with it, set up its roles, report.</source>
        <translation>Områdets gemensamma databas: synkronisera den här servicepunkten, ställ in roller, rapporter.</translation>
    </message>
    <message>
        <source>Say what to do: sync, init or report.</source>
        <translation>Ange vad som ska göras: sync, init eller report.</translation>
    </message>
    <message>
        <source>unknown breakdown “%1”: use %2</source>
        <translation>okänd indelning ”%1”: använd %2</translation>
    </message>
    <message>
        <source>Create the catalogue maintainer and desk roles of a region&apos;s PostgreSQL database and grant their rights; run as the database&apos;s owner, again after each upgrade.</source>
        <translation>Skapa rollerna för katalogens underhållare och för servicepunkterna i områdets PostgreSQL-databas och ge dem deras rättigheter; kör som databasens ägare, och på nytt efter varje uppdatering.</translation>
    </message>
    <message>
        <source>login roles that get the desk role (read, save placements)</source>
        <translation>inloggningsroller som får servicepunktens roll (läsa, spara handledningar)</translation>
    </message>
    <message>
        <source>login roles that get the catalogue maintainer role (import, roll back)</source>
        <translation>inloggningsroller som får rollen som katalogens underhållare (importera, återställa)</translation>
    </message>
    <message>
        <source>Placements counted by month, service, provider, unit and status, with the days from referral to decision; no client reference or note.</source>
        <translation>Antalet handledningar per månad, tjänst, producent, enhet och status, och dagarna från remiss till beslut; ingen klientreferens eller anteckning.</translation>
    </message>
    <message>
        <source>what to count by, comma-separated (default: month)</source>
        <translation>vad som räknas per, kommaseparerat (standard: month)</translation>
    </message>
    <message>
        <source>write the report as CSV to FILE</source>
        <translation>skriv rapporten som CSV till FILE</translation>
    </message>
</context>
<context>
    <name>ClientGroups</name>
    <message>
        <source>pupils in pre-primary and basic education</source>
        <translation>elever i förskoleundervisning och grundläggande utbildning</translation>
    </message>
    <message>
        <source>students in secondary and higher education</source>
        <translation>studerande på andra stadiet och inom högre utbildning</translation>
    </message>
    <message>
        <source>pregnant people and families expecting a baby</source>
        <translation>gravida och familjer som väntar barn</translation>
    </message>
    <message>
        <source>children under school age and their families</source>
        <translation>barn under skolåldern och deras familjer</translation>
    </message>
    <message>
        <source>children under 18 and families with children</source>
        <translation>barn under 18 år och barnfamiljer</translation>
    </message>
    <message>
        <source>older people (aged 65 or over)</source>
        <translation>äldre personer (som fyllt 65 år)</translation>
    </message>
    <message>
        <source>war veterans</source>
        <translation>krigsveteraner</translation>
    </message>
    <message>
        <source>employees and the self-employed</source>
        <translation>löntagare och företagare</translation>
    </message>
    <message>
        <source>seafarers</source>
        <translation>sjöfolk</translation>
    </message>
    <message>
        <source>unemployed people</source>
        <translation>arbetslösa</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 eller %2</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Studier</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbete</translation>
    </message>
    <message>
        <source>Children in the family</source>
        <translation>Barn i familjen</translation>
    </message>
    <message>
        <source>Pregnant or expecting a baby</source>
        <translation>Gravid eller väntar barn</translation>
    </message>
    <message>
        <source>War veteran</source>
        <translation>Krigsveteran</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Inte frågat</translation>
    </message>
    <message>
        <source>Not studying</source>
        <translation>Studerar inte</translation>
    </message>
    <message>
        <source>Pre-primary or basic education</source>
        <translation>Förskoleundervisning eller grundläggande utbildning</translation>
    </message>
    <message>
        <source>Upper secondary or vocational education</source>
        <translation>Gymnasium eller yrkesutbildning</translation>
    </message>
    <message>
        <source>University or university of applied sciences</source>
        <translation>Universitet eller yrkeshögskola</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Löntagare</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>Företagare</translation>
    </message>
    <message>
        <source>Seafarer</source>
        <translation>Sjöman</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>Arbetslös</translation>
    </message>
    <message>
        <source>Not working (retired, at home)</source>
        <translation>Arbetar inte (pensionär, hemma)</translation>
    </message>
    <message>
        <source>No children under 18</source>
        <translation>Inga barn under 18 år</translation>
    </message>
    <message>
        <source>A child under school age</source>
        <translation>Ett barn under skolåldern</translation>
    </message>
    <message>
        <source>Only children of school age, under 18</source>
        <translation>Endast barn i skolåldern, under 18 år</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>The service is for %1, and by age the client is one of them.</source>
        <translation>Tjänstens målgrupp: %1. Klienten hör till den på grund av sin ålder.</translation>
    </message>
    <message>
        <source>The service is for %1, and the client is one of them.</source>
        <translation>Tjänstens målgrupp: %1. Klienten hör till den.</translation>
    </message>
    <message>
        <source>The service is only for %1; the client is not one of them.</source>
        <translation>Tjänsten är endast för målgruppen: %1. Klienten hör inte till den.</translation>
    </message>
    <message>
        <source>The service is only for %1: confirm that the client is one of them.</source>
        <translation>Tjänsten är endast för målgruppen: %1. Kontrollera att klienten hör till den.</translation>
    </message>
    <message>
        <source>The service is only for %1: confirm that the client is one of them (%2).</source>
        <translation>Tjänsten är endast för målgruppen: %1. Kontrollera att klienten hör till den (%2).</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Where the client lives, their age and language, and what they need.</source>
        <translation>Var klienten bor, klientens ålder och språk och vad klienten behöver.</translation>
    </message>
    <message>
        <source>Home municipality:</source>
        <translation>Hemkommun:</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>Ålder:</translation>
    </message>
    <message>
        <source>Service language:</source>
        <translation>Servicespråk:</translation>
    </message>
    <message>
        <source>Other language (code):</source>
        <translation>Annat språk (kod):</translation>
    </message>
    <message>
        <source>Client reference (optional):</source>
        <translation>Klientreferens (frivillig):</translation>
    </message>
    <message>
        <source>name in Finnish or Swedish, or the code</source>
        <translation>namn på finska eller svenska, eller numret</translation>
    </message>
    <message>
        <source>Postal code (optional):</source>
        <translation>Postnummer (frivilligt):</translation>
    </message>
    <message>
        <source>The client&apos;s age in full years.</source>
        <translation>Klientens ålder i fyllda år.</translation>
    </message>
    <message>
        <source>The language the client wants to be served in.</source>
        <translation>Det språk klienten vill få service på.</translation>
    </message>
    <message>
        <source>A language not in the list, as its two- or three-letter code, e.g. ru.</source>
        <translation>Ett språk som inte finns i listan, som en kod på två eller tre bokstäver, t.ex. ru.</translation>
    </message>
    <message>
        <source>to list the nearest places first</source>
        <translation>de närmaste verksamhetsställena visas först</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>Behöver tolk</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Brådskande</translation>
    </message>
    <message>
        <source>Cannot travel: needs home visits</source>
        <translation>Kan inte ta sig till mottagning: behöver hembesök</translation>
    </message>
    <message>
        <source>Needs accessible premises</source>
        <translation>Behöver tillgängliga lokaler</translation>
    </message>
    <message>
        <source>Needs evening or weekend hours</source>
        <translation>Behöver tider på kvällar eller veckoslut</translation>
    </message>
    <message>
        <source>a pseudonymous reference, never a personal identity code</source>
        <translation>en pseudonym referens, aldrig en personbeteckning</translation>
    </message>
    <message>
        <source>Another language…</source>
        <translation>Annat språk…</translation>
    </message>
    <message>
        <source>Did you mean: %1?</source>
        <translation>Menade du: %1?</translation>
    </message>
    <message>
        <source>No municipality has this name or code.</source>
        <translation>Ingen kommun har detta namn eller nummer.</translation>
    </message>
    <message>
        <source>This is a personal identity code. Use a pseudonymous reference instead: the placement record must not identify the client.</source>
        <translation>Detta är en personbeteckning. Använd i stället en pseudonym referens: handledningsposten får inte identifiera klienten.</translation>
    </message>
    <message>
        <source>This looks like a personal identity code. Use a pseudonymous reference instead.</source>
        <translation>Detta ser ut som en personbeteckning. Använd i stället en pseudonym referens.</translation>
    </message>
    <message>
        <source>Give the client&apos;s home municipality.</source>
        <translation>Ange klientens hemkommun.</translation>
    </message>
    <message>
        <source>No municipality is called “%1”. Did you mean: %2?</source>
        <translation>Ingen kommun heter ”%1”. Menade du: %2?</translation>
    </message>
    <message>
        <source>No municipality is called “%1”: check the spelling or give the code.</source>
        <translation>Ingen kommun heter ”%1”: kontrollera stavningen eller ange kommunnumret.</translation>
    </message>
    <message>
        <source>Give the postal code as five digits, or leave it empty.</source>
        <translation>Ange postnumret med fem siffror eller lämna fältet tomt.</translation>
    </message>
    <message>
        <source>Give the client&apos;s age in years.</source>
        <translation>Ange klientens ålder i år.</translation>
    </message>
    <message>
        <source>Give the other language as its two- or three-letter code, e.g. ru.</source>
        <translation>Ange det andra språket med dess kod på två eller tre bokstäver, till exempel ru.</translation>
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
    <name>DetailsPane</name>
    <message>
        <source>Provider kind: %1</source>
        <translation>Producenttyp: %1</translation>
    </message>
    <message>
        <source>Invented for demonstration: not a real service or provider</source>
        <translation>Påhittad för demonstration: ingen verklig tjänst eller producent</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Uppgifter: %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>A municipal service, not the wellbeing services county&apos;s: refer the client to their home municipality.</source>
        <translation>En kommunal tjänst, inte välfärdsområdets: hänvisa klienten till hemkommunen.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Servicenivå</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Tillgång</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Val</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>För vem</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Avgift</translation>
    </message>
    <message>
        <source>Ways in</source>
        <translation>Kontaktvägar</translation>
    </message>
    <message>
        <source>aged %1 to %2</source>
        <translation>%1–%2 år</translation>
    </message>
    <message>
        <source>aged %1 or over</source>
        <translation>från %1 år</translation>
    </message>
    <message>
        <source>aged %1 or under</source>
        <translation>högst %1 år</translation>
    </message>
    <message>
        <source>residents of the organiser&apos;s area</source>
        <translation>invånare i anordnarens område</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Serviceställe</translation>
    </message>
    <message>
        <source>no fixed location (e.g. home visits or phone)</source>
        <translation>inget fast serviceställe (t.ex. hembesök eller telefon)</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Anordnare</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <source>Regional units served</source>
        <translation>Betjänade regionala verksamhetsenheter</translation>
    </message>
    <message>
        <source>The name is in Finnish only: the source gives no Swedish name.</source>
        <translation>Namnet finns endast på finska: källan har inget svenskt namn.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Other services here</source>
        <translation>Andra tjänster på samma ställe</translation>
    </message>
    <message>
        <source>by appointment</source>
        <translation>med tidsbeställning</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öppettider</translation>
    </message>
    <message>
        <source>Evenings and weekends</source>
        <translation>Kvällar och veckoslut</translation>
    </message>
    <message>
        <source>Service languages</source>
        <translation>Servicespråk</translation>
    </message>
    <message>
        <source>accessible premises</source>
        <translation>tillgängliga lokaler</translation>
    </message>
    <message>
        <source>not reported accessible</source>
        <translation>tillgänglighet inte uppgiven</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Tillgänglighet</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Next exception</source>
        <translation>Följande undantag</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Uppgifternas datum och källa</translation>
    </message>
    <message>
        <source>open evenings and weekends</source>
        <translation>öppet på kvällar och veckoslut</translation>
    </message>
    <message>
        <source>open evenings</source>
        <translation>öppet på kvällar</translation>
    </message>
    <message>
        <source>open weekends</source>
        <translation>öppet på veckoslut</translation>
    </message>
    <message>
        <source>not open evenings or weekends</source>
        <translation>inte öppet på kvällar eller veckoslut</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>Produktionssätt</translation>
    </message>
    <message>
        <source>Languages for this service</source>
        <translation>Språk för denna tjänst</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>Hembesök</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>Väntetid</translation>
    </message>
    <message numerus="yes">
        <source>about %n day(s)</source>
        <translation>
            <numerusform>cirka %n dag</numerusform>
            <numerusform>cirka %n dagar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeeBox</name>
    <message>
        <source>For the fee estimate (optional, not logged)</source>
        <translation>För avgiftsuppskattningen (frivilligt, loggas inte)</translation>
    </message>
    <message>
        <source>Household size:</source>
        <translation>Hushållets storlek:</translation>
    </message>
    <message>
        <source>Household&apos;s gross income a month (€):</source>
        <translation>Hushållets bruttoinkomster per månad (€):</translation>
    </message>
    <message>
        <source>Client&apos;s own net income a month (€):</source>
        <translation>Klientens egna nettoinkomster per månad (€):</translation>
    </message>
    <message>
        <source>Hours of care a month:</source>
        <translation>Vårdtimmar per månad:</translation>
    </message>
    <message>
        <source>How many people live in the client&apos;s household, the client included.</source>
        <translation>Hur många personer som bor i klientens hushåll, klienten medräknad.</translation>
    </message>
    <message>
        <source>How many hours of care the client receives a month, if known.</source>
        <translation>Hur många timmar vård klienten får i månaden, om det är känt.</translation>
    </message>
    <message>
        <source>before taxes, the whole household</source>
        <translation>före skatt, hela hushållet</translation>
    </message>
    <message>
        <source>after taxes, the client alone</source>
        <translation>efter skatt, endast klienten</translation>
    </message>
</context>
<context>
    <name>Fees</name>
    <message>
        <source>source: %1, %2</source>
        <translation>källa: %1, %2</translation>
    </message>
    <message>
        <source>income limits in force %1–%2</source>
        <translation>inkomstgränserna i kraft %1–%2</translation>
    </message>
    <message>
        <source>income limits in force from %1</source>
        <translation>inkomstgränserna i kraft från %1</translation>
    </message>
    <message>
        <source>The table&apos;s income limits were in force until %1: check the current amount with %2.</source>
        <translation>Tabellens inkomstgränser var i kraft till %1: kontrollera det aktuella beloppet hos anordnaren (%2).</translation>
    </message>
    <message numerus="yes">
        <source>household of %n, gross income %1 a month</source>
        <translation>
            <numerusform>hushåll med %n person, bruttoinkomster %1 per månad</numerusform>
            <numerusform>hushåll med %n personer, bruttoinkomster %1 per månad</numerusform>
        </translation>
    </message>
    <message>
        <source>the client&apos;s net income %1 a month</source>
        <translation>klientens nettoinkomster %1 per månad</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) of care a month</source>
        <translation>
            <numerusform>%n vårdtimme per månad</numerusform>
            <numerusform>%n vårdtimmar per månad</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for this income: %2 (%3; %4). The client pays the provider&apos;s price above it.</source>
        <translation>%1 med dessa inkomster: %2 (%3; %4). Klienten betalar den del av producentens pris som överstiger den.</translation>
    </message>
    <message>
        <source>Estimated %1: %2 (%3; %4). The decision fixes the fee.</source>
        <translation>%1, uppskattning: %2 (%3; %4). Avgiften fastställs i beslutet.</translation>
    </message>
    <message>
        <source>%1: a spouse&apos;s income changes how it is set, so it is not estimated here: ask %2 (%3).</source>
        <translation>%1: makens eller makans inkomster påverkar hur den bestäms, därför uppskattas den inte här: fråga anordnaren (%2) (%3).</translation>
    </message>
    <message>
        <source>%1: the table has no income limit for a household this large: ask %2 (%3).</source>
        <translation>%1: tabellen har ingen inkomstgräns för ett så stort hushåll: fråga anordnaren (%2) (%3).</translation>
    </message>
    <message>
        <source>the household size</source>
        <translation>hushållets storlek</translation>
    </message>
    <message>
        <source>the household&apos;s gross income a month</source>
        <translation>hushållets bruttoinkomster per månad</translation>
    </message>
    <message>
        <source>the client&apos;s net income a month</source>
        <translation>klientens nettoinkomster per månad</translation>
    </message>
    <message>
        <source>the hours of care a month</source>
        <translation>vårdtimmarna per månad</translation>
    </message>
    <message>
        <source>%1 follows a published table (%2): give %3 to estimate it.</source>
        <translation>%1 bestäms enligt en publicerad tabell (%2): ange %3 för en uppskattning.</translation>
    </message>
    <message>
        <source>The client fee is set by %1 from the client&apos;s income; no published table of %1 is known to the application: ask %1.</source>
        <translation>Klientavgiften bestäms av anordnaren (%1) enligt klientens inkomster; programmet känner inte till någon tabell som anordnaren publicerat: fråga anordnaren (%1).</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Service in S&amp;wedish</source>
        <translation>Service på sv&amp;enska</translation>
    </message>
    <message>
        <source>Only providers that serve in Swedish</source>
        <translation>Endast producenter som betjänar på svenska</translation>
    </message>
    <message>
        <source>Open &amp;evenings</source>
        <translation>Öppet på &amp;kvällar</translation>
    </message>
    <message>
        <source>Only service locations open after 18:00 on some day</source>
        <translation>Endast serviceställen som någon dag är öppna efter kl. 18</translation>
    </message>
    <message>
        <source>Open wee&amp;kends</source>
        <translation>Öppet på &amp;veckoslut</translation>
    </message>
    <message>
        <source>Only service locations open on Saturday or Sunday</source>
        <translation>Endast serviceställen som är öppna på lördag eller söndag</translation>
    </message>
    <message>
        <source>Accessi&amp;ble premises</source>
        <translation>&amp;Tillgängliga lokaler</translation>
    </message>
    <message>
        <source>Only service locations with accessible premises</source>
        <translation>Endast serviceställen med tillgängliga lokaler</translation>
    </message>
    <message>
        <source>&amp;Voucher accepted</source>
        <translation>Servicese&amp;del godkänns</translation>
    </message>
    <message>
        <source>Only providers that accept a service voucher</source>
        <translation>Endast producenter som godkänner servicesedel</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>Provider kin&amp;d:</source>
        <translation>&amp;Producenttyp:</translation>
    </message>
    <message>
        <source>Provider kind</source>
        <translation>Producenttyp</translation>
    </message>
    <message>
        <source>Only providers of this kind</source>
        <translation>Endast producenter av denna typ</translation>
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
        <source>This is not a regular file but a device, a named pipe or the like: choose a catalogue file.</source>
        <translation>Detta är inte en vanlig fil utan en enhet, ett namngivet rör eller liknande: välj en servicekatalogfil.</translation>
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
        <source>The text is %1 characters long; a catalogue text may have at most %2: shorten it.</source>
        <translation>Texten är %1 tecken lång; en katalogtext får ha högst %2: korta av den.</translation>
    </message>
    <message>
        <source>The text holds the control character %1; only line breaks and tabs are allowed: remove it.</source>
        <translation>Texten innehåller styrtecknet %1; endast radbrytningar och tabbar är tillåtna: ta bort det.</translation>
    </message>
    <message>
        <source>The text holds %1, half of a character pair and no character by itself: the file was damaged or badly converted; correct the text.</source>
        <translation>Texten innehåller %1, en halva av ett teckenpar som inte är ett tecken i sig: filen är skadad eller felaktigt konverterad; rätta texten.</translation>
    </message>
    <message>
        <source>The service classes are each other&apos;s parents in a circle (%1): a class cannot be its own ancestor; correct the parent.</source>
        <translation>Serviceklasserna är varandras överklasser i en cirkel (%1): en klass kan inte vara sin egen förfader; rätta överklassen.</translation>
    </message>
    <message>
        <source>The location is in a bilingual municipality (%1) but has no Swedish name.</source>
        <translation>Servicestället ligger i en tvåspråkig kommun (%1) men har inget svenskt namn.</translation>
    </message>
    <message>
        <source>The target group %1 is not a PTV target group code (such as KR1 or KR1.2): it is kept but means nothing to the placement.</source>
        <translation>Målgruppen %1 är inte en målgruppskod i PTV (som KR1 eller KR1.2): den behålls men används inte vid placeringen.</translation>
    </message>
    <message>
        <source>The client group %1 is unknown to this version: the placement will ask the counsellor to confirm it for every client.</source>
        <translation>Den här versionen känner inte till klientgruppen %1: vid placeringen ombeds servicehandledaren bekräfta den för varje klient.</translation>
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
        <source>The value “%1” is not of the kind PTV gives here: reading around it would put wrong opening hours in the catalogue.</source>
        <translation>Värdet ”%1” är inte av det slag som PTV ger här: att läsa förbi det skulle ge fel öppettider i katalogen.</translation>
    </message>
    <message>
        <source>It has no PTV id: skipped.</source>
        <translation>Det har ingen PTV-identifierare: hoppades över.</translation>
    </message>
    <message>
        <source>Its PTV id %1 is not text: skipped.</source>
        <translation>Dess PTV-identifierare %1 är inte text: hoppades över.</translation>
    </message>
    <message>
        <source>The service channel does not say its type (serviceChannelType): skipped.</source>
        <translation>Servicekanalen anger inte sin typ (serviceChannelType): hoppades över.</translation>
    </message>
    <message>
        <source>The service class %1 is from another edition of the classification and has no counterpart in the catalogue: left out, the service keeps its other classes.</source>
        <translation>Tjänsteklassen %1 hör till en annan version av klassificeringen och har ingen motsvarighet i katalogen: utelämnad, tjänsten behåller sina övriga klasser.</translation>
    </message>
    <message>
        <source>The parent class %1 is not in the catalogue: the class is imported without a parent.</source>
        <translation>Överklassen %1 finns inte i katalogen: klassen importeras utan överklass.</translation>
    </message>
    <message>
        <source>It is not published in PTV (%1): skipped.</source>
        <translation>Det är inte publicerat i PTV (%1): hoppades över.</translation>
    </message>
    <message>
        <source>the field “%1” is missing.</source>
        <translation>fältet ”%1” saknas.</translation>
    </message>
    <message>
        <source>%1 is not one of the values allowed here: %2.</source>
        <translation>%1 är inte ett värde som är tillåtet här; tillåtna värden: %2.</translation>
    </message>
    <message>
        <source>%1 is not of the kind required here (%2).</source>
        <translation>%1 är inte av det slag som krävs här (%2).</translation>
    </message>
    <message>
        <source>fields the format does not have: %1.</source>
        <translation>fält som formatet inte har: %1.</translation>
    </message>
    <message>
        <source>%1 is not in the form required here.</source>
        <translation>%1 har inte den form som krävs här.</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 får inte vara tom.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>ett heltal</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>ett tal</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>en lista</translation>
    </message>
    <message>
        <source>a record</source>
        <translation>en post</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>sant eller falskt</translation>
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
    <message>
        <source>phone lines and online services</source>
        <translation>telefonnummer och e-tjänster</translation>
    </message>
    <message>
        <source>service “%1”</source>
        <translation>tjänsten ”%1”</translation>
    </message>
    <message>
        <source>location “%1”</source>
        <translation>verksamhetsstället ”%1”</translation>
    </message>
    <message>
        <source>provider “%1”</source>
        <translation>producenten ”%1”</translation>
    </message>
    <message>
        <source>organiser “%1”</source>
        <translation>anordnaren ”%1”</translation>
    </message>
    <message>
        <source>regional unit “%1”</source>
        <translation>regionala verksamhetsenheten ”%1”</translation>
    </message>
    <message>
        <source>municipality %1</source>
        <translation>kommunen %1</translation>
    </message>
    <message>
        <source>former municipality %1</source>
        <translation>den tidigare kommunen %1</translation>
    </message>
    <message>
        <source>service class “%1”</source>
        <translation>tjänsteklassen ”%1”</translation>
    </message>
    <message>
        <source>phone line or online service “%1”</source>
        <translation>telefontjänsten eller e-tjänsten ”%1”</translation>
    </message>
    <message>
        <source>service “%1” at “%2”</source>
        <translation>tjänsten ”%1” vid ”%2”</translation>
    </message>
    <message>
        <source>municipality %1 in regional unit “%2”</source>
        <translation>kommunen %1 i regionala verksamhetsenheten ”%2”</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beskrivning</translation>
    </message>
    <message>
        <source>keywords</source>
        <translation>sökord</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adress</translation>
    </message>
    <message>
        <source>street address</source>
        <translation>gatuadress</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>postnummer</translation>
    </message>
    <message>
        <source>post office</source>
        <translation>postanstalt</translation>
    </message>
    <message>
        <source>coordinates</source>
        <translation>koordinater</translation>
    </message>
    <message>
        <source>business ID</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>telefonnummer</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translation>öppettider</translation>
    </message>
    <message>
        <source>email addresses</source>
        <translation>e-postadresser</translation>
    </message>
    <message>
        <source>web address</source>
        <translation>webbadress</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>producent</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>anordnare</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>kommun</translation>
    </message>
    <message>
        <source>regional unit</source>
        <translation>regional verksamhetsenhet</translation>
    </message>
    <message>
        <source>parent class</source>
        <translation>överordnad klass</translation>
    </message>
    <message>
        <source>target groups</source>
        <translation>målgrupper</translation>
    </message>
    <message>
        <source>eligibility</source>
        <translation>villkor för att få tjänsten</translation>
    </message>
    <message>
        <source>age limits</source>
        <translation>åldersgränser</translation>
    </message>
    <message>
        <source>service</source>
        <translation>tjänst</translation>
    </message>
    <message>
        <source>location</source>
        <translation>verksamhetsställe</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>språk</translation>
    </message>
    <message>
        <source>voucher</source>
        <translation>servicesedel</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kod</translation>
    </message>
    <message>
        <source>valid from</source>
        <translation>giltig från</translation>
    </message>
    <message>
        <source>valid until</source>
        <translation>giltig till</translation>
    </message>
    <message>
        <source>merged into</source>
        <translation>sammanslagen med</translation>
    </message>
    <message>
        <source>date of the merger</source>
        <translation>datum för sammanslagningen</translation>
    </message>
    <message>
        <source>service channels</source>
        <translation>servicekanaler</translation>
    </message>
    <message>
        <source>areas</source>
        <translation>områden</translation>
    </message>
    <message>
        <source>publishing status</source>
        <translation>publiceringsstatus</translation>
    </message>
    <message>
        <source>channel type</source>
        <translation>servicekanalens typ</translation>
    </message>
    <message>
        <source>level</source>
        <translation>nivå</translation>
    </message>
    <message>
        <source>way in</source>
        <translation>tillgång till tjänsten</translation>
    </message>
    <message>
        <source>client&apos;s choice</source>
        <translation>klientens val</translation>
    </message>
    <message>
        <source>responsibility</source>
        <translation>ansvar</translation>
    </message>
    <message>
        <source>client fee</source>
        <translation>klientavgift</translation>
    </message>
    <message>
        <source>legal basis</source>
        <translation>rättslig grund</translation>
    </message>
    <message>
        <source>accessibility</source>
        <translation>tillgänglighet</translation>
    </message>
    <message>
        <source>provision type</source>
        <translation>produktionssätt</translation>
    </message>
    <message>
        <source>home visits</source>
        <translation>hembesök</translation>
    </message>
    <message>
        <source>waiting time</source>
        <translation>väntetid</translation>
    </message>
    <message>
        <source>example marking</source>
        <translation>exempelmarkering</translation>
    </message>
    <message>
        <source>other information</source>
        <translation>övriga uppgifter</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>typ</translation>
    </message>
    <message>
        <source>part of the reform</source>
        <translation>omfattas av reformen</translation>
    </message>
    <message>
        <source>language status</source>
        <translation>språklig status</translation>
    </message>
    <message>
        <source>region</source>
        <translation>landskap</translation>
    </message>
    <message>
        <source>purposes</source>
        <translation>ändamål</translation>
    </message>
    <message>
        <source>source</source>
        <translation>källa</translation>
    </message>
    <message>
        <source>date checked</source>
        <translation>kontrollerad</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>utgivare</translation>
    </message>
    <message>
        <source>in Finnish</source>
        <translation>på finska</translation>
    </message>
    <message>
        <source>in Swedish</source>
        <translation>på svenska</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>på engelska</translation>
    </message>
    <message>
        <source>in Northern Sami</source>
        <translation>på nordsamiska</translation>
    </message>
    <message>
        <source>in language %1</source>
        <translation>på språket %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>the catalogue&apos;s header</source>
        <translation>katalogens huvuduppgifter</translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation>filen %1</translation>
    </message>
    <message>
        <source>%1, at %2</source>
        <translation>%1, på stället %2</translation>
    </message>
    <message>
        <source>item %1 of the file %2</source>
        <translation>post %1 i filen %2</translation>
    </message>
    <message>
        <source>%1 (file %2)</source>
        <translation>%1 (filen %2)</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Läggs till: %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Ändras: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Tas bort: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Catalogue&apos;s %1: %2 → %3</source>
        <translation>Katalogens %1: %2 → %3</translation>
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
    <name>FollowUp</name>
    <message numerus="yes">
        <source>Referral %n day(s) ago, no decision yet</source>
        <translation>
            <numerusform>Remiss för %n dag sedan, inget beslut ännu</numerusform>
            <numerusform>Remiss för %n dagar sedan, inget beslut ännu</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Orsak: %1</translation>
    </message>
    <message numerus="yes">
        <source>Referrals to follow up: %n</source>
        <translation>
            <numerusform>Remisser att följa upp: %n</numerusform>
            <numerusform>Remisser att följa upp: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Producent</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>%1 (unfinished)</source>
        <translation>%1 (oavslutad)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Placement history</source>
        <translation>Handledningshistorik</translation>
    </message>
    <message>
        <source>Filter by municipality, service, provider…</source>
        <translation>Filtrera efter kommun, tjänst, producent…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Radera utkastet</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportera CSV…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Only referrals to follow up</source>
        <translation>Endast remisser att följa upp</translation>
    </message>
    <message>
        <source>Referrals with no decision after %1 days</source>
        <translation>Remisser utan beslut efter %1 dagar</translation>
    </message>
    <message>
        <source>Changed from:</source>
        <translation>Ändrad från:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>till:</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>vilken dag som helst</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Regional unit</source>
        <translation>Regional verksamhetsenhet</translation>
    </message>
    <message>
        <source>Filter the placements</source>
        <translation>Filtrera handledningarna</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Show only placements with this status.</source>
        <translation>Visa endast handledningar med den här statusen.</translation>
    </message>
    <message>
        <source>Show only placements in this service.</source>
        <translation>Visa endast handledningar till den här tjänsten.</translation>
    </message>
    <message>
        <source>Show only placements in this regional unit.</source>
        <translation>Visa endast handledningar i den här regionala verksamhetsenheten.</translation>
    </message>
    <message>
        <source>Show only placements last changed on or after this day.</source>
        <translation>Visa endast handledningar som senast ändrats den här dagen eller senare.</translation>
    </message>
    <message>
        <source>Show only placements last changed on or before this day.</source>
        <translation>Visa endast handledningar som senast ändrats den här dagen eller tidigare.</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Handledningar</translation>
    </message>
    <message>
        <source>Referrals waiting for a decision first, then the newest. Open one to change it.</source>
        <translation>Först remisser som väntar på beslut, sedan de nyaste. Öppna en handledning för att ändra den.</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alla tjänster</translation>
    </message>
    <message>
        <source>All regional units</source>
        <translation>Alla regionala verksamhetsenheter</translation>
    </message>
    <message>
        <source>Placements %1 cannot be read: their stored data is damaged. The others are listed; restore a backup to get these back.</source>
        <translation>Handledningarna %1 kan inte läsas: deras sparade uppgifter är skadade. De övriga visas i listan; återställ en säkerhetskopia för att få tillbaka dessa.</translation>
    </message>
    <message>
        <source>Draft %1 was deleted.</source>
        <translation>Utkast %1 raderades.</translation>
    </message>
    <message>
        <source>Export placements</source>
        <translation>Exportera handledningar</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Reading the placements…</source>
        <translation>Handledningarna läses…</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Exporten avbröts: ingen fil skrevs.</translation>
    </message>
    <message>
        <source>Writing the placements…</source>
        <translation>Handledningarna skrivs…</translation>
    </message>
    <message>
        <source>Could not write %1 (%2): choose another file.</source>
        <translation>Det gick inte att skriva %1 (%2): välj en annan fil.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n placement(s) to %1 and the counts to %2.</source>
        <translation>
            <numerusform>Skrev %n handledning till %1 och antalen till %2.</numerusform>
            <numerusform>Skrev %n handledningar till %1 och antalen till %2.</numerusform>
        </translation>
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
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ingen fil vald</translation>
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
        <source>Catalogue file</source>
        <translation>Katalogfil</translation>
    </message>
    <message>
        <source>The file or folder to import: choose it with the buttons beside.</source>
        <translation>Filen eller mappen som ska importeras: välj den med knapparna bredvid.</translation>
    </message>
    <message>
        <source>The file&apos;s format: the first choice recognises it from the file.</source>
        <translation>Filens format: det första alternativet känner igen det ur filen.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Iakttagelser</translation>
    </message>
    <message>
        <source>What the check found in the file: errors stop the import, warnings do not.</source>
        <translation>Vad kontrollen hittade i filen: fel hindrar importen, varningar gör det inte.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
    <message>
        <source>What the import changes in the current catalogue.</source>
        <translation>Vad importen ändrar i den nuvarande katalogen.</translation>
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
        <source>I know where this unsigned file comes from: import it anyway</source>
        <translation>Jag vet var den här osignerade filen kommer ifrån: importera den ändå</translation>
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
        <source>Storing the changes…</source>
        <translation>Ändringarna sparas…</translation>
    </message>
    <message>
        <source>Updating the search index…</source>
        <translation>Sökindexet uppdateras…</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Steg %1 av %2: %3</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>cirka %1 s kvar</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>cirka %1 min kvar</translation>
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
        <source>Check the changes below; if you accept the unsigned file, tick the box, then choose Import.</source>
        <translation>Granska ändringarna nedan; om du godkänner den osignerade filen, kryssa i rutan och välj sedan Importera.</translation>
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
    <name>LineEdit</name>
    <message>
        <source>Clear the text</source>
        <translation>Töm texten</translation>
    </message>
</context>
<context>
    <name>Logs</name>
    <message>
        <source>The disk holding the log file %1 is full: Sote Navigator goes on without writing it.</source>
        <translation>Disken med loggfilen %1 är full: Sote Navigator fortsätter utan att skriva loggen.</translation>
    </message>
    <message>
        <source>The log file %1 cannot be written: Sote Navigator goes on without writing it.</source>
        <translation>Det går inte att skriva i loggfilen %1: Sote Navigator fortsätter utan att skriva loggen.</translation>
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
        <source>Show Sote Navigator in another language</source>
        <translation>Visa Sote-navigatorn på ett annat språk</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk (Language)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Start placing a client: the client, the need, the services, the provider and the summary</source>
        <translation>Börja servicehandleda en klient: klienten, behovet, tjänsterna, producenten och sammanfattningen</translation>
    </message>
    <message>
        <source>Import a service catalogue file</source>
        <translation>Importera en servicekatalogfil</translation>
    </message>
    <message>
        <source>Placements saved at this desk, follow-ups first</source>
        <translation>Handledningar som sparats vid den här arbetsstationen, de som ska följas upp först</translation>
    </message>
    <message>
        <source>Sote Navigator</source>
        <translation>Sote Navigator</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Verktygsfält</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Details of the chosen service, provider or location</source>
        <translation>Uppgifter om vald tjänst, producent eller serviceställe</translation>
    </message>
    <message>
        <source>Details of the provider chosen from the list</source>
        <translation>Uppgifter om producenten vald i listan</translation>
    </message>
    <message>
        <source>No catalogue is installed.</source>
        <translation>Ingen servicekatalog är installerad.</translation>
    </message>
    <message>
        <source>Catalogue: %1, version %2</source>
        <translation>Servicekatalog: %1, version %2</translation>
    </message>
    <message>
        <source>Choose a service, provider or location on the left.</source>
        <translation>Välj en tjänst, producent eller ett serviceställe till vänster.</translation>
    </message>
    <message>
        <source>Choose a provider from the list to see its details.</source>
        <translation>Välj en producent i listan för att se dess uppgifter.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The client reference</source>
        <translation>Klientreferensen</translation>
    </message>
    <message>
        <source>The municipality</source>
        <translation>Kommunen</translation>
    </message>
    <message>
        <source>The description of the need</source>
        <translation>Beskrivningen av behovet</translation>
    </message>
    <message>
        <source>The client&apos;s choice</source>
        <translation>Klientens val</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Anteckningen</translation>
    </message>
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
        <source>The database %1 is busy in another program for too long: try again in a moment.</source>
        <translation>Databasen %1 är för länge upptagen av ett annat program: försök igen om en stund.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be changed (it is read-only or locked against changes): reading works, but to save, ask for it to be made writable, or choose another database with --db.</source>
        <translation>Databasfilen %1 kan inte ändras (den är skrivskyddad eller låst mot ändringar): läsning fungerar, men för att spara, be att filen görs skrivbar eller välj en annan databas med --db.</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>regel</translation>
    </message>
    <message>
        <source>row security policy</source>
        <translation>radsäkerhetsregel</translation>
    </message>
    <message>
        <source>The database %1 is an empty file, so its catalogue and placements are gone: restore your latest backup with “sote-navigator restore FILE”, or delete the empty file to start with a new database.</source>
        <translation>Databasen %1 är en tom fil, så dess katalog och handledningar är borta: återställ din senaste säkerhetskopia med ”sote-navigator restore FIL”, eller radera den tomma filen för att börja med en ny databas.</translation>
    </message>
    <message>
        <source>The database %1 was changed outside Sote Navigator (%2), so it was not opened and nothing was changed: restore your latest backup with “sote-navigator restore FILE”.</source>
        <translation>Databasen %1 har ändrats utanför Sote Navigator (%2), så den öppnades inte och ingenting ändrades: återställ din senaste säkerhetskopia med ”sote-navigator restore FIL”.</translation>
    </message>
    <message>
        <source>The backup %1 was changed outside Sote Navigator (%2), so nothing was restored: use another backup.</source>
        <translation>Säkerhetskopian %1 har ändrats utanför Sote Navigator (%2), så ingenting återställdes: använd en annan säkerhetskopia.</translation>
    </message>
    <message>
        <source>Placements in the backup %1 cannot be read (%2 of them, the first is number %3), so nothing was restored: use another backup.</source>
        <translation>Handledningar i säkerhetskopian %1 kan inte läsas (%2 st., den första är nummer %3), så ingenting återställdes: använd en annan säkerhetskopia.</translation>
    </message>
    <message>
        <source>Placement %1 is damaged: its stored %2 cannot be read. The other placements are not affected; restore a backup to get this one back.</source>
        <translation>Handledning %1 är skadad: dess sparade fält %2 kan inte läsas. De övriga handledningarna påverkas inte; återställ en säkerhetskopia för att få tillbaka den.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2): restore your latest backup with “sote-navigator restore FILE”; the damaged file is kept beside it.</source>
        <translation>Databasen %1 är skadad (%2): återställ din senaste säkerhetskopia med ”sote-navigator restore FIL”; den skadade filen sparas bredvid.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full (%2 free): free at least %3 there and try again; nothing was changed.</source>
        <translation>Disken där %1 finns är full (%2 ledigt): frigör minst %3 där och försök igen; ingenting ändrades.</translation>
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
        <source>%1 holds a personal identity code (or something shaped like one): nothing was saved. Leave it out; the placement record takes only a pseudonymous client reference.</source>
        <translation>%1 innehåller en personbeteckning (eller något som liknar en): ingenting sparades. Lämna bort den; handledningsposten tar bara en pseudonym klientreferens.</translation>
    </message>
    <message>
        <source>Sote Navigator cannot open the database %1: give --db a file path, or a database URL of the form %2.</source>
        <translation>Sote Navigator kan inte öppna databasen %1: ge --db en filsökväg eller en databas-URL i formen %2.</translation>
    </message>
    <message>
        <source>The catalogue %1 is not signed (there is no %2 beside it), so nothing was imported: ask the publisher for the signature file, or, if you know where the file comes from, import it with --allow-unsigned.</source>
        <translation>Servicekatalogen %1 är inte signerad (det finns ingen %2 bredvid den), så ingenting importerades: be utgivaren om signaturfilen eller, om du vet var filen kommer ifrån, importera den med --allow-unsigned.</translation>
    </message>
    <message>
        <source>The catalogue %1 was changed after it was signed (its signature %2 does not match it), so nothing was imported and the current catalogue stays: get the file and its signature again from the publisher.</source>
        <translation>Servicekatalogen %1 har ändrats efter att den signerades (signaturen %2 stämmer inte med den), så ingenting importerades och den nuvarande servicekatalogen står kvar: hämta filen och dess signatur på nytt från utgivaren.</translation>
    </message>
    <message>
        <source>The catalogue %1 is signed with a key this desk does not trust (fingerprint %2), so nothing was imported and the current catalogue stays: if the key is your publisher&apos;s, get its public key from them and add it with “sote-navigator catalogue trust FILE.pub” (it goes to %3).</source>
        <translation>Servicekatalogen %1 är signerad med en nyckel som den här arbetsstationen inte litar på (fingeravtryck %2), så ingenting importerades och den nuvarande servicekatalogen står kvar: om nyckeln är din utgivares, be dem om den publika nyckeln och lägg till den med ”sote-navigator catalogue trust FILE.pub” (den sparas i %3).</translation>
    </message>
    <message>
        <source>The signature file %1 is damaged or not a Sote Navigator signature, so nothing was imported: get it again from the publisher.</source>
        <translation>Signaturfilen %1 är skadad eller ingen Sote Navigator-signatur, så ingenting importerades: hämta den på nytt från utgivaren.</translation>
    </message>
    <message>
        <source>The file %1 holds no Ed25519 key of the kind needed here: give the private key (made by “catalogue keygen”) to sign, and the public key (.pub) to trust.</source>
        <translation>Filen %1 innehåller ingen Ed25519-nyckel av det slag som behövs här: ange den privata nyckeln (skapad med ”catalogue keygen”) för att signera och den publika nyckeln (.pub) för att lita på.</translation>
    </message>
    <message>
        <source>The file %1 already exists and was left as it is: choose another name, or move the old file away first.</source>
        <translation>Filen %1 finns redan och lämnades som den var: välj ett annat namn eller flytta först bort den gamla filen.</translation>
    </message>
    <message>
        <source>The database server of %1 cannot be reached or refused the connection (%2): check the network and the address, or ask the region&apos;s IT staff; nothing was changed.</source>
        <translation>Databasservern för %1 kan inte nås eller avvisade anslutningen (%2): kontrollera nätverket och adressen eller kontakta områdets IT-stöd; ingenting ändrades.</translation>
    </message>
    <message>
        <source>The database server of %1 refused the operation (%2): nothing was changed; ask the region&apos;s IT staff if it happens again.</source>
        <translation>Databasservern för %1 avvisade åtgärden (%2): ingenting ändrades; kontakta områdets IT-stöd om det händer igen.</translation>
    </message>
    <message>
        <source>The database %1 is on a database server: back it up and restore it with the server&apos;s own tools (%2, see the README), not with this command.</source>
        <translation>Databasen %1 finns på en databasserver: säkerhetskopiera och återställ den med serverns egna verktyg (%2, se README), inte med detta kommando.</translation>
    </message>
    <message>
        <source>The database user %1 may not import or roll back the catalogue of %2: that right belongs to the catalogue maintainer role (%3). Ask the region&apos;s catalogue maintainer to do it, or the region&apos;s IT staff for the role; nothing was changed.</source>
        <translation>Databasanvändaren %1 får inte importera eller återställa katalogen i %2: den rättigheten hör till rollen som katalogens underhållare (%3). Be områdets underhållare av katalogen att göra det, eller områdets IT-stöd om rollen; ingenting ändrades.</translation>
    </message>
    <message>
        <source>The database address %1 holds a password: a password on the command line or in the settings is seen by other programs and kept in the shell history. Remove it from the address and put it in the environment variable PGPASSWORD or in the password file ~/.pgpass; nothing was opened.</source>
        <translation>Databasadressen %1 innehåller ett lösenord: ett lösenord på kommandoraden eller i inställningarna syns för andra program och sparas i kommandohistoriken. Ta bort det ur adressen och ange det i miljövariabeln PGPASSWORD eller i lösenordsfilen ~/.pgpass; ingenting öppnades.</translation>
    </message>
    <message>
        <source>The database %1 is a file on this computer: roles and rights are set up on a region&apos;s PostgreSQL database (--db postgresql://USER@HOST/NAME).</source>
        <translation>Databasen %1 är en fil på den här datorn: roller och rättigheter ställs in i områdets PostgreSQL-databas (--db postgresql://USER@HOST/NAME).</translation>
    </message>
    <message>
        <source>The database %1 on the server was changed outside Sote Navigator (%2), so it was not used and nothing was changed: ask the region&apos;s IT staff to undo the change or to restore the database from the server&apos;s backup (pg_restore).</source>
        <translation>Databasen %1 på servern har ändrats utanför Sote Navigator (%2), så den användes inte och ingenting ändrades: be områdets IT-stöd att ångra ändringen eller att återställa databasen från serverns säkerhetskopia (pg_restore).</translation>
    </message>
    <message>
        <source>The database user %2 has no right to do this in %1 (a desk may read the catalogue and save placements, not delete them): ask the region&apos;s IT staff if you need it; nothing was changed.</source>
        <translation>Databasanvändaren %2 har inte rätt att göra detta i %1 (en servicepunkt får läsa katalogen och spara handledningar, inte radera dem): be områdets IT-stöd om rätten om du behöver den; ingenting ändrades.</translation>
    </message>
    <message>
        <source>No region database is named: give --region postgresql://USER@HOST/NAME, or set location= under [region] in %1; nothing was synced.</source>
        <translation>Ingen regiondatabas har angetts: ange --region postgresql://ANVÄNDARE@SERVER/NAMN eller ställ in location= under [region] i %1; ingenting synkroniserades.</translation>
    </message>
    <message>
        <source>The region&apos;s address %1 holds a password: leave it out, and put the password in PGPASSWORD or in the PostgreSQL password file (~/.pgpass); nothing was synced.</source>
        <translation>Regionens adress %1 innehåller ett lösenord: lämna bort det och ange lösenordet i PGPASSWORD eller i PostgreSQL:s lösenordsfil (~/.pgpass); ingenting synkroniserades.</translation>
    </message>
    <message>
        <source>Nothing was found for “%1”.</source>
        <translation>Inget hittades för ”%1”.</translation>
    </message>
    <message>
        <source>The catalogue file %1 is not valid: %2</source>
        <translation>Katalogfilen %1 är inte giltig: %2</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabellen</translation>
    </message>
    <message>
        <source>index</source>
        <translation>indexet</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>utlösaren</translation>
    </message>
    <message>
        <source>view</source>
        <translation>vyn</translation>
    </message>
    <message>
        <source>the %1 “%2” is missing</source>
        <translation>%1 ”%2” saknas</translation>
    </message>
    <message>
        <source>the %1 “%2” was altered</source>
        <translation>%1 ”%2” har ändrats</translation>
    </message>
    <message>
        <source>a %1 “%2” that is not Sote Navigator’s</source>
        <translation>%1 ”%2”, som inte hör till Sote Navigator</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
</context>
<context>
    <name>MunicipalityField</name>
    <message>
        <source>&amp;Municipality (name or code):</source>
        <translation>&amp;Hemkommun (namn eller kod):</translation>
    </message>
    <message>
        <source>e.g. Porvoo, Borgå or 638</source>
        <translation>t.ex. Borgå, Porvoo eller 638</translation>
    </message>
    <message>
        <source>The client&apos;s home municipality</source>
        <translation>Klientens hemkommun</translation>
    </message>
    <message>
        <source>Type a municipality&apos;s Finnish or Swedish name or its code, then press Enter or choose a suggestion. Escape clears it.</source>
        <translation>Skriv kommunens finska eller svenska namn eller dess kod och tryck Enter eller välj ett förslag. Esc tömmer fältet.</translation>
    </message>
    <message>
        <source>Postal &amp;code (optional):</source>
        <translation>Postnu&amp;mmer (frivilligt):</translation>
    </message>
    <message>
        <source>nearest places first</source>
        <translation>närmaste ställen först</translation>
    </message>
    <message>
        <source>The client&apos;s postal code</source>
        <translation>Klientens postnummer</translation>
    </message>
    <message>
        <source>Organiser:</source>
        <translation>Anordnare:</translation>
    </message>
    <message>
        <source>Regional unit:</source>
        <translation>Regional verksamhetsenhet:</translation>
    </message>
    <message>
        <source>Language status:</source>
        <translation>Språklig status:</translation>
    </message>
    <message>
        <source>Entitled to service in Swedish</source>
        <translation>Rätt till service på svenska</translation>
    </message>
    <message>
        <source>%1 merged into %2 on %3.</source>
        <translation>%1 gick samman med %2 %3.</translation>
    </message>
    <message>
        <source>Outside the reform: this region organises its own social and health care.</source>
        <translation>Utanför reformen: området ordnar själv sin social- och hälsovård.</translation>
    </message>
    <message>
        <source>No municipality chosen: showing the whole country.</source>
        <translation>Ingen kommun vald: hela landet visas.</translation>
    </message>
    <message>
        <source>No municipality is called “%1”.</source>
        <translation>Ingen kommun heter ”%1”.</translation>
    </message>
    <message>
        <source>Did you mean: %1?</source>
        <translation>Menade du: %1?</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Producent</translation>
    </message>
    <message>
        <source>Service location</source>
        <translation>Serviceställe</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <source>Sami</source>
        <translation>samiska</translation>
    </message>
    <message>
        <source>service in Swedish</source>
        <translation>service på svenska</translation>
    </message>
    <message>
        <source>open evenings</source>
        <translation>öppet på kvällar</translation>
    </message>
    <message>
        <source>open weekends</source>
        <translation>öppet på veckoslut</translation>
    </message>
    <message>
        <source>accessible premises</source>
        <translation>tillgängliga lokaler</translation>
    </message>
    <message>
        <source>voucher accepted</source>
        <translation>servicesedel godkänns</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>stängt %1</translation>
    </message>
    <message>
        <source>%1 by appointment only</source>
        <translation>%1 endast med tidsbeställning</translation>
    </message>
    <message>
        <source>open now</source>
        <translation>öppet nu</translation>
    </message>
    <message>
        <source>closed now</source>
        <translation>stängt nu</translation>
    </message>
    <message>
        <source>Client voucher</source>
        <translation>Kundsedel</translation>
    </message>
    <message>
        <source>Service voucher</source>
        <translation>Servicesedel</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inte känt</translation>
    </message>
    <message>
        <source>free of charge</source>
        <translation>avgiftsfri</translation>
    </message>
    <message>
        <source>client fee</source>
        <translation>klientavgift</translation>
    </message>
    <message>
        <source>income-based client fee</source>
        <translation>inkomstbunden klientavgift</translation>
    </message>
    <message>
        <source>[information from %1: check]</source>
        <translation>[uppgifter från %1: kontrollera]</translation>
    </message>
    <message>
        <source>Information from %1: check before sending the client.</source>
        <translation>Uppgifterna är från %1: kontrollera dem innan du hänvisar klienten.</translation>
    </message>
    <message>
        <source>Information verified %1.</source>
        <translation>Uppgifterna kontrollerade %1.</translation>
    </message>
    <message>
        <source>When the information was checked is not known.</source>
        <translation>Det är inte känt när uppgifterna senast kontrollerades.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Källa: %1</translation>
    </message>
</context>
<context>
    <name>NeedPage</name>
    <message>
        <source>Need</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>Describe the need in a few words, in Finnish, Swedish or English, or pick a service class.</source>
        <translation>Beskriv behovet med några ord på finska, svenska eller engelska, eller välj en tjänsteklass.</translation>
    </message>
    <message>
        <source>Need:</source>
        <translation>Behov:</translation>
    </message>
    <message>
        <source>or service class:</source>
        <translation>eller tjänsteklass:</translation>
    </message>
    <message>
        <source>e.g. home care, hemvård, hammashoitola</source>
        <translation>t.ex. hemvård, kotihoito, tandklinik</translation>
    </message>
    <message>
        <source>A national service class, instead of words.</source>
        <translation>En nationell tjänsteklass i stället för ord.</translation>
    </message>
    <message>
        <source>Services the need finds</source>
        <translation>Tjänster som behovet hittar</translation>
    </message>
    <message>
        <source>A preview: the next page checks which of them fit the client.</source>
        <translation>En förhandsvisning: nästa sida kontrollerar vilka av dem som passar klienten.</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) match:</source>
        <translation>
            <numerusform>%n tjänst passar:</numerusform>
            <numerusform>%n tjänster passar:</numerusform>
        </translation>
    </message>
    <message>
        <source>Describe the need, or pick a service class.</source>
        <translation>Beskriv behovet eller välj en tjänsteklass.</translation>
    </message>
</context>
<context>
    <name>OfferingListView</name>
    <message>
        <source>Providers</source>
        <translation>Producenter</translation>
    </message>
    <message>
        <source>Offerings for the chosen municipality and filters; choose one for details</source>
        <translation>Utbud för vald kommun och filter; välj ett för att se uppgifterna</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) serving %1</source>
        <translation>
            <numerusform>%n producent betjänar %1</numerusform>
            <numerusform>%n producenter betjänar %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) in the whole country</source>
        <translation>
            <numerusform>%n producent i hela landet</numerusform>
            <numerusform>%n producenter i hela landet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) offered</source>
        <translation>
            <numerusform>%n tjänst erbjuds</numerusform>
            <numerusform>%n tjänster erbjuds</numerusform>
        </translation>
    </message>
    <message>
        <source>No place to visit: the service is reached by phone or online.</source>
        <translation>Inget besöksställe: tjänsten nås per telefon eller på nätet.</translation>
    </message>
    <message>
        <source>Nothing here matches the municipality and filters.</source>
        <translation>Inget här motsvarar kommunen och filtren.</translation>
    </message>
    <message>
        <source>The catalogue lists no providers for this.</source>
        <translation>Katalogen anger inga producenter för detta.</translation>
    </message>
    <message>
        <source>Ways in by phone or online:</source>
        <translation>Kontakt per telefon eller på nätet:</translation>
    </message>
    <message>
        <source>Only the first offerings are shown: choose a municipality.</source>
        <translation>Endast de första visas: välj en kommun.</translation>
    </message>
    <message>
        <source>Nearest first: distances from the client&apos;s postal area %1.</source>
        <translation>Närmaste först: avstånd från klientens postnummerområde %1.</translation>
    </message>
    <message>
        <source>Nearest first: distances from the centre of %1, the client&apos;s home municipality.</source>
        <translation>Närmaste först: avstånd från centralorten i klientens hemkommun (%1).</translation>
    </message>
</context>
<context>
    <name>OfferingTableModel</name>
    <message>
        <source>Location and provider</source>
        <translation>Serviceställe och producent</translation>
    </message>
    <message>
        <source>Service and location</source>
        <translation>Tjänst och serviceställe</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Avstånd</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>under 1 km</source>
        <translation>under 1 km</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>(no fixed location)</source>
        <translation>(inget fast ställe)</translation>
    </message>
</context>
<context>
    <name>OtherVerdicts</name>
    <message>
        <source>Other services found</source>
        <translation>Andra tjänster som hittades</translation>
    </message>
    <message>
        <source>The other services the search found, with their verdicts; choose one to see it</source>
        <translation>De andra tjänster som sökningen hittade, med bedömning; välj en för att se den</translation>
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
        <translation>Kontakt per telefon eller på nätet:</translation>
    </message>
    <message numerus="yes">
        <source>Choice set, best first (%n provider(s)):</source>
        <translation>
            <numerusform>Att välja bland, den bästa först (%n producent):</numerusform>
            <numerusform>Att välja bland, den bästa först (%n producenter):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more, ranked lower (list them with --all-providers).</source>
        <translation>
            <numerusform>… och %n till längre ned (lista den med --all-providers).</numerusform>
            <numerusform>… och %n till längre ned (lista dem med --all-providers).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With a referral, treated by (%n provider(s)):</source>
        <translation>
            <numerusform>Med remiss vårdas klienten av (%n producent):</numerusform>
            <numerusform>Med remiss vårdas klienten av (%n producenter):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Provided by the client&apos;s own unit, not chosen (%n provider(s)):</source>
        <translation>
            <numerusform>Produceras av klientens egen enhet, inte valbart (%n producent):</numerusform>
            <numerusform>Produceras av klientens egen enhet, inte valbart (%n producenter):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Client: %1 years, service language %2</source>
        <translation>Klient: %1 år, servicespråk %2</translation>
    </message>
    <message>
        <source>Need: %1</source>
        <translation>Behov: %1</translation>
    </message>
</context>
<context>
    <name>Placement</name>
    <message>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <source>referred</source>
        <translation>remiss skickad</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>beslut fattat</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullerad</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>avslag</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>brådskande</translation>
    </message>
    <message>
        <source>home visits</source>
        <translation>hembesök</translation>
    </message>
    <message>
        <source>accessible premises</source>
        <translation>tillgängliga lokaler</translation>
    </message>
    <message>
        <source>evening or weekend hours</source>
        <translation>tider på kvällar eller veckoslut</translation>
    </message>
    <message>
        <source>Needs: %1</source>
        <translation>Särskilda behov: %1</translation>
    </message>
    <message>
        <source>Home municipality: %1</source>
        <translation>Hemkommun: %1</translation>
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
        <source>Age: %1</source>
        <translation>Ålder: %1</translation>
    </message>
    <message>
        <source>Service language: %1</source>
        <translation>Servicespråk: %1</translation>
    </message>
    <message>
        <source>Need: %1</source>
        <translation>Behov: %1</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inte känt</translation>
    </message>
    <message>
        <source>Opening hours: %1</source>
        <translation>Öppettider: %1</translation>
    </message>
    <message>
        <source>the premises are not accessible</source>
        <translation>lokalerna är inte tillgängliga</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>inte uppgivet</translation>
    </message>
    <message>
        <source>Accessibility: %1</source>
        <translation>Tillgänglighet: %1</translation>
    </message>
    <message>
        <source>Service languages: %1</source>
        <translation>Servicespråk: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adress: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>E-post: %1</translation>
    </message>
    <message>
        <source>Web: %1</source>
        <translation>Webb: %1</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Producent</translation>
    </message>
    <message>
        <source>No provider has been chosen yet.</source>
        <translation>Ingen producent har valts ännu.</translation>
    </message>
    <message>
        <source>Ranked %1 of %2 in the choice set.</source>
        <translation>Plats %1 av %2 bland valmöjligheterna.</translation>
    </message>
    <message>
        <source>The client&apos;s own words: %1</source>
        <translation>Med klientens egna ord: %1</translation>
    </message>
    <message>
        <source>Provider chosen by the client</source>
        <translation>Producent som klienten valt</translation>
    </message>
    <message>
        <source>Client fee: free of charge, as the catalogue says.</source>
        <translation>Klientavgift: avgiftsfri enligt tjänstekatalogen.</translation>
    </message>
    <message>
        <source>Client fee: not known in the catalogue: %1 tells the fee.</source>
        <translation>Klientavgift: finns inte i tjänstekatalogen; avgiften får man av %1.</translation>
    </message>
    <message>
        <source>Fees and vouchers</source>
        <translation>Avgifter och servicesedlar</translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>och %n till.</numerusform>
            <numerusform>och %n till.</numerusform>
        </translation>
    </message>
    <message>
        <source>Other providers offered</source>
        <translation>Andra producenter som erbjöds</translation>
    </message>
    <message>
        <source>First confirm that the client belongs to the group the service is for (see the reasons above); if not, ask the service guidance about other services.</source>
        <translation>Kontrollera först att klienten hör till tjänstens målgrupp (se motiveringarna ovan); om inte, fråga servicehandledningen om andra tjänster.</translation>
    </message>
    <message>
        <source>Call %1: %2 (%3).</source>
        <translation>Ring: %1, %2 (%3).</translation>
    </message>
    <message>
        <source>Contact %1 to book a time: %2.</source>
        <translation>Boka tid hos %1: %2.</translation>
    </message>
    <message>
        <source>Contact %1 to book a time.</source>
        <translation>Boka tid hos %1.</translation>
    </message>
    <message>
        <source>The organiser&apos;s service guidance contacts the client for a service-need assessment.</source>
        <translation>Anordnarens servicehandledning kontaktar klienten för en bedömning av servicebehovet.</translation>
    </message>
    <message>
        <source>An official of the organiser makes an authority decision on the service.</source>
        <translation>En tjänsteinnehavare hos anordnaren fattar ett myndighetsbeslut om tjänsten.</translation>
    </message>
    <message>
        <source>With the decision the client receives a %1 and gives it to %2, who agrees with the client on the start of the service.</source>
        <translation>Med beslutet får klienten en %1 och ger den till %2, som kommer överens med klienten om när tjänsten börjar.</translation>
    </message>
    <message>
        <source>After the decision, %1 agrees with the client on the start of the service.</source>
        <translation>Efter beslutet kommer %1 överens med klienten om när tjänsten börjar.</translation>
    </message>
    <message>
        <source>Book an appointment with a doctor at the client&apos;s sote-keskus to get a referral.</source>
        <translation>Boka en tid hos en läkare vid klientens social- och hälsocentral för att få en remiss.</translation>
    </message>
    <message>
        <source>With the referral, %1 contacts the client with an appointment.</source>
        <translation>Med remissen kontaktar %1 klienten och ger en tid.</translation>
    </message>
    <message>
        <source>Contact the municipality of %1 about this service.</source>
        <translation>Kontakta hemkommunen (%1) om denna tjänst.</translation>
    </message>
    <message>
        <source>Contact the organiser&apos;s own social and health services (%1) about this service.</source>
        <translation>Kontakta anordnarens egna social- och hälsovårdstjänster (%1) om den här tjänsten.</translation>
    </message>
    <message>
        <source>The client is not eligible for this service (see the reasons above): ask the service guidance about other services.</source>
        <translation>Klienten har inte rätt till denna tjänst (se motiveringarna ovan): fråga servicehandledningen om andra tjänster.</translation>
    </message>
    <message>
        <source>Ask for an interpreter (%1) when booking.</source>
        <translation>Be om tolk (%1) när du bokar tid.</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Client reference: %1</source>
        <translation>Klientreferens: %1</translation>
    </message>
    <message>
        <source>the service catalogue</source>
        <translation>tjänstekatalogen</translation>
    </message>
    <message>
        <source>The information is from %1, version %2, valid from %3.</source>
        <translation>Uppgifterna kommer från %1, version %2, giltig från %3.</translation>
    </message>
    <message>
        <source>The information is from %1, version %2.</source>
        <translation>Uppgifterna kommer från %1, version %2.</translation>
    </message>
    <message>
        <source>Made by the service guidance with Sote Navigator. Check times and fees with the provider.</source>
        <translation>Upprättad av servicehandledningen med Sote-navigatorn. Kontrollera tider och avgifter hos producenten.</translation>
    </message>
    <message>
        <source>About this summary</source>
        <translation>Om sammanfattningen</translation>
    </message>
    <message>
        <source>%1: the catalogue&apos;s example records are not real providers.</source>
        <translation>%1: katalogens exempeluppgifter är inte verkliga producenter.</translation>
    </message>
    <message>
        <source>Placement summary</source>
        <translation>Sammanfattning av servicehandledningen</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>Counsellor&apos;s notes</source>
        <translation>Servicehandledarens anteckningar</translation>
    </message>
    <message>
        <source>%1 organises its own social and health care: contact its services</source>
        <translation>%1 ordnar själv sin social- och hälsovård: kontakta dess tjänster</translation>
    </message>
    <message>
        <source>The client&apos;s home region</source>
        <translation>Klientens hemlandskap</translation>
    </message>
    <message>
        <source>Eligible: direct access</source>
        <translation>Har rätt: direkt tillgång</translation>
    </message>
    <message>
        <source>Eligible after a service-need assessment and an authority decision</source>
        <translation>Har rätt efter en bedömning av servicebehovet och ett myndighetsbeslut</translation>
    </message>
    <message>
        <source>Needs a referral</source>
        <translation>Kräver remiss</translation>
    </message>
    <message>
        <source>Municipal service: contact the municipality</source>
        <translation>Kommunal tjänst: kontakta kommunen</translation>
    </message>
    <message>
        <source>Only for a client group: check first</source>
        <translation>Endast för en målgrupp: kontrollera först</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Har inte rätt</translation>
    </message>
    <message>
        <source>%1–%2 years</source>
        <translation>%1–%2 år</translation>
    </message>
    <message>
        <source>%1 years or over</source>
        <translation>minst %1 år</translation>
    </message>
    <message>
        <source>up to %1 years</source>
        <translation>högst %1 år</translation>
    </message>
    <message>
        <source>The client may choose a voucher provider with a %1 or the organiser&apos;s own production: %2.</source>
        <translation>Klienten kan välja en producent som tar emot %1 eller anordnarens egen produktion: %2.</translation>
    </message>
    <message>
        <source>A %1 is in use for this service, but the catalogue lists no voucher provider serving the client: %2.</source>
        <translation>För tjänsten används %1, men katalogen har ingen producent som tar emot sedeln och betjänar klienten: %2.</translation>
    </message>
    <message>
        <source>%1 is bilingual: the client has the right to be served in %2.</source>
        <translation>%1 är tvåspråkig: klienten har rätt till service på %2.</translation>
    </message>
    <message>
        <source>The client is served in %1, the language of %2.</source>
        <translation>Klienten betjänas på %1, som är språket i %2.</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Källa: %1.</translation>
    </message>
    <message>
        <source>Information from %1: check before sending the client.</source>
        <translation>Uppgifterna är från %1: kontrollera dem innan du hänvisar klienten.</translation>
    </message>
    <message>
        <source>Information verified %1.</source>
        <translation>Uppgifterna kontrollerade %1.</translation>
    </message>
    <message>
        <source>Under 1 km from the client&apos;s postal area (%1).</source>
        <translation>Under 1 km från klientens postnummerområde (%1).</translation>
    </message>
    <message>
        <source>%1 km from the client&apos;s postal area (%2).</source>
        <translation>%1 km från klientens postnummerområde (%2).</translation>
    </message>
    <message>
        <source>Under 1 km from the centre of %1, the client&apos;s home municipality.</source>
        <translation>Under 1 km från centralorten i klientens hemkommun (%1).</translation>
    </message>
    <message>
        <source>%1 km from the centre of %2, the client&apos;s home municipality.</source>
        <translation>%1 km från centralorten i klientens hemkommun (%2).</translation>
    </message>
    <message>
        <source>Serves in %1, as is the client&apos;s right.</source>
        <translation>Ger service på %1, som klienten har rätt till.</translation>
    </message>
    <message>
        <source>Serves in %1.</source>
        <translation>Ger service på %1.</translation>
    </message>
    <message>
        <source>%1 is not bilingual, so service in %2 is not a right there; providers serving in %2 are still ranked first.</source>
        <translation>%1 är inte tvåspråkig, så service på %2 är inte en rättighet där; producenter som ger service på %2 rangordnas ändå först.</translation>
    </message>
    <message>
        <source>The client needs an interpreter (%1): mention it when booking, so that one is arranged.</source>
        <translation>Klienten behöver tolk (%1): nämn det när du bokar tid, så att tolk ordnas.</translation>
    </message>
    <message>
        <source>Urgent: call the on-call medical helpline 116117 first; in an emergency, call 112.</source>
        <translation>Brådskande: ring först jourhjälpen 116117; i en nödsituation, ring 112.</translation>
    </message>
    <message>
        <source>The home municipality is not known, so the organiser is not known either.</source>
        <translation>Hemkommunen är inte känd, och därför inte heller anordnaren.</translation>
    </message>
    <message>
        <source>The client can contact the service directly: no referral or decision is needed.</source>
        <translation>Klienten kan kontakta tjänsten direkt: ingen remiss eller beslut behövs.</translation>
    </message>
    <message>
        <source>A service-need assessment comes first; an official of the organiser then makes an authority decision.</source>
        <translation>Först görs en bedömning av servicebehovet; därefter fattar en tjänsteinnehavare hos anordnaren ett myndighetsbeslut.</translation>
    </message>
    <message>
        <source>A doctor&apos;s referral is needed: the route is through a doctor at the client&apos;s sote-keskus (social and health centre).</source>
        <translation>Det behövs en läkarremiss: vägen går via en läkare vid klientens social- och hälsocentral.</translation>
    </message>
    <message>
        <source>This is a service of the municipality, not of the wellbeing services county: contact the municipality of %1.</source>
        <translation>Detta är en kommunal tjänst, inte välfärdsområdets: kontakta hemkommunen (%1).</translation>
    </message>
    <message>
        <source>%1 organises its own social and health care, outside the wellbeing services county reform: contact its own services.</source>
        <translation>%1 ordnar själv sin social- och hälsovård, utanför välfärdsområdesreformen: kontakta dess egna tjänster.</translation>
    </message>
    <message>
        <source>The service is for clients aged %1 or over; the client is %2.</source>
        <translation>Tjänsten är för klienter som fyllt %1 år; klienten är %2 år.</translation>
    </message>
    <message>
        <source>The service is for clients aged up to %1; the client is %2.</source>
        <translation>Tjänsten är för klienter som är högst %1 år; klienten är %2 år.</translation>
    </message>
    <message>
        <source>The client&apos;s age (%1) is within the service&apos;s age limits (%2).</source>
        <translation>Klientens ålder (%1) är inom tjänstens åldersgränser (%2).</translation>
    </message>
    <message>
        <source>The service is offered only outside the area of %1, and only to residents of the areas where it is offered.</source>
        <translation>Tjänsten erbjuds endast utanför området för %1, och endast till invånare i de områden där den erbjuds.</translation>
    </message>
    <message>
        <source>The service is offered outside the client&apos;s own organiser&apos;s area; residence there is not required.</source>
        <translation>Tjänsten erbjuds utanför området för klientens egen anordnare; det krävs inte att klienten bor där.</translation>
    </message>
    <message>
        <source>On-call service: shown first because the need is urgent.</source>
        <translation>Jourtjänst: visas först eftersom behovet är brådskande.</translation>
    </message>
    <message>
        <source>Open around the clock, no referral needed: shown first because the need is urgent.</source>
        <translation>Öppet dygnet runt, ingen remiss behövs: visas först eftersom behovet är brådskande.</translation>
    </message>
    <message>
        <source>Not an on-call service: for an urgent need, use on-call care first.</source>
        <translation>Inte en jourtjänst: vid brådskande behov, vänd dig först till jouren.</translation>
    </message>
    <message>
        <source>The catalogue lists no provider of this service for the client&apos;s area: ask the service guidance of %1.</source>
        <translation>Katalogen listar ingen producent av denna tjänst för klientens område: fråga servicehandledningen hos %1.</translation>
    </message>
    <message>
        <source>No place to visit is listed: the service is reached by phone or online (the ways in below).</source>
        <translation>Katalogen har inget besöksställe: tjänsten nås per telefon eller på nätet (kontaktvägarna nedan).</translation>
    </message>
    <message>
        <source>The client may choose the provider freely among those of %1.</source>
        <translation>Klienten kan fritt välja producent bland dem som %1 har.</translation>
    </message>
    <message>
        <source>Produced by %1, the joint authority of which %2 is a member by law (%3).</source>
        <translation>Produceras av %1, den välfärdssammanslutning som %2 är medlem i enligt lag (%3).</translation>
    </message>
    <message>
        <source>Accepts the %1: %2.</source>
        <translation>Tar emot %1: %2.</translation>
    </message>
    <message>
        <source>The client is served by their own regional unit, %1.</source>
        <translation>Klienten betjänas av sin egen regionala verksamhetsenhet, %1.</translation>
    </message>
    <message>
        <source>In the client&apos;s own regional unit (%1).</source>
        <translation>I klientens egen regionala verksamhetsenhet (%1).</translation>
    </message>
    <message>
        <source>In another regional unit of the organiser (%1).</source>
        <translation>I en annan regional verksamhetsenhet hos anordnaren (%1).</translation>
    </message>
    <message>
        <source>Does not serve in %1.</source>
        <translation>Ger inte service på %1.</translation>
    </message>
    <message>
        <source>Accessible premises.</source>
        <translation>Tillgängliga lokaler.</translation>
    </message>
    <message>
        <source>The premises are not accessible.</source>
        <translation>Lokalerna är inte tillgängliga.</translation>
    </message>
    <message>
        <source>Open in the evenings.</source>
        <translation>Öppet på kvällarna.</translation>
    </message>
    <message>
        <source>Open at weekends.</source>
        <translation>Öppet under veckosluten.</translation>
    </message>
    <message>
        <source>Not open in the evenings or at weekends.</source>
        <translation>Inte öppet på kvällar eller under veckoslut.</translation>
    </message>
    <message>
        <source>Makes home visits.</source>
        <translation>Gör hembesök.</translation>
    </message>
    <message>
        <source>Makes no home visits.</source>
        <translation>Gör inga hembesök.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting time about %n day(s).</source>
        <translation>
            <numerusform>Väntetid cirka %n dag.</numerusform>
            <numerusform>Väntetid cirka %n dagar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The organiser&apos;s own production.</source>
        <translation>Anordnarens egen produktion.</translation>
    </message>
    <message>
        <source>A procured service, paid by the organiser.</source>
        <translation>Köptjänst som anordnaren betalar.</translation>
    </message>
    <message>
        <source>Whether the premises are accessible is not reported.</source>
        <translation>Lokalernas tillgänglighet har inte uppgetts.</translation>
    </message>
    <message>
        <source>In the client&apos;s home municipality (%1).</source>
        <translation>I klientens hemkommun (%1).</translation>
    </message>
    <message>
        <source>No service in the catalogue matches this need: try other words, a service class code or a service id.</source>
        <translation>Ingen tjänst i katalogen motsvarar behovet: pröva andra ord, en tjänsteklasskod eller en tjänsts id.</translation>
    </message>
</context>
<context>
    <name>PlacementActions</name>
    <message>
        <source>&amp;Placement</source>
        <translation>&amp;Servicehandledning</translation>
    </message>
    <message>
        <source>&amp;New placement…</source>
        <translation>&amp;Ny handledning…</translation>
    </message>
    <message>
        <source>Placement &amp;history…</source>
        <translation>Handlednings&amp;historik…</translation>
    </message>
    <message>
        <source>&amp;Regional report…</source>
        <translation>&amp;Regional rapport…</translation>
    </message>
    <message>
        <source>Open the referrals that wait for a decision</source>
        <translation>Öppna remisserna som väntar på beslut</translation>
    </message>
    <message>
        <source>A placement was left unfinished on %1 (%2).</source>
        <translation>En handledning blev oavslutad %1 (%2).</translation>
    </message>
    <message>
        <source>no details yet</source>
        <translation>inga uppgifter ännu</translation>
    </message>
    <message>
        <source>Continue it now? It stays in the placement history either way.</source>
        <translation>Vill du fortsätta med den nu? Den finns kvar i handledningshistoriken i vilket fall som helst.</translation>
    </message>
    <message numerus="yes">
        <source>%n more unfinished placement(s) are in the history.</source>
        <translation>
            <numerusform>I historiken finns ytterligare %n oavslutad handledning.</numerusform>
            <numerusform>I historiken finns ytterligare %n oavslutade handledningar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unfinished placement</source>
        <translation>Oavslutad handledning</translation>
    </message>
</context>
<context>
    <name>PlacementWizard</name>
    <message>
        <source>New placement</source>
        <translation>Ny handledning</translation>
    </message>
    <message>
        <source>Save placement</source>
        <translation>Spara handledningen</translation>
    </message>
</context>
<context>
    <name>Placements</name>
    <message>
        <source>Say what to do: list, show, status or export.</source>
        <translation>Ange vad som ska göras: list, show, status eller export.</translation>
    </message>
    <message>
        <source>(no details yet)</source>
        <translation>(inga uppgifter ännu)</translation>
    </message>
    <message>
        <source>damaged: its stored %1 cannot be read</source>
        <translation>skadad: dess sparade fält %1 kan inte läsas</translation>
    </message>
    <message>
        <source>No placements.</source>
        <translation>Inga handledningar.</translation>
    </message>
    <message>
        <source>There is no placement number %1.</source>
        <translation>Det finns ingen handledning nummer %1.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>inte registrerat</translation>
    </message>
    <message>
        <source>Record id: %1</source>
        <translation>Postens id: %1</translation>
    </message>
    <message>
        <source>Saved at desk: %1</source>
        <translation>Sparad vid arbetsstationen: %1</translation>
    </message>
    <message>
        <source>Status changes in time order (the latest is the status):</source>
        <translation>Statusändringar i tidsordning (den senaste är status):</translation>
    </message>
    <message>
        <source>Placement %1 is now %2.</source>
        <translation>Handledning %1 har nu status: %2.</translation>
    </message>
    <message>
        <source>Could not write %1 (%2): choose another file.</source>
        <translation>Det gick inte att skriva %1 (%2): välj en annan fil.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n placement(s) to %1 and the counts to %2.</source>
        <translation>
            <numerusform>Skrev %n handledning till %1 och antalen till %2.</numerusform>
            <numerusform>Skrev %n handledningar till %1 och antalen till %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>By service</source>
        <translation>Per tjänst</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>Per producent</translation>
    </message>
    <message>
        <source>By regional unit</source>
        <translation>Per regional verksamhetsenhet</translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <source>Provider</source>
        <translation>Producent</translation>
    </message>
    <message>
        <source>The providers the client may choose, best first. Select the client&apos;s choice.</source>
        <translation>Producenterna som klienten kan välja, den bästa först. Markera klientens val.</translation>
    </message>
    <message>
        <source>The client&apos;s own words:</source>
        <translation>Med klientens egna ord:</translation>
    </message>
    <message>
        <source>Counsellor&apos;s notes:</source>
        <translation>Servicehandledarens anteckningar:</translation>
    </message>
    <message>
        <source>optional: why the client chose this</source>
        <translation>frivilligt: varför klienten valde denna</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Visa alla</translation>
    </message>
    <message>
        <source>Providers the client may choose</source>
        <translation>Producenter som klienten kan välja</translation>
    </message>
    <message>
        <source>Best first, with languages, waiting time and voucher. Select the client&apos;s choice.</source>
        <translation>Den bästa först, med språk, väntetid och servicesedel. Välj klientens val.</translation>
    </message>
    <message>
        <source>Details of the selected provider</source>
        <translation>Uppgifter om den valda producenten</translation>
    </message>
    <message>
        <source>Address, phone and the reasons for the provider&apos;s place in the list.</source>
        <translation>Adress, telefon och skälen till producentens plats i listan.</translation>
    </message>
    <message>
        <source>Notes kept with the placement record.</source>
        <translation>Anteckningar som sparas med handledningen.</translation>
    </message>
    <message>
        <source>Ways in by phone or online:</source>
        <translation>Kontakt per telefon eller på nätet:</translation>
    </message>
    <message>
        <source>There is no provider to choose for this service.</source>
        <translation>Det finns ingen producent att välja för denna tjänst.</translation>
    </message>
    <message numerus="yes">
        <source>%n more provider(s) rank lower and are not listed.</source>
        <translation>
            <numerusform>%n producent till rangordnas lägre och visas inte.</numerusform>
            <numerusform>%n producenter till rangordnas lägre och visas inte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the provider the client chose.</source>
        <translation>Markera den producent som klienten valde.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Placement %1</source>
        <translation>Handledning %1</translation>
    </message>
    <message>
        <source>Placement %1, %2, last changed %3</source>
        <translation>Handledning %1, %2, senast ändrad %3</translation>
    </message>
    <message>
        <source>note on the change (optional)</source>
        <translation>anteckning om ändringen (frivillig)</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Ändra status</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Ny status</translation>
    </message>
    <message>
        <source>The status to change the placement to, with the note beside it.</source>
        <translation>Den status handledningen ändras till; anteckningen i fältet bredvid.</translation>
    </message>
    <message>
        <source>Note on the change</source>
        <translation>Anteckning om ändringen</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>Pushed to the region %1: %2 placements and %3 notes or status changes (%4 of them it had already).</source>
        <translation>Skickat till regionen %1: %2 placeringar och %3 anteckningar eller statusändringar (%4 av dem fanns där redan).</translation>
    </message>
    <message>
        <source>Waiting until their placement is finished: %1.</source>
        <translation>Väntar tills placeringen är klar: %1.</translation>
    </message>
    <message>
        <source>Status changes from other desks: %1.</source>
        <translation>Statusändringar från andra arbetsstationer: %1.</translation>
    </message>
    <message>
        <source>The region has no catalogue yet.</source>
        <translation>Regionen har ännu ingen katalog.</translation>
    </message>
    <message>
        <source>The region&apos;s catalogue was not taken: correct the errors above.</source>
        <translation>Regionens katalog togs inte i bruk: rätta felen ovan.</translation>
    </message>
    <message>
        <source>The catalogue is the region&apos;s already.</source>
        <translation>Katalogen är redan densamma som regionens.</translation>
    </message>
    <message>
        <source>The region&apos;s catalogue is now catalogue version %1 here (catalogue rollback takes it back).</source>
        <translation>Regionens katalog är nu katalogversion %1 här (catalogue rollback tar tillbaka den föregående).</translation>
    </message>
    <message>
        <source>The roles of %1 are ready: %2 imports and rolls back catalogues and reads everything; %3 reads the catalogue and saves placements (%4), nothing else.</source>
        <translation>Rollerna i %1 är klara: %2 importerar och återställer kataloger och läser allt; %3 läser katalogen och sparar handledningar (%4), inget annat.</translation>
    </message>
    <message>
        <source>%1 is a member of %2.</source>
        <translation>%1 hör till rollen %2.</translation>
    </message>
    <message>
        <source>The login role %1 was created without a password: set one with “\password %1” in psql.</source>
        <translation>Inloggningsrollen %1 skapades utan lösenord: ange ett i psql med ”\password %1”.</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.</source>
        <translation>Skrev %1 rader till %2.</translation>
    </message>
    <message>
        <source>No placements to count.</source>
        <translation>Inga handledningar att räkna.</translation>
    </message>
    <message>
        <source>, referral to decision: median %1 d, 90 %: %2 d</source>
        <translation>, från remiss till beslut: median %1 d, 90 %: %2 d</translation>
    </message>
    <message>
        <source>%1 placements</source>
        <translation>handledningar %1</translation>
    </message>
</context>
<context>
    <name>RegionReport</name>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Producent</translation>
    </message>
    <message>
        <source>Regional unit</source>
        <translation>Regional verksamhetsenhet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Handledningar</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Referral to decision:
median (days)</source>
        <translation>Från remiss till beslut:
median (dygn)</translation>
    </message>
    <message>
        <source>Referral to decision:
90th percentile (days)</source>
        <translation>Från remiss till beslut:
90:e percentilen (dygn)</translation>
    </message>
    <message>
        <source>Regional report</source>
        <translation>Regional rapport</translation>
    </message>
    <message>
        <source>Count by:</source>
        <translation>Indelning:</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Spara som CSV…</translation>
    </message>
    <message>
        <source>Placements counted</source>
        <translation>Räknade handledningar</translation>
    </message>
    <message>
        <source>One row for each combination chosen above, with its count.</source>
        <translation>En rad för varje kombination som valts ovan, med dess antal.</translation>
    </message>
    <message>
        <source>Counting the placements…</source>
        <translation>Handledningarna räknas…</translation>
    </message>
    <message>
        <source>%1 placements (drafts are not counted).</source>
        <translation>Handledningar %1 (utkast räknas inte).</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Spara rapporten</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1 (%2): choose another file.</source>
        <translation>Det gick inte att skriva %1 (%2): välj en annan fil.</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Rapporten sparades i %1.</translation>
    </message>
</context>
<context>
    <name>RegionSync</name>
    <message>
        <source>S&amp;ync with the region…</source>
        <translation>S&amp;ynkronisera med regionen…</translation>
    </message>
    <message>
        <source>Sync with the region</source>
        <translation>Synkronisering med regionen</translation>
    </message>
    <message>
        <source>Pushing the placements saved here…</source>
        <translation>Skickar placeringarna som sparats här…</translation>
    </message>
    <message>
        <source>Sync cancelled: what was done before stays done; sync again later.</source>
        <translation>Synkroniseringen avbröts: det som redan gjorts står kvar; synkronisera igen senare.</translation>
    </message>
    <message>
        <source>Fetching status changes from other desks…</source>
        <translation>Hämtar statusändringar från andra arbetsstationer…</translation>
    </message>
    <message>
        <source>Fetching the region&apos;s catalogue…</source>
        <translation>Hämtar regionens katalog…</translation>
    </message>
</context>
<context>
    <name>Routes</name>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-service</source>
        <translation>E-tjänst</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Webbsida</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Blankett</translation>
    </message>
    <message>
        <source>free of charge</source>
        <translation>avgiftsfri</translation>
    </message>
    <message>
        <source>charged</source>
        <translation>avgiftsbelagd</translation>
    </message>
    <message>
        <source>charge: see the description</source>
        <translation>avgift: se beskrivningen</translation>
    </message>
    <message>
        <source>charge not known</source>
        <translation>avgiften är inte känd</translation>
    </message>
    <message>
        <source>around the clock</source>
        <translation>dygnet runt</translation>
    </message>
    <message>
        <source>hours not known</source>
        <translation>öppettiderna är inte kända</translation>
    </message>
    <message>
        <source>source: %1, checked %2</source>
        <translation>källa: %1, kontrollerad %2</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>källa: %1</translation>
    </message>
    <message>
        <source>next exception: %1</source>
        <translation>följande undantag: %1</translation>
    </message>
    <message>
        <source>The catalogue has no number for %1 of %2: in danger call 112, and ask %2 for the number.</source>
        <translation>Katalogen har inget nummer: %1 (%2). Ring 112 vid fara och fråga %2 efter numret.</translation>
    </message>
    <message>
        <source>Sources: %1 (checked %2).</source>
        <translation>Källor: %1 (kontrollerade %2).</translation>
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation>Källor: %1.</translation>
    </message>
    <message>
        <source>Danger to life or health now: call the emergency number %1 (free of charge, around the clock).</source>
        <translation>Liv eller hälsa i fara nu: ring nödnumret %1 (avgiftsfritt, dygnet runt).</translation>
    </message>
    <message>
        <source>A social emergency (a child at risk, violence at home, a person who cannot cope tonight): the social emergency service of %1, open around the clock; its immediate help is free of charge.</source>
        <translation>Social nödsituation (ett barn i fara, våld i hemmet, en person som inte klarar sig över natten): socialjouren hos %1, öppen dygnet runt; den omedelbara hjälpen är avgiftsfri.</translation>
    </message>
    <message>
        <source>the social emergency service</source>
        <translation>socialjouren</translation>
    </message>
    <message>
        <source>A child at risk: the child-protection on-call service of %1, part of its social emergency service, around the clock.</source>
        <translation>Ett barn i fara: barnskyddsjouren hos %1, en del av dess socialjour, dygnet runt.</translation>
    </message>
    <message>
        <source>the child-protection on-call service</source>
        <translation>barnskyddsjouren</translation>
    </message>
    <message>
        <source>Violence at home: a shelter takes the client and the children directly, without a referral or a decision, around the clock and free of charge. %1 (free of charge, around the clock) helps find a shelter with room.</source>
        <translation>Våld i hemmet: till ett skyddshem kommer klienten och barnen direkt, utan remiss eller beslut, dygnet runt och avgiftsfritt. %1 (avgiftsfri, dygnet runt) hjälper att hitta ett skyddshem med plats.</translation>
    </message>
    <message>
        <source>Urgent health care: call %1 (free of charge, around the clock) before going to on-call care; it assesses the need for care and directs the client to the on-call health services of %2.</source>
        <translation>Brådskande vård: ring %1 (avgiftsfritt, dygnet runt) innan klienten åker till jouren; där bedöms vårdbehovet och klienten hänvisas till jouren hos %2.</translation>
    </message>
    <message>
        <source>A concern about a child: make a child-welfare notification without delay to the social services of %1, by phone, in writing or in person (never by unprotected e-mail); when it is urgent or out of office hours, to the social emergency service or 112. Anyone may make one; social and health care professionals and the others the law names must, whatever their duty of confidentiality (%2).</source>
        <translation>Oro för ett barn: gör en barnskyddsanmälan utan dröjsmål till socialservicen hos %1, per telefon, skriftligt eller personligen (aldrig med oskyddad e-post); när det är brådskande eller utanför tjänstetid till socialjouren eller 112. Vem som helst får göra en anmälan; yrkesutbildade personer inom social- och hälsovården och andra som lagen nämner är skyldiga att göra den trots sekretessen (%2).</translation>
    </message>
    <message>
        <source>Urgent: where to turn now</source>
        <translation>Brådskande: vart vända sig nu</translation>
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
    <name>ServiceBrowser</name>
    <message>
        <source>&amp;Search services, providers and locations:</source>
        <translation>S&amp;ök tjänster, producenter och serviceställen:</translation>
    </message>
    <message>
        <source>e.g. hammashoito, tandvård, home care</source>
        <translation>t.ex. tandvård, hammashoito, hemvård</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Results appear below as you type. Down moves into the results; Escape clears the search and shows the service tree.</source>
        <translation>Resultaten visas nedan medan du skriver. Nedåtpilen flyttar till resultaten; Esc tömmer sökningen och visar tjänsteträdet.</translation>
    </message>
    <message>
        <source>&amp;Group services by:</source>
        <translation>&amp;Gruppera tjänsterna efter:</translation>
    </message>
    <message>
        <source>service level</source>
        <translation>servicenivå</translation>
    </message>
    <message>
        <source>service class</source>
        <translation>serviceklass</translation>
    </message>
    <message>
        <source>Group services by</source>
        <translation>Gruppera tjänsterna efter</translation>
    </message>
    <message>
        <source>How the list below is grouped: by service level or by service class.</source>
        <translation>Hur listan nedan grupperas: efter servicenivå eller tjänsteklass.</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Tjänster</translation>
    </message>
    <message>
        <source>Services in scope, grouped; choose one to see its details and providers</source>
        <translation>Tjänster inom urvalet, grupperade; välj en för att se uppgifter och producenter</translation>
    </message>
    <message>
        <source>All services in scope:</source>
        <translation>Alla tjänster inom urvalet:</translation>
    </message>
    <message>
        <source>All services in scope</source>
        <translation>Alla tjänster inom urvalet</translation>
    </message>
    <message>
        <source>Every service in scope, grouped, below the search results</source>
        <translation>Alla tjänster inom urvalet, grupperade, under sökresultaten</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Sökresultat</translation>
    </message>
    <message>
        <source>Choose a result to see its details and providers</source>
        <translation>Välj ett resultat för att se uppgifter och producenter</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultat</numerusform>
            <numerusform>%n resultat</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches; check the spelling, the municipality or the filters.</source>
        <translation>Inga träffar; kontrollera stavningen, kommunen eller filtren.</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) in scope</source>
        <translation>
            <numerusform>%n tjänst inom urvalet</numerusform>
            <numerusform>%n tjänster inom urvalet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceTreeModel</name>
    <message>
        <source>Other services</source>
        <translation>Övriga tjänster</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <source>Services</source>
        <translation>Tjänster</translation>
    </message>
    <message>
        <source>The services that fit the need, with what the client may do and why.</source>
        <translation>Tjänsterna som passar behovet: vad klienten kan göra och varför.</translation>
    </message>
    <message>
        <source>Services that fit the need</source>
        <translation>Tjänster som passar behovet</translation>
    </message>
    <message>
        <source>Each service with what the client may do. Select the one to place the client in.</source>
        <translation>Varje tjänst med vad klienten kan göra. Välj den tjänst klienten handleds till.</translation>
    </message>
    <message>
        <source>Reasons for the selected service</source>
        <translation>Skälen för den valda tjänsten</translation>
    </message>
    <message>
        <source>Why the client may or may not use the service, and the way in.</source>
        <translation>Varför klienten kan eller inte kan använda tjänsten, och hur man kommer till den.</translation>
    </message>
    <message>
        <source>Whom to contact at once for an urgent need, before the services below.</source>
        <translation>Vem man genast kontaktar vid ett brådskande behov, före tjänsterna nedan.</translation>
    </message>
    <message>
        <source>Choose the service to place the client in.</source>
        <translation>Välj den tjänst som klienten hänvisas till.</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>Signed %1: publish %2 with it. %3</source>
        <translation>%1 har signerats: publicera %2 tillsammans med den. %3</translation>
    </message>
    <message>
        <source>Trusted publishers&apos; keys in %1:</source>
        <translation>Betrodda utgivares nycklar i %1:</translation>
    </message>
    <message>
        <source>  %1  (fingerprint %2)</source>
        <translation>  %1  (fingeravtryck %2)</translation>
    </message>
    <message>
        <source>Signed by %1 on %2 with the key “%3” that this desk trusts (fingerprint %4).</source>
        <translation>Signerad av %1 %2 med nyckeln ”%3” som den här arbetsstationen litar på (fingeravtryck %4).</translation>
    </message>
    <message>
        <source>Signed by %1 on %2 with the key fingerprint %3.</source>
        <translation>Signerad av %1 %2 med nyckeln med fingeravtrycket %3.</translation>
    </message>
    <message>
        <source>This catalogue is not signed: nobody vouches that it is the one your publisher sent. Import it only if you know where it comes from.</source>
        <translation>Den här servicekatalogen är inte signerad: ingen går i god för att det är den som din utgivare skickade. Importera den bara om du vet var den kommer ifrån.</translation>
    </message>
    <message>
        <source>Made the key pair “%1” (fingerprint %2): the private key %3 is readable by you only; keep it off the desks and keep a copy in a safe place. Give the public key %4 to the desks.</source>
        <translation>Nyckelparet ”%1” har skapats (fingeravtryck %2): den privata nyckeln %3 är läsbar endast för dig; håll den borta från arbetsstationerna och förvara en kopia på ett säkert ställe. Ge den publika nyckeln %4 till arbetsstationerna.</translation>
    </message>
    <message>
        <source>This desk now accepts catalogues signed with the key “%1” (fingerprint %2; kept in %3). Check the fingerprint with the publisher.</source>
        <translation>Den här arbetsstationen godkänner nu servicekataloger som signerats med nyckeln ”%1” (fingeravtryck %2; sparad i %3). Kontrollera fingeravtrycket med utgivaren.</translation>
    </message>
    <message>
        <source>This desk trusts no publisher&apos;s key yet (folder %1): add one with “sote-navigator catalogue trust FILE.pub”.</source>
        <translation>Den här arbetsstationen litar ännu inte på någon utgivares nyckel (mapp %1): lägg till en med ”sote-navigator catalogue trust FILE.pub”.</translation>
    </message>
</context>
<context>
    <name>SummaryOutput</name>
    <message>
        <source>Summary language:</source>
        <translation>Sammanfattningens språk:</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Kopiera som text</translation>
    </message>
    <message>
        <source>The language of the summary and the PDF: the client&apos;s, unless changed.</source>
        <translation>Sammanfattningens och PDF-filens språk: klientens, om det inte ändras.</translation>
    </message>
    <message>
        <source>The summary as the client receives it, in the summary language.</source>
        <translation>Sammanfattningen så som klienten får den, på sammanfattningens språk.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Spara som PDF…</translation>
    </message>
    <message>
        <source>The summary was copied to the clipboard.</source>
        <translation>Sammanfattningen kopierades till urklippet.</translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation>Spara sammanfattningen som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>Sparar PDF-filen…</translation>
    </message>
    <message>
        <source>Placement summary</source>
        <translation>Sammanfattning av servicehandledningen</translation>
    </message>
    <message>
        <source>The PDF was saved as %1.</source>
        <translation>PDF-filen sparades som %1.</translation>
    </message>
    <message>
        <source>The PDF could not be saved (%1): choose another folder.</source>
        <translation>PDF-filen kunde inte sparas (%1): välj en annan mapp.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>The summary for the client and the client record system, in the client&apos;s language. Finish saves the placement.</source>
        <translation>Sammanfattningen för klienten och klientdatasystemet, på klientens språk. Spara handledningen avslutar.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Where the placement stands when you save it.</source>
        <translation>Handledningens status när du sparar den.</translation>
    </message>
</context>
<context>
    <name>VerdictCard</name>
    <message>
        <source>Choice: %1</source>
        <translation>Val: %1</translation>
    </message>
    <message>
        <source>Charge: %1</source>
        <translation>Avgift: %1</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Bedömning: %1</translation>
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
        <source>the organiser&apos;s own production</source>
        <translation>anordnarens egen produktion</translation>
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
        <source>joint authority of which the organiser is a member</source>
        <translation>välfärdssammanslutning där anordnaren är medlem</translation>
    </message>
    <message>
        <source>EXAMPLE DATA</source>
        <translation>EXEMPELDATA</translation>
    </message>
</context>
<context>
    <name>Voucher</name>
    <message>
        <source>per hour</source>
        <translation>per timme</translation>
    </message>
    <message>
        <source>per visit</source>
        <translation>per besök</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>per dag</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>per månad</translation>
    </message>
    <message>
        <source>per treatment</source>
        <translation>per behandling</translation>
    </message>
    <message>
        <source>source: %1, %2</source>
        <translation>källa: %1, %2</translation>
    </message>
    <message>
        <source>source: %1, date not given</source>
        <translation>källa: %1, datum saknas</translation>
    </message>
    <message>
        <source>no source given</source>
        <translation>ingen källa angiven</translation>
    </message>
    <message>
        <source>its value and the client&apos;s self-share are decided by %1 and are not in the catalogue: ask %1</source>
        <translation>värdet och klientens självrisk bestäms av anordnaren (%1) och finns inte i katalogen: fråga anordnaren (%1)</translation>
    </message>
    <message>
        <source>its value and the client&apos;s self-share are each organiser&apos;s decision and are not in the catalogue: ask the organiser</source>
        <translation>värdet och klientens självrisk bestäms av varje anordnare och finns inte i katalogen: fråga anordnaren</translation>
    </message>
    <message>
        <source>value %1</source>
        <translation>värde %1</translation>
    </message>
    <message>
        <source>value %1–%2 depending on the client&apos;s income</source>
        <translation>värde %1–%2 beroende på klientens inkomster</translation>
    </message>
    <message>
        <source>the client&apos;s self-share %1</source>
        <translation>klientens självrisk %1</translation>
    </message>
    <message>
        <source>the client pays the provider&apos;s price above the value</source>
        <translation>klienten betalar den del av producentens pris som överstiger värdet</translation>
    </message>
    <message>
        <source>the client&apos;s self-share is not known</source>
        <translation>klientens självrisk är inte känd</translation>
    </message>
    <message>
        <source>client voucher</source>
        <translation>kundsedel</translation>
    </message>
    <message>
        <source>service voucher</source>
        <translation>servicesedel</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Producent</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Väntetid</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Sedel</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
</context>
</TS>
