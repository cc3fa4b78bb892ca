package com.privacydesk.datamap;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import com.privacydesk.request.Language;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The record of processing activities (GDPR Art. 30) as JSON for systems, and as the register a DPO hands to an
 * auditor (HTML to print, CSV for a spreadsheet). It holds no personal data. In the country profile's first language
 * unless {@code ?language=} (pl, en, de, nl, fr) asks for another: the headings and the texts customers read, as the
 * access answers print them.
 */
@Controller
@RequestMapping("/api/processing-activities")
public class ProcessingActivitiesController {

    /** The CSV's columns, as keys of {@link RecordTexts} (the first two are the entry kind and its id). */
    private static final List<String> CSV_COLUMNS = List.of("activity.purpose", "activity.legalBasis",
            "activity.dataCategories", "activity.dataSubjects", "activity.origin", "activity.access",
            "activity.protection", "activity.recipients", "activity.transfers", "activity.retention",
            "activity.automated", "activity.heldIn", "manual.source", "storage.storedIn", "storage.table",
            "storage.columns", "storage.subject", "storage.erasure", "storage.erasureDetail", "storage.restriction",
            "manual.ownerGroup", "manual.location");

    private final RecordOfProcessing record;
    private final DataMap dataMap;
    private final RecordSettings settings;
    private final Clock clock;

    public ProcessingActivitiesController(RecordOfProcessing record, DataMap dataMap, RecordSettings settings,
                                          Clock clock) {
        this.record = record;
        this.dataMap = dataMap;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public Register activities(@RequestParam(required = false) Language language) {
        return register(language);
    }

    @GetMapping("/register.html")
    public String registerHtml(@RequestParam(required = false) Language language, Model model) {
        Register register = register(language);
        model.addAttribute("register", register);
        model.addAttribute("t", RecordTexts.all(register.language()));
        model.addAttribute("generated", RecordTexts.text(register.language(), "register.generated",
                clock.instant().toString()));
        return "register";
    }

    @GetMapping("/register.csv")
    public ResponseEntity<byte[]> registerCsv(@RequestParam(required = false) Language language) {
        Register register = register(language);
        String lang = register.language();
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("Entry", "Id"));
        CSV_COLUMNS.forEach(key -> header.add(RecordTexts.text(lang, key)));
        line(csv, header);
        Register.Controller c = register.controller();
        line(csv, padded("CONTROLLER", "controller", c.name() + ", " + c.address()));
        line(csv, padded("DPO", "dpo", (c.dpo() == null ? RecordTexts.text(lang, "controller.dpoNone") : c.dpo())
                + ", " + c.dpoContact()));
        line(csv, padded("REPRESENTATIVE", "representative", c.representative()));
        String none = RecordTexts.text(lang, "activity.none");
        for (Register.Activity a : register.activities()) {
            List<String> activity = List.of("ACTIVITY", a.id(), a.purpose(), a.legalBasis(), join(a.dataCategories()),
                    join(a.dataSubjects()), a.origin(), join(a.access()), join(a.protection()),
                    a.recipients().isEmpty() ? none : join(a.recipients()),
                    a.transfers().isEmpty() ? RecordTexts.text(lang, "activity.noTransfers")
                            : join(a.transfers().stream().map(t -> t.recipient() + " — " + t.country() + " — "
                                    + t.safeguard()).toList()),
                    a.retention(), a.automatedDecision() == null ? RecordTexts.text(lang, "activity.noAutomated")
                            : a.automatedDecision().logic() + " — " + a.automatedDecision().significance() + " — "
                              + a.automatedDecision().consequences(), join(a.heldIn()));
            if (a.storage().isEmpty()) {
                line(csv, pad(activity));
            }
            for (Register.Table t : a.storage()) {
                List<String> cells = new ArrayList<>(activity);
                cells.addAll(List.of(t.source(), t.category(), t.table(), join(t.columns()), t.subject(), t.erasure(),
                        t.erasureDetail(), t.restrictionColumn() == null ? "" : t.restrictionColumn(), "", ""));
                line(csv, cells);
            }
        }
        for (Register.Manual m : register.manualSources()) {
            List<String> cells = new ArrayList<>(List.of("MANUAL_SOURCE", join(m.activities()), m.name()));
            while (cells.size() < header.size()) {
                cells.add("");
            }
            cells.set(header.size() - 10, m.id());
            cells.set(header.size() - 9, m.kind().name());
            cells.set(header.size() - 5, "MANUAL");
            cells.set(header.size() - 4, m.instructions());
            cells.set(header.size() - 2, m.ownerGroup());
            cells.set(header.size() - 1, m.location());
            line(csv, cells);
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"record-of-processing.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                // A BOM so that spreadsheet programs read the UTF-8 (Polish, German letters) correctly.
                .body(("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8));
    }

    private Register register(Language language) {
        Language in = language == null ? settings.defaultLanguage() : language;
        return Register.of(record, dataMap, settings.controller(), in,
                RecordTexts.text(in.name(), "controller.noRepresentative"));
    }

    /** An entry with one text, in the purpose column. */
    private static List<String> padded(String entry, String id, String text) {
        return pad(List.of(entry, id, text));
    }

    private static List<String> pad(List<String> cells) {
        List<String> padded = new ArrayList<>(cells);
        while (padded.size() < CSV_COLUMNS.size() + 2) {
            padded.add("");
        }
        return padded;
    }

    static String join(List<String> values) {
        return String.join("; ", values);
    }

    static void line(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(ProcessingActivitiesController::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    /** RFC 4180 quoting; a leading =, +, - or @ is defused so that no spreadsheet runs a cell as a formula. */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
