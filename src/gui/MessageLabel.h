#pragma once

#include "WrappingLabel.h"

#include <QString>

/// A line of feedback inside a form: an error, a notice or a confirmation, shown in its
/// own colours and hidden while empty. Forms keep it under the field or
/// button it is about.
class MessageLabel : public WrappingLabel
{
    Q_OBJECT

public:
    enum class Kind { None, Error, Notice, Success };
    Q_ENUM(Kind)

    explicit MessageLabel(QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }

    void showError(const QString &text);
    void showNotice(const QString &text);
    void showSuccess(const QString &text);
    void clearMessage();

    /// Checks a phone number as typed (Côte d'Ivoire by default). Shows why it is invalid,
    /// or clears the label; returns whether it is valid.
    bool checkPhoneNumber(const QString &typed);

private:
    void showMessage(Kind kind, const QString &text);

    Kind m_kind = Kind::None;
};
