#pragma once

#include "Outcome.h"

#include <QString>

class SetupService;

/// A demo restaurant with a dozen staff in every role, with Ivorian names and made-up
/// phone numbers, so a newcomer can look around at once.
class DemoData
{
public:
    /// The password of every demo account.
    static QString password();
    /// The owner's phone number, in the national form people type.
    static QString ownerPhone();
    static QString restaurantName();

    /// Creates the demo restaurant unless one with its name exists, and returns its id
    /// either way. Sets *createdNow, when given, to whether this call created it. Blocks for a
    /// few seconds, because every account gets its own Argon2id key.
    static Outcome create(SetupService &setup, bool *createdNow = nullptr);

    /// The number of demo accounts, the owner included.
    static int staffCount();
};
