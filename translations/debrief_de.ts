<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ChangePointDetector</name>
    <message>
        <source>%1 rose from 0 to %2 at %3</source>
        <translation>%1 stieg um %3 von 0 auf %2</translation>
    </message>
    <message>
        <source>%1 rose %2x at %3</source>
        <translation>%1 stieg um %3 auf das %2-Fache</translation>
    </message>
    <message>
        <source>%1 fell to 0 at %2</source>
        <translation>%1 fiel um %2 auf 0</translation>
    </message>
    <message>
        <source>%1 fell to 1/%2 at %3</source>
        <translation>%1 fiel um %3 auf 1/%2</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>--store needs a path</source>
        <translation>--store erwartet einen Pfad</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>Usage: debrief-cli [--store PATH] COMMAND [ARGS...]

Debrief keeps incident postmortems and their evidence in one SQLite store.
The store is --store PATH, else $DEBRIEF_STORE, else %1.

Commands:
</source>
        <translation>Aufruf: debrief-cli [--store PFAD] BEFEHL [ARGUMENTE...]

Debrief verwahrt Postmortems von Vorfällen und ihre Belege in einer SQLite-Datenbank.
Die Datenbank ist --store PFAD, sonst $DEBRIEF_STORE, sonst %1.

Befehle:
</translation>
    </message>
    <message>
        <source>
Run &apos;debrief-cli COMMAND --help&apos; for the options of a command.
</source>
        <translation>
„debrief-cli BEFEHL --help“ zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The incident store.</source>
        <translation>Die Vorfallsdatenbank.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
</context>
<context>
    <name>CommandContext</name>
    <message>
        <source>&apos;%1&apos; is not an incident id (a positive number, see &apos;debrief-cli incidents&apos;)</source>
        <translation>„%1“ ist keine Vorfalls-ID (eine positive Zahl, siehe „debrief-cli incidents“)</translation>
    </message>
    <message>
        <source>%1: no incident %2 (see &apos;debrief-cli incidents&apos;)</source>
        <translation>%1: kein Vorfall %2 (siehe „debrief-cli incidents“)</translation>
    </message>
    <message>
        <source>%1: incident %2 is in the trash (&apos;debrief-cli undelete %2&apos; brings it back)</source>
        <translation>%1: Vorfall %2 ist im Papierkorb („debrief-cli undelete %2“ holt ihn zurück)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Debrief: incident postmortems with their timeline and evidence.</source>
        <translation>Debrief: Postmortems von Vorfällen mit Zeitleiste und Belegen.</translation>
    </message>
    <message>
        <source>The incident store to open (default: $DEBRIEF_STORE, else the last one).</source>
        <translation>Die zu öffnende Vorfallsdatenbank (Vorgabe: $DEBRIEF_STORE, sonst die zuletzt geöffnete).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>pfad</translation>
    </message>
    <message>
        <source>The incident to show (default: the first).</source>
        <translation>Der anzuzeigende Vorfall (Vorgabe: der erste).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The page to show: %1.</source>
        <translation>Die anzuzeigende Seite: %1.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Render the window offscreen to a PNG file, print its path and exit.</source>
        <translation>Das Fenster ohne Bildschirm in eine PNG-Datei zeichnen, deren Pfad ausgeben und beenden.</translation>
    </message>
    <message>
        <source>file.png</source>
        <translation>datei.png</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--incident needs a positive number, not &quot;%1&quot;</source>
        <translation>--incident erwartet eine positive Zahl, nicht „%1“</translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot; (expected one of: %2)</source>
        <translation>unbekannte Ansicht „%1“ (möglich sind: %2)</translation>
    </message>
    <message>
        <source>The colours to draw with: %1 (default: system, which follows the desktop&apos;s dark mode).</source>
        <translation>Die Farben der Darstellung: %1 (Standard: system, folgt dem dunklen Modus des Desktops).</translation>
    </message>
    <message>
        <source>unknown palette &quot;%1&quot; (expected one of: %2)</source>
        <translation>unbekannte Palette „%1“ (erwartet wird eine von: %2)</translation>
    </message>
    <message>
        <source>Search the logs for a text as pasted from a log line.</source>
        <translation>Die Logs nach einem Text durchsuchen, wie er aus einer Logzeile eingefügt wird.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Search the logs with a regular expression over the messages.</source>
        <translation>Die Logs mit einem regulären Ausdruck über die Meldungen durchsuchen.</translation>
    </message>
    <message>
        <source>re</source>
        <translation>re</translation>
    </message>
    <message>
        <source>--search and --regex exclude each other</source>
        <translation>--search und --regex schließen einander aus</translation>
    </message>
    <message>
        <source>The size of the screenshot&apos;s window, such as 1600x1000 (default 1400x900).</source>
        <translation>Die Größe des Fensters für das Bildschirmfoto, etwa 1600x1000 (Standard 1400x900).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <source>--size takes a width and a height such as 1600x1000, not &quot;%1&quot;</source>
        <translation>--size erwartet eine Breite und eine Höhe wie 1600x1000, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>DeleteCommand</name>
    <message>
        <source>Move an incident with its evidence to the trash (&apos;undelete&apos; brings it back).</source>
        <translation>Einen Vorfall mit seinen Belegen in den Papierkorb verschieben („undelete“ holt ihn zurück).</translation>
    </message>
    <message>
        <source>The incident.</source>
        <translation>Der Vorfall.</translation>
    </message>
    <message>
        <source>delete takes one incident id</source>
        <translation>delete erwartet eine Vorfalls-ID</translation>
    </message>
    <message>
        <source>incident %1 could not be moved to the trash</source>
        <translation>Vorfall %1 konnte nicht in den Papierkorb verschoben werden</translation>
    </message>
    <message>
        <source>incident %1 (%2) moved to the trash; &apos;debrief-cli undelete %1&apos; brings it back</source>
        <translation>Vorfall %1 (%2) in den Papierkorb verschoben; „debrief-cli undelete %1“ holt ihn zurück</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>Untersuchung</translation>
    </message>
    <message>
        <source>Red herring</source>
        <translation>Falsche Fährte</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Eindämmung</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Won&apos;t do</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Eingedämmt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
</context>
<context>
    <name>DocumentHistory</name>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4</source>
        <translation>%1: %2, %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n timeline entries</source>
        <translation>
            <numerusform>%n Zeitleisteneintrag</numerusform>
            <numerusform>%n Zeitleisteneinträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n root causes</source>
        <translation>
            <numerusform>%n Grundursache</numerusform>
            <numerusform>%n Grundursachen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action items</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>no incident %1</source>
        <translation>kein Vorfall %1</translation>
    </message>
    <message>
        <source>edits since version %1</source>
        <translation>Änderungen seit Version %1</translation>
    </message>
    <message>
        <source>the document before its first recorded version</source>
        <translation>das Dokument vor seiner ersten gespeicherten Version</translation>
    </message>
    <message>
        <source>incident %1 has no version %2 (see &apos;history %1&apos;)</source>
        <translation>Vorfall %1 hat keine Version %2 (siehe „history %1“)</translation>
    </message>
    <message>
        <source>version %1 of incident %2 cannot be read back</source>
        <translation>Version %1 von Vorfall %2 lässt sich nicht zurücklesen</translation>
    </message>
    <message>
        <source>restore of version %1</source>
        <translation>Wiederherstellung von Version %1</translation>
    </message>
</context>
<context>
    <name>EvidenceAnalyzer</name>
    <message>
        <source>%1 log entries per minute</source>
        <translation>Logeinträge der Stufe %1 pro Minute</translation>
    </message>
    <message>
        <source>%1 log entries per %2 minutes</source>
        <translation>Logeinträge der Stufe %1 pro %2 Minuten</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write an incident as a Markdown report.</source>
        <translation>Einen Vorfall als Markdown-Bericht schreiben.</translation>
    </message>
    <message>
        <source>Write to FILE.md instead of standard output.</source>
        <translation>In DATEI.md statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>FILE.md</source>
        <translation>DATEI.md</translation>
    </message>
    <message>
        <source>The incident id.</source>
        <translation>Die ID des Vorfalls.</translation>
    </message>
    <message>
        <source>export takes one incident id</source>
        <translation>export erwartet genau eine Vorfalls-ID</translation>
    </message>
    <message>
        <source>cannot write the report: %1</source>
        <translation>der Bericht kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
</context>
<context>
    <name>FileImport</name>
    <message>
        <source>cannot read the file: no such readable file</source>
        <translation>Datei nicht lesbar: keine solche lesbare Datei</translation>
    </message>
    <message>
        <source>logs and metrics go into an incident</source>
        <translation>Protokolle und Metriken gehören zu einem Vorfall</translation>
    </message>
    <message>
        <source>the store could not be written (is it read-only, full or locked by another program?); nothing of the file was stored</source>
        <translation>in die Datenbank konnte nicht geschrieben werden (ist sie schreibgeschützt, voll oder von einem anderen Programm gesperrt?); nichts aus der Datei wurde gespeichert</translation>
    </message>
</context>
<context>
    <name>FormatsCommand</name>
    <message>
        <source>List the formats Debrief can import.</source>
        <translation>Die Formate auflisten, die Debrief importieren kann.</translation>
    </message>
    <message>
        <source>Postmortem documents:</source>
        <translation>Postmortem-Dokumente:</translation>
    </message>
    <message>
        <source>Markdown or plain-text postmortem (Google SRE, PagerDuty, Atlassian styles)</source>
        <translation>Postmortem als Markdown oder reiner Text (im Stil von Google SRE, PagerDuty, Atlassian)</translation>
    </message>
    <message>
        <source>example: %1</source>
        <translation>Beispiel: %1</translation>
    </message>
    <message>
        <source>Log files (detected from content, or --format NAME):</source>
        <translation>Protokolldateien (am Inhalt erkannt, oder --format NAME):</translation>
    </message>
    <message>
        <source>Metrics exports (detected from content, or --format NAME):</source>
        <translation>Metrik-Exporte (am Inhalt erkannt, oder --format NAME):</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>List the versions of an incident&apos;s document (imports, replaced edits, restores).</source>
        <translation>Die Versionen des Dokuments eines Vorfalls auflisten (Importe, ersetzte Änderungen, Wiederherstellungen).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>The incident.</source>
        <translation>Der Vorfall.</translation>
    </message>
    <message>
        <source>history takes one incident id</source>
        <translation>history erwartet eine Vorfalls-ID</translation>
    </message>
    <message>
        <source>Incident %1 has no recorded versions yet.</source>
        <translation>Vorfall %1 hat noch keine gespeicherten Versionen.</translation>
    </message>
    <message>
        <source>VERSION  AT                        SOURCE / SUMMARY</source>
        <translation>VERSION  ZEIT                      QUELLE / ÜBERSICHT</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Skip detection: the format of the files (see &apos;formats&apos;).</source>
        <translation>Erkennung überspringen: das Format der Dateien (siehe „formats“).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The zone of times that state none (default: as the document says, else UTC).</source>
        <translation>Die Zeitzone für Zeiten ohne Zeitzone (Vorgabe: wie im Dokument angegeben, sonst UTC).</translation>
    </message>
    <message>
        <source>TZ</source>
        <translation>TZ</translation>
    </message>
    <message>
        <source>The year of dates that state none.</source>
        <translation>Das Jahr für Datumsangaben ohne Jahr.</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>JJJJ</translation>
    </message>
    <message>
        <source>Files to import.</source>
        <translation>Zu importierende Dateien.</translation>
    </message>
    <message>
        <source>import needs at least one file</source>
        <translation>import erwartet mindestens eine Datei</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (see &apos;debrief-cli formats&apos;)</source>
        <translation>unbekanntes Format „%1“ (siehe „debrief-cli formats“)</translation>
    </message>
    <message>
        <source>--year takes a year such as 2024, not &apos;%1&apos;</source>
        <translation>--year erwartet eine Jahreszahl wie 2024, nicht „%1“</translation>
    </message>
    <message>
        <source>Import a log file again that the incident already has, replacing it.</source>
        <translation>Eine Protokolldatei, die der Vorfall schon hat, erneut importieren und ersetzen.</translation>
    </message>
    <message>
        <source>%1: %2% (%3 entries)</source>
        <translation>%1: %2 % (%3 Einträge)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>no times</source>
        <translation>keine Zeiten</translation>
    </message>
    <message>
        <source>%1: incident %2: %3 entries as %4 (%5% sure), %6, %7 kept raw</source>
        <translation>%1: Vorfall %2: %3 Einträge als %4 (%5 % sicher), %6, %7 unverändert behalten</translation>
    </message>
    <message>
        <source>Import postmortems (a new incident each, unless --incident), log files and metrics (into --incident).</source>
        <translation>Postmortems importieren (je ein neuer Vorfall, außer mit --incident), Protokolldateien und Metriken (in --incident).</translation>
    </message>
    <message>
        <source>The time of a metrics snapshot without timestamps (default: the file&apos;s time).</source>
        <translation>Der Zeitpunkt eines Metrik-Abzugs ohne Zeitstempel (Vorgabe: die Zeit der Datei).</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>--at takes a time such as 2024-08-10T19:00:00Z, not &apos;%1&apos;</source>
        <translation>--at erwartet eine Zeit wie 2024-08-10T19:00:00Z, nicht „%1“</translation>
    </message>
    <message>
        <source>logs and metrics go into an incident: add --incident ID</source>
        <translation>Protokolle und Metriken gehören zu einem Vorfall: --incident ID angeben</translation>
    </message>
    <message>
        <source>%1: incident %2: %3 series, %4 points (%5 gaps) as %6</source>
        <translation>%1: Vorfall %2: %3 Reihen, %4 Punkte (%5 Lücken) als %6</translation>
    </message>
    <message>
        <source>Import into this incident (logs and metrics; a postmortem only with --replace).</source>
        <translation>In diesen Vorfall importieren (Protokolle und Metriken; ein Postmortem nur mit --replace).</translation>
    </message>
    <message>
        <source>Replace the document of --incident by the postmortem given (the one it has now stays in its history).</source>
        <translation>Das Dokument von --incident durch das angegebene Postmortem ersetzen (das bisherige bleibt in seinem Verlauf).</translation>
    </message>
    <message>
        <source>%1: the document it replaced is version %2 (debrief-cli history %3)</source>
        <translation>%1: das ersetzte Dokument ist Version %2 (debrief-cli history %3)</translation>
    </message>
    <message>
        <source>incident %1 already has a document; add --replace to replace it (the document it has now stays recoverable: debrief-cli history %1)</source>
        <translation>Vorfall %1 hat bereits ein Dokument; --replace angeben, um es zu ersetzen (das bisherige Dokument bleibt wiederherstellbar: debrief-cli history %1)</translation>
    </message>
    <message>
        <source>The day of a postmortem&apos;s timeline when the document states no date.</source>
        <translation>Der Tag der Zeitleiste eines Postmortems, wenn das Dokument kein Datum nennt.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>--date takes a day such as 2024-08-10, not &apos;%1&apos;</source>
        <translation>--date erwartet einen Tag wie 2024-08-10, nicht „%1“</translation>
    </message>
    <message>
        <source>%1: incident %2: %3</source>
        <translation>%1: Vorfall %2: %3</translation>
    </message>
