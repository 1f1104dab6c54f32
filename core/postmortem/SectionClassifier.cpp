// SPDX-License-Identifier: GPL-3.0-or-later
// PLACEHOLDER
#include "SectionClassifier.h"
namespace debrief {
SectionRole SectionClassifier::classify(QStringView) { return SectionRole::Unknown; }
QString SectionClassifier::cleanHeading(QStringView heading) { return heading.toString(); }
} // namespace debrief
