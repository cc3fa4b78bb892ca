package com.privacydesk.policy;

import com.privacydesk.correspondence.ControllerProfile;
import com.privacydesk.country.LeadAuthority;
import com.privacydesk.datamap.DataMap;
import com.privacydesk.datamap.RecordOfProcessing;
import com.privacydesk.datamap.RecordSettings;
import com.privacydesk.datamap.RecordTexts;
import com.privacydesk.datamap.Register;
import com.privacydesk.request.Language;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The second layer of information (GDPR Art. 13 and 14; seed 001), public: the full privacy policy written from the
 * record of processing, so that it says what the desk does. Per activity its purpose, legal basis, categories of
 * data and of data subjects, source, recipients, transfers, retention and any automated decision; then the rights,
 * the controller and its DPO, and the authority of the country profile. In every language the desk writes in.
 */
@Controller
public class PrivacyPolicyController {

    private static final List<String> RIGHTS = List.of("rights.access", "rights.rectification", "rights.erasure",
            "rights.restriction", "rights.portability", "rights.objection", "rights.withdrawal");

    /** Splits the "how to" sentence where the form's link goes. */
    private static final String LINK = "\u0000";

    private final RecordOfProcessing record;
    private final DataMap dataMap;
    private final RecordSettings settings;
    private final ControllerProfile controller;

    public PrivacyPolicyController(RecordOfProcessing record, DataMap dataMap, RecordSettings settings,
                                   ControllerProfile controller) {
        this.record = record;
        this.dataMap = dataMap;
        this.settings = settings;
        this.controller = controller;
    }

    @GetMapping("/privacy-policy")
    public ModelAndView policy(@RequestParam(name = "lang", required = false) String lang) {
        Language language = language(lang);
        String in = language.name();
        Register register = Register.of(record, dataMap, settings.controller(), language,
                RecordTexts.text(in, "controller.noRepresentative"));
        String[] howTo = RecordTexts.text(in, "policy.howTo", LINK, settings.controller().dpoContact()).split(LINK, 2);
        LeadAuthority authority = controller.leadAuthority(language);
        ModelAndView page = new ModelAndView("privacy-policy");
        page.addObject("lang", in);
        page.addObject("languages", Arrays.stream(Language.values()).map(Language::name).toList());
        page.addObject("t", RecordTexts.all(in));
        page.addObject("register", register);
        page.addObject("rights", RIGHTS.stream().map(key -> RecordTexts.text(in, key)).toList());
        page.addObject("howToBefore", howTo[0]);
        page.addObject("howToAfter", howTo.length > 1 ? howTo[1] : "");
        page.addObject("authority", authority);
        return page;
    }

    /** The asked language, else the country profile's first; an unknown one is a clear 400. */
    private Language language(String lang) {
        if (lang == null || lang.isBlank()) {
            return settings.defaultLanguage();
        }
        String code = lang.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(Language.values()).filter(l -> l.name().equals(code)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown language; known: "
                        + Arrays.stream(Language.values()).map(Language::name).toList()));
    }
}
