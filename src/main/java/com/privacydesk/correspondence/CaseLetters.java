package com.privacydesk.correspondence;

import com.privacydesk.answer.AnswerOutcome;
import com.privacydesk.answer.AnswerOutcomes;
import com.privacydesk.answer.CarryOutDecisionDelegate;
import com.privacydesk.answer.Decision;
import com.privacydesk.answer.DecisionFulfilment;
import java.time.Clock;
import com.privacydesk.answer.ReasonCode;
import com.privacydesk.answer.SendAnswerDelegate;
import com.privacydesk.datamap.LocalisedText;
import com.privacydesk.datamap.DataMap;
import com.privacydesk.datamap.ProcessingActivity;
import com.privacydesk.datamap.RecordOfProcessing;
import com.privacydesk.deadline.DeadlineCalculator;
import com.privacydesk.lookup.DataRecord;
import com.privacydesk.lookup.PersonalDataCollector;
import com.privacydesk.packages.PackageKind;
import com.privacydesk.packages.PackageLinks;
import com.privacydesk.request.Language;
import com.privacydesk.request.RequestRecord;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.RequestVariables;
import com.privacydesk.request.Right;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Writes a case's letter: gathers what the letter kind must say from the case, the decision's outcome, the
 * customer database and the record of processing, composes it in the request's language, and records it in the
 * correspondence in the same transaction as the process step that decided it.
 */
@Component
public class CaseLetters {

    private static final Set<Right> ART_19_RIGHTS = Set.of(Right.ERASURE, Right.RECTIFICATION, Right.RESTRICTION);
    /** Keys that identify rows inside the database; they mean nothing to the customer. */
    private static final Set<String> INTERNAL_COLUMNS = Set.of("id", "customer_id", "order_id");
    private static final Map<Language, String> NAMELESS_REQUESTER = Map.of(Language.pl, "Klient", Language.en,
            "Customer", Language.de, "Kundin, Kunde", Language.nl, "Klant");

    private final RequestRepository requests;
    private final CorrespondenceLog correspondence;
    private final LetterComposer composer;
    private final ControllerProfile controller;
    private final DeadlineCalculator calculator;
    private final PersonalDataCollector collector;
    private final DataMap dataMap;
    private final RecordOfProcessing record;
    private final AnswerOutcomes outcomes;
    private final IdentityService identityService;
    private final LetterDelivery delivery;
    private final RuntimeService runtimeService;
    private final PackageLinks packageLinks;
    private final DecisionFulfilment fulfilment;
    private final Clock clock;

    public CaseLetters(RequestRepository requests, CorrespondenceLog correspondence, LetterComposer composer,
            ControllerProfile controller, DeadlineCalculator calculator, PersonalDataCollector collector,
            DataMap dataMap, RecordOfProcessing record, AnswerOutcomes outcomes, IdentityService identityService,
            LetterDelivery delivery, RuntimeService runtimeService, PackageLinks packageLinks,
            DecisionFulfilment fulfilment, Clock clock) {
        this.packageLinks = packageLinks;
        this.fulfilment = fulfilment;
        this.clock = clock;
        this.delivery = delivery;
        this.runtimeService = runtimeService;
        this.requests = requests;
        this.correspondence = correspondence;
        this.composer = composer;
        this.controller = controller;
        this.calculator = calculator;
        this.collector = collector;
        this.dataMap = dataMap;
        this.record = record;
        this.outcomes = outcomes;
        this.identityService = identityService;
    }

    public Letter send(LetterKind kind, DelegateExecution execution) {
        return send(kind, execution, outcomes.find(RequestVariables.caseNumber(execution),
                CarryOutDecisionDelegate.round(execution)).orElse(AnswerOutcome.nothingDone()));
    }

    /** As {@link #send(LetterKind, DelegateExecution)}, for a caller that already holds the outcome (read once). */
    public Letter send(LetterKind kind, DelegateExecution execution, AnswerOutcome outcome) {
        String caseNumber = RequestVariables.caseNumber(execution);
        RequestRecord request = requests.get(caseNumber);
        Letter letter = composer.compose(kind, context(kind, request, execution::getVariable, outcome));
        String recipient = request.requester().email();
        long id = correspondence.recordOutgoing(caseNumber, kind.name(), request.channel(), recipient,
                letter.subject(), letter.body());
        if (recipient != null) {
            delivery.queue(id, caseNumber);
        }
        execution.setVariable(RequestVariables.CORRESPONDENCE_SUMMARY, correspondence.summary(caseNumber));
        return letter;
    }

