#include "DemoData.h"

#include "Logging.h"
#include "PhoneNumber.h"
#include "SetupService.h"

#include <iterator>

using namespace Qt::StringLiterals;

namespace {

struct DemoPerson
{
    const char16_t *name;
    const char16_t *phone;
    const char16_t *role;
    bool active;
};

// Made-up numbers in the Ivorian 10-digit plan; names as Abidjan restaurants write them.
constexpr DemoPerson DemoStaff[] = {
    {u"Kouassi Aké", u"+2250500000002", u"manager", true},
    {u"Mariam Ouattara-Diallo", u"+2250100000009", u"manager", true},
    {u"Élodie Yao", u"+2250100000003", u"cashier", true},
    {u"Ehui Brou", u"+2250700000004", u"cashier", true},
    {u"Aya Koné", u"+2250500000011", u"cashier", true},
    {u"Fatou Traoré", u"+2250500000005", u"kitchen", true},
    {u"Zoé Bamba", u"+2250100000006", u"kitchen", true},
    {u"Ange-Désiré Gnagne", u"+2250700000010", u"kitchen", true},
    {u"Yéo Sita", u"+2250700000007", u"driver", true},
    {u"Konan N'Dri Kouamé", u"+2250500000008", u"driver", true},
    {u"Sékou Coulibaly", u"+2250100000012", u"driver", false},
};

} // namespace

QString DemoData::password()
{
    return u"Resto360-demo!"_s;
}

QString DemoData::ownerPhone()
{
    return u"07 00 00 00 01"_s;
}

QString DemoData::restaurantName()
{
    return u"Maquis Le Jardin d'Adjamé"_s;
}

int DemoData::staffCount()
{
    return static_cast<int>(std::size(DemoStaff)) + 1;
}

Outcome DemoData::create(SetupService &setup, bool *createdNow)
{
    if (createdNow)
        *createdNow = false;

    RestaurantSetup restaurant;
    restaurant.name = restaurantName();
    restaurant.phoneInput = u"+225 27 22 44 44 44"_s;
    restaurant.address = u"Rue des Jardins, Adjamé, Abidjan"_s;
    restaurant.ownerName = u"Adjoua N'Guessan"_s;
    restaurant.ownerPhoneInput = ownerPhone();
    restaurant.ownerPassword = password();

    DatabaseError error;
    const QString existing = setup.findRestaurant(restaurantName(), &error);
    if (error.isError())
        return Outcome::fromError(error);
    if (!existing.isEmpty())
        return Outcome::success(existing);

    Outcome created = setup.createRestaurantNow(restaurant);
    if (!created.ok)
        return created;
    const QString restaurantId = created.value;

    for (const DemoPerson &person : DemoStaff) {
        Outcome added = setup.addStaffNow(restaurantId, QString::fromUtf16(person.phone),
            QString::fromUtf16(person.name), QString::fromUtf16(person.role), password(), false);
        if (!added.ok)
            return added;
        if (!person.active) {
            Outcome deactivated = setup.setStaffActiveNow(added.value, false);
            if (!deactivated.ok)
                return deactivated;
        }
    }
    qCInfo(lcDb) << "Created the demo restaurant" << restaurantId;
    if (createdNow)
        *createdNow = true;
    return Outcome::success(restaurantId);
}
