// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Placeholder: the importer's helper owns this file.
