#include "Logging.h"

Q_LOGGING_CATEGORY(lcAuth, "resto360.auth")
Q_LOGGING_CATEGORY(lcDb, "resto360.db")
Q_LOGGING_CATEGORY(lcServer, "resto360.server")
Q_LOGGING_CATEGORY(lcKeychain, "resto360.keychain")
Q_LOGGING_CATEGORY(lcStaff, "resto360.staff")
Q_LOGGING_CATEGORY(lcUi, "resto360.ui")
