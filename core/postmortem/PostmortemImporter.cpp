// SPDX-License-Identifier: GPL-3.0-or-later
// PLACEHOLDER until the importer lands.
#include "PostmortemImporter.h"

namespace debrief {
PostmortemImportResult PostmortemImporter::import(QByteArrayView bytes, const QString& fileName,
                                                  const PostmortemImportOptions&)
{
    PostmortemImportResult result;
    result.incident.title = fileName;
    result.ok = !bytes.isEmpty();
    return result;
}
} // namespace debrief