</context>
<context>
    <name>ImportKindDetector</name>
    <message>
        <source>not a postmortem, log or metrics file that Debrief can read</source>
        <translation>kein Postmortem, Protokoll und keine Metrikdatei, die Debrief lesen kann</translation>
    </message>
    <message>
        <source>not a postmortem, log or metrics file that Debrief can read (closest: %1, %2% of sampled lines)</source>
        <translation>kein Postmortem, Protokoll und keine Metrikdatei, die Debrief lesen kann (am nächsten: %1, %2 % der untersuchten Zeilen)</translation>
    </message>
</context>
<context>
    <name>IncidentPage</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
</context>
<context>
    <name>IncidentsCommand</name>
    <message>
        <source>List the incidents of the store.</source>
        <translation>Die Vorfälle der Datenbank auflisten.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>No incidents in %1. Import a postmortem with &apos;debrief-cli import FILE&apos;.</source>
        <translation>Keine Vorfälle in %1. Importieren Sie ein Postmortem mit „debrief-cli import DATEI“.</translation>
    </message>
    <message>
        <source>ID    DATE        STATUS     OPEN  TITLE</source>
        <translation>ID    DATUM       STATUS     OFFEN TITEL</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>%1: no such store</source>
        <translation>%1: Datenbank nicht vorhanden</translation>
    </message>
    <message>
        <source>Cannot Open Store</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1: no incident with id %2</source>
        <translation>%1: kein Vorfall mit der ID %2</translation>
    </message>
</context>
<context>
    <name>LintCommand</name>
    <message>
        <source>Check an incident&apos;s postmortem; exit 1 when an error is found.</source>
        <translation>Das Postmortem eines Vorfalls prüfen; Rückgabewert 1, wenn ein Fehler gefunden wird.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>The incident id.</source>
        <translation>Die ID des Vorfalls.</translation>
    </message>
    <message>
        <source>lint takes one incident id</source>
        <translation>lint erwartet genau eine Vorfalls-ID</translation>
    </message>
    <message>
        <source>incident %1</source>
        <translation>Vorfall %1</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
</context>
<context>
    <name>LogFileReader</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot start the gzip decoder</source>
        <translation>der gzip-Decoder kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>the gzip data ends early (the file is truncated)</source>
        <translation>die gzip-Daten enden vorzeitig (die Datei ist abgeschnitten)</translation>
    </message>
    <message>
        <source>the gzip data is corrupt: %1</source>
        <translation>die gzip-Daten sind beschädigt: %1</translation>
    </message>
</context>
<context>
    <name>LogFormat</name>
    <message>
        <source>AWS Application and Classic Load Balancer access logs (type, time, load balancer, client, target, times, status codes, &quot;request&quot;, ...)</source>
        <translation>Zugriffsprotokolle der AWS Application und Classic Load Balancer (Typ, Zeit, Load Balancer, Client, Ziel, Dauern, Statuscodes, &quot;request&quot;, ...)</translation>
    </message>
    <message>
        <source>Envoy access log, default format (also Istio&apos;s): [time] &quot;request&quot; code flags ... &quot;x-forwarded-for&quot; &quot;user-agent&quot; &quot;request id&quot; &quot;authority&quot; &quot;upstream&quot;</source>
        <translation>Envoy-Zugriffsprotokoll im Standardformat (auch das von Istio): [Zeit] &quot;Anfrage&quot; Code Flags ... &quot;x-forwarded-for&quot; &quot;user-agent&quot; &quot;Anfrage-ID&quot; &quot;authority&quot; &quot;upstream&quot;</translation>
    </message>
    <message>
        <source>Apache httpd error log (2.2 and 2.4): &quot;[Sat Aug 10 19:00:01.123456 2024] [module:level] [pid N:tid N] [client addr] message&quot; in local time</source>
        <translation>Fehlerprotokoll des Apache httpd (2.2 und 2.4): &quot;[Sat Aug 10 19:00:01.123456 2024] [Modul:Stufe] [pid N:tid N] [client Adresse] Meldung&quot; in Ortszeit</translation>
    </message>
    <message>
        <source>Common Log Format (NCSA, Apache &quot;common&quot;): client, ident, user, [time], &quot;request&quot;, status, bytes</source>
        <translation>Common Log Format (NCSA, Apache &quot;common&quot;): Client, Ident, Benutzer, [Zeit], &quot;Anfrage&quot;, Status, Bytes</translation>
    </message>
    <message>
        <source>nginx and Apache &quot;combined&quot; access log: client, user, [time], &quot;request&quot;, status, bytes, &quot;referer&quot;, &quot;user agent&quot;</source>
        <translation>Zugriffsprotokoll von nginx und Apache im Format &quot;combined&quot;: Client, Benutzer, [Zeit], &quot;Anfrage&quot;, Status, Bytes, &quot;Referer&quot;, &quot;User-Agent&quot;</translation>
    </message>
    <message>
        <source>nginx error log: &quot;YYYY/MM/DD hh:mm:ss [level] pid#tid: *connection message, client: ..., request: ...&quot; in local time</source>
        <translation>Fehlerprotokoll von nginx: &quot;JJJJ/MM/TT hh:mm:ss [Stufe] pid#tid: *Verbindung Meldung, client: ..., request: ...&quot; in Ortszeit</translation>
    </message>
    <message>
        <source>Redis server and Sentinel log: pid:role, time, level mark (. - * #), message</source>
        <translation>Protokoll von Redis-Server und Sentinel: pid:Rolle, Zeit, Stufenzeichen (. - * #), Meldung</translation>
    </message>
    <message>
        <source>BSD syslog (RFC 3164) and rsyslog&apos;s file format: &quot;Mmm dd hh:mm:ss host tag[pid]: message&quot;, optionally with &lt;PRI&gt; or an RFC 3339 timestamp</source>
        <translation>BSD-Syslog (RFC 3164) und das Dateiformat von rsyslog: &quot;Mmm dd hh:mm:ss Host Tag[pid]: Meldung&quot;, wahlweise mit &lt;PRI&gt; oder einem Zeitstempel nach RFC 3339</translation>
    </message>
    <message>
        <source>Syslog protocol (RFC 5424): &quot;&lt;PRI&gt;1 TIMESTAMP HOST APP PROCID MSGID [STRUCTURED-DATA] message&quot;</source>
        <translation>Syslog-Protokoll (RFC 5424): &quot;&lt;PRI&gt;1 ZEITSTEMPEL HOST APP PROCID MSGID [STRUKTURIERTE-DATEN] Meldung&quot;</translation>
    </message>
    <message>
        <source>W3C extended log files (IIS): #Fields: directive naming the columns, then one request per line</source>
        <translation>Erweiterte W3C-Protokolldateien (IIS): die Direktive #Fields: benennt die Spalten, dann eine Anfrage je Zeile</translation>
    </message>
    <message>
        <source>Zeek (Bro) TSV logs: #separator and #fields header, tab-separated records with an epoch ts</source>
        <translation>TSV-Protokolle von Zeek (Bro): Kopf mit #separator und #fields, tabulatorgetrennte Datensätze mit Epoch-Zeit ts</translation>
    </message>
    <message>
        <source>Android logcat (threadtime, time, brief): MM-dd time, pid, tid, level letter, tag: message</source>
        <translation>Android logcat (threadtime, time, brief): MM-tt Zeit, pid, tid, Stufenbuchstabe, Tag: Meldung</translation>
    </message>
    <message>
        <source>Hadoop 1.x HDFS daemon logs: yyMMdd HHmmss, thread, level, class: message</source>
        <translation>Protokolle der HDFS-Dienste von Hadoop 1.x: yyMMdd HHmmss, Thread, Stufe, Klasse: Meldung</translation>
    </message>
    <message>
        <source>MongoDB server logs: the text log up to 4.2 (time, severity, component, [context]) and the JSON log of 4.4+</source>
        <translation>Serverprotokolle von MongoDB: das Textprotokoll bis 4.2 (Zeit, Schweregrad, Komponente, [Kontext]) und das JSON-Protokoll ab 4.4</translation>
    </message>
    <message>
        <source>OpenStack services (oslo.log): time, pid, level, logger, [request context], message</source>
        <translation>OpenStack-Dienste (oslo.log): Zeit, pid, Stufe, Logger, [Anfragekontext], Meldung</translation>
    </message>
    <message>
        <source>Windows servicing logs (CBS.log, CSI, DPX): time, level (Info, Warning, Error), component, message</source>
        <translation>Wartungsprotokolle von Windows (CBS.log, CSI, DPX): Zeit, Stufe (Info, Warning, Error), Komponente, Meldung</translation>
    </message>
    <message>
        <source>AWS CloudWatch Logs: the JSON answer of aws logs filter-log-events or get-log-events (events with timestamp, message and log stream)</source>
        <translation>AWS CloudWatch Logs: die JSON-Antwort von aws logs filter-log-events oder get-log-events (Ereignisse mit Zeitstempel, Meldung und Log-Stream)</translation>
    </message>
    <message>
        <source>Elasticsearch / OpenSearch: the JSON answer of a _search request (hits with _source and @timestamp)</source>
        <translation>Elasticsearch / OpenSearch: die JSON-Antwort einer _search-Anfrage (Treffer mit _source und @timestamp)</translation>
    </message>
    <message>
        <source>Google Cloud Logging: gcloud logging read --format=json (a JSON array of log entries with timestamp, severity, payload and resource)</source>
        <translation>Google Cloud Logging: gcloud logging read --format=json (ein JSON-Array von Logeinträgen mit Zeitstempel, Schweregrad, Nutzlast und Ressource)</translation>
    </message>
    <message>
        <source>Grafana Loki: the JSON answer of a log query (query_range, streams with labels and nanosecond timestamps)</source>
        <translation>Grafana Loki: die JSON-Antwort einer Log-Abfrage (query_range, Streams mit Labels und Zeitstempeln in Nanosekunden)</translation>
    </message>
    <message>
        <source>Kubernetes CRI container logs (containerd, CRI-O): time, stream, P/F tag, message; partial lines joined</source>
        <translation>Kubernetes-CRI-Containerprotokolle (containerd, CRI-O): Zeit, Stream, P/F-Kennung, Meldung; Teilzeilen zusammengefügt</translation>
    </message>
    <message>
        <source>docker compose logs: &quot;service  | line&quot;, each service&apos;s lines read by the format they fit (JSON, klog, logfmt, log4j, generic); colours stripped</source>
        <translation>docker compose logs: &quot;Dienst  | Zeile&quot;, die Zeilen jedes Dienstes im Format gelesen, zu dem sie passen (JSON, klog, logfmt, log4j, generic); Farben entfernt</translation>
    </message>
    <message>
        <source>CSV exports of log platforms (Splunk, Datadog, Kibana): a header naming a time and a message column, one entry per row</source>
        <translation>CSV-Exporte von Log-Plattformen (Splunk, Datadog, Kibana): eine Kopfzeile, die eine Zeit- und eine Meldungsspalte nennt, ein Eintrag je Zeile</translation>
    </message>
    <message>
        <source>Any text log with a timestamp in the first 64 bytes of its lines (ISO 8601, YYYY/MM/DD, YY/MM/DD, YYMMDD, DD.MM.YYYY, Mon DD, DD Mon YYYY, [DD/Mon/YYYY:...], epoch); lines without one continue the entry</source>
        <translation>Jedes Textprotokoll mit einem Zeitstempel in den ersten 64 Bytes seiner Zeilen (ISO 8601, JJJJ/MM/TT, JJ/MM/TT, JJMMTT, TT.MM.JJJJ, Mon TT, TT Mon JJJJ, [TT/Mon/JJJJ:...], Epoch); Zeilen ohne einen setzen den Eintrag fort</translation>
    </message>
    <message>
        <source>Plain text with stack traces: each line an entry (timed where it starts with a time), Java, Python and Go traces joined to the line that announced them</source>
        <translation>Reiner Text mit Stacktraces: jede Zeile ein Eintrag (mit Zeit, wo sie mit einer beginnt), Java-, Python- und Go-Traces an die Zeile angefügt, die sie ankündigte</translation>
    </message>
    <message>
        <source>JSON lines: one JSON object per line (journald, Docker, ECS, GCP, Bunyan, Pino, zap, logrus, slog, zerolog)</source>
        <translation>JSON Lines: ein JSON-Objekt je Zeile (journald, Docker, ECS, GCP, Bunyan, Pino, zap, logrus, slog, zerolog)</translation>
    </message>
    <message>
        <source>Kubernetes klog and Google glog: level letter, month and day, time, thread, file:line] message</source>
        <translation>Kubernetes klog und Google glog: Stufenbuchstabe, Monat und Tag, Zeit, Thread, Datei:Zeile] Meldung</translation>
    </message>
    <message>
        <source>Application logs (log4j, logback, Spring Boot, Python logging, PostgreSQL): time, level, thread, logger, message; stack traces joined</source>
        <translation>Anwendungsprotokolle (log4j, logback, Spring Boot, Python logging, PostgreSQL): Zeit, Stufe, Thread, Logger, Meldung; Stacktraces angefügt</translation>
    </message>
    <message>
        <source>logfmt: key=value pairs with time, level and msg</source>
        <translation>logfmt: Schlüssel=Wert-Paare mit time, level und msg</translation>
    </message>
    <message>
        <source>MySQL and MariaDB error logs (5.1 to 8.0): time, thread, [level], [code] [subsystem], message; InnoDB reports joined</source>
        <translation>Fehlerprotokolle von MySQL und MariaDB (5.1 bis 8.0): Zeit, Thread, [Stufe], [Code] [Subsystem], Meldung; InnoDB-Berichte angefügt</translation>
    </message>
    <message>
        <source>MySQL, MariaDB and Percona slow query logs: # Time, # User@Host and # Query_time headers, then the statement</source>
        <translation>Protokolle langsamer Abfragen von MySQL, MariaDB und Percona: Kopfzeilen # Time, # User@Host und # Query_time, dann die Anweisung</translation>
    </message>
