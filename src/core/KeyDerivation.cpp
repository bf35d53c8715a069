#include "KeyDerivation.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

#include <memory>

void deriveKeyAsync(const QString &password, const KdfParameters &parameters, QObject *context,
    std::function<void(KdfResult)> done)
{
    auto result = std::make_shared<KdfResult>();
    QThread *thread = QThread::create(
        [password, parameters, result] { *result = PasswordKdf::derive(password, parameters); });
    QPointer<QObject> guard(context);
    QObject::connect(
        thread, &QThread::finished, thread, [thread, guard, result, done = std::move(done)] {
            thread->deleteLater();
            if (guard)
                done(*result);
            PasswordKdf::wipe(result->key);
        });
    thread->start();
}

QString keyDerivationErrorMessage(KdfResult::Status status)
{
    switch (status) {
    case KdfResult::Status::Ok:
        return {};
    case KdfResult::Status::OutOfMemory:
        return QCoreApplication::translate("KeyDerivation",
            "This computer does not have enough free memory to check the password securely. "
            "Close other programs and try again.");
    case KdfResult::Status::UnsupportedParameters:
        return QCoreApplication::translate("KeyDerivation",
            "The server asked for password settings this version does not support. "
            "Update RESTO360 Back Office or ask your administrator.");
    case KdfResult::Status::SodiumUnavailable:
        break;
    }
    return QCoreApplication::translate(
        "KeyDerivation", "The encryption library could not start. Reinstall RESTO360 Back Office.");
}
