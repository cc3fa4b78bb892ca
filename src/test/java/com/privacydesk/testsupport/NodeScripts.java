package com.privacydesk.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Runs the Node.js checks of tools/ from a test: output echoed live and returned, a hang or failure fails the test. */
public final class NodeScripts {

    private NodeScripts() {
    }

    public static String run(Path directory, Duration timeout, String... command)
            throws IOException, InterruptedException {
        Process node = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                System.out.println(line);
                output.append(line).append('\n');
            }
        }
        boolean finished = node.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
        if (!finished) {
            node.destroyForcibly();
        }
        assertThat(finished).as(command[command.length > 1 ? 1 : 0] + " finished").isTrue();
        assertThat(node.exitValue()).as(output.toString()).isZero();
        return output.toString();
    }

    /** Deletes the screenshots one test owns; the browser tests share target/screenshots. */
    public static void clearScreenshots(Path folder, Predicate<String> owned) throws IOException {
        Files.createDirectories(folder);
        List<Path> old;
        try (Stream<Path> files = Files.list(folder)) {
            old = files.filter(p -> owned.test(p.getFileName().toString())).toList();
        }
        for (Path file : old) {
            Files.delete(file);
        }
    }
}