</context>
<context>
    <name>LogFormatRegistry</name>
    <message>
        <source>the file has no lines to detect its format from</source>
        <translation>die Datei enthält keine Zeilen, an denen ihr Format zu erkennen wäre</translation>
    </message>
    <message>
        <source>unknown log format: no format matches the first %1 lines (closest: %2 at %3%)</source>
        <translation>unbekanntes Logformat: kein Format passt zu den ersten %1 Zeilen (am nächsten: %2 mit %3 %)</translation>
    </message>
    <message>
        <source>unknown log format: no log formats are registered</source>
        <translation>unbekanntes Logformat: es sind keine Logformate registriert</translation>
    </message>
</context>
<context>
    <name>LogImport</name>
    <message>
        <source>there is no incident %1 to import into</source>
        <translation>es gibt keinen Vorfall %1, in den importiert werden könnte</translation>
    </message>
    <message>
        <source>times written without a year are taken to be in %1, the incident&apos;s year</source>
        <translation>Zeiten ohne Jahresangabe werden dem Jahr %1 zugeordnet, dem Jahr des Vorfalls</translation>
    </message>
    <message>
        <source>times written without a year are taken to be in %1, the current year (the incident has no date)</source>
        <translation>Zeiten ohne Jahresangabe werden dem Jahr %1 zugeordnet, dem aktuellen Jahr (der Vorfall hat kein Datum)</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot; (use UTC, an offset such as +02:00, or a name such as Europe/Berlin)</source>
        <translation>unbekannte Zeitzone „%1“ (verwenden Sie UTC, einen Versatz wie +02:00 oder einen Namen wie Europe/Berlin)</translation>
    </message>
    <message>
        <source>times written without a zone are taken to be in UTC</source>
        <translation>Zeiten ohne Zeitzone werden als UTC angenommen</translation>
    </message>
    <message>
        <source>times written without a zone are taken to be in %1</source>
        <translation>Zeiten ohne Zeitzone werden in der Zeitzone %1 angenommen</translation>
    </message>
    <message>
        <source>%1:%2: invalid UTF-8 or NUL bytes replaced by U+FFFD (%3 in %4 lines)</source>
        <translation>%1:%2: ungültige UTF-8- oder NUL-Bytes durch U+FFFD ersetzt (%3 in %4 Zeilen)</translation>
    </message>
    <message>
        <source>%1:%2: lines longer than %3 bytes cut (%4 lines, %5 bytes dropped)</source>
        <translation>%1:%2: Zeilen länger als %3 Bytes gekürzt (%4 Zeilen, %5 Bytes verworfen)</translation>
    </message>
    <message>
        <source>%1:%2: %3 lines are not %4 and were kept raw</source>
        <translation>%1:%2: %3 Zeilen entsprechen nicht %4 und wurden unverändert übernommen</translation>
    </message>
    <message>
        <source>%1:%2: %3 lines are no log entries (shell prompts, directives, headers) and were kept raw</source>
        <translation>%1:%2: %3 Zeilen sind keine Logeinträge (Shell-Prompts, Direktiven, Kopfzeilen) und wurden unverändert übernommen</translation>
    </message>
    <message>
        <source>%1:%2: time goes backwards (%3 entries earlier than the entry before them)</source>
        <translation>%1:%2: die Zeit läuft rückwärts (%3 Einträge liegen vor dem jeweils vorherigen Eintrag)</translation>
    </message>
    <message>
        <source>import cancelled; nothing was stored</source>
        <translation>Import abgebrochen; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>already imported into this incident as log source %1 (%2); force a re-import to replace it</source>
        <translation>bereits als Logquelle %1 (%2) in diesen Vorfall importiert; erzwingen Sie einen erneuten Import, um sie zu ersetzen</translation>
    </message>
    <message>
        <source>internal error while parsing: %1</source>
        <translation>interner Fehler beim Einlesen: %1</translation>
    </message>
    <message>
        <source>unknown log format &quot;%1&quot; (known: %2)</source>
        <translation>unbekanntes Logformat „%1“ (bekannt: %2)</translation>
    </message>
    <message numerus="yes">
        <source>none of the %n lines could be read as %1; nothing was stored</source>
        <translation>
            <numerusform>die %n Zeile konnte nicht als %1 gelesen werden; nichts wurde gespeichert</numerusform>
            <numerusform>keine der %n Zeilen konnte als %1 gelesen werden; nichts wurde gespeichert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogLevelStyle</name>
    <message>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Stufe %1</translation>
    </message>
</context>
<context>
    <name>LogSearch</name>
    <message>
        <source>cannot read the search &apos;%1&apos;: %2</source>
        <translation>die Suche &apos;%1&apos; ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>cannot read the regular expression &apos;%1&apos;: %2 at column %3</source>
        <translation>der reguläre Ausdruck &apos;%1&apos; ist nicht lesbar: %2 in Spalte %3</translation>
    </message>
</context>
<context>
    <name>MetricFormatRegistry</name>
    <message>
        <source>unknown metrics format: the file is empty</source>
        <translation>unbekanntes Metrikformat: die Datei ist leer</translation>
    </message>
    <message>
        <source>unknown metrics format (closest: %1 at %2%); give one with --format: %3</source>
        <translation>unbekanntes Metrikformat (am nächsten: %1 mit %2 %); mit --format angeben: %3</translation>
    </message>
    <message>
        <source>unknown metrics format: no metrics formats are registered</source>
        <translation>unbekanntes Metrikformat: keine Metrikformate registriert</translation>
    </message>
</context>
<context>
    <name>MetricImport</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the file is %1 MiB; metrics files are read whole and may be at most %2 MiB</source>
        <translation>die Datei ist %1 MiB groß; Metrikdateien werden ganz gelesen und dürfen höchstens %2 MiB groß sein</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>unknown metrics format &quot;%1&quot; (known: %2)</source>
        <translation>unbekanntes Metrikformat „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>there is no incident %1 to import into</source>
        <translation>es gibt keinen Vorfall %1, in den importiert werden könnte</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot; (use UTC, an offset such as +02:00, or a name such as Europe/Berlin)</source>
        <translation>unbekannte Zeitzone „%1“ (UTC, einen Versatz wie +02:00 oder einen Namen wie Europe/Berlin angeben)</translation>
    </message>
    <message>
        <source>the file holds no series; nothing was stored</source>
        <translation>die Datei enthält keine Reihen; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>already imported into this incident as metrics source %1 (%2); force a re-import to replace it</source>
        <translation>bereits als Metrikquelle %1 (%2) in diesen Vorfall importiert; mit erzwungenem Neuimport ersetzen</translation>
    </message>
    <message>
        <source>samples without a timestamp were taken at the file&apos;s modification time, %1 (give --at for the time of the scrape)</source>
        <translation>Werte ohne Zeitstempel gelten als zur Änderungszeit der Datei erfasst, %1 (--at gibt die Zeit des Abzugs an)</translation>
    </message>
    <message>
        <source>%1: %2 points share a timestamp with another point of their series; the last value was kept</source>
        <translation>%1: %2 Punkte teilen einen Zeitstempel mit einem anderen Punkt ihrer Reihe; der letzte Wert wurde behalten</translation>
    </message>
    <message>
        <source>no points could be read from the file as %1; nothing was stored</source>
        <translation>aus der Datei konnten keine Messpunkte als %1 gelesen werden; nichts wurde gespeichert</translation>
    </message>
</context>
<context>
    <name>PostmortemFileImport</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 bytes is larger than any postmortem (limit %2 bytes)</source>
        <translation>%1 Bytes sind größer als jedes Postmortem (Grenze: %2 Bytes)</translation>
    </message>
    <message>
        <source>not a postmortem document</source>
        <translation>kein Postmortem-Dokument</translation>
    </message>
    <message>
        <source>no incident %1</source>
        <translation>kein Vorfall %1</translation>
    </message>
    <message>
        <source>incident %1 already has a document; it is replaced only when that is asked for</source>
        <translation>Vorfall %1 hat bereits ein Dokument; es wird nur ersetzt, wenn das ausdrücklich verlangt wird</translation>
    </message>
