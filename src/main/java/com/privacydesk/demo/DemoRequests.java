package com.privacydesk.demo;

import com.privacydesk.deadline.DeadlineCalculator;
import com.privacydesk.intake.IntakeService;
import com.privacydesk.intake.NewRequest;
import com.privacydesk.request.Channel;
import com.privacydesk.request.ChannelProof;
import com.privacydesk.request.Language;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.Right;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A few open requests for the dev profile, so every path can be walked at once: sure matches that go straight
 * to "Prepare answer" (e-mails whose sender the mail server authenticated, a chat an agent filed), requests the
 * agents must verify, and one whose deadline is days away (reminder fired). They enter through the intake like any
 * request, with the proof their channel would have given; the demo customers come from db/demo.
 */
@Component
@Profile("dev")
public class DemoRequests {

    private final IntakeService intake;
    private final RequestRepository cases;
    private final DeadlineCalculator calculator;
    private final Clock clock;

    public DemoRequests(IntakeService intake, RequestRepository cases, DeadlineCalculator calculator, Clock clock) {
        this.intake = intake;
        this.cases = cases;
        this.calculator = calculator;
        this.clock = clock;
    }

    /**
     * A receipt date whose deadline lies two to six days ahead: past the reminder, not yet overdue, whatever the
     * month's length and the holidays around today.
     */
    Instant receivedWithDeadlineDaysAway() {
        Instant now = clock.instant();
        for (int daysAgo = 20; daysAgo < 40; daysAgo++) {
            Instant received = now.minus(Duration.ofDays(daysAgo));
            long daysLeft = calculator.daysLeft(calculator.oneMonth(received).deadline(), now);
            if (daysLeft >= 2 && daysLeft <= 6) {
                return received;
            }
        }
        return now.minus(Duration.ofDays(28));
    }

    @Order(1)
    @EventListener(ApplicationReadyEvent.class)
    public void create() {
        if (cases.anyFiled()) {
            return;
        }
        for (NewRequest request : requests()) {
            switch (request.channel()) {
                // As if these came through the privacy mailbox and the desk's mail server found them DMARC-aligned.
                case EMAIL -> intake.receive(request, null, null, ChannelProof.mailDmarc(request.requester().email()));
                // A chat an agent handled and filed, vouching for the logged-in address they saw.
                case CHAT -> intake.receiveFromStaff(request, null, "agent1");
                default -> intake.receive(request);
            }
        }
    }

    List<NewRequest> requests() {
        var weeksAgo = receivedWithDeadlineDaysAway().atOffset(ZoneOffset.UTC);
        return List.of(
                new NewRequest(Channel.EMAIL, List.of(Right.ACCESS),
                        new NewRequest.Requester("Anna Kowalska", "anna.kowalska@example.pl", null, null),
                        "Proszę o kopię moich danych osobowych.", Language.pl, null),
                new NewRequest(Channel.WEB_FORM, List.of(Right.ERASURE),
                        new NewRequest.Requester("Jan de Vries", "jan.devries@example.nl", "+31 6 12345678", null),
                        "Verwijder al mijn gegevens alstublieft.", Language.nl, null),
                new NewRequest(Channel.LETTER, List.of(Right.ACCESS, Right.RECTIFICATION),
                        new NewRequest.Requester("Lukas Schmidt", null, null, "C-100003"),
                        "Bitte berichtigen Sie meine Anschrift und senden Sie mir meine Daten.", Language.de,
                        weeksAgo),
                new NewRequest(Channel.EMAIL, List.of(Right.ERASURE),
                        new NewRequest.Requester("Piotr Nowak", "piotr.nowak@example.pl", null, null),
                        "Chcę usunąć konto i wszystkie dane.", Language.pl, null),
                new NewRequest(Channel.CHAT, List.of(Right.OBJECTION),
                        new NewRequest.Requester("Emma Peeters", "emma.peeters@example.be", null, null),
                        "Please stop sending me marketing e-mails.", Language.en, null));
    }
}
