#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>

/// Notices that nobody has used the application for a while. While started, an
/// application-wide event filter notes each keyboard, mouse, wheel and touch event, and idle()
/// fires once the timeout passes without any. It then stops until started again.
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

    /// Starts counting from now; a running count starts over with the new timeout.
    void start(std::chrono::milliseconds timeout);
    void stop();
    bool isActive() const { return m_timer.isActive(); }

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void check();

    QTimer m_timer;
    QElapsedTimer m_sinceInput;
    std::chrono::milliseconds m_timeout {0};
    bool m_filtering = false;
};
