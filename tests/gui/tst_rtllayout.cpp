// Right to left: a horizontal scroll bar of an item view runs the paragraph's way under the console's
// style: it is the mirror image of the same bar left to right, and its handle is drawn where the style's
// hit test puts it (so a drag on the handle moves the view).
#include "common/consolestyle.h"

#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QScrollBar>
#include <QStyleOptionSlider>
#include <QTreeWidget>
#include <QtTest>

namespace {

// QScrollBar builds its style option in a protected function; this reads it.
class ScrollBarOption : public QScrollBar
{
public:
    static QStyleOptionSlider of(const QScrollBar &bar)
    {
        QStyleOptionSlider option;
        static_cast<const ScrollBarOption &>(bar).initStyleOption(&option);
        return option;
    }
};

} // namespace

class TestRtlLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QApplication::setStyle(new views::ConsoleStyle); }
    void cleanup() { QApplication::setLayoutDirection(Qt::LeftToRight); }

    // Right to left, a bar is the mirror image of the same bar left to right: at the start of the view
    // (its first column on the right) the handle is on the right, where a press grabs it.
    void scrollBarsRunTheParagraphsWay()
    {
        QTreeWidget view;
        view.setColumnCount(8);
        for (int row = 0; row < 5; ++row)
            new QTreeWidgetItem(&view, QStringList(8, QStringLiteral("value")));
        for (int column = 0; column < 8; ++column)
            view.header()->resizeSection(column, 150);
        view.resize(500, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QScrollBar &bar = *view.horizontalScrollBar();
        QVERIFY(bar.maximum() > bar.minimum());
        const QImage leftToRight = bar.grab().toImage();

        QApplication::setLayoutDirection(Qt::RightToLeft);
        QTRY_VERIFY(bar.isRightToLeft());
        QCOMPARE(bar.value(), bar.minimum());
        const QImage rightToLeft = bar.grab().toImage();
        // Compared along the middle row, where the handle and the groove are. The handle's length may
        // round differently by a few pixels; a bar running backwards differs over most of its width.
        const QImage mirrored = leftToRight.mirrored(true, false);
        QCOMPARE(rightToLeft.size(), mirrored.size());
        int differing = 0;
        for (int x = 0; x < mirrored.width(); ++x)
            differing += rightToLeft.pixel(x, mirrored.height() / 2) != mirrored.pixel(x, mirrored.height() / 2);
        QVERIFY2(differing <= mirrored.width() / 10, qPrintable(QStringLiteral("%1 of %2 pixels differ from the mirror image")
                                                .arg(differing).arg(mirrored.width())));

        // The drawing agrees with the hit test: a press on the drawn handle grabs it, and dragging it
        // towards the left (the end of the view) moves the view on.
        const QStyleOptionSlider option = ScrollBarOption::of(bar);
        const QRect hit = bar.style()->subControlRect(QStyle::CC_ScrollBar, &option, QStyle::SC_ScrollBarSlider, &bar);
        QVERIFY2(hit.center().x() > bar.width() / 2, "the hit test puts the first position's handle on the left");
        const QPoint handle = hit.center();
        QTest::mousePress(&bar, Qt::LeftButton, {}, handle);
        QTest::mouseMove(&bar, handle - QPoint(40, 0));
        QTest::mouseRelease(&bar, Qt::LeftButton, {}, handle - QPoint(40, 0));
        QVERIFY2(bar.value() > bar.minimum() && bar.value() < bar.pageStep(),
                 qPrintable(QStringLiteral("value %1 after dragging the handle 40 px (page step %2)")
                                .arg(bar.value()).arg(bar.pageStep())));
    }
};

QTEST_MAIN(TestRtlLayout)
#include "tst_rtllayout.moc"
