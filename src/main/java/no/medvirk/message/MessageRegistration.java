package no.medvirk.message;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.medvirk.engine.AsyncContinuations;
import no.medvirk.forms.InvalidInputException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * M1, M2: a message gets its case number and its record, and its lifecycle starts. A message with a
 * case number is in the database: the lifecycle's first step is an asynchronous continuation after the
 * record is written, taken in the same transaction when the registration asks for it ({@link FirstStep#AT_ONCE},
 * through {@link RegistrationTransaction}, which registers again without it if it fails), else by the job
 * executor; either way a failing step is an incident to repair, never a lost message.
 */
@Service
public class MessageRegistration {

    /** Where a registered message's first step (routing, or the service centre's registration task) is taken. */
    public enum FirstStep {
        /** In the registration's transaction ({@link RegistrationTransaction}), so the unit sees the task at once. */
        AT_ONCE,
        /** By the job executor, after the registration has committed. */
        BY_THE_JOB_EXECUTOR
    }

    private final Messages messages;
    private final CaseNumbers caseNumbers;
    private final SubjectAreas subjectAreas;
    private final RuntimeService runtimeService;
    private final MessageRulesTable rules;
    private final Clock clock;
    private final MessageMetrics metrics;
    private final Districts districts;
    private final Photos photos;
    private final CitizenLinks links;
    private final AsyncContinuations continuations;

    MessageRegistration(Messages messages, CaseNumbers caseNumbers, SubjectAreas subjectAreas,
                        RuntimeService runtimeService, MessageRulesTable rules, Clock clock, MessageMetrics metrics,
                        Districts districts, Photos photos, CitizenLinks links, AsyncContinuations continuations) {
        this.messages = messages;
        this.caseNumbers = caseNumbers;
        this.subjectAreas = subjectAreas;
        this.runtimeService = runtimeService;
        this.rules = rules;
        this.clock = clock;
        this.metrics = metrics;
        this.districts = districts;
        this.photos = photos;
        this.links = links;
        this.continuations = continuations;
    }

    /** A message registered in full (by the service centre's own system, through the API). */
    @Transactional
    public Message register(MessageInput input) {
        return register(input, FirstStep.BY_THE_JOB_EXECUTOR);
    }

    /** A message registered in full, routed {@code AT_ONCE} or by the job executor. */
    @Transactional
    public Message register(MessageInput input, FirstStep firstStep) {
        Message message = record(input, true);
        Map<String, Object> variables = MessageVariables.registered(message);
        variables.put(MessageVariables.RECORDED, true);
        start(message, variables, firstStep);
        return message;
    }

    /**
     * A message that came in by itself (web form, mailbox, Open311): recorded with its case number at
     * once, registered by the service centre in Task_RegisterMessage, due the same working day.
     */
    @Transactional
    public Message receive(MessageInput input) {
        return receive(input, List.of());
    }

    /** A received message with the files that came with it, kept on its record. */
    @Transactional
    public Message receive(MessageInput input, List<Attachment> attachments) {
        return receive(input, attachments, null, FirstStep.BY_THE_JOB_EXECUTOR);
    }

    /** A received message with the photos of the problem (checked by {@link Photos#check} before). */
    @Transactional
    public Message receive(MessageInput input, Photos.Checked photos, FirstStep firstStep) {
        return receive(input, List.of(), photos, firstStep);
    }

    /**
     * The message's own checks, before anything is stored: so that a form refused for a photo also names
     * what else is wrong, all at once.
     *
     * @throws InvalidInputException naming each field that is wrong
     */
    public void check(MessageInput input) {
        input.check(false, subjectAreas.all(), clock.instant(), clock.getZone());
    }

    private Message receive(MessageInput input, List<Attachment> attachments, Photos.Checked checkedPhotos,
                            FirstStep firstStep) {
        Message message = record(input, false);
        attachments.forEach(message::attach);
        if (checkedPhotos != null) {
            photos.keep(message, checkedPhotos);
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(MessageVariables.CASE_NUMBER, message.getCaseNumber());
        variables.put(MessageVariables.RECORDED, true);
        variables.put(MessageVariables.REGISTERED, false);
        variables.put(MessageVariables.REGISTRATION_DUE,
                Date.from(RegistrationDue.after(message.getReceivedAt(), clock.getZone())));
        start(message, variables, firstStep);
        return message;
    }

    /** The service centre's start form in Tasklist: the lifecycle is already running. */
    Message recordFromStartForm(MessageInput input) {
        return record(input, true);
    }

    /** Task_RegisterMessage: the service centre checks and classifies a received message. */
    Message completeRegistration(String caseNumber, MessageInput input) {
        MessageInput.Checked checked = input.check(true, subjectAreas.all(), clock.instant(), clock.getZone());
        Message message = messages.get(caseNumber);
        message.correct(checked.channel(), checked.receivedAt(), checked.text(), checked.submitter());
        if (input.place() != null) {
            Place before = message.getPlace();
            Place corrected = new Place(checked.place().text(), before.lat(), before.lon());
            message.locate(corrected, districts.of(corrected), message.getMediaUrl());
        }
        message.register(checked.kind(), checked.subjectArea(), checked.political(), checked.external(),
                ZonedDateTime.now(clock), rules.decide(checked.kind(), checked.subjectArea(), checked.channel()));
        return message;
    }

    /**
     * The case a message joins as a duplicate, from the case number the registration form names (the case it
     * names may itself have joined another: then that one); null when the form names none.
     *
     * @throws InvalidInputException when the number is no case number, names no case, or this message itself
     */
    String duplicateTarget(String typed, String ownCaseNumber) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        CaseNumber number;
        try {
            number = CaseNumber.parse(typed.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(MessageVariables.DUPLICATE_OF,
                    "Skriv saksnummeret som år/nummer, for eksempel 26/12, eller la feltet stå tomt.");
        }
        Message original = messages.findByCaseNumber(number.toString()).orElseThrow(() -> new InvalidInputException(
                MessageVariables.DUPLICATE_OF, "Det finnes ingen sak med dette saksnummeret. Finn saken i Saker."));
        while (original.getDuplicateOf() != null) {
            original = messages.get(original.getDuplicateOf());
        }
        if (original.getCaseNumber().equals(ownCaseNumber)) {
            throw new InvalidInputException(MessageVariables.DUPLICATE_OF,
                    "Meldingen kan ikke slås sammen med seg selv. Skriv nummeret til den andre saken.");
        }
        return original.getCaseNumber();
    }

    /** What a received message is promised if registered as the citizen described it. */
    public MessageRules promisedTo(Message message) {
        return message.getRules() != null ? message.getRules()
                : rules.decide(message.getKind(), message.getSubjectArea(), message.getChannel());
    }

    private Message record(MessageInput input, boolean registered) {
        List<String> areas = subjectAreas.all();
        MessageInput.Checked checked = input.check(registered, areas, clock.instant(), clock.getZone());
        Message message = new Message(caseNumbers.next(), checked.channel(), checked.receivedAt(), checked.text(),
                checked.submitter());
        message.locate(checked.place(), districts.of(checked.place()), checked.mediaUrl());
        if (registered) {
            message.register(checked.kind(), checked.subjectArea(), checked.political(), checked.external(),
                    ZonedDateTime.now(clock), rules.decide(checked.kind(), checked.subjectArea(), checked.channel()));
        } else {
            message.suggest(checked.kind(), checked.subjectArea());
        }
        metrics.received(checked.channel());
        Message saved = messages.save(message);
        // Every channel: the submitter's status page exists from the moment the message does.
        links.create(saved);
        return saved;
    }

    private void start(Message message, Map<String, Object> variables, FirstStep firstStep) {
        String instance = runtimeService.createProcessInstanceByKey(MessageVariables.PROCESS)
                .businessKey(message.getCaseNumber())
                .setVariables(variables)
                .execute().getId();
        if (firstStep == FirstStep.AT_ONCE) {
            continuations.runDue(instance);
        }
    }
}
