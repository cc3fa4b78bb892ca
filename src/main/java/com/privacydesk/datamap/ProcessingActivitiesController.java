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
 * auditor (HTML to print, CSV for a spreadsheet). It holds no personal data. English by default; {@code ?language=}
 * (pl, en, de, nl, fr) gives the texts customers read in that language, as the access answers print them.
 */
@Controller
@RequestMapping("/api/processing-activities")
public class ProcessingActivitiesController {

    private static final List<String> CSV_HEADER = List.of("Entry", "Activity", "Purpose", "Legal basis",
            "Data categories", "Source of the data", "Access", "Protection measures", "Recipients and processors",
            "Retention", "Data-map source", "Category", "Table", "Columns", "Data subject link", "Erasure policy",
            "Erasure detail", "Restriction column", "Owner group", "Location");

    private final RecordOfProcessing record;
    private final DataMap dataMap;
    private final Clock clock;

    public ProcessingActivitiesController(RecordOfProcessing record, DataMap dataMap, Clock clock) {
        this.record = record;
        this.dataMap = dataMap;
        this.clock = clock;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public Register activities(@RequestParam(defaultValue = "en") Language language) {
        return Register.of(record, dataMap, language);
    }

    @GetMapping("/register.html")
    public String registerHtml(@RequestParam(defaultValue = "en") Language language, Model model) {
        model.addAttribute("register", Register.of(record, dataMap, language));
        model.addAttribute("generatedAt", clock.instant().toString());
        return "register";
    }

    @GetMapping("/register.csv")
    public ResponseEntity<byte[]> registerCsv(@RequestParam(defaultValue = "en") Language language) {
        StringBuilder csv = new StringBuilder();
        line(csv, CSV_HEADER);
        Register register = Register.of(record, dataMap, language);
        for (Register.Activity a : register.activities()) {
            for (Register.Table t : a.storage()) {
                line(csv, List.of("ACTIVITY", a.id(), a.purpose(), a.legalBasis(), join(a.dataCategories()), a.origin(),
                        join(a.access()), join(a.protection()), join(a.recipients()), a.retention(), t.source(),
                        t.category(), t.table(), join(t.columns()), t.subject(), t.erasure(), t.erasureDetail(),
                        t.restrictionColumn() == null ? "" : t.restrictionColumn(), "", ""));
            }
        }
        for (Register.Manual m : register.manualSources()) {
            List<String> cells = new ArrayList<>(List.of("MANUAL_SOURCE", join(m.activities()), m.name(), "", "", "",
                    m.ownerGroup(), "", "", "", m.id(), m.kind().name(), "", "", "", "MANUAL", m.instructions(), "",
                    m.ownerGroup(), m.location()));
            line(csv, cells);
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"record-of-processing.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                // A BOM so that spreadsheet programs read the UTF-8 (Polish, German letters) correctly.
                .body(("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8));
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
