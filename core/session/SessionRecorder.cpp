#include "SessionRecorder.h"

#include "SessionController.h"

namespace puw {

namespace {
// One overload per kind of event: the compiler refuses a new kind that is not handled here.
struct Redacting {
    const Redactor& redactor;

    void operator()(LogLine& line) const { line.text = redactor.redact(line.text); }
    void operator()(CommandRecord& command) const
    {
        command.command = redactor.redact(command.command);
        command.output = redactor.redact(command.output);
    }
    void operator()(CheckRecord& check) const
    {
        check.name = redactor.redact(check.name);
        check.detail = redactor.redact(check.detail);
    }
    void operator()(ArtefactRecord& artefact) const { artefact.path = redactor.redact(artefact.path); }
    void operator()(SessionValue& value) const { value.value = redactor.redact(value.value); }
    void operator()(StepProgress& progress) const { progress.what = redactor.redact(progress.what); }
};

struct Writing {
    Journal& journal;
    qint64 session;

    void operator()(const LogLine&) const {}
    void operator()(const CommandRecord& command) const { journal.recordCommand(session, command); }
    void operator()(const CheckRecord& check) const { journal.recordCheck(session, check); }
    void operator()(const ArtefactRecord& artefact) const { journal.recordArtefact(session, artefact); }
    void operator()(const SessionValue& value) const { journal.setValue(session, value.key, value.value); }
    void operator()(const StepProgress&) const {}
};
} // namespace

JobEvent redacted(const JobEvent& event, const Redactor& redactor)
{
    JobEvent copy = event;
    std::visit(Redacting{redactor}, copy.payload);
    return copy;
}

SessionRecorder::SessionRecorder(SessionController& controller) : m_controller(controller) {}

JobEvent SessionRecorder::record(const JobEvent& event)
{
    // The journal redacts what it stores itself; a session exists once a step has been marked running.
    if (m_controller.hasSession())
        std::visit(Writing{m_controller.journal(), m_controller.sessionId()}, event.payload);
    return redacted(event, m_controller.journal().redactor());
}

void SessionRecorder::setValue(const QString& key, const QString& value)
{
    record({StepId::InstallNew, SessionValue{key, value}});
}

QString SessionRecorder::redact(const QString& text) const
{
    return m_controller.journal().redactor().redact(text);
}

} // namespace puw