</context>
<context>
    <name>PostmortemImporter</name>
    <message numerus="yes">
        <source>%n invalid UTF-8 byte(s) replaced by U+FFFD, first on line %1</source>
        <translation>
            <numerusform>%n ungültiges UTF-8-Byte durch U+FFFD ersetzt, zuerst in Zeile %1</numerusform>
            <numerusform>%n ungültige UTF-8-Bytes durch U+FFFD ersetzt, zuerst in Zeile %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no section headings found; the text is kept as the summary</source>
        <translation>keine Abschnittsüberschriften gefunden; der Text wird als Zusammenfassung übernommen</translation>
    </message>
</context>
<context>
    <name>PostmortemInput</name>
    <message>
        <source>empty file</source>
        <translation>leere Datei</translation>
    </message>
    <message>
        <source>binary file: not a Markdown or text document</source>
        <translation>Binärdatei: kein Markdown- oder Textdokument</translation>
    </message>
</context>
<context>
    <name>PostmortemLinter</name>
    <message>
        <source>Root causes disagree: %1 (%2) vs %3 (%4)</source>
        <translation>Grundursachen widersprechen sich: %1 (%2) gegenüber %3 (%4)</translation>
    </message>
    <message>
        <source>The resolution %1 is not what the timeline shows; the timeline says: %2</source>
        <translation>Die Behebung %1 entspricht nicht der Zeitleiste; laut Zeitleiste: %2</translation>
    </message>
    <message>
        <source>The stated duration is %1 minutes but the timeline spans %2 minutes (%3 to %4)</source>
        <translation>Die angegebene Dauer beträgt %1 Minuten, die Zeitleiste umfasst aber %2 Minuten (%3 bis %4)</translation>
    </message>
    <message>
        <source>The stated duration is %1 minutes but the incident started %2 and ended %3, %4 minutes</source>
        <translation>Die angegebene Dauer beträgt %1 Minuten, der Vorfall dauerte aber von %2 bis %3, also %4 Minuten</translation>
    </message>
    <message>
        <source>Timeline entry %1 has no time</source>
        <translation>Zeitleisteneintrag %1 hat keine Uhrzeit</translation>
    </message>
    <message>
        <source>Timeline entry at %1 comes after an entry at %2: %3</source>
        <translation>Zeitleisteneintrag um %1 steht nach einem Eintrag um %2: %3</translation>
    </message>
    <message>
        <source>Action item %1 has no owner</source>
        <translation>Aufgabe %1 ist nicht zugewiesen</translation>
    </message>
    <message>
        <source>Action item %1 has no due date</source>
        <translation>Aufgabe %1 hat kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>The section &quot;%1&quot; lists no action items</source>
        <translation>Der Abschnitt „%1“ enthält keine Aufgaben</translation>
    </message>
    <message>
        <source>The postmortem has no %1</source>
        <translation>Das Postmortem enthält keine %1</translation>
    </message>
    <message>
        <source>summary or impact</source>
        <translation>Zusammenfassung oder Auswirkungen</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <source>action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>The section &quot;%1&quot; is empty</source>
        <translation>Der Abschnitt „%1“ ist leer</translation>
    </message>
    <message>
        <source>The timeline has times but the postmortem states no time zone</source>
        <translation>Die Zeitleiste enthält Uhrzeiten, das Postmortem nennt aber keine Zeitzone</translation>
    </message>
</context>
<context>
    <name>PostmortemReading</name>
    <message>
        <source>no day stated anywhere</source>
        <translation>nirgends ein Tag angegeben</translation>
    </message>
    <message>
        <source>the days from the timeline</source>
        <translation>die Tage aus der Zeitleiste</translation>
    </message>
    <message>
        <source>the day from the document&apos;s fields</source>
        <translation>der Tag aus den Feldern des Dokuments</translation>
    </message>
    <message>
        <source>the day from the summary</source>
        <translation>der Tag aus der Zusammenfassung</translation>
    </message>
    <message>
        <source>the day as given at import</source>
        <translation>der Tag wie beim Import angegeben</translation>
    </message>
    <message>
        <source>zone %1 from the Timezone field</source>
        <translation>Zeitzone %1 aus dem Feld „Timezone“</translation>
    </message>
    <message>
        <source>zone %1 as written in the document</source>
        <translation>Zeitzone %1 wie im Dokument geschrieben</translation>
    </message>
    <message>
        <source>zone %1 as given at import</source>
        <translation>Zeitzone %1 wie beim Import angegeben</translation>
    </message>
    <message>
        <source>no zone stated: UTC assumed</source>
        <translation>keine Zeitzone angegeben: UTC angenommen</translation>
    </message>
    <message numerus="yes">
        <source>%n timed</source>
        <translation>
            <numerusform>%n mit Zeit</numerusform>
            <numerusform>%n mit Zeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a time but no day</source>
        <translation>
            <numerusform>%n mit Uhrzeit, aber ohne Tag</numerusform>
            <numerusform>%n mit Uhrzeit, aber ohne Tag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n untimed</source>
        <translation>
            <numerusform>%n ohne Zeit</numerusform>
            <numerusform>%n ohne Zeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timeline entries</source>
        <translation>
            <numerusform>%n Zeitleisteneintrag</numerusform>
            <numerusform>%n Zeitleisteneinträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n root causes</source>
        <translation>
            <numerusform>%n Grundursache</numerusform>
            <numerusform>%n Grundursachen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measures (%1 items)</source>
        <translation>
            <numerusform>%n Maßnahme (%1 Punkte)</numerusform>
            <numerusform>%n Maßnahmen (%1 Punkte)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action items</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sections kept verbatim</source>
        <translation>
            <numerusform>%n Abschnitt unverändert behalten</numerusform>
            <numerusform>%n Abschnitte unverändert behalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Bring a version of an incident&apos;s document back (as a new version; see &apos;history&apos;).</source>
        <translation>Eine Version des Dokuments eines Vorfalls zurückholen (als neue Version; siehe „history“).</translation>
    </message>
    <message>
        <source>The incident.</source>
        <translation>Der Vorfall.</translation>
    </message>
    <message>
        <source>The version to bring back.</source>
        <translation>Die zurückzuholende Version.</translation>
    </message>
    <message>
        <source>restore takes an incident id and a version number</source>
        <translation>restore erwartet eine Vorfalls-ID und eine Versionsnummer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a version number (see &apos;debrief-cli history %2&apos;)</source>
        <translation>„%1“ ist keine Versionsnummer (siehe „debrief-cli history %2“)</translation>
    </message>
    <message>
        <source>the edits since the last version were kept as version %1</source>
        <translation>die Änderungen seit der letzten Version wurden als Version %1 aufbewahrt</translation>
    </message>
    <message>
        <source>incident %1: version %2 restored as version %3</source>
        <translation>Vorfall %1: Version %2 als Version %3 wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>the window could not be rendered</source>
        <translation>das Fenster konnte nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>%1: cannot write the image</source>
        <translation>%1: das Bild kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Entries at or after T (ISO 8601, UTC unless it says a zone).</source>
        <translation>Einträge ab T (ISO 8601, UTC, sofern keine Zone angegeben ist).</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Entries before T.</source>
        <translation>Einträge vor T.</translation>
    </message>
    <message>
        <source>Entries of level L or worse (trace, debug, info, notice, warning, error, critical).</source>
        <translation>Einträge der Stufe L oder schlimmer (trace, debug, info, notice, warning, error, critical).</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>At most N entries (default 100).</source>
        <translation>Höchstens N Einträge (Vorgabe 100).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>The incident id.</source>
        <translation>Die Kennung des Vorfalls.</translation>
    </message>
    <message>
        <source>--%1 takes a time such as 2024-08-10T19:00:00Z, not &apos;%2&apos;</source>
        <translation>--%1 erwartet eine Zeit wie 2024-08-10T19:00:00Z, nicht „%2“</translation>
    </message>
    <message>
        <source>unknown level &apos;%1&apos;</source>
        <translation>unbekannte Stufe „%1“</translation>
    </message>
    <message>
        <source>--limit takes a positive number, not &apos;%1&apos;</source>
        <translation>--limit erwartet eine positive Zahl, nicht „%1“</translation>
    </message>
    <message>
        <source>(first %1 entries; --limit shows more)</source>
        <translation>(die ersten %1 Einträge; --limit zeigt mehr)</translation>
    </message>
    <message>
        <source>Search an incident&apos;s logs for text as pasted from a log line, or a regular expression, with time and level filters.</source>
        <translation>Die Logs eines Vorfalls nach Text, wie er aus einer Logzeile eingefügt wird, oder nach einem regulären Ausdruck durchsuchen, mit Zeit- und Stufenfiltern.</translation>
    </message>
    <message>
        <source>Entries whose message matches the regular expression RE instead of a text.</source>
        <translation>Einträge, deren Meldung statt eines Textes auf den regulären Ausdruck RE passt.</translation>
    </message>
    <message>
        <source>RE</source>
        <translation>RE</translation>
    </message>
    <message>
        <source>Text as pasted (auth-1, /api/v1/login, max_connections=5), &quot;a phrase&quot;, prefix*, AND, OR, NOT, (groups). Not with --regex.</source>
        <translation>Text wie eingefügt (auth-1, /api/v1/login, max_connections=5), &quot;eine Wortfolge&quot;, Präfix*, AND, OR, NOT, (Gruppen). Nicht mit --regex.</translation>
    </message>
    <message>
        <source>search --regex RE takes an incident id and no text</source>
        <translation>search --regex RE erwartet eine Vorfallskennung und keinen Text</translation>
    </message>
    <message>
        <source>search takes an incident id and a text (use &quot;&quot; for every entry)</source>
        <translation>search erwartet eine Vorfallskennung und einen Text (&quot;&quot; für alle Einträge)</translation>
    </message>
</context>
<context>
    <name>SearchTextReader</name>
    <message>
        <source>unbalanced quote at column %1</source>
        <translation>nicht geschlossenes Anführungszeichen in Spalte %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at column %2 has no letters or digits to search for (a regular expression can find it)</source>
        <translation>&apos;%1&apos; in Spalte %2 enthält keine Buchstaben oder Ziffern, nach denen gesucht werden kann (ein regulärer Ausdruck findet es)</translation>
    </message>
    <message>
        <source>%1 at column %2 needs a search term before it</source>
        <translation>vor %1 in Spalte %2 fehlt ein Suchbegriff</translation>
    </message>
    <message>
        <source>empty parentheses at column %1</source>
        <translation>leere Klammern in Spalte %1</translation>
    </message>
    <message>
        <source>%1 at column %2 needs a search term after it</source>
        <translation>nach %1 in Spalte %2 fehlt ein Suchbegriff</translation>
    </message>
    <message>
        <source>the parenthesis at column %1 is not closed</source>
        <translation>die Klammer in Spalte %1 wird nicht geschlossen</translation>
    </message>
</context>
<context>
    <name>SeriesCommand</name>
    <message>
        <source>List an incident&apos;s metric series with point counts and ranges.</source>
        <translation>Die Metrikreihen eines Vorfalls mit Punktzahlen und Bereichen auflisten.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>The incident id.</source>
        <translation>Die Kennung des Vorfalls.</translation>
    </message>
    <message>
        <source>series takes one incident id</source>
        <translation>series erwartet eine Vorfallskennung</translation>
    </message>
    <message>
        <source>%1 points, %2 to %3, min %4, max %5</source>
        <translation>%1 Punkte, %2 bis %3, Minimum %4, Maximum %5</translation>
    </message>
    <message>
        <source>No metric series in incident %1.</source>
        <translation>Keine Metrikreihen in Vorfall %1.</translation>
    </message>
