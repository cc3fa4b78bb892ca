package com.privacydesk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The capability packages ({@code com.privacydesk.(*)..}) form no import cycle, and the engine's internals
 * ({@code org.camunda.bpm.engine.impl}) are used only in {@code platform/}.
 *
 * <p>Dependencies are read from the main sources, not from the compiled classes: javac inlines {@code static final}
 * String constants, so a class that only borrows another package's variable names leaves no trace in its bytecode.
 *
 * <p>Until every cycle is broken, the dependencies that still lie on a cycle are frozen below. A new one fails the
 * test, and so does a frozen one that is gone, so the list only shrinks. The goal is an empty list.
 */
class PackageCyclesTest {

    static final Path MAIN = Path.of("src/main/java/com/privacydesk");

    /** Dependencies "from -> to" between capability packages that lie on a cycle: none, and none may come back. */
    static final Set<String> FROZEN_CYCLE_DEPENDENCIES = Set.of();

    /** Files outside platform/ that still import the engine's internals today. */
    static final Set<String> FROZEN_ENGINE_IMPL_USERS = Set.of();

    /** Text blocks, strings, character literals and comments, in the order a lexer meets them. */
    static final Pattern NOT_CODE = Pattern.compile(
            "\"\"\"[\\s\\S]*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\])+'|/\\*[\\s\\S]*?\\*/|//[^\\n]*");
    static final Pattern CAPABILITY_REFERENCE = Pattern.compile("\\bcom\\.privacydesk\\.([a-z]\\w*)\\.");
    static final Pattern ENGINE_IMPL = Pattern.compile("\\borg\\.camunda\\.bpm\\.engine\\.impl\\b");

    @Test
    void capabilityPackages_formNoNewCycle_andTheFrozenListIsCurrent() {
        SortedSet<String> onCycle = dependenciesOnCycles(packageGraph());

        assertThat(onCycle).as("dependencies between capability packages that lie on a cycle; break the new ones, "
                + "and remove broken ones from FROZEN_CYCLE_DEPENDENCIES")
                .containsExactlyInAnyOrderElementsOf(new TreeSet<>(FROZEN_CYCLE_DEPENDENCIES));
    }

    @Test
    void engineInternals_areUsedOnlyInPlatform() {
        SortedSet<String> users = new TreeSet<>();
        for (Path source : sources()) {
            if (!topPackage(source).equals("platform") && ENGINE_IMPL.matcher(code(source)).find()) {
                users.add(MAIN.relativize(source).toString().replace('\\', '/'));
            }
        }

        assertThat(users).as("org.camunda.bpm.engine.impl outside platform/; wrap it in platform/ with a reason, "
                + "and remove moved files from FROZEN_ENGINE_IMPL_USERS")
                .containsExactlyInAnyOrderElementsOf(new TreeSet<>(FROZEN_ENGINE_IMPL_USERS));
    }

    /** A capability's sub-packages (intake/mail, intake/webform, security/ldap) build on its core, never the reverse. */
    @Test
    void noCapabilityCore_importsItsOwnSubPackages() {
        SortedSet<String> upwards = new TreeSet<>();
        for (Path source : sources()) {
            Path relative = MAIN.relativize(source);
            if (relative.getNameCount() != 2) {
                continue; // the application class, or a class in a sub-package
            }
            String capability = relative.getName(0).toString();
            subPackageReferences(capability, code(source)).forEach(sub ->
                    upwards.add(relative.toString().replace('\\', '/') + " -> " + capability + "." + sub));
        }

        assertThat(upwards).as("a capability's core reaching into its own sub-packages").isEmpty();
    }

    @Test
    void theCycleFinder_findsEveryDependencyOnACycle_andNoOther() {
        SortedMap<String, SortedSet<String>> graph = new TreeMap<>();
        graph.put("a", new TreeSet<>(List.of("b")));
        graph.put("b", new TreeSet<>(List.of("c", "d")));
        graph.put("c", new TreeSet<>(List.of("a")));
        graph.put("d", new TreeSet<>(List.of("e")));
        graph.put("e", new TreeSet<>());

        assertThat(dependenciesOnCycles(graph)).containsExactly("a -> b", "b -> c", "c -> a");

        graph.get("e").add("d");
        assertThat(dependenciesOnCycles(graph)).containsExactly("a -> b", "b -> c", "c -> a", "d -> e", "e -> d");
    }

