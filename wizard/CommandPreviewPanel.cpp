#include "CommandPreviewPanel.h"

#include "jobs/StepRunner.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace puw {

CommandPreviewPanel::CommandPreviewPanel(StepId step, StepRunner* runner, QWidget* parent)
    : QWidget(parent), m_step(step), m_runner(runner)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    m_show = new QPushButton(tr("Show the co&mmands"), this);
    m_show->setAccessibleName(tr("Show the commands of step %1").arg(stepNumber(step)));
    m_show->setToolTip(tr("Lists what this step will run on each host, without running anything."));
    row->addWidget(m_show);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setAccessibleName(tr("About the commands of step %1").arg(stepNumber(step)));
    row->addWidget(m_note, 1);
    layout->addLayout(row);

    m_list = new QPlainTextEdit(this);
    m_list->setReadOnly(true);
    m_list->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_list->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_list->setAccessibleName(tr("Commands step %1 will run").arg(stepNumber(step)));
    m_list->setVisible(false);
    layout->addWidget(m_list);

    connect(m_show, &QPushButton::clicked, this, &CommandPreviewPanel::toggle);
    connect(runner, &StepRunner::stepPreviewed, this, [this](const StepPreview& preview) {
        if (preview.step == m_step && m_waiting)
            showPreview(preview);
    });
}

void CommandPreviewPanel::setBusy(bool busy)
{
    m_show->setEnabled(!busy || m_list->isVisible());
}

void CommandPreviewPanel::toggle()
{
    if (m_list->isVisible()) {
        m_list->setVisible(false);
        m_note->clear();
        m_show->setText(tr("Show the co&mmands"));
        return;
    }
    m_waiting = m_runner->preview(m_step, m_options ? m_options() : QVariantMap{});
    if (m_waiting)
        //: shown while the list of a step's commands is being made (it takes a moment)
        m_note->setText(tr("Listing…"));
}

void CommandPreviewPanel::showPreview(const StepPreview& preview)
{
    m_waiting = false;
    m_list->setPlainText(describe(preview));
    m_list->setVisible(true);
    m_show->setText(tr("Hide the co&mmands"));
    if (!preview.complete)
        //: %1 why the dry run of the step stopped before its end
        m_note->setText(tr("The list stops where the step needs what an earlier step finds out: %1")
                            .arg(preview.summary));
    else
        m_note->setText(tr("%n command(s), none of them run yet. The report lists what did run.", nullptr,
                           int(preview.commands.size())));
}

QString CommandPreviewPanel::describe(const StepPreview& preview)
{
    if (preview.commands.isEmpty())
        return tr("This step runs no command on the hosts.");
    QStringList lines;
    const int width = int(QString::number(preview.commands.size()).size());
    for (qsizetype index = 0; index < preview.commands.size(); ++index) {
        const CommandRecord& command = preview.commands.at(index);
        lines.append(QStringLiteral("%1  %2 $ %3").arg(index + 1, width).arg(command.host, command.command));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace puw
