#include "TerminationSignals.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <cstdlib>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {

#ifdef Q_OS_UNIX
// The handler may only call async-signal-safe functions, so it writes one byte to a socket
// that the event loop watches.
int signalSockets[2] = {-1, -1};

void writeSignalByte(int signalNumber)
{
    const char byte = static_cast<char>(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(signalSockets[0], &byte, 1);
}
#endif

} // namespace

TerminationSignals::TerminationSignals(QObject *parent)
    : QObject(parent)
{
#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalSockets) != 0) {
        qCWarning(lcUi) << "Cannot watch termination signals: socketpair failed";
        return;
    }

    m_notifier = new QSocketNotifier(signalSockets[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminationSignals::quitApplication);

    struct sigaction action = {};
    action.sa_handler = writeSignalByte;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int signalNumber : {SIGTERM, SIGINT, SIGHUP})
        ::sigaction(signalNumber, &action, nullptr);
#endif
}

TerminationSignals::~TerminationSignals()
{
#ifdef Q_OS_UNIX
    if (!m_notifier)
        return;

    struct sigaction action = {};
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    for (const int signalNumber : {SIGTERM, SIGINT, SIGHUP})
        ::sigaction(signalNumber, &action, nullptr);
    delete m_notifier;
    ::close(signalSockets[0]);
    ::close(signalSockets[1]);
#endif
}

void TerminationSignals::quitApplication()
{
#ifdef Q_OS_UNIX
    char signalNumber = 0;
    if (::read(signalSockets[1], &signalNumber, 1) == 1)
        qCInfo(lcUi) << "Quitting on signal" << int(signalNumber);
#endif
    m_received = true;
    // Not quit(), which first sends every window a close request and gives up when one
    // rejects it, as the Backups dialog does while its backup or restore runs. exit() ends
    // every event loop, and the destructors then stop that backup or restore and the server.
    QCoreApplication::exit(EXIT_SUCCESS);
}
