#pragma once

#include "diagnostics/traceentry.h"

#include <QObject>

namespace cms {

// A bounded record of API traffic with every secret taken out on the way in (Redaction): nothing
// secret is ever stored, emitted or printed.
class ApiTrace : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype DefaultCapacity = 500;

    explicit ApiTrace(QObject *parent = nullptr);

    // At most capacity() entries are kept, the oldest dropped first. 0 keeps none but still emits
    // entryAdded (for streaming, as `cmsctl --trace` does).
    qsizetype capacity() const { return m_capacity; }
    void setCapacity(qsizetype capacity);

    void record(const TraceEntry &entry);
    QList<TraceEntry> entries() const { return m_entries; }
    void clear();

    // Readable multi-line text: request line, headers and body (">"), status, headers and body ("<").
    static QString format(const TraceEntry &entry);
    // A curl command that repeats the request. Secrets come from shell variables that must be set
    // (CMS_USER, CMS_PASSWORD, CMS_<FIELD>): the command stops if one is missing, so a placeholder
    // is never sent as if it were real.
    static QString toCurl(const TraceEntry &entry);

Q_SIGNALS:
    void entryAdded(const cms::TraceEntry &entry);   // already redacted
    void cleared();

private:
    QList<TraceEntry> m_entries;
    qsizetype m_capacity = DefaultCapacity;
};

} // namespace cms
