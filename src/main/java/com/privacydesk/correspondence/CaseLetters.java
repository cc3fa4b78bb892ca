package com.privacydesk.correspondence;

import com.privacydesk.answer.AnswerOutcome;
import com.privacydesk.answer.AnswerOutcomes;
import com.privacydesk.answer.CarryOutDecisionDelegate;
import com.privacydesk.answer.Decision;
import com.privacydesk.answer.ReasonCode;
import com.privacydesk.answer.SendAnswerDelegate;
import com.privacydesk.datamap.ErasurePolicy;
import com.privacydesk.datamap.PersonalDataTable;
import com.privacydesk.lookup.DataFound;
import com.privacydesk.datamap.DataMap;
import com.privacydesk.datamap.ProcessingActivity;
import com.privacydesk.datamap.RecordOfProcessing;
import com.privacydesk.deadline.DeadlineCalculator;
import com.privacydesk.lookup.DataRecord;
import com.privacydesk.lookup.PersonalDataCollector;
import com.privacydesk.request.Language;
import com.privacydesk.request.RequestRecord;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.RequestVariables;
import com.privacydesk.request.Right;
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

    public CaseLetters(RequestRepository requests, CorrespondenceLog correspondence, LetterComposer composer,
            ControllerProfile controller, DeadlineCalculator calculator, PersonalDataCollector collector,
            DataMap dataMap, RecordOfProcessing record, AnswerOutcomes outcomes, IdentityService identityService,
            LetterDelivery delivery, RuntimeService runtimeService) {
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
        return composer.compose(kind, context(kind, request, variables::get, predicted));
    }

    /** What "Carry out the decision" would report, read from the data map without changing anything. */
    private AnswerOutcome predictedOutcome(RequestRecord request, Map<String, Object> variables) {
        Long subject = RequestVariables.dataSubjectId(variables::get);
        List<Right> rights = request.rights();
        if (subject == null) {
            return AnswerOutcome.nothingDone();
        }
        Map<String, Integer> erased = new LinkedHashMap<>();
        List<AnswerOutcome.RetainedData> retained = new ArrayList<>();
        if (rights.contains(Right.ERASURE)) {
            for (DataFound found : collector.collect(subject)) {
                PersonalDataTable table = dataMap.source(found.source());
                if (table.erasure() == ErasurePolicy.RETAIN) {
                    retained.add(new AnswerOutcome.RetainedData(found.source(), found.category(), found.rows(),
                            table.legalGround()));
                } else {
                    erased.put(found.source(), found.rows());
                }
            }
        }
        List<String> corrected = CarryOutDecisionDelegate.CORRECTION_VARIABLES.stream()
                .filter(name -> variables.get(name) != null && !variables.get(name).toString().isBlank())
                .map(name -> name.substring("corrected".length()).toLowerCase(java.util.Locale.ROOT)).toList();
        return new AnswerOutcome(rights, erased, retained, corrected, 0, rights.contains(Right.RESTRICTION));
    }

    LetterContext context(LetterKind kind, RequestRecord request, Function<String, Object> execution,
            AnswerOutcome outcome) {
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
            case ANSWER, PARTIAL_REFUSAL, REFUSAL, FURTHER_ANSWER -> answer(kind, letter, request, execution, outcome);
            default -> {
            }
        }
        return letter.build();
    }

    private void answer(LetterKind kind, LetterContext.Builder letter, RequestRecord request,
            Function<String, Object> execution, AnswerOutcome outcome) {
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
                .retained(outcome.retained().stream()
                        .map(kept -> new LetterContext.RetainedData(kept.category(), kept.legalGround())).toList())
                .correctionsApplied(outcome.corrected());
        if (kind == LetterKind.REFUSAL) {
            return;
        }
        Long subject = RequestVariables.dataSubjectId(execution);
        List<DataRecord> rows = subject == null ? List.of() : collector.rows(subject);
        Set<String> sources = new LinkedHashSet<>();
        rows.forEach(row -> sources.add(row.source()));
        sources.addAll(outcome.erased().keySet());
        outcome.retained().forEach(kept -> sources.add(kept.source()));
        letter.dataFound(request.rights().contains(Right.ERASURE) ? erased(outcome) : dataItems(rows));
        letter.processingInfo(record.concerning(sources).stream().map(CaseLetters::toLetter).toList());
        if (request.rights().stream().anyMatch(ART_19_RIGHTS::contains)) {
            letter.recipientsNotified(record.recipientsOf(sources));
        }
    }

    private List<LetterContext.DataItem> dataItems(List<DataRecord> rows) {
        Map<String, List<Map<String, String>>> byCategory = new LinkedHashMap<>();
        for (DataRecord row : rows) {
            Map<String, String> values = new LinkedHashMap<>();
            row.values().forEach((column, value) -> {
                if (!INTERNAL_COLUMNS.contains(column)) {
                    values.put(column, value == null ? null : value.toString());
                }
            });
            byCategory.computeIfAbsent(row.category(), category -> new ArrayList<>()).add(values);
        }
        return byCategory.entrySet().stream()
                .map(entry -> new LetterContext.DataItem(entry.getKey(), entry.getValue().size(), entry.getValue()))
                .toList();
    }

    private List<LetterContext.DataItem> erased(AnswerOutcome outcome) {
        return outcome.erased().entrySet().stream()
                .map(entry -> LetterContext.DataItem.counted(dataMap.source(entry.getKey()).category(),
                        entry.getValue()))
                .toList();
    }

    private static LetterContext.ProcessingActivity toLetter(ProcessingActivity activity) {
        return new LetterContext.ProcessingActivity(activity.purpose(), activity.legalBasis(),
                activity.dataCategories(), activity.recipients(), activity.retention(), activity.origin());
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
