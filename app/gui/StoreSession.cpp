// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreSession.h"

namespace debrief {

StoreSession::StoreSession(const QString& path)
    : m_db(path)
    , m_repository(m_db)
    , m_changes(m_db)
{ }

} // namespace debrief
