#pragma once

#include <QLoggingCategory>

// One category per module. Never log a password, a derived key or a token.
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcDb)
Q_DECLARE_LOGGING_CATEGORY(lcServer)
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)
Q_DECLARE_LOGGING_CATEGORY(lcStaff)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