</context>
<context>
    <name>ShortcutOverview</name>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Move between the incident list, the tabs and the page</source>
        <translation>Zwischen Vorfallsliste, Reitern und Seite wechseln</translation>
    </message>
    <message>
        <source>Ctrl+Tab</source>
        <translation>Strg+Tab</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Insert, Delete</source>
        <translation>Einfg, Entf</translation>
    </message>
    <message>
        <source>Add or remove a timeline entry or action item</source>
        <translation>Zeitleisteneintrag oder Aufgabe hinzufügen oder entfernen</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Edit the selected cell</source>
        <translation>Ausgewählte Zelle bearbeiten</translation>
    </message>
    <message>
        <source>Ctrl+Up, Ctrl+Down</source>
        <translation>Strg+Hoch, Strg+Runter</translation>
    </message>
    <message>
        <source>Move a timeline entry</source>
        <translation>Zeitleisteneintrag verschieben</translation>
    </message>
    <message>
        <source>+, -, Home</source>
        <translation>+, -, Pos1</translation>
    </message>
    <message>
        <source>Zoom the timeline charts in, out, back to the incident</source>
        <translation>Diagramme der Zeitleiste vergrößern, verkleinern, zurück zum Vorfall</translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Show one incident.</source>
        <translation>Einen Vorfall anzeigen.</translation>
    </message>
    <message>
        <source>Print the JSON of the CLI contract.</source>
        <translation>Das JSON der CLI-Schnittstelle ausgeben.</translation>
    </message>
    <message>
        <source>The incident id.</source>
        <translation>Die ID des Vorfalls.</translation>
    </message>
    <message>
        <source>show takes one incident id</source>
        <translation>show erwartet genau eine Vorfalls-ID</translation>
    </message>
    <message>
        <source>Status: %1   Duration: %2   Severity: %3</source>
        <translation>Status: %1   Dauer: %2   Schweregrad: %3</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Von %1 bis %2</translation>
    </message>
    <message>
        <source>Time to detect %1, to identify %2, to mitigate %3, to resolve %4</source>
        <translation>Zeit bis zur Erkennung %1, zur Diagnose %2, zur Eindämmung %3, zur Behebung %4</translation>
    </message>
    <message>
        <source>Impact: %1</source>
        <translation>Auswirkungen: %1</translation>
    </message>
    <message>
        <source>Timeline (UTC):</source>
        <translation>Zeitleiste (UTC):</translation>
    </message>
    <message>
        <source>Root causes:</source>
        <translation>Grundursachen:</translation>
    </message>
    <message>
        <source>Resolution: %1</source>
        <translation>Behebung: %1</translation>
    </message>
    <message>
        <source>Action items:</source>
        <translation>Aufgaben:</translation>
    </message>
    <message>
        <source>Evidence: %1 log sources, %2 log entries, %3 metric series, %4 points</source>
        <translation>Belege: %1 Logquellen, %2 Logeinträge, %3 Metrikreihen, %4 Messpunkte</translation>
    </message>
    <message>
        <source>The evidence: impact from %1, mitigated %2, recovered %3; detected after %4, resolved after %5</source>
        <translation>Laut Belegen: Auswirkungen ab %1, eingedämmt %2, wiederhergestellt %3; erkannt nach %4, behoben nach %5</translation>
    </message>
    <message>
        <source>5 whys:</source>
        <translation>5 Warums:</translation>
    </message>
</context>
<context>
    <name>StoreFailure</name>
    <message>
        <source>the disk holding the store is full; nothing was stored</source>
        <translation>der Datenträger des Speichers ist voll; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>another program is writing to the store; nothing was stored, try again in a moment</source>
        <translation>ein anderes Programm schreibt gerade in den Speicher; nichts wurde gespeichert, bitte gleich noch einmal versuchen</translation>
    </message>
    <message>
        <source>the store cannot be written (a read-only file or folder); nothing was stored</source>
        <translation>der Speicher kann nicht beschrieben werden (schreibgeschützte Datei oder schreibgeschützter Ordner); nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>the store file is damaged; nothing was stored (open its backup, or a new store)</source>
        <translation>die Speicherdatei ist beschädigt; nichts wurde gespeichert (ihre Sicherung oder einen neuen Speicher öffnen)</translation>
    </message>
    <message>
        <source>the disk holding the store could not be written; nothing was stored</source>
        <translation>der Datenträger des Speichers konnte nicht beschrieben werden; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>out of memory while storing; nothing was stored</source>
        <translation>beim Speichern war der Arbeitsspeicher erschöpft; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>storing was interrupted; nothing was stored</source>
        <translation>das Speichern wurde unterbrochen; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>the store refused the data; nothing was stored</source>
        <translation>der Speicher hat die Daten abgelehnt; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>another program is writing to the store; try again in a moment</source>
        <translation>ein anderes Programm schreibt in den Speicher; bitte gleich noch einmal versuchen</translation>
    </message>
    <message>
        <source>the store cannot be read (its file or folder may not be readable)</source>
        <translation>der Speicher kann nicht gelesen werden (seine Datei oder sein Ordner ist womöglich nicht lesbar)</translation>
    </message>
    <message>
        <source>the store file is damaged (open its backup, or a new store)</source>
        <translation>die Speicherdatei ist beschädigt (ihre Sicherung oder einen neuen Speicher öffnen)</translation>
    </message>
    <message>
        <source>the disk holding the store could not be read</source>
        <translation>das Laufwerk mit dem Speicher konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>out of memory while reading the store</source>
        <translation>kein Arbeitsspeicher mehr beim Lesen des Speichers</translation>
    </message>
    <message>
        <source>reading the store was interrupted</source>
        <translation>das Lesen des Speichers wurde unterbrochen</translation>
    </message>
    <message>
        <source>the store could not be read: its tables are not laid out as this Debrief writes them (was it changed by another program?)</source>
        <translation>der Speicher konnte nicht gelesen werden: seine Tabellen sind nicht so angelegt, wie dieses Debrief sie schreibt (wurde er von einem anderen Programm geändert?)</translation>
    </message>
</context>
<context>
    <name>SuggestCommand</name>
    <message>
        <source>%1: %2 -&gt; %3 at %4</source>
        <translation>%1: %2 -&gt; %3 um %4</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>The incident id.</source>
        <translation>Die ID des Vorfalls.</translation>
    </message>
    <message>
        <source>suggest takes one incident id</source>
        <translation>suggest erwartet genau eine Vorfalls-ID</translation>
    </message>
    <message>
        <source>The evidence of incident %1 suggests no event: no metric or log rate changed level clearly enough.</source>
        <translation>Die Belege von Vorfall %1 legen kein Ereignis nahe: Keine Metrik und keine Lograte hat ihr Niveau deutlich genug geändert.</translation>
    </message>
    <message>
        <source>in timeline</source>
        <translation>in Zeitleiste</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Propose timeline events from the incident&apos;s metrics and log rates, each marked open, in timeline (an entry stands within 2 minutes) or rejected (in the GUI).</source>
        <translation>Schlägt Zeitleisteneinträge aus den Metriken und Log-Raten des Vorfalls vor, jeweils markiert als offen, in Zeitleiste (ein Eintrag liegt innerhalb von 2 Minuten) oder abgelehnt (in der GUI).</translation>
    </message>
</context>
<context>
    <name>TimelineReader</name>
    <message>
        <source>line %1: &quot;%2&quot; is not a valid time; the entry is kept without a time</source>
        <translation>Zeile %1: „%2“ ist keine gültige Uhrzeit; der Eintrag wird ohne Uhrzeit übernommen</translation>
    </message>
</context>
<context>
    <name>TimelineResolver</name>
    <message>
        <source>the document states no time zone; times are taken as UTC</source>
        <translation>das Dokument nennt keine Zeitzone; Uhrzeiten werden als UTC angenommen</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;; times are taken as UTC</source>
        <translation>unbekannte Zeitzone „%1“; Uhrzeiten werden als UTC angenommen</translation>
    </message>
    <message>
        <source>line %1: no date for the timeline; times are kept as written only</source>
        <translation>Zeile %1: kein Datum für die Zeitleiste; Uhrzeiten werden nur wie geschrieben übernommen</translation>
    </message>
