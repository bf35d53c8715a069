#include "IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

IdleWatcher::IdleWatcher(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::check);
}

IdleWatcher::~IdleWatcher()
{
    stop();
}

void IdleWatcher::start(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
    m_sinceInput.start();
    if (!m_filtering) {
        QCoreApplication::instance()->installEventFilter(this);
        m_filtering = true;
    }
    m_timer.start(m_timeout);
}

void IdleWatcher::stop()
{
    m_timer.stop();
    if (m_filtering) {
        if (QCoreApplication *application = QCoreApplication::instance())
            application->removeEventFilter(this);
        m_filtering = false;
    }
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    // Every input event passes here several times (window, widget, parents); noting the time
    // is cheaper than restarting the timer each time, which check() does only when it fires.
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        m_sinceInput.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleWatcher::check()
{
    const std::chrono::milliseconds idleFor(m_sinceInput.elapsed());
    if (idleFor < m_timeout) {
        m_timer.start(m_timeout - idleFor);
        return;
    }
    stop();
    emit idle();
}
