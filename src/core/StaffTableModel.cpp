#include "StaffTableModel.h"

#include "PhoneNumber.h"
#include "Role.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

// Field positions in the query below.
enum Field { IdField, NameField, PhoneField, RoleField, ActiveField, VersionField, UserIdField };

} // namespace

StaffTableModel::StaffTableModel(QString connectionName, QObject *parent)
    : QSqlQueryModel(parent)
    , m_connectionName(std::move(connectionName))
{
}

void StaffTableModel::setRestaurantId(const QString &restaurantId)
{
    m_restaurantId = restaurantId;
    reload();
}

void StaffTableModel::setShowInactive(bool show)
{
    if (m_showInactive == show)
        return;
    m_showInactive = show;
    reload();
}

void StaffTableModel::setFilterText(const QString &text)
{
    if (m_filterText == text)
        return;
    m_filterText = text;
    reload();
}

bool StaffTableModel::reload()
{
    m_lastError = {};
    if (m_restaurantId.isEmpty()) {
        clear();
        return true;
    }

    // Names sort with French rules (Ehui, Élodie, Fatou); the collation comes with ICU.
    QString orderBy;
    const QString direction = m_sortOrder == Qt::AscendingOrder ? u"asc"_s : u"desc"_s;
    switch (m_sortColumn) {
    case PhoneColumn:
        orderBy = u"phone %1, display_name collate \"fr-x-icu\""_s.arg(direction);
        break;
    case RoleColumn:
        orderBy = u"role_rank %1, display_name collate \"fr-x-icu\""_s.arg(direction);
        break;
    case StatusColumn:
        orderBy = u"active %1, display_name collate \"fr-x-icu\""_s.arg(
            direction == u"asc"_s ? u"desc"_s : u"asc"_s);
        break;
    default:
        orderBy = u"display_name collate \"fr-x-icu\" %1, role_rank"_s.arg(direction);
        break;
    }

    QString sql = u"select id, display_name, phone, role, active, version, user_id "
                  "from app.staff_directory where restaurant_id = ?"_s;
    if (!m_showInactive)
        sql += u" and active"_s;
    const QString filter = m_filterText.trimmed();
    if (!filter.isEmpty()) {
        sql += u" and (app.search_key(display_name) like '%' || app.search_key(?) || '%'"
               " or phone like '%' || ? || '%')"_s;
    }
    sql += u" order by "_s + orderBy;

    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(sql);
    query.addBindValue(m_restaurantId);
    if (!filter.isEmpty()) {
        QString escaped = filter;
        escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        query.addBindValue(escaped);
        QString digits;
        for (const QChar c : filter) {
            if (c.isDigit())
                digits += c;
        }
        query.addBindValue(digits.isEmpty() ? escaped : digits);
    }
    if (!query.exec()) {
        m_lastError = DatabaseError::fromSqlError(query.lastError(), "load staff list");
        clear();
        return false;
    }
    setQuery(std::move(query));
    while (canFetchMore())
        fetchMore();
    return true;
}

int StaffTableModel::rowOfStaff(const QString &staffId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (rawValue(row, IdField).toString() == staffId)
            return row;
    }
    return -1;
}

int StaffTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StaffTableModel::rawValue(int row, int field) const
{
    // The query has more fields than the view has columns, so ask the base class directly.
    return QSqlQueryModel::data(createIndex(row, field), Qt::DisplayRole);
}

QVariant StaffTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();

    switch (role) {
    case StaffIdRole:
        return rawValue(row, IdField);
    case RoleKeyRole:
        return rawValue(row, RoleField);
    case ActiveRole:
        return rawValue(row, ActiveField);
    case VersionRole:
        return rawValue(row, VersionField);
    case UserIdRole:
        return rawValue(row, UserIdField);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }

    switch (index.column()) {
    case NameColumn:
        return rawValue(row, NameField);
    case PhoneColumn:
        return PhoneNumber::parse(rawValue(row, PhoneField).toString()).formatted();
    case RoleColumn: {
        const std::optional<Role> parsed = Roles::fromKey(rawValue(row, RoleField).toString());
        return parsed ? Roles::displayName(*parsed) : rawValue(row, RoleField);
    }
    case StatusColumn:
        return rawValue(row, ActiveField).toBool() ? tr("Active") : tr("Deactivated");
    default:
        return {};
    }
}

QVariant StaffTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QSqlQueryModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case PhoneColumn:
        return tr("Phone");
    case RoleColumn:
        return tr("Role");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

void StaffTableModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}
