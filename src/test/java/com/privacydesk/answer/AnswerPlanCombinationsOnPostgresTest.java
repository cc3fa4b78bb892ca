package com.privacydesk.answer;

import static com.privacydesk.testsupport.ProcessTestSupport.executeDueJobs;
import static com.privacydesk.testsupport.ProcessTestSupport.setClock;
import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.datamap.DataMap;
import com.privacydesk.datamap.RecordOfProcessing;
import com.privacydesk.datamap.Recipient;
import com.privacydesk.fulfilment.ExecutionEntry;
import com.privacydesk.fulfilment.ExecutionEntry.Action;
import com.privacydesk.fulfilment.ExecutionLog;
import com.privacydesk.intake.IntakeService;
import com.privacydesk.intake.NewRequest;
import com.privacydesk.request.Channel;
import com.privacydesk.request.Language;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.Right;
import com.privacydesk.testsupport.EmbeddedPostgresSupport;
import com.privacydesk.testsupport.ManualSearches;
import com.privacydesk.testsupport.ProvenIntake;
import com.privacydesk.testsupport.TestCustomers;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every right that acts on data alone and in every pair, each fulfilled, mixed and refused, in every language, on
 * real PostgreSQL through the whole model: the answer letter must be composed and queued, and each thing it states
 * must be in the execution log and in the database (recipients notified, processing stopped, sources restricted,
 * data erased or kept, the copy taken before the erasure), and nothing else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "postgres"})
class AnswerPlanCombinationsOnPostgresTest {

    private static final List<Right> DATA_RIGHTS = List.of(Right.ACCESS, Right.RECTIFICATION, Right.ERASURE,
            Right.RESTRICTION, Right.PORTABILITY, Right.OBJECTION);
    /** Besides English (which has checks of its own), each combination runs in one of these, in turn. */
    private static final List<Language> OTHER_LANGUAGES = List.of(Language.pl, Language.de, Language.nl, Language.fr);

