// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace debrief {

// A page that is not built yet (logs, metrics): a centred heading and a sentence saying what will
// be here, so that `--view logs` shows an honest page rather than an empty one. Not for errors.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QString& heading, const QString& text, QWidget* parent = nullptr);
};

} // namespace debrief
