#pragma once

#include <QRandomGenerator>
#include <QString>

namespace cmssim::demo {

// The languages of the demo data: the console speaks French, Korean and Arabic besides English.
enum class Language { French, Korean, Arabic, English };

struct Person
{
    QString name;       // as its owner writes it: "Élodie Marchand", "김민준", "ليلى حداد"
    QString jidLocal;   // ASCII, lower case: "elodie.marchand", "minjun.kim", "layla.haddad"
    Language language = Language::English;
};

struct Room
{
    QString name;       // "Salle Monet", "회의실 한라", "قاعة النخيل", "Boardroom"
    QString slug;       // ASCII URI user part, lower case: "salle.monet"
    Language language = Language::English;
};

Language randomLanguage(QRandomGenerator &rng);
Person randomPerson(QRandomGenerator &rng);
Person randomPerson(QRandomGenerator &rng, Language language);

// Meeting rooms of every language; room(i) for i in [0, roomCount()).
int roomCount();
Room room(int index);

QString tenantName(int index);            // numbered once the list is used up
QString personalSpaceName(const Person &owner);
QString accessMethodName(Language language, bool host);
QString videoSystemName(QRandomGenerator &rng);   // a room system calling in over SIP
QString sipEndpointUri(QRandomGenerator &rng);    // "room-123@video.example"
QString lyncUri(const Person &person);            // "layla.haddad@lync.example"

} // namespace cmssim::demo