</context>
<context>
    <name>TimelineSuggester</name>
    <message numerus="yes">
        <source> (and %n more series)</source>
        <translation>
            <numerusform> (und %n weitere Reihe)</numerusform>
            <numerusform> (und %n weitere Reihen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashCommand</name>
    <message>
        <source>List the deleted incidents; --empty removes them for good.</source>
        <translation>Die gelöschten Vorfälle auflisten; --empty entfernt sie endgültig.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Remove every incident in the trash with its evidence and free the space.</source>
        <translation>Alle Vorfälle im Papierkorb mit ihren Belegen entfernen und den Platz freigeben.</translation>
    </message>
    <message>
        <source>trash takes no arguments</source>
        <translation>trash erwartet keine Argumente</translation>
    </message>
    <message numerus="yes">
        <source>%n incidents removed for good</source>
        <translation>
            <numerusform>%n Vorfall endgültig entfernt</numerusform>
            <numerusform>%n Vorfälle endgültig entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <source>ID    DELETED                   LOG ENTRIES  POINTS   TITLE</source>
        <translation>ID    GELÖSCHT                  LOGEINTRÄGE  PUNKTE   TITEL</translation>
    </message>
</context>
<context>
    <name>UndeleteCommand</name>
    <message>
        <source>Bring an incident back from the trash with its evidence.</source>
        <translation>Einen Vorfall mit seinen Belegen aus dem Papierkorb zurückholen.</translation>
    </message>
    <message>
        <source>The incident in the trash.</source>
        <translation>Der Vorfall im Papierkorb.</translation>
    </message>
    <message>
        <source>undelete takes one incident id</source>
        <translation>undelete erwartet eine Vorfalls-ID</translation>
    </message>
    <message>
        <source>%1: incident %2 is not in the trash (see &apos;debrief-cli trash&apos;)</source>
        <translation>%1: Vorfall %2 ist nicht im Papierkorb (siehe „debrief-cli trash“)</translation>
    </message>
    <message>
        <source>incident %1 is back</source>
        <translation>Vorfall %1 ist zurück</translation>
    </message>
</context>
<context>
    <name>debrief::ActionItemsModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Seit %n Tag überfällig</numerusform>
            <numerusform>Seit %n Tagen überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
(line %2 of the postmortem)</source>
        <translation>%1
(Zeile %2 des Postmortems)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>debrief::ActionItemsPage</name>
    <message>
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Action items done</source>
        <translation>Erledigte Aufgaben</translation>
    </message>
    <message>
        <source>Overdue action items</source>
        <translation>Überfällige Aufgaben</translation>
    </message>
    <message>
        <source>no action items</source>
        <translation>keine Aufgaben</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>Nichts überfällig</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Show action items</source>
        <translation>Aufgaben anzeigen</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Alle Aufgaben</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Offene Aufgaben</translation>
    </message>
    <message>
        <source>Overdue items</source>
        <translation>Überfällige Aufgaben</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>Aufgabe &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add an action item (Insert)</source>
        <translation>Eine Aufgabe hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected action item (Delete)</source>
        <translation>Die ausgewählte Aufgabe entfernen (Entf)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>Remove action item</source>
        <translation>Aufgabe entfernen</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>Neue Aufgabe</translation>
    </message>
</context>
<context>
    <name>debrief::DocumentDayDialog</name>
    <message>
        <source>Day of the Incident</source>
        <translation>Tag des Vorfalls</translation>
    </message>
    <message numerus="yes">
        <source>%1 gives %n time(s) in its timeline but no date anywhere. On which day did the incident happen?</source>
        <translation>
            <numerusform>%1 nennt %n Uhrzeit in der Zeitleiste, aber nirgends ein Datum. An welchem Tag geschah der Vorfall?</numerusform>
            <numerusform>%1 nennt %n Uhrzeiten in der Zeitleiste, aber nirgends ein Datum. An welchem Tag geschah der Vorfall?</numerusform>
        </translation>
    </message>
    <message>
        <source>Day of the incident</source>
        <translation>Tag des Vorfalls</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>&amp;Set Day</source>
        <translation>Tag &amp;setzen</translation>
    </message>
    <message>
        <source>&amp;Keep Times as Written</source>
        <translation>Zeiten wie geschrieben &amp;behalten</translation>
    </message>
</context>
<context>
    <name>debrief::DocumentLinesModel</name>
    <message>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Timeline entry</source>
        <translation>Zeitleisteneintrag</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Kept verbatim</source>
        <translation>Unverändert behalten</translation>
    </message>
    <message>
        <source>Not read as an item</source>
        <translation>Nicht als Eintrag gelesen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Gelesen als</translation>
    </message>
    <message>
        <source>Text as written</source>
        <translation>Text wie geschrieben</translation>
    </message>
</context>
<context>
    <name>debrief::DocumentPage</name>
    <message>
        <source>This incident was written here, not imported: it has no document to show.</source>
        <translation>Dieser Vorfall wurde hier geschrieben, nicht importiert: Er hat kein Dokument zum Anzeigen.</translation>
    </message>
    <message>
        <source>Make &amp;Timeline Entry</source>
        <translation>Als &amp;Zeitleisteneintrag übernehmen</translation>
    </message>
    <message>
        <source>Make &amp;Action Item</source>
        <translation>Als &amp;Aufgabe übernehmen</translation>
    </message>
    <message>
        <source>Make &amp;Root Cause</source>
        <translation>Als &amp;Grundursache übernehmen</translation>
    </message>
    <message>
        <source>Read the selected line as a timeline entry (one edit, undoable)</source>
        <translation>Die gewählte Zeile als Zeitleisteneintrag lesen (eine Änderung, rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Read the selected line as an action item (one edit, undoable)</source>
        <translation>Die gewählte Zeile als Aufgabe lesen (eine Änderung, rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Read the selected line as a root cause (one edit, undoable)</source>
        <translation>Die gewählte Zeile als Grundursache lesen (eine Änderung, rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Document lines</source>
        <translation>Dokumentzeilen</translation>
    </message>
    <message>
        <source>%1, as imported (version %2)</source>
        <translation>%1, wie importiert (Version %2)</translation>
    </message>
    <message>
        <source>Lines read as: %1</source>
        <translation>Zeilen gelesen als: %1</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
</context>
<context>
    <name>debrief::EvidenceChartView</name>
    <message>
        <source>Evidence chart</source>
        <translation>Diagramm der Belege</translation>
    </message>
    <message>
        <source>Mouse wheel or + and - zoom, dragging or the arrow keys pan, Home shows everything</source>
        <translation>Mausrad oder + und - zoomen, Ziehen oder die Pfeiltasten verschieben, Pos1 zeigt alles</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>UTC, %1</source>
        <translation>UTC, %1</translation>
    </message>
</context>
<context>
    <name>debrief::HistoryDialog</name>
    <message>
        <source>History of “%1”</source>
        <translation>Verlauf von „%1“</translation>
    </message>
    <message>
        <source>Document history</source>
        <translation>Verlauf des Dokuments</translation>
    </message>
    <message>
        <source>Every version of the document is kept. Restoring one makes it the current document as a new version; the current one stays in this list.</source>
        <translation>Jede Version des Dokuments bleibt erhalten. Eine wiederhergestellte Version wird als neue Version zum aktuellen Dokument; das bisherige bleibt in dieser Liste.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the selected version</source>
        <translation>Die ausgewählte Version wiederherstellen</translation>
    </message>
</context>
<context>
    <name>debrief::ImportController</name>
    <message>
        <source>Importing…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Importing %1 (file %2 of %3)…</source>
        <translation>%1 wird importiert (Datei %2 von %3)…</translation>
    </message>
</context>
<context>
    <name>debrief::ImportWorker</name>
    <message>
        <source>%1: logs and metrics go into an incident: open or import one first</source>
        <translation>%1: Protokolle und Metriken gehören zu einem Vorfall: Öffnen oder importieren Sie zuerst einen</translation>
    </message>
    <message>
        <source>%1: %2 log entries as %3, %4 kept raw</source>
        <translation>%1: %2 Logeinträge als %3, %4 unverändert behalten</translation>
    </message>
    <message>
        <source>%1: %2 series, %3 points as %4</source>
        <translation>%1: %2 Reihen, %3 Punkte als %4</translation>
    </message>
    <message>
        <source>%1: a new incident: %2</source>
        <translation>%1: ein neuer Vorfall: %2</translation>
    </message>
    <message>
        <source>%1: the document replaced (%2); the one before is in the history</source>
        <translation>%1: das Dokument ersetzt (%2); das vorherige ist im Verlauf</translation>
    </message>
</context>
<context>
    <name>debrief::IncidentDashboard</name>
    <message>
        <source>Incident dashboard</source>
        <translation>Vorfalls-Dashboard</translation>
    </message>
</context>
<context>
    <name>debrief::IncidentDetailsDialog</name>
    <message>
        <source>Incident details</source>
        <translation>Details zum Vorfall</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>Impact &amp;started (UTC):</source>
        <translation>Auswirkung &amp;begann (UTC):</translation>
    </message>
    <message>
        <source>Impact started</source>
        <translation>Auswirkung begann</translation>
    </message>
    <message>
        <source>Impact &amp;ended (UTC):</source>
        <translation>Auswirkung &amp;endete (UTC):</translation>
    </message>
    <message>
        <source>Impact ended</source>
        <translation>Auswirkung endete</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>A&amp;uswirkung:</translation>
    </message>
    <message>
        <source>known</source>
        <translation>bekannt</translation>
    </message>
    <message>
        <source>%1 is known</source>
        <translation>%1 ist bekannt</translation>
    </message>
    <message>
        <source>The impact cannot end before it started.</source>
        <translation>Die Auswirkung kann nicht vor ihrem Beginn enden.</translation>
    </message>
</context>
<context>
    <name>debrief::IncidentEditor</name>
    <message>
        <source>Edit text</source>
        <translation>Text bearbeiten</translation>
    </message>
    <message>
        <source>Edit action item &quot;%1&quot;</source>
        <translation>Aufgabe „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>Remove action item &quot;%1&quot;</source>
        <translation>Aufgabe „%1“ entfernen</translation>
    </message>
    <message>
        <source>Edit timeline entry</source>
        <translation>Zeitleisteneintrag bearbeiten</translation>
    </message>
    <message>
        <source>Add timeline entry</source>
        <translation>Zeitleisteneintrag hinzufügen</translation>
    </message>
    <message>
        <source>Remove timeline entry</source>
        <translation>Zeitleisteneintrag entfernen</translation>
    </message>
    <message>
        <source>Move timeline entry</source>
        <translation>Zeitleisteneintrag verschieben</translation>
    </message>
    <message>
        <source>Edit root cause</source>
        <translation>Grundursache bearbeiten</translation>
    </message>
    <message>
        <source>Add root cause</source>
        <translation>Grundursache hinzufügen</translation>
    </message>
    <message>
        <source>Remove root cause</source>
        <translation>Grundursache entfernen</translation>
    </message>
    <message>
        <source>Edit incident details</source>
        <translation>Details zum Vorfall bearbeiten</translation>
    </message>
    <message>
        <source>Edit why</source>
        <translation>Warum bearbeiten</translation>
    </message>
    <message>
        <source>Add why</source>
        <translation>Warum hinzufügen</translation>
    </message>
    <message>
        <source>Remove why</source>
        <translation>Warum entfernen</translation>
    </message>
    <message>
        <source>Move why</source>
        <translation>Warum verschieben</translation>
    </message>
    <message>
        <source>Reject suggestion</source>
        <translation>Vorschlag ablehnen</translation>
    </message>
    <message>
        <source>Delete incident &quot;%1&quot;</source>
        <translation>Vorfall „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>debrief::IncidentListModel</name>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>(untitled incident)</source>
        <translation>(Vorfall ohne Titel)</translation>
    </message>
    <message>
        <source>all done</source>
        <translation>alle erledigt</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 open · %2 overdue</source>
        <translation>%1 offen · %2 überfällig</translation>
    </message>
    <message>
        <source>%1 of %2 action items open, %3 overdue</source>
        <translation>%1 von %2 Aufgaben offen, %3 überfällig</translation>
    </message>
</context>
<context>
    <name>debrief::IncidentView</name>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
</context>
<context>
    <name>debrief::LogFilterBar</name>
    <message>
        <source>Log filters</source>
        <translation>Logfilter</translation>
    </message>
    <message>
        <source>Search log messages</source>
        <translation>Logmeldungen durchsuchen</translation>
    </message>
    <message>
        <source>Minimum level</source>
        <translation>Mindeststufe</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation>%1 und höher</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>Alle Hosts</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Filter from a time</source>
        <translation>Ab einer Zeit filtern</translation>
    </message>
    <message>
        <source>From time (UTC)</source>
        <translation>Anfangszeit (UTC)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Filter up to a time</source>
        <translation>Bis zu einer Zeit filtern</translation>
    </message>
    <message>
        <source>To time (UTC)</source>
        <translation>Endzeit (UTC)</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Clear all log filters</source>
        <translation>Alle Logfilter zurücksetzen</translation>
    </message>
    <message>
        <source>Time to jump to (UTC)</source>
        <translation>Zielzeit für den Sprung (UTC)</translation>
    </message>
    <message>
        <source>Jump to Time</source>
        <translation>Zu Zeit springen</translation>
    </message>
    <message>
        <source>Jump to the first entry at this time</source>
        <translation>Zum ersten Eintrag zu dieser Zeit springen</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Logdatei</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Search for the text as written</source>
        <translation>Nach dem Text suchen, wie er geschrieben ist</translation>
    </message>
    <message>
        <source>Finds the entries containing the text as pasted from a log line</source>
        <translation>Findet die Einträge, die den Text enthalten, wie er aus einer Logzeile eingefügt wurde</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <source>Search with a regular expression</source>
        <translation>Mit einem regulären Ausdruck suchen</translation>
    </message>
    <message>
        <source>Matches a regular expression over every message within the filters</source>
        <translation>Prüft einen regulären Ausdruck gegen jede Meldung innerhalb der Filter</translation>
    </message>
    <message>
        <source>Regular expression over messages  (timed out after \d+ms, ^GET /api)</source>
        <translation>Regulärer Ausdruck über die Meldungen  (timed out after \d+ms, ^GET /api)</translation>
    </message>
    <message>
        <source>A regular expression (Perl syntax, case-sensitive unless it starts with (?i)), matched over every message within the filters. Ctrl+F</source>
        <translation>Ein regulärer Ausdruck (Perl-Syntax, unterscheidet Groß- und Kleinschreibung, außer er beginnt mit (?i)), geprüft gegen jede Meldung innerhalb der Filter. Strg+F</translation>
    </message>
    <message>
        <source>Search messages: paste any text  (auth-1, /api/v1/login, &quot;a phrase&quot;, time*, pool AND NOT db)</source>
        <translation>Meldungen durchsuchen: beliebigen Text einfügen  (auth-1, /api/v1/login, &quot;eine Wortfolge&quot;, time*, pool AND NOT db)</translation>
    </message>
    <message>
        <source>Finds the entries whose message contains the text, and those whose host or service it is. &quot;a phrase&quot;, prefix*, upper-case AND, OR, NOT and parentheses are operators. Ctrl+F</source>
        <translation>Findet die Einträge, deren Meldung den Text enthält, und die, deren Host oder Dienst er ist. &quot;eine Wortfolge&quot;, Präfix*, großgeschriebenes AND, OR, NOT und Klammern sind Operatoren. Strg+F</translation>
    </message>
</context>
<context>
    <name>debrief::LogRateFeeder</name>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
</context>
<context>
    <name>debrief::LogTableModel</name>
    <message>
        <source>No time of its own: it follows the entry before it</source>
        <translation>Keine eigene Zeit: folgt auf den vorherigen Eintrag</translation>
    </message>
    <message>
        <source>As written: %1</source>
        <translation>Im Original: %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>debrief::LogTableView</name>
    <message>
        <source>Scroll log entries</source>
        <translation>Logeinträge scrollen</translation>
    </message>
</context>
<context>
    <name>debrief::LogsPage</name>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>Search error</source>
        <translation>Suchfehler</translation>
    </message>
    <message>
        <source>Log entries</source>
        <translation>Logeinträge</translation>
    </message>
    <message>
        <source>Log entry count</source>
        <translation>Anzahl der Logeinträge</translation>
    </message>
    <message>
        <source>Counting log entries</source>
        <translation>Logeinträge werden gezählt</translation>
    </message>
    <message>
        <source>No incident</source>
        <translation>Kein Vorfall</translation>
    </message>
    <message>
        <source>The search could not run</source>
        <translation>Die Suche konnte nicht ausgeführt werden</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>More than %1 matches</source>
        <translation>Mehr als %1 Treffer</translation>
    </message>
    <message>
        <source>More than %1 entries</source>
        <translation>Mehr als %1 Einträge</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>No log entries: import log files with debrief-cli import</source>
        <translation>Keine Logeinträge: Importieren Sie Protokolldateien mit debrief-cli import</translation>
    </message>
    <message numerus="yes">
        <source>%1 matches</source>
        <translation>
            <numerusform>%1 Treffer</numerusform>
            <numerusform>%1 Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 entries</source>
        <translation>
            <numerusform>%1 Eintrag</numerusform>
            <numerusform>%1 Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy result</source>
        <translation>Kopierergebnis</translation>
    </message>
    <message>
        <source>Copied the first %1 of %2 chosen entries</source>
        <translation>Die ersten %1 von %2 gewählten Einträgen kopiert</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n entries</source>
        <translation>
            <numerusform>%n Eintrag kopiert</numerusform>
            <numerusform>%n Einträge kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Shift and Ctrl choose several entries; Ctrl+C copies up to %1 of them</source>
        <translation>Umschalt und Strg wählen mehrere Einträge; Strg+C kopiert bis zu %1 davon</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop the regular expression search</source>
        <translation>Die Suche mit dem regulären Ausdruck anhalten</translation>
    </message>
    <message>
        <source>Stops reading the messages; the matches found so far stay</source>
        <translation>Hört auf, die Meldungen zu lesen; die bisher gefundenen Treffer bleiben</translation>
    </message>
    <message>
        <source>Regular expression search progress</source>
        <translation>Fortschritt der Suche mit dem regulären Ausdruck</translation>
    </message>
    <message>
        <source>Searching the messages… %1%</source>
        <translation>Die Meldungen werden durchsucht… %1 %</translation>
    </message>
    <message numerus="yes">
        <source>Search stopped: %1 matches so far</source>
        <translation>
            <numerusform>Suche angehalten: bisher %1 Treffer</numerusform>
            <numerusform>Suche angehalten: bisher %1 Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::MainWindow</name>
    <message>
        <source>No store is open.
Use File › Open Store… to open one.</source>
        <translation>Keine Datenbank geöffnet.
Eine Datenbank öffnen Sie über Datei › Datenbank öffnen…</translation>
    </message>
    <message>
        <source>No incident</source>
        <translation>Kein Vorfall</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Store…</source>
        <translation>&amp;Datenbank öffnen…</translation>
    </message>
    <message>
        <source>Open another incident store</source>
        <translation>Eine andere Vorfallsdatenbank öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Debrief</source>
        <translation>Ü&amp;ber Debrief</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message numerus="yes">
        <source>%1  ·  %n incident(s)</source>
        <translation>
            <numerusform>%1  ·  %n Vorfall</numerusform>
            <numerusform>%1  ·  %n Vorfälle</numerusform>
        </translation>
    </message>
    <message>
        <source>Incident %1 could not be loaded.</source>
        <translation>Vorfall %1 konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Debrief</translation>
    </message>
    <message>
        <source>%1 — Debrief</source>
        <translation>%1 — Debrief</translation>
    </message>
    <message>
        <source>Open Incident Store</source>
        <translation>Vorfallsdatenbank öffnen</translation>
    </message>
    <message>
        <source>Incident stores (*.sqlite *.db);;All files (*)</source>
        <translation>Vorfallsdatenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot Open Store</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>About Debrief</source>
        <translation>Über Debrief</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Debrief %1&lt;/h3&gt;&lt;p&gt;Incident postmortems with their timeline, root causes and action items, backed by evidence.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Debrief %1&lt;/h3&gt;&lt;p&gt;Postmortems von Vorfällen mit Zeitleiste, Grundursachen und Aufgaben, gestützt auf Belege.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU GPL, Version 3 oder neuer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Edit not stored</source>
        <translation>Änderung nicht gespeichert</translation>
    </message>
    <message>
        <source>The edit could not be stored:
%1</source>
        <translation>Die Änderung konnte nicht gespeichert werden:
%1</translation>
    </message>
    <message>
        <source>Open Store</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>No recent stores</source>
        <translation>Keine zuletzt geöffneten Datenbanken</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import postmortems, log files and metrics exports (or drop them on the window)</source>
        <translation>Postmortems, Protokolldateien und Metrik-Exporte importieren (oder auf das Fenster ziehen)</translation>
    </message>
    <message>
        <source>&amp;Export Markdown Report…</source>
        <translation>Markdown-Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Open a store first (File › Open Store…).</source>
        <translation>Öffnen Sie zuerst eine Datenbank (Datei › Datenbank öffnen…).</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Postmortems, logs and metrics (*.md *.markdown *.txt *.log *.gz *.json *.jsonl *.csv *.tsv *.prom);;All files (*)</source>
        <translation>Postmortems, Protokolle und Metriken (*.md *.markdown *.txt *.log *.gz *.json *.jsonl *.csv *.tsv *.prom);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled; %n file(s) imported.</source>
        <translation>
            <numerusform>Import abgebrochen; %n Datei importiert.</numerusform>
            <numerusform>Import abgebrochen; %n Dateien importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported.</source>
        <translation>
            <numerusform>%n Datei importiert.</numerusform>
            <numerusform>%n Dateien importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported; nothing of them was stored.</source>
        <translation>
            <numerusform>%n Datei konnte nicht importiert werden; nichts davon wurde gespeichert.</numerusform>
            <numerusform>%n Dateien konnten nicht importiert werden; nichts davon wurde gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Markdown Report</source>
        <translation>Markdown-Bericht exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>The report could not be written:
%1</source>
        <translation>Der Bericht konnte nicht geschrieben werden:
%1</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Der Bericht konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Write the incident shown as a Markdown report</source>
        <translation>Den angezeigten Vorfall als Markdown-Bericht schreiben</translation>
    </message>
    <message>
        <source>&amp;Find in Logs…</source>
        <translation>In Logs &amp;suchen…</translation>
    </message>
    <message>
        <source>Search the incident&apos;s log entries</source>
        <translation>Die Logeinträge des Vorfalls durchsuchen</translation>
    </message>
    <message>
        <source>Go to &amp;Incident List</source>
        <translation>Zur &amp;Vorfallsliste</translation>
    </message>
    <message>
        <source>Incident &amp;Details…</source>
        <translation>&amp;Details zum Vorfall…</translation>
    </message>
    <message>
        <source>Edit the title, severity, status, times, summary and impact</source>
        <translation>Titel, Schweregrad, Status, Zeiten, Zusammenfassung und Auswirkung bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Incident &amp;List</source>
        <translation>&amp;Vorfallsliste</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;New Incident…</source>
        <translation>&amp;Neuer Vorfall…</translation>
    </message>
    <message>
        <source>Write a postmortem from scratch: a new, empty incident</source>
        <translation>Ein Postmortem von Grund auf schreiben: ein neuer, leerer Vorfall</translation>
    </message>
    <message>
        <source>This store has no incidents yet.

Import a postmortem with File › Import…,
drop it on this window, or run
debrief-cli --store %1 import postmortem.md

Or write one from scratch with File › New Incident… (Ctrl+N).</source>
        <translation>Diese Datenbank enthält noch keine Vorfälle.

Importieren Sie ein Postmortem über Datei › Importieren…,
ziehen Sie es auf dieses Fenster oder verwenden Sie
debrief-cli --store %1 import postmortem.md

Oder schreiben Sie eines von Grund auf mit Datei › Neuer Vorfall… (Strg+N).</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Neuer Vorfall</translation>
    </message>
    <message>
        <source>New Incident</source>
        <translation>Neuer Vorfall</translation>
    </message>
    <message>
        <source>De&amp;lete Incident…</source>
        <translation>Vorfall &amp;löschen…</translation>
    </message>
    <message>
        <source>Move the incident with its evidence to the trash (Undo brings it back)</source>
        <translation>Den Vorfall mit seinen Belegen in den Papierkorb verschieben (Rückgängig holt ihn zurück)</translation>
    </message>
    <message>
        <source>Delete Incident</source>
        <translation>Vorfall löschen</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;Vorfall</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>The versions of the incident&apos;s document, and restore one</source>
        <translation>Die Versionen des Dokuments des Vorfalls, und eine davon wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Replace Document…</source>
        <translation>Dokument &amp;ersetzen…</translation>
    </message>
    <message>
        <source>Import a postmortem as the incident&apos;s new document (the current one stays in its history)</source>
        <translation>Ein Postmortem als neues Dokument des Vorfalls importieren (das bisherige bleibt in seinem Verlauf)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>The history could not be read:
%1</source>
        <translation>Der Verlauf konnte nicht gelesen werden:
%1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Version %1 could not be restored: %2</source>
        <translation>Version %1 konnte nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>Version %1 restored as version %2.</source>
        <translation>Version %1 als Version %2 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Replace Document</source>
        <translation>Dokument ersetzen</translation>
    </message>
    <message>
        <source>Postmortems (*.md *.markdown *.txt);;All files (*)</source>
        <translation>Postmortems (*.md *.markdown *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Replace the document of “%1” by %2?

The current document, with every edit made to it, stays in Incident › History and can be restored from there.</source>
        <translation>Das Dokument von „%1“ durch %2 ersetzen?

Das bisherige Dokument bleibt mit allen Änderungen unter Vorfall › Verlauf erhalten und kann dort wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Move “%1” with its evidence to the trash?

Edit › Undo (Ctrl+Z) brings it back; debrief-cli trash --empty removes it for good.</source>
        <translation>„%1“ mit seinen Belegen in den Papierkorb verschieben?

Bearbeiten › Rückgängig (Strg+Z) holt ihn zurück; debrief-cli trash --empty entfernt ihn endgültig.</translation>
    </message>
    <message numerus="yes">
        <source>(%n more under Show Details)</source>
        <translation>
            <numerusform>(%n weiterer unter „Details einblenden“)</numerusform>
            <numerusform>(%n weitere unter „Details einblenden“)</numerusform>
        </translation>
    </message>
    <message>
        <source>Another program changed the store; shown as it is now.</source>
        <translation>Ein anderes Programm hat den Speicher geändert; er wird so gezeigt, wie er jetzt ist.</translation>
    </message>
</context>
<context>
    <name>debrief::MarkdownEditDialog</name>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
</context>
<context>
    <name>debrief::MeasuresPanel</name>
    <message>
        <source>&amp;Track as action item</source>
        <translation>Als Aufgabe &amp;verfolgen</translation>
    </message>
    <message>
        <source>Corrective and preventative measures</source>
        <translation>Korrektur- und Vorbeugemaßnahmen</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Add an action item with the selected measure as its title (Enter)</source>
        <translation>Eine Aufgabe mit der gewählten Maßnahme als Titel hinzufügen (Eingabe)</translation>
    </message>
    <message>
        <source>Measures from the postmortem</source>
        <translation>Maßnahmen aus dem Postmortem</translation>
    </message>
    <message>
        <source>Measures from the postmortem: %1 of %2 tracked by an action item</source>
        <translation>Maßnahmen aus dem Postmortem: %1 von %2 durch eine Aufgabe verfolgt</translation>
    </message>
    <message>
        <source>The postmortem lists no measures.</source>
        <translation>Das Postmortem nennt keine Maßnahmen.</translation>
    </message>
    <message>
        <source>tracked</source>
        <translation>verfolgt</translation>
    </message>
    <message>
        <source>not tracked</source>
        <translation>nicht verfolgt</translation>
    </message>
</context>
<context>
    <name>debrief::MetricSeriesListModel</name>
    <message>
        <source>Unit: %1</source>
        <translation>Einheit: %1</translation>
    </message>
    <message>
        <source>Points: %1</source>
        <translation>Punkte: %1</translation>
    </message>
    <message>
        <source>Values: %1 to %2</source>
        <translation>Werte: %1 bis %2</translation>
    </message>
    <message>
        <source>UTC: %1 to %2</source>
        <translation>UTC: %1 bis %2</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Range (UTC)</source>
        <translation>Bereich (UTC)</translation>
    </message>
</context>
<context>
    <name>debrief::MetricTile</name>
    <message>
        <source>the evidence disagrees with the postmortem</source>
        <translation>die Belege widersprechen dem Postmortem</translation>
    </message>
</context>
<context>
    <name>debrief::MetricsPage</name>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Filter by name, label or unit</source>
        <translation>Nach Name, Label oder Einheit filtern</translation>
    </message>
    <message>
        <source>Filter metric series</source>
        <translation>Metrikreihen filtern</translation>
    </message>
    <message>
        <source>Selected series</source>
        <translation>Ausgewählte Reihen</translation>
    </message>
    <message>
        <source>Chart of the selected metric series</source>
        <translation>Diagramm der ausgewählten Metrikreihen</translation>
    </message>
    <message>
        <source>Select one or more series in the list to chart them</source>
        <translation>Wählen Sie eine oder mehrere Reihen in der Liste aus, um sie darzustellen</translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>Die Datenbank konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Metric series</source>
        <translation>Metrikreihen</translation>
    </message>
    <message>
        <source>Loading the series…</source>
        <translation>Reihen werden geladen…</translation>
    </message>
    <message>
        <source>No metric series imported for this incident</source>
        <translation>Keine Metrikreihen für diesen Vorfall importiert</translation>
    </message>
    <message>
        <source>Series: %1  ·  Ctrl+click to overlay several</source>
        <translation>Reihen: %1  ·  Strg+Klick überlagert mehrere</translation>
    </message>
    <message>
        <source>Series: %1 of %2</source>
        <translation>Reihen: %1 von %2</translation>
    </message>
</context>
<context>
    <name>debrief::OverviewPage</name>
    <message>
        <source>Incident overview</source>
        <translation>Vorfallsübersicht</translation>
    </message>
    <message>
        <source>(untitled incident)</source>
        <translation>(Vorfall ohne Titel)</translation>
    </message>
    <message>
        <source>Incident title</source>
        <translation>Titel des Vorfalls</translation>
    </message>
    <message>
        <source>Incident status line</source>
        <translation>Statuszeile des Vorfalls</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Zeit bis zur Erkennung</translation>
    </message>
    <message>
        <source>Time to identify</source>
        <translation>Zeit bis zur Diagnose</translation>
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation>Zeit bis zur Eindämmung</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Zeit bis zur Behebung</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkungen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Incident details</source>
        <translation>Details zum Vorfall</translation>
    </message>
    <message>
        <source>Review findings</source>
        <translation>Prüfbefunde</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>The timeline does not say</source>
        <translation>Geht aus der Zeitleiste nicht hervor</translation>
    </message>
    <message>
        <source>From the start to the first detection entry</source>
        <translation>Vom Beginn bis zum ersten Erkennungseintrag</translation>
    </message>
    <message>
        <source>From the start to the entry that identified the cause</source>
        <translation>Vom Beginn bis zum Eintrag, der die Ursache identifiziert hat</translation>
    </message>
    <message>
        <source>From the start to the first mitigation or fix</source>
        <translation>Vom Beginn bis zur ersten Eindämmung oder Korrektur</translation>
    </message>
    <message>
        <source>From the start to the resolution</source>
        <translation>Vom Beginn bis zur Behebung</translation>
    </message>
    <message>
        <source>Review findings (%1)</source>
        <translation>Prüfbefunde (%1)</translation>
    </message>
    <message>
        <source>No findings: the postmortem is consistent.</source>
        <translation>Keine Befunde: Das Postmortem ist stimmig.</translation>
    </message>
    <message>
        <source>in “%1”</source>
        <translation>in „%1“</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1–%2 UTC</source>
        <translation>%1–%2 UTC</translation>
    </message>
    <message>
        <source>From the start and end of the incident</source>
        <translation>Aus Beginn und Ende des Vorfalls</translation>
    </message>
    <message>
        <source>Stated in the postmortem: %1</source>
        <translation>Laut Postmortem: %1</translation>
    </message>
    <message>
        <source>no evidence</source>
        <translation>keine Belege</translation>
    </message>
    <message>
        <source>evidence: reading…</source>
        <translation>Belege: werden gelesen…</translation>
    </message>
    <message>
        <source>Press Enter or click a finding to go to the place it names</source>
        <translation>Drücken Sie die Eingabetaste oder klicken Sie auf einen Befund, um zur genannten Stelle zu gelangen</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>Belege: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>⚠ %1 longer than stated</source>
        <translation>⚠ %1 länger als angegeben</translation>
    </message>
    <message>
        <source>⚠ %1 shorter than stated</source>
        <translation>⚠ %1 kürzer als angegeben</translation>
    </message>
    <message>
        <source>go to %1 →</source>
        <translation>weiter zu %1 →</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Details bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the title, severity, status, times, summary and impact (Ctrl+D)</source>
        <translation>Titel, Schweregrad, Status, Zeiten, Zusammenfassung und Auswirkung bearbeiten (Strg+D)</translation>
    </message>
</context>
<context>
    <name>debrief::ResolveTimeChart</name>
    <message>
        <source>Time to resolve</source>
        <translation>Zeit bis zur Behebung</translation>
    </message>
    <message>
        <source>Time to resolve per incident</source>
        <translation>Zeit bis zur Behebung pro Vorfall</translation>
    </message>
    <message>
        <source>Time to resolve (minutes)</source>
        <translation>Zeit bis zur Behebung (Minuten)</translation>
    </message>
    <message>
        <source>No incident has both a start and an end time.</source>
        <translation>Kein Vorfall hat sowohl eine Anfangs- als auch eine Endzeit.</translation>
    </message>
    <message>
        <source>%1: %2 minutes</source>
        <translation>%1: %2 Minuten</translation>
    </message>
</context>
<context>
    <name>debrief::RootCausePage</name>
    <message>
        <source>Root cause and resolution</source>
        <translation>Grundursache und Behebung</translation>
    </message>
    <message>
        <source>Root causes (%1 statements)</source>
        <translation>Grundursachen (%1 Aussagen)</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <source>The postmortem states no root cause.</source>
        <translation>Das Postmortem nennt keine Grundursache.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>The postmortem states no resolution.</source>
        <translation>Das Postmortem nennt keine Behebung.</translation>
    </message>
    <message>
        <source>Corrective and preventative measures</source>
        <translation>Korrektur- und Vorbeugemaßnahmen</translation>
    </message>
    <message>
        <source>The postmortem lists no measures.</source>
        <translation>Das Postmortem nennt keine Maßnahmen.</translation>
    </message>
    <message>
        <source>Root cause stated in %1</source>
        <translation>Grundursache, genannt in %1</translation>
    </message>
    <message>
        <source>Stated in an unnamed section</source>
        <translation>Genannt in einem unbenannten Abschnitt</translation>
    </message>
    <message>
        <source>Stated in “%1”</source>
        <translation>Genannt in „%1“</translation>
    </message>
    <message>
        <source>Line %1 of the postmortem</source>
        <translation>Zeile %1 des Postmortems</translation>
    </message>
    <message>
        <source>Conflicting root causes</source>
        <translation>Widersprüchliche Grundursachen</translation>
    </message>
    <message>
        <source>From the section “%1”</source>
        <translation>Aus dem Abschnitt „%1“</translation>
    </message>
    <message>
        <source>Add root cause…</source>
        <translation>Grundursache hinzufügen…</translation>
    </message>
    <message>
        <source>Add root cause</source>
        <translation>Grundursache hinzufügen</translation>
    </message>
    <message>
        <source>Edit resolution…</source>
        <translation>Behebung bearbeiten…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Edit root cause</source>
        <translation>Grundursache bearbeiten</translation>
    </message>
    <message>
        <source>Remove root cause</source>
        <translation>Grundursache entfernen</translation>
    </message>
    <message>
        <source>Root causes and resolution</source>
        <translation>Ursachen und Lösung</translation>
    </message>
    <message>
        <source>5 whys</source>
        <translation>5 Warums</translation>
    </message>
    <message>
        <source>%1, as “%2”</source>
        <comment>root cause stated in a section, under a field name</comment>
        <translation>%1, als „%2“</translation>
    </message>
</context>
<context>
    <name>debrief::SuggestionPanel</name>
    <message>
        <source>Accept</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Suggested events</source>
        <translation>Vorgeschlagene Ereignisse</translation>
    </message>
    <message>
        <source>Events suggested from the evidence</source>
        <translation>Aus den Belegen vorgeschlagene Ereignisse</translation>
    </message>
    <message>
        <source>Accept the selected suggestion into the timeline</source>
        <translation>Den ausgewählten Vorschlag in die Zeitleiste übernehmen</translation>
    </message>
    <message>
        <source>Add the selected suggestion to the timeline (Enter)</source>
        <translation>Den ausgewählten Vorschlag zur Zeitleiste hinzufügen (Eingabe)</translation>
    </message>
    <message>
        <source>Reject the selected suggestion</source>
        <translation>Den ausgewählten Vorschlag verwerfen</translation>
    </message>
    <message>
        <source>Dismiss the selected suggestion (Delete)</source>
        <translation>Den ausgewählten Vorschlag verwerfen (Entf)</translation>
    </message>
    <message>
        <source>Suggested from the evidence: none</source>
        <translation>Aus den Belegen vorgeschlagen: keine</translation>
    </message>
    <message>
        <source>Suggested from the evidence: %1</source>
        <translation>Aus den Belegen vorgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>debrief::TimelineModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>As written: %1</source>
        <translation>Im Original: %1</translation>
    </message>
    <message>
        <source>Line %1 of the postmortem</source>
        <translation>Zeile %1 des Postmortems</translation>
    </message>
    <message>
        <source>untimed</source>
        <translation>ohne Uhrzeit</translation>
    </message>
</context>
<context>
    <name>debrief::TimelinePage</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>Einträge: %1</translation>
    </message>
    <message>
        <source>Without a time: %1</source>
        <translation>Ohne Uhrzeit: %1</translation>
    </message>
    <message>
        <source>Times in UTC, in the order of the postmortem</source>
        <translation>Zeiten in UTC, in der Reihenfolge des Postmortems</translation>
    </message>
    <message>
        <source>Timeline entries</source>
        <translation>Zeitleisteneinträge</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Chart of the chosen metric series</source>
        <translation>Diagramm der gewählten Metrikreihen</translation>
    </message>
    <message>
        <source>No metric series imported for this incident</source>
        <translation>Keine Metrikreihen für diesen Vorfall importiert</translation>
    </message>
    <message>
        <source>Warnings and errors per minute</source>
        <translation>Warnungen und Fehler pro Minute</translation>
    </message>
    <message>
        <source>Log rate histogram</source>
        <translation>Histogramm der Lograte</translation>
    </message>
    <message>
        <source>entries / min</source>
        <translation>Einträge / min</translation>
    </message>
    <message>
        <source>No warnings or errors logged in this range</source>
        <translation>Keine Warnungen oder Fehler in diesem Zeitraum protokolliert</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Reihen</translation>
    </message>
    <message>
        <source>Choose the metric series to chart</source>
        <translation>Die darzustellenden Metrikreihen wählen</translation>
    </message>
    <message>
        <source>Wheel or +/− zoom · drag or arrows pan · Home resets</source>
        <translation>Mausrad oder +/− zoomen · Ziehen oder Pfeiltasten verschieben · Pos1 setzt zurück</translation>
    </message>
    <message>
        <source>Choose series with the Series button</source>
        <translation>Reihen über die Schaltfläche „Reihen“ wählen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Eintrag entfernen</translation>
    </message>
    <message>
        <source>Move entry up</source>
        <translation>Eintrag nach oben verschieben</translation>
    </message>
    <message>
        <source>Move entry down</source>
        <translation>Eintrag nach unten verschieben</translation>
    </message>
    <message>
        <source>&amp;Add entry</source>
        <translation>Eintrag &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add an entry after the selected one (Insert)</source>
        <translation>Einen Eintrag nach dem ausgewählten hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected entry (Delete)</source>
        <translation>Den ausgewählten Eintrag entfernen (Entf)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Move the selected entry up (Ctrl+Up)</source>
        <translation>Den ausgewählten Eintrag nach oben verschieben (Strg+Pfeil hoch)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <source>Move the selected entry down (Ctrl+Down)</source>
        <translation>Den ausgewählten Eintrag nach unten verschieben (Strg+Pfeil runter)</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
</context>
<context>
    <name>debrief::WhyChainView</name>
    <message>
        <source>5 whys</source>
        <translation>5 Warums</translation>
    </message>
    <message>
        <source>No whys yet. Ask why the incident happened, then why that was so, until the answer is something the team can change.</source>
        <translation>Noch keine Warums. Fragen Sie, warum der Vorfall geschah, dann warum das so war, bis die Antwort etwas ist, das das Team ändern kann.</translation>
    </message>
    <message>
        <source>Add why…</source>
        <translation>Warum hinzufügen…</translation>
    </message>
    <message>
        <source>Add a why</source>
        <translation>Ein Warum hinzufügen</translation>
    </message>
    <message>
        <source>Why %1</source>
        <translation>Warum %1</translation>
    </message>
    <message>
        <source>(no question written)</source>
        <translation>(keine Frage notiert)</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Noch nicht beantwortet</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit why %1</source>
        <translation>Warum %1 bearbeiten</translation>
    </message>
    <message>
        <source>Move why %1 up</source>
        <translation>Warum %1 nach oben</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move why %1 down</source>
        <translation>Warum %1 nach unten</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove why %1</source>
        <translation>Warum %1 entfernen</translation>
    </message>
</context>
<context>
    <name>debrief::WhyStepDialog</name>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Why did the incident happen?</source>
        <translation>Warum geschah der Vorfall?</translation>
    </message>
    <message>
        <source>Why was that so?</source>
        <translation>Warum war das so?</translation>
    </message>
    <message>
        <source>Because …</source>
        <translation>Weil …</translation>
    </message>
    <message>
        <source>Asking about:</source>
        <translation>Gefragt wird nach:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Warum:</translation>
    </message>
    <message>
        <source>&amp;Because:</source>
        <translation>&amp;Weil:</translation>
    </message>
</context>
</TS>
