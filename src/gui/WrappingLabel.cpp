#include "WrappingLabel.h"

#include <QResizeEvent>

WrappingLabel::WrappingLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

QSize WrappingLabel::sizeHint() const
{
    QSize hint = QLabel::sizeHint();
    if (const int height = neededHeight(); height > 0)
        hint.setHeight(height);
    return hint;
}

QSize WrappingLabel::minimumSizeHint() const
{
    QSize hint = QLabel::minimumSizeHint();
    if (const int height = neededHeight(); height > 0)
        hint.setHeight(height);
    return hint;
}

bool WrappingLabel::hasHeightForWidth() const
{
    return false;
}

void WrappingLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);

    // A new width changes the height the text needs, so the layout must read the hints again.
    if (event->size().width() != event->oldSize().width())
        updateGeometry();
}

int WrappingLabel::neededHeight() const
{
    // A label that was never laid out has Qt's default geometry, not a real width.
    if (!testAttribute(Qt::WA_Resized))
        return -1;
    return QLabel::heightForWidth(width());
}
