package com.privacydesk.correspondence;

import com.privacydesk.answer.ReasonCode;
import com.privacydesk.correspondence.LetterContext.DataItem;
import com.privacydesk.correspondence.LetterContext.ProcessingActivity;
import com.privacydesk.request.Language;
import com.privacydesk.request.Right;
import com.privacydesk.information.InformationClauses;
import com.privacydesk.information.InformationProperties;
import com.privacydesk.information.RecordingBasis;
import com.privacydesk.retention.RetentionProperties;
import java.time.Period;
import org.springframework.core.io.DefaultResourceLoader;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A fictitious case and controller, filled so that every kind has what it needs. */
final class LetterFixtures {

    static final String CASE = "PD-2025-000042";
    static final String REQUESTER = "Anna Kowalska";
    static final LocalDate RECEIVED = LocalDate.of(2025, 4, 5);
    static final LocalDate DEADLINE = LocalDate.of(2025, 5, 5);
    static final LocalDate EXTENDED = LocalDate.of(2025, 7, 4);
    static final LocalDate INFO_DUE = LocalDate.of(2025, 4, 19);

    static final ControllerProfile CONTROLLER = new ControllerProfile("Przykładowy Sklep sp. z o.o.",
            "ul. Przykładowa 1, 00-001 Warszawa", "prywatnosc@przykladowy-sklep.pl", "Jan Nowak",
            "https://przykladowy-sklep.pl/polityka-prywatnosci",
            new ControllerProfile.SupervisoryAuthority("Urząd Ochrony Danych Osobowych",
                    "ul. Stawki 2, 00-193 Warszawa", "https://uodo.gov.pl"));

    static final ControllerProfile CONTROLLER_WITHOUT_DPO = new ControllerProfile(CONTROLLER.companyName(),
            CONTROLLER.address(), CONTROLLER.dataProtectionContact(), null, CONTROLLER.privacyPolicyUrl(),
            CONTROLLER.supervisoryAuthority());

    private LetterFixtures() {
    }

    static LetterComposer composer() {
        return composer("classpath:/letters/");
    }

    static LetterComposer composer(String templatePath) {
        return composer(templatePath, CONTROLLER);
    }

    /** A composer whose information clauses (the acknowledgement's first layer) name this controller. */
    static LetterComposer composer(String templatePath, ControllerProfile controller) {
        return new LetterComposer(new LetterProperties(templatePath), new DefaultResourceLoader(), information(controller));
    }

    /** The desk's real clauses for this controller, closed cases kept three years, the desk at DESK_URL. */
    static InformationClauses information(ControllerProfile controller) {
        return new InformationClauses(controller,
                new InformationProperties(RecordingBasis.LEGITIMATE_INTEREST, "classpath:/information/"),
                new RetentionProperties(Period.ofYears(3), Period.ofYears(3)), DESK_URL, new DefaultResourceLoader());
    }

    static final String DESK_URL = "https://desk.przykladowy-sklep.pl";

    static LetterContext.Builder base(Language language) {
        return LetterContext.builder().caseNumber(CASE).language(language).requesterName(REQUESTER)
                .receivedAt(RECEIVED).deadline(DEADLINE).controller(CONTROLLER);
    }

