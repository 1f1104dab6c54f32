// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>

class QWidget;

namespace debrief {

// Renders a top-level window at a fixed size into a PNG, for `debrief --screenshot`, for the
// documentation and for tests. Runs on whatever platform is active (offscreen in practice);
// it lets pending layout and paint events run first so that the image shows the settled window.
class Screenshot
{
public:
    static constexpr QSize defaultSize() { return QSize(1400, 900); }

    // Returns an empty string on success, else why the file could not be written.
    static QString render(QWidget& window, const QString& path, QSize size = defaultSize());
};

} // namespace debrief
