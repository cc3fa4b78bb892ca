package com.privacydesk.answer;

import com.privacydesk.datamap.DataMap;
import com.privacydesk.datamap.ManualSource;
import com.privacydesk.datamap.Objection;
import com.privacydesk.datamap.PersonalDataTable;
import com.privacydesk.datamap.ProcessingActivity;
import com.privacydesk.datamap.Recipient;
import com.privacydesk.datamap.RecordOfProcessing;
import com.privacydesk.fulfilment.AuditTrail;
import com.privacydesk.fulfilment.ExecutionEntry;
import com.privacydesk.fulfilment.ExecutionEntry.Action;
import com.privacydesk.fulfilment.ExecutionEntry.Step;
import com.privacydesk.fulfilment.ExecutionLog;
import com.privacydesk.fulfilment.ManualActions;
import com.privacydesk.fulfilment.RightsExecutor;
import com.privacydesk.lookup.DataRecord;
import com.privacydesk.lookup.ManualSourceSearches;
import com.privacydesk.lookup.PersonalDataCollector;
import com.privacydesk.packages.PackageLinks;
import com.privacydesk.packages.SubjectPackages;
import com.privacydesk.request.RequestRecord;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.Right;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries out an answer plan in a fixed order and logs, per right and source, what happened: copies first (so they
 * show the data as held when the request came), then rectification, restriction, objection and withdrawal of
 * consent, erasure; then the Art. 19 notices to recipients; then the tasks for what people do by hand. One
 * transaction: a failure anywhere leaves nothing done and nothing logged, and the job's retry starts afresh; a
 * round already carried out is not carried out again.
 */
@Service
public class PlanExecution {

    private static final Set<Right> CHANGED_BY_HAND = Set.of(Right.RECTIFICATION, Right.RESTRICTION, Right.OBJECTION,
            Right.CONSENT_WITHDRAWAL, Right.ERASURE);

