// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrations.h"

namespace debrief {

namespace {

// v1: the incident and its postmortem.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE incidents (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    impact TEXT NOT NULL DEFAULT '',
    severity TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open',
    incident_date TEXT,                 -- yyyy-MM-dd
    timezone TEXT NOT NULL DEFAULT '',
    started_at INTEGER,                 -- UTC ms
    ended_at INTEGER,
    stated_duration_minutes INTEGER,
    duration_text TEXT NOT NULL DEFAULT '',
    resolution TEXT NOT NULL DEFAULT '',
    source_path TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE TABLE document_sections (
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    role TEXT NOT NULL,
    heading TEXT NOT NULL,
    line INTEGER NOT NULL,
    empty INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (incident_id, position)
);
CREATE TABLE timeline_events (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    at INTEGER,
    time_text TEXT NOT NULL DEFAULT '',
    label TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('detection','investigation','red_herring','mitigation','fix',
                                       'resolution','communication','deploy','note')),
    source_line INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX timeline_events_by_incident ON timeline_events(incident_id, position);
CREATE TABLE root_causes (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    section TEXT NOT NULL DEFAULT '',
    source_line INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX root_causes_by_incident ON root_causes(incident_id, position);
CREATE TABLE measure_groups (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    section TEXT NOT NULL DEFAULT '',
    source_line INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX measure_groups_by_incident ON measure_groups(incident_id, position);
CREATE TABLE measure_items (
    group_id INTEGER NOT NULL REFERENCES measure_groups(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (group_id, position)
);
CREATE TABLE action_items (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    owner TEXT NOT NULL DEFAULT '',
    due TEXT,                           -- yyyy-MM-dd
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','in_progress','done','wont_do')),
    priority TEXT NOT NULL DEFAULT '',
    link TEXT NOT NULL DEFAULT '',
    source_line INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX action_items_by_incident ON action_items(incident_id, position);
CREATE TABLE unknown_sections (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    heading TEXT NOT NULL DEFAULT '',
    heading_level INTEGER NOT NULL DEFAULT 2,
    markdown TEXT NOT NULL,
    after_role TEXT NOT NULL,
    source_line INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX unknown_sections_by_incident ON unknown_sections(incident_id, position);
)sql";

// v2: evidence. Log sources and entries with a full-text index over the message (external
// content, so the text is stored once), metric sources, series and points.
constexpr const char* kSchemaV2 = R"sql(
CREATE TABLE log_sources (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    format TEXT NOT NULL,
    size_bytes INTEGER NOT NULL DEFAULT 0,
    content_hash TEXT NOT NULL,
    entries INTEGER NOT NULL DEFAULT 0,
    unparsed INTEGER NOT NULL DEFAULT 0,
    first_at INTEGER,
    last_at INTEGER,
    imported_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX log_sources_by_hash ON log_sources(incident_id, content_hash);
CREATE TABLE log_entries (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES log_sources(id) ON DELETE CASCADE,
    line INTEGER NOT NULL,
    at INTEGER,
    time_text TEXT NOT NULL DEFAULT '',
    level INTEGER NOT NULL DEFAULT 2,   -- 0 trace .. 6 critical, LogLevel in core/ingest/logs
    host TEXT NOT NULL DEFAULT '',
    service TEXT NOT NULL DEFAULT '',
    message TEXT NOT NULL,
    fields TEXT,                        -- structured fields as JSON, when the format has them
    unparsed INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX log_entries_by_time ON log_entries(incident_id, at);
CREATE VIRTUAL TABLE log_fts USING fts5(message, content='log_entries', content_rowid='id');
CREATE TABLE metric_sources (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    format TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    imported_at INTEGER NOT NULL
);
CREATE TABLE metric_series (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    source_id INTEGER REFERENCES metric_sources(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    labels TEXT NOT NULL DEFAULT '',    -- sorted key=value pairs joined by ','
    unit TEXT NOT NULL DEFAULT ''
);
CREATE INDEX metric_series_by_incident ON metric_series(incident_id, name);
CREATE TABLE metric_points (
    series_id INTEGER NOT NULL REFERENCES metric_series(id) ON DELETE CASCADE,
    ts INTEGER NOT NULL,
    value REAL,                         -- NULL is a gap (NaN or null in the source)
    PRIMARY KEY (series_id, ts)
) WITHOUT ROWID;
)sql";

// v3: log search and deletion. An AFTER DELETE trigger keeps the external-content FTS index in
// step with log_entries however rows go (a source removed, an incident's cascade), which v2 missed:
// a stale FTS row would later match a new entry that reuses its rowid. The rebuild drops any such
// rows a v2 store already has. The source index lets a source's entries be deleted without a scan.
constexpr const char* kSchemaV3 = R"sql(
CREATE INDEX log_entries_by_source ON log_entries(source_id);
CREATE TRIGGER log_entries_fts_delete AFTER DELETE ON log_entries BEGIN
    INSERT INTO log_fts(log_fts, rowid, message) VALUES('delete', old.id, old.message);
END;
INSERT INTO log_fts(log_fts) VALUES('rebuild');
)sql";

// v4: one index for time and level instead of three. The time index gains the level, so "errors
// only" and the per-minute rate of each level (charts, suggestions) are read from the index alone.
// The source index goes: a source's entries are one range of ids (an import is one transaction by
// the only writer), kept in log_sources, so deleting a source needs no index. One index instead of
// three is a fifth less work per imported line. The cost: deleting a log_sources row makes the
// foreign-key check scan log_entries once, which only a forced re-import does.
constexpr const char* kSchemaV4 = R"sql(
ALTER TABLE log_sources ADD COLUMN first_entry_id INTEGER;
ALTER TABLE log_sources ADD COLUMN last_entry_id INTEGER;
UPDATE log_sources SET first_entry_id = (SELECT MIN(id) FROM log_entries WHERE source_id = log_sources.id),
                       last_entry_id = (SELECT MAX(id) FROM log_entries WHERE source_id = log_sources.id);
DROP INDEX log_entries_by_source;
DROP INDEX log_entries_by_time;
CREATE INDEX log_entries_by_time ON log_entries(incident_id, at, level);
)sql";

// v5: the review of an incident. The "5 whys" chain, an ordered list like the root causes; and the
// suggestions from the evidence that a user rejected, keyed by their moment and kind (what the
// suggester gives again for the same evidence), so that they do not come back on the next start.
constexpr const char* kSchemaV5 = R"sql(
CREATE TABLE why_steps (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    question TEXT NOT NULL DEFAULT '',
    answer TEXT NOT NULL DEFAULT '',
    source_line INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX why_steps_by_incident ON why_steps(incident_id, position);
CREATE TABLE rejected_suggestions (
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    at INTEGER NOT NULL,                -- UTC ms of the suggested event
    kind TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',      -- as suggested, for a person reading the store
    rejected_at INTEGER NOT NULL,
    PRIMARY KEY (incident_id, at, kind)
) WITHOUT ROWID;
)sql";

// v6: nothing a user had is lost by an import or a delete. Every version of an incident's document
// (from a file, an edit, a restore) with its canonical Markdown report, from which it can be brought
// back, and the bytes of the file when it came from one; and a trash: a deleted incident keeps its
// rows (and its evidence) with the time it was deleted until the trash is emptied.
constexpr const char* kSchemaV6 = R"sql(
CREATE TABLE document_versions (
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,           -- 1, 2, ... per incident
    at INTEGER NOT NULL,                -- UTC ms
    source TEXT NOT NULL,               -- the file name, or what made the version ("edits since version 2")
    summary TEXT NOT NULL DEFAULT '',   -- one line for a person choosing a version
    report TEXT NOT NULL,               -- MarkdownExporter's report of the incident at that version
    original BLOB,                      -- the imported file's bytes, when it came from one
    PRIMARY KEY (incident_id, version)
) WITHOUT ROWID;
ALTER TABLE incidents ADD COLUMN deleted_at INTEGER; -- UTC ms; NULL unless in the trash
)sql";

// v7: a pasted search text finds the entries whose host or service it is (`auth-1`) by an index
// lookup, not by a full-text index over more columns. One index serves both: a host is its prefix,
// a service is found under each of the incident's few hosts (LogSearch walks them as a skip scan),
// and the facets' distinct hosts and services could read it alone. Rows of one import append to
// the same few (host, service) ranges, so it costs the import little.
constexpr const char* kSchemaV7 = R"sql(
CREATE INDEX log_entries_by_value ON log_entries(incident_id, host, service);
)sql";

// v8: the names the author gave the columns of the tables read (a JSON object, "actions.title" ->
// "Action Item"), so that the report names them as the author did and keeps every word.
constexpr const char* kSchemaV8 = R"sql(
ALTER TABLE incidents ADD COLUMN column_names TEXT NOT NULL DEFAULT '{}';
)sql";

// v9: the field name a root cause was stated under ("**Trigger**: ..."), as the author wrote it, so
// that the report keeps it beside the cause.
constexpr const char* kSchemaV9 = R"sql(
ALTER TABLE root_causes ADD COLUMN label TEXT NOT NULL DEFAULT '';
)sql";

// v10: the sub-heading an action item was listed under ("### Prevention" over its own table), so
// that the report lists the items in the author's groups, each table with its own heading; and the
// item's notes and type, from Notes and Type columns of the author's table.
constexpr const char* kSchemaV10 = R"sql(
ALTER TABLE action_items ADD COLUMN group_name TEXT NOT NULL DEFAULT '';
ALTER TABLE action_items ADD COLUMN notes TEXT NOT NULL DEFAULT '';
ALTER TABLE action_items ADD COLUMN type TEXT NOT NULL DEFAULT '';
)sql";

// v11: the full-text index covers the entries' structured fields as well as their messages, so that
// a pasted field value (`u_fdfd4e30`, `user:u_fdfd4e30`) finds its entries by an index lookup. The
// index is rebuilt once, reading every entry.
constexpr const char* kSchemaV11 = R"sql(
DROP TRIGGER log_entries_fts_delete;
DROP TABLE log_fts;
CREATE VIRTUAL TABLE log_fts USING fts5(message, fields, content='log_entries', content_rowid='id');
CREATE TRIGGER log_entries_fts_delete AFTER DELETE ON log_entries BEGIN
    INSERT INTO log_fts(log_fts, rowid, message, fields) VALUES('delete', old.id, old.message, old.fields);
END;
INSERT INTO log_fts(log_fts) VALUES('rebuild');
)sql";

// v12: an import writes its entries in short transactions, so that edits never wait for it, and
// shows them at once at its end: a source stays incomplete (readers skip it) until then, marked
// with the process writing it, so that one left behind by a killed process is removed on open.
// Sources stored before are complete.
constexpr const char* kSchemaV12 = R"sql(
ALTER TABLE log_sources ADD COLUMN complete INTEGER NOT NULL DEFAULT 1;
ALTER TABLE log_sources ADD COLUMN importer INTEGER NOT NULL DEFAULT 0;
)sql";

} // namespace

const QList<Migration>& storeMigrations()
{
    static const QList<Migration> migrations {
        {1, kSchemaV1}, {2, kSchemaV2}, {3, kSchemaV3}, {4, kSchemaV4}, {5, kSchemaV5},
        {6, kSchemaV6}, {7, kSchemaV7}, {8, kSchemaV8}, {9, kSchemaV9}, {10, kSchemaV10}, {11, kSchemaV11}, {12, kSchemaV12},
    };
    return migrations;
}

int currentSchemaVersion()
{
    return storeMigrations().constLast().toVersion;
}

} // namespace debrief
