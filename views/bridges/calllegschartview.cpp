#include "bridges/calllegschartview.h"

#include <QResizeEvent>

#include "bridges/calllegshistory.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <limits>

namespace views {

namespace {

// The y axis goes a little above the peak, to a multiple of five.
int legsAxisTop(int peak)
{
    const int wanted = peak + qMax(1, peak / 5);
    return qMax(5, (wanted + 4) / 5 * 5);
}

// The smallest of 1, 2, 5, 10, 20, 50… that cuts [0, top] into at most maxIntervals steps: whole
// numbers on every tick, however tall the chart.
int legsTickInterval(int top, int maxIntervals)
{
    for (int magnitude = 1;; magnitude *= 10) {
        for (int step : {1, 2, 5}) {
            if (top <= step * magnitude * qMax(1, maxIntervals))
                return step * magnitude;
        }
    }
}

constexpr qint64 MinimumSpanMs = 60 * 1000;

} // namespace

CallLegsChartView::CallLegsChartView(QWidget *parent)
    : QChartView(parent)
    , m_timeAxis(new QDateTimeAxis)
    , m_legsAxis(new QValueAxis)
{
    setObjectName(QStringLiteral("callLegsChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);

    QChart *chart = this->chart();   // owned by the view
    chart->setBackgroundRoundness(0);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setLocalizeNumbers(true);
    chart->legend()->setAlignment(Qt::AlignBottom);

    // "%d" draws no labels at all in Qt Charts 6.4 when numbers are localized; "%.0f" does the same job.
    m_legsAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_legsAxis->setTickType(QValueAxis::TicksDynamic);
    m_legsAxis->setTickAnchor(0);
    m_legsAxis->setTickInterval(1);
    m_legsAxis->setMinorTickCount(0);
    m_legsAxis->setRange(0, legsAxisTop(0));
    m_timeAxis->setTickCount(5);
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_legsAxis, Qt::AlignLeft);

    applyLayoutDirection();
    retranslateUi();
    updateRanges();
}

void CallLegsChartView::setHistory(models::CallLegsHistory *history)
{
    if (m_history == history)
        return;
    if (m_history)
        m_history->disconnect(this);
    m_history = history;
    if (m_history) {
        connect(m_history, &models::CallLegsHistory::sampleAdded, this, &CallLegsChartView::appendSample);
        connect(m_history, &models::CallLegsHistory::reset, this, &CallLegsChartView::rebuildSeries);
        connect(m_history, &QObject::destroyed, this, &CallLegsChartView::rebuildSeries);
    }
    rebuildSeries();
}

models::CallLegsHistory *CallLegsChartView::history() const
{
    return m_history;
}

void CallLegsChartView::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        retranslateUi();
        break;
    case QEvent::LocaleChange:
        retranslateUi();   // the time format and the digits follow the locale
        updateRanges();
        break;
    case QEvent::LayoutDirectionChange:
        applyLayoutDirection();
        break;
    default:
        break;
    }
    QChartView::changeEvent(event);
}

void CallLegsChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    // As many ticks as fit with room for their labels (about 28 px each), so that a short chart
    // keeps readable numbers instead of elided ones.
    updateLegsTicks();
}

void CallLegsChartView::updateLegsTicks()
{
    const int plotHeight = int(chart()->plotArea().height());
    const int maxIntervals = qBound(1, plotHeight / 28, 5);
    m_legsAxis->setTickInterval(legsTickInterval(int(m_legsAxis->max()), maxIntervals));
}

void CallLegsChartView::retranslateUi()
{
    chart()->setTitle(tr("Active call legs"));
    setAccessibleName(tr("Active call legs"));
    chart()->setLocale(QLocale());   // the default locale follows the language chosen at run time
    // The chart spans minutes: the locale's short time with the seconds added.
    QString timeFormat = QLocale().timeFormat(QLocale::ShortFormat);
    if (!timeFormat.contains(QLatin1String("ss")))
        timeFormat.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    m_timeAxis->setFormat(timeFormat);
    setToolTip(tr("Active call legs of each call bridge, as its status reports them."));
}

// Right to left, time runs from right to left, the legs axis stands on the right and the legend
// lists the bridges in reading order.
void CallLegsChartView::applyLayoutDirection()
{
    const bool rightToLeft = layoutDirection() == Qt::RightToLeft;
    QChart *chart = this->chart();
    chart->setLayoutDirection(layoutDirection());
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setReverseMarkers(rightToLeft);
    m_timeAxis->setReverse(rightToLeft);

    const Qt::Alignment legsSide = rightToLeft ? Qt::AlignRight : Qt::AlignLeft;
    if (m_legsAxis->alignment() == legsSide)
        return;
    chart->removeAxis(m_legsAxis);   // gives the axis back to us, detached from every series
    chart->addAxis(m_legsAxis, legsSide);
    for (QLineSeries *series : std::as_const(m_series))
        series->attachAxis(m_legsAxis);
}

void CallLegsChartView::rebuildSeries()
{
    QChart *chart = this->chart();
    for (QLineSeries *series : std::as_const(m_series)) {
        chart->removeSeries(series);
        delete series;
    }
    m_series.clear();

    if (m_history) {
        for (int i = 0; i < m_history->bridgeCount(); ++i) {
            appendSample(i);   // creates the series of the bridge
            QLineSeries *series = m_series.at(i);
            QList<QPointF> points;
            for (const models::CallLegsHistory::Sample &sample : m_history->samples(i))
                points.append(QPointF(qreal(sample.time.toMSecsSinceEpoch()), sample.callLegsActive));
            series->replace(points);
        }
    }
    updateRanges();
}

void CallLegsChartView::appendSample(int endpointIndex)
{
    if (!m_history || endpointIndex < 0)
        return;
    QChart *chart = this->chart();
    while (m_series.size() <= endpointIndex) {
        auto *series = new QLineSeries;
        chart->addSeries(series);   // the chart owns it
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_legsAxis);
        m_series.append(series);
    }
    QLineSeries *series = m_series.at(endpointIndex);
    const QString name = m_history->bridgeName(endpointIndex);
    if (series->name() != name)
        series->setName(name);

    const QList<models::CallLegsHistory::Sample> samples = m_history->samples(endpointIndex);
    if (samples.isEmpty())
        return;
    // The history drops its oldest samples; the series keeps the same number of points.
    while (series->count() >= samples.size())
        series->remove(0);
    const models::CallLegsHistory::Sample &last = samples.constLast();
    series->append(qreal(last.time.toMSecsSinceEpoch()), last.callLegsActive);
    updateRanges();
}

void CallLegsChartView::updateRanges()
{
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    for (const QLineSeries *series : std::as_const(m_series)) {
        if (series->count() == 0)
            continue;
        first = qMin(first, qint64(series->at(0).x()));
        last = qMax(last, qint64(series->at(series->count() - 1).x()));
    }
    if (first > last)   // nothing yet: the last minute
        first = last = QDateTime::currentMSecsSinceEpoch();
    // At least a minute, ending with the newest sample: the lines grow from the newest edge.
    first = qMin(first, last - MinimumSpanMs);
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(last));
    m_legsAxis->setRange(0, legsAxisTop(m_history ? m_history->peak() : 0));
    updateLegsTicks();
}

} // namespace views
