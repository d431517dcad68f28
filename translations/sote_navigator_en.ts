<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Catalogue</name>
    <message numerus="yes">
        <source>… and %n more finding(s) not shown.</source>
        <translation>
            <numerusform>… and %n more finding not shown.</numerusform>
            <numerusform>… and %n more findings not shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueMenu</name>
    <message numerus="yes">
        <source>imported %n day(s) ago</source>
        <translation>
            <numerusform>imported %n day ago</numerusform>
            <numerusform>imported %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n record(s) older than the freshness limit of %1 months:</source>
        <translation>
            <numerusform>%n record older than the freshness limit of %1 months:</numerusform>
            <numerusform>%n records older than the freshness limit of %1 months:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n offering(s))</source>
        <translation>
            <numerusform>(%n offering)</numerusform>
            <numerusform>(%n offerings)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message numerus="yes">
        <source>about %n day(s)</source>
        <translation>
            <numerusform>about %n day</numerusform>
            <numerusform>about %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fees</name>
    <message numerus="yes">
        <source>household of %n, gross income %1 a month</source>
        <translation>
            <numerusform>household of %n, gross income %1 a month</numerusform>
            <numerusform>household of %n, gross income %1 a month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) of care a month</source>
        <translation>
            <numerusform>%n hour of care a month</numerusform>
            <numerusform>%n hours of care a month</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message numerus="yes">
        <source>Referral %n day(s) ago, no decision yet</source>
        <translation>
            <numerusform>Referral %n day ago, no decision yet</numerusform>
            <numerusform>Referral %n days ago, no decision yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Referrals to follow up: %n</source>
        <translation>
            <numerusform>Referrals to follow up: %n</numerusform>
            <numerusform>Referrals to follow up: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message numerus="yes">
        <source>Wrote %n placement(s) to %1 and the counts to %2.</source>
        <translation>
            <numerusform>Wrote %n placement to %1 and the counts to %2.</numerusform>
            <numerusform>Wrote %n placements to %1 and the counts to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Info</name>
    <message numerus="yes">
        <source>%Ln organiser(s)</source>
        <translation>
            <numerusform>%Ln organiser</numerusform>
            <numerusform>%Ln organisers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln regional unit(s)</source>
        <translation>
            <numerusform>%Ln regional unit</numerusform>
            <numerusform>%Ln regional units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln municipality(ies)</source>
        <translation>
            <numerusform>%Ln municipality</numerusform>
            <numerusform>%Ln municipalities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln service class(es)</source>
        <translation>
            <numerusform>%Ln service class</numerusform>
            <numerusform>%Ln service classes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln service(s)</source>
        <translation>
            <numerusform>%Ln service</numerusform>
            <numerusform>%Ln services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln provider(s)</source>
        <translation>
            <numerusform>%Ln provider</numerusform>
            <numerusform>%Ln providers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln location(s)</source>
        <translation>
            <numerusform>%Ln location</numerusform>
            <numerusform>%Ln locations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln offering(s)</source>
        <translation>
            <numerusform>%Ln offering</numerusform>
            <numerusform>%Ln offerings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NeedPage</name>
    <message numerus="yes">
        <source>%n service(s) match:</source>
        <translation>
            <numerusform>%n service matches:</numerusform>
            <numerusform>%n services match:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfferingListView</name>
    <message numerus="yes">
        <source>%n provider(s) serving %1</source>
        <translation>
            <numerusform>%n provider serving %1</numerusform>
            <numerusform>%n providers serving %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) in the whole country</source>
        <translation>
            <numerusform>%n provider in the whole country</numerusform>
            <numerusform>%n providers in the whole country</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) offered</source>
        <translation>
            <numerusform>%n service offered</numerusform>
            <numerusform>%n services offered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Place</name>
    <message numerus="yes">
        <source>With a referral, treated by (%n provider(s)):</source>
        <translation>
            <numerusform>With a referral, treated by (%n provider):</numerusform>
            <numerusform>With a referral, treated by (%n providers):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Provided by the client&apos;s own unit, not chosen (%n provider(s)):</source>
        <translation>
            <numerusform>Provided by the client&apos;s own unit, not chosen (%n provider):</numerusform>
            <numerusform>Provided by the client&apos;s own unit, not chosen (%n providers):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choice set, best first (%n provider(s)):</source>
        <translation>
            <numerusform>Choice set, best first (%n provider):</numerusform>
            <numerusform>Choice set, best first (%n providers):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more, ranked lower (list them with --all-providers).</source>
        <translation>
            <numerusform>… and %n more, ranked lower (list it with --all-providers).</numerusform>
            <numerusform>… and %n more, ranked lower (list them with --all-providers).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Placement</name>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>and %n more.</numerusform>
            <numerusform>and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting time about %n day(s).</source>
        <translation>
            <numerusform>Waiting time about %n day.</numerusform>
            <numerusform>Waiting time about %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlacementActions</name>
    <message numerus="yes">
        <source>%n more unfinished placement(s) are in the history.</source>
        <translation>
            <numerusform>%n more unfinished placement is in the history.</numerusform>
            <numerusform>%n more unfinished placements are in the history.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Placements</name>
    <message numerus="yes">
        <source>Wrote %n placement(s) to %1 and the counts to %2.</source>
        <translation>
            <numerusform>Wrote %n placement to %1 and the counts to %2.</numerusform>
            <numerusform>Wrote %n placements to %1 and the counts to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message numerus="yes">
        <source>%n more provider(s) rank lower and are not listed.</source>
        <translation>
            <numerusform>%n more provider ranks lower and is not listed.</numerusform>
            <numerusform>%n more providers rank lower and are not listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceBrowser</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) in scope</source>
        <translation>
            <numerusform>%n service in scope</numerusform>
            <numerusform>%n services in scope</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
</TS>