    @Test
    void theReferencePattern_seesImportsAndQualifiedNames_notCommentsOrStrings() {
        assertThat(references("import com.privacydesk.answer.AnswerVariables;")).containsExactly("answer");
        assertThat(references("import static com.privacydesk.lookup.LookupVariables.SOURCES;"))
                .containsExactly("lookup");
        assertThat(references("var x = new com.privacydesk.callback.Callback();")).containsExactly("callback");
        assertThat(references("/** see {@link com.privacydesk.deadline.Deadline} */ int a;")).isEmpty();
        assertThat(references("String s = \"com.privacydesk.answer.X\"; // com.privacydesk.lookup.Y")).isEmpty();
        assertThat(subPackageReferences("intake", "import com.privacydesk.intake.mail.MailIntake;"))
                .containsExactly("mail");
        assertThat(subPackageReferences("intake", "import com.privacydesk.intake.IntakeService;")).isEmpty();
        assertThat(subPackageReferences("intake", "import com.privacydesk.request.mail.X;")).isEmpty();
        assertThat(references("String u = \"http://x/*\"; char q = '\"'; com.privacydesk.deadline.Deadline d;"))
                .containsExactly("deadline");
    }

    /** Capability package -> the capability packages its sources reference. */
    static SortedMap<String, SortedSet<String>> packageGraph() {
        SortedMap<String, SortedSet<String>> graph = new TreeMap<>();
        for (Path source : sources()) {
            if (source.getParent().equals(MAIN)) {
                continue; // the application class sits above the capabilities
            }
            String from = topPackage(source);
            SortedSet<String> targets = graph.computeIfAbsent(from, key -> new TreeSet<>());
            for (String to : references(code(source))) {
                if (!to.equals(from)) {
                    targets.add(to);
                }
            }
        }
        return graph;
    }

    /** Every dependency whose ends share a strongly connected component (Tarjan) lies on a cycle. */
    static SortedSet<String> dependenciesOnCycles(SortedMap<String, SortedSet<String>> graph) {
        Map<String, Integer> component = new Tarjan(graph).components();
        SortedSet<String> onCycle = new TreeSet<>();
        graph.forEach((from, targets) -> targets.forEach(to -> {
            if (component.containsKey(to) && component.get(from).equals(component.get(to))) {
                onCycle.add(from + " -> " + to);
            }
        }));
        return onCycle;
    }

    private static final class Tarjan {
        private final SortedMap<String, SortedSet<String>> graph;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> lowLink = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final Set<String> onStack = new TreeSet<>();
        private final Map<String, Integer> component = new HashMap<>();
        private int next;

        Tarjan(SortedMap<String, SortedSet<String>> graph) {
            this.graph = graph;
        }

        Map<String, Integer> components() {
            for (String node : graph.keySet()) {
                if (!index.containsKey(node)) {
                    visit(node);
                }
            }
            return component;
        }

        private void visit(String node) {
            index.put(node, next);
            lowLink.put(node, next);
            next++;
            stack.push(node);
            onStack.add(node);
            for (String target : graph.getOrDefault(node, new TreeSet<>())) {
                if (!graph.containsKey(target)) {
                    continue;
                }
                if (!index.containsKey(target)) {
                    visit(target);
                    lowLink.put(node, Math.min(lowLink.get(node), lowLink.get(target)));
                } else if (onStack.contains(target)) {
                    lowLink.put(node, Math.min(lowLink.get(node), index.get(target)));
                }
            }
            if (lowLink.get(node).equals(index.get(node))) {
                String member;
                do {
                    member = stack.pop();
                    onStack.remove(member);
                    component.put(member, index.get(node));
                } while (!member.equals(node));
            }
        }
    }

    static SortedSet<String> subPackageReferences(String capability, String code) {
        SortedSet<String> subPackages = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\bcom\\.privacydesk\\." + capability + "\\.([a-z]\\w*)\\.")
                .matcher(NOT_CODE.matcher(code).replaceAll(" "));
        while (matcher.find()) {
            subPackages.add(matcher.group(1));
        }
        return subPackages;
    }

    static SortedSet<String> references(String code) {
        SortedSet<String> packages = new TreeSet<>();
        Matcher matcher = CAPABILITY_REFERENCE.matcher(NOT_CODE.matcher(code).replaceAll(" "));
        while (matcher.find()) {
            packages.add(matcher.group(1));
        }
        return packages;
    }

    private static String code(Path source) {
        try {
            return Files.readString(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> sources() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            List<Path> sources = files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
            assertThat(sources).as("main sources found from " + Path.of("").toAbsolutePath()).hasSizeGreaterThan(50);
            return new ArrayList<>(sources);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String topPackage(Path source) {
        return MAIN.relativize(source).getName(0).toString();
    }
}
