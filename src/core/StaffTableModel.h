#pragma once

#include "DatabaseError.h"

#include <QSqlQueryModel>
#include <QString>

/// The current restaurant's staff for the staff page: name, phone, role and status, sorted
/// by name with French collation. Every query filters by the restaurant set with
/// setRestaurantId(); with none set, the model is empty. Row-level security would hide
/// other restaurants' rows anyway; the filter is a second line.
class StaffTableModel : public QSqlQueryModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, PhoneColumn, RoleColumn, StatusColumn, ColumnCount };
    enum ItemRole {
        StaffIdRole = Qt::UserRole + 1,
        RoleKeyRole,
        ActiveRole,
        VersionRole,
        UserIdRole,
    };

    explicit StaffTableModel(QString connectionName, QObject *parent = nullptr);

    void setRestaurantId(const QString &restaurantId);
    QString restaurantId() const { return m_restaurantId; }

    /// Shows deactivated staff too when true (the default).
    void setShowInactive(bool show);
    /// Keeps rows whose name contains text, ignoring case and accents, or whose phone
    /// contains its digits.
    void setFilterText(const QString &text);

    /// Runs the query again; returns false and keeps the error when it fails.
    bool reload();
    DatabaseError lastDatabaseError() const { return m_lastError; }

    /// The row of a staff member, or -1.
    int rowOfStaff(const QString &staffId) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QVariant rawValue(int row, int field) const;

    QString m_connectionName;
    QString m_restaurantId;
    QString m_filterText;
    bool m_showInactive = true;
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    DatabaseError m_lastError;
};
