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

    // Each returns whether the journal holds the record now.
    bool operator()(const LogLine&) const { return true; }
    bool operator()(const CommandRecord& command) const
    {
        return journal.recordCommand(session, command) > 0;
    }
    bool operator()(const CheckRecord& check) const { return journal.recordCheck(session, check) > 0; }
    bool operator()(const ArtefactRecord& artefact) const
    {
        return journal.recordArtefact(session, artefact) > 0;
    }
    bool operator()(const SessionValue& value) const
    {
        return journal.setValue(session, value.key, value.value);
    }
    bool operator()(const StepProgress&) const { return true; }
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
    if (m_controller.hasSession() &&
        !std::visit(Writing{m_controller.journal(), m_controller.sessionId()}, event.payload) &&
        m_writeError.isEmpty())
        m_writeError = m_controller.journal().lastError();
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
