package com.privacydesk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The case record is the only source of truth, read from the main sources as text: outside {@code request/} no class
 * reads the subject, the rights or the case number from a process variable (a candidate could have written it), and
 * only {@code request/} touches the case table.
 */
class CaseRecordIsTheSourceTest {

    static final Path MAIN = Path.of("src/main/java/com/privacydesk");

    /**
     * Packages that still read them from variables while they are rewritten to read the record (issue 16). Each entry
     * must still hold a reader: once a package reads the record, this test fails until its entry is removed.
     */
    static final Set<String> STILL_READING_VARIABLES_UNTIL_REWRITTEN = Set.of("answer", "correspondence");

    /** The accessors of RequestVariables that return a variable's value, and reads of the three names. */
    static final Pattern VARIABLE_READ = Pattern.compile(
            "RequestVariables\\.(caseNumber|dataSubjectId|rights)\\s*\\("
                    + "|(getVariable\\w*|getValue|get|apply)\\s*\\(\\s*(RequestVariables\\.)?(CASE_NUMBER|DATA_SUBJECT_ID|RIGHTS)\\s*[,)]"
                    + "|(getVariable\\w*|getValue|get|apply)\\s*\\(\\s*\"(caseNumber|dataSubjectId|rights)\"\\s*[,)]");
    static final Pattern CASE_TABLE = Pattern.compile("\\bdsr_request\\b", Pattern.CASE_INSENSITIVE);

    @Test
    void noClassOutsideRequest_readsSubjectRightsOrCaseNumberFromAVariable() {
        List<String> readers = new ArrayList<>();
        Set<String> allowListedWithReaders = new TreeSet<>();
        for (Path source : sources()) {
            String pkg = topPackage(source);
            if (pkg.equals("request")) {
                continue;
            }
            List<String> found = matches(source, VARIABLE_READ);
            if (found.isEmpty()) {
                continue;
            }
            if (STILL_READING_VARIABLES_UNTIL_REWRITTEN.contains(pkg)) {
                allowListedWithReaders.add(pkg);
            } else {
                readers.addAll(found);
            }
        }

        assertThat(readers).as("read the case record (RequestRepository, CaseKey) instead").isEmpty();
        assertThat(allowListedWithReaders).as("remove a package from STILL_READING_VARIABLES_UNTIL_REWRITTEN once it"
                + " reads the record").containsExactlyInAnyOrderElementsOf(STILL_READING_VARIABLES_UNTIL_REWRITTEN);
    }

    @Test
    void theCaseTable_hasOneOwner_requestRepository() {
        List<String> outside = new ArrayList<>();
        for (Path source : sources()) {
            if (!source.endsWith(Path.of("request", "RequestRepository.java"))) {
                outside.addAll(matches(source, CASE_TABLE));
            }
        }

        assertThat(outside).as("only request/RequestRepository reads or writes dsr_request").isEmpty();
    }

    @Test
    void thePatterns_catchTheReadsTheyAreFor() {
        assertThat(VARIABLE_READ.matcher("Long s = RequestVariables.dataSubjectId(execution);").find()).isTrue();
        assertThat(VARIABLE_READ.matcher("RequestVariables.rights (task)").find()).isTrue();
        assertThat(VARIABLE_READ.matcher("execution.getVariable(RequestVariables.RIGHTS)").find()).isTrue();
        assertThat(VARIABLE_READ.matcher("variables.get(RequestVariables.DATA_SUBJECT_ID)").find()).isTrue();
        assertThat(VARIABLE_READ.matcher("task.getVariableLocal(\"caseNumber\")").find()).isTrue();
        assertThat(VARIABLE_READ.matcher("variables.put(RequestVariables.CASE_NUMBER, caseNumber)").find()).isFalse();
        assertThat(VARIABLE_READ.matcher("Map.of(\"name\", RequestVariables.RIGHTS, \"label\", \"Rights\")").find())
                .isFalse();
        assertThat(VARIABLE_READ.matcher("requests.get(CaseKey.of(execution)).rights()").find()).isFalse();
        assertThat(CASE_TABLE.matcher("SELECT 1 FROM DSR_REQUEST r").find()).isTrue();
        assertThat(CASE_TABLE.matcher("dsr_request_seq").find()).isFalse();
    }

    private static List<Path> sources() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            List<Path> sources = files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
            assertThat(sources).as("main sources found from " + Path.of("").toAbsolutePath()).hasSizeGreaterThan(50);
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String topPackage(Path source) {
        return MAIN.relativize(source).getName(0).toString();
    }

    private static List<String> matches(Path source, Pattern pattern) {
        List<String> found = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(source);
            for (int i = 0; i < lines.size(); i++) {
                Matcher matcher = pattern.matcher(lines.get(i));
                if (matcher.find()) {
                    found.add(MAIN.relativize(source) + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
