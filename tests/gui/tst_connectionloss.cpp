// The main window while the database restarts in the middle of an edit: the save fails as a
// lost connection and the dialog keeps the edits, a banner shows while the application
// reconnects, and the same save then goes through. A server whose certificate changed while
// the connection was lost turns the banner into a warning that stays.
#include "GuiFixture.h"

#include "AppContext.h"
#include "ConnectionMonitor.h"
#include "EditStaffDialog.h"
#include "MainWindow.h"
#include "MessageLabel.h"
#include "StaffPage.h"
#include "StaffRepository.h"
#include "StaffTableModel.h"
#include "TlsProbe.h"
#include "TlsTestServer.h"

#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QString OwnerPhone = u"+2250700000001"_s;
const QString CashierPhone = u"+2250100000003"_s;
const QString Password = u"Kedjenou-poulet-2026"_s;
// Sign-in derives an Argon2id key, and a restart waits for the server.
constexpr int Timeout = 30000;

} // namespace

class TestConnectionLoss : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void saveFailsThenRetrySaves();
    void changedCertificateStopsReconnecting();

private:
    StaffPage *staffPage() const;

    GuiFixture m_fixture;
    std::unique_ptr<MainWindow> m_window;
    QString m_cashierId;
};

void TestConnectionLoss::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.start(&error), qPrintable(error));
    TestServer &server = m_fixture.server();
    const QString restaurant =
        server.createRestaurant(u"Maquis Chez Tantie"_s, u"Awa Koné"_s, OwnerPhone, Password);
    QVERIFY(!restaurant.isEmpty());
    m_cashierId =
        server.addStaff(restaurant, CashierPhone, u"Élodie Yao"_s, u"cashier"_s, Password);
    QVERIFY(!m_cashierId.isEmpty());

    ConnectionMonitor &monitor = m_fixture.context().connectionMonitor();
    monitor.setCheckInterval(200ms);
    monitor.setRetryInterval(200ms);
}

StaffPage *TestConnectionLoss::staffPage() const
{
    return m_window->findChild<StaffPage *>(u"staffPage"_s);
}

void TestConnectionLoss::saveFailsThenRetrySaves()
{
    m_window = m_fixture.openMainWindow();
    GuiFixture::typeSignIn(*m_window, u"07 00 00 00 01"_s, Password);
    QTRY_VERIFY_WITH_TIMEOUT(staffPage(), Timeout);
    auto *view = staffPage()->findChild<QTableView *>(u"staffTableView"_s);
    auto *model = qobject_cast<StaffTableModel *>(view->model());
    QTRY_VERIFY(model->rowCount() > 1);
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, StaffTableModel::NameColumn).data().toString() == u"Élodie Yao"_s)
            view->selectRow(row);
    }
    QTest::mouseClick(
        staffPage()->findChild<QPushButton *>(u"editStaffPushButton"_s), Qt::LeftButton);
    QPointer<EditStaffDialog> dialog;
    QTRY_VERIFY((dialog = staffPage()->findChild<EditStaffDialog *>()) && dialog->isVisible());

    auto *name = dialog->findChild<QLineEdit *>(u"nameLineEdit"_s);
    name->clear();
    GuiFixture::typeText(name, u"Élodie Yao N'Da"_s);

    // The server goes away while the dialog is open.
    m_fixture.server().server().stop();
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"savePushButton"_s), Qt::LeftButton);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto *message = dialog->findChild<MessageLabel *>(u"messageLabel"_s);
    QCOMPARE(message->kind(), MessageLabel::Kind::Error);
    QCOMPARE(message->text(), DatabaseError(DatabaseError::Kind::ConnectionLost).message());
    QCOMPARE(name->text(), u"Élodie Yao N'Da"_s);

    auto *banner = m_window->findChild<QFrame *>(u"reconnectFrame"_s);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), Timeout);

    // Back in a new socket folder: the application reconnects and the banner goes.
    QVERIFY2(
        m_fixture.server().server().start(), qPrintable(m_fixture.server().server().errorDetail()));
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), Timeout);
    QVERIFY(dialog);
    QCOMPARE(name->text(), u"Élodie Yao N'Da"_s);

    QTest::mouseClick(dialog->findChild<QPushButton *>(u"savePushButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), Timeout);
    StaffRepository repository(m_fixture.context().appConnectionName());
    const std::optional<StaffMember> saved = repository.fetch(m_cashierId);
    QVERIFY(saved.has_value());
    QCOMPARE(saved->displayName, u"Élodie Yao N'Da"_s);
}

void TestConnectionLoss::changedCertificateStopsReconnecting()
{
    // The certificate test looks at a TLS server whose certificate is not the remembered one,
    // as after a replacement. The database itself stays the test server.
    TlsTestServer tlsServer;
    QString error;
    QVERIFY2(tlsServer.start(&error), qPrintable(error));
    const QString host = u"127.0.0.1"_s;
    TlsProbe::rememberFingerprint(host, tlsServer.port(), u"00:11:22:33"_s);
    ConnectionMonitor &monitor = m_fixture.context().connectionMonitor();
    monitor.setTlsCheck(host, tlsServer.port(), {});
    QVERIFY(m_window);

    m_fixture.server().server().stop();
    monitor.reportConnectionLost();
    auto *banner = m_window->findChild<QFrame *>(u"reconnectFrame"_s);
    auto *label = m_window->findChild<QLabel *>(u"reconnectLabel"_s);
    auto *progress = m_window->findChild<QProgressBar *>(u"reconnectProgressBar"_s);
    QTRY_VERIFY_WITH_TIMEOUT(monitor.isCertificateRejected(), Timeout);
    QVERIFY(banner->isVisible());
    QCOMPARE(label->text(), monitor.certificateRejectedMessage());
    QVERIFY(label->text().contains(u"%1:%2"_s.arg(host).arg(tlsServer.port())));
    QVERIFY(!progress->isVisible());

    // The database coming back changes nothing: the warning stays until a restart.
    QVERIFY2(
        m_fixture.server().server().start(), qPrintable(m_fixture.server().server().errorDetail()));
    QTest::qWait(1000);
    QVERIFY(monitor.isConnectionLost());
    QVERIFY(banner->isVisible());
    QCOMPARE(label->text(), monitor.certificateRejectedMessage());
}

QTEST_MAIN(TestConnectionLoss)
#include "tst_connectionloss.moc"
