#pragma once

#include <QObject>

class QSocketNotifier;

/// Turns SIGTERM, SIGINT and SIGHUP (a desktop logout, Ctrl+C, a closed terminal) into a
/// normal exit of the event loop, so that the bundled server is stopped as on any other
/// exit instead of being left running. No window can refuse this exit. Unix only; elsewhere
/// it does nothing.
class TerminationSignals : public QObject
{
    Q_OBJECT

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

    /// True once a signal arrived, also when it arrived before the event loop ran, when
    /// quitting it had no effect.
    bool received() const { return m_received; }

private:
    void quitApplication();

    QSocketNotifier *m_notifier = nullptr;
    bool m_received = false;
};
