#include "GuiFixture.h"

#include "AppContext.h"
#include "DemoData.h"
#include "MainWindow.h"
#include "StaffPage.h"
#include "StaffTableModel.h"

#include <QDir>
#include <QFontDatabase>
#include <QFontInfo>
#include <QImage>
#include <QPixmap>
#include <QSet>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

// Creating the demo restaurant derives a dozen Argon2id keys; this bounds the wait.
constexpr int DemoTimeoutMs = 120000;

/// Takes the screenshots of the documentation from the real windows, in French, with the
/// demo restaurant, and saves them to RESTO360_SCREENSHOT_DIR.
class TestScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signInPage();
    void staffPage();

private:
    /// Saves the window as it is drawn now, after checking that it drew something.
    void save(const QString &fileName);

    GuiFixture m_fixture;
    std::unique_ptr<MainWindow> m_window;
};

void TestScreenshots::initTestCase()
{
    // Without a font, text renders as empty boxes and the pictures would be useless.
    QVERIFY2(!QFontDatabase::families().isEmpty(),
        "no font found; install fonts-dejavu-core or another font");

    QString error;
    QVERIFY2(m_fixture.start(&error), qPrintable(error));
    const Outcome demo = DemoData::create(m_fixture.context().setup());
    QVERIFY2(demo.ok, qPrintable(demo.message));
    m_fixture.context().setSuggestedPhone(DemoData::ownerPhone());

    QVERIFY(QDir().mkpath(QStringLiteral(RESTO360_SCREENSHOT_DIR)));
    m_window = m_fixture.openMainWindow();
    m_window->resize(1100, 680);
    QVERIFY(!QFontInfo(m_window->font()).family().isEmpty());
}

void TestScreenshots::signInPage()
{
    save(u"sign-in.png"_s);
}

void TestScreenshots::staffPage()
{
    GuiFixture::typeSignIn(*m_window, DemoData::ownerPhone(), DemoData::password());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<StaffPage *>(u"staffPage"_s), DemoTimeoutMs);

    auto *view = m_window->findChild<QTableView *>(u"staffTableView"_s);
    QTRY_VERIFY(view->model()->rowCount() >= 10);
    save(u"staff.png"_s);
}

void TestScreenshots::save(const QString &fileName)
{
    // Let layouts settle and the busy indicator disappear before the picture is taken.
    QTest::qWait(200);

    const QPixmap picture = m_window->grab();
    QVERIFY(!picture.isNull());

    // A drawn window has more than a handful of colours; an empty one has one or two.
    const QImage image = picture.toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < image.height() && colours.size() < 16; y += 7) {
        for (int x = 0; x < image.width() && colours.size() < 16; x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() >= 16, "the window looks empty");

    const QString path = QDir(QStringLiteral(RESTO360_SCREENSHOT_DIR)).filePath(fileName);
    QVERIFY2(picture.save(path, "PNG"), qPrintable(u"cannot write "_s + path));
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