    /**
     * The letter the handler's current choices in "Prepare answer" would send, composed from the case as it stands
     * and what carrying out the decision would do, but neither written nor sent.
     */
    public Letter preview(String caseNumber, Map<String, Object> formValues) {
        RequestRecord request = requests.get(caseNumber);
        Map<String, Object> variables = new HashMap<>(runtimeService.getVariables(request.processInstanceId()));
        variables.putAll(formValues);
        Decision decision = RequestVariables.decision(variables::get);
        if (decision == null) {
            throw new IllegalArgumentException("choose a decision first");
        }
        if (decision == Decision.EXTEND) {
            RequestRecord extended = request.withExtendedDeadline(
                    calculator.extended(request.receivedAt(), request.daysSuspended()));
            return composer.compose(LetterKind.EXTENSION_NOTICE,
                    context(LetterKind.EXTENSION_NOTICE, extended, variables::get, AnswerOutcome.nothingDone()));
        }
        AnswerOutcome predicted = decision == Decision.REFUSE ? AnswerOutcome.nothingDone()
                : predictedOutcome(request, variables);
        LetterKind kind = SendAnswerDelegate.letterKind(decision, predicted,
                RequestVariables.furtherAnswer(variables::get));
        return composer.compose(kind, context(kind, request, variables::get, predicted, true));
    }

    /** What "Carry out the decision" would report: the same steps, run dry, changing nothing. */
    private AnswerOutcome predictedOutcome(RequestRecord request, Map<String, Object> variables) {
        Long subject = RequestVariables.dataSubjectId(variables::get);
        if (subject == null) {
            return AnswerOutcome.nothingDone();
        }
        Decision decision = RequestVariables.decision(variables::get);
        return fulfilment.dryRun(subject, request.caseNumber(), RequestVariables.furtherAnswer(variables::get) ? 2 : 1,
                request.rights(), CarryOutDecisionDelegate.correction(variables::get),
                CarryOutDecisionDelegate.withheld(decision, variables::get), clock.instant());
    }

    LetterContext context(LetterKind kind, RequestRecord request, Function<String, Object> execution,
            AnswerOutcome outcome) {
        return context(kind, request, execution, outcome, false);
    }

    /** @param preview the answer's files are not prepared yet: the links name the files the rights call for */
    private LetterContext context(LetterKind kind, RequestRecord request, Function<String, Object> execution,
            AnswerOutcome outcome, boolean preview) {
        LetterContext.Builder letter = LetterContext.builder()
                .caseNumber(request.caseNumber())
                .language(request.language())
                .requesterName(request.requester().name() != null ? request.requester().name()
                        : NAMELESS_REQUESTER.get(request.language()))
                .receivedAt(calculator.receiptDate(request.receivedAt()))
                .deadline(request.deadline())
                .extendedDeadline(request.extendedDeadline())
                .rights(request.rights())
                .controller(controller)
                .signedBy(officerName(execution));
        Object dueAt = execution.apply(RequestVariables.INFORMATION_DUE_AT);
        switch (kind) {
            case IDENTITY_INFORMATION_REQUEST -> letter
                    .informationNeeded((String) execution.apply(RequestVariables.INFORMATION_NEEDED))
                    .informationDueBy(dueAt == null ? null : calculator.dateOf(((Date) dueAt).toInstant()));
            case EXTENSION_NOTICE -> letter.decision(Decision.EXTEND)
                    .reasons(RequestVariables.reasons(execution))
                    .reasonDetails((String) execution.apply(RequestVariables.REASON_DETAILS));
            case ANSWER, PARTIAL_REFUSAL, REFUSAL, FURTHER_ANSWER -> answer(kind, letter, request, execution, outcome,
                    preview);
            default -> {
            }
        }
        return letter.build();
    }

