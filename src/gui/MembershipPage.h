#pragma once

#include "Membership.h"

#include <QList>
#include <QWidget>

#include <memory>

namespace Ui {
class MembershipPage;
}

class SessionManager;

/// A list of the restaurants and roles a person may act in, shown after the password check
/// when there are several, and again when they switch from the Session menu.
class MembershipPage : public QWidget
{
    Q_OBJECT

public:
    explicit MembershipPage(SessionManager &sessions, QWidget *parent = nullptr);
    ~MembershipPage() override;

    /// Offers memberships; currentStaffId, when given, is selected and marked as current.
    void setMemberships(const QList<Membership> &memberships, const QString &currentStaffId = {});

public slots:
    void chooseSelected();

signals:
    /// The person went back without choosing.
    void backRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillList();
    void setBusy(bool busy);

    std::unique_ptr<Ui::MembershipPage> m_ui;
    SessionManager &m_sessions;
    QList<Membership> m_memberships;
    QString m_currentStaffId;
};
