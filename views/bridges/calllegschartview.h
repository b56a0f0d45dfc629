#pragma once

#include <QChartView>
#include <QList>
#include <QPointer>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace models {
class CallLegsHistory;
}

namespace views {

// Active call legs of one cluster over time: one line per call bridge (named after the bridge),
// time on the x axis in local time, legs on the y axis from 0 to a little above the peak. Follows
// the history incrementally: a new sample is one new point. Mirrors for right-to-left layouts.
class CallLegsChartView : public QChartView
{
    Q_OBJECT
public:
    explicit CallLegsChartView(QWidget *parent = nullptr);

    void setHistory(models::CallLegsHistory *history);
    models::CallLegsHistory *history() const;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateLegsTicks();
    void retranslateUi();
    void applyLayoutDirection();
    void rebuildSeries();
    void appendSample(int endpointIndex);
    void updateRanges();

    QPointer<models::CallLegsHistory> m_history;
    QList<QLineSeries *> m_series;   // by endpoint index, owned by the chart
    QDateTimeAxis *m_timeAxis;       // owned by the chart
    QValueAxis *m_legsAxis;          // owned by the chart
};

} // namespace views
