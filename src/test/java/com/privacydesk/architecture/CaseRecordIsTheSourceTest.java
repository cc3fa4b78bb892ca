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

    /** The accessors of RequestVariables that return a variable's value, and reads of the three names. */
    static final Pattern VARIABLE_READ = Pattern.compile(
            "RequestVariables\\.(caseNumber|dataSubjectId|rights)\\s*\\("
                    + "|(getVariable\\w*|getValue|get|apply)\\s*\\(\\s*(RequestVariables\\.)?(CASE_NUMBER|DATA_SUBJECT_ID|RIGHTS)\\s*[,)]"
                    + "|(getVariable\\w*|getValue|get|apply)\\s*\\(\\s*\"(caseNumber|dataSubjectId|rights)\"\\s*[,)]");
    static final Pattern CASE_TABLE = Pattern.compile("\\bdsr_request\\b", Pattern.CASE_INSENSITIVE);

    @Test
    void noClassOutsideRequest_readsSubjectRightsOrCaseNumberFromAVariable() {
        List<String> readers = new ArrayList<>();
        for (Path source : sources()) {
            if (!topPackage(source).equals("request")) {
                readers.addAll(matches(source, VARIABLE_READ));
            }
        }

        assertThat(readers).as("read the case record (RequestRepository, CaseKey) instead").isEmpty();
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
    void request_isTheKernel_importingNoCapability() {
        List<String> upwards = new ArrayList<>();
        for (Path source : sources()) {
            if (topPackage(source).equals("request")) {
                upwards.addAll(matches(source, Pattern.compile("^import com\\.privacydesk\\.(?!request\\.)\\w+",
                        Pattern.MULTILINE)));
            }
        }

        assertThat(upwards).as("request/ is the kernel: capabilities depend on it, never the reverse").isEmpty();
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
