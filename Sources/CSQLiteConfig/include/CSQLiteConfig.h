#ifndef CSQLITECONFIG_H
#define CSQLITECONFIG_H

#include <sqlite3.h>

/// Turns the connection's triggers on or off (SQLITE_DBCONFIG_ENABLE_TRIGGER). sqlite3_db_config
/// is variadic, which Swift cannot call. Returns whether triggers are now on (1 or 0), or -1
/// when SQLite refused.
int podium_set_triggers_enabled(sqlite3 *db, int enabled);

#endif