    private void answer(LetterKind kind, LetterContext.Builder letter, RequestRecord request,
            Function<String, Object> execution, AnswerOutcome outcome, boolean preview) {
        // Texts of the record of processing in the language the letter is written in, as the template itself.
        Language language = request.language() == null ? Language.en : request.language();
        List<ReasonCode> reasons = new ArrayList<>(RequestVariables.reasons(execution));
        // Data kept under a legal duty is a partial refusal of the erasure (Art. 17(3)(b)), and says so.
        if (!outcome.retained().isEmpty() && !reasons.contains(ReasonCode.LEGAL_RETENTION_DUTY)) {
            reasons.add(ReasonCode.LEGAL_RETENTION_DUTY);
        }
        letter.decision(switch (kind) {
            case ANSWER -> Decision.FULFIL;
            case PARTIAL_REFUSAL -> Decision.PARTIAL;
            case REFUSAL -> Decision.REFUSE;
            default -> null;
        })
                .reasons(reasons)
                .reasonDetails((String) execution.apply(RequestVariables.REASON_DETAILS))
                .refusedScope((String) execution.apply(RequestVariables.REFUSED_SCOPE))
                .explanation((String) execution.apply(RequestVariables.EXPLANATION))
                .retained(outcome.retained().stream().map(kept -> retained(kept, language)).toList())
                .withheld(outcome.withheld().stream().map(source -> dataMap.find(source)
                        .map(t -> t.category().in(language)).orElse(source)).toList())
                .correctionsApplied(outcome.corrected());
        if (kind == LetterKind.REFUSAL) {
            return;
        }
        // The answer's files travel attached to an e-mail, and as links for whoever cannot open attachments. A
        // posted letter has no link: staff print and enclose the files.
        if (request.requester().email() != null) {
            int round = RequestVariables.furtherAnswer(execution) ? 2 : 1;
            List<PackageKind> files = !preview ? packageLinks.stored(request.caseNumber(), round)
                    : RequestVariables.dataSubjectId(execution) == null ? List.of()
                    : PackageKind.forRights(request.rights());
            letter.downloadLinks(packageLinks.pending(request.caseNumber(), files).stream()
                    .map(link -> new LetterContext.DownloadLink(link.fileName(), link.url())).toList(),
                    packageLinks.validUntil(clock.instant()));
        }
        Long subject = RequestVariables.dataSubjectId(execution);
        // What a partial answer withholds (Art. 15(4)) is named in the refusal, never printed with its values.
        List<DataRecord> rows = subject == null ? List.of() : collector.rows(subject).stream()
                .filter(row -> !outcome.withheld().contains(row.source())).toList();
        Set<String> sources = new LinkedHashSet<>();
        rows.forEach(row -> sources.add(row.source()));
        sources.addAll(outcome.erased().keySet());
        outcome.retained().forEach(kept -> sources.add(kept.source()));
        // Art. 15(4) limits the copy, not what the customer is told about the processing (Art. 15(1)).
        sources.addAll(outcome.withheld());
        letter.dataFound(request.rights().contains(Right.ERASURE) ? erased(outcome, language) : dataItems(rows, language));
        letter.processingInfo(record.concerning(sources).stream().map(activity -> toLetter(activity, language)).toList());
        if (request.rights().stream().anyMatch(ART_19_RIGHTS::contains)) {
            letter.recipientsNotified(LocalisedText.in(record.recipientsOf(sources), language));
        }
    }

    /**
     * The category and legal ground of data kept, in the letter's language from the data map; the outcome stored
     * at the time holds them in English only, which stays the answer for a source since removed from the map.
     */
    private LetterContext.RetainedData retained(AnswerOutcome.RetainedData kept, Language language) {
        return dataMap.find(kept.source())
                .filter(t -> t.legalGround() != null)
                .map(t -> new LetterContext.RetainedData(t.category().in(language), t.legalGround().in(language)))
                .orElseGet(() -> new LetterContext.RetainedData(kept.category(), kept.legalGround()));
    }

    private List<LetterContext.DataItem> dataItems(List<DataRecord> rows, Language language) {
        Map<String, List<Map<String, String>>> byCategory = new LinkedHashMap<>();
        for (DataRecord row : rows) {
            Map<String, String> values = new LinkedHashMap<>();
            row.values().forEach((column, value) -> {
                if (!INTERNAL_COLUMNS.contains(column)) {
                    values.put(record.columnLabel(column, language), value == null ? null : value.toString());
                }
            });
            byCategory.computeIfAbsent(dataMap.source(row.source()).category().in(language),
                    category -> new ArrayList<>()).add(values);
        }
        return byCategory.entrySet().stream()
                .map(entry -> new LetterContext.DataItem(entry.getKey(), entry.getValue().size(), entry.getValue()))
                .toList();
    }

    private List<LetterContext.DataItem> erased(AnswerOutcome outcome, Language language) {
        return outcome.erased().entrySet().stream()
                .map(entry -> LetterContext.DataItem.counted(dataMap.source(entry.getKey()).category().in(language),
                        entry.getValue()))
                .toList();
    }

    private static LetterContext.ProcessingActivity toLetter(ProcessingActivity activity, Language language) {
        return new LetterContext.ProcessingActivity(activity.purpose().in(language), activity.legalBasis().in(language),
                LocalisedText.in(activity.dataCategories(), language), LocalisedText.in(activity.recipients(), language),
                activity.retention().in(language), activity.origin().in(language));
    }

    /** After a takeover the officer signs the letters they now write (seed 000 §6). */
    private String officerName(Function<String, Object> execution) {
        Object officer = execution.apply(RequestVariables.TAKEN_OVER_BY);
        if (officer == null) {
            return null;
        }
        User user = identityService.createUserQuery().userId(officer.toString()).singleResult();
        return user == null ? null : (user.getFirstName() + " " + user.getLastName()).trim();
    }
}
