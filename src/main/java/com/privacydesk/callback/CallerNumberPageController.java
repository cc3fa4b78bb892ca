package com.privacydesk.callback;

import com.privacydesk.request.RequestProcess;
import com.privacydesk.security.StaffSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The number to dial for "Call back", linked from its form. The number never enters the engine (whose task
 * variables managers may read), so this page is the only place staff see it: to agents only, and only while the
 * callback is allowed (seed 003). Each view is logged by call id and user id, never with the number.
 */
@Controller
public class CallerNumberPageController {

    private static final Logger log = LoggerFactory.getLogger(CallerNumberPageController.class);

    static final String VIEW = "caller-number";
    private static final DateTimeFormatter WINDOW_END = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC', yyyy-MM-dd")
            .withZone(ZoneOffset.UTC);

    private final StaffSession staffSession;
    private final DroppedCalls droppedCalls;
    private final Clock clock;

    public CallerNumberPageController(StaffSession staffSession, DroppedCalls droppedCalls, Clock clock) {
        this.staffSession = staffSession;
        this.droppedCalls = droppedCalls;
        this.clock = clock;
    }

    @GetMapping("/calls/{callId}/number")
    public String number(@PathVariable String callId, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        // Who asks comes first: others learn nothing, not even whether the call exists.
        Optional<StaffSession.Staff> staff = staffSession.authenticated(request);
        if (staff.isEmpty()) {
            return refused(response, model, HttpServletResponse.SC_UNAUTHORIZED,
                    "The number to call back is shown to the desk's agents. Log in to Tasklist first, then follow "
                            + "the link from the task \"Call back\" again.");
        }
        if (!staff.get().inAnyGroup(List.of(RequestProcess.GROUP_AGENTS))) {
            return refused(response, model, HttpServletResponse.SC_FORBIDDEN,
                    "Only the agents who call customers back may see the number.");
        }
        Optional<CallReport> call = droppedCalls.find(callId);
        if (call.isEmpty() || call.get().decision() != CallbackDecision.CALL_BACK) {
            return refused(response, model, HttpServletResponse.SC_NOT_FOUND,
                    "No callback is allowed for this call.");
        }
        Optional<String> number = call.get().numberHeld() && !clock.instant().isAfter(call.get().callbackUntil())
                ? droppedCalls.callerNumber(callId) : Optional.empty();
        if (number.isEmpty()) {
            return refused(response, model, HttpServletResponse.SC_GONE,
                    "The callback is over or its window has passed: the number has been erased and may no longer "
                            + "be used.");
        }
        log.info("Caller number of dropped call {} shown to {}", callId, staff.get().userId());
        model.addAttribute("callId", callId);
        model.addAttribute("number", number.get());
        model.addAttribute("callbackUntil", WINDOW_END.format(call.get().callbackUntil()));
        return VIEW;
    }

    private static String refused(HttpServletResponse response, Model model, int status, String reason) {
        response.setStatus(status);
        model.addAttribute("reason", reason);
        return VIEW;
    }
}
