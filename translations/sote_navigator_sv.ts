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
        <source>Unexpected error: %1. Please report it with the command you ran.</source>
        <translation>Oväntat fel: %1. Rapportera det och ange kommandot du körde.</translation>
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
        <source>The built-in default catalogue is missing from this installation: reinstall Sote Navigator, or import a catalogue file.</source>
        <translation>Den inbyggda standardkatalogen saknas i den här installationen: installera om Sote Navigator eller importera en katalogfil.</translation>
    </message>
    <message>
        <source>No municipality is called “%1”.</source>
        <translation>Det finns ingen kommun som heter ”%1”.</translation>
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
