// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Finding.h"
#include "Incident.h"
#include "PostmortemReading.h"

#include <QByteArrayView>
#include <QString>
#include <QVector>

#include <optional>

namespace debrief {

// Options the user can give an import: a year, a zone and a day for documents that state none.
struct PostmortemImportOptions
{
    std::optional<int> year;
    QString timezone; // "UTC", "PST", "Europe/Berlin", "+02:00"; empty = as the document says, else UTC
    // The day of a timeline whose document states no date anywhere (a date the document states wins).
    std::optional<QDate> date;
};

struct PostmortemImportResult
{
    Incident incident;
    QVector<ImportDiagnostic> diagnostics;
    PostmortemReading reading; // what was read, for the person who imported it
    int repairedBytes = 0; // invalid UTF-8 sequences replaced by U+FFFD
    // False when the input cannot be a postmortem at all (empty, binary): diagnostics say why.
    bool ok = false;
};

// Reads a postmortem written in Markdown (or plain text that looks like it) into an Incident.
// Pure: bytes in, value out, no file or store access. Never drops user text: whatever it does
// not understand becomes an UnknownSection. `fileName` is used only to name the incident when the
// document has no title and in diagnostics.
class PostmortemImporter
{
public:
    static PostmortemImportResult import(QByteArrayView bytes, const QString& fileName,
                                         const PostmortemImportOptions& options = {});
};

} // namespace debrief
