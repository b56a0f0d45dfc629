#pragma once

#include <QString>

namespace cms {

// Latin pieces (ids, URIs, "field=value" lists, API paths) inside translated sentences, so that they
// read right in a right-to-left language (Arabic) as well (Unicode bidirectional algorithm).
namespace Bidi {

// FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE: the text keeps its own direction and does not
// reorder the sentence around it (a URI in an Arabic sentence, an Arabic name in an English one).
QString isolated(const QString &text);

// A piece (an id, a name) inside a translated sentence that cmsctl may print too: isolated() when
// the current locale (QLocale()) writes right to left, where the sentence would otherwise reorder it;
// unchanged otherwise, so that plain-text output stays free of invisible marks.
QString inSentence(const QString &text);

// Text made of Latin parts and separators ("name=Board, uri=board", "coSpaces/<id>/accessMethods")
// that must read left to right as a whole, whatever it holds: LEFT-TO-RIGHT ISOLATE … POP
// DIRECTIONAL ISOLATE when the current locale (QLocale()) writes right to left; unchanged otherwise,
// so that output in other languages stays plain text. (An isolate that guesses its direction would
// not do for a phone number: it has no strong letter, and Qt then lays it out right to left.)
QString leftToRight(const QString &text);

// Whether `text` holds a right-to-left letter.
bool hasRightToLeft(const QString &text);

} // namespace Bidi
} // namespace cms
