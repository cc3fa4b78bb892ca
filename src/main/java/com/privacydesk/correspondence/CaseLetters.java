package com.privacydesk.correspondence;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.privacydesk.answer.AnswerPlan;
import com.privacydesk.answer.AnswerPlanForm;
import com.privacydesk.answer.AnswerPlans;
import com.privacydesk.answer.AnswerRound;
import com.privacydesk.answer.Decision;
import com.privacydesk.answer.PlanExecution;
import com.privacydesk.answer.PlanRules;
import com.privacydesk.answer.RightPlan;
import com.privacydesk.answer.ValidateDecisionListener;
import com.privacydesk.datamap.DataMap;
import com.privacydesk.datamap.RecordOfProcessing;
import com.privacydesk.deadline.DeadlineCalculator;
import com.privacydesk.fulfilment.ExecutionEntry;
import com.privacydesk.fulfilment.ExecutionEntry.Action;
import com.privacydesk.fulfilment.ExecutionEntry.Step;
import com.privacydesk.fulfilment.ExecutionLog;
import com.privacydesk.lookup.ManualSourceSearches;
import com.privacydesk.packages.AccessPackage;
import com.privacydesk.packages.PackageKind;
import com.privacydesk.packages.PackageLinks;
import com.privacydesk.packages.PackageStore;
import com.privacydesk.request.CaseNotes;
import com.privacydesk.request.InformationGiven;
import com.privacydesk.request.Language;
import com.privacydesk.request.RequestRecord;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.RequestVariables;
import com.privacydesk.request.Right;
import com.privacydesk.stafflanguage.StaffTexts;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a case's letter: gathers what the letter kind must say from the case record, and for an answer from the
 * round's plan and its execution log (never from what the record promises), composes it in the request's language,
 * and records it in the correspondence in the same transaction as the process step that decided it.
 */
@Component
public class CaseLetters {

    /** Keys that identify rows inside the database; they mean nothing to the customer. */
    private static final Set<String> INTERNAL_COLUMNS = Set.of("id", "customer_id", "order_id", "account_id");

    private final RequestRepository requests;
    private final CorrespondenceLog correspondence;
    private final LetterComposer composer;
    private final ControllerProfile controller;
    private final DeadlineCalculator calculator;
    private final DataMap dataMap;
    private final RecordOfProcessing record;
    private final IdentityService identityService;
    private final LetterDelivery delivery;
    private final RuntimeService runtimeService;
    private final PackageLinks packageLinks;
    private final PackageStore packageStore;
    private final AnswerPlans plans;
    private final ExecutionLog executionLog;
    private final ManualSourceSearches manualSources;
    private final PlanExecution planExecution;
    private final ValidateDecisionListener rules;
    private final com.privacydesk.deadline.IdentityWaits identityWaits;
    private final CaseNotes caseNotes;
    private final TransactionTemplate rolledBack;
    private final Clock clock;
    private final ObjectMapper json;

    private final StaffTexts texts;
    private final LetterInformation information;

