<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgendaView</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/agenda.py" line="+169"/>
        <source>%Ln appointment(s)</source>
        <translation>
            <numerusform>%Ln appointment</numerusform>
            <numerusform>%Ln appointments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln with health alert(s)</source>
        <translation>
            <numerusform>%Ln with health alert</numerusform>
            <numerusform>%Ln with health alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/clients.py" line="+230"/>
        <source>%Ln client(s) found</source>
        <translation>
            <numerusform>%Ln client found</numerusform>
            <numerusform>%Ln clients found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/status.py" line="+42"/>
        <source>No server is configured: this computer is the whole studio. Its %Ln change(s) are kept and will be sent when a server is connected.</source>
        <translation>
            <numerusform>No server is configured: this computer is the whole studio. Its %Ln change is kept and will be sent when a server is connected.</numerusform>
            <numerusform>No server is configured: this computer is the whole studio. Its %Ln changes are kept and will be sent when a server is connected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Not connected · %Ln change(s) waiting</source>
        <translation>
            <numerusform>Not connected · %Ln change waiting</numerusform>
            <numerusform>Not connected · %Ln changes waiting</numerusform>
        </translation>
    </message>
</context>
</TS>