    private final RequestRepository requests;
    private final ExecutionLog log;
    private final RightsExecutor rights;
    private final DataMap dataMap;
    private final RecordOfProcessing record;
    private final SubjectPackages packages;
    private final PersonalDataCollector collector;
    private final RecipientNotifier notices;
    private final ManualActions manual;
    private final ManualSourceSearches searches;
    private final PackageLinks links;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public PlanExecution(RequestRepository requests, ExecutionLog log, RightsExecutor rights, DataMap dataMap,
            RecordOfProcessing record, SubjectPackages packages, PersonalDataCollector collector,
            RecipientNotifier notices, ManualActions manual, ManualSourceSearches searches, PackageLinks links,
            JdbcTemplate jdbc, Clock clock) {
        this.requests = requests;
        this.log = log;
        this.rights = rights;
        this.dataMap = dataMap;
        this.record = record;
        this.packages = packages;
        this.collector = collector;
        this.notices = notices;
        this.manual = manual;
        this.searches = searches;
        this.links = links;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public List<ExecutionEntry> carryOut(String caseNumber, int round, AnswerPlan plan, String actor) {
        if (log.carriedOut(caseNumber, round)) {
            return log.entries(caseNumber, round);
        }
        RequestRecord request = requests.get(caseNumber);
        Run run = new Run(caseNumber, round, actor == null ? "system" : actor, clock.instant());
        Long subject = request.dataSubjectId();
        if (subject != null) {
            copies(run, subject, plan);
            rectification(run, subject, plan);
            if (plan.fulfils(Right.RESTRICTION)) {
                for (PersonalDataTable t : dataMap.tables()) {
                    run.log(Step.RESTRICTION, t.source(), Action.RESTRICTED,
                            rights.restrictSource(t, subject, caseNumber, run.at), null);
                }
            }
            if (plan.fulfils(Right.OBJECTION)) {
                stopProcessing(run, subject, Step.OBJECTION, plan.of(Right.OBJECTION).orElseThrow(),
                        ProcessingActivity::objectable, AuditTrail.OBJECTION);
            }
            if (plan.fulfils(Right.CONSENT_WITHDRAWAL)) {
                stopProcessing(run, subject, Step.CONSENT_WITHDRAWAL, plan.of(Right.CONSENT_WITHDRAWAL).orElseThrow(),
                        ProcessingActivity::onConsent, AuditTrail.CONSENT_WITHDRAWAL);
            }
            erasure(run, subject, plan);
            notifyRecipients(run, request);
        }
        byHand(run, plan);
        return run.entries;
    }

    /** Art. 15(3) and 20: the copies, before anything changes; withheld sources (Art. 15(4)) are left out. */
    private void copies(Run run, long subject, AnswerPlan plan) {
        List<Right> copies = plan.fulfilled().stream().filter(r -> r == Right.ACCESS || r == Right.PORTABILITY).toList();
        if (copies.isEmpty()) {
            return;
        }
        Set<String> withheld = new LinkedHashSet<>();
        copies.forEach(r -> plan.of(r).orElseThrow().kept().forEach(k -> withheld.add(k.source())));
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (DataRecord row : collector.rows(subject)) {
            rows.merge(row.source(), 1, Integer::sum);
        }
        packages.prepare(run.caseNumber, run.round, subject, copies, withheld);
        Set<String> portable = new LinkedHashSet<>();
        record.activities().stream().filter(ProcessingActivity::portable).forEach(a -> a.sources().stream()
                .filter(s -> dataMap.source(s).providedBySubject()).forEach(portable::add));
        for (Right right : copies) {
            Step step = right == Right.ACCESS ? Step.ACCESS : Step.PORTABILITY;
            rows.forEach((source, n) -> {
                if (withheld.contains(source)) {
                    run.log(step, source, Action.WITHHELD, n, AnswerPlanForm.keptGround(right).name());
                } else if (right == Right.ACCESS || portable.contains(source)) {
                    run.log(step, source, Action.COPIED, n, null);
                }
            });
        }
    }

    private void rectification(Run run, long subject, AnswerPlan plan) {
        if (!plan.fulfils(Right.RECTIFICATION)) {
            return;
        }
        if (plan.fulfils(Right.ERASURE)) {
            run.log(Step.RECTIFICATION, "customer", Action.SUPERSEDED_BY_ERASURE, 0, null);
            return;
        }
        RightPlan rectification = plan.of(Right.RECTIFICATION).orElseThrow();
        for (String column : rights.rectify(subject, rectification.correction(), run.caseNumber, run.at)
                .changedColumns()) {
            run.log(Step.RECTIFICATION, column, Action.CORRECTED, 1, null);
        }
    }

    /** Art. 21 and 7(3): every source of every activity the right reaches, as the record says, unless kept. */
    private void stopProcessing(Run run, long subject, Step step, RightPlan plan,
            java.util.function.Predicate<ProcessingActivity> reached, String auditKind) {
        Set<String> sources = new LinkedHashSet<>();
        record.activities().stream().filter(reached).forEach(a -> sources.addAll(a.sources()));
        for (String source : sources) {
            Objection objection = dataMap.objection(source).orElse(null);
            if (objection == null) {
                continue;
            }
            PersonalDataTable t = dataMap.source(source);
            if (plan.keeps(source)) {
                run.log(step, source, Action.KEPT, rights.rowsOf(t, subject), ReasonCode.COMPELLING_LEGITIMATE_GROUNDS.name());
                continue;
            }
            int rows = rights.stopProcessing(t, objection, subject, run.caseNumber, auditKind, run.at);
            run.log(step, source, switch (objection.policy()) {
                case MARK -> Action.PROCESSING_STOPPED;
                case DELETE -> Action.DELETED;
                case ANONYMISE -> Action.ANONYMISED;
            }, rows, null);
        }
    }

    /** Art. 17: children before parents; the record's retained sources and the plan's kept ones stay. */
    private void erasure(Run run, long subject, AnswerPlan plan) {
        if (!plan.fulfils(Right.ERASURE)) {
            return;
        }
        RightPlan erasure = plan.of(Right.ERASURE).orElseThrow();
        List<PersonalDataTable> childrenFirst = new ArrayList<>(dataMap.tables());
        Collections.reverse(childrenFirst);
        List<ExecutionEntry> done = new ArrayList<>();
        for (PersonalDataTable t : childrenFirst) {
            if (erasure.keeps(t.source())) {
                done.add(run.entry(Step.ERASURE, t.source(), Action.KEPT, rights.rowsOf(t, subject),
                        erasure.kept().stream().filter(k -> k.source().equals(t.source())).findFirst().orElseThrow()
                                .ground().name()));
                continue;
            }
            RightsExecutor.SourceErasure result = rights.eraseSource(t, subject, run.caseNumber, run.at);
            done.add(run.entry(Step.ERASURE, t.source(), switch (result.policy()) {
                case DELETE -> Action.DELETED;
                case ANONYMISE -> Action.ANONYMISED;
                case RETAIN -> Action.RETAINED;
            }, result.rows(), result.policy() == com.privacydesk.datamap.ErasurePolicy.RETAIN
                    ? ReasonCode.LEGAL_RETENTION_DUTY.name() : null));
        }
        // Logged in the record's order, which is how the letter lists them.
        Collections.reverse(done);
        done.forEach(run::log);
        if (done.stream().anyMatch(e -> e.rows() > 0 && e.changedData())) {
            // Copies of the erased data from the customer's earlier cases are no longer offered for download.
            links.revokeOtherCasesOf(subject, run.caseNumber);
        }
    }

    /**
     * Art. 19: every recipient of the data that was corrected, erased (also as the consequence of an objection or a
     * withdrawal, Art. 17(1)(b), (c)) or restricted is told, and processors are instructed to stop what the objection
     * stopped (Art. 28(3)); by e-mail, or by a task for the team that has no address for them.
     */
    private void notifyRecipients(Run run, RequestRecord request) {
        Set<String> changedSources = new LinkedHashSet<>();
        // What each recipient is told: per step, the categories of data it concerned (never more than was done).
        Map<String, Set<String>> told = new LinkedHashMap<>();
        for (ExecutionEntry e : run.entries) {
            String step = toldAs(e);
            if (step != null) {
                String source = e.step() == Step.RECTIFICATION ? "customer" : e.target();
                changedSources.add(source);
                told.computeIfAbsent(step, s -> new LinkedHashSet<>()).add(dataMap.source(source).category().en());
            }
        }
        if (changedSources.isEmpty()) {
            return;
        }
        String customerNumber = jdbc.queryForList("SELECT customer_number FROM customer WHERE id = ?", String.class,
                request.dataSubjectId()).stream().findFirst().orElse(null);
        Map<String, List<String>> notice = new LinkedHashMap<>();
        told.forEach((step, categories) -> notice.put(step, List.copyOf(categories)));
        for (Recipient recipient : record.recipientsOf(changedSources)) {
            if (recipient.notifyEmail() != null) {
                notices.send(run.caseNumber, recipient, customerNumber, notice);
                run.log(Step.NOTIFICATION, recipient.id(), Action.NOTIFIED, 0, null);
            } else {
                manual.open(run.caseNumber, run.round, ManualActions.Kind.NOTIFY, recipient.id(),
                        String.join(",", told.keySet()), recipient.notifyGroup());
                run.log(Step.NOTIFICATION, recipient.id(), Action.NOTICE_PENDING, 0, null);
            }
        }
    }

    /** What a recipient is told of a logged change: RECTIFICATION, ERASURE, RESTRICTION or OBJECTION; null if none. */
    public static String toldAs(ExecutionEntry e) {
        if (!e.changedData() || e.rows() == 0 || e.action() == Action.APPLIED_BY_HAND) {
            return null;
        }
        return switch (e.step()) {
            case RECTIFICATION, ERASURE, RESTRICTION -> e.step().name();
            case OBJECTION, CONSENT_WITHDRAWAL -> e.action() == Action.PROCESSING_STOPPED ? Step.OBJECTION.name()
                    : Step.ERASURE.name();
            default -> null;
        };
    }

    /** Places no query reaches, where the search found the subject: a task per source and step, after the decision. */
    private void byHand(Run run, AnswerPlan plan) {
        for (String sourceId : searches.foundIn(run.caseNumber)) {
            ManualSource source = searches.source(sourceId);
            for (Right right : plan.fulfilled()) {
                if (!CHANGED_BY_HAND.contains(right) || !source.concerns(List.of(right))) {
                    continue;
                }
                manual.open(run.caseNumber, run.round, ManualActions.Kind.APPLY, sourceId, right.name(),
                        source.ownerGroup());
                run.log(Step.valueOf(right.name()), sourceId, Action.APPLY_PENDING, 0, null);
            }
        }
    }

    /** One carrying-out: its entries, appended to the log as they happen. */
    private final class Run {
        final String caseNumber;
        final int round;
        final String actor;
        final Instant at;
        final List<ExecutionEntry> entries = new ArrayList<>();

        Run(String caseNumber, int round, String actor, Instant at) {
            this.caseNumber = caseNumber;
            this.round = round;
            this.actor = actor;
            this.at = at;
        }

        ExecutionEntry entry(Step step, String target, Action action, int rows, String ground) {
            return new ExecutionEntry(step, target, action, rows, ground, actor, at);
        }

        void log(Step step, String target, Action action, int rows, String ground) {
            log(entry(step, target, action, rows, ground));
        }

        /** Sources without the subject's rows are not logged: the letter names only what concerned them. */
        void log(ExecutionEntry entry) {
            if (entry.rows() == 0 && entry.action() != Action.NOTIFIED && entry.action() != Action.NOTICE_PENDING
                    && entry.action() != Action.APPLY_PENDING && entry.action() != Action.SUPERSEDED_BY_ERASURE) {
                return;
            }
            entries.add(entry);
            PlanExecution.this.log.append(caseNumber, round, entry);
        }
    }
}
