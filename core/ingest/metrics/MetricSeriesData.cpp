// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricSeriesData.h"

#include <algorithm>

namespace debrief {

QVector<QPair<QString, QString>> canonicalLabels(QVector<QPair<QString, QString>> labels)
{
    std::stable_sort(labels.begin(), labels.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    const auto last = std::unique(labels.begin(), labels.end(),
                                  [](const auto& a, const auto& b) { return a.first == b.first; });
    labels.erase(last, labels.end());
    return labels;
}

namespace {

QString escaped(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u',' || c == u'=' || c == u'\\')
            out += u'\\';
        out += c;
    }
    return out;
}

} // namespace

QString labelsText(const QVector<QPair<QString, QString>>& labels)
{
    QStringList parts;
    parts.reserve(labels.size());
    for (const auto& [key, value] : labels)
        parts << escaped(key) + u'=' + escaped(value);
    return parts.join(u',');
}

} // namespace debrief