    enum Mix { ALL_FULFILLED, MIXED, ALL_REFUSED }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) throws SQLException {
        DataSource server = EmbeddedPostgresSupport.dataSource();
        String url;
        try (Connection connection = server.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS desk_plan_combinations");
            statement.execute("CREATE DATABASE desk_plan_combinations");
            url = connection.getMetaData().getURL().replaceFirst("/postgres(\\?|$)", "/desk_plan_combinations$1");
        }
        registry.add("DB_URL", () -> url);
        registry.add("DB_USERNAME", () -> "postgres");
        registry.add("DB_PASSWORD", () -> "postgres");
        registry.add("camunda.bpm.process-engine-name", () -> "planCombinations");
    }

    @Autowired IntakeService intake;
    @Autowired RequestRepository requests;
    @Autowired TestCustomers customers;
    @Autowired TaskService taskService;
    @Autowired ManagementService management;
    @Autowired ExecutionLog executionLog;
    @Autowired DataMap dataMap;
    @Autowired RecordOfProcessing record;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        setClock(Instant.parse("2026-03-02T09:00:00Z"));
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
    }

    static Stream<Arguments> combinations() {
        List<List<Right>> sets = new ArrayList<>();
        DATA_RIGHTS.forEach(r -> sets.add(List.of(r)));
        for (int i = 0; i < DATA_RIGHTS.size(); i++) {
            for (int j = i + 1; j < DATA_RIGHTS.size(); j++) {
                sets.add(List.of(DATA_RIGHTS.get(i), DATA_RIGHTS.get(j)));
            }
        }
        List<Arguments> all = new ArrayList<>();
        // Every combination in English and in one other language, rotating so that each language meets every mix
        // and most rights: five languages in full would take 315 runs on PostgreSQL, this takes 126.
        int turn = 0;
        for (List<Right> rights : sets) {
            for (Mix mix : Mix.values()) {
                all.add(Arguments.of(rights, mix, Language.en));
                all.add(Arguments.of(rights, mix, OTHER_LANGUAGES.get(turn++ % OTHER_LANGUAGES.size())));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("combinations")
    void answerLetterSaysWhatTheLogShows(List<Right> rights, Mix mix, Language language) {
        TestCustomers.Customer customer = customers.create();
        String caseNumber = ProvenIntake.receive(intake, new NewRequest(Channel.EMAIL, rights,
                new NewRequest.Requester("Anna Nowak", customer.email(), null, null), "My request.", language, null))
                .caseNumber();
        String instance = requests.get(caseNumber).processInstanceId();
        executeDueJobs(management, instance);
        ManualSearches.nothingFound(taskService, instance);

        Map<String, Object> plan = plan(rights, mix);
        var task = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("PrepareAnswer")
                .singleResult();
        assertThat(task).as("Prepare answer").isNotNull();
        taskService.complete(task.getId(), plan);
        executeDueJobs(management, instance);
        // Recipients the desk cannot write to are told by their team, then the answer goes.
        taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("CarryOutByHand").list()
                .forEach(t -> taskService.complete(t.getId(), Map.of("manualActionDone", true)));
        executeDueJobs(management, instance);

        Map<String, Object> letter = jdbc.queryForMap("SELECT kind, body, delivery_state FROM correspondence"
                + " WHERE case_number = ? AND kind IN ('ANSWER', 'PARTIAL_REFUSAL', 'REFUSAL')", caseNumber);
        String body = (String) letter.get("body");
        List<ExecutionEntry> log = executionLog.entries(caseNumber, 1);
        boolean allRefused = !plan.containsValue("FULFIL");
        String expectedKind = allRefused ? "REFUSAL"
                : mix == Mix.MIXED || log.stream().anyMatch(e -> e.action() == Action.RETAINED
                        || e.action() == Action.KEPT || e.action() == Action.WITHHELD) ? "PARTIAL_REFUSAL" : "ANSWER";
        assertThat(letter.get("kind")).isEqualTo(expectedKind);
        assertThat(letter.get("delivery_state")).isEqualTo("QUEUED");

        if (allRefused) {
            assertThat(log).as("a refusal changes nothing").isEmpty();
            assertThat(jdbc.queryForObject("SELECT email FROM customer WHERE id = ?", String.class, customer.id()))
                    .isEqualTo(customer.email());
        }
        // Every source the log names is in the letter, in the letter's language.
        for (ExecutionEntry e : log) {
            switch (e.action()) {
                case DELETED, ANONYMISED, RETAINED, KEPT, RESTRICTED, PROCESSING_STOPPED, WITHHELD -> assertThat(body)
                        .as(e.step() + " " + e.action() + " " + e.target())
                        .contains(dataMap.source(e.target()).category().in(language));
                case NOTIFIED, NOTIFIED_BY_HAND -> assertThat(body).as("notified " + e.target())
                        .contains(record.recipient(e.target()).name().in(language));
                default -> {
                }
            }
        }
        // Nobody is named as informed who was not, and authorities asking in an inquiry are never recipients.
        for (Recipient r : record.recipients()) {
            boolean notified = log.stream().anyMatch(e -> e.target().equals(r.id())
                    && (e.action() == Action.NOTIFIED || e.action() == Action.NOTIFIED_BY_HAND));
            if (!notified && (!plan.containsValue("FULFIL") || !rights.contains(Right.ACCESS)
                    || r.role() == Recipient.Role.PUBLIC_AUTHORITY)) {
                assertThat(body).as("not notified: " + r.id()).doesNotContain(r.name().in(language));
            }
        }
        if (language == Language.en) {
            // Read as the customer would: each claim in the letter is made exactly when the log shows it happened.
            assertThat(body.contains("We have erased the following")).as("erasure claimed")
                    .isEqualTo(logged(log, ExecutionEntry.Step.ERASURE, Action.DELETED, Action.ANONYMISED));
            assertThat(body.contains("We have restricted the use")).as("restriction claimed")
                    .isEqualTo(logged(log, ExecutionEntry.Step.RESTRICTION, Action.RESTRICTED));
            assertThat(body.contains("We have stopped using your personal data")).as("objection claimed")
                    .isEqualTo(logged(log, ExecutionEntry.Step.OBJECTION, Action.PROCESSING_STOPPED, Action.DELETED,
                            Action.ANONYMISED));
            assertThat(body.contains("We have corrected the following data")).as("correction claimed")
                    .isEqualTo(logged(log, ExecutionEntry.Step.RECTIFICATION, Action.CORRECTED));
            assertThat(body.contains("We have informed those to whom we had disclosed")).as("Art. 19 claimed")
                    .isEqualTo(logged(log, ExecutionEntry.Step.NOTIFICATION, Action.NOTIFIED, Action.NOTIFIED_BY_HAND));
            assertThat(body.contains("We cannot fulfil this part of your request")).as("refusal stated")
                    .isEqualTo(plan.containsValue("REFUSE"));
        }
        checkDatabase(rights, plan, customer, caseNumber, body, log);
    }

    private static boolean logged(List<ExecutionEntry> log, ExecutionEntry.Step step, Action... actions) {
        return log.stream().anyMatch(e -> e.step() == step && List.of(actions).contains(e.action()));
    }

    /** What the letter claims is what the database now holds. */
    private void checkDatabase(List<Right> rights, Map<String, Object> plan, TestCustomers.Customer customer,
            String caseNumber, String body, List<ExecutionEntry> log) {
        long id = customer.id();
        boolean erased = "FULFIL".equals(plan.get("erasureOutcome"));
        boolean restricted = "FULFIL".equals(plan.get("restrictionOutcome"));
        boolean objected = "FULFIL".equals(plan.get("objectionOutcome"));
        boolean copied = "FULFIL".equals(plan.get("accessOutcome"));
        if (erased) {
            assertThat(jdbc.queryForObject("SELECT email FROM customer WHERE id = ?", String.class, id)).isNull();
            assertThat(count("SELECT COUNT(*) FROM invoice WHERE customer_id = ?", id)).as("invoices kept").isEqualTo(1);
            // Art. 19: the carriers (a task) and the processors (e-mail) were told, and the letter says so with a date.
            assertThat(log).anyMatch(e -> e.target().equals("parcel-carriers") && e.action() == Action.NOTIFIED_BY_HAND);
            assertThat(count("SELECT COUNT(*) FROM correspondence WHERE case_number = ? AND kind = 'RECIPIENT_NOTICE'",
                    caseNumber)).isPositive();
        }
        if (copied) {
            String copy = new String(jdbc.queryForObject("SELECT content FROM subject_package WHERE case_number = ?"
                    + " AND answer_round = 1 AND kind = 'ACCESS_JSON'", byte[].class, caseNumber));
            boolean withheldCustomer = log.stream().anyMatch(e -> e.action() == Action.WITHHELD
                    && e.target().equals("customer"));
            if (!withheldCustomer) {
                // The copy shows the data as held when the request came, even after an erasure of the same request.
                assertThat(copy).contains(customer.email());
                assertThat(body).contains(customer.email());
            }
        }
        if (restricted) {
            for (String table : List.of("customer_order", "invoice", "support_ticket", "chat_session",
                    "marketing_consent", "contact_point")) {
                if (!erased || !table.equals("contact_point")) {
                    assertThat(count("SELECT COUNT(*) FROM " + table + " WHERE customer_id = ? AND restricted_at IS NULL",
                            id)).as("restricted " + table).isZero();
                }
            }
        }
        if (objected) {
            assertThat(count("SELECT COUNT(*) FROM marketing_consent WHERE customer_id = ? AND withdrawn_at IS NULL",
                    id)).isZero();
            boolean ticketsKept = log.stream().anyMatch(e -> e.action() == Action.KEPT && e.target().equals("support_tickets"));
            if (!erased) {
                assertThat(count("SELECT COUNT(*) FROM support_ticket WHERE customer_id = ? AND objected_at IS NULL", id))
                        .isEqualTo(ticketsKept ? 1 : 0);
                assertThat(count("SELECT COUNT(*) FROM chat_session WHERE customer_id = ? AND visitor_ip IS NOT NULL", id))
                        .isZero();
            }
        }
    }

    /**
     * The form's submission: all fulfilled, all refused, or mixed (the first right refused and the second fulfilled;
     * a single right fulfilled while keeping or leaving out one source where the law allows it).
     */
    private static Map<String, Object> plan(List<Right> rights, Mix mix) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("decision", "ANSWER");
        for (int i = 0; i < rights.size(); i++) {
            Right right = rights.get(i);
            String p = AnswerPlanForm.prefix(right);
            boolean refuse = mix == Mix.ALL_REFUSED || (mix == Mix.MIXED && rights.size() == 2 && i == 0);
            if (refuse) {
                vars.put(p + "Outcome", "REFUSE");
                vars.put(p + "Reasons", List.of(refusal(right).name()));
                vars.put(p + "Details", "As explained on the phone on 1 March.");
            } else {
                vars.put(p + "Outcome", "FULFIL");
                if (mix == Mix.MIXED && rights.size() == 1) {
                    String kept = switch (right) {
                        case ACCESS, PORTABILITY -> "chat_sessions";
                        case ERASURE, OBJECTION -> "support_tickets";
                        default -> null;
                    };
                    if (kept != null) {
                        vars.put(p + "Kept", List.of(kept));
                        vars.put(p + "Details", "The transcript names another customer; a dispute is open.");
                    } else {
                        // A single right with no source to keep: mixed means refused on a ground of its own.
                        vars.put(p + "Outcome", "REFUSE");
                        vars.put(p + "Reasons", List.of(refusal(right).name()));
                        vars.put(p + "Details", "Checked against the signed contract.");
                    }
                }
                if (right == Right.RECTIFICATION) {
                    vars.put("correctedName", "Anna Kowalska");
                }
            }
        }
        return vars;
    }

    private static ReasonCode refusal(Right right) {
        return switch (right) {
            case ACCESS -> ReasonCode.EXCESSIVE;
            case RECTIFICATION -> ReasonCode.DATA_ACCURATE;
            case ERASURE -> ReasonCode.LEGAL_CLAIMS;
            case RESTRICTION -> ReasonCode.RESTRICTION_CONDITIONS_NOT_MET;
            case PORTABILITY -> ReasonCode.PORTABILITY_CONDITIONS_NOT_MET;
            case OBJECTION -> ReasonCode.COMPELLING_LEGITIMATE_GROUNDS;
            default -> ReasonCode.OTHER;
        };
    }

    private int count(String sql, Object arg) {
        Integer n = jdbc.queryForObject(sql, Integer.class, arg);
        return n == null ? 0 : n;
    }
}
