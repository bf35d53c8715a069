#pragma once

#include <QLabel>

/// A word-wrapped label whose size hints ask for the height its text needs at its current
/// width. A plain wrapped QLabel reports height-for-width instead, which Qt's layouts do not
/// pass up through a wizard, a dialog or a nested form: the window keeps its height and the
/// rows below the label are squeezed or clipped. With fixed hints that change when the width
/// does, every layout makes room for the whole text.
class WrappingLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappingLabel(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    /// The height the text needs at the current width, or -1 before the first layout.
    int neededHeight() const;
};
