#include "demonames.h"

#include <iterator>

namespace cmssim::demo {

namespace {

// A word as written and its ASCII form for URIs and JIDs. Source files are UTF-8.
struct Word
{
    const char *text;
    const char *ascii;
};

const Word kFrenchGiven[] = {
    {"Élodie", "elodie"}, {"Camille", "camille"}, {"Théo", "theo"}, {"Chloé", "chloe"},
    {"Hélène", "helene"}, {"François", "francois"}, {"Léa", "lea"}, {"Mathieu", "mathieu"},
    {"Amélie", "amelie"}, {"Jérôme", "jerome"}, {"Inès", "ines"}, {"Benoît", "benoit"},
    {"Margaux", "margaux"}, {"Raphaël", "raphael"}, {"Zoé", "zoe"}, {"Gaëlle", "gaelle"},
};
const Word kFrenchFamily[] = {
    {"Marchand", "marchand"}, {"Lefèvre", "lefevre"}, {"Dubois", "dubois"}, {"Moreau", "moreau"},
    {"Girard", "girard"}, {"Rousseau", "rousseau"}, {"Faure", "faure"}, {"Bérard", "berard"},
    {"Lemaître", "lemaitre"}, {"Chevalier", "chevalier"}, {"Gauthier", "gauthier"}, {"Mercier", "mercier"},
    {"Duval", "duval"}, {"Roux", "roux"}, {"Fontaine", "fontaine"},
};
const Word kKoreanGiven[] = {
    {"민준", "minjun"}, {"서연", "seoyeon"}, {"지호", "jiho"}, {"하은", "haeun"},
    {"도윤", "doyun"}, {"수아", "sua"}, {"예준", "yejun"}, {"지우", "jiwoo"},
    {"서준", "seojun"}, {"하린", "harin"}, {"은지", "eunji"}, {"현우", "hyunwoo"},
};
const Word kKoreanFamily[] = {
    {"김", "kim"}, {"이", "lee"}, {"박", "park"}, {"최", "choi"}, {"정", "jung"}, {"강", "kang"},
    {"조", "cho"}, {"윤", "yoon"}, {"장", "jang"}, {"임", "lim"}, {"한", "han"}, {"오", "oh"},
};
const Word kArabicGiven[] = {
    {"ليلى", "layla"}, {"عمر", "omar"}, {"فاطمة", "fatima"}, {"يوسف", "youssef"},
    {"نور", "nour"}, {"خالد", "khaled"}, {"مريم", "mariam"}, {"أحمد", "ahmed"},
    {"سارة", "sara"}, {"كريم", "karim"}, {"هدى", "huda"}, {"طارق", "tarek"},
};
const Word kArabicFamily[] = {
    {"حداد", "haddad"}, {"الخطيب", "alkhatib"}, {"منصور", "mansour"}, {"النجار", "alnajjar"},
    {"عيسى", "issa"}, {"الشامي", "alshami"}, {"حسن", "hassan"}, {"سليمان", "suleiman"},
    {"العلي", "alali"}, {"صالح", "saleh"}, {"قاسم", "qasim"}, {"عثمان", "othman"},
};
const Word kEnglishGiven[] = {
    {"John", "john"}, {"Emily", "emily"}, {"Michael", "michael"}, {"Sarah", "sarah"},
    {"David", "david"}, {"Olivia", "olivia"}, {"James", "james"}, {"Grace", "grace"},
    {"Daniel", "daniel"}, {"Hannah", "hannah"}, {"Thomas", "thomas"}, {"Rachel", "rachel"},
};
const Word kEnglishFamily[] = {
    {"Carter", "carter"}, {"Bennett", "bennett"}, {"Hughes", "hughes"}, {"Mitchell", "mitchell"},
    {"Turner", "turner"}, {"Parker", "parker"}, {"Collins", "collins"}, {"Reed", "reed"},
    {"Foster", "foster"}, {"Walsh", "walsh"}, {"Hayes", "hayes"}, {"Brooks", "brooks"},
};

const Word kFrenchRooms[] = {
    {"Salle Monet", "salle.monet"}, {"Salle Rodin", "salle.rodin"}, {"Salle Debussy", "salle.debussy"},
    {"Salle Eiffel", "salle.eiffel"}, {"Salle Lumière", "salle.lumiere"}, {"Salle Colette", "salle.colette"},
    {"Salle de conférence Voltaire", "conference.voltaire"}, {"Réunion d'équipe", "reunion.equipe"},
    {"Point hebdomadaire", "point.hebdo"}, {"Comité de direction", "comite.direction"},
    {"Atelier produit", "atelier.produit"}, {"Revue de projet", "revue.projet"},
    {"Bureau des ventes", "bureau.ventes"},
};
const Word kKoreanRooms[] = {
    {"대회의실", "daehoeuisil"}, {"소회의실", "sohoeuisil"}, {"회의실 한라", "hoeuisil.halla"},
    {"회의실 백두", "hoeuisil.baekdu"}, {"회의실 설악", "hoeuisil.seorak"}, {"주간 회의", "jugan.hoeui"},
    {"개발팀 회의", "gaebal.hoeui"}, {"영업 회의", "yeongeop.hoeui"}, {"임원 회의", "imwon.hoeui"},
    {"신입 교육", "sinip.gyoyuk"}, {"제품 검토", "jepum.geomto"}, {"서울 스튜디오", "seoul.studio"},
};
const Word kArabicRooms[] = {
    {"قاعة الاجتماعات الكبرى", "qaa.kubra"}, {"قاعة النخيل", "qaa.nakheel"}, {"قاعة اللؤلؤ", "qaa.lulu"},
    {"قاعة الصحراء", "qaa.sahraa"}, {"قاعة الواحة", "qaa.waha"}, {"قاعة المنارة", "qaa.manara"},
    {"اجتماع الفريق", "ijtima.fareeq"}, {"الاجتماع الأسبوعي", "ijtima.usbui"},
    {"مراجعة المشروع", "muraja.mashroo"}, {"ورشة العمل", "warshat.amal"}, {"فريق المبيعات", "fareeq.mabiaat"},
};
const Word kEnglishRooms[] = {
    {"Boardroom", "boardroom"}, {"All Hands", "allhands"}, {"Design Review", "design.review"},
    {"Daily Stand-up", "standup"}, {"Sales Pipeline", "sales.pipeline"}, {"Thames Room", "thames"},
    {"Oak Room", "oak"}, {"Innovation Lab", "innovation.lab"}, {"Support Escalations", "support.escalations"},
    {"Engineering Sync", "engineering.sync"}, {"Customer Briefing", "customer.briefing"},
    {"Training Room", "training"},
};

const char *const kTenants[] = {
    "Siège de Paris", "서울 지사", "فرع دبي", "London Office", "Agence de Lyon", "부산 지사",
    "فرع الرياض", "New York Office", "Bureau de Montréal", "대전 연구소", "فرع القاهرة", "Sydney Office",
};

const char *const kVideoSystems[] = {
    "Salle Rodin SX80", "Paris Accueil", "회의실 한라 Room Kit", "서울 로비", "قاعة النخيل Webex Room",
    "مكتب دبي", "Boardroom Codec Pro", "London Desk Pro", "Lyon Board 55", "New York Room 70",
};

QString text(const Word &w)
{
    return QString::fromUtf8(w.text);
}

QString ascii(const Word &w)
{
    return QString::fromLatin1(w.ascii);
}

template<size_t N>
const Word &pick(QRandomGenerator &rng, const Word (&words)[N])
{
    return words[rng.bounded(int(N))];
}

struct RoomList
{
    const Word *words;
    int size;
    Language language;
};

const RoomList kRoomLists[] = {
    {kFrenchRooms, int(std::size(kFrenchRooms)), Language::French},
    {kKoreanRooms, int(std::size(kKoreanRooms)), Language::Korean},
    {kArabicRooms, int(std::size(kArabicRooms)), Language::Arabic},
    {kEnglishRooms, int(std::size(kEnglishRooms)), Language::English},
};

} // namespace

Language randomLanguage(QRandomGenerator &rng)
{
    return Language(rng.bounded(4));
}

Person randomPerson(QRandomGenerator &rng)
{
    return randomPerson(rng, randomLanguage(rng));
}

Person randomPerson(QRandomGenerator &rng, Language language)
{
    Person p;
    p.language = language;
    switch (language) {
    case Language::French: {
        const Word &given = pick(rng, kFrenchGiven);
        const Word &family = pick(rng, kFrenchFamily);
        p.name = text(given) + QLatin1Char(' ') + text(family);
        p.jidLocal = ascii(given) + QLatin1Char('.') + ascii(family);
        break;
    }
    case Language::Korean: {
        // Korean names are written family name first, without a space.
        const Word &given = pick(rng, kKoreanGiven);
        const Word &family = pick(rng, kKoreanFamily);
        p.name = text(family) + text(given);
        p.jidLocal = ascii(given) + QLatin1Char('.') + ascii(family);
        break;
    }
    case Language::Arabic: {
        const Word &given = pick(rng, kArabicGiven);
        const Word &family = pick(rng, kArabicFamily);
        p.name = text(given) + QLatin1Char(' ') + text(family);
        p.jidLocal = ascii(given) + QLatin1Char('.') + ascii(family);
        break;
    }
    case Language::English: {
        const Word &given = pick(rng, kEnglishGiven);
        const Word &family = pick(rng, kEnglishFamily);
        p.name = text(given) + QLatin1Char(' ') + text(family);
        p.jidLocal = ascii(given) + QLatin1Char('.') + ascii(family);
        break;
    }
    }
    return p;
}

int roomCount()
{
    int n = 0;
    for (const RoomList &list : kRoomLists)
        n += list.size;
    return n;
}

Room room(int index)
{
    for (const RoomList &list : kRoomLists) {
        if (index < list.size)
            return {text(list.words[index]), ascii(list.words[index]), list.language};
        index -= list.size;
    }
    return {};
}

QString tenantName(int index)
{
    const int n = int(std::size(kTenants));
    const QString base = QString::fromUtf8(kTenants[index % n]);
    return index < n ? base : QStringLiteral("%1 %2").arg(base).arg(index / n + 1);
}

QString personalSpaceName(const Person &owner)
{
    switch (owner.language) {
    case Language::French:
        return QString::fromUtf8("Espace de %1").arg(owner.name);
    case Language::Korean:
        return QString::fromUtf8("%1의 회의실").arg(owner.name);
    case Language::Arabic:
        return QString::fromUtf8("مساحة %1").arg(owner.name);
    case Language::English:
        break;
    }
    return QStringLiteral("%1's space").arg(owner.name);
}

QString accessMethodName(Language language, bool host)
{
    switch (language) {
    case Language::French:
        return QString::fromUtf8(host ? "Accès organisateur" : "Accès invités");
    case Language::Korean:
        return QString::fromUtf8(host ? "호스트 입장" : "게스트 입장");
    case Language::Arabic:
        return QString::fromUtf8(host ? "دخول المضيف" : "دخول الضيوف");
    case Language::English:
        break;
    }
    return host ? QStringLiteral("Host access") : QStringLiteral("Guest access");
}

QString videoSystemName(QRandomGenerator &rng)
{
    return QString::fromUtf8(kVideoSystems[rng.bounded(int(std::size(kVideoSystems)))]);
}

QString sipEndpointUri(QRandomGenerator &rng)
{
    return QStringLiteral("room-%1@video.example").arg(100 + rng.bounded(900));
}

QString lyncUri(const Person &person)
{
    return person.jidLocal + QStringLiteral("@lync.example");
}

} // namespace cmssim::demo
