package com.privacydesk.correspondence;

import com.privacydesk.answer.RecipientNotifier;
import com.privacydesk.datamap.Recipient;
import com.privacydesk.platform.PlainTextTemplates;
import com.privacydesk.request.Channel;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.ui.freemarker.SpringTemplateLoader;

/**
 * The Art. 19 notice to a recipient (for a processor, the controller's instruction under Art. 28(3)): which data
 * subject, by customer number only, and what the desk did to their data. Written to the case's correspondence and
 * delivered through the outbox like every letter, so the case file shows when each recipient was told.
 */
@Component
public class RecipientNotices implements RecipientNotifier {

    public static final String KIND = "RECIPIENT_NOTICE";

    private final Configuration freemarker;
    private final CorrespondenceLog correspondence;
    private final LetterDelivery delivery;
    private final ControllerProfile controller;

    public RecipientNotices(LetterProperties properties, ResourceLoader resources, CorrespondenceLog correspondence,
            LetterDelivery delivery, ControllerProfile controller) {
        this.freemarker = PlainTextTemplates.configuration(new SpringTemplateLoader(resources, properties.templatePath()));
        this.correspondence = correspondence;
        this.delivery = delivery;
        this.controller = controller;
    }

    /**
     * Queues the notice to the recipient's address.
     *
     * @param steps what was done, as right names (RECTIFICATION, ERASURE, RESTRICTION, OBJECTION), each with the
     *              categories of data it concerned
     */
    @Override
    public void send(String caseNumber, Recipient recipient, String customerNumber, Map<String, List<String>> steps) {
        Map<String, Object> model = new HashMap<>();
        model.put("caseNumber", caseNumber);
        model.put("recipientName", recipient.name().en());
        model.put("processor", recipient.role() == Recipient.Role.PROCESSOR);
        model.put("customerNumber", customerNumber == null ? "-" : customerNumber);
        model.put("steps", steps);
        model.put("controller", controller);
        StringWriter body = new StringWriter();
        try {
            Template template = freemarker.getTemplate("notices/recipient-notice.ftl");
            template.process(model, body);
        } catch (IOException | TemplateException e) {
            // The engine's message may quote values; the case and template name are what a person needs.
            throw new IllegalStateException("Case " + caseNumber + ": the recipient notice cannot be written ("
                    + e.getClass().getSimpleName() + ")");
        }
        String subject = "Data subject request " + caseNumber + ": "
                + (recipient.role() == Recipient.Role.PROCESSOR ? "instruction (Art. 28(3) GDPR)" : "notice (Art. 19 GDPR)");
        // No customer e-mail footer: the notice goes to a company (processor or other controller), not to the data
        // subject, whose information duty the footer serves (Art. 13); the notice names the controller itself.
        long id = correspondence.recordOutgoing(caseNumber, KIND, Channel.EMAIL, recipient.notifyEmail(), subject,
                body.toString().strip() + "\n");
        delivery.queue(id, caseNumber);
    }
}
