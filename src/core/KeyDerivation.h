#pragma once

#include "PasswordKdf.h"

#include <QObject>
#include <QString>

#include <functional>

/// Runs PasswordKdf::derive on a worker thread, because Argon2id with 64 MiB takes a
/// noticeable fraction of a second, and calls done on context's thread when it finishes.
/// done is not called if context is destroyed first.
void deriveKeyAsync(const QString &password, const KdfParameters &parameters, QObject *context,
    std::function<void(KdfResult)> done);

/// Returns the translated message for a derivation that failed.
QString keyDerivationErrorMessage(KdfResult::Status status);
