#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QLineEdit;
class WrappingLabel;

/// Checks a new password typed twice against PasswordPolicy as the person types, and shows
/// what is wrong in two labels of the form. The form owns the fields and labels, so they
/// line up with its other rows; this object only watches them.
class PasswordFeedback : public QObject
{
    Q_OBJECT

public:
    /// rulesLabel shows the rules, then whether the password meets them; mismatchLabel is
    /// visible only while the confirmation differs from a fully typed password.
    PasswordFeedback(QLineEdit *passwordLineEdit, QLineEdit *confirmationLineEdit,
        WrappingLabel *rulesLabel, WrappingLabel *mismatchLabel, QObject *parent = nullptr);

    /// The phone number, names and restaurant name the password must not contain.
    void setPersonalWords(const QStringList &words);

    QString password() const;

    /// True when the password meets the rules and both fields match.
    bool isAcceptable() const;

    /// The first problem as a translated sentence, or an empty string when acceptable.
    QString problem() const;

    void clear();

signals:
    /// The password or its confirmation changed; isAcceptable() may have changed.
    void passwordEdited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateFeedback();

    QLineEdit *m_passwordLineEdit;
    QLineEdit *m_confirmationLineEdit;
    WrappingLabel *m_rulesLabel;
    WrappingLabel *m_mismatchLabel;
    QStringList m_personalWords;
};
