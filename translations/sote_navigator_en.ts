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
</TS>