    static Map<String, String> row(String... fieldsAndValues) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            row.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return row;
    }

    static List<DataItem> dataFound() {
        return List.of(
                new DataItem("Customer account", 1, List.of(row("name", REQUESTER, "e-mail", "anna@example.com",
                        "phone", null))),
                new DataItem("Orders", 2, List.of(row("order", "ZAM-1001", "date", "2024-11-02"),
                        row("order", "ZAM-1077", "date", "2025-01-15"))),
                new DataItem("Live chat (IP addresses)", 1, List.of(row("ip", "203.0.113.7"))),
                new DataItem("Invoices", 2, List.of(row("invoice", "FV/2024/11/17"), row("invoice", "FV/2025/01/03"))),
                DataItem.counted("Newsletter", 0));
    }

    static List<ProcessingActivity> processingInfo() {
        return List.of(
                new ProcessingActivity("Handling your orders", "contract (Art. 6(1)(b) GDPR)",
                        List.of("name", "address", "e-mail", "orders"), List.of("KurierExpress S.A. (delivery)"),
                        "6 years after the end of the year of the order", "you, when ordering"),
                new ProcessingActivity("Customer service chat", "legitimate interest (Art. 6(1)(f) GDPR)",
                        List.of("chat messages", "IP address"), List.of(), "12 months", "our chat software"));
    }

    /** A fulfilled right with nothing in it but what the arguments say. */
    static AnswerReport.Section fulfilled(Right right) {
        return section(right, true, List.of(), null);
    }

    static AnswerReport.Section section(Right right, boolean fulfilled, List<ReasonCode> reasons, String details) {
        return new AnswerReport.Section(right.name(), fulfilled, reasons.stream().map(Enum::name).toList(), details,
                List.of(), List.of(), List.of(), List.of(), false, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    /** An access section whose copy holds only what was found by hand. */
    static AnswerReport.Section foundByHand(AnswerReport.Section s, List<AnswerReport.FoundByHand> found) {
        return new AnswerReport.Section(s.right(), s.fulfilled(), s.reasons(), s.details(), s.copied(), s.exported(),
                s.withheld(), s.corrected(), s.superseded(), s.restricted(), s.stopped(), s.kept(), s.retained(),
                s.byHand(), found);
    }

    static AnswerReport.Section with(AnswerReport.Section s, List<DataItem> copied, List<String> exported,
            List<String> corrected, List<AnswerReport.Counted> restricted, List<AnswerReport.Counted> stopped,
            List<AnswerReport.Retained> retained) {
        return new AnswerReport.Section(s.right(), s.fulfilled(), s.reasons(), s.details(), copied, exported,
                s.withheld(), corrected, s.superseded(), restricted, stopped, s.kept(), retained, s.byHand(),
                s.foundByHand());
    }

    static AnswerReport report(List<AnswerReport.Section> sections, boolean art19, List<AnswerReport.Notified> notified) {
        return new AnswerReport(sections, art19, notified, processingInfo());
    }

    /** Every right fulfilled, each with what carrying it out logged. */
    static AnswerReport fullAnswer() {
        List<AnswerReport.Section> sections = new ArrayList<>();
        for (Right right : Right.values()) {
            AnswerReport.Section s = fulfilled(right);
            sections.add(switch (right) {
                case ACCESS -> with(s, dataFound(), List.of(), List.of(), List.of(), List.of(), List.of());
                case PORTABILITY -> with(s, List.of(), List.of("Customer account", "Orders"), List.of(), List.of(),
                        List.of(), List.of());
                case RECTIFICATION -> with(s, List.of(), List.of(), List.of("address", "phone"), List.of(), List.of(),
                        List.of());
                case RESTRICTION -> with(s, List.of(), List.of(), List.of(),
                        List.of(new AnswerReport.Counted("Orders", 2, "RESTRICTED")), List.of(), List.of());
                case OBJECTION -> with(s, List.of(), List.of(), List.of(), List.of(),
                        List.of(new AnswerReport.Counted("Live chat (IP addresses)", 1, "ANONYMISED")), List.of());
                case CONSENT_WITHDRAWAL -> with(s, List.of(), List.of(), List.of(), List.of(),
                        List.of(new AnswerReport.Counted("Newsletter", 1, "PROCESSING_STOPPED")), List.of());
                case ERASURE -> with(s, List.of(), List.of(), List.of(), List.of(),
                        List.of(new AnswerReport.Counted("Orders", 2, "ANONYMISED")), List.of());
                default -> s;
            });
        }
        return report(sections, true, List.of(new AnswerReport.Notified("KurierExpress S.A.", "6 April 2025")));
    }

    /** An erasure that kept the invoices under a legal duty. */
    static AnswerReport erasureWithInvoicesKept() {
        return report(List.of(with(fulfilled(Right.ERASURE), List.of(), List.of(), List.of(), List.of(),
                List.of(new AnswerReport.Counted("Customer account", 1, "ANONYMISED")),
                List.of(new AnswerReport.Retained("Invoices", 2, "Accounting Act, Art. 74: 5 years")))), true,
                List.of(new AnswerReport.Notified("KurierExpress S.A.", "6 April 2025"),
                        new AnswerReport.Notified("Newsletter service MailPost", "6 April 2025")));
    }

    static AnswerReport refusal(List<ReasonCode> reasons, String details) {
        return report(List.of(section(Right.ACCESS, false, reasons, details)), false, List.of());
    }

    /** A context that satisfies the kind, in the given language. */
    static LetterContext contextFor(LetterKind kind, Language language) {
        return builderFor(kind, language).build();
    }

    static LetterContext.Builder builderFor(LetterKind kind, Language language) {
        LetterContext.Builder builder = base(language);
        switch (kind) {
            case ACKNOWLEDGEMENT -> builder.rights(Right.ACCESS, Right.ERASURE);
            case IDENTITY_INFORMATION_REQUEST -> builder.rights(Right.ACCESS)
                    .informationNeeded("The date and number of your last order.").informationDueBy(INFO_DUE)
                    .deadlineSuspended(true);
            case ANSWER -> builder.rights(Right.values()).answer(fullAnswer())
                    .explanation("We use your e-mail address only for order confirmations.");
            case PARTIAL_REFUSAL -> builder.rights(Right.ERASURE).answer(erasureWithInvoicesKept());
            case REFUSAL -> builder.rights(Right.ACCESS)
                    .answer(refusal(List.of(ReasonCode.IDENTITY_NOT_ESTABLISHED), null));
            case EXTENSION_NOTICE -> builder.rights(Right.ACCESS, Right.PORTABILITY)
                    .reasons(ReasonCode.COMPLEX_REQUEST, ReasonCode.NUMBER_OF_REQUESTS).extendedDeadline(EXTENDED);
            case FURTHER_ANSWER -> builder.rights(Right.ERASURE)
                    .answer(report(List.of(with(fulfilled(Right.ERASURE), List.of(), List.of(), List.of(), List.of(),
                            List.of(new AnswerReport.Counted("Orders", 2, "ANONYMISED")), List.of())), true, List.of()))
                    .explanation("We checked the invoices again: they must be kept until the end of 2030.")
                    .signedBy("Maria Wiśniewska");
            case RESTRICTION_LIFT_NOTICE -> builder.rights(Right.RESTRICTION)
                    .reasonDetails("We have verified that your address is accurate.");
            case CLOSING_WITH_AUTHORITY -> builder.rights(Right.ERASURE)
                    .explanation("We keep only the invoices the law requires.");
        }
        return builder;
    }
}