    public CaseLetters(RequestRepository requests, CorrespondenceLog correspondence, LetterComposer composer,
            ControllerProfile controller, DeadlineCalculator calculator, DataMap dataMap, RecordOfProcessing record,
            IdentityService identityService, LetterDelivery delivery, RuntimeService runtimeService,
            PackageLinks packageLinks, PackageStore packageStore, AnswerPlans plans, ExecutionLog executionLog,
            ManualSourceSearches manualSources, PlanExecution planExecution,
            ValidateDecisionListener rules, com.privacydesk.deadline.IdentityWaits identityWaits, CaseNotes caseNotes,
            PlatformTransactionManager transactions, Clock clock, StaffTexts texts, ObjectMapper json,
            LetterInformation information) {
        this.texts = texts;
        this.information = information;
        this.json = json;
        this.identityWaits = identityWaits;
        this.caseNotes = caseNotes;
        this.requests = requests;
        this.correspondence = correspondence;
        this.composer = composer;
        this.controller = controller;
        this.calculator = calculator;
        this.dataMap = dataMap;
        this.record = record;
        this.identityService = identityService;
        this.delivery = delivery;
        this.runtimeService = runtimeService;
        this.packageLinks = packageLinks;
        this.packageStore = packageStore;
        this.plans = plans;
        this.executionLog = executionLog;
        this.manualSources = manualSources;
        this.planExecution = planExecution;
        this.rules = rules;
        this.rolledBack = new TransactionTemplate(transactions);
        rolledBack.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** A letter that reports no answer: acknowledgement, identity information request, extension notice, closing. */
    public Letter send(LetterKind kind, DelegateExecution execution) {
        RequestRecord request = requests.get(execution.getProcessBusinessKey());
        return record(request, execution, composer.compose(kind, context(kind, request, execution::getVariable)
                .build()));
    }

    /** A notice outside the process, e.g. before a restriction is lifted (Art. 18(3)), with the staff's reason. */
    public Letter sendNotice(RequestRecord request, LetterKind kind, String reason) {
        return write(request, composer.compose(kind, context(kind, request, name -> null).reasonDetails(reason).build()));
    }

    /** The answer of the execution's round, written from its plan and what carrying it out logged. */
    public Letter sendAnswer(DelegateExecution execution) {
        RequestRecord request = requests.get(execution.getProcessBusinessKey());
        int round = AnswerRound.of(execution);
        AnswerPlan plan = plans.get(request.caseNumber(), round);
        List<ExecutionEntry> log = executionLog.entries(request.caseNumber(), round);
        LetterKind kind = answerKind(plan, log, round);
        return record(request, execution, composer.compose(kind,
                answerContext(kind, request, execution::getVariable, round, plan, log, false)));
    }

    private Letter record(RequestRecord request, DelegateExecution execution, Letter letter) {
        Letter written = write(request, letter);
        execution.setVariable(RequestVariables.CORRESPONDENCE_SUMMARY, correspondence.summary(request.caseNumber(), texts));
        return written;
    }

    /**
     * The one place a letter to the requester is written to the outbox, and so the one place the e-mail footer is
     * appended: every e-mail to a data subject carries it, in the letter's language, and the correspondence keeps the
     * text as it leaves. A posted letter has none (its signature names the contact and the policy). Art. 19 notices
     * to recipients are written by {@link RecipientNotices}: they go to companies, not to the data subject.
     *
     * <p>The letter records the first layer it carries: an acknowledgement its request-handling clause, any other
     * e-mail its footer. It counts as given when it is sent ({@link LetterDelivery}); a posted acknowledgement when it
     * is written for staff to post, as the desk learns nothing later about a letter in the post.
     */
    Letter write(RequestRecord request, Letter letter) {
        String recipient = request.requester().email();
        Letter written = recipient == null ? letter : withFooter(letter);
        LetterInformation.Clause carried = letter.kind() == LetterKind.ACKNOWLEDGEMENT
                ? information.requestHandling(letter.language())
                : recipient == null ? null : information.emailFooter(letter.language());
        long id = correspondence.recordOutgoing(request.caseNumber(), letter.kind().name(), request.channel(),
                recipient, written.subject(), written.body(), carried);
        if (recipient != null) {
            delivery.queue(id, request.caseNumber());
        } else if (carried != null) {
            requests.recordInformationGiven(request.caseNumber(),
                    new InformationGiven(carried.key(), carried.version(), clock.instant()));
        }
        return written;
    }

    /** The letter as an e-mail: its text, then the footer after the usual signature separator ("-- "). */
    private Letter withFooter(Letter letter) {
        String footer = information.emailFooter(letter.language()).text();
        return new Letter(letter.kind(), letter.language(), letter.subject(), letter.body() + "\n-- \n" + footer + "\n");
    }

    /**
     * The letter the handler's current choices in "Prepare answer" would send. The plan is checked by the same rules
     * as the completion, then carried out for real in a transaction that is rolled back: what the preview reports is
     * what carrying it out does, and nothing of it stays.
     */
    public Letter preview(String caseNumber, Map<String, Object> formValues) {
        RequestRecord request = requests.get(caseNumber);
        Map<String, Object> variables = new HashMap<>(runtimeService.getVariables(request.processInstanceId()));
        variables.putAll(formValues);
        Object decision = variables.get(AnswerPlanForm.DECISION);
        if (decision == null || decision.toString().isBlank()) {
            throw new IllegalArgumentException("choose a decision first");
        }
        if (Decision.EXTEND.name().equalsIgnoreCase(decision.toString().trim())) {
            LetterContext.Builder extended = context(LetterKind.EXTENSION_NOTICE, request, variables::get)
                    .extendedDeadline(calculator.extended(request.receivedAt(), request.daysSuspended()));
            return asSent(request, composer.compose(LetterKind.EXTENSION_NOTICE, extended.build()));
        }
        boolean furtherAnswer = RequestVariables.furtherAnswer(variables::get);
        int round = furtherAnswer ? 2 : 1;
        AnswerPlan plan = AnswerPlanForm.read(request.rights(), variables::get);
        List<String> problems = PlanRules.texts(PlanRules.check(plan, rules.facts(request, furtherAnswer)), texts);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return rolledBack.execute(status -> {
            status.setRollbackOnly();
            List<ExecutionEntry> log = planExecution.carryOut(caseNumber, round, plan, "preview");
            LetterKind kind = answerKind(plan, log, round);
            return asSent(request, composer.compose(kind,
                    answerContext(kind, request, variables::get, round, plan, log, true)));
        });
    }

    /** The preview shows the letter as it would leave: with the e-mail footer when it goes by e-mail. */
    private Letter asSent(RequestRecord request, Letter letter) {
        return request.requester().email() == null ? letter : withFooter(letter);
    }

    /** The one place the kind of an answer letter is decided: by what was refused, kept, withheld or retained. */
    public static LetterKind answerKind(AnswerPlan plan, List<ExecutionEntry> log, int round) {
        if (plan.decision() == Decision.REFUSE) {
            return LetterKind.REFUSAL;
        }
        boolean partly = plan.decision() == Decision.PARTIAL || log.stream().anyMatch(e ->
                e.action() == Action.RETAINED || e.action() == Action.KEPT || e.action() == Action.WITHHELD);
        if (partly) {
            return LetterKind.PARTIAL_REFUSAL;
        }
        return round == 2 ? LetterKind.FURTHER_ANSWER : LetterKind.ANSWER;
    }

    private LetterContext.Builder context(LetterKind kind, RequestRecord request, Function<String, Object> variables) {
        LetterContext.Builder letter = LetterContext.builder()
                .caseNumber(request.caseNumber())
                .language(request.language())
                // Without a name the letter greets with its language's formal salutation.
                .requesterName(request.requester().name())
                .byPost(request.requester().email() == null)
                .receivedAt(calculator.receiptDate(request.receivedAt()))
                .deadline(request.deadline())
                .extendedDeadline(request.extendedDeadline())
                .rights(request.rights())
                .controller(controller)
                .signedBy(officerName(variables));
        Object dueAt = variables.apply(RequestVariables.INFORMATION_DUE_AT);
        switch (kind) {
            case IDENTITY_INFORMATION_REQUEST -> letter
                    .informationNeeded(caseNotes.latest(request.caseNumber(), CaseNotes.Kind.INFORMATION_NEEDED)
                            .orElse(null))
                    .informationDueBy(dueAt == null ? null : calculator.dateOf(((Date) dueAt).toInstant()))
                    // From the question's own record, not from a variable a candidate could rewrite.
                    .deadlineSuspended(identityWaits.openQuestion(request.caseNumber())
                            .map(com.privacydesk.deadline.IdentityQuestion::suspends).orElse(null));
            case EXTENSION_NOTICE -> letter.decision(Decision.EXTEND)
                    .reasons(AnswerPlanForm.codes(variables.apply(AnswerPlanForm.REASONS), AnswerPlanForm.REASONS))
                    .reasonDetails(caseNotes.latest(request.caseNumber(), CaseNotes.Kind.EXTENSION_REASON)
                            .orElse((String) variables.apply(AnswerPlanForm.REASON_DETAILS)));
            default -> {
            }
        }
        return letter;
    }

    private LetterContext answerContext(LetterKind kind, RequestRecord request, Function<String, Object> variables,
            int round, AnswerPlan plan, List<ExecutionEntry> log, boolean preview) {
        Language language = request.language() == null ? Language.en : request.language();
        LetterContext.Builder letter = context(kind, request, variables)
                .decision(plan.decision())
                .explanation(plan.explanation())
                .answer(report(request, round, plan, log, language));
        // The answer's files travel attached to an e-mail, and as links for whoever cannot open attachments. A
        // posted letter has no link: staff print and enclose the files.
        if (request.requester().email() != null) {
            List<PackageKind> files = packageLinks.stored(request.caseNumber(), round);
            letter.downloadLinks(packageLinks.pending(request.caseNumber(), files).stream()
                    .map(link -> new LetterContext.DownloadLink(link.fileName(), link.url())).toList(),
                    packageLinks.validUntil(clock.instant()));
        }
        return letter.build();
    }

    /**
     * What the letter states, right by right, each statement backed by a row of the execution log: the copy as it
     * was taken (from the stored package), what was corrected, restricted, stopped, erased, kept and why, which
     * recipients were notified and when, and what staff applied by hand.
     */
    private AnswerReport report(RequestRecord request, int round, AnswerPlan plan, List<ExecutionEntry> log,
            Language language) {
        List<AnswerReport.Section> sections = new ArrayList<>();
        AccessPackage copy = accessPackage(request.caseNumber(), round);
        for (RightPlan p : plan.rights()) {
            Step step = stepOf(p.right());
            List<ExecutionEntry> entries = step == null ? List.of()
                    : log.stream().filter(e -> e.step() == step).toList();
            sections.add(new AnswerReport.Section(p.right().name(), p.fulfilled(),
                    p.reasons().stream().map(Enum::name).toList(), p.details(),
                    p.right() == Right.ACCESS && p.fulfilled() && copy != null ? copied(copy) : List.of(),
                    categories(entries, Action.COPIED, language),
                    categories(entries, Action.WITHHELD, language),
                    entries.stream().filter(e -> e.action() == Action.CORRECTED)
                            .map(e -> record.columnLabel(e.target(), language)).toList(),
                    entries.stream().anyMatch(e -> e.action() == Action.SUPERSEDED_BY_ERASURE),
                    counted(entries, Set.of(Action.RESTRICTED), language),
                    counted(entries, Set.of(Action.PROCESSING_STOPPED, Action.DELETED, Action.ANONYMISED), language),
                    counted(entries, Set.of(Action.KEPT), language),
                    entries.stream().filter(e -> e.action() == Action.RETAINED).map(e -> new AnswerReport.Retained(
                            category(e, language), e.rows(), dataMap.source(e.target()).legalGround().in(language)))
                            .toList(),
                    entries.stream().filter(e -> e.action() == Action.APPLIED_BY_HAND).map(e -> new AnswerReport.ByHand(
                            manualSources.source(e.target()).name().in(language),
                            LetterComposer.formatDate(calculator.dateOf(e.at()), language))).toList(),
                    p.right() == Right.ACCESS && p.fulfilled() && copy != null ? foundByHand(copy) : List.of()));
        }
        boolean art19 = log.stream().anyMatch(e -> PlanExecution.toldAs(e) != null);
        List<AnswerReport.Notified> notified = log.stream()
                .filter(e -> e.action() == Action.NOTIFIED || e.action() == Action.NOTIFIED_BY_HAND)
                .map(e -> new AnswerReport.Notified(record.recipient(e.target()).name().in(language),
                        LetterComposer.formatDate(calculator.dateOf(e.at()), language)))
                .toList();
        return new AnswerReport(sections, art19, notified, copy == null ? List.of()
                : copy.activities().stream().map(CaseLetters::activity).toList());
    }

    /** The step of the execution log that carries out a right; none for rights that change no data. */
    private static Step stepOf(Right right) {
        return java.util.Arrays.stream(Step.values()).filter(step -> step.name().equals(right.name())).findFirst()
                .orElse(null);
    }

    private String category(ExecutionEntry e, Language language) {
        return dataMap.source(e.target()).category().in(language);
    }

    private List<String> categories(List<ExecutionEntry> entries, Action action, Language language) {
        return entries.stream().filter(e -> e.action() == action).map(e -> category(e, language)).toList();
    }

    private List<AnswerReport.Counted> counted(List<ExecutionEntry> entries, Set<Action> actions, Language language) {
        return entries.stream().filter(e -> actions.contains(e.action()))
                .map(e -> new AnswerReport.Counted(category(e, language), e.rows(), e.action().name())).toList();
    }

    /** The copy as it was taken before anything changed: the access package stored for the round. */
    private AccessPackage accessPackage(String caseNumber, int round) {
        return packageStore.find(caseNumber, round, PackageKind.ACCESS_JSON).map(stored -> {
            try {
                return json.readValue(stored.content(), AccessPackage.class);
            } catch (IOException e) {
                throw new IllegalStateException("Case " + caseNumber + ": the stored copy cannot be read");
            }
        }).orElse(null);
    }

    /**
     * Each category of the copy once, its rows labelled as the customer reads them; empty values print a dash.
     * Keys that identify rows inside the database are left out, and so are the desk's own marks (restricted since,
     * anonymised on) where no row carries one: they mean nothing to the customer.
     */
    private List<LetterContext.DataItem> copied(AccessPackage copy) {
        Map<String, LetterContext.DataItem> items = new LinkedHashMap<>();
        for (AccessPackage.Activity activity : copy.activities()) {
            for (AccessPackage.Data data : activity.data()) {
                if (data.rows().isEmpty() || items.containsKey(data.source())) {
                    continue;
                }
                List<String> declared = dataMap.find(data.source()).map(t -> t.columns()).orElse(data.columns());
                List<String> shown = data.columns().stream()
                        .filter(column -> !INTERNAL_COLUMNS.contains(column))
                        .filter(column -> declared.contains(column) || data.rows().stream()
                                .anyMatch(row -> row.get(column) != null && !row.get(column).isBlank()))
                        .toList();
                List<Map<String, String>> rows = data.rows().stream().map(row -> {
                    Map<String, String> labelled = new LinkedHashMap<>();
                    shown.forEach(column -> labelled.put(data.labels().getOrDefault(column, column), row.get(column)));
                    return labelled;
                }).toList();
                items.put(data.source(), new LetterContext.DataItem(data.category(), rows.size(), rows));
            }
        }
        return List.copyOf(items.values());
    }

    /** What the searches found by hand, as the copy took it: the data under each place's name. */
    private static List<AnswerReport.FoundByHand> foundByHand(AccessPackage copy) {
        return copy.searchedByHand() == null ? List.of() : copy.searchedByHand().stream()
                .filter(m -> m.data() != null && !m.data().isBlank())
                .map(m -> new AnswerReport.FoundByHand(m.name(), m.data())).toList();
    }

    private static LetterContext.ProcessingActivity activity(AccessPackage.Activity a) {
        // Packages stored before transfers were listed carry none (null): their letters say nothing new.
        List<String> transfers = a.transfers() == null ? List.of() : a.transfers().stream()
                .map(t -> t.recipient() + " — " + t.country() + " — " + t.safeguard()).toList();
        return new LetterContext.ProcessingActivity(a.purpose(), a.legalBasis(), a.dataCategories(), a.recipients(),
                a.retention(), a.source(), transfers, a.automatedDecision() == null ? null
                        : new LetterContext.AutomatedDecision(a.automatedDecision().logic(),
                                a.automatedDecision().significance(), a.automatedDecision().consequences()));
    }

    /** After a takeover the officer signs the letters they now write (seed 000 §6). */
    private String officerName(Function<String, Object> variables) {
        Object officer = variables.apply(RequestVariables.TAKEN_OVER_BY);
        if (officer == null) {
            return null;
        }
        User user = identityService.createUserQuery().userId(officer.toString()).singleResult();
        return user == null ? null : (user.getFirstName() + " " + user.getLastName()).trim();
    }
}
