<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CliApplication</name>
    <message>
        <source>--store needs a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: debrief-cli [--store PATH] COMMAND [ARGS...]

Debrief keeps incident postmortems and their evidence in one SQLite store.
The store is --store PATH, else $DEBRIEF_STORE, else %1.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &apos;debrief-cli COMMAND --help&apos; for the options of a command.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandContext</name>
    <message>
        <source>&apos;%1&apos; is not an incident id (a positive number, see &apos;debrief-cli incidents&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no incident %2 (see &apos;debrief-cli incidents&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write an incident as a Markdown report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE.md instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export takes one incident id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormatsCommand</name>
    <message>
        <source>List the formats Debrief can import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postmortem documents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown or plain-text postmortem (Google SRE, PagerDuty, Atlassian styles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import postmortems (a new incident each, unless --incident).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into this incident (a postmortem replaces its document).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip detection: the format of the files (see &apos;formats&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone of times that state none (default: as the document says, else UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year of dates that state none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs at least one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (see &apos;debrief-cli formats&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year takes a year such as 2024, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: incident %2: %3 timeline entries, %4 root causes, %5 action items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentsCommand</name>
    <message>
        <source>List the incidents of the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents in %1. Import a postmortem with &apos;debrief-cli import FILE&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID    DATE        STATUS     OPEN  TITLE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LintCommand</name>
    <message>
        <source>Check an incident&apos;s postmortem; exit 1 when an error is found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lint takes one incident id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostmortemFileImport</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes is larger than any postmortem (limit %2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a postmortem document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Show one incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the JSON of the CLI contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show takes one incident id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1   Duration: %2   Severity: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to detect %1, to identify %2, to mitigate %3, to resolve %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root causes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1 log sources, %2 log entries, %3 metric series, %4 points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
